"""Run Warta's nlp once per article of labelled set files and cache, per article, the gold keys, the rules'
keys and every MPP candidate's features (numbers and codes only, no text) as JSON lines.

    .venv/bin/python -m benchmarks.learned.mpp_cache SET.jsonl [SET.jsonl …] -o /tmp/learn-mpp/cache.jsonl

Each set is named by its file's parent folder (final4/all.jsonl -> "final4"). With `--first-contact DIR`, the
facts in DIR/<set>.pred.jsonl (`warta extract` output of an older extractor: the last one that had not seen the set)
are the rules of `cands_fc` and `rules_fc`, besides the current rules' `cands` and `rules`.
"""
from __future__ import annotations

import json
import re

from pipeline.evaluate import Codes, gold_keys
from pipeline.nlp.discourse import discourse_of

from .common import run_cache, tagged_doc, unit_year  # noqa: F401 (tagged_doc: mpp_apply's)
from .mpp_candidates import pairs_of, units_of
from .mpp_features import key_features

#: a candidate year lies no further than this after the story's year (plans ahead)
YEAR_AHEAD = 5
#: an operation's start: "sejak 2020", "sejak tahun 2020"
SINCE_YEAR = re.compile(r"\bsejak\s+(?:tahun\s+)?(?:\w+\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)


def key_years(units, pairs, published) -> dict[tuple, dict]:
    """(government key, status) -> the years of its nearest pair: the last year written in the cue's unit, else
    in the government's unit ("unit"); an operation's "sejak YEAR" in the cue's unit ("since"); the story's ("pub")."""
    limit = published.year + YEAR_AHEAD if published is not None else None
    out: dict[tuple, dict] = {}
    for p in pairs:
        g = units[p.gov_unit].govs[p.gov]
        key = (None if g[3] else g[2], units[p.cue_unit].triggers[p.cue].status)
        cue_text = units[p.cue_unit].text
        y = unit_year(cue_text, limit) or unit_year(units[p.gov_unit].text, limit)
        if key not in out or (p.gov_unit == p.cue_unit and y is not None):
            since = SINCE_YEAR.search(cue_text)
            out[key] = {"unit": y, "since": int(since.group(1)) if since else None,
                        "pub": published.year if published is not None else None}
    return out


def _cands(units, pairs, rules, cue_year) -> list[dict]:
    rule_year = {(r, s): y for r, s, y in rules}
    pair_lists: dict[tuple, list[dict]] = {}
    feats = key_features(units, pairs, {(r, s) for r, s, _ in rules}, pair_lists)
    return [{"key": list(k), "f": f, "pairs": _distinct(pair_lists.get(k, [])), "rules_year": rule_year.get(k),
             **_years(cue_year.get(k) or {})} for k, f in sorted(feats.items(), key=str)]


def _distinct(rows: list[dict]) -> list[dict]:
    """Pair feature rows, rounded, each once (pairs of one government's several mentions often look alike)."""
    seen = {}
    for r in rows:
        r = {k: round(v, 4) for k, v in r.items() if v}
        seen.setdefault(json.dumps(r, sort_keys=True), r)
    return list(seen.values())


def _years(y: dict) -> dict:
    return {"unit_year": y.get("unit"), "since_year": y.get("since"), "pub_year": y.get("pub")}


def article_row(record: dict, set_name: str, codes: Codes, first_contact: dict | None = None) -> dict:
    doc = tagged_doc(record)
    rules = [(f.region_code, f.status, f.year) for f in (doc._.mpp or [])]
    units = units_of(discourse_of(doc))
    pairs = pairs_of(units) if any(u.mpps for u in units) else []
    cue_year = key_years(units, pairs, doc._.published)
    gold = gold_keys(record.get("gold") or {}, codes)
    row = {
        "set": set_name, "id": record.get("id"),
        "gold": sorted(map(list, gold["mpp.region+status"]), key=str),
        "gold_year": sorted(map(list, gold["mpp.region+status+year"]), key=str),
        "rules": [list(r) for r in rules],
        "cands": _cands(units, pairs, rules, cue_year),
    }
    if first_contact is not None:
        fc = [(m.get("region_code"), m.get("status"), m.get("year")) for m in first_contact.get("mpp") or []]
        row["rules_fc"] = [list(r) for r in fc]
        row["cands_fc"] = _cands(units, pairs, fc, cue_year)
    return row


def main(argv=None) -> int:
    return run_cache(argv, __doc__.splitlines()[0], article_row)


if __name__ == "__main__":
    raise SystemExit(main())
