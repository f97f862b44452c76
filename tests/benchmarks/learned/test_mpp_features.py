"""benchmarks/learned/mpp_candidates.py and mpp_features.py on units written by hand (no nlp, no real news): the
window, list heads, and the generic features of a pair and of a decision."""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))

from benchmarks.learned.mpp_candidates import Pair, UnitInfo, list_head, pairs_of  # noqa: E402
from benchmarks.learned.mpp_features import KEY_FEATURES, key_features, pair_features  # noqa: E402
from pipeline.facttypes.mpp.unitwords import Trigger  # noqa: E402


def _unit(i, text, triggers=(), mpps=(), govs=(), heading=False):
    return UnitInfo(i, text, heading, False, list(triggers), list(mpps), list(govs))


def _at(text, word):
    return text.index(word)


def test_a_list_under_its_head_pairs_every_item_with_the_heads_status():
    head = "Mal pelayanan publik sudah beroperasi di daerah berikut:"
    units = [_unit(0, head, [Trigger("operating", True, _at(head, "beroperasi"))], [(0, 20)]),
             _unit(1, "Kabupaten Satu", govs=[(10, 14, "91.01", False)], heading=True),
             _unit(2, "Kota Dua", govs=[(5, 8, "91.71", False)], heading=True),
             _unit(3, "Kabupaten Tiga", govs=[(10, 14, "91.02", False)], heading=True)]
    assert [list_head(units, k) for k in range(4)] == [None, 0, 0, 0]
    pairs = pairs_of(units)
    assert {(p.gov_unit, p.cue_unit) for p in pairs} == {(1, 0), (2, 0), (3, 0)}
    assert all(p.list_head for p in pairs)
    f = pair_features(units, next(p for p in pairs if p.gov_unit == 3))
    assert f["list_head"] == 1.0 and f["cue_unit_before"] == 1.0 and f["same_unit"] == 0.0
    assert f["operating"] == 1.0 and f["item_line"] == 1.0 and f["log_govs_between"] > 0  # two items between


def test_no_pair_without_an_mpp_mention_near():
    text = "Kabupaten Satu meresmikan jembatan baru."
    units = [_unit(0, text, [Trigger("launched", True, _at(text, "meresmikan"))], govs=[(10, 14, "91.01", False)])]
    assert pairs_of(units) == []


def test_features_of_a_pair_in_one_sentence():
    text = "Pemkab Satu tidak akan meresmikan MPP (mal pelayanan publik) tahun 2023; Kota Dua juga."
    units = [_unit(0, text, [Trigger("launched", True, _at(text, "meresmikan"))], [(_at(text, "MPP"), _at(text, "MPP") + 3)],
                   [(7, 11, "91.01", False), (_at(text, "Kota"), _at(text, "Kota") + 8, "91.71", False)])]
    pairs = pairs_of(units)
    assert len(pairs) == 2
    first = pair_features(units, Pair(0, 0, 0, 0))
    assert first["same_unit"] == 1.0 and first["gov_before_cue"] == 1.0 and first["negated"] == 1.0
    assert first["year_in_cue_unit"] == 1.0 and first["log_govs_between"] == 0.0 and first["launched"] == 1.0
    second = pair_features(units, Pair(0, 1, 0, 0))
    assert second["gov_before_cue"] == 0.0 and second["semicolon_between"] == 1.0 and second["mpp_between"] == 1.0


def test_decision_features_read_the_rules_and_keep_rules_only_facts():
    text = "Kota Dua mengoperasikan MPP sejak lama."
    units = [_unit(0, text, [Trigger("operating", True, _at(text, "mengoperasikan"))], [(_at(text, "MPP"), _at(text, "MPP") + 3)],
                   [(5, 8, "91.71", False)])]
    feats = key_features(units, pairs_of(units), {("91.71", "launched"), ("91.01", "planned")})
    assert set(feats) == {("91.71", "operating"), ("91.71", "launched"), ("91.01", "planned")}
    op = feats[("91.71", "operating")]
    assert op["has_pair"] == 1.0 and op["rules_emit"] == 0.0 and op["rules_other_status"] == 1.0
    assert op["first_gov"] == 1.0 and op["rules_same_status_other_gov"] == 0.0
    only_rules = feats[("91.01", "planned")]
    assert only_rules["has_pair"] == 0.0 and only_rules["rules_emit"] == 1.0 and only_rules["planned"] == 1.0
    assert all(set(f) == set(KEY_FEATURES) for f in feats.values())
