"""All of Warta's benchmarks, as `make bench` runs them; the figures of BENCHMARKS.md come from here.

    .venv/bin/python benchmarks/run_all.py [--sizes 1000 10000] [--pages 300] [--store-rows 20000]
                                           [--json results.json]

1. peers.py: trafilatura alone, newspaper4k, readability-lxml, goose3 and Warta on the same pages,
   with the per-component tagger profile;
2. stages.py at each size: crawl → extract → tag → load in their own processes, twice (the second
   night finds nothing new); peak RSS per stage; then RSS at the largest size against the smallest;
3. store_load.py (the store engineer's script): bulk load rows/s;
4. refusals.py: how fast `warta run` refuses bad input (target: under 2 s).

The 10,000-article run takes several minutes (more on a loaded machine): it is never part of the tests.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

MEMORY_TARGET = 1.2  # peak RSS at the largest size / at the smallest, per stage


def memory_growth(by_size: dict[int, list[dict]], echo=print) -> dict[str, float]:
    """Per stage (first run): peak RSS at the largest size divided by that at the smallest."""
    small, large = min(by_size), max(by_size)
    if small == large:
        return {}
    rss = {n: {r["stage"]: r["rss_mb"] for r in rs if r["run"] == 1} for n, rs in by_size.items()}
    out = {}
    for stage, mb in rss[large].items():
        if stage in rss[small]:
            out[stage] = mb / rss[small][stage]
            echo(f"peak RSS {stage:8} {rss[small][stage]:6.0f} MB at {small}, {mb:6.0f} MB at {large}: "
                 f"{out[stage]:.2f}× (target ≤ {MEMORY_TARGET}×: {'met' if out[stage] <= MEMORY_TARGET else 'MISSED'})")
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--pages", type=int, default=300, help="pages for the side-by-side comparison")
    ap.add_argument("--store-rows", type=int, default=20000, help="articles for store_load.py (0: skip)")
    ap.add_argument("--no-profile", action="store_true")
    ap.add_argument("--json", type=Path)
    a = ap.parse_args(argv)

    import platform

    import peers
    import stages

    print(f"# Warta benchmarks, {time.strftime('%Y-%m-%d %H:%M')}, Python {platform.python_version()}, "
          f"{__import__('os').cpu_count()} cores", flush=True)
    print("\n## Side by side on the same pages", flush=True)
    pages = peers.load_pages(a.pages)
    import logging
    import warnings

    logging.disable(logging.WARNING)
    warnings.filterwarnings("ignore")
    side = peers.compare(pages)
    if not a.no_profile:
        peers.profile(pages)
    by_size: dict[int, list[dict]] = {}
    for n in a.sizes:
        print(f"\n## Stages at {n} articles (two runs)", flush=True)
        with tempfile.TemporaryDirectory(prefix=f"warta-bench-{n}-") as tmp:
            by_size[n] = stages.measure(n, Path(tmp))
        stages.summarise(by_size[n])
    if len(by_size) > 1:
        print("\n## Memory: largest size against smallest", flush=True)
        memory_growth(by_size)
    if a.store_rows:
        print(f"\n## Store bulk load ({a.store_rows} articles, benchmarks/store_load.py)", flush=True)
        subprocess.run([sys.executable, str(HERE / "store_load.py"), str(a.store_rows)], check=True)
    print("\n## Bad input refused (benchmarks/refusals.py)", flush=True)
    import refusals

    refused = refusals.measure()
    if a.json:
        a.json.write_text(json.dumps({"peers": side, "stages": {str(n): r for n, r in by_size.items()},
                                      "refusals": refused}, indent=1, default=str))


if __name__ == "__main__":
    main()
