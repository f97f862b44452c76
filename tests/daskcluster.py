"""A real Dask cluster on loopback for the tests: `dask scheduler` and two `dask worker` processes (one
thread each), started once per test session with the commands docs/scaling.md shows (ephemeral ports,
a scheduler file). A test may SIGKILL a worker; `ensure_workers` brings the count back."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DASK = str(Path(sys.executable).with_name("dask"))
WORKERS = 2


class LoopbackCluster:
    def __init__(self, workdir: Path, worker_env: dict[str, str] | None = None):
        self.workdir = workdir
        self.worker_env = worker_env or {}
        self.scheduler_file = workdir / "scheduler.json"
        self.scheduler: subprocess.Popen | None = None
        self.workers: dict[str, subprocess.Popen] = {}
        self.address = ""
        self._n = 0

    def _spawn(self, args: list[str], log: str, env: dict[str, str] | None = None) -> subprocess.Popen:
        out = (self.workdir / log).open("ab")
        return subprocess.Popen([DASK, *args], cwd=REPO, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True, env={**os.environ, **(env or {})})

    def start(self, workers: int = WORKERS) -> "LoopbackCluster":
        self.scheduler = self._spawn(["scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                                      "--scheduler-file", str(self.scheduler_file)], "scheduler.log")
        deadline = time.monotonic() + 60
        while not self.scheduler_file.exists() or not self.scheduler_file.read_text().strip():
            if self.scheduler.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("dask scheduler did not start:\n" + self.log("scheduler.log"))
            time.sleep(0.1)
        time.sleep(0.1)
        self.address = json.loads(self.scheduler_file.read_text())["address"]
        self.ensure_workers(workers)
        return self

    def start_worker(self) -> str:
        self._n += 1
        name = f"w{self._n}"
        self.workers[name] = self._spawn(["worker", self.address, "--name", name, "--nthreads", "1", "--no-nanny",
                                          "--host", "127.0.0.1", "--no-dashboard", "--memory-limit", "0",
                                          "--local-directory", str(self.workdir)],
                                         f"{name}.log", self.worker_env)
        return name

    def connected(self) -> dict[str, str]:
        """Worker name → address, as the scheduler sees them."""
        from distributed import Client

        with Client(self.address, timeout=10, set_as_default=False) as client:
            return {w["name"]: addr for addr, w in client.scheduler_info(n_workers=-1)["workers"].items()}

    def ensure_workers(self, n: int = WORKERS, timeout: float = 90) -> None:
        """Start workers until `n` live ones are connected."""
        for name, proc in list(self.workers.items()):
            if proc.poll() is not None:
                del self.workers[name]
        while len(self.workers) < n:
            self.start_worker()
        deadline = time.monotonic() + timeout
        while set(self.connected()) != set(self.workers):
            if time.monotonic() > deadline:
                raise RuntimeError("dask workers did not connect:\n" + "\n".join(self.log(f"{w}.log")
                                                                                 for w in self.workers))
            time.sleep(0.2)

    def kill_worker(self, name: str) -> None:
        """SIGKILL one worker process (a machine lost, as far as the scheduler can tell)."""
        proc = self.workers.pop(name)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)

    def log(self, name: str) -> str:
        path = self.workdir / name
        return path.read_text(errors="replace")[-4000:] if path.exists() else ""

    def stop(self) -> None:
        for proc in [*self.workers.values(), self.scheduler]:
            if proc is not None and proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in [*self.workers.values(), self.scheduler]:
            if proc is None:
                continue
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@pytest.fixture(scope="session")
def dask_cluster(tmp_path_factory):
    """A loopback Dask cluster (scheduler + 2 single-threaded workers), once per session."""
    cluster = LoopbackCluster(tmp_path_factory.mktemp("dask")).start()
    try:
        yield cluster
    finally:
        cluster.stop()


#: Archived articles in the shared synthetic archive (`synthetic_data`).
SYNTHETIC_ARTICLES = 160


@pytest.fixture(scope="session")
def synthetic_data(tmp_path_factory):
    """A data directory with 160 synthetic articles in the three demo layouts, archived as a crawl
    leaves them (WARC files and index, two files per portal) and stored by an 'older extractor' (no
    facts, another version): everything in it is stale. Read only: copy the database to change it."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    from synth import write_archive

    data = tmp_path_factory.mktemp("synthetic")
    write_archive(SYNTHETIC_ARTICLES, data, chunk=SYNTHETIC_ARTICLES // 2)
    return data


def table_rows(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table but their write times (`loaded_at`), sorted, per table."""
    from pipeline.store import Store

    with Store.open(db, read_only=True) as store:
        out = {}
        for table in store.counts():
            columns, _ = store.query(f'SELECT * FROM "{table}" LIMIT 0')
            keep = ", ".join(f'"{c}"' for c in columns if c != "loaded_at")
            out[table] = sorted(store.query(f'SELECT {keep} FROM "{table}"')[1], key=repr)
        return out


#: Columns that name a row by the order it was loaded in (ids); those ending in `_at` say when it was
#: written or fetched.
_ORDER = {"id", "article_id", "person_id"}


def content_rows(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table, sorted, per table, with each fact's article named by its URL instead of
    its id, and without ids or write and fetch times: what two databases that loaded the same pages in
    another order (two crawls, two archive layouts) must both hold."""
    from pipeline.store import Store

    with Store.open(db, read_only=True) as store:
        out = {}
        for table in store.counts():
            columns, _ = store.query(f'SELECT * FROM "{table}" LIMIT 0')
            keep = ", ".join(f't."{c}"' for c in columns if c not in _ORDER and not c.endswith("_at"))
            if "article_id" in columns:
                sql = f'SELECT a.url, {keep} FROM "{table}" t JOIN articles a ON a.id = t.article_id'
            else:
                sql = f'SELECT {keep} FROM "{table}" t'
            out[table] = sorted(store.query(sql)[1], key=repr)
        return out


@pytest.fixture(scope="session")
def reprocessed_serially(synthetic_data, tmp_path_factory):
    """The synthetic data reprocessed in this process (no cluster): the rows every other way of
    reprocessing it must store."""
    import shutil

    from pipeline.reprocess import reprocess

    db = tmp_path_factory.mktemp("serial") / "warta.duckdb"
    shutil.copyfile(synthetic_data / "warta.duckdb", db)
    summary = reprocess(db, synthetic_data / "archive", shard_size=20, progress=False)
    return {"db": db, "rows": table_rows(db), "summary": summary}
