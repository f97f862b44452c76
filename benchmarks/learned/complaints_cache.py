"""Run Warta's nlp once per article of labelled set files and cache, per article, the gold keys, the rules'
keys and every complaints candidate's features (numbers and codes only, no text) as JSON lines.

    .venv/bin/python -m benchmarks.learned.complaints_cache SET.jsonl [SET.jsonl …] --first-contact DIR -o OUT.jsonl

The rules are the `complaints` facts of DIR/<set>.pred.jsonl (`warta extract` output of the last extractor that had
not seen the set; first_contact.sh writes it); without --first-contact, those of the running extractor.
"""
from __future__ import annotations

from pipeline.evaluate import Codes, gold_keys
from pipeline.facts import facts_from_doc
from pipeline.nlp.discourse import discourse_of

from .common import run_cache, tagged_doc, unit_year
from .complaints_candidates import instances_of, units_of
from .complaints_features import key_features
from .mpp_cache import YEAR_AHEAD

SUBJECT_COUNT = "complaints.subject+count"
WITH_YEAR = "complaints.subject+count+year"


def rules_of(contract_out: dict) -> list[list]:
    """(subject, count, year) of a contract output's complaints (the scorer's subject)."""
    return [[c.get("region_code") or "P" + str(c.get("province_code")), c.get("count"), c.get("year")]
            for c in contract_out.get("complaints") or []]


def candidates(doc, rules: list[list]) -> list[dict]:
    """Every candidate of a tagged doc with its features and years (the rules': (subject, count, year) lists)."""
    units = units_of(discourse_of(doc))
    instances = instances_of(units)
    pub = doc._.published.year if doc._.published is not None else None
    limit = pub + YEAR_AHEAD if pub is not None else None
    years: dict[tuple, int | None] = {}
    for ins in instances:
        key = (ins.subject, units[ins.num_unit].nums[ins.num][2])
        y = unit_year(units[ins.num_unit].text, limit)
        if y is None and ins.num_unit > 0:
            y = unit_year(units[ins.num_unit - 1].text, limit)
        if years.get(key) is None:
            years[key] = y
    rule_year = {(s, c): y for s, c, y in rules}
    feats = key_features(units, instances, set(rule_year))
    return [{"key": list(k), "f": {n: round(v, 4) for n, v in f.items() if v}, "rules_year": rule_year.get(k),
             "unit_year": years.get(k), "pub_year": pub} for k, f in sorted(feats.items(), key=str)]


def article_row(record: dict, set_name_: str, codes: Codes, first_contact: dict | None) -> dict:
    doc = tagged_doc(record)
    rules = rules_of(first_contact if first_contact is not None else facts_from_doc(doc).to_contract(record.get("id")))
    gold = gold_keys(record.get("gold") or {}, codes)
    return {"set": set_name_, "id": record.get("id"),
            "gold": sorted(map(list, gold[SUBJECT_COUNT]), key=str),
            "gold_year": sorted(map(list, gold[WITH_YEAR]), key=str),
            "rules": rules, "cands": candidates(doc, rules)}


def main(argv=None) -> int:
    return run_cache(argv, __doc__.splitlines()[0], article_row)


if __name__ == "__main__":
    raise SystemExit(main())
