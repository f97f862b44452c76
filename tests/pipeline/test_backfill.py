"""The streaming reprocess (pipeline/reprocess.py) on a synthetic archive: on a real loopback Dask cluster
it stores what the serial run stores, row for row, also when a worker is killed mid-run; killed
(SIGKILL) after a publish it resumes where it stopped and ends with the same rows; `max_seconds` bounds
one call."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.store import Store
from tests.daskcluster import SYNTHETIC_ARTICLES as N_ARTICLES
from tests.daskcluster import table_rows as rows

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(600)]

REPO = Path(__file__).resolve().parents[2]
SHARD = 20


def copy_db(synthetic_data, tmp_path) -> Path:
    shutil.copyfile(synthetic_data / "warta.duckdb", tmp_path / "warta.duckdb")
    return tmp_path / "warta.duckdb"


@pytest.fixture(scope="module")
def serial(reprocessed_serially, synthetic_data):
    from pipeline.archive import plan_shards

    summary = reprocessed_serially["summary"]
    assert summary.done and summary.articles == summary.from_archive == N_ARTICLES
    assert summary.shards_read == len(list(plan_shards(synthetic_data / "archive", size=SHARD))) > 6
    assert summary.publishes == 1
    assert sum(summary.facts_new.values()) > N_ARTICLES  # there are facts to compare
    return reprocessed_serially


def test_on_a_cluster_the_same_rows_as_serial(synthetic_data, serial, tmp_path, dask_cluster):
    from pipeline.reprocess import reprocess
    from pipeline.distributed import cluster

    db = copy_db(synthetic_data, tmp_path)
    dask_cluster.ensure_workers()
    with cluster(dask_cluster.address) as client:
        summary = reprocess(db, synthetic_data / "archive", shard_size=SHARD, client=client, progress=False)
    timing = {"database": "", "tag_cpu_s": 0, "write_cpu_s": 0}
    assert summary.as_dict() | timing == serial["summary"].as_dict() | timing
    assert rows(db) == serial["rows"]


# run on the workers (lambdas travel by value; a function of this module would have to be imported there)
_set_bound = lambda value: __import__("os").environ.__setitem__("WARTA_TAGGER_STRINGS", value)  # noqa: E731
_unset_bound = lambda: __import__("os").environ.pop("WARTA_TAGGER_STRINGS", None)  # noqa: E731
_renewals = lambda: __import__("pipeline.nlp", fromlist=["renewals"]).renewals  # noqa: E731


def test_workers_that_renew_their_tagger_store_the_same_rows(synthetic_data, serial, tmp_path, dask_cluster):
    """Workers whose bound is one new string renew their spaCy pipeline after every shard: the facts
    are still the serial run's, row for row."""
    from pipeline.reprocess import reprocess
    from pipeline.distributed import cluster

    db = copy_db(synthetic_data, tmp_path)
    dask_cluster.ensure_workers()
    with cluster(dask_cluster.address) as client:
        before = client.run(_renewals)
        client.run(_set_bound, "1")
        try:
            summary = reprocess(db, synthetic_data / "archive", shard_size=SHARD, client=client, progress=False)
            after = client.run(_renewals)
        finally:
            client.run(_unset_bound)
    renewed = {w: after[w] - before.get(w, 0) for w in after}
    assert sum(renewed.values()) >= summary.shards_read - len(renewed)  # (nearly) every shard renewed
    assert rows(db) == serial["rows"]


def test_a_worker_killed_mid_run_loses_nothing_and_loads_nothing_twice(synthetic_data, serial, tmp_path,
                                                                      dask_cluster):
    """SIGKILL a worker while it holds shards: Dask runs them again on the other worker, the writer
    gets each shard once, and the database ends with the serial run's rows."""
    import threading

    from distributed import Client

    from pipeline.reprocess import reprocess
    from pipeline.distributed import cluster

    db = copy_db(synthetic_data, tmp_path)
    dask_cluster.ensure_workers()
    names = {address: name for name, address in dask_cluster.connected().items()}
    killed: dict = {}

    def kill_a_busy_worker() -> None:
        with Client(dask_cluster.address, timeout=10, set_as_default=False) as watcher:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not killed.get("stop"):
                busy = {a: keys for a, keys in watcher.processing().items()
                        if any("tag_shard_task" in str(k) for k in keys)}
                if busy:
                    address, keys = next(iter(busy.items()))
                    dask_cluster.kill_worker(names[address])
                    killed.update(address=address, keys=keys, at=time.monotonic())
                    return
                time.sleep(0.01)

    killer = threading.Thread(target=kill_a_busy_worker)
    with cluster(dask_cluster.address) as client:
        killer.start()
        try:
            summary = reprocess(db, synthetic_data / "archive", shard_size=SHARD, client=client, progress=False)
        finally:
            killed.setdefault("stop", True)
            killer.join()
        ended = time.monotonic()
    dask_cluster.ensure_workers()
    assert killed.get("keys") and killed["at"] < ended, "a worker was killed while it held shards"
    assert summary.done and summary.shards_read == serial["summary"].shards_read
    assert summary.from_archive == N_ARTICLES
    assert rows(db) == serial["rows"]


def _reprocess_in_child(db: Path, archive: Path, all_: bool) -> subprocess.Popen:
    code = ("import sys; from pipeline.reprocess import reprocess; "
            f"reprocess(sys.argv[1], sys.argv[2], all_={all_}, shard_size={SHARD}, checkpoint_seconds=0, progress=False)")
    return subprocess.Popen([sys.executable, "-c", code, str(db), str(archive)], cwd=REPO,
                            env={**os.environ, "WARTA_SNAPSHOT": "off"}, stderr=subprocess.PIPE)


@pytest.mark.parametrize("all_", [False, True], ids=["stale", "all"])
def test_killed_after_a_publish_it_resumes_and_ends_with_the_same_rows(synthetic_data, serial, tmp_path, all_):
    from pipeline.reprocess import reprocess, state_path

    db = copy_db(synthetic_data, tmp_path)
    first = os.stat(db).st_ino
    child = _reprocess_in_child(db, synthetic_data / "archive", all_)
    deadline = time.monotonic() + 240
    while os.stat(db).st_ino == first:  # each publish replaces the file (a new inode)
        assert child.poll() is None, child.stderr.read().decode()[-3000:]
        assert time.monotonic() < deadline
        time.sleep(0.02)
    child.send_signal(signal.SIGKILL)
    child.wait()
    with Store.open(db, read_only=True) as store:
        _, ((done,),) = store.query("SELECT count(*) FROM articles WHERE extractor_version <> 'synthetic-0'")
    assert 0 < done < N_ARTICLES, "kill the run between its first publish and its end"
    assert state_path(db).exists() == all_

    summary = reprocess(db, synthetic_data / "archive", all_=all_, shard_size=SHARD, progress=False)
    assert summary.done and summary.resumed == all_
    assert summary.articles == N_ARTICLES - done and summary.shards_skipped >= 1
    assert rows(db) == serial["rows"]
    assert not state_path(db).exists()


def test_max_seconds_bounds_a_call_and_the_next_call_goes_on(synthetic_data, serial, tmp_path):
    from pipeline.reprocess import reprocess

    db = copy_db(synthetic_data, tmp_path)
    calls = []
    while not calls or not calls[-1].done:
        calls.append(reprocess(db, synthetic_data / "archive", shard_size=SHARD, max_seconds=0, progress=False))
        assert len(calls) <= serial["summary"].shards_read + 1
    assert [c.shards_read for c in calls[:-1]] == [1] * (len(calls) - 1)  # one shard, then the deadline
    assert sum(c.from_archive for c in calls) == N_ARTICLES
    assert rows(db) == serial["rows"]
