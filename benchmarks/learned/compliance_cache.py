"""Run Warta's nlp once per article of labelled set files and cache, per article, the gold keys, the rules' keys
and every compliance candidate's features (numbers and codes only, no text) as JSON lines.

    .venv/bin/python -m benchmarks.learned.compliance_cache SET.jsonl [SET.jsonl …] -o /tmp/lc2/cache.jsonl

Each set is named by its file's parent folder (final4/all.jsonl -> "final4"). The rules are the facts of the
extractor running this module (run inside an older extractor's tree, `first_contact.sh`, they are that one's).
"""
from __future__ import annotations

from pipeline.evaluate import Codes, gold_keys
from pipeline.facttypes.spec import subject
from pipeline.nlp.discourse import discourse_of

from .common import run_cache, tagged_doc, unit_year
from .compliance_candidates import gov_key, pairs_of, units_of
from .compliance_features import key_features
from .compliance_model import YEAR_KEY, ZONE_KEY

#: a candidate year lies no further than this after the story's year
YEAR_AHEAD = 1


def key_years(units, pairs, published) -> dict[tuple, int | None]:
    """(subject, zone) -> the last year written in its nearest pair's cue unit, else in its government's unit."""
    limit = published.year + YEAR_AHEAD if published is not None else None
    out: dict[tuple, int | None] = {}
    for p in pairs:
        _, _, code, prov = units[p.gov_unit].govs[p.gov]
        key = (gov_key(code, prov), units[p.cue_unit].cues[p.cue].zone)
        y = unit_year(units[p.cue_unit].text, limit) or unit_year(units[p.gov_unit].text, limit)
        if key not in out or (p.gov_unit == p.cue_unit and y is not None):
            out[key] = y
    return out


def rules_of(doc) -> list[tuple]:
    """The rules' (subject, zone, year) facts of a tagged doc."""
    return [(subject({"region_code": c.region_code, "province_code": c.province_code}), c.zone, c.year)
            for c in (doc._.compliance or [])]


def article_year(rules: list[tuple]) -> int | None:
    """The year the rules give most of an article's results (the latest on a tie), or None."""
    years = [y for _, _, y in rules if y is not None]
    return max(set(years), key=lambda y: (years.count(y), y)) if years else None


def candidates(doc, rules: list[tuple], collective: bool = False) -> list[dict]:
    """The decision rows of one tagged doc: key, features, the rules' years (every year they give the key), the unit's, the article's (the rules'
    most common) and the story's year."""
    units = units_of(discourse_of(doc))
    pairs = pairs_of(units, collective)
    years = key_years(units, pairs, doc._.published)
    rule_years: dict[tuple, list] = {}
    for s, z, y in rules:
        rule_years.setdefault((s, z), []).append(y)
    pub = doc._.published.year if doc._.published is not None else None
    feats = key_features(units, pairs, {(s, z) for s, z, _ in rules})
    return [{"key": list(k), "f": {n: round(v, 4) for n, v in f.items() if v}, "rules_years": sorted(set(rule_years.get(k, [])), key=str),
             "unit_year": years.get(k), "article_year": article_year(rules), "pub_year": pub} for k, f in sorted(feats.items(), key=str)]


def article_row(record: dict, set_name: str, codes: Codes, collective: bool = False) -> dict:
    doc = tagged_doc(record)
    rules = rules_of(doc)
    gold = gold_keys(record.get("gold") or {}, codes)
    return {"set": set_name, "id": record.get("id"), "collective": collective,
            "gold": sorted(map(list, gold[ZONE_KEY]), key=str), "gold_year": sorted(map(list, gold[YEAR_KEY]), key=str),
            "rules": [list(r) for r in rules], "cands": candidates(doc, rules, collective)}


def main(argv=None) -> int:
    return run_cache(argv, __doc__.splitlines()[0], article_row, first_contact=False,
                     flags={"collective": "the collective window too (compliance_candidates)"})


if __name__ == "__main__":
    raise SystemExit(main())
