"""Generic features of MPP candidates: positions, distances, layout, closed word classes, and whether Warta's
rules emit the fact. No feature names a place, a portal or a person.

`pair_features` describes one (government mention, cue) pair; `key_features` one decision, an (article,
government, status), from its pairs (the features of its closest pair, and a few counts over all of them)
and from the rules' facts.
"""
from __future__ import annotations

import math

from pipeline.lang import NEGATION

from .common import FURNITURE, YEAR, item_like, pair_layout
from .common import count_between as _count_between
from .mpp_candidates import Pair, UnitInfo, gov_key

STATUSES = ("planned", "launched", "operating")
#: words that make a cue hypothetical or conditional (closed class)
HYPOTHETICAL = ("jika", "bila", "apabila", "kalau", "seandainya", "andaikan", "diharapkan", "harus", "wajib",
                "perlu", "sebaiknya", "mendorong", "meminta", "mengusulkan", "usulan", "agar", "supaya")
#: words before a cue within which a negation denies it
NEGATION_REACH_WORDS = 3
HYPO_REACH_WORDS = 8

PAIR_FEATURES = (
    "same_unit", "cue_unit_before", "cue_unit_after", "list_head", "log_words_between", "gov_before_cue",
    "log_govs_between", "log_cues_between", "log_govs_in_unit", "gov_coordinated", "mpp_in_gov_unit",
    "mpp_in_cue_unit", "mpp_right_before_gov", "mpp_between", "cue_strong", "cue_noun", "cue_state", "cue_event",
    "planned", "launched", "operating", "negated", "hypothetical", "colon_between", "bracket_after_gov",
    "semicolon_between", "heading", "noise", "headline", "furniture", "province", "year_in_cue_unit",
    "item_line", "cue_unit_item_line",
)
#: the features that read the rules' facts
RULES_FEATURES = ("rules_emit", "rules_other_status", "rules_same_status_other_gov", "rules_none")
KEY_FEATURES = PAIR_FEATURES + (
    "has_pair", "log_pairs", "log_pair_units", "any_same_unit", "any_mpp_right_before_gov", "log_gov_mentions",
    "first_gov", "rules_emit", "rules_other_status", "rules_same_status_other_gov", "rules_none",
)


def pair_features(units: list[UnitInfo], p: Pair) -> dict[str, float]:
    gu, cu = units[p.gov_unit], units[p.cue_unit]
    gs, ge, _, is_prov = gu.govs[p.gov]
    tr = cu.triggers[p.cue]
    g_at, c_at, between, before_cue, coordinated = pair_layout(units, p, tr.pos, HYPO_REACH_WORDS)
    f = {
        "same_unit": float(p.gov_unit == p.cue_unit),
        "cue_unit_before": float(p.cue_unit < p.gov_unit),
        "cue_unit_after": float(p.cue_unit > p.gov_unit),
        "list_head": float(p.list_head),
        "log_words_between": math.log1p(len(between.split())),
        "gov_before_cue": float(g_at < c_at),
        "log_govs_between": math.log1p(_count_between(units, g_at, c_at, lambda u: [g[0] for g in u.govs])),
        "log_cues_between": math.log1p(_count_between(units, g_at, c_at, lambda u: [t.pos for t in u.triggers])),
        "log_govs_in_unit": math.log1p(len(gu.govs)),
        "gov_coordinated": float(coordinated),
        "mpp_in_gov_unit": float(bool(gu.mpps)),
        "mpp_in_cue_unit": float(bool(cu.mpps)),
        "mpp_right_before_gov": float(any(0 <= gs - me <= 3 for _, me in gu.mpps)),
        "mpp_between": float(_count_between(units, g_at, c_at, lambda u: [m[0] for m in u.mpps]) > 0),
        "cue_strong": float(tr.strong), "cue_noun": float(tr.noun), "cue_state": float(tr.state),
        "cue_event": float(tr.event),
        **{s: float(tr.status == s) for s in STATUSES},
        "negated": float(any(w in NEGATION for w in before_cue[-NEGATION_REACH_WORDS:])),
        "hypothetical": float(any(w in HYPOTHETICAL for w in before_cue)),
        "colon_between": float(":" in between),
        "bracket_after_gov": float(gu.text[ge:ge + 3].lstrip().startswith("(")),
        "semicolon_between": float(";" in between),
        "heading": float(gu.heading or cu.heading), "noise": float(gu.noise or cu.noise),
        "headline": float(p.gov_unit == 0 or p.cue_unit == 0),
        "furniture": float(bool(FURNITURE.match(gu.text) or FURNITURE.match(cu.text))),
        "province": float(is_prov),
        "year_in_cue_unit": float(bool(YEAR.search(cu.text))),
        "item_line": float(item_like(gu)), "cue_unit_item_line": float(item_like(cu)),
    }
    return f


def _closeness(f: dict[str, float]) -> tuple:
    return (-f["same_unit"], -f["list_head"], f["log_govs_between"], f["log_words_between"])


def key_features(units: list[UnitInfo], pairs: list[Pair], rules: set[tuple],
                 pair_lists: dict[tuple, list[dict]] | None = None) -> dict[tuple, dict[str, float]]:
    """(government key, status) -> features, for every key a pair gives or the rules emit. `rules`: the
    rules' (region key, status) facts of the article. `pair_lists`, if given, receives each key's pairs' features
    (for a decision over pairs, `mpp_model.candidate_probability`)."""
    by_key: dict[tuple, list[tuple[Pair, dict]]] = {}
    mentions: dict[str | None, int] = {}
    first: str | None = None
    for u in units:
        for _, _, code, prov in u.govs:
            key = gov_key(code, prov)
            mentions[key] = mentions.get(key, 0) + 1
            if first is None and not prov:
                first = key
    for p in pairs:
        _, _, code, prov = units[p.gov_unit].govs[p.gov]
        status = units[p.cue_unit].triggers[p.cue].status
        by_key.setdefault((gov_key(code, prov), status), []).append((p, pair_features(units, p)))
    out = {}
    for key in set(by_key) | set(rules):
        items = by_key.get(key, [])
        f = dict(min((pf for _, pf in items), key=_closeness)) if items else {n: 0.0 for n in PAIR_FEATURES}
        if not items:
            f.update({key[1]: 1.0})
        f["has_pair"] = float(bool(items))
        f["log_pairs"] = math.log1p(len(items))
        f["log_pair_units"] = math.log1p(len({p.gov_unit for p, _ in items}))
        f["any_same_unit"] = max((pf["same_unit"] for _, pf in items), default=0.0)
        f["any_mpp_right_before_gov"] = max((pf["mpp_right_before_gov"] for _, pf in items), default=0.0)
        f["log_gov_mentions"] = math.log1p(mentions.get(key[0], 0))
        f["first_gov"] = float(key[0] is not None and key[0] == first)
        f["rules_emit"] = float(key in rules)
        f["rules_other_status"] = float(any(r[0] == key[0] and r[1] != key[1] for r in rules))
        f["rules_same_status_other_gov"] = float(any(r[0] != key[0] and r[1] == key[1] for r in rules))
        f["rules_none"] = float(not rules)
        out[key] = f
        if pair_lists is not None:
            pair_lists[key] = [pf for _, pf in items]
    return out
