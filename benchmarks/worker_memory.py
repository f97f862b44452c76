"""What a Dask worker holds during `warta reprocess --dask`: its RSS over time and what grows.

    .venv/bin/python benchmarks/worker_memory.py /tmp/wmem/a8k [--every 20] [--tracemalloc] [--repeat 3]

On a loopback cluster (tests/daskcluster.py: a scheduler and two single-threaded workers, as
docs/scaling.md starts them) whose workers have built their taggers, a reprocess of the prepared
archive (benchmarks/reprocess_scale.py prepare, or synth.py --archive) runs in a subprocess while this
process asks one worker (`Client.run`) every `--every` seconds for: its RSS and peak (VmHWM), the
seconds of Dask's statistical profile it keeps and their nodes, spaCy's string store and vocab,
and the tasks and data it holds. With `--tracemalloc` the worker traces allocations from the start of
the run and the last line names the 15 source lines holding the most of what it allocated since.
`--repeat K` runs the reprocess K times one after the other (each on a fresh copy of the database) on
the same workers: a long-lived cluster's memory after K archives' worth of work, without a larger
archive. One JSON line per sample.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def profile_nodes(dask_worker) -> int:
    """Nodes (one dict each, with its description) in the profiles the worker keeps: counted, not
    copied, so that asking costs the worker no memory."""
    stack = [tree for _, tree in dask_worker.profile_history]
    stack += [tree for _, trees in dask_worker.profile_keys_history for tree in trees.values()]
    n = 0
    while stack:
        node = stack.pop()
        n += 1
        stack.extend(node["children"].values())
    return n


def inspect(dask_worker, top: int = 0) -> dict:
    """Runs on the worker."""
    import tracemalloc

    from pipeline.nlp import get_nlp

    status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    nlp = get_nlp()
    out = {"rss_mb": int(status["VmRSS"].split()[0]) // 1024, "hwm_mb": int(status["VmHWM"].split()[0]) // 1024,
           "profile_s": len(dask_worker.profile_history),
           "profile_nodes": profile_nodes(dask_worker),
           "strings": len(nlp.vocab.strings), "lexemes": len(nlp.vocab),
           "tasks": len(dask_worker.state.tasks), "data": len(dask_worker.data)}
    if top and tracemalloc.is_tracing():
        out["traced_mb"] = round(tracemalloc.get_traced_memory()[0] / 2**20, 1)
        stats = tracemalloc.take_snapshot().statistics("lineno")
        out["top"] = [(str(s.traceback[0]).replace(str(REPO) + "/", ""), round(s.size / 2**20, 2), s.count)
                      for s in stats[:top]]
        by_file: dict[str, float] = {}
        for s in stats:
            name = s.traceback[0].filename
            key = "distributed/profile.py" if name.endswith("distributed/profile.py") else (
                "linecache" if name.endswith("linecache.py") else "other")
            by_file[key] = by_file.get(key, 0) + s.size / 2**20
        out["traced_by"] = {k: round(v, 1) for k, v in by_file.items()}
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", type=Path, help="a prepared archive: DIR/warta.duckdb and DIR/archive")
    ap.add_argument("--every", type=float, default=20, help="seconds between samples")
    ap.add_argument("--tracemalloc", action="store_true")
    ap.add_argument("--repeat", type=int, default=1, help="reprocess the archive this many times")
    a = ap.parse_args(argv)
    from distributed import Client

    from pipeline.distributed import cluster as connect
    from tests.daskcluster import LoopbackCluster

    with tempfile.TemporaryDirectory(prefix="warta-wmem-") as tmp:
        work = Path(tmp)
        loopback = LoopbackCluster(work).start()
        try:
            with connect(loopback.address):  # the workers build their taggers
                pass
            client = Client(loopback.address, set_as_default=False)
            worker = sorted(client.scheduler_info(n_workers=-1)["workers"])[0]
            if a.tracemalloc:
                client.run(lambda: __import__("tracemalloc").start(1), workers=[worker])

            def sample(t0: float, top: int = 0) -> None:
                row = client.run(inspect, top=top, workers=[worker])[worker]
                print(json.dumps({"t": round(time.monotonic() - t0), **row}), flush=True)

            t0 = time.monotonic()
            sample(t0)
            for run in range(a.repeat):
                db = work / f"warta-{run}.duckdb"
                shutil.copyfile(a.data / "warta.duckdb", db)
                proc = subprocess.Popen([sys.executable, str(REPO / "benchmarks/reprocess_scale.py"), "run",
                                         str(db), str(a.data / "archive"), "--dask", loopback.address],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                        env={**os.environ, "WARTA_SNAPSHOT": "off"})
                while proc.poll() is None:
                    time.sleep(a.every)
                    sample(t0)
                if proc.returncode:
                    raise SystemExit(proc.stderr.read()[-3000:])
                db.unlink()
                print(json.dumps({"t": round(time.monotonic() - t0), "run_done": run + 1}), flush=True)
            sample(t0, top=15)
            client.close()
        finally:
            loopback.stop()


if __name__ == "__main__":
    main()
