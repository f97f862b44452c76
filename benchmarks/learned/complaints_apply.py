"""Apply a saved complaints model to a labelled set file and print the scorer's complaints figures for Warta's rules
and for the learned decision side by side (no scikit-learn needed: the model is a JSON file of coefficients).

    .venv/bin/python -m benchmarks.learned.complaints_apply SET.jsonl [--model benchmarks/learned/complaints_model.json] [-o DIR]

The rules' side is `warta extract`'s output (today's extractor); the learned side is the same output with its
`complaints` facts replaced by the model's decisions over the candidates (a learned fact the rules also emit keeps
their fact, evidence and all). With -o, both prediction files are written (DIR/rules.pred.jsonl,
DIR/learned.pred.jsonl) for any other scorer (score.py takes them as they are).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from pipeline.evaluate import score
from pipeline.facts import facts_from_doc

from .common import load, tagged_doc
from .complaints_cache import candidates, rules_of
from .complaints_model import decide

DEFAULT_MODEL = Path(__file__).with_name("complaints_model.json")
METRICS = ("complaints.subject+count", "complaints.subject+count+year")


def learned_fact(subject: str, count: int, year: int | None) -> dict:
    """A contract complaint from a learned key: a region's code, else "P" + the office's province."""
    if subject.startswith("P"):
        prov = subject[1:]
        return {"province_code": None if prov == "None" else prov, "region_code": None, "count": count, "year": year}
    return {"province_code": subject.split(".")[0], "region_code": subject, "count": count, "year": year}


def predictions(record: dict, model: dict) -> tuple[dict, dict]:
    """One record's contract output from the rules, and the same with the learned complaints facts."""
    doc = tagged_doc(record)
    rules_out = facts_from_doc(doc).to_contract(record.get("id"))
    rules = rules_of(rules_out)
    _, with_year = decide(model, candidates(doc, rules))
    kept = {(s, c, y): f for (s, c, y), f in zip(map(tuple, rules), rules_out.get("complaints") or [])}
    learned = [kept.get(k) or learned_fact(*k) for k in sorted(with_year, key=str)]
    return rules_out, {**rules_out, "complaints": learned}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set")
    ap.add_argument("--model", default=str(DEFAULT_MODEL))
    ap.add_argument("-o", "--out", help="write rules.pred.jsonl and learned.pred.jsonl here")
    a = ap.parse_args(argv)
    model = load(a.model)
    with open(a.set, encoding="utf-8") as fh:
        gold = [json.loads(line) for line in fh if line.strip()]
    rules, learned = {}, {}
    for rec in gold:
        rules[rec["id"]], learned[rec["id"]] = predictions(rec, model)
    if a.out:
        out = Path(a.out)
        out.mkdir(parents=True, exist_ok=True)
        for name, preds in (("rules", rules), ("learned", learned)):
            with open(out / f"{name}.pred.jsonl", "w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(preds[r["id"]], ensure_ascii=False) + "\n" for r in gold)
    reports = {name: score(gold, preds) for name, preds in (("rules", rules), ("learned", learned))}
    print(f"articles: {len(gold)}  model: {a.model} ({model.get('kind')}, trained on {', '.join(model.get('trained_on', []))})")
    print(f"{'fact':32s} {'side':8s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>5s} {'fp':>5s} {'fn':>5s}")
    for metric in METRICS:
        for name, rep in reports.items():
            s = rep.scores[metric]
            print(f"{metric:32s} {name:8s} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
