"""`warta serve` against a real local Prefect server: the schedule creates flow runs, at 02:00 Jakarta.

The server (flows.deploy.prefect_server, its own throwaway database) runs its scheduler every second;
the real `warta serve` command runs as a process, registers the deployment and waits for work. The
scheduled runs lie in the future (02:00), so nothing is crawled.
"""
from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from flows.deploy import CRON, DEPLOYMENT, TIMEZONE, prefect_server, schedules, stop_process_group

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

WARTA = Path(sys.executable).with_name("warta")


def test_schedule_is_daily_at_two_in_jakarta():
    (cron,) = schedules()
    assert (cron.cron, cron.timezone) == ("0 2 * * *", "Asia/Jakarta") == (CRON, TIMEZONE)


async def scheduled_runs(api_url: str) -> tuple[object, list]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterId, FlowRunFilter, \
        FlowRunFilterState, FlowRunFilterStateType
    from prefect.client.schemas.objects import StateType
    from prefect.client.schemas.sorting import FlowRunSort
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: api_url}):
        async with get_client() as client:
            try:
                deployment = await client.read_deployment_by_name(f"nightly/{DEPLOYMENT}")
            except Exception:  # not registered yet
                return None, []
            runs = await client.read_flow_runs(
                deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment.id])),
                flow_run_filter=FlowRunFilter(state=FlowRunFilterState(
                    type=FlowRunFilterStateType(any_=[StateType.SCHEDULED]))),
                sort=FlowRunSort.EXPECTED_START_TIME_ASC)
            return deployment, runs


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A real local Prefect server (its own database) whose scheduler loops every second."""
    tmp = tmp_path_factory.mktemp("prefect-server")
    saved = os.environ.pop("PREFECT_API_URL", None)
    server_env = {"PREFECT_HOME": str(tmp / "server-home"),
                  "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "1",
                  "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    try:
        with prefect_server(tmp, env=server_env) as api_url:
            yield api_url
    finally:
        if saved is not None:
            os.environ["PREFECT_API_URL"] = saved


def wait_for_runs(api_url: str, proc: subprocess.Popen | None, log: Path, timeout: float = 240):
    deployment, runs = None, []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not runs:
        assert proc is None or proc.poll() is None, log.read_text()
        time.sleep(1)
        deployment, runs = asyncio.run(scheduled_runs(api_url))
    assert runs, f"no scheduled run within {timeout:.0f} s; log:\n{log.read_text()}"
    return deployment, runs


def check_jakarta_runs(runs) -> None:
    """Every run at 02:00 in Jakarta, i.e. 19:00 UTC the day before; the first is the next one from now."""
    now = datetime.now(timezone.utc)
    starts = [r.expected_start_time for r in runs]
    jakarta = [s.astimezone(ZoneInfo("Asia/Jakarta")) for s in starts]
    assert all((j.hour, j.minute) == (2, 0) for j in jakarta), jakarta
    assert all((s.astimezone(timezone.utc).hour, s.minute) == (19, 0) for s in starts), starts
    assert now < starts[0] <= now + timedelta(days=1)
    assert all(b - a == timedelta(days=1) for a, b in zip(starts, starts[1:]))


def wait_for_line(log: Path, text: str, proc: subprocess.Popen, timeout: float = 300) -> None:
    """Wait until the process's log shows `text` (it writes unbuffered); fail at once if it exits."""
    deadline = time.monotonic() + timeout
    while text not in log.read_text(errors="replace"):
        assert proc.poll() is None, f"exited {proc.returncode} before showing {text!r}:\n{log.read_text()}"
        assert time.monotonic() < deadline, f"no {text!r} within {timeout:.0f} s:\n{log.read_text()}"
        time.sleep(0.2)


def wait_paused(api_url: str, timeout: float = 60):
    """The deployment once its runner has paused it (the runner does so as it shuts down)."""
    deadline = time.monotonic() + timeout
    while True:
        deployment = asyncio.run(read_deployment(api_url, f"nightly/{DEPLOYMENT}"))
        if deployment.paused or time.monotonic() > deadline:
            return deployment
        time.sleep(0.5)


def test_warta_serve_schedule_creates_runs(server, tmp_path):
    api_url = server
    # PYTHONUNBUFFERED: each line reaches the log as it is printed (a block-buffered log could hold the
    # "serving" line back until exit, and lose it if the process had to be killed)
    env = {**os.environ, "PREFECT_API_URL": api_url, "WARTA_DATA": str(tmp_path / "data"),
           "PREFECT_HOME": str(tmp_path / "client-home"), "PYTHONUNBUFFERED": "1"}
    env.pop("WARTA_DB", None)
    log_path = tmp_path / "serve.log"
    with open(log_path, "wb") as log:
        serve = subprocess.Popen([str(WARTA), "serve"], env=env, stdout=log, stderr=subprocess.STDOUT,
                                 start_new_session=True)
        try:
            # registered first (the line is printed once the deployment exists), then its runs scheduled
            wait_for_line(log_path, f"serving nightly/{DEPLOYMENT} (0 2 * * *, Asia/Jakarta)", serve)
            deployment, runs = wait_for_runs(api_url, serve, log_path)
        finally:
            # SIGTERM, and time for the runner to shut down (and pause its deployment) under load
            stop_process_group(serve, grace=90)
    assert serve.returncode in (0, -15, 143), log_path.read_text()
    data = (tmp_path / "data").resolve()
    assert deployment.parameters == {"data_dir": str(data), "db": str(data / "warta.duckdb")}
    (sched,) = deployment.schedules
    assert (sched.schedule.cron, sched.schedule.timezone) == (CRON, TIMEZONE)
    check_jakarta_runs(runs)
    # stopping `warta serve` pauses the deployment (no run without its runner); serving again resumes it
    assert deployment.paused is False
    assert wait_paused(api_url).paused is True


def test_prefect_yaml_deploys_to_a_work_pool(server, tmp_path):
    """prefect.yaml, as an operator with their own server and workers would use it."""
    import yaml

    repo = Path(__file__).resolve().parents[2]
    config = yaml.safe_load((repo / "prefect.yaml").read_text())
    nightly_cfg = next(d for d in config["deployments"] if d["name"] == DEPLOYMENT)
    assert nightly_cfg["schedules"] == [{"cron": CRON, "timezone": TIMEZONE, "active": True}]
    env = {**os.environ, "PREFECT_API_URL": server, "WARTA_HOME": str(repo), "WARTA_DATA": str(tmp_path / "data"),
           "PREFECT_HOME": str(tmp_path / "client-home")}
    prefect = [sys.executable, "-m", "prefect"]
    log_path = tmp_path / "deploy.log"
    with open(log_path, "wb") as log:
        for args in (["work-pool", "create", "warta", "--type", "process", "--overwrite"],
                     ["--no-prompt", "deploy", "--all", "--prefect-file", str(repo / "prefect.yaml")]):
            done = subprocess.run(prefect + args, cwd=repo, env=env, stdout=log, stderr=subprocess.STDOUT,
                                  timeout=120)
            assert done.returncode == 0, log_path.read_text()
    deployment, runs = wait_for_runs(server, None, log_path)
    assert deployment.work_pool_name == "warta"
    assert deployment.entrypoint == "flows/nightly.py:nightly"
    assert deployment.job_variables["env"]["WARTA_DATA"] == str(tmp_path / "data")
    (sched,) = deployment.schedules
    assert (sched.schedule.cron, sched.schedule.timezone) == (CRON, TIMEZONE)
    check_jakarta_runs(runs)
    reprocess = asyncio.run(read_deployment(server, "reprocess/warta-reprocess"))
    assert reprocess.entrypoint == "flows/reprocess.py:reprocess" and not reprocess.schedules


async def read_deployment(api_url: str, name: str):
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: api_url}):
        async with get_client() as client:
            return await client.read_deployment_by_name(name)


def test_a_stop_while_the_runner_starts_is_a_stop_not_a_failure():
    """SIGTERM during Prefect's runner start arrives as SystemExit wrapped in (nested) exception groups."""
    from flows.deploy import stopped_by_signal

    class Termination(BaseException):
        pass

    assert stopped_by_signal(BaseExceptionGroup("start", [SystemExit(0)]))
    assert stopped_by_signal(BaseExceptionGroup("start", [BaseExceptionGroup("connect", [SystemExit(0)]),
                                                         KeyboardInterrupt()]))
    assert stopped_by_signal(BaseExceptionGroup("start", [Termination()]), Termination)
    assert not stopped_by_signal(BaseExceptionGroup("start", [Termination()]))
    assert not stopped_by_signal(BaseExceptionGroup("start", [SystemExit(0), ValueError("bad")]))
