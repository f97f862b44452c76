"""Where the load stage's memory goes: peak RSS (VmHWM) while loading a tagged stream, per batch and
after the writer publishes.

    .venv/bin/python benchmarks/stages.py 10000 --runs 1 --workdir /tmp/b10k   # makes data/items.pkl
    .venv/bin/python benchmarks/load_memory.py /tmp/b10k/data/items.pkl [--limit N] [--no-persons]

`--no-persons` replaces the per-batch person re-clustering with nothing, to measure its share.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from stages import _read_stream  # noqa: E402


def peak_mb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) // 1024
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("items", type=Path)
    ap.add_argument("--limit", type=int, default=10**9)
    ap.add_argument("--batch", type=int, default=1000)
    ap.add_argument("--no-persons", action="store_true")
    a = ap.parse_args()
    import pipeline.store.load as L
    from pipeline.store import Store

    if a.no_persons:
        L.resolve_persons = lambda *args: None
    db = Path(tempfile.mkdtemp()) / "warta.duckdb"
    t = time.perf_counter()
    n = 0
    with Store.open(db) as store:
        batch = []
        for item in _read_stream(a.items):
            batch.append(item)
            if len(batch) == a.batch:
                store.load(batch, "bench")
                n += len(batch)
                batch = []
                print(f"{n:6d} articles loaded: peak {peak_mb()} MB, {time.perf_counter() - t:.1f} s", flush=True)
                if n >= a.limit:
                    break
        if batch and n < a.limit:
            store.load(batch, "bench")
            n += len(batch)
        before_publish = peak_mb()
    print(f"{n:6d} articles: peak {before_publish} MB before publishing, {peak_mb()} MB after, "
          f"{time.perf_counter() - t:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
