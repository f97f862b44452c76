"""Warta's article extraction on trafilatura's own evaluation corpus, scored by trafilatura's own code.

    .venv/bin/python benchmarks/extraction_eval.py PATH [--split all|dev|test] [--details FILE]

PATH is a checkout of adbar/trafilatura (tests/evaldata.json, tests/cache, tests/eval, tests/eval_common.py,
tests/eval_baseline.json). It is third-party material: keep it outside this repository, never commit it.

1. **Reproduce the published baseline first.** The checkout's own trafilatura (its source tree, put first
   on the path of a child process) scores its corpus with its own `tests/eval_common.py`; the F1 of its
   two runners ("fast" and "fallback") must reach the floors pinned in `tests/eval_baseline.json` within
   the gate's tolerance (`tests/eval_gate.py`'s EPSILON, 0.0005), as trafilatura's CI gate demands. The
   published table of `docs/evaluation.rst` is printed next to it for reference.
2. **Side by side**, in this process, with the trafilatura Warta runs on (the locked version): its
   "fast" and "fallback" runners exactly as `eval_common.RUNNERS` defines them (bytes in,
   `include_comments=False, include_tables=True, include_formatting=False`), and Warta's article text
   (`pipeline.article.article_record`, what `warta article` prints), each page passed as the same bytes.
   Scoring is `eval_common.run_and_count` and `ConfusionMatrix`: whitespace-normalised substring
   matching of each page's "with" and "without" snippets.
3. **Time**, interleaved page by page: on every page the three runners run one after the other, in an
   order rotated from page to page, each timed in CPU seconds of this process (`time.process_time`),
   so that load on the machine weighs on all three alike. The ratio is Warta's total over trafilatura
   with its fallback.

Also counted: pages where Warta's text is empty while trafilatura's (with fallback) is not, and "with"
snippets holding a typographic quote (“ ” ‘ ’ „ « ») that trafilatura finds and Warta misses.

`--split` scores part of the pages, by the first two bytes of the SHA-1 of the page's URL:
  dev          first byte even (506 pages): Warta's extraction rules were written looking at these;
  test-seen    first byte odd, second even (239): scored blind once, then their misses were read
               (a second round of rules came from them);
  test-blind   first byte odd, second odd (245): never looked at, only scored;
  test         both test halves; all: every page.
An accuracy figure counts only on pages not looked at when the rules were written: test-blind.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import logging
import os
import re
import subprocess
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGET_F1 = 0.93
TARGET_TIME_RATIO = 1.1
GATE_EPSILON = 0.0005  # tests/eval_gate.py: one flipped segment moves F1 by ~0.0002
QUOTES = "“”‘’„«»"

#: Run in a child process with the checkout first on sys.path: its own trafilatura, its own scorer.
_REPRODUCE = r"""
import json, sys
sys.path[:0] = [sys.argv[1], sys.argv[1] + "/tests"]
import trafilatura
from eval_common import RUNNERS, ConfusionMatrix, load_evaldata, read_corpus, run_and_count, validate
here = sys.argv[1] + "/tests"
evaldata = load_evaldata(here)
validate(evaldata)
docs = read_corpus(here, evaldata)
out = {"version": trafilatura.__version__, "file": trafilatura.__file__, "runners": {}}
for name, fn in RUNNERS.items():
    cm = ConfusionMatrix()
    for url, item in evaldata.items():
        cm.add(run_and_count(fn, docs[url][1], item)[1])
    out["runners"][name] = dict(zip(("precision", "recall", "accuracy", "f1"), cm.scores()))
print(json.dumps(out))
"""


def load_eval_common(path: Path):
    """The checkout's tests/eval_common.py as a module (it imports the installed trafilatura)."""
    spec = importlib.util.spec_from_file_location("trafilatura_eval_common", path / "tests" / "eval_common.py")
    if spec is None or not (path / "tests" / "eval_common.py").is_file():
        raise SystemExit(f"{path}: not a checkout of adbar/trafilatura (no tests/eval_common.py)")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def checkout_version(path: Path) -> str | None:
    m = re.search(r'__version__\s*=\s*"([^"]+)"', (path / "trafilatura" / "__init__.py").read_text(encoding="utf-8"))
    return m.group(1) if m else None


def published_table(path: Path) -> list[str]:
    """The newest results table of docs/evaluation.rst: its header and trafilatura's rows."""
    doc = path / "docs" / "evaluation.rst"
    if not doc.is_file():
        return []
    text = doc.read_text(encoding="utf-8")
    start = text.find("Results (")
    if start < 0:
        return []
    block = text[start:text.find("Older results", start)]
    lines = block.splitlines()
    return [lines[0]] + [ln for ln in lines if "documents" in ln or ln.startswith("trafilatura")]


def reproduce(path: Path, echo=print) -> dict:
    """Score the checkout's own trafilatura on its corpus (child process) against its pinned floors."""
    baseline = json.loads((path / "tests" / "eval_baseline.json").read_text(encoding="utf-8"))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    proc = subprocess.run([sys.executable, "-c", _REPRODUCE, str(path)], capture_output=True, text=True, env=env,
                          cwd=str(path))
    if proc.returncode != 0:
        raise SystemExit(f"reproducing the baseline failed:\n{proc.stderr[-3000:]}")
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    if Path(got["file"]).resolve().parents[1] != path.resolve():
        raise SystemExit(f"the child process imported {got['file']}, not the checkout's trafilatura")
    echo(f"1. published baseline: trafilatura {got['version']} from the checkout ({path}), "
         f"its corpus and scorer, against tests/eval_baseline.json "
         f"({baseline['entries']} pages, {baseline['chunks'][0]} with / {baseline['chunks'][1]} without snippets)")
    ok = True
    for name, scores in got["runners"].items():
        floor = baseline["floors"].get(name)
        f1 = round(scores["f1"], 4)
        hit = floor is not None and f1 >= floor - GATE_EPSILON
        ok = ok and hit
        echo(f"   {name:9} P {scores['precision']:.4f}  R {scores['recall']:.4f}  F1 {f1:.4f}  "
             f"(pinned floor {floor}: {'reproduced' if hit else 'NOT REPRODUCED'})")
    table = published_table(path)
    if table:
        echo("   docs/evaluation.rst, " + table[0].strip() + ":")
        for line in table[1:]:
            echo("     " + line.rstrip())
    got["reproduced"] = ok
    if not ok:
        echo("   the published baseline is not reproduced here: the figures below are not comparable")
    return got


SPLITS = ("all", "dev", "test", "test-seen", "test-blind")


def in_split(url: str, split: str) -> bool:
    if split == "all":
        return True
    digest = hashlib.sha1(url.encode("utf-8")).digest()
    if digest[0] % 2 == 0:
        return split == "dev"
    return split == "test" or split == ("test-seen", "test-blind")[digest[1] % 2]


def warta_runner():
    from pipeline.article import article_record

    def run(url: str, htmlbinary: bytes) -> str:
        return article_record({"id": url, "url": url, "html": htmlbinary})["text"]
    return run


def side_by_side(path: Path, split: str = "all", details: Path | None = None, echo=print) -> dict:
    """Score and time trafilatura fast, trafilatura with fallback and Warta, page by page."""
    ec = load_eval_common(path)
    here = str(path / "tests")
    evaldata = ec.load_evaldata(here)
    ec.validate(evaldata)
    evaldata = {u: item for u, item in evaldata.items() if in_split(u, split)}
    docs = ec.read_corpus(here, evaldata)
    warta = warta_runner()
    runners = {"trafilatura fast": ec.RUNNERS["fast"], "trafilatura fallback": ec.RUNNERS["fallback"],
               "warta": None}
    names = list(runners)
    matrices = {n: ec.ConfusionMatrix() for n in names}
    parts = ("dev", "test-seen", "test-blind") if split == "all" else ()
    by_part = {(part, n): ec.ConfusionMatrix() for part in parts for n in names}
    cpu = {n: 0.0 for n in names}
    errors = {n: 0 for n in names}
    empty_vs_fallback, quote_losses, rows = [], [], []
    for url, _ in list(docs.items())[:3]:  # warm-up: imports, caches, the first parse
        ec.RUNNERS["fallback"](docs[url][1])
        warta(url, docs[url][1])
    for n, (url, item) in enumerate(evaldata.items()):
        html = docs[url][1]
        results = {}
        for k in range(len(names)):
            name = names[(n + k) % len(names)]
            fn = runners[name] or (lambda b, url=url: warta(url, b))
            t = time.process_time()
            result, counts, err = ec.run_and_count(fn, html, item)
            cpu[name] += time.process_time() - t
            matrices[name].add(counts)
            for part in parts:
                if in_split(url, part):
                    by_part[(part, name)].add(counts)
            errors[name] += err is not None
            results[name] = (result or "", counts)
        fb, wt = results["trafilatura fallback"][0], results["warta"][0]
        if fb.strip() and not wt.strip():
            empty_vs_fallback.append(url)
        for snippet in item["with"]:
            if any(q in snippet for q in QUOTES) and ec.norm(snippet) in ec.norm(fb) \
                    and ec.norm(snippet) not in ec.norm(wt):
                quote_losses.append((url, snippet))
        if details is not None:
            rows.append({"url": url, "file": item["file"],
                         **{name: list(c) for name, (_, c) in results.items()},
                         "empty": bool(fb.strip() and not wt.strip())})
    pages = len(evaldata)
    out = {"pages": pages, "split": split, "runners": {}}
    import trafilatura

    echo(f"2. side by side ({split} pages: {pages}), trafilatura {trafilatura.__version__} as installed, "
         f"scored by the checkout's tests/eval_common.py; time interleaved page by page (CPU ms per page)")
    echo(f"   {'extractor':22} {'P':>6} {'R':>6} {'F1':>6} {'ms/page':>8} {'× fallback':>10} {'errors':>6}")
    base = cpu["trafilatura fallback"]
    for name in names:
        p, r, _acc, f1 = matrices[name].scores()
        ratio = cpu[name] / base if base else float("nan")
        out["runners"][name] = {"precision": p, "recall": r, "f1": f1, "ms": 1000 * cpu[name] / pages,
                                "ratio": ratio, "errors": errors[name]}
        echo(f"   {name:22} {p:6.4f} {r:6.4f} {f1:6.4f} {1000 * cpu[name] / pages:8.2f} {ratio:10.2f} "
             f"{errors[name]:6d}")
    if parts:
        echo("   F1 by part of the corpus (see --split; rules written on dev, test-blind never looked at):")
        out["parts"] = {}
        for part in parts:
            pages_in = sum(in_split(u, part) for u in evaldata)
            cells = []
            for name in names:
                p, r, _acc, f1 = by_part[(part, name)].scores()
                out["parts"].setdefault(part, {})[name] = {"precision": p, "recall": r, "f1": f1}
                cells.append(f"{name} P {p:.4f} R {r:.4f} F1 {f1:.4f}")
            echo(f"   {part:10} ({pages_in:3d} pages): " + " | ".join(cells))
    w, fb = out["runners"]["warta"], out["runners"]["trafilatura fallback"]
    out["empty_vs_fallback"] = empty_vs_fallback
    out["quote_losses"] = quote_losses
    echo(f"   Warta empty where trafilatura (fallback) gives text: {len(empty_vs_fallback)} page(s)"
         + (": " + ", ".join(empty_vs_fallback[:10]) if empty_vs_fallback else ""))
    echo(f"   snippets with typographic quotes trafilatura finds and Warta misses: {len(quote_losses)}")
    checks = {
        f"F1 ≥ {TARGET_F1}": w["f1"] >= TARGET_F1,
        "F1 ≥ trafilatura with fallback": w["f1"] >= fb["f1"],
        "no page empty where trafilatura gives text": not empty_vs_fallback,
        "no quoted snippet lost": not quote_losses,
        f"time ≤ {TARGET_TIME_RATIO}× trafilatura with fallback": w["ratio"] <= TARGET_TIME_RATIO,
    }
    out["targets"] = checks
    for what, met in checks.items():
        echo(f"   target {what}: {'met' if met else 'MISSED'}")
    if details is not None:
        details.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path", type=Path, help="a checkout of adbar/trafilatura (outside this repository)")
    ap.add_argument("--split", choices=SPLITS, default="all")
    ap.add_argument("--skip-baseline", action="store_true", help="do not reproduce the published baseline first")
    ap.add_argument("--details", type=Path, help="write per-page counts (JSON lines) to this file")
    ap.add_argument("--json", type=Path, help="write the figures to this file")
    a = ap.parse_args(argv)
    logging.disable(logging.WARNING)
    warnings.filterwarnings("ignore")
    path = a.path.resolve()
    out = {"checkout_version": checkout_version(path)}
    if not a.skip_baseline:
        out["baseline"] = reproduce(path)
    out["side_by_side"] = side_by_side(path, a.split, a.details)
    if a.json:
        a.json.write_text(json.dumps(out, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
