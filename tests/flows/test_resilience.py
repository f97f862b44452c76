"""A nightly run an operator can leave alone, tested with real processes.

* a `warta run` process group SIGKILLed during the crawl or the load: the next run finishes the job,
  every corpus article stored once, no duplicated fact row;
* a reader process holding the database open during the flow's load: the load publishes, the reader
  keeps reading its snapshot, the next reader sees the new data;
* a portal that cannot be reached: the other portals load, the run's summary counts the error.

The corpus (one portal, warta-wp, to keep it fast) is served on 127.0.0.1 by flows.localserver. The
`warta run` processes report to the session's Prefect test server (prefect_harness), so they do not
each start an ephemeral server.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from flows.corpus import article_path, load_articles, write_portals_toml
from flows.localserver import serve_corpus
from pipeline.store import Store

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(300)]

WARTA = Path(sys.executable).with_name("warta")
PORTAL = "warta-wp"
from pipeline.store.load import FACT_TABLES  # noqa: E402 - one per fact type of the registry


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    site = tmp_path_factory.mktemp("resilience-site")
    with serve_corpus(site, keys=[PORTAL]) as corpus:
        portals_file = site / "portals.toml"
        write_portals_toml(corpus.portals, portals_file)
        yield {"portals": corpus.portals, "portals_file": portals_file, "base": corpus[PORTAL]}


@pytest.fixture(scope="module")
def api_url(prefect_harness):
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    assert url and url.startswith("http://127.0.0.1"), url
    return url


def expected_urls(base: str) -> set[str]:
    return {base.rstrip("/") + article_path(PORTAL, a) for a in load_articles() if a.portal == PORTAL}


def start_run(data: Path, portals_file: Path, api_url: str) -> subprocess.Popen:
    env = {**os.environ, "WARTA_DATA": str(data), "PREFECT_API_URL": api_url}
    env.pop("WARTA_DB", None)
    log = open(data.parent / f"{data.name}-run-{time.monotonic_ns()}.log", "wb")
    # its own process group: killing it takes its crawl subprocess down too, as systemd would
    return subprocess.Popen([str(WARTA), "run", "--portals-file", str(portals_file), "--all"], env=env,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def wait_for(predicate, proc: subprocess.Popen, timeout: float = 180) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.02)
    return False


def check_complete(db: Path, base: str) -> None:
    """Every corpus article of the portal stored once; no URL twice; no fact row twice."""
    with Store.open(db, read_only=True) as store:
        q = lambda sql: store.query(sql)[1]  # noqa: E731
        (n, distinct), = q("SELECT count(*), count(DISTINCT url) FROM articles")
        assert n == distinct > 0
        assert q("SELECT url FROM sources GROUP BY url HAVING count(*) > 1") == []
        stored = {u for (u,) in q("SELECT url FROM sources")}
        assert expected_urls(base) <= stored, sorted(expected_urls(base) - stored)
        for t in FACT_TABLES:
            (rows, unique), = q(f"SELECT count(*), count(DISTINCT t) FROM (SELECT * EXCLUDE (person_id) "
                                f"FROM {t}) t" if t == "officials" else
                                f"SELECT count(*), count(DISTINCT t) FROM {t} t")
            assert rows == unique, t
        assert q("SELECT count(*) FROM regions")[0][0] > 0


def run_log(data: Path) -> str:
    return "\n".join(p.read_text(errors="replace") for p in sorted(data.parent.glob(f"{data.name}-run-*.log")))


def kill_when(trigger, data: Path, portals_file: Path, api_url: str, stage: str) -> None:
    """Start `warta run`, SIGKILL its whole process group as soon as `trigger()` holds."""
    proc = start_run(data, portals_file, api_url)
    try:
        hit = wait_for(trigger, proc)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert hit, f"the run ended before reaching the {stage}:\n{run_log(data)}"
    assert proc.returncode == -signal.SIGKILL


def test_killed_runs_are_finished_by_the_next(served, api_url, tmp_path):
    """Killed during the crawl, then killed during the load: the third run finishes the job."""
    data = tmp_path / "data"
    data.mkdir()
    db = data / "warta.duckdb"
    building = db.with_name(db.name + ".building")
    parts = lambda: list((data / "archive").glob("*/*.part"))  # noqa: E731

    # 1. during the crawl: the crawl's archive file is open and some pages are in
    kill_when(lambda: bool(parts()) and (time.sleep(2.0) or True), data, served["portals_file"], api_url, "crawl")
    assert parts(), "the kill left no unfinished archive file"
    assert not db.exists(), "a run killed during its crawl must not publish a database"

    # 2. during the load: the writer's working copy exists (migrating or loading)
    kill_when(building.exists, data, served["portals_file"], api_url, "load")
    assert not parts(), "the second crawl salvages the killed crawl's file"
    assert not db.exists(), "a run killed during its load must not publish a database"

    # 3. a run left alone finishes the job: every article once, no fact row twice
    again = start_run(data, served["portals_file"], api_url)
    assert again.wait(timeout=240) == 0, run_log(data)
    assert "articles new:" in run_log(data)
    check_complete(db, served["base"])
    assert not parts() and not building.exists()


READER = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from pipeline.store import Store

    db, stop, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    building = db.with_name(db.name + ".building")
    queries = during_load = 0
    counts = set()
    with Store.open(db, read_only=True) as store:
        out.with_suffix(".ready").touch()
        while not stop.exists():
            loading = building.exists()
            (n,), = store.query("SELECT count(*) FROM articles")[1]
            counts.add(n)
            queries += 1
            during_load += loading
            time.sleep(0.02)
    with Store.open(db, read_only=True) as store:  # a new reader sees what was published
        (after,), = store.query("SELECT count(*) FROM articles")[1]
    out.write_text(json.dumps({"queries": queries, "during_load": during_load, "counts": sorted(counts),
                               "after": after}))
""")


@pytest.fixture(scope="module")
def run_with_reader_and_dead_portal(served, prefect_harness, tmp_path_factory):
    """One nightly flow run over the corpus portal plus a portal on a closed port, while another
    process holds the (empty) database open read-only and queries it throughout."""
    from flows.deploy import _free_port
    from flows.nightly import nightly

    data = tmp_path_factory.mktemp("reader-data")
    db = data / "warta.duckdb"
    Store.open(db).close()  # an empty, published database
    dead_base = f"http://127.0.0.1:{_free_port()}/"  # nothing listens there
    dead = {k: (v.replace(served["base"], dead_base) if isinstance(v, str) else
                [x.replace(served["base"], dead_base) for x in v] if isinstance(v, list) else v)
            for k, v in served["portals"][0].items()}
    dead.update(key="warta-dead", name="Portal yang mati")
    portals_file = data / "portals.toml"
    write_portals_toml([dead, *served["portals"]], portals_file)
    stop, out = data / "reader.stop", data / "reader.json"
    reader = subprocess.Popen([sys.executable, "-c", READER, str(db), str(stop), str(out)],
                              cwd=Path(__file__).resolve().parents[2])
    try:
        deadline = time.monotonic() + 60
        while not out.with_suffix(".ready").exists():
            assert reader.poll() is None and time.monotonic() < deadline, "reader did not start"
            time.sleep(0.05)
        state = nightly(portals_file=str(portals_file), data_dir=str(data), db=str(db), all_=True,
                        throttle=False, return_state=True)
        summary = state.result(raise_on_failure=False)
        stop.touch()
        assert reader.wait(timeout=60) == 0
    finally:
        if reader.poll() is None:
            reader.kill()
            reader.wait()
    return {"summary": summary, "state": state, "reader": json.loads(out.read_text()), "db": db, "data": data}


def test_reader_during_load_keeps_working(run_with_reader_and_dead_portal, served):
    r = run_with_reader_and_dead_portal["reader"]
    summary = run_with_reader_and_dead_portal["summary"]
    assert summary["articles_new"] > 0
    assert r["during_load"] > 0, "the reader never queried while the load was running"
    assert r["counts"] == [0]  # its snapshot: the database as it was when it opened it
    assert r["after"] == summary["articles_new"]  # the next reader sees the published load
    check_complete(run_with_reader_and_dead_portal["db"], served["base"])


def test_unreachable_portal_does_not_sink_the_run_but_fails_it(run_with_reader_and_dead_portal, served):
    """The other portal is loaded; the flow run then ends Failed, with the summary naming the dead portal."""
    state = run_with_reader_and_dead_portal["state"]
    summary = run_with_reader_and_dead_portal["summary"]
    assert state.is_failed() and state.message.startswith("Warta nightly run failed: 1 of 2 portal(s) failed")
    assert summary["health"]["warta-dead"]["status"] == "failed"
    assert summary["health"]["warta-dead"]["reason"].startswith("no page answered: connection")
    assert summary["health"][PORTAL]["status"] == "ok" and summary["health"][PORTAL]["articles"] > 0
    assert summary["portals"] == ["warta-dead", PORTAL]
    assert sum(summary["errors"].values()) > 0, summary
    assert all(k.startswith("crawl:") for k in summary["errors"]), summary
    with Store.open(run_with_reader_and_dead_portal["db"], read_only=True) as store:
        portals = {p for (p,) in store.query("SELECT DISTINCT portal FROM articles")[1]}
        stored = {u for (u,) in store.query("SELECT url FROM sources")[1]}
    assert portals == {PORTAL}
    assert expected_urls(served["base"]) <= stored
