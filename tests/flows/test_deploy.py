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

pytestmark = [pytest.mark.slow, pytest.mark.timeout(240)]

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


def test_warta_serve_schedule_creates_runs(tmp_path, monkeypatch):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    server_env = {"PREFECT_HOME": str(tmp_path / "server-home"),
                  "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "1",
                  "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    with prefect_server(tmp_path, env=server_env) as api_url:
        env = {**os.environ, "PREFECT_API_URL": api_url, "WARTA_DATA": str(tmp_path / "data"),
               "PREFECT_HOME": str(tmp_path / "client-home")}
        log = open(tmp_path / "serve.log", "wb")
        serve = subprocess.Popen([str(WARTA), "serve"], env=env, stdout=log, stderr=subprocess.STDOUT,
                                 start_new_session=True)
        try:
            deployment, runs = None, []
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline and not runs:
                assert serve.poll() is None, (tmp_path / "serve.log").read_text()
                time.sleep(1)
                deployment, runs = asyncio.run(scheduled_runs(api_url))
            assert runs, f"no scheduled run within 90 s; serve log:\n{(tmp_path / 'serve.log').read_text()}"
        finally:
            stop_process_group(serve, grace=20)
            log.close()
    assert deployment.parameters == {"data_dir": str(tmp_path / "data")}
    (sched,) = deployment.schedules
    assert (sched.schedule.cron, sched.schedule.timezone) == (CRON, TIMEZONE) and sched.active is not False
    # every run at 02:00 in Jakarta, i.e. 19:00 UTC the day before; the first is the next one from now
    now = datetime.now(timezone.utc)
    starts = [r.expected_start_time for r in runs]
    jakarta = [s.astimezone(ZoneInfo("Asia/Jakarta")) for s in starts]
    assert all((j.hour, j.minute) == (2, 0) for j in jakarta), jakarta
    assert all((s.astimezone(timezone.utc).hour, s.minute) == (19, 0) for s in starts), starts
    assert now < starts[0] <= now + timedelta(days=1)
    assert all(b - a == timedelta(days=1) for a, b in zip(starts, starts[1:]))
    assert "serving warta-nightly (0 2 * * *, Asia/Jakarta)" in (tmp_path / "serve.log").read_text()
