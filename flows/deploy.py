"""Serve the nightly flow on its schedule: 02:00 every day, Asia/Jakarta.

Prefect never fires schedules on its ephemeral server, so `serve_nightly` uses the Prefect server that
PREFECT_API_URL names, or starts a local one (`prefect server start` on 127.0.0.1) for as long as it
serves. The schedule and its time zone belong to the deployment, not to the flow.
"""
from __future__ import annotations

import contextlib
import logging
import os
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


def wait_healthy(api_url: str, timeout: float = 180.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{api_url}/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"Prefect server at {api_url} did not become healthy within {timeout:.0f} s")


@contextlib.contextmanager
def prefect_server(data_dir: Path, port: int | None = None) -> Iterator[str]:
    """Yield an API URL: PREFECT_API_URL if set, else a local server started (and stopped) here."""
    if os.environ.get("PREFECT_API_URL"):
        yield os.environ["PREFECT_API_URL"]
        return
    port = port or _free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    log_path = Path(data_dir) / "prefect" / "server.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PREFECT_SERVER_API_HOST": "127.0.0.1", "PREFECT_SERVER_API_PORT": str(port)}
    with open(log_path, "ab") as logfile:
        proc = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                                 "--port", str(port), "--no-ui"], env=env, stdout=logfile, stderr=subprocess.STDOUT)
    try:
        wait_healthy(api_url)
        os.environ["PREFECT_API_URL"] = api_url
        yield api_url
    finally:
        os.environ.pop("PREFECT_API_URL", None)
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def schedules(cron: str = CRON, timezone: str = TIMEZONE) -> list:
    from prefect.schedules import Cron

    return [Cron(cron, timezone=timezone)]


def serve_nightly(data_dir: Path, *, cron: str = CRON, timezone: str = TIMEZONE) -> None:
    """Serve the nightly deployment until interrupted (the process runs the scheduled flow runs)."""
    with prefect_server(data_dir) as api_url:
        from flows.nightly import nightly

        print(f"serving {DEPLOYMENT} ({cron}, {timezone}) on {api_url}", flush=True)
        nightly.serve(name=DEPLOYMENT, schedules=schedules(cron, timezone),
                      parameters={"data_dir": str(data_dir)})
