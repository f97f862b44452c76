"""The learned complaints decision's pure parts on invented sentences: counts near report nouns, the window of
(subject, count) pairs, the features, the saved model's decision and year, the contract fact of a learned key,
and the shared leave-one-set-out split. No scikit-learn, no real news."""
from benchmarks.learned.common import counts, loso_splits, prf
from benchmarks.learned.complaints_apply import learned_fact
from benchmarks.learned.complaints_candidates import CUnit, counts_in, instances_of, office_province
from benchmarks.learned.complaints_features import KEY_FEATURES, instance_features, key_features
from benchmarks.learned.complaints_model import decide, fact_year


def unit(index, text, govs=()):
    u = CUnit(index, text)
    for name, code, is_prov in govs:
        s = text.index(name)
        u.govs.append((s, s + len(name), code, is_prov))
    u.nums = counts_in(text)
    return u


def test_counts_need_a_report_noun_nearby_and_skip_years():
    assert [v for _, _, v in counts_in("Kantor itu menerima 1.245 laporan pada 2024.")] == [1245]
    assert counts_in("Jalan itu sepanjang 12 kilometer dibangun pada 2024.") == []
    # a year right before the noun is a count ("2024 laporan" is odd, but the noun decides)
    assert [v for _, _, v in counts_in("Ada 2024 laporan.")] == [2024]


def test_window_pairs_same_unit_unit_before_and_office():
    units = [unit(0, "Ombudsman Perwakilan Provinsi Contoh menerima banyak laporan.", [("Contoh", "99", True)]),
             unit(1, "Sebanyak 41 laporan menyangkut Kabupaten Karang.", [("Karang", "99.01", False)]),
             unit(2, "Cuaca cerah.")]
    assert office_province(units) == "99"
    subjects = {(i.subject, i.gov_unit, i.kind) for i in instances_of(units)}
    assert ("99.01", 1, "mention") in subjects  # same unit
    assert ("P99", 0, "mention") in subjects  # the unit before
    assert ("P99", None, "office") in subjects  # the office's province
    assert not any(i.num_unit == 2 for i in instances_of(units))


def test_national_office_without_perwakilan():
    units = [unit(0, "Ombudsman RI mencatat 900 laporan tahun ini.")]
    assert "PNone" in {i.subject for i in instances_of(units)}
    units = [unit(0, "Ombudsman RI Perwakilan Contoh mencatat 90 laporan.", [("Contoh", "99", True)])]
    assert "PNone" not in {i.subject for i in instances_of(units)}


def test_features_read_breakdowns_persons_and_distance():
    units = [unit(0, "Kota Teluk mencatat 30 laporan terkait pertanahan dan 12 warga mengadu.",
                  [("Teluk", "99.71", False)])]
    ins = {(i.subject, units[0].nums[i.num][2]): i for i in instances_of(units) if i.kind == "mention"}
    f30 = instance_features(units, ins[("99.71", 30)])
    f12 = instance_features(units, ins[("99.71", 12)])
    assert f30["same_unit"] == 1 and f30["subj_region"] == 1 and f30["subj_before_count"] == 1
    assert f30["breakdown_near"] == 1 and f30["noun_right_after"] == 1
    assert f12["persons_after"] == 1 and f12["log_nums_between"] > 0 and f12["noun_right_after"] == 0


def test_key_features_rules_and_rules_only_candidates():
    units = [unit(0, "Kota Teluk mencatat 30 laporan.", [("Teluk", "99.71", False)])]
    feats = key_features(units, instances_of(units), {("99.71", 30), ("P98", 7)})
    assert feats[("99.71", 30)]["rules_emit"] == 1 and feats[("99.71", 30)]["has_pair"] == 1
    assert feats[("P98", 7)]["has_pair"] == 0 and feats[("P98", 7)]["rules_subject_other_count"] == 0
    assert set(feats[("99.71", 30)]) <= set(KEY_FEATURES)


def test_decision_threshold_and_year_policies():
    model = {"weights": {"rules_emit": 4.0}, "intercept": -2.0, "threshold": 0.5, "year_policy": "unit"}
    cands = [{"key": ["99.71", 30], "f": {"rules_emit": 1}, "rules_year": 2023, "unit_year": 2022, "pub_year": 2024},
             {"key": ["P99", 41], "f": {}, "rules_year": None, "unit_year": 2022, "pub_year": 2024}]
    keys, with_year = decide(model, cands)
    assert keys == {("99.71", 30)} and with_year == {("99.71", 30, 2023)}
    assert fact_year(cands[1], "unit") == 2022 and fact_year(cands[1], "none") is None
    assert fact_year({**cands[1], "unit_year": None}, "unit_or_story") == 2024


def test_learned_fact_subjects():
    assert learned_fact("99.71", 30, 2024) == {"province_code": "99", "region_code": "99.71", "count": 30, "year": 2024}
    assert learned_fact("P99", 41, None)["province_code"] == "99"
    assert learned_fact("PNone", 900, 2024)["province_code"] is None


def test_loso_split_and_counts():
    assert loso_splits(["a", "b", "a", "c"]) == [("a", ["b", "c"]), ("b", ["a", "c"]), ("c", ["a", "b"])]
    tp, fp, fn = counts([({1, 2}, {2, 3}), (set(), {4})])
    assert (tp, fp, fn) == (1, 2, 1)
    assert prf(0, 0, 0) == (1.0, 1.0, 1.0)
