"""Extract and tag on a real Dask cluster (tests/daskcluster.py: `dask scheduler` and two `dask worker`
processes on 127.0.0.1): the same articles and facts as in process, in the same order; a worker killed
mid-run has its shards run again elsewhere, each result handed over once; no scheduler, one line."""
from __future__ import annotations

import socket

import pytest

from pipeline.archive import plan_shards
from pipeline.shards import tag_shards

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(300)]

from tests.daskcluster import SYNTHETIC_ARTICLES as N_ARTICLES

SHARD = 10


@pytest.fixture(scope="module")
def archive(synthetic_data):
    return synthetic_data / "archive"


@pytest.fixture(scope="module")
def serial(archive):
    return [view(r) for r in tag_shards(plan_shards(archive, size=SHARD))]


def view(result) -> tuple:
    """A shard's result as plain data: shard, pages read, and every article with its facts."""
    return (result.shard.key, result.pages, tuple(result.no_text),
            tuple((a.url, a.title, a.text, a.published, a.portal, f) for a, f in result.items))


@pytest.fixture
def client(dask_cluster):
    from pipeline.distributed import cluster

    dask_cluster.ensure_workers()
    with cluster(dask_cluster.address) as c:
        yield c


def test_the_cluster_tags_what_the_process_tags_in_the_same_order(archive, serial, client):
    results = list(tag_shards(plan_shards(archive, size=SHARD), client=client))
    assert [view(r) for r in results] == serial
    assert len(serial) == len(list(plan_shards(archive, size=SHARD))) > 6  # several shards per file
    assert sum(len(s[3]) for s in serial) == N_ARTICLES
    assert len({r.worker for r in results}) == 2  # both workers took shards
    # each worker built its tagger once (when the plugin was registered), not once per shard
    built = client.run(lambda: __import__("pipeline.nlp", fromlist=["get_nlp"]).get_nlp.cache_info().misses)
    assert sorted(built.values()) == [1, 1]


def test_a_worker_killed_mid_run_has_its_shards_run_again(archive, serial, client, dask_cluster):
    results = []
    killed = in_flight = None
    for result in tag_shards(plan_shards(archive, size=SHARD), client=client):
        results.append(result)
        if killed is None:
            names = {addr: name for name, addr in dask_cluster.connected().items()}
            busy = {addr: keys for addr, keys in client.processing().items() if keys}
            assert busy, "nothing in flight after the first shard"
            address = next(iter(busy))
            killed, in_flight = address, set(busy[address])
            dask_cluster.kill_worker(names[address])
    assert killed is not None and in_flight
    # every shard came back exactly once, in order, with the serial run's articles and facts
    assert [view(r) for r in results] == serial
    # what the killed worker held was run again by the other one (the first result may come from either)
    assert killed not in {r.worker for r in results[1:]} and len({r.worker for r in results[1:]}) == 1
    dask_cluster.ensure_workers()


def test_no_scheduler_is_a_one_line_error():
    from pipeline.distributed import ClusterError, cluster

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ClusterError) as err:
        with cluster(f"tcp://127.0.0.1:{port}", timeout=2):
            pass
    message = str(err.value)
    assert "\n" not in message and message.startswith(f"no Dask scheduler at tcp://127.0.0.1:{port}")


def test_workers_keep_a_bounded_profile_history(archive, client):
    """Dask's statistical profiler keeps one profile a second, 1,000 by default, each ~100 kB with the
    tagger's call stacks: the worker grew with the length of the run (BENCHMARKS.md, "The workers'
    memory"). The plugin bounds it on every worker; the profiler keeps running."""
    from pipeline.distributed import PROFILE_SECONDS

    list(tag_shards(plan_shards(archive, size=SHARD), client=client))

    def histories(dask_worker):
        return [(h.maxlen, len(h)) for h in (dask_worker.profile_history, dask_worker.profile_keys_history)]

    seen = client.run(histories)
    assert len(seen) == 2
    for worker, kept in seen.items():
        assert [maxlen for maxlen, _ in kept] == [PROFILE_SECONDS] * 2, worker
        assert all(0 < n <= PROFILE_SECONDS for _, n in kept), worker  # still profiling


def test_the_profile_bound_keeps_the_newest_and_never_raises_dasks_own():
    from collections import deque
    from types import SimpleNamespace

    from pipeline.distributed import bound_profile_history

    worker = SimpleNamespace(profile_history=deque(range(100), maxlen=1000),
                             profile_keys_history=deque(range(5), maxlen=10))
    bound_profile_history(worker, seconds=60)
    assert worker.profile_history.maxlen == 60 and list(worker.profile_history) == list(range(40, 100))
    assert worker.profile_keys_history.maxlen == 10 and list(worker.profile_keys_history) == list(range(5))


def test_a_worker_with_a_malformed_setting_is_one_line_before_any_shard(tmp_path):
    """Each worker reads its own environment: the client cannot check it, so the cluster asks them."""
    from pipeline.distributed import ClusterError, cluster
    from tests.daskcluster import LoopbackCluster

    bad = LoopbackCluster(tmp_path, worker_env={"WARTA_TAGGER_STRINGS": "lots"}).start(workers=1)
    try:
        (address,) = bad.connected().values()
        with pytest.raises(ClusterError) as err:
            with cluster(bad.address):
                pytest.fail("a cluster with a misconfigured worker was handed out")
        assert str(err.value) == (f"Dask worker {address}: WARTA_TAGGER_STRINGS='lots': "
                                  "give a whole number of strings (0: never renew)")
    finally:
        bad.stop()


def test_a_late_worker_with_a_malformed_setting_keeps_the_default(monkeypatch, caplog):
    """A worker that joins after the check tags its shards all the same, with the default bound, and
    says once in its log why."""
    from pipeline import nlp, shards
    from pipeline.config import TAGGER_MAX_STRINGS

    monkeypatch.setenv("WARTA_TAGGER_STRINGS", "lots")
    monkeypatch.setattr(shards, "_warned", set())
    bounds: list = []
    monkeypatch.setattr(nlp, "renew_if_grown", lambda bound=None: bounds.append(bound) or False)
    assert shards.renew_tagger_if_grown() is False
    assert shards.renew_tagger_if_grown() is False
    assert bounds == [TAGGER_MAX_STRINGS, TAGGER_MAX_STRINGS]
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert warnings == ["WARTA_TAGGER_STRINGS='lots': give a whole number of strings (0: never renew); "
                        f"using the default, {TAGGER_MAX_STRINGS}"]
