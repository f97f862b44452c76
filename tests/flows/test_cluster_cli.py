"""`warta reprocess --dask` (and WARTA_DASK) against a real loopback Dask cluster: the same rows as
`warta reprocess` without it; for `warta run --dask` and `warta reprocess --dask`, a scheduler that is
not there is a one-line error, before any work (`warta run --dask` on the cluster:
tests/flows/test_cluster_crawl.py)."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.daskcluster import SYNTHETIC_ARTICLES as N_ARTICLES
from tests.daskcluster import table_rows

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(600)]

REPO = Path(__file__).resolve().parents[2]


def data_copy(synthetic, tmp_path) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "archive").symlink_to(synthetic / "archive", target_is_directory=True)
    shutil.copyfile(synthetic / "warta.duckdb", tmp_path / "warta.duckdb")
    return tmp_path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("command", ["reprocess", "run"])
@pytest.mark.parametrize("how", ["option", "environment"])
def test_no_scheduler_is_one_line_and_changes_nothing(tmp_path, how, command):
    from pipeline.store import Store

    with Store.open(tmp_path / "warta.duckdb"):
        pass
    before = (tmp_path / "warta.duckdb").read_bytes()
    address = f"tcp://127.0.0.1:{free_port()}"
    env = {"WARTA_DATA": str(tmp_path), "WARTA_DASK": address if how == "environment" else ""}
    args = [sys.executable, "-m", "flows.cli", command] + (["--dask", address] if how == "option" else [])
    result = subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=120,
                            env={**__import__("os").environ, **env})
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"Error: no Dask scheduler at {address}: "
                                          f"OSError: Timed out trying to connect to {address} after 10 s"]
    assert (tmp_path / "warta.duckdb").read_bytes() == before
    assert not (tmp_path / "archive").exists()  # nothing crawled


@pytest.fixture(scope="module")
def serial_rows(synthetic_data, tmp_path_factory):
    """The rows of a reprocess in this process with the defaults `warta reprocess` uses (shard size:
    load batches, and so person ids, follow the shards)."""
    from pipeline.reprocess import reprocess

    data = data_copy(synthetic_data, tmp_path_factory.mktemp("cli-serial"))
    assert reprocess(data / "warta.duckdb", data / "archive", progress=False).done
    return table_rows(data / "warta.duckdb")


@pytest.mark.parametrize("how", ["option", "environment"])
def test_reprocess_on_the_cluster_stores_what_the_serial_run_stores(synthetic_data, serial_rows, tmp_path,
                                                                   monkeypatch, dask_cluster, prefect_harness, how):
    from flows.cli import cli

    dask_cluster.ensure_workers()
    data = data_copy(synthetic_data, tmp_path)
    monkeypatch.setenv("WARTA_DATA", str(data))
    monkeypatch.delenv("WARTA_DB", raising=False)
    monkeypatch.setenv("WARTA_DASK", dask_cluster.address if how == "environment" else "")
    result = CliRunner().invoke(cli, ["reprocess"] + (["--dask", dask_cluster.address] if how == "option" else []))
    assert result.exit_code == 0, result.output
    assert f"articles:          {N_ARTICLES} (from the archive {N_ARTICLES}," in result.output
    assert table_rows(data / "warta.duckdb") == serial_rows
