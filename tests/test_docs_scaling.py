"""docs/scaling.md runs as written: its console block (a scheduler, two workers, `warta reprocess
--dask`) against a real loopback cluster it starts itself; the SLURM example builds its job script; the
Kubernetes worker's command is accepted by this Dask and joins a loopback scheduler."""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "scaling.md"
sys.path.insert(0, str(REPO / "benchmarks"))

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(600)]


def blocks(kind: str) -> list[str]:
    return re.findall(rf"```{kind}\n(.*?)\n```", DOC.read_text(encoding="utf-8"), flags=re.S)


def commands(block: str) -> list[str]:
    return [line[2:] for line in block.splitlines() if line.startswith("$ ")]


def test_the_doc_has_its_blocks():
    assert len(blocks("console")) == 2 and len(blocks("python")) == 1 and len(blocks("yaml")) == 1
    assert "COST_" not in DOC.read_text(encoding="utf-8")  # every figure of the cost model filled in


def run_block(script: str, env: dict, timeout: float = 400) -> tuple[int, str]:
    """Run a console block as one bash session; what it left running in the background is stopped."""
    log = Path(env["WARTA_DATA"]) / "block.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(["bash", "-c", "set -e\n" + script], cwd=REPO, env=env, stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)
        try:
            code = proc.wait(timeout=timeout)
        finally:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            time.sleep(1)
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    return code, log.read_text(errors="replace")


@pytest.mark.slow
@pytest.mark.timeout(1500)  # two Prefect runs, two spaCy builds per worker and a crawl: minutes on a busy machine
def test_console_block_runs_as_written(tmp_path):
    from flows.corpus import write_portals_toml
    from flows.localserver import serve_corpus
    from synth import write_archive

    write_archive(60, tmp_path, chunk=60)  # 60 archived articles stored by an older extractor
    env = {**os.environ, "WARTA_DATA": str(tmp_path), "WARTA_SNAPSHOT": "off"}
    env.pop("WARTA_DB", None)
    env.pop("WARTA_DASK", None)
    block = blocks("console")[0]
    with serve_corpus(tmp_path / "site") as served:  # the portals of the block's portal table, on loopback
        write_portals_toml(served.portals, tmp_path / "portals.toml")
        code, output = run_block("\n".join(commands(block)), env, timeout=1400)
    assert code == 0, output[-4000:]
    assert "articles:          60 (from the archive 60," in output, output[-4000:]
    assert output.count("Registered to:") >= 2  # both workers joined the scheduler
    # `warta run --dask`: crawled in two crawl shards (one per worker), new articles loaded
    assert sorted(p.name for p in (tmp_path / "archive" / "_shards").iterdir()) == ["p0", "p1"]
    new = re.search(r"articles new:\s+(\d+)", output)
    assert new and int(new.group(1)) > 0, output[-4000:]


@pytest.mark.slow
@pytest.mark.timeout(1500)
def test_served_nightly_runs_on_the_cluster_as_written(tmp_path, monkeypatch):
    """The second console block: `warta serve` with WARTA_DASK exported (after the first block's
    scheduler and workers) registers the nightly with the cluster as its `dask` parameter, and a run of
    the deployment, started as a scheduled run starts (the deployment's own parameters), crawls in crawl
    shards on the workers and loads what it found. A real Prefect server (on an ephemeral port: the one
    PREFECT_API_URL names, which `warta serve` then uses) and a real loopback cluster."""
    from flows.corpus import write_portals_toml
    from flows.deploy import DEPLOYMENT, prefect_server
    from flows.localserver import serve_corpus
    from pipeline.store import Store
    from tests.flows.test_serve import finished_run, registered, wait_for
    from tests.userenv import user_environment

    cluster_start = commands(blocks("console")[0])[:2]  # `dask scheduler … &`, `dask worker … &`
    serve_block = commands(blocks("console")[1])
    assert any(c.startswith("export WARTA_DASK=") for c in serve_block), serve_block
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    with serve_corpus(tmp_path / "site", keys=["warta-wp", "warta-disway"]) as served, \
            prefect_server(tmp_path, env={"PREFECT_HOME": str(tmp_path / "prefect-home")}, ui=False) as api_url:
        write_portals_toml(served.portals, tmp_path / "portals.toml")
        env = user_environment(WARTA_DATA=str(tmp_path), PREFECT_API_URL=api_url, WARTA_SNAPSHOT="off")
        log = tmp_path / "block.log"
        with log.open("wb") as out:
            proc = subprocess.Popen(["bash", "-c", "set -e\n" + "\n".join(cluster_start + serve_block)], cwd=REPO,
                                    env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            wait_for(lambda: "serving nightly/" in log.read_text(), 600, "serving", proc, log)
            assert "on the Dask cluster at" in log.read_text()
            deployment = wait_for(lambda: registered(api_url), 60, "the deployment registered", proc, log)
            assert deployment.parameters["dask"] == str(tmp_path / "dask-scheduler.json")
            shell = user_environment(PREFECT_API_URL=api_url, PREFECT_HOME=str(tmp_path / "client-home"))
            started = subprocess.run([str(REPO / ".venv/bin/prefect"), "deployment", "run", f"nightly/{DEPLOYMENT}"],
                                     cwd=tmp_path, env=shell, capture_output=True, text=True, timeout=120)
            assert started.returncode == 0, started.stdout + started.stderr
            name = re.search(r"Created flow run '([^']+)'", started.stdout).group(1)
            run = wait_for(lambda: finished_run(api_url, name), 900, f"flow run {name} finished", proc, log)
            assert run.state.is_completed(), (run.state, log.read_text()[-5000:])
        finally:
            for sig in (signal.SIGTERM, signal.SIGKILL):
                try:
                    os.killpg(proc.pid, sig)
                except ProcessLookupError:
                    pass
                time.sleep(1)
            proc.wait()
    # the run went through the cluster: one crawl shard per worker's partition, then extract, tag, load
    assert sorted(p.name for p in (tmp_path / "archive" / "_shards").iterdir()) == ["p0", "p1"]
    with Store.open(tmp_path / "warta.duckdb", read_only=True) as store:
        assert store.counts()["articles"] > 5


def test_slurm_example_builds_the_job_script(tmp_path):
    pytest.importorskip("dask_jobqueue")
    (code,) = blocks("python")
    code = code.replace("/srv/warta/data", str(tmp_path)).replace("cluster.scale(jobs=64)", "")
    scope: dict = {}
    exec(code, scope)  # noqa: S102 - the documentation's own example
    cluster = scope["cluster"]
    try:
        script = cluster.job_script()
    finally:
        cluster.close()
    assert "/srv/warta/main/.venv/bin/python -m distributed.cli.dask_worker" in script
    assert "--nthreads 1" in script and "#SBATCH -t 12:00:00" in script
    assert (tmp_path / "dask-scheduler.json").exists()


def test_kubernetes_worker_command_joins_a_scheduler(tmp_path):
    (manifest,) = blocks("yaml")
    spec = yaml.safe_load(manifest)
    (container,) = spec["spec"]["template"]["spec"]["containers"]
    command = container["command"]
    assert command[:2] == [".venv/bin/dask", "worker"] and container["workingDir"] == "/srv/warta/main"
    scheduler_file = tmp_path / "dask-scheduler.json"
    command = [str(scheduler_file) if c == "/srv/warta/data/dask-scheduler.json" else c for c in command]
    env = {**os.environ, "WARTA_DATA": str(tmp_path)}
    script = (f".venv/bin/dask scheduler --scheduler-file {scheduler_file} --port 0 --no-dashboard &\n"
              + " ".join(command) + " --no-dashboard &\n"
              "for i in $(seq 600); do grep -q 'Registered to' " + str(tmp_path / "block.log") + " && exit 0; "
              "sleep 0.1; done; exit 1")
    code, output = run_block(script, env)
    assert code == 0, output[-3000:]
