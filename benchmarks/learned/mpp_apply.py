"""Apply a saved MPP model to a labelled set file and print the scorer's MPP figures for Warta's rules and for the
learned decision side by side (no scikit-learn needed: the model is a JSON file of coefficients).

    .venv/bin/python -m benchmarks.learned.mpp_apply SET.jsonl [--model benchmarks/learned/mpp_model.json] [-o DIR]

The rules' side is `warta extract`'s output (today's extractor); the learned side is the same output with its
`mpp` facts replaced by the model's decisions over the candidates. With -o, both prediction files are written
(DIR/rules.pred.jsonl, DIR/learned.pred.jsonl) for any other scorer (score.py takes them as they are).
"""
from __future__ import annotations

from pathlib import Path

from pipeline.facts import facts_from_doc
from pipeline.gazetteer import get_gazetteer
from pipeline.nlp.discourse import discourse_of

from .common import run_apply
from .mpp_cache import _cands, key_years, tagged_doc
from .mpp_candidates import pairs_of, units_of
from .mpp_model import decide

DEFAULT_MODEL = Path(__file__).with_name("mpp_model.json")
METRICS = ("mpp.region+status", "mpp.region+status+year")


def predictions(record: dict, model: dict) -> tuple[dict, dict]:
    """One record's contract output from the rules, and the same with the learned MPP facts."""
    doc = tagged_doc(record)
    rules_out = facts_from_doc(doc).to_contract(record.get("id"))
    rules = [(m.region_code, m.status, m.year) for m in (doc._.mpp or [])]
    units = units_of(discourse_of(doc))
    pairs = pairs_of(units) if any(u.mpps for u in units) else []
    _, with_year = decide(model, _cands(units, pairs, rules, key_years(units, pairs, doc._.published)))
    gaz = get_gazetteer()
    learned = [{"region_code": r, "status": s, "year": y,
                "province_code": gaz.regions[r].province_code if r in gaz.regions else None}
               for r, s, y in sorted(with_year, key=str)]
    return rules_out, {**rules_out, "mpp": learned}


def main(argv=None) -> int:
    return run_apply(argv, __doc__.splitlines()[0], DEFAULT_MODEL, predictions, METRICS)


if __name__ == "__main__":
    raise SystemExit(main())
