"""Apply a saved compliance model to a labelled set file and print the scorer's compliance figures for Warta's rules
and for the learned decision side by side (no scikit-learn needed: the model is a JSON file of coefficients).

    .venv/bin/python -m benchmarks.learned.compliance_apply SET.jsonl [--model benchmarks/learned/compliance_model.json] [-o DIR]

The rules' side is `warta extract`'s output (today's extractor); the learned side is the same output with its
`compliance` facts replaced by the model's decisions: a kept fact the rules emit stays as the rules wrote it (its
score, grade, year), a new one has its subject, zone and year; the rules' results without a zone stay. The candidates
are those the model was trained on (its `collective`: the collective window too).
"""
from __future__ import annotations

from pathlib import Path

from pipeline.facts import facts_from_doc
from pipeline.facttypes.spec import subject
from pipeline.gazetteer import get_gazetteer

from .common import run_apply, tagged_doc
from .compliance_cache import candidates, rules_of
from .compliance_model import YEAR_KEY, ZONE_KEY, decide

DEFAULT_MODEL = Path(__file__).with_name("compliance_model.json")
METRICS = (ZONE_KEY, YEAR_KEY, "compliance.subject+score")


def learned_facts(rules_facts: list[dict], with_year: set[tuple]) -> list[dict]:
    """The learned side's compliance facts (module doc) from the rules' contract facts and the decided keys."""
    gaz = get_gazetteer()
    out, done = [], set()
    for f in rules_facts:
        key = (subject(f), f.get("zone"))
        if f.get("zone") is None or any(k[:2] == key for k in with_year):
            out.append(f)
            done.add(key)
    for s, z, y in sorted(with_year, key=str):
        if (s, z) in done or z is None:
            continue
        province = s[1:] if s.startswith("P") else (gaz.regions[s].province_code if s in gaz.regions else None)
        out.append({"region_code": None if s.startswith("P") else s, "province_code": province, "year": y, "zone": z,
                    "grade": None, "score": None})
    return out


def predictions(record: dict, model: dict) -> tuple[dict, dict]:
    """One record's contract output from the rules, and the same with the learned compliance facts."""
    doc = tagged_doc(record)
    rules_out = facts_from_doc(doc).to_contract(record.get("id"))
    rules = rules_of(doc)
    _, with_year = decide(model, {"cands": candidates(doc, rules, bool(model.get("collective"))), "rules": rules})
    return rules_out, {**rules_out, "compliance": learned_facts(rules_out.get("compliance") or [], with_year)}


def main(argv=None) -> int:
    return run_apply(argv, __doc__.splitlines()[0], DEFAULT_MODEL, predictions, METRICS)


if __name__ == "__main__":
    raise SystemExit(main())
