"""The crawl spread over a real loopback Dask cluster: portals partitioned over the workers, each
partition writing its own crawl shard (WARC files + index); the loader reads every shard and loads
what one machine's crawl loads; a portal moved to another partition fetches nothing again."""
from __future__ import annotations

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(600)]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    from flows.corpus import write_portals_toml
    from flows.localserver import serve_corpus

    root = tmp_path_factory.mktemp("cluster-crawl")
    with serve_corpus(root / "site") as s:
        portals_file = root / "portals.toml"
        write_portals_toml(s.portals, portals_file)
        yield {"root": root, "portals_file": str(portals_file), "keys": [p["key"] for p in s.portals]}


def test_portals_partitioned_over_workers_write_their_own_shards(served, tmp_path, dask_cluster):
    from distributed import Client

    from flows.cluster import crawl_on_cluster
    from flows.crawl import run_crawl
    from pipeline.archive import iter_archive
    from pipeline.facts import EXTRACTOR_VERSION
    from pipeline.process import load_new_pages

    keys, portals_file = served["keys"], served["portals_file"]
    assert len(keys) == 3
    dask_cluster.ensure_workers()
    data = tmp_path / "sharded"
    with Client(dask_cluster.address, timeout=10, set_as_default=False) as client:
        results = crawl_on_cluster(client, keys, portals_file=portals_file, data_dir=str(data), all_=True,
                                   throttle=False, partitions=2)
        assert [r["portal"] for r in results] == keys and all("stats" in r for r in results), results
        assert {r["portal"]: r["shard"] for r in results} == {keys[0]: "p0", keys[1]: "p1", keys[2]: "p0"}
        archive = data / "archive"
        for shard, mine in (("p0", {keys[0], keys[2]}), ("p1", {keys[1]})):
            assert (archive / "_shards" / shard / "index.sqlite").exists()
            assert {p.name for p in (archive / "_shards" / shard).iterdir() if p.is_dir()} == mine
        assert not (archive / "index.sqlite").exists()  # nothing written outside the shards

        # the next night, two portals in the other shard and one in the same: nothing is fetched again
        again = crawl_on_cluster(client, keys[1:] + keys[:1], portals_file=portals_file, data_dir=str(data),
                                 all_=True, throttle=False, partitions=2)
        assert {r["portal"]: r["shard"] for r in again} == {keys[1]: "p0", keys[2]: "p1", keys[0]: "p0"}
        assert all(r["stats"]["articles_archived"] == 0 for r in again), again

    # one machine, no shards: the reference
    single = tmp_path / "single"
    for key in keys:
        run_crawl(portal=key, portals_file=portals_file, data_dir=single, all_=True, throttle=False)
    assert sorted(p.url for p in iter_archive(archive)) == sorted(p.url for p in iter_archive(single / "archive"))

    loaded = {}
    for name, d in (("sharded", data), ("single", single)):
        stats = load_new_pages(d / "archive", d / "warta.duckdb", EXTRACTOR_VERSION)
        loaded[name] = stats["new"]
    assert loaded["sharded"] == loaded["single"] and loaded["sharded"]["articles"] > 0


def test_warta_run_on_the_cluster_stores_what_warta_run_stores(served, tmp_path, monkeypatch, dask_cluster,
                                                               prefect_harness):
    """`warta run --dask`: crawls partitioned over the workers (two crawl shards), extract and tag on
    them, the same rows as `warta run` on one machine (ids and times aside: the two archives hold the
    portals in another order, so articles are loaded in another order)."""
    from click.testing import CliRunner
    from distributed import Client, get_task_stream

    from flows.cli import cli
    from tests.daskcluster import content_rows

    dask_cluster.ensure_workers()
    monkeypatch.delenv("WARTA_DB", raising=False)
    monkeypatch.delenv("WARTA_DASK", raising=False)
    out = {}
    with Client(dask_cluster.address, timeout=10, set_as_default=False) as client:
        for name, extra in (("single", []), ("cluster", ["--dask", dask_cluster.address])):
            data = tmp_path / name
            monkeypatch.setenv("WARTA_DATA", str(data))
            with get_task_stream(client) as stream:  # what ran on the workers meanwhile
                result = CliRunner().invoke(cli, ["run", "--portals-file", served["portals_file"], "--all",
                                                  "--no-throttle", *extra])
            assert result.exit_code == 0, result.output
            assert "articles new:" in result.output and "errors:" not in result.output, result.output
            out[name] = content_rows(data / "warta.duckdb")
            ran = {str(t["key"]).split("-")[1] for t in stream.data}
            assert ran == ({"crawl", "tag_shard_task"} if extra else set()), ran
    shards = tmp_path / "cluster" / "archive" / "_shards"
    assert sorted(p.name for p in shards.iterdir()) == ["p0", "p1"]
    assert out["cluster"] == out["single"] and out["single"]["articles"]
