"""Generic features of compliance candidates: positions, distances, layout, closed word classes, and whether Warta's
rules emit the fact. No feature names a place, a portal or a person.

`pair_features` describes one (government mention, zone cue) pair; `key_features` one decision, an (article,
subject, zone), from its pairs (the features of its closest pair, and counts over all of them) and from the rules'
facts. The word classes below are closed and were written for this module before any run (not read from misses).
"""
from __future__ import annotations

import math
import re

from pipeline.lang import NEGATION

from .common import FURNITURE, YEAR, count_between, item_like, pair_layout
from .compliance_candidates import CUE_KINDS, Pair, UnitInfo, gov_key

ZONES = ("hijau", "kuning", "merah")
#: hopes, targets, conditions and modals: a zone after them is not (yet) a result
HYPOTHETICAL = ("jika", "bila", "apabila", "kalau", "agar", "supaya", "harus", "wajib", "perlu", "target",
                "menargetkan", "berharap", "harapan", "diharapkan", "semoga", "akan", "bisa", "dapat", "mampu",
                "ingin", "upaya", "berupaya", "rencana", "menuju")
#: the past a zone may be told of ("sebelumnya di zona merah", "pernah masuk zona kuning")
PAST = ("sebelumnya", "sempat", "pernah", "dulu", "dahulu", "semula", "lalu", "kemarin", "sejak")
#: a zone a subject came from ("dari zona merah ke zona hijau")
FROM_WORDS = ("dari",)
#: a zone a subject reached ("naik ke zona hijau", "menjadi zona hijau")
TO_WORDS = ("ke", "menjadi", "jadi", "naik", "meningkat", "turun", "masuk", "meraih", "mendapat", "memperoleh",
            "berhasil", "mempertahankan", "tetap", "masih", "berada")
#: other zone systems (pandemic, disaster, integrity zones)
OFF_TOPIC = re.compile(r"\b(?:covid|corona|pandemi|ppkm|vaksin|bencana|banjir|longsor|gempa|rawan|zona integritas"
                       r"|wbk|wbbm|stunting|narkoba|pilkada|pemilu)\b", re.IGNORECASE)
#: the assessment's own words
CONTEXT = re.compile(r"\b(?:ombudsman|kepatuhan|pelayanan publik|standar pelayanan|penilaian|opini)\b", re.IGNORECASE)
NEGATION_REACH_WORDS = 3
HYPO_REACH_WORDS = 8
CHANGE_REACH_WORDS = 3
#: a cue at most this many characters after a government, inside a bracket opened after it: "Kota A (kuning)"
BRACKET_REACH = 40

PAIR_FEATURES = (
    "same_unit", "list_head", "log_words_between", "gov_before_cue", "log_govs_between", "log_cues_between",
    "log_govs_in_unit", "log_cues_in_unit", "gov_coordinated", *(f"cue_{k}" for k in CUE_KINDS), *ZONES,
    "other_colour_in_unit", "negated", "hypothetical", "past", "from_zone", "to_zone", "colon_between",
    "bracket_after_gov", "cue_in_gov_bracket", "semicolon_between", "heading", "noise", "headline", "cue_headline",
    "furniture", "province", "year_in_cue_unit", "item_line", "cue_unit_item_line", "off_topic", "context_in_unit",
    "context_in_cue_unit", "collective",
)
#: the features that read the rules' facts
RULES_FEATURES = ("rules_emit", "rules_other_zone", "rules_same_zone_other_gov", "rules_none", "rules_gov_no_zone")
KEY_FEATURES = PAIR_FEATURES + (
    "has_pair", "log_pairs", "log_pair_units", "any_same_unit", "any_in_gov_bracket", "log_zones_of_gov",
    "log_gov_mentions", "first_gov", "log_govs_with_pairs", *RULES_FEATURES,
)


def _in_gov_bracket(gu: UnitInfo, ge: int, p: Pair, pos: int) -> bool:
    """Whether the cue stands in a bracket opened right after the government ("Kota A (zona kuning)")."""
    if p.cue_unit != p.gov_unit or pos < ge or pos - ge > BRACKET_REACH:
        return False
    gap = gu.text[ge:pos]
    return gap.lstrip().startswith("(") and ")" not in gap


def pair_features(units: list[UnitInfo], p: Pair) -> dict[str, float]:
    gu, cu = units[p.gov_unit], units[p.cue_unit]
    gs, ge, _, is_prov = gu.govs[p.gov]
    cue = cu.cues[p.cue]
    g_at, c_at, gap, before, coordinated = pair_layout(units, p, cue.pos, HYPO_REACH_WORDS)
    near = before[-CHANGE_REACH_WORDS:]
    return {
        "same_unit": float(p.gov_unit == p.cue_unit),
        "list_head": float(p.list_head),
        "log_words_between": math.log1p(len(gap.split())),
        "gov_before_cue": float(g_at < c_at),
        "log_govs_between": math.log1p(count_between(units, g_at, c_at, lambda u: [g[0] for g in u.govs])),
        "log_cues_between": math.log1p(count_between(units, g_at, c_at, lambda u: [c.pos for c in u.cues])),
        "log_govs_in_unit": math.log1p(len(gu.govs)),
        "log_cues_in_unit": math.log1p(len(cu.cues)),
        "gov_coordinated": float(coordinated),
        **{f"cue_{k}": float(cue.kind == k) for k in CUE_KINDS},
        **{z: float(cue.zone == z) for z in ZONES},
        "other_colour_in_unit": float(any(c.zone != cue.zone for c in cu.cues)),
        "negated": float(any(w in NEGATION for w in near)),
        "hypothetical": float(any(w in HYPOTHETICAL for w in before)),
        "past": float(any(w in PAST for w in before)),
        "from_zone": float(any(w in FROM_WORDS for w in near)),
        "to_zone": float(any(w in TO_WORDS for w in near)),
        "colon_between": float(":" in gap),
        "bracket_after_gov": float(gu.text[ge:ge + 3].lstrip().startswith("(")),
        "cue_in_gov_bracket": float(_in_gov_bracket(gu, ge, p, cue.pos)),
        "semicolon_between": float(";" in gap),
        "heading": float(gu.heading or cu.heading), "noise": float(gu.noise or cu.noise),
        "headline": float(p.gov_unit == 0), "cue_headline": float(p.cue_unit == 0),
        "furniture": float(bool(FURNITURE.match(gu.text) or FURNITURE.match(cu.text))),
        "province": float(is_prov),
        "year_in_cue_unit": float(bool(YEAR.search(cu.text))),
        "item_line": float(item_like(gu)), "cue_unit_item_line": float(item_like(cu)),
        "off_topic": float(bool(OFF_TOPIC.search(cu.text))),
        "context_in_unit": float(bool(CONTEXT.search(gu.text))),
        "context_in_cue_unit": float(bool(CONTEXT.search(cu.text))),
        "collective": float(p.collective),
    }


def _closeness(f: dict[str, float]) -> tuple:
    return (-f["cue_in_gov_bracket"], -f["same_unit"], -f["list_head"], f["collective"], f["log_govs_between"],
            f["log_words_between"])


def _mentions(units: list[UnitInfo]) -> tuple[dict[str, int], str | None]:
    mentions: dict[str, int] = {}
    first = None
    for u in units:
        for _, _, code, prov in u.govs:
            key = gov_key(code, prov)
            mentions[key] = mentions.get(key, 0) + 1
            first = first or key
    return mentions, first


def key_features(units: list[UnitInfo], pairs: list[Pair], rules: set[tuple],
                 pair_lists: dict[tuple, list[dict]] | None = None) -> dict[tuple, dict[str, float]]:
    """(subject, zone) -> features, for every key a pair gives or the rules emit. `rules`: the rules' (subject,
    zone) facts of the article (zone None: a result without a zone)."""
    by_key: dict[tuple, list[tuple[Pair, dict]]] = {}
    mentions, first = _mentions(units)
    for p in pairs:
        _, _, code, prov = units[p.gov_unit].govs[p.gov]
        zone = units[p.cue_unit].cues[p.cue].zone
        by_key.setdefault((gov_key(code, prov), zone), []).append((p, pair_features(units, p)))
    zoned = {r for r in rules if r[1] is not None}
    govs_with_pairs = {k[0] for k in by_key}
    out = {}
    for key in set(by_key) | zoned:
        items = by_key.get(key, [])
        f = dict(min((pf for _, pf in items), key=_closeness)) if items else {n: 0.0 for n in PAIR_FEATURES}
        if not items:
            f[key[1]] = 1.0
        f["has_pair"] = float(bool(items))
        f["log_pairs"] = math.log1p(len(items))
        f["log_pair_units"] = math.log1p(len({p.gov_unit for p, _ in items}))
        f["any_same_unit"] = max((pf["same_unit"] for _, pf in items), default=0.0)
        f["any_in_gov_bracket"] = max((pf["cue_in_gov_bracket"] for _, pf in items), default=0.0)
        f["log_zones_of_gov"] = math.log1p(len({k[1] for k in by_key if k[0] == key[0]}))
        f["log_gov_mentions"] = math.log1p(mentions.get(key[0], 0))
        f["first_gov"] = float(key[0] == first)
        f["log_govs_with_pairs"] = math.log1p(len(govs_with_pairs))
        f["rules_emit"] = float(key in zoned)
        f["rules_other_zone"] = float(any(r[0] == key[0] and r[1] != key[1] for r in zoned))
        f["rules_same_zone_other_gov"] = float(any(r[0] != key[0] and r[1] == key[1] for r in zoned))
        f["rules_none"] = float(not rules)
        f["rules_gov_no_zone"] = float((key[0], None) in rules)
        out[key] = f
        if pair_lists is not None:
            pair_lists[key] = [pf for _, pf in items]
    return out
