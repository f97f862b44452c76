"""The single writer alone, at a given database size: replay tagged shards into a copy of a database.

    .venv/bin/python benchmarks/writer_replay.py DATA N K [SETTING=VALUE ...]

DATA is a data directory of `benchmarks/synth.py N --archive` (an archive and a database of stale
articles). The first call tags the first N shards of its archive in this process and keeps them in a
pickle (`/tmp/warta-replay-<DATA name>-<N>.pkl`), then exits, so that no tagger lives in the measured
process. The next calls copy the database and load those shards through the reprocess's own writer
(pipeline.reprocess._Writer: `apply`, then `release_memory`), publishing (close and re-open, as
`checkpoint_seconds` does) after every K shards, and print the peak RSS (VmHWM) at each publish and at
the end, and the writer's CPU seconds. Since the synthetic database holds every article from the
start, the writer works at the database's full size from its first shard: a minute shows what a
reprocess of the whole archive shows at its end.

SETTING=VALUE pairs override the writer's DuckDB settings (pipeline/store/database.py WRITER_CONFIG:
`memory_limit=128MB`, `threads=1`); `RECYCLE=N` in the environment overrides RECYCLE_ARTICLES, and
`CHECKPOINT_ONLY=1` makes the writer checkpoint without re-opening after each RECYCLE_ARTICLES.

`PROBE=FILE` in the environment appends one JSON line per shard to FILE: RSS, glibc's heap
(mallinfo2: bytes in use, free in its arenas, mmapped), DuckDB's own accounting by tag
(`duckdb_memory()`) and the Python heap as tracemalloc counts it (`PROBE_TRACE=1`: tracemalloc on,
with the top allocation sites grown since the first shard at each publish). The probes cost time;
the peaks of a probed run are not the product's.
"""
from __future__ import annotations

import ctypes
import json
import os
import pickle
import shutil
import sys
import tempfile
import time
import tracemalloc
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["WARTA_SNAPSHOT"] = "off"


def status() -> dict[str, int]:
    text = Path("/proc/self/status").read_text()
    return {line.split(":")[0]: int(line.split()[1]) // 1024 for line in text.splitlines()
            if line.startswith(("VmRSS", "VmHWM"))}


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]


def heap() -> dict[str, int]:
    """glibc's heap in MB: `in_use` (malloc'd, not freed), `free` (held in its arenas), `mmapped`."""
    libc = ctypes.CDLL("libc.so.6")
    libc.mallinfo2.restype = _MallInfo2
    m = libc.mallinfo2()
    return {"in_use": m.uordblks >> 20, "free": m.fordblks >> 20, "mmapped": m.hblkhd >> 20}


class Probe:
    """One JSON line per shard into `path` (see the module doc)."""

    def __init__(self, path: str, trace: bool):
        self.fh = open(path, "a")
        self.trace = trace
        self.first = None
        if trace:
            tracemalloc.start(8)

    def sample(self, i: int, con, publish: bool) -> None:
        row = {"shard": i, "publish": publish, **{k.lower(): v for k, v in status().items()}, "heap": heap()}
        if con is not None:
            row["duckdb"] = {tag: round(used / 2**20, 1) for tag, used, _ in con.execute(
                "SELECT tag, memory_usage_bytes, temporary_storage_bytes FROM duckdb_memory() "
                "WHERE memory_usage_bytes > 0 ORDER BY 2 DESC").fetchall()}
            row["duckdb_total"] = round(sum(row["duckdb"].values()), 1)
        if self.trace:
            row["py_traced"] = tracemalloc.get_traced_memory()[0] >> 20
            if self.first is None:
                self.first = tracemalloc.take_snapshot()
            elif publish:
                diff = tracemalloc.take_snapshot().compare_to(self.first, "lineno")
                row["py_grown"] = [f"{d.size_diff >> 10} KB {d.count_diff:+d}: {d.traceback[0]}" for d in diff[:8]]
        self.fh.write(json.dumps(row) + "\n")
        self.fh.flush()


def main(argv=None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    data, n, k = Path(argv[0]), int(argv[1]), int(argv[2])
    cache = Path(tempfile.gettempdir()) / f"warta-replay-{data.name}-{n}.pkl"
    if not cache.exists():
        from pipeline.archive import plan_shards
        from pipeline.shards import tag_shards
        from pipeline.store import Store

        with Store.open(data / "warta.duckdb", read_only=True) as store:
            home = store.home_provinces()
        results = list(tag_shards(islice(plan_shards(data / "archive"), n), home_provinces=home))
        with open(cache, "wb") as fh:
            pickle.dump(results, fh)
        print(f"tagged {n} shards into {cache}: run again to measure")
        return
    import pipeline.store.database as D
    from pipeline.reprocess import ReprocessSummary, _Writer, current_version
    from pipeline.shards import release_memory

    for setting in argv[3:]:
        key, value = setting.split("=", 1)
        D.WRITER_CONFIG[key] = value
    if os.environ.get("RECYCLE"):
        D.RECYCLE_ARTICLES = int(os.environ["RECYCLE"])
    if os.environ.get("CHECKPOINT_ONLY"):
        def checkpoint_only(self, articles: int) -> None:
            self._written += articles
            if self._building is not None and self._written >= D.RECYCLE_ARTICLES:
                self.con.execute("CHECKPOINT")
                self._written = 0
        D.Store._wrote = checkpoint_only
    with open(cache, "rb") as fh:
        results = pickle.load(fh)
    work = Path(tempfile.mkdtemp(prefix="warta-replay-"))
    try:
        shutil.copyfile(data / "warta.duckdb", work / "warta.duckdb")
        version = current_version()
        summary = ReprocessSummary()
        writer = _Writer(work / "warta.duckdb", version, "extractor_version IS DISTINCT FROM ?", [version],
                         float("inf"), summary)
        start = status()
        cpu, wall = time.process_time(), time.perf_counter()
        writer.open()
        probe = Probe(os.environ["PROBE"], bool(os.environ.get("PROBE_TRACE"))) if os.environ.get("PROBE") else None
        publishes = []
        for i, result in enumerate(results, 1):
            writer.apply(result.items)
            release_memory()
            if probe is not None:
                probe.sample(i, writer.store.con if writer.store else None, i % k == 0)
            if i % k == 0:
                writer.close()
                writer.open()
                publishes.append(status()["VmHWM"])
        writer.close()
        print(json.dumps({"settings": D.WRITER_CONFIG, "recycle_articles": D.RECYCLE_ARTICLES,
                          "rss_mb_before": start["VmRSS"], "peak_rss_mb_at_publishes": publishes,
                          "peak_rss_mb": status()["VmHWM"], "cpu_s": round(time.process_time() - cpu, 2),
                          "wall_s": round(time.perf_counter() - wall, 2), "publishes": summary.publishes,
                          "load": os.getloadavg()[0]}))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
