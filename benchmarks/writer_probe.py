"""A probe inside the reprocess's writer process: what the writer is doing when its memory peaks.

Installed by `benchmarks/reprocess_scale.py run` when `WRITER_PROBE=FILE` is in the environment
(`measure` passes its environment on). It wraps the writer's steps by monkeypatching (nothing of it is
in the product) and writes JSON lines to FILE:

* `{"k": "s", ...}` every `WRITER_PROBE_EVERY` seconds (default 0.5) from a thread: RSS (MB), glibc's heap
  (mallinfo2: in use, free in its arenas, mmapped), Python's allocated blocks (`sys.getallocatedblocks`),
  threads, and the stack of writer steps running at that moment;
* `{"k": "e", ...}` at the end of each step: its name, seconds, RSS before and after, and the highest RSS
  the sampler saw during it; after the steps that hold the writer's connection, DuckDB's own accounting
  by tag (`duckdb_memory()`).
* `{"k": "gc", ...}` for each collection of Python's generation 2 (seconds, objects collected).

The steps: `open` (copy, connect, migrate, search index), `recycle` (checkpoint and re-open every
RECYCLE_ARTICLES), `close` (the publish's checkpoint and rename), `pending` (the "still to do?" lookups),
`apply` (a shard's load), `load`/`replace` with `resolve` (person resolution) and `index` (search index)
inside, `wait` (the writer waiting for the cluster's next result), `trim` (malloc_trim). The probe costs
a little CPU; a probed run's peak is not the product's figure.
"""
from __future__ import annotations

import ctypes
import functools
import gc
import json
import os
import sys
import threading
import time
from pathlib import Path


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]


_libc = ctypes.CDLL("libc.so.6")
_libc.mallinfo2.restype = _MallInfo2


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return round(int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)


def heap() -> dict[str, int]:
    m = _libc.mallinfo2()
    return {"in_use": m.uordblks >> 20, "free": m.fordblks >> 20, "mmapped": m.hblkhd >> 20}


class Probe:
    def __init__(self, path: str, every: float):
        self.fh = open(path, "a", buffering=1)
        self.lock = threading.Lock()
        self.stack: list[str] = []
        self.peak = 0.0  # highest RSS seen since the innermost step began (per step: saved on the stack)
        self.peaks: list[float] = []
        self.t0 = time.monotonic()
        self.every = every
        self.con = None
        threading.Thread(target=self._sample, daemon=True, name="writer-probe").start()
        gc.callbacks.append(self._gc)
        self._gc_start = 0.0

    def write(self, row: dict) -> None:
        row["t"] = round(time.monotonic() - self.t0, 2)
        row["clock"] = time.strftime("%H:%M:%S")
        with self.lock:
            self.fh.write(json.dumps(row) + "\n")

    def _sample(self) -> None:
        while True:
            rss = rss_mb()
            with self.lock:
                self.peaks = [max(p, rss) for p in self.peaks]
                stack = "/".join(self.stack)
            self.write({"k": "s", "rss": rss, "heap": heap(), "py_blocks": sys.getallocatedblocks(),
                        "threads": threading.active_count(), "in": stack})
            time.sleep(self.every)

    def _gc(self, phase: str, info: dict) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self._gc_start = time.perf_counter()
        else:
            self.write({"k": "gc", "s": round(time.perf_counter() - self._gc_start, 3),
                        "collected": info.get("collected"), "in": "/".join(self.stack)})

    def duckdb(self) -> dict | None:
        con = self.con
        if con is None:
            return None
        try:
            rows = con.execute("SELECT tag, memory_usage_bytes FROM duckdb_memory() WHERE memory_usage_bytes > 0 "
                               "ORDER BY 2 DESC").fetchall()
        except Exception:  # noqa: BLE001 - a closed connection
            return None
        return {tag: round(b / 2**20, 1) for tag, b in rows}

    def step(self, name: str, fn, *, db: bool = False):
        @functools.wraps(fn)
        def wrapped(*args, **kwargs):
            before = rss_mb()
            with self.lock:
                self.stack.append(name)
                self.peaks.append(before)
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                after = rss_mb()
                with self.lock:
                    self.stack.pop()
                    peak = max(self.peaks.pop(), after)
                row = {"k": "e", "step": name, "s": round(time.perf_counter() - t, 3), "rss0": before, "rss1": after,
                       "peak": peak, "heap": heap(), "in": "/".join(self.stack)}
                if db:
                    row["duckdb"] = self.duckdb()
                self.write(row)
        return wrapped


def install(path: str) -> Probe:
    """Wrap the writer's steps (see the module doc)."""
    import pipeline.distributed as dist
    import pipeline.reprocess as R
    import pipeline.shards as SH
    import pipeline.store.database as D
    import pipeline.store.load as L
    import pipeline.store.search as S

    probe = Probe(path, float(os.environ.get("WRITER_PROBE_EVERY", "0.5")))

    open_writer = D.Store._open_writer.__func__

    def _open_writer(cls, p):
        store = probe.step("open", open_writer)(cls, p)
        probe.con = store.con
        return store
    D.Store._open_writer = classmethod(_open_writer)

    wrote = D.Store._wrote

    def _wrote(self, articles):
        recycles = self._written + articles >= D.RECYCLE_ARTICLES and self._building is not None
        if not recycles:
            return wrote(self, articles)
        probe.write({"k": "pre-recycle", "duckdb": probe.duckdb(), "rss": rss_mb(), "heap": heap()})
        con = self.con
        real = con

        class Split:  # the recycle's steps apart: CHECKPOINT, close; the re-open is D._connect_writer ("attach") below
            def execute(self, sql, *a):  # the checkpoint's memory limit SET around it: "set"
                return probe.step("checkpoint" if sql == "CHECKPOINT" else "set", real.execute)(sql, *a)

            def close(self):
                return probe.step("disconnect", real.close)()
        self.con = Split()
        try:
            out = probe.step("recycle", wrote, db=False)(self, articles)
        finally:
            if isinstance(self.con, Split):
                self.con = real
        probe.con = self.con
        return out
    D.Store._wrote = _wrote

    close = D.Store.close

    def _close(self, publish=True):
        if self.con is not None and self._building is not None:
            probe.write({"k": "pre-close", "duckdb": probe.duckdb(), "rss": rss_mb(), "heap": heap()})
        probe.con = None
        return probe.step("close", close)(self, publish)
    D.Store.close = _close

    connect_step = probe.step("connect", D.duckdb.connect)

    class _DuckDB:  # pipeline.store.database's duckdb, with connect() as a step
        def __getattr__(self, name):
            return getattr(D.__dict__["_real_duckdb"], name)

        connect = staticmethod(connect_step)
    D._real_duckdb = D.duckdb
    D.duckdb = _DuckDB()
    if hasattr(D, "_connect_writer"):  # the writer's connect + ATTACH of its working copy (f9ae5f0 on)
        D._connect_writer = probe.step("attach", D._connect_writer)
    R._Writer.pending = probe.step("pending", R._Writer.pending)
    R._Writer.apply = probe.step("apply", R._Writer.apply, db=True)
    D.Store.load = probe.step("load", D.Store.load)
    D.Store.replace_facts = probe.step("replace", D.Store.replace_facts)
    L.resolve_persons = probe.step("resolve", L.resolve_persons)
    L.read_stored = probe.step("read_stored", L.read_stored)
    L.apply = probe.step("write", L.apply)
    L.delete_facts = probe.step("delete_facts", L.delete_facts)
    L._officials_of = probe.step("officials_of", L._officials_of)
    L._insert = probe.step("insert", L._insert)
    S.index_articles = probe.step("index", S.index_articles)
    L.S.index_articles = S.index_articles
    R.release_memory = probe.step("trim", SH.release_memory)

    map_ordered = dist.map_ordered

    def _map_ordered(*args, **kwargs):
        it = map_ordered(*args, **kwargs)
        nxt = probe.step("wait", lambda: next(it))
        try:
            while True:
                try:
                    yield nxt()
                except StopIteration:
                    return
        finally:
            it.close()
    dist.map_ordered = _map_ordered
    probe.write({"k": "start", "pid": os.getpid(), "argv": sys.argv, "env": {
        k: v for k, v in os.environ.items() if k.startswith(("WARTA_", "MALLOC_", "WRITER_PROBE"))},
        "file": str(Path(path).resolve())})
    return probe
