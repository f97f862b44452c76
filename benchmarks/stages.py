"""The nightly pipeline, stage by stage, each stage in its own process (so each has its own peak RSS).

    .venv/bin/python benchmarks/stages.py 1000 [--workdir DIR] [--json OUT]

Serves N synthetic articles (benchmarks/synth.py) on 127.0.0.1, then runs twice, like two nights:
crawl (a real Scrapy subprocess per portal, throttling off) → extract → tag → load (a real DuckDB
file). Stages hand over through files in the work directory (pickle streams, written and read one
record at a time). The second run finds nothing new. Prints one line per stage and run: seconds, items,
rate and peak RSS (ru_maxrss of the stage process; for crawl, of the largest Scrapy child).

A stage alone (what the driver runs in a subprocess; prints one JSON line):
    stages.py stage crawl|extract|tag|load --data DIR --portals FILE
"""
from __future__ import annotations

import argparse
import json
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

STAGES = ("crawl", "extract", "tag", "load")
LOAD_BATCH = 1000


def _dump_stream(path: Path, items) -> int:
    n = 0
    with open(path, "wb") as f:
        for item in items:
            pickle.dump(item, f, protocol=pickle.HIGHEST_PROTOCOL)
            n += 1
    return n


def _read_stream(path: Path):
    with open(path, "rb") as f:
        while True:
            try:
                yield pickle.load(f)
            except EOFError:
                return


def _rss_mb(who=resource.RUSAGE_SELF) -> float:
    """Peak RSS in MB. For this process: VmHWM of its own address space, because Linux carries
    ru_maxrss across fork and exec, so a stage would report the driver's peak (the driver generates
    the sites in memory) instead of its own."""
    if who == resource.RUSAGE_SELF:
        try:
            for line in Path("/proc/self/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
        except OSError:
            pass
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: KiB


def _cpu_s(*whos) -> float:
    """User + system CPU seconds (less sensitive than wall time to other load on the machine)."""
    return round(sum(resource.getrusage(w).ru_utime + resource.getrusage(w).ru_stime for w in whos), 3)


# ----------------------------------------------------------------------------------------- stages
def stage_crawl(data: Path, portals_file: Path) -> dict:
    import tomllib

    from flows.crawl import run_crawl

    from concurrent.futures import ThreadPoolExecutor

    keys = [p["key"] for p in tomllib.loads(portals_file.read_text())["portal"]]
    pages = archived = 0
    with ThreadPoolExecutor(max_workers=len(keys)) as pool:  # like the flow: portals side by side
        summaries = list(pool.map(lambda key: run_crawl(portal=key, portals_file=portals_file, data_dir=data,
                                                        all_=True, throttle=False), keys))
    for s in summaries:
        pages += s.pages
        archived += int(s.stats.get("articles_archived", 0))
    return {"items": pages, "archived": archived, "rss_mb": _rss_mb(resource.RUSAGE_CHILDREN),
            "cpu_s": _cpu_s(resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)}


def stage_extract(data: Path, portals_file: Path) -> dict:
    from pipeline.archive import iter_archive
    from pipeline.process import extract_pages
    from pipeline.store import Store, StoreMissing

    try:
        with Store.open(data / "warta.duckdb", read_only=True) as store:
            known = store.known_urls()
    except StoreMissing:
        known = set()
    cpu0 = _cpu_s(resource.RUSAGE_SELF)
    n = _dump_stream(data / "articles.pkl", extract_pages(iter_archive(data / "archive", skip_urls=known), skip_urls=known))
    return {"items": n, "rss_mb": _rss_mb(), "cpu_s": _cpu_s(resource.RUSAGE_SELF),
            "work_cpu_s": round(_cpu_s(resource.RUSAGE_SELF) - cpu0, 3)}


def stage_tag(data: Path, portals_file: Path) -> dict:
    from pipeline.nlp import get_nlp
    from pipeline.process import tag_articles

    from pipeline.gazetteer import get_gazetteer

    t = time.perf_counter()
    if (data / "articles.pkl").stat().st_size:  # like the flow: nothing to tag builds nothing
        get_nlp()  # the ~4 s pipeline build, once per process: reported apart from the per-article rate
        get_gazetteer()
    build = time.perf_counter() - t
    cpu0 = _cpu_s(resource.RUSAGE_SELF)
    n = _dump_stream(data / "items.pkl", tag_articles(_read_stream(data / "articles.pkl")))
    return {"items": n, "rss_mb": _rss_mb(), "startup_s": round(build, 2), "cpu_s": _cpu_s(resource.RUSAGE_SELF),
            "work_cpu_s": round(_cpu_s(resource.RUSAGE_SELF) - cpu0, 3)}


def stage_load(data: Path, portals_file: Path) -> dict:
    from pipeline.facts import EXTRACTOR_VERSION
    from pipeline.store import Store

    rows = n = 0
    batch = []
    if not (data / "items.pkl").stat().st_size:  # like the flow: nothing new opens no writer
        return {"items": 0, "articles": 0, "rss_mb": _rss_mb(), "startup_s": 0.0,
                "cpu_s": _cpu_s(resource.RUSAGE_SELF), "work_cpu_s": 0.0}
    t = time.perf_counter()
    store = Store.open(data / "warta.duckdb")
    opened = time.perf_counter() - t
    cpu0 = _cpu_s(resource.RUSAGE_SELF)
    with store:
        for item in _read_stream(data / "items.pkl"):
            batch.append(item)
            if len(batch) >= LOAD_BATCH:
                rows += sum(store.load(batch, EXTRACTOR_VERSION).new.values())
                n += len(batch)
                batch = []
        if batch:
            rows += sum(store.load(batch, EXTRACTOR_VERSION).new.values())
            n += len(batch)
    return {"items": rows, "articles": n, "rss_mb": _rss_mb(), "startup_s": round(opened, 2),
            "cpu_s": _cpu_s(resource.RUSAGE_SELF), "work_cpu_s": round(_cpu_s(resource.RUSAGE_SELF) - cpu0, 3)}


def run_stage(name: str, data: Path, portals_file: Path) -> dict:
    t = time.perf_counter()
    out = {"crawl": stage_crawl, "extract": stage_extract, "tag": stage_tag, "load": stage_load}[name](
        data, portals_file)
    out["seconds"] = round(time.perf_counter() - t, 3)
    out["stage"] = name
    return out


# ----------------------------------------------------------------------------------------- driver
def stage_subprocess(name: str, data: Path, portals_file: Path) -> dict:
    """Run one stage in a fresh interpreter; wall time includes its start-up (imports, spaCy build)."""
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, __file__, "stage", name, "--data", str(data),
                           "--portals", str(portals_file)], capture_output=True, text=True)
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        raise RuntimeError(f"stage {name} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["wall_s"] = round(wall, 3)
    return result


def _serve(n: int, workdir: Path):
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from synth import serve_synthetic

    return serve_synthetic(n, workdir / "corpus")


def _echo(line: str) -> None:
    print(line, flush=True)  # a long run shows its progress line by line


def measure(n: int, workdir: Path, runs: int = 2, echo=_echo) -> list[dict]:
    """[{run, stage, seconds, wall_s, items, rss_mb, ...}] for each run and stage."""
    from flows.corpus import write_portals_toml

    workdir = Path(workdir)
    data = workdir / "data"
    data.mkdir(parents=True, exist_ok=True)
    results = []
    t = time.perf_counter()
    with _serve(n, workdir) as served:
        echo(f"# {n} articles generated and served in {time.perf_counter() - t:.1f} s")
        portals_file = workdir / "portals.toml"
        write_portals_toml(served["portals"], portals_file)
        for run in range(1, runs + 1):
            new = None
            for name in STAGES:
                if name in ("tag", "load") and new == 0:
                    # as in the flow (pipeline.process.load_new_pages): nothing new builds no tagger
                    # and opens no writer, so these stages do not run at all
                    r = {"stage": name, "items": 0, "seconds": 0.0, "wall_s": 0.0, "cpu_s": 0.0, "rss_mb": 0.0,
                         "skipped": "nothing new"}
                else:
                    r = stage_subprocess(name, data, portals_file)
                if name == "extract":
                    new = r["items"]
                r.update(run=run, n=n)
                results.append(r)
                echo(format_row(r))
    return results


def format_row(r: dict) -> str:
    unit = {"crawl": "pages", "extract": "articles", "tag": "articles", "load": "rows"}[r["stage"]]
    work = r.get("work_cpu_s") or r["cpu_s"]
    rate = r["items"] / work if work else 0.0
    return (f"n={r['n']:<6} run {r['run']} {r['stage']:8} {r['wall_s']:7.2f} s wall, {r['cpu_s']:7.2f} s CPU "
            f"(start-up {r.get('startup_s', 0):5.2f} s) {r['items']:7d} {unit:8} {rate:7.0f} {unit}/CPU-s "
            f"peak RSS {r['rss_mb']:5.0f} MB")


def summarise(results: list[dict], echo=print) -> dict:
    """Per-run totals (wall time, CPU time, pages fetched) and the second run as a share of the first."""
    runs: dict[int, dict] = {}
    for r in results:
        t = runs.setdefault(r["run"], {"wall_s": 0.0, "cpu_s": 0.0, "pages": 0, "articles": 0, "peak_rss_mb": 0.0})
        t["wall_s"] += r["wall_s"]
        t["cpu_s"] += r["cpu_s"]
        t["peak_rss_mb"] = max(t["peak_rss_mb"], r["rss_mb"])
        if r["stage"] == "crawl":
            t["pages"] += r["items"]
        if r["stage"] == "extract":
            t["articles"] += r["items"]
    n = results[0]["n"] if results else 0
    for run, t in sorted(runs.items()):
        echo(f"n={n:<6} run {run} end to end {t['wall_s']:8.1f} s wall, {t['cpu_s']:7.1f} s CPU, "
             f"{t['pages']} pages fetched, {t['articles']} new articles, peak RSS {t['peak_rss_mb']:.0f} MB")
    if 1 in runs and 2 in runs:
        share = runs[2]["wall_s"] / runs[1]["wall_s"]
        pages = runs[2]["pages"] / max(runs[1]["pages"], 1)
        echo(f"n={n:<6} second run with nothing new: {100 * share:.1f} % of the first's wall time, "
             f"{100 * pages:.1f} % of its pages (target ≤ 5 %: {'met' if share <= 0.05 else 'MISSED'})")
    return runs


def main(argv=None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "stage":
        ap = argparse.ArgumentParser(prog="stages.py stage")
        ap.add_argument("name", choices=STAGES)
        ap.add_argument("--data", type=Path, required=True)
        ap.add_argument("--portals", type=Path, required=True)
        a = ap.parse_args(argv[1:])
        print(json.dumps(run_stage(a.name, a.data, a.portals)))
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, nargs="?", default=1000)
    ap.add_argument("--workdir", type=Path)
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--json", type=Path, help="also write the results here")
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="warta-bench-") as tmp:
        results = measure(a.n, a.workdir or Path(tmp), a.runs)
    summarise(results)
    if a.json:
        a.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
