"""Shared fixtures. Expensive objects (the spaCy pipeline, Prefect's harness) are built once per session.

Prefect reads its settings on import, so its home (a throwaway directory) and quiet, offline settings
are fixed here, before any test module imports it.
"""
from __future__ import annotations

import ipaddress
import os
import socket
import tempfile
from pathlib import Path

import pytest

from flows.env import configure_prefect

# Every writer that publishes starts a process that rebuilds the browse snapshot (about 0.6 s of CPU
# each, ~50 writers in the suite): tests that do not look at snapshots switch that off. The default
# (background) is exercised by the demo run below and by tests/pipeline/test_store_snapshot.py.
os.environ["WARTA_SNAPSHOT"] = "off"

_PREFECT_HOME = Path(tempfile.mkdtemp(prefix="warta-prefect-"))
os.environ["PREFECT_HOME"] = str(_PREFECT_HOME)
configure_prefect(_PREFECT_HOME)


def _loopback_only(address) -> None:
    if not isinstance(address, tuple):  # AF_UNIX paths
        return
    host = address[0]
    try:
        ok = ipaddress.ip_address(host).is_loopback
    except ValueError:
        ok = host in ("localhost",)
    if not ok:
        raise ConnectionRefusedError(f"tests reach only 127.0.0.1, not {host!r}")


@pytest.fixture(scope="session", autouse=True)
def no_network_beyond_loopback():
    """Nothing in a test process connects beyond 127.0.0.1 (no model, data or telemetry downloads)."""
    original_connect, original_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def connect(self, address):
        _loopback_only(address)
        return original_connect(self, address)

    def connect_ex(self, address):
        _loopback_only(address)
        return original_connect_ex(self, address)

    socket.socket.connect, socket.socket.connect_ex = connect, connect_ex
    yield
    socket.socket.connect, socket.socket.connect_ex = original_connect, original_connect_ex


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def prefect_harness():
    """Real flow runs against Prefect's test harness (a temporary local database), once a session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory, prefect_harness):
    """The bundled corpus served on 127.0.0.1, crawled and loaded twice by the real nightly flow
    into a real DuckDB file (once per test session: ~1 minute). Tests only read the result."""
    from flows.corpus import write_portals_toml
    from flows.localserver import serve_corpus
    from flows.nightly import nightly
    from pipeline.store import Store

    data = tmp_path_factory.mktemp("demo-data")
    db = data / "warta.duckdb"
    snapshot_setting = os.environ.pop("WARTA_SNAPSHOT", None)  # the default, as `make demo` runs it
    try:
        with serve_corpus(data / "site") as served:
            portals_file = data / "site" / "portals.toml"
            write_portals_toml(served.portals, portals_file)
            params = dict(portals_file=str(portals_file), data_dir=str(data), db=str(db), all_=True, throttle=False)
            first = nightly(**params)
            with Store.open(db, read_only=True) as store:
                counts_after_first = store.counts()
            second = nightly(**params)
    finally:
        if snapshot_setting is not None:
            os.environ["WARTA_SNAPSHOT"] = snapshot_setting
    return {"db": db, "data": data, "first": first, "second": second, "counts_first": counts_after_first,
            "served": dict(served)}
from tests.daskcluster import dask_cluster, reprocessed_serially, synthetic_data  # noqa: E402,F401  (a loopback Dask cluster, a synthetic archive)
