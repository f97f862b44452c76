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
    with serve_corpus(data / "site") as served:
        portals_file = data / "site" / "portals.toml"
        write_portals_toml(served.portals, portals_file)
        params = dict(portals_file=str(portals_file), data_dir=str(data), db=str(db), all_=True, throttle=False)
        first = nightly(**params)
        with Store.open(db, read_only=True) as store:
            counts_after_first = store.counts()
        second = nightly(**params)
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
    """A user who ran `.venv/bin/warta demo` (free ports) in a fresh WARTA_DATA."""
    from tests.userenv import UserEnv, checkout_view, user_environment

    root = tmp_path_factory.mktemp("user-demo")
    env = UserEnv("demo", checkout_view(root / "checkout"),
                  user_environment(WARTA_DATA=str(root / "data"), WARTA_DEMO_PORT=str(free_port_run(3))))
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
def operator_env(tmp_path_factory, demo_env):
    """docs/operations.md's machine: the checkout at /srv/warta/main, the data at /srv/warta/data (a
    copy of the demo's), a Prefect server at http://prefect.example:4200/api (a local one), and port
    4200 of `warta serve` a free one."""
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
            yield UserEnv("operator", view, user_environment(WARTA_DATA=str(data)), substitutions={
                "/srv/warta/main": str(view), "/srv/warta/data": str(data),
                "http://prefect.example:4200/api": api_url,  # before the next two
                "--port 4200": f"--port {port}", "127.0.0.1:4200": f"127.0.0.1:{port}"})
    finally:
        if saved is not None:
            os.environ["PREFECT_API_URL"] = saved
