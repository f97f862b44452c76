"""Throughput of the officials component (and the whole tagger) on the dev articles.

usage: .venv/bin/python benchmarks/officials_speed.py [GOLD.jsonl] [--rounds N]

Prints articles/s for the whole pipeline and the time share of `warta_officials`. Target (issue):
the whole tagger >= 300 articles/s per core on 3 KB articles. Reads the gold file given (default:
the bundled corpus data/corpus/articles.jsonl).
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from pipeline.nlp import get_nlp


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="?", default=str(Path(__file__).resolve().parent.parent / "data/corpus/articles.jsonl"))
    ap.add_argument("--rounds", type=int, default=5)
    a = ap.parse_args()
    texts = [json.loads(line)["text"] for line in open(a.gold, encoding="utf-8") if line.strip()]
    nlp = get_nlp()
    for t in texts:  # warm the stem cache and the matchers
        nlp(t)
    per_comp = {name: 0.0 for name, _ in nlp.pipeline}
    t0 = time.perf_counter()
    n = 0
    for _ in range(a.rounds):
        for t in texts:
            doc = nlp.make_doc(t)
            for name, proc in nlp.pipeline:
                s = time.perf_counter()
                doc = proc(doc)
                per_comp[name] += time.perf_counter() - s
            n += 1
    total = time.perf_counter() - t0
    kb = sum(len(t) for t in texts) / len(texts) / 1000
    print(f"{n} docs, mean {kb:.1f} KB: {n / total:.0f} docs/s for the whole tagger (tokenizer included)")
    for name, sec in per_comp.items():
        print(f"  {name:18} {1000 * sec / n:6.3f} ms/doc")


if __name__ == "__main__":
    main()
