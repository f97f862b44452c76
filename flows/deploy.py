"""Serve the nightly flow on its schedule: 02:00 every day, Asia/Jakarta.

Prefect never fires schedules on its ephemeral server, so `serve_nightly` uses the Prefect server that
PREFECT_API_URL names, or starts a local one (`prefect server start` on 127.0.0.1, UI and API on one
port, 4200 by default) for as long as it serves, and prints the PREFECT_API_URL other shells need to
see it. The schedule, its time zone and the concurrency limit (one run at a time) belong to the
deployment, not to the flow. The server runs in the serving process's own process group (see
flows.supervise), so nothing of it outlives `warta serve`, however that ends.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

log = logging.getLogger(__name__)

DEPLOYMENT = "warta-nightly"
CRON = "0 2 * * *"
TIMEZONE = "Asia/Jakarta"
DEFAULT_PORT = 4200
#: At most this many nightly runs at a time (the deployment's concurrency limit).
CONCURRENCY_LIMIT = 1


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
                   timeout: float = 180.0, ui: bool = True) -> Iterator[str]:
    """Yield an API URL: PREFECT_API_URL if set, else a local server started (and always stopped) here,
    on 127.0.0.1:`port` (a free port when None), with its UI unless `ui` is False.

    The server's log goes to `<data_dir>/prefect/server.log`; its database lives under PREFECT_HOME.
    `env`: extra environment for the server process (e.g. PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS).
    The server stays in the caller's process group: killing the group kills it too.
    """
    if os.environ.get("PREFECT_API_URL"):
        yield os.environ["PREFECT_API_URL"]
        return
    port = port or _free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    log_path = Path(data_dir) / "prefect" / "server.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    server_env = {**os.environ, "PREFECT_SERVER_API_HOST": "127.0.0.1", "PREFECT_SERVER_API_PORT": str(port),
                  "PREFECT_UI_ENABLED": "true" if ui else "false", **(env or {})}
    with open(log_path, "ab") as logfile:
        proc = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                                 "--port", str(port)] + ([] if ui else ["--no-ui"]), env=server_env,
                                stdout=logfile, stderr=subprocess.STDOUT)
    try:
        wait_healthy(api_url, timeout=timeout, proc=proc, log_path=log_path)
        os.environ["PREFECT_API_URL"] = api_url
        yield api_url
    finally:
        os.environ.pop("PREFECT_API_URL", None)
        stop_process(proc)


def stop_process(proc: subprocess.Popen, grace: float = 30.0) -> None:
    """SIGTERM a process, then SIGKILL it if it has not exited within `grace` seconds."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            proc.kill()
    proc.wait()


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


def stopped_by_signal(group: BaseExceptionGroup, *kinds: type[BaseException]) -> bool:
    """True when every exception in `group` is a stop: SIGTERM while Prefect's runner is still starting
    makes its handler's `sys.exit(0)` land inside an anyio task group, which wraps it in an exception group
    (a traceback on the way out of `warta serve`, though nothing failed)."""
    _, rest = group.split((SystemExit, KeyboardInterrupt, *kinds))
    return rest is None


def serve_nightly(data_dir: Path, *, db: Path | None = None, port: int = DEFAULT_PORT, notify: str | None = None,
                  portals_file: str | None = None, dask: str | None = None, cron: str = CRON,
                  timezone: str = TIMEZONE, echo: Callable[[str], None] = print) -> None:
    """Serve the nightly deployment until interrupted (this process runs the scheduled flow runs).

    `db`: the database the runs load into (default: WARTA_DB if set, else `<data_dir>/warta.duckdb`).
    `notify`, `portals_file` and `dask` (a Dask scheduler's address or scheduler file: the runs crawl,
    extract and tag on its workers) become parameters of the deployment, so every run (scheduled or
    started by hand with the deployment's defaults) uses them.
    """
    if db is None:
        db = Path(os.environ["WARTA_DB"]).resolve() if os.environ.get("WARTA_DB") else Path(data_dir) / "warta.duckdb"
    parameters = {"data_dir": str(data_dir), "db": str(db)}
    if notify:
        parameters["notify"] = notify
    if portals_file:
        parameters["portals_file"] = str(Path(portals_file).resolve())
    if dask:
        parameters["dask"] = dask
    external = bool(os.environ.get("PREFECT_API_URL"))
    with prefect_server(data_dir, port=port) as api_url:
        # Prefect reads PREFECT_API_URL when it is imported: only now
        from prefect.deployments.runner import EntrypointType
        from prefect.exceptions import TerminationSignal
        from prefect.runner import Runner

        from flows.nightly import nightly

        # What nightly.serve() does, with our lines printed once the deployment is registered (so a
        # `prefect deployment run` typed after "serving …" finds it): a runner that pauses the
        # deployment when it stops, at most CONCURRENCY_LIMIT runs at a time
        runner = Runner(name=DEPLOYMENT, pause_on_shutdown=True, limit=CONCURRENCY_LIMIT)
        runner.add_flow(nightly, name=DEPLOYMENT, schedules=schedules(cron, timezone), parameters=parameters,
                        concurrency_limit=CONCURRENCY_LIMIT, entrypoint_type=EntrypointType.MODULE_PATH)
        if not external:
            echo(f"Prefect UI:  {api_url.removesuffix('/api')}/   (log: {Path(data_dir) / 'prefect' / 'server.log'})")
        echo("From another shell, to see this server and start a run by hand:")
        echo(f"  export PREFECT_API_URL={api_url}")
        echo(f"  .venv/bin/prefect deployment run nightly/{DEPLOYMENT}")
        echo(f"serving nightly/{DEPLOYMENT} ({cron}, {timezone}), at most {CONCURRENCY_LIMIT} run at a time"
             + (f", on the Dask cluster at {dask}" if dask else "")
             + (f", failures posted to {notify}" if notify else "") + "; Ctrl-C to stop")
        # Stopped by a signal, Prefect's runner (it handles SIGTERM itself) leaves an un-awaited coroutine
        # and a cancelled control-channel task that asyncio reports with a traceback: noise, not errors
        warnings.filterwarnings("ignore", message="coroutine 'Runner.astop' was never awaited")
        logging.getLogger("asyncio").setLevel(logging.CRITICAL)
        try:
            asyncio.run(runner.start())
        except (KeyboardInterrupt, TerminationSignal):
            pass
        except BaseExceptionGroup as group:  # a signal while the runner starts: see stopped_by_signal
            if not stopped_by_signal(group, TerminationSignal):
                raise
