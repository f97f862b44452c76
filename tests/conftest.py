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


# ------------------------------------------------------------------ user environments (tests/userenv.py)
def free_port_run(n: int) -> int:
    """The first of `n` consecutive free loopback ports (for `warta demo`, which takes one per portal)."""
    import random

    for _ in range(200):
        first = random.randint(20000, 60000 - n)
        sockets = []
        try:
            for port in range(first, first + n):
                s = socket.socket()
                sockets.append(s)
                s.bind(("127.0.0.1", port))
            return first
        except OSError:
            continue
        finally:
            for s in sockets:
                s.close()
    raise RuntimeError(f"no {n} consecutive free loopback ports")


@pytest.fixture(scope="session")
def demo_env(tmp_path_factory):
    """A user who ran `.venv/bin/warta demo` (free ports) in a fresh WARTA_DATA, with Jupyter folders of
    their own."""
    from tests.userenv import UserEnv, checkout_view, user_environment

    import json

    root = tmp_path_factory.mktemp("user-demo")
    # the user's own Jupyter folders (where `ipykernel install --user` writes), a Jupyter that may run
    # as root (CI) and opens no browser, on a port the system chooses; `warta browse` on a free port
    jupyter = root / "jupyter"
    (jupyter / "config").mkdir(parents=True)
    (jupyter / "config" / "jupyter_server_config.json").write_text(
        json.dumps({"ServerApp": {"allow_root": True, "open_browser": False}}))
    env = UserEnv("demo", checkout_view(root / "checkout"),
                  user_environment(WARTA_DATA=str(root / "data"), WARTA_DEMO_PORT=str(free_port_run(3)),
                                   WARTA_BROWSE_PORT=str(free_port_run(1)),
                                   JUPYTER_DATA_DIR=str(jupyter / "data"), JUPYTER_CONFIG_DIR=str(jupyter / "config"),
                                   JUPYTER_RUNTIME_DIR=str(jupyter / "runtime"), JUPYTER_PORT="0"))
    result = env.run(".venv/bin/warta demo")
    assert result.returncode == 0, result.line()
    return env


@pytest.fixture(scope="session")
def standins():
    """Stand-ins of every portal of the real table (and https://a-portal.example/) behind a proxy."""
    from tests.standin import standin_proxy

    with standin_proxy() as proxy:
        yield proxy


@pytest.fixture(scope="session")
def portals_env(tmp_path_factory, standins):
    """A user with an empty WARTA_DATA whose https requests reach the portal stand-ins."""
    from tests.userenv import UserEnv, checkout_view, user_environment

    root = tmp_path_factory.mktemp("user-portals")
    return UserEnv("portals", checkout_view(root / "checkout"),
                   user_environment(WARTA_DATA=str(root / "data"), **standins.env),
                   substitutions={"/tmp/warta-try": str(root / "warta-try")})


@pytest.fixture(scope="session")
def operator_env(tmp_path_factory, demo_env, standins):
    """docs/operations.md's machine: the checkout at /srv/warta/main, the data at /srv/warta/data (a
    copy of the demo's), a Prefect server at http://prefect.example:4200/api (a local one), port 4200
    of `warta serve` a free one, and the portals' stand-ins as its internet (tests/standin.py)."""
    import shutil

    from flows.deploy import _free_port, prefect_server
    from tests.userenv import UserEnv, checkout_view, user_environment

    root = tmp_path_factory.mktemp("user-operator")
    data = root / "data"
    shutil.copytree(demo_env.data, data, ignore=shutil.ignore_patterns("*.lock", "site"))
    view = checkout_view(root / "checkout")
    saved = os.environ.pop("PREFECT_API_URL", None)
    try:
        with prefect_server(root, env={"PREFECT_HOME": str(root / "server-home"),
                                       "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}) as api_url:
            os.environ.pop("PREFECT_API_URL", None)
            port = str(_free_port())
            # runs the served deployment starts crawl the default portal table: through the stand-ins
            yield UserEnv("operator", view, user_environment(WARTA_DATA=str(data), **standins.env), substitutions={
                "/srv/warta/main": str(view), "/srv/warta/data": str(data),
                "http://prefect.example:4200/api": api_url,  # before the next two
                "--port 4200": f"--port {port}", "127.0.0.1:4200": f"127.0.0.1:{port}"})
    finally:
        if saved is not None:
            os.environ["PREFECT_API_URL"] = saved


def pytest_terminal_summary(terminalreporter):
    """How many documented commands (README.md, docs/*.md) this session executed (tests/test_docs.py)."""
    module = __import__("sys").modules.get("tests.test_docs")
    tally = getattr(module, "DOCS_TALLY", None)
    if tally and (tally["run"] or tally["not run"]):
        terminalreporter.write_line(f"documented commands executed: {tally['run']} "
                                    f"(not run, with their reasons in the docs: {tally['not run']})")


from tests.daskcluster import dask_cluster, reprocessed_serially, synthetic_data  # noqa: E402,F401  (a loopback Dask cluster, a synthetic archive)
