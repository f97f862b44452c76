"""Instructions per page, counted by callgrind: trafilatura alone, Warta extract+clean and Warta tag alone,
in one process on the same synthetic pages. The load-independent companion of peers.py's timings.

    .venv/bin/python benchmarks/instructions.py [--pages 100]

peers.py times the three on CPU time, and on this shared 2-core machine the same code has measured 2×
apart from one evening to the next (trafilatura alone 5.3–6.3 ms a page on 3 December 2026, 10.3–14.8
ms that night at load 0.4), so its ratios move with whatever else the host runs. An instruction count
does not: the same code on the same pages gives the same count within ±0.1 %. It is not time (an
instruction of spaCy's Cython costs less than one of Python's loops), so the ratios here are a proxy for
issue 15's `≤ 0.45× trafilatura`, tracked from change to change, and the timed figure stays peers.py's.

How: this script runs itself (`--phases`) under `valgrind --tool=callgrind` with instrumentation off
through start-up and a warm-up of every phase on the first pages; then turns it on (callgrind_control)
and runs each phase over all pages, calling a marker (itertools.filterfalse's next) between phases:
callgrind dumps its counters before each marker call, so each phase's cost is one dump. Needs valgrind
(`apt install valgrind`); without it the script says so and exits 2. `--phases` alone (no valgrind)
runs the same phases and prints nothing but their names: the smoke test's path.
"""
from __future__ import annotations

import argparse
import glob
import itertools
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

PHASES = ("trafilatura alone", "warta extract+clean", "warta tag alone")
WARMUP_PAGES = 5
MARKER = "filterfalse_next"  # the C function callgrind dumps before (mark() calls it)


def mark() -> None:
    list(itertools.filterfalse(None, []))


def run_phases(n: int, go_file: str | None) -> None:
    """The measured process: load pages, warm up, wait for instrumentation, then one marked phase each."""
    import trafilatura

    from peers import load_pages
    from pipeline.extract import extract_article
    from pipeline.facts import compose, tag_text

    pages = load_pages(n)
    articles = [extract_article(html, url) for url, html in pages]
    texts = [(compose(a.title, a.text), a.published) for a in articles]
    for (url, html), (text, published) in zip(pages[:WARMUP_PAGES], texts):
        trafilatura.extract(html, url=url)
        extract_article(html, url)
        tag_text(text, published=published)
    if go_file:  # the parent turns instrumentation on, then lets us go
        Path(go_file + ".ready").write_text(str(os.getpid()))
        while not os.path.exists(go_file):
            time.sleep(0.05)
    mark()
    for url, html in pages:
        trafilatura.extract(html, url=url)
    mark()
    for url, html in pages:
        extract_article(html, url)
    mark()
    for text, published in texts:
        tag_text(text, published=published)
    mark()
    print("phases:", list(PHASES), "pages:", len(pages))


def _total(dump: str) -> int:
    with open(dump, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.startswith("summary:"):
                return int(line.split()[1])
    raise ValueError(f"{dump}: no summary line")


def count(n: int) -> dict[str, float]:
    """Run the phases under callgrind; M instructions per page of each phase."""
    with tempfile.TemporaryDirectory(prefix="warta-instr-") as tmp:
        out, go = os.path.join(tmp, "cg.out"), os.path.join(tmp, "go")
        cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--dump-before={MARKER}",
               f"--callgrind-out-file={out}", sys.executable, __file__, "--phases", "--pages", str(n), "--go", go]
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        while not os.path.exists(go + ".ready"):
            if proc.poll() is not None:
                raise SystemExit(f"the measured process ended before its phases: {proc.stderr.read()[-2000:]}")
            time.sleep(0.5)
        subprocess.run(["callgrind_control", "-i", "on", Path(go + ".ready").read_text()], check=True,
                       stdout=subprocess.DEVNULL)
        Path(go).touch()
        stdout, stderr = proc.communicate()
        if proc.returncode != 0 or "phases:" not in stdout:
            raise SystemExit(f"the measured process failed (rc {proc.returncode}): {stderr[-2000:]}")
        pages = int(stdout.split("pages:")[1].split()[0])
        dumps = sorted(glob.glob(out + ".*"), key=lambda f: int(f.rsplit(".", 1)[1].split("-")[0]))
        # the last numbered dumps are the phases' (one per marker call after the first)
        per = [_total(d) for d in dumps[-len(PHASES):]]
    return {name: v / pages / 1e6 for name, v in zip(PHASES, per)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--phases", action="store_true", help="run the phases in this process (no counting)")
    ap.add_argument("--go", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.phases:
        run_phases(args.pages, args.go)
        return 0
    if not (shutil.which("valgrind") and shutil.which("callgrind_control")):
        print("valgrind is not installed (apt install valgrind): no instructions to count", file=sys.stderr)
        return 2
    m = count(args.pages)
    traf = m["trafilatura alone"]
    print(f"{args.pages} pages, M instructions per page (callgrind)")
    for name, v in m.items():
        print(f"{name:24} {v:8.2f}  {v / traf:5.2f}× trafilatura")
    print(f"{'warta extract+clean+tag':24} {m['warta extract+clean'] + m['warta tag alone']:8.2f}  "
          f"{(m['warta extract+clean'] + m['warta tag alone']) / traf:5.2f}× trafilatura")
    return 0


if __name__ == "__main__":
    sys.exit(main())
