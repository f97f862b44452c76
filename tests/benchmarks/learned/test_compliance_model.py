"""benchmarks/learned/compliance_model.py and compliance_apply.py's pure parts: the saved model's decision (a dot
product and a sigmoid, no scikit-learn), the year policies, and the learned side's facts. Invented keys only."""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))

from benchmarks.learned.common import load  # noqa: E402
from benchmarks.learned.compliance_features import KEY_FEATURES  # noqa: E402
from benchmarks.learned.compliance_model import YEAR_POLICIES, decide, fact_years  # noqa: E402

MODEL = {"weights": {"same_unit": 2.0, "negated": -3.0}, "intercept": -1.0, "threshold": 0.5, "year_policy": "unit"}


def _cand(key, rules_years=(), unit_year=None, **f):
    return {"key": list(key), "f": f, "rules_years": list(rules_years), "unit_year": unit_year, "pub_year": 2024}


def test_decide_keeps_candidates_over_the_threshold_and_the_rules_results_without_zone():
    row = {"cands": [_cand(("91.71", "hijau"), unit_year=2023, same_unit=1.0),
                     _cand(("91.72", "merah"), same_unit=1.0, negated=1.0)],
           "rules": [["91.73", None, 2023], ["91.72", "merah", 2023]]}
    keys, with_year = decide(MODEL, row)
    assert keys == {("91.71", "hijau"), ("91.73", None)}
    assert with_year == {("91.71", "hijau", 2023), ("91.73", None, 2023)}


def test_year_policies():
    c = _cand(("91.71", "kuning"), unit_year=None)
    assert [fact_years(c, p) for p in YEAR_POLICIES] == [[None], [None], [2024], [2024], [None]]
    ruled = _cand(("91.71", "kuning"), rules_years=(2021, 2022), unit_year=2023, rules_emit=1.0)
    assert all(fact_years(ruled, p) == [2021, 2022] for p in YEAR_POLICIES)  # every year the rules give it


def test_the_saved_model_reads_only_known_features():
    model = load(REPO / "benchmarks/learned/compliance_model.json")
    assert set(model["weights"]) <= set(KEY_FEATURES) and 0 < model["threshold"] < 1
    assert model["year_policy"] in YEAR_POLICIES and model["kind"] == "logistic_regression"


def test_learned_facts_keep_the_rules_wording_of_kept_facts():
    from benchmarks.learned.compliance_apply import learned_facts

    rules = [{"region_code": "91.71", "province_code": "91", "zone": "hijau", "year": 2023, "score": 88.1},
             {"region_code": "91.72", "province_code": "91", "zone": "merah", "year": 2023, "score": None},
             {"region_code": None, "province_code": "91", "zone": None, "year": 2023, "score": 70.0}]
    out = learned_facts(rules, {("91.71", "hijau", 2023), ("P92", "kuning", None)})
    assert rules[0] in out and rules[2] in out and rules[1] not in out
    new = [f for f in out if f.get("province_code") == "92"]
    assert new == [{"region_code": None, "province_code": "92", "year": None, "zone": "kuning", "grade": None,
                    "score": None}]
