"""`warta serve --port P` end to end, as an operator uses it, with real processes.

The command serves the Prefect UI and API on P, prints the PREFECT_API_URL to export, registers the
nightly deployment (02:00 Asia/Jakarta, at most one run at a time); a run started from another shell
with the printed instructions and the deployment's own default parameters crawls a loopback portal
table (`--portals-file`) and loads facts; a failing run ends Failed and its summary is POSTed to the
`--notify` receiver; stopped with SIGTERM, or its supervisor killed with SIGKILL, it leaves no process.
"""
from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import socket
import subprocess
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from flows.corpus import write_portals_toml
from flows.deploy import CRON, DEPLOYMENT, TIMEZONE, _free_port
from flows.localserver import serve_corpus
from pipeline.store import Store
from tests.userenv import checkout_view, processes_with, user_environment, wait_gone

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(900)]


class Receiver(ThreadingHTTPServer):
    """A notification receiver on 127.0.0.1: keeps every JSON body POSTed to it."""

    def __init__(self):
        self.bodies: list[dict] = []
        super().__init__(("127.0.0.1", 0), ReceiverHandler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/hooks/warta"


class ReceiverHandler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.server.bodies.append({"path": self.path, "type": self.headers.get("Content-Type"),
                                   "json": json.loads(body)})
        self.send_response(204)
        self.end_headers()


def wait_for(predicate, timeout: float, what: str, proc: subprocess.Popen | None = None, log: Path | None = None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        if proc is not None and proc.poll() is not None:
            break
        time.sleep(0.5)
    raise AssertionError(f"{what} within {timeout:.0f} s" + (f"; log:\n{log.read_text()[-5000:]}" if log else ""))


async def _deployment_and_runs(api_url: str):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterId
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: api_url}):
        async with get_client() as client:
            deployment = await client.read_deployment_by_name(f"nightly/{DEPLOYMENT}")
            runs = await client.read_flow_runs(
                deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment.id])))
            return deployment, runs


def registered(api_url: str):
    try:
        return asyncio.run(_deployment_and_runs(api_url))[0]
    except Exception:  # not registered yet (the runner registers it as it starts)
        return None


def finished_run(api_url: str, name: str):
    _, runs = asyncio.run(_deployment_and_runs(api_url))
    run = next((r for r in runs if r.name == name), None)
    return run if run is not None and run.state and run.state.is_final() else None


@pytest.fixture(scope="module")
def operator(tmp_path_factory):
    root = tmp_path_factory.mktemp("serve")
    receiver = Receiver()
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    with serve_corpus(root / "site", keys=["warta-wp"]) as corpus:
        table = root / "portals.toml"
        write_portals_toml(corpus.portals, table)
        yield {"root": root, "table": table, "receiver": receiver, "view": checkout_view(root / "checkout")}
    receiver.shutdown()
    receiver.server_close()


def start_serve(operator, data: Path, port: int, log: Path) -> subprocess.Popen:
    env = user_environment(WARTA_DATA=str(data))
    cmd = [".venv/bin/warta", "serve", "--port", str(port), "--portals-file", str(operator["table"]),
           "--notify", operator["receiver"].url]
    return subprocess.Popen(cmd, cwd=operator["view"], env=env, stdout=open(log, "wb"), stderr=subprocess.STDOUT,
                            start_new_session=True)


def test_serve_end_to_end(operator):
    data, port = operator["root"] / "data", _free_port()
    log = operator["root"] / "serve.log"
    serve = start_serve(operator, data, port, log)
    try:
        wait_for(lambda: "serving nightly/warta-nightly" in log.read_text(), 240, "serving", serve, log)
        out = log.read_text()
        api_url = re.search(r"export PREFECT_API_URL=(\S+)", out).group(1)
        assert api_url == f"http://127.0.0.1:{port}/api"
        assert f"Prefect UI:  http://127.0.0.1:{port}/" in out
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as page:  # the UI
            assert page.status == 200 and "text/html" in page.headers["Content-Type"]
            assert "<html" in page.read(4096).decode().lower()

        deployment = wait_for(lambda: registered(api_url), 60, "the deployment registered", serve, log)
        (sched,) = deployment.schedules
        assert (sched.schedule.cron, sched.schedule.timezone) == (CRON, TIMEZONE)
        assert deployment.global_concurrency_limit.limit == 1
        assert deployment.parameters == {"data_dir": str(data), "db": str(data / "warta.duckdb"),
                                         "notify": operator["receiver"].url,
                                         "portals_file": str(operator["table"].resolve())}

        # from another shell, as printed: a run with the deployment's default parameters
        shell = user_environment(PREFECT_API_URL=api_url, PREFECT_HOME=str(operator["root"] / "client-home"))
        started = subprocess.run([".venv/bin/prefect", "deployment", "run", f"nightly/{DEPLOYMENT}"],
                                 cwd=operator["view"], env=shell, capture_output=True, text=True, timeout=120)
        assert started.returncode == 0, started.stdout + started.stderr
        name = re.search(r"Created flow run '([^']+)'", started.stdout).group(1)
        run = wait_for(lambda: finished_run(api_url, name), 300, f"flow run {name} finished", serve, log)
        assert run.state.is_completed(), (run.state, log.read_text()[-5000:])
        with Store.open(data / "warta.duckdb", read_only=True) as store:
            counts = store.counts()
        assert counts["articles"] > 5 and counts["compliance"] > 0 and counts["mpp"] > 0
        assert operator["receiver"].bodies == []  # nothing failed, nothing posted

        # a run that fails (a site that does not answer) is Failed and posts its summary
        # (`localhost`: a URL on 127.0.0.1 would be taken for the configured loopback portal, whose host it shares)
        dead = f"http://localhost:{_free_port()}/"
        started = subprocess.run([".venv/bin/prefect", "deployment", "run", f"nightly/{DEPLOYMENT}",
                                  "--param", f"url={json.dumps(dead)}"], cwd=operator["view"], env=shell,
                                 capture_output=True, text=True, timeout=120)
        name = re.search(r"Created flow run '([^']+)'", started.stdout).group(1)
        run = wait_for(lambda: finished_run(api_url, name), 300, f"flow run {name} finished", serve, log)
        assert run.state.is_failed() and "1 of 1 portal(s) failed" in run.state.message, (started.stdout, run.state)
        (note,) = operator["receiver"].bodies
        assert note["path"] == "/hooks/warta" and note["type"].startswith("application/json")
        assert note["json"]["state"] == "Failed" and note["json"]["flow_run"] == name
        assert note["json"]["text"].startswith("Warta nightly run failed: 1 of 1 portal(s) failed")
        assert note["json"]["summary"]["health"][dead]["status"] == "failed"
    finally:
        if serve.poll() is None:
            serve.send_signal(signal.SIGTERM)
        code = serve.wait(timeout=90)
    assert code == 128 + signal.SIGTERM, log.read_text()[-3000:]
    assert wait_gone(f"WARTA_DATA={data}", timeout=30) == []
    assert "Traceback" not in log.read_text()


def test_killed_serve_leaves_no_process(operator):
    """SIGKILL of `warta serve` itself (not its group) while a run it started is crawling: its worker, the
    Prefect server, the flow run's process and the crawl go too, and the port is free again."""
    data, port = operator["root"] / "data-killed", _free_port()
    log = operator["root"] / "serve-killed.log"
    serve = start_serve(operator, data, port, log)
    try:
        wait_for(lambda: "serving nightly/warta-nightly" in log.read_text(), 240, "serving", serve, log)
        api_url = f"http://127.0.0.1:{port}/api"
        wait_for(lambda: registered(api_url), 60, "the deployment registered", serve, log)
        shell = user_environment(PREFECT_API_URL=api_url, PREFECT_HOME=str(operator["root"] / "client-home"))
        started = subprocess.run([".venv/bin/prefect", "deployment", "run", f"nightly/{DEPLOYMENT}"],
                                 cwd=operator["view"], env=shell, capture_output=True, text=True, timeout=120)
        assert started.returncode == 0, started.stdout + started.stderr
        wait_for(lambda: any("spiders.crawl" in cmd for _, cmd in processes_with(f"WARTA_DATA={data}")), 240,
                 "a crawl of the served run", serve, log)
    finally:
        serve.send_signal(signal.SIGKILL)
        serve.wait()
    left = wait_gone(f"WARTA_DATA={data}", timeout=60)
    assert left == [], left
    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", port)) != 0, f"something still listens on port {port}"
