"""Apply a saved complaints model to a labelled set file and print the scorer's complaints figures for Warta's rules
and for the learned decision side by side (no scikit-learn needed: the model is a JSON file of coefficients).

    .venv/bin/python -m benchmarks.learned.complaints_apply SET.jsonl [--model benchmarks/learned/complaints_model.json] [-o DIR]

The rules' side is `warta extract`'s output (today's extractor); the learned side is the same output with its
`complaints` facts replaced by the model's decisions over the candidates (a learned fact the rules also emit keeps
their fact, evidence and all). With -o, both prediction files are written (DIR/rules.pred.jsonl,
DIR/learned.pred.jsonl) for any other scorer (score.py takes them as they are).
"""
from __future__ import annotations

from pathlib import Path

from pipeline.facts import facts_from_doc

from .common import run_apply, tagged_doc
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
    return run_apply(argv, __doc__.splitlines()[0], DEFAULT_MODEL, predictions, METRICS)


if __name__ == "__main__":
    raise SystemExit(main())
