"""Browse snapshot and server: `python benchmarks/browse.py [N] [--db FILE]`.

Builds a database of N synthetic articles (store_load.py's rows: ~2.6 KB of text and 5 fact rows
each; default 10,000), or takes --db, then measures: publishing the SQLite snapshot (time, size; with
the maps drawn, with the maps copied from the previous snapshot, and as the separate process a load
starts), `warta browse` from start to its first page, and a few pages (a region's facts, a facet, a
phrase search, the JSON API, a page with a map). Never part of the tests (tests/benchmarks smoke-runs
it on a tiny N).
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from pipeline.store import Store  # noqa: E402
from pipeline.store import snapshot as S  # noqa: E402

PAGES = {
    "region_facts": "/warta/region_facts?region=13.02",
    "facet": "/warta/compliance?_facet=zone&_facet=year",
    "search": "/warta/articles?_search=%22teks+berita%22",
    "json": "/warta/compliance.json?_shape=array&_size=100",
    "map": "/warta/compliance_history",  # with its province map (three panels) from the snapshot
}


def build_db(n: int, path: Path) -> float:
    from store_load import items

    os.environ["WARTA_SNAPSHOT"] = "off"
    started = time.perf_counter()
    with Store.open(path) as store:
        batch = items(n)
        for i in range(0, n, 1000):
            store.load(batch[i:i + 1000], "0.1.0")
    return time.perf_counter() - started


def fetch(url: str) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=120) as r:
        r.read()
    return time.perf_counter() - started


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(db: Path, echo=print) -> dict:
    S.snapshot_path(db).unlink(missing_ok=True)
    done = S.publish(db)  # from nothing: the maps drawn (the first in this process imports what they need)
    echo(f"snapshot: {done.seconds:.2f} s, {done.bytes / 1e6:.1f} MB (database {db.stat().st_size / 1e6:.1f} MB, "
         f"{done.rows.get('articles', 0)} articles)")
    out = {"snapshot_s": done.seconds, "snapshot_mb": done.bytes / 1e6, "database_mb": db.stat().st_size / 1e6}
    again = S.publish(db, force=True)  # what a load that changed no mapped fact costs: the maps are copied
    out["snapshot_maps_kept_s"] = again.seconds
    echo(f"snapshot again, the maps unchanged (copied): {again.seconds:.2f} s")
    done.path.unlink()  # as a load's builder or `warta browse` runs it: a process of its own (imports included)
    started, cpu = time.perf_counter(), _children_cpu()
    S.publish_apart(db)
    out["snapshot_process_s"], out["snapshot_process_cpu_s"] = time.perf_counter() - started, _children_cpu() - cpu
    echo(f"snapshot in a process of its own, the maps drawn: {out['snapshot_process_s']:.2f} s "
         f"({out['snapshot_process_cpu_s']:.2f} s CPU)")
    warta = Path(sys.executable).with_name("warta")
    started = time.perf_counter()
    proc = subprocess.Popen([str(warta), "browse", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, env={**os.environ, "WARTA_DB": str(db)})
    try:
        line = proc.stdout.readline()
        base = re.search(r"(http://127\.0\.0\.1:\d+)", line).group(1)
        fetch(base + "/warta")
        out["browse_first_page_s"] = time.perf_counter() - started
        echo(f"warta browse: first page {out['browse_first_page_s']:.2f} s after start")
        for name, path in PAGES.items():
            fetch(base + path)  # first: cold caches
            out[f"page_{name}_s"] = min(fetch(base + path) for _ in range(3))
            echo(f"  {name:14s} {out[f'page_{name}_s'] * 1000:7.0f} ms  {path}")
    finally:
        proc.send_signal(signal.SIGTERM)
        out["exit_status"] = proc.wait(timeout=60)
        proc.stdout.close()
    return out


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=10_000)
    parser.add_argument("--db", type=Path, help="Measure this database instead of a synthetic one.")
    args = parser.parse_args(argv)
    if args.db:
        return measure(args.db.resolve())
    with tempfile.TemporaryDirectory(prefix="warta-bench-browse-") as tmp:
        db = Path(tmp) / "warta.duckdb"
        print(f"database of {args.n} articles: {build_db(args.n, db):.1f} s to load")
        return measure(db)


if __name__ == "__main__":
    main()
