"""The cost model of docs/scaling.md, computed from measured CPU-seconds (no figure typed by hand).

    .venv/bin/python benchmarks/cost_model.py [--stages S.json --serial A.json --cluster B.json --large C.json]

Inputs are the JSON files the benchmarks write (default: the runs kept in benchmarks/scaling/, see
BENCHMARKS.md "Scaling out on Dask"; docs/scaling.md shows this script's output for them, and
tests/benchmarks/test_cost_model.py fails when the two differ):

* `--stages`: `benchmarks/stages.py N --runs 1 --json S.json` (a first night): the crawl's CPU per page
  fetched and per article, and the nightly load's CPU per article (`Store.load` of new articles);
* `--serial`: `benchmarks/reprocess_scale.py measure DATA --json A.json`: extract + tag CPU per
  article (`tag_cpu_s`: reading the WARC record, decoding, extracting, tagging) and the backfill
  writer's CPU per article (the rest of the process's CPU);
* `--cluster`: the same with `--dask 2`: what going through the cluster costs per article (workers,
  scheduler and writer together, against the serial run);
* `--large` (optional): a larger run (40k or 100k) whose writer CPU per article is used for the
  backfill, since the writer's cost per article grows with the database.

The model, for C cores (C - 1 single-threaded Dask workers and one core for the writer and scheduler;
one core: no cluster, everything in one process):

    nightly(C)  = crawl / C  +  max(extract_tag / (C - 1),  write)       (C = 1: crawl + extract_tag + write)
    backfill(C) = max(extract_tag / (C - 1),  write)                     (C = 1: extract_tag + write)

where extract_tag is the workers' CPU through the cluster (overhead included) and write the single
writer's CPU per article in the largest run given (its cost per article grows with the database, so
the nightly, which loads into a database of many nights, is costed with it too, not with the
stages' load into an empty one). The crawl is counted as CPU only: on real portals politeness (AutoThrottle, two
requests per domain) bounds each portal's crawl in wall time whatever the cores (docs/scaling.md).
Prints the per-article figures and both tables as Markdown.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

RUNS = Path(__file__).resolve().parent / "scaling"
NIGHTLY_PORTALS, NIGHTLY_ARTICLES_PER_PORTAL = 500, 200
BACKFILL_ARTICLES = 5_000_000
CORES = (1, 8, 64)


def per_article(stages: list[dict], serial: dict, cluster: dict, large: dict | None = None) -> dict[str, float]:
    """CPU seconds per article (crawl: per article archived, its pages included)."""
    first = [r for r in stages if r.get("run", 1) == 1]
    by = {r["stage"]: r for r in first}
    articles = by["extract"]["items"]
    n = serial["n"]
    serial_cpu = serial["cpu_s"]
    serial_tag = serial["summary"]["tag_cpu_s"]
    workers = sum(w["run_cpu_s"] for w in cluster["workers"].values())
    scheduler = cluster["scheduler"]["run_cpu_s"]
    writer = cluster["cpu_s"]
    big = large or cluster
    big_writer = big["cpu_s"] if big.get("dask_workers") else big["cpu_s"] - big["summary"]["tag_cpu_s"]
    return {
        "crawl": by["crawl"]["cpu_s"] / articles,
        "crawl_per_page": by["crawl"]["cpu_s"] / by["crawl"]["items"],
        "load": (by["load"].get("work_cpu_s") or by["load"]["cpu_s"]) / articles,
        "extract_tag": serial_tag / n,
        "write": (serial_cpu - serial_tag) / n,
        "write_large": big_writer / big["n"],
        "large_n": big["n"],
        "workers": workers / cluster["n"],
        "scheduler": scheduler / cluster["n"],
        "cluster_writer": writer / cluster["n"],
        "overhead": (workers + scheduler + writer - serial_cpu) / n,
    }


def hours(seconds: float) -> str:
    return f"{seconds / 3600:.1f} h" if seconds >= 3600 else f"{seconds / 60:.0f} min"


def nightly(p: dict, cores: int, n: int) -> float:
    write = max(p["write_large"], p["cluster_writer"])
    if cores == 1:
        return n * (p["crawl"] + p["extract_tag"] + write)
    return n * p["crawl"] / cores + max(n * p["workers"] / (cores - 1), n * write)


def backfill(p: dict, cores: int, n: int) -> float:
    write = max(p["write_large"], p["cluster_writer"])
    if cores == 1:
        return n * (p["extract_tag"] + write)
    return max(n * p["workers"] / (cores - 1), n * write)


def render(p: dict) -> str:
    ms = {k: v * 1000 for k, v in p.items() if k != "large_n"}
    n_night = NIGHTLY_PORTALS * NIGHTLY_ARTICLES_PER_PORTAL
    lines = [
        "| stage | CPU ms per article | where it runs |",
        "|---|---:|---|",
        f"| crawl (Scrapy; {ms['crawl_per_page']:.1f} ms per page fetched) | {ms['crawl']:.1f} | crawl partitions, on every core |",
        f"| extract + tag (read the WARC record, decode, extract, tag) | {ms['extract_tag']:.1f} | Dask workers |",
        f"| the same through the cluster (worker side) | {ms['workers']:.1f} | Dask workers |",
        f"| nightly load (new articles into an empty database: `Store.load`) | {ms['load']:.1f} | the single writer |",
        f"| write (replace facts or reload), serial, {ms['write']:.1f} ms at 10,000 articles; at {p['large_n']:,} | {ms['write_large']:.1f} | the single writer |",
        f"| writer's side through the cluster (receiving results, loading) | {ms['cluster_writer']:.1f} | the single writer |",
        f"| scheduler | {ms['scheduler']:.2f} | the scheduler |",
        f"| **overhead of the cluster** (all processes, against one process) | **{ms['overhead']:.1f}** | – |",
        "",
        f"| cores | nightly: {NIGHTLY_PORTALS} portals × {NIGHTLY_ARTICLES_PER_PORTAL} new articles (CPU-bound) "
        f"| backfill: {BACKFILL_ARTICLES:,} articles |",
        "|---:|---:|---:|",
    ]
    for c in CORES:
        lines.append(f"| {c} | {hours(nightly(p, c, n_night))} | {hours(backfill(p, c, BACKFILL_ARTICLES))} |")
    return "\n".join(lines)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stages", type=Path, default=RUNS / "stages2000.json")
    ap.add_argument("--serial", type=Path, default=RUNS / "a10k-d0-writer.json")
    ap.add_argument("--cluster", type=Path, default=RUNS / "a10k-d2-writer.json")
    ap.add_argument("--large", type=Path, default=RUNS / "a100k-d2-writer.json")
    a = ap.parse_args(argv)
    print(model(a.stages, a.serial, a.cluster, a.large))


def model(stages: Path = RUNS / "stages2000.json", serial: Path = RUNS / "a10k-d0-writer.json",
          cluster: Path = RUNS / "a10k-d2-writer.json", large: Path | None = RUNS / "a100k-d2-writer.json") -> str:
    """The model's tables (Markdown) from the benchmarks' JSON files."""
    def load(path: Path):
        return json.loads(Path(path).read_text())

    return render(per_article(load(stages), load(serial), load(cluster), load(large) if large else None))


if __name__ == "__main__":
    main()
