"""`warta reprocess` at scale: serial against a Dask cluster, and memory at 10k against 100k articles.

    .venv/bin/python benchmarks/reprocess_scale.py prepare 10000 /tmp/wb/a10k      # synthetic archive + db
    .venv/bin/python benchmarks/reprocess_scale.py measure /tmp/wb/a10k [--dask 2] [--json OUT] [--keep DIR] [--samples F]

`prepare` writes N synthetic articles as a crawl and an older extractor left them (benchmarks/synth.py
`write_archive`: WARC files, their index, and a database whose articles carry another extractor version),
so a reprocess redoes every article. `measure` copies the database (the archive is shared, read only)
and reprocesses it in a fresh process (pipeline.reprocess.reprocess, the library call behind
`warta reprocess`): in that process alone, or with `--dask W` on a loopback cluster started for the run
(`dask scheduler` + W `dask worker --nthreads 1` processes, as docs/scaling.md starts them). It prints one
JSON line: wall seconds, the reprocess's own CPU seconds and peak RSS (VmHWM), its summary (with the
CPU seconds spent tagging shards, wherever they ran, and writing), and for a cluster each worker's
and the scheduler's peak RSS and CPU seconds, in all and during the run (`run_cpu_s`: the workers
build their taggers before the run starts). `--keep DIR` keeps the reprocessed database there (for
benchmarks/compare_facts.py); `--samples FILE` writes the reprocess's RSS every second (JSON lines).
`WRITER_PROBE=FILE` in the environment probes the writer's steps from inside (benchmarks/writer_probe.py).
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))


def _status(pid: str | int = "self") -> dict[str, float]:
    """Peak RSS (MB, VmHWM) and CPU seconds (user + system) of a live process."""
    status = Path(f"/proc/{pid}/status").read_text()
    hwm = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")) / 1024
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    import os

    ticks = os.sysconf("SC_CLK_TCK")
    return {"rss_mb": round(hwm, 1), "cpu_s": round((int(fields[11]) + int(fields[12])) / ticks, 2)}


def run(db: Path, archive: Path, dask: str | None, checkpoint: float) -> dict:
    """The reprocess itself (in the measured process). `WRITER_PROBE=FILE` in the environment: the
    writer's steps and memory sampled into FILE (benchmarks/writer_probe.py)."""
    import os

    if os.environ.get("WRITER_PROBE"):
        from writer_probe import install

        install(os.environ["WRITER_PROBE"])
    from pipeline.reprocess import reprocess

    t = time.perf_counter()
    if dask:
        from pipeline.distributed import cluster

        with cluster(dask) as client:
            summary = reprocess(db, archive, client=client, checkpoint_seconds=checkpoint, progress=False)
    else:
        summary = reprocess(db, archive, checkpoint_seconds=checkpoint, progress=False)
    return {"wall_s": round(time.perf_counter() - t, 2), **_status(), "summary": summary.as_dict()}


def _sample(proc: subprocess.Popen, path: Path, start: float, every: float = 1.0) -> None:
    """One JSON line a second into `path` while the reprocess runs: its RSS and peak RSS (MB), the load."""
    import os

    with open(path, "w", buffering=1) as fh:
        while proc.poll() is None:
            try:
                status = Path(f"/proc/{proc.pid}/status").read_text()
            except OSError:
                return
            mb = {line.split(":")[0]: round(int(line.split()[1]) / 1024, 1) for line in status.splitlines()
                  if line.startswith(("VmRSS", "VmHWM"))}
            fh.write(json.dumps({"t": round(time.perf_counter() - start, 1), "clock": time.strftime("%H:%M:%S"),
                                 "rss_mb": mb.get("VmRSS"), "hwm_mb": mb.get("VmHWM"),
                                 "load": os.getloadavg()[0]}) + "\n")
            time.sleep(every)


def measure(data: Path, workers: int, checkpoint: float, keep: Path | None = None,
            samples: Path | None = None) -> dict:
    from tests.daskcluster import LoopbackCluster

    with tempfile.TemporaryDirectory(prefix="warta-reprocess-") as tmp:
        work = Path(tmp)
        shutil.copyfile(data / "warta.duckdb", work / "warta.duckdb")
        cluster = LoopbackCluster(work).start() if workers else None
        try:
            before = {}
            if cluster is not None:
                cluster.ensure_workers(workers)
                from pipeline.distributed import cluster as connect

                with connect(cluster.address):  # the workers build their taggers now: start-up, not work
                    pass
                before = {name: _status(p.pid) for name, p in cluster.workers.items()}
                before["scheduler"] = _status(cluster.scheduler.pid)
            cmd = [sys.executable, __file__, "run", str(work / "warta.duckdb"), str(data / "archive"),
                   "--checkpoint", str(checkpoint)] + (["--dask", cluster.address] if cluster else [])
            t = time.perf_counter()
            proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                    env={**__import__("os").environ, "WARTA_SNAPSHOT": "off"})
            if samples is not None:
                threading.Thread(target=_sample, args=(proc, samples, t), daemon=True).start()
            stdout, stderr = proc.communicate()
            wall = time.perf_counter() - t
            if proc.returncode != 0:
                raise RuntimeError(stderr[-3000:])
            out = json.loads(stdout.strip().splitlines()[-1])
            out["process_wall_s"] = round(wall, 2)
            if keep is not None:
                keep.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(work / "warta.duckdb", keep / "warta.duckdb")
            if cluster is not None:
                out["workers"] = {name: _status(p.pid) for name, p in cluster.workers.items()}
                out["scheduler"] = _status(cluster.scheduler.pid)
                for name, after in [*out["workers"].items(), ("scheduler", out["scheduler"])]:
                    after["run_cpu_s"] = round(after["cpu_s"] - before[name]["cpu_s"], 2)  # the run's own
        finally:
            if cluster is not None:
                cluster.stop()
    out["n"] = out["summary"]["articles"]
    out["dask_workers"] = workers
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("n", type=int)
    p.add_argument("data", type=Path)
    p.add_argument("--shards", type=int, default=0, help="spread the files over this many crawl shards")
    m = sub.add_parser("measure")
    m.add_argument("data", type=Path)
    m.add_argument("--dask", type=int, default=0, metavar="W", help="workers of a loopback cluster (0: serial)")
    m.add_argument("--checkpoint", type=float, default=900)
    m.add_argument("--json", type=Path)
    m.add_argument("--keep", type=Path, metavar="DIR", help="keep the reprocessed database in DIR")
    m.add_argument("--samples", type=Path, metavar="FILE",
                   help="the reprocess's RSS every second, one JSON line each, into FILE")
    r = sub.add_parser("run")
    r.add_argument("db", type=Path)
    r.add_argument("archive", type=Path)
    r.add_argument("--dask")
    r.add_argument("--checkpoint", type=float, default=900)
    a = ap.parse_args(argv)
    if a.cmd == "prepare":
        from synth import write_archive

        t = time.perf_counter()
        print(json.dumps({**write_archive(a.n, a.data, shards=a.shards), "seconds": round(time.perf_counter() - t, 1)}))
    elif a.cmd == "run":
        print(json.dumps(run(a.db, a.archive, a.dask, a.checkpoint), default=str))
    else:
        out = measure(a.data, a.dask, a.checkpoint, a.keep, a.samples)
        print(json.dumps(out, default=str))
        if a.json:
            a.json.write_text(json.dumps(out, indent=1, default=str))


if __name__ == "__main__":
    main()
