"""benchmarks/learned/compliance_candidates.py and compliance_features.py on units written by hand (no nlp, no real
news): the zone cues, the window, and the generic features of a pair and of a decision."""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))

from benchmarks.learned.compliance_candidates import Pair, UnitInfo, cues_in, gov_key, pairs_of  # noqa: E402
from benchmarks.learned.compliance_features import KEY_FEATURES, key_features, pair_features  # noqa: E402


def _unit(i, text, govs=(), heading=False):
    return UnitInfo(i, text, heading, False, cues_in(text), list(govs))


def _gov(text, word, code, province=False):
    s = text.index(word)
    return (s, s + len(word), code, province)


def test_cues_zone_nouns_grades_and_bare_colours():
    cues = cues_in("Kota Satu masuk zona hijau, Kota Dua (kuning), sedangkan Kota Tiga berpredikat kepatuhan rendah.")
    assert [(c.zone, c.kind) for c in cues] == [("hijau", "zone"), ("kuning", "bare"), ("merah", "grade")]


def test_brackets_after_each_name_pair_each_government_with_its_own_zone_first():
    text = "Hasilnya Kota Satu (hijau), Kota Dua (merah) dan Kabupaten Tiga (kuning) menurut Ombudsman."
    units = [_unit(0, "Ombudsman umumkan zona kepatuhan"),
             _unit(1, text, [_gov(text, "Satu", "91.71"), _gov(text, "Dua", "91.72"), _gov(text, "Tiga", "91.01")])]
    pairs = pairs_of(units)
    assert len(pairs) == 9  # every government with every cue of its unit: the features decide
    feats = key_features(units, pairs, set())
    assert feats[("91.72", "merah")]["cue_in_gov_bracket"] == 1.0
    assert feats[("91.72", "hijau")]["cue_in_gov_bracket"] == 0.0
    assert feats[("91.72", "merah")]["context_in_unit"] == 1.0 and feats[("91.72", "merah")]["gov_coordinated"] == 0.0
    assert set(KEY_FEATURES) == set(feats[("91.72", "merah")])


def test_a_list_under_its_head_line():
    units = [_unit(0, "Daerah yang masuk zona hijau:"), _unit(1, "Kabupaten Satu", [(10, 14, "91.01", False)]),
             _unit(2, "Kota Dua", [(5, 8, "91.71", False)]),
             _unit(3, "Sebuah kalimat panjang yang menutup daftar ini dan tidak menyebut warna apa pun sama sekali.")]
    pairs = pairs_of(units)
    assert {(p.gov_unit, p.cue_unit, p.list_head) for p in pairs} == {(1, 0, True), (2, 0, True)}
    f = pair_features(units, pairs[1])
    assert f["list_head"] == 1.0 and f["same_unit"] == 0.0 and f["hijau"] == 1.0 and f["cue_zone"] == 1.0


def test_no_bare_colour_in_an_article_without_a_zone_word():
    text = "Kota Satu mengecat jembatan merah dan kuning."
    units = [_unit(0, text, [_gov(text, "Satu", "91.71")])]
    assert units[0].cues and pairs_of(units)  # by hand the unit keeps them; units_of drops them (nlp test)
    assert all(c.kind == "bare" for c in units[0].cues)


def test_negation_hope_and_change_words_before_a_zone():
    text = "Kota Satu tidak masuk zona merah; Kota Dua berharap naik ke zona hijau dari zona kuning tahun 2024."
    units = [_unit(0, text, [_gov(text, "Satu", "91.71"), _gov(text, "Dua", "91.72")])]
    pairs = pairs_of(units)
    f = {(units[0].govs[p.gov][2], units[0].cues[p.cue].zone): pair_features(units, p) for p in pairs}
    assert f[("91.71", "merah")]["negated"] == 1.0 and f[("91.71", "merah")]["gov_before_cue"] == 1.0
    assert f[("91.72", "hijau")]["hypothetical"] == 1.0 and f[("91.72", "hijau")]["to_zone"] == 1.0
    assert f[("91.72", "kuning")]["from_zone"] == 1.0 and f[("91.72", "kuning")]["year_in_cue_unit"] == 1.0
    assert f[("91.72", "hijau")]["semicolon_between"] == 0.0 and f[("91.71", "hijau")]["semicolon_between"] == 1.0


def test_decision_features_read_the_rules_and_keep_rules_only_facts():
    text = "Provinsi Satu masuk zona kuning."
    units = [_unit(0, text, [_gov(text, "Satu", "91", province=True)])]
    pairs = pairs_of(units)
    assert gov_key("91", True) == "P91"
    rules = {("P91", "kuning"), ("91.71", "hijau"), ("91.72", None)}
    feats = key_features(units, pairs, rules)
    assert set(feats) == {("P91", "kuning"), ("91.71", "hijau")}  # a result without a zone is no decision
    assert feats[("P91", "kuning")]["rules_emit"] == 1.0 and feats[("P91", "kuning")]["province"] == 1.0
    only = feats[("91.71", "hijau")]
    assert only["has_pair"] == 0.0 and only["rules_emit"] == 1.0 and only["hijau"] == 1.0
    assert feats[("P91", "kuning")]["first_gov"] == 1.0 and feats[("P91", "kuning")]["rules_none"] == 0.0


def test_a_collective_zone_pairs_every_government_of_the_article_only_in_the_variant():
    units = [_unit(0, "Seluruh pemda di provinsi itu masuk zona kuning."),
             _unit(1, "Daerah itu antara lain Kota Satu dan Kabupaten Dua.", [(28, 32, "91.71", False), (48, 51, "91.01", False)])]
    assert pairs_of(units) == []
    pairs = pairs_of(units, collective=True)
    assert {(p.gov_unit, p.cue_unit, p.collective) for p in pairs} == {(1, 0, True)} and len(pairs) == 2
    assert pair_features(units, pairs[0])["collective"] == 1.0
    assert pairs_of([_unit(0, "Kota Satu masuk zona kuning."), units[1]], collective=True) == []  # no collective word
