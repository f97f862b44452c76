"""Serve the nightly flow on its schedule: 02:00 every day, Asia/Jakarta.

Prefect never fires schedules on its ephemeral server, so `serve_nightly` uses the Prefect server that
PREFECT_API_URL names, or starts a local one (`prefect server start` on 127.0.0.1) for as long as it
serves. The schedule and its time zone belong to the deployment, not to the flow.
"""
from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger(__name__)

DEPLOYMENT = "warta-nightly"
CRON = "0 2 * * *"
TIMEZONE = "Asia/Jakarta"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(api_url: str, timeout: float = 180.0, proc: subprocess.Popen | None = None,
                 log_path: Path | None = None) -> None:
    """Wait until the server answers /health; fail early if its process (`proc`) exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"the Prefect server exited with {proc.returncode} before becoming healthy"
                               + (f" (see {log_path})" if log_path else ""))
        try:
            with urllib.request.urlopen(f"{api_url}/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"Prefect server at {api_url} did not become healthy within {timeout:.0f} s")


@contextlib.contextmanager
def prefect_server(data_dir: Path, port: int | None = None, env: dict[str, str] | None = None,
                   timeout: float = 180.0) -> Iterator[str]:
    """Yield an API URL: PREFECT_API_URL if set, else a local server started (and always stopped) here.

    The server's log goes to `<data_dir>/prefect/server.log`; its database lives under PREFECT_HOME.
    `env`: extra environment for the server process (e.g. PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS).
    """
    if os.environ.get("PREFECT_API_URL"):
        yield os.environ["PREFECT_API_URL"]
        return
    port = port or _free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    log_path = Path(data_dir) / "prefect" / "server.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    server_env = {**os.environ, "PREFECT_SERVER_API_HOST": "127.0.0.1", "PREFECT_SERVER_API_PORT": str(port),
                  **(env or {})}
    with open(log_path, "ab") as logfile:
        # its own process group, so that stopping it also stops anything it started
        proc = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                                 "--port", str(port), "--no-ui"], env=server_env, stdout=logfile,
                                stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_healthy(api_url, timeout=timeout, proc=proc, log_path=log_path)
        os.environ["PREFECT_API_URL"] = api_url
        yield api_url
    finally:
        os.environ.pop("PREFECT_API_URL", None)
        stop_process_group(proc)


def stop_process_group(proc: subprocess.Popen, grace: float = 30.0) -> None:
    """SIGTERM the process's group, then SIGKILL it if it has not exited within `grace` seconds."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            pass
    with contextlib.suppress(ProcessLookupError):  # stragglers of the group, if any
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def schedules(cron: str = CRON, timezone: str = TIMEZONE) -> list:
    from prefect.schedules import Cron

    return [Cron(cron, timezone=timezone)]


def serve_nightly(data_dir: Path, *, db: Path | None = None, cron: str = CRON, timezone: str = TIMEZONE) -> None:
    """Serve the nightly deployment until interrupted (the process runs the scheduled flow runs).

    `db`: the database the runs load into (default: WARTA_DB if set, else `<data_dir>/warta.duckdb`).
    """
    if db is None:
        db = Path(os.environ["WARTA_DB"]).resolve() if os.environ.get("WARTA_DB") else Path(data_dir) / "warta.duckdb"
    with prefect_server(data_dir) as api_url:
        from flows.nightly import nightly

        print(f"serving {DEPLOYMENT} ({cron}, {timezone}) on {api_url}", flush=True)
        nightly.serve(name=DEPLOYMENT, schedules=schedules(cron, timezone),
                      parameters={"data_dir": str(data_dir), "db": str(db)})
