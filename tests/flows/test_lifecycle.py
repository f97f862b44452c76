"""How a run starts and ends, with real `warta` processes and the defaults (no PREFECT_* settings: the
ephemeral Prefect server, under WARTA_DATA):

* bad input is refused before anything starts: one line, a non-zero exit, no Prefect (how fast:
  benchmarks/refusals.py, never a timed test);
* a second run while one runs says so and exits 75;
* a portal that yields no page makes `warta crawl` and `warta run` exit 1 (the run's flow Failed),
  after the other portal was loaded, and `--notify` receives the summary;
* `warta run` SIGKILLed at each stage (starting Prefect, crawling, extracting, loading) leaves no
  process and no half-built database; killed together with its worker, the orphans are stopped by the
  next start; a run left alone then stores everything once.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest

from flows.corpus import write_portals_toml
from flows.deploy import _free_port
from flows.localserver import serve_corpus
from pipeline.store import Store
from tests.flows.test_resilience import check_complete
from tests.flows.test_serve import Receiver
from tests.userenv import REPO, processes_with, user_environment, wait_gone

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(900)]

WARTA = REPO / ".venv" / "bin" / "warta"
PORTAL = "warta-wp"


def warta(*args: str, data: Path, timeout: float = 600, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(WARTA), *args], env=user_environment(WARTA_DATA=str(data), **env),
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("lifecycle")
    with serve_corpus(root / "site", keys=[PORTAL]) as corpus:
        table = root / "portals.toml"
        write_portals_toml(corpus.portals, table)
        dead_base = f"http://127.0.0.1:{_free_port()}/"  # nothing listens there
        dead = {k: (v.replace(corpus[PORTAL], dead_base) if isinstance(v, str) else
                    [x.replace(corpus[PORTAL], dead_base) for x in v] if isinstance(v, list) else v)
                for k, v in corpus.portals[0].items()}
        dead.update(key="warta-dead", name="Portal yang mati")
        with_dead = root / "with-dead.toml"
        write_portals_toml([dead, *corpus.portals], with_dead)
        yield {"root": root, "table": table, "with_dead": with_dead, "base": corpus[PORTAL]}


# ------------------------------------------------------------------------------------ input checks
def _bad_table(root: Path) -> Path:
    path = root / "bad.toml"
    path.write_text('[[portal]]\nkey = "x"\nbase_url = "https://x.example/"\n')
    return path


def _not_a_database(root: Path) -> dict:
    path = root / "garbage.duckdb"
    path.write_bytes(b"not a database at all" * 100)
    return {"WARTA_DB": str(path)}


def _data_is_a_file(root: Path) -> dict:
    path = root / "a-file"
    path.write_text("")
    return {"WARTA_DATA": str(path / "data")}


CASES = {  # name: (args, extra environment (made from the tmp dir), expected text, exit status)
    "file url": (["run", "--url", "file:///etc/passwd"], None, "must be an absolute http(s) URL", 1),
    "ftp url for crawl": (["crawl", "--url", "ftp://portal.example/"], None, "must be an absolute http(s) URL", 1),
    "unknown portal": (["run", "--portal", "nope"], None, "unknown portal(s): nope", 1),
    "malformed table": (["run", "--portals-file", "BAD"], None, "field 'name' is required", 1),
    "bad since": (["crawl", "--since", "2025-13-45"], None, "--since '2025-13-45': expected a date", 1),
    "data dir not writable": (["run", "--portal", "klikpositif"], _data_is_a_file, "is not writable", 1),
    "not a database": (["run", "--portal", "klikpositif"], _not_a_database, "not a valid DuckDB database", 1),
    "serve on a busy port": (["serve", "--port", "BUSY"], None, "is in use", 75),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_bad_input_is_refused_before_anything_starts(case, tmp_path):
    args, make_env, text, status = CASES[case]
    import socket

    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    args = [str(_bad_table(tmp_path)) if a == "BAD" else str(busy.getsockname()[1]) if a == "BUSY" else a
            for a in args]
    env = make_env(tmp_path) if make_env else {}
    data = Path(env.pop("WARTA_DATA", tmp_path / "data"))
    try:
        done = warta(*args, data=data, timeout=60, **env)
    finally:
        busy.close()
    assert done.returncode == status, done.stdout + done.stderr
    assert text in done.stderr and done.stderr.startswith("Error: ") and done.stderr.count("\n") == 1, done.stderr
    assert done.stdout == ""
    assert not (tmp_path / "data" / "prefect").exists(), "Prefect was started"


def test_a_writer_at_work_makes_a_run_wait_for_it(tmp_path):
    data = tmp_path / "data"
    with Store.open(data / "warta.duckdb"):  # a load holds the writer lock
        done = warta("run", "--portal", "klikpositif", data=data, timeout=60)
    assert done.returncode == 75 and "locked by another writer" in done.stderr and done.stderr.count("\n") == 1


# ------------------------------------------------------------------------------------ loud failures
def test_a_crawl_with_a_dead_portal_exits_1(site, tmp_path):
    done = warta("crawl", "--portals-file", str(site["with_dead"]), "--all", "--no-throttle", data=tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    lines = {json.loads(ln)["portal"]: json.loads(ln) for ln in done.stdout.splitlines()}
    assert lines["warta-dead"]["health"] == "failed" and lines["warta-dead"]["pages_ok"] == 0
    assert lines[PORTAL]["health"] == "ok" and lines[PORTAL]["articles_archived"] > 5
    assert done.stderr.strip().splitlines()[-1].startswith("Error: 1 of 2 portal(s) failed (warta-dead: no page")


def test_a_run_with_a_dead_portal_is_failed_and_notifies(site, tmp_path):
    receiver = Receiver()
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    try:
        done = warta("run", "--portals-file", str(site["with_dead"]), "--all", "--no-throttle",
                     "--notify", receiver.url, data=tmp_path)
    finally:
        receiver.shutdown()
        receiver.server_close()
    assert done.returncode == 1, done.stdout + done.stderr
    assert "health:         1 ok, 1 failed" in done.stdout and "FAILED warta-dead: no page answered" in done.stdout
    assert "flow run state: Failed" in done.stdout
    assert done.stderr.strip().splitlines()[-1].startswith("Error: Warta nightly run failed: 1 of 2 portal(s) failed")
    assert "Traceback" not in done.stdout + done.stderr
    with Store.open(tmp_path / "warta.duckdb", read_only=True) as store:  # the live portal was loaded
        assert store.query("SELECT count(*) FROM articles WHERE portal = ?", [PORTAL])[1][0][0] > 5
    (note,) = receiver.bodies
    assert note["json"]["state"] == "Failed" and note["json"]["summary"]["health"]["warta-dead"]["status"] == "failed"


# ------------------------------------------------------------------------------------ killed runs
def _children(pid: int) -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat[stat.rindex(")") + 2:].split()[1]) == pid:
                out.append(int(entry))
    return out


class RunEnded(AssertionError):
    """The run exited before the stage it was to be killed in was seen."""


class Run:
    def __init__(self, site, data: Path):
        self.data, self.marker = data, f"WARTA_DATA={data}"
        self.log = data.parent / f"{data.name}-{time.monotonic_ns()}.log"
        # --no-throttle: a loopback site; the defaults that matter here (the ephemeral Prefect server
        # under WARTA_DATA, the supervisor) are all in force
        self.proc = subprocess.Popen([str(WARTA), "run", "--portals-file", str(site["table"]), "--all", "--no-throttle"],
                                     env=user_environment(WARTA_DATA=str(data)), stdout=open(self.log, "wb"),
                                     stderr=subprocess.STDOUT)

    crawled = False  # a crawl process of this run was seen

    def has(self, text: str) -> bool:
        found = any(text in cmd for _, cmd in processes_with(self.marker))
        if found and text == "spiders.crawl":
            self.crawled = True
        return found

    def wait_for(self, predicate, what: str, timeout: float = 240) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate():
                return
            if self.proc.poll() is not None:
                raise RunEnded(f"the run ended before {what}:\n{self.log.read_text()[-4000:]}")
            time.sleep(0.02)
        raise AssertionError(f"no {what} within {timeout} s:\n{self.log.read_text()[-4000:]}")

    def kill(self, with_worker: bool = False) -> None:
        workers = _children(self.proc.pid) if with_worker else []
        self.proc.send_signal(signal.SIGKILL)
        for pid in workers:
            os.kill(pid, signal.SIGKILL)
        self.proc.wait()


def test_killed_runs_leave_nothing_behind(site, tmp_path):
    data = tmp_path / "data"
    db = data / "warta.duckdb"
    building = db.with_name(db.name + ".building")
    stages = {
        "starting Prefect": lambda r: r.has("uvicorn") and not r.has("spiders.crawl"),
        "crawling": lambda r: r.has("spiders.crawl") and bool(list((data / "archive").glob("*/*.part"))),
        # the database is looked at last, right before the kill: a look at /proc takes long enough on a
        # loaded machine for a quick run to load and publish in between (full run 11 saw it once)
        "extracting and tagging": lambda r: (r.has("spiders.crawl") or r.crawled) and not r.has("spiders.crawl")
        and not building.exists() and not db.exists(),
        "loading": lambda r: building.exists(),
    }
    for stage, reached in stages.items():
        for attempt in range(3):
            run = Run(site, data)
            try:
                run.wait_for(lambda: reached(run), stage)
                break
            except RunEnded:  # a stage of a second or less passed between two looks: try again, afresh
                if attempt == 2 or stage != "extracting and tagging":
                    raise
                assert run.proc.returncode == 0, run.log.read_text()[-4000:]
                shutil.rmtree(data)
        if stage == "crawling":  # a second run meanwhile says so and exits at once, starting nothing
            second = warta("run", "--portals-file", str(site["table"]), data=data, timeout=60)
            assert second.returncode == 75 and "another warta run (pid " in second.stderr, second.stderr
            assert second.stderr.count("\n") == 1 and second.stdout == ""
        run.kill()
        assert wait_gone(run.marker, timeout=60) == [], f"processes left after a kill while {stage}"
        assert not building.exists(), f"a half-built database left after a kill while {stage}"
        assert not db.exists(), f"a run killed while {stage} published a database"

    # killed together with its worker: the next start stops the orphans (the Prefect server at least)
    run = Run(site, data)
    run.wait_for(lambda: run.has("spiders.crawl"), "crawling")
    run.kill(with_worker=True)
    time.sleep(1.0)
    orphans = processes_with(run.marker)
    assert any("uvicorn" in cmd for _, cmd in orphans), orphans
    final = warta("run", "--portals-file", str(site["table"]), "--all", "--no-throttle", data=data)
    assert final.returncode == 0, final.stdout + final.stderr
    assert "stopped" in final.stderr and "left by an earlier run that was killed" in final.stderr
    assert not [p for p, _ in orphans if p in dict(processes_with(run.marker))]
    check_complete(db, site["base"])
    assert not building.exists() and not list((data / "archive").glob("*/*.part"))
    assert wait_gone(run.marker, timeout=30) == []

