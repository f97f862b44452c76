"""benchmarks/learned/mpp_model.py: the leave-one-set-out split, the scorer's micro counts, and the saved model's
decision (a dot product and a sigmoid, no scikit-learn). Invented keys and weights only."""
from __future__ import annotations

import math
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))

from benchmarks.learned.mpp_model import counts, decide, fact_year, loso_splits, prf, probability  # noqa: E402
from pipeline.evaluate import Score  # noqa: E402


def test_each_set_is_held_out_once_and_never_trained_on():
    splits = loso_splits(["s1", "s2", "s3", "s2"])
    assert [h for h, _ in splits] == ["s1", "s2", "s3"]
    for held, train in splits:
        assert held not in train
        assert sorted(train + [held]) == ["s1", "s2", "s3"]


def test_counts_and_prf_are_the_scorers_micro_figures():
    arts = [({("1.01", "launched"), ("1.02", "planned")}, {("1.01", "launched"), ("1.03", "planned")}),
            ({("2.01", "operating")}, set()), (set(), set())]
    tp, fp, fn = counts(arts)
    assert (tp, fp, fn) == (1, 1, 2)
    s = Score(tp=tp, fp=fp, fn=fn)
    assert prf(tp, fp, fn) == (s.precision, s.recall, s.f1)
    assert prf(0, 0, 0) == (1.0, 1.0, 1.0)  # nothing to find, nothing found


MODEL = {"weights": {"same_unit": 2.0, "negated": -3.0}, "intercept": -1.0, "threshold": 0.5, "year_policy": "none"}


def _cand(key, year_rules=None, unit_year=None, **f):
    return {"key": list(key), "f": f, "rules_year": year_rules, "unit_year": unit_year, "since_year": None,
            "pub_year": 2024}


def test_probability_is_the_sigmoid_of_the_weighted_sum():
    assert math.isclose(probability(MODEL, {"same_unit": 1.0}), 1 / (1 + math.exp(-1.0)))
    assert math.isclose(probability(MODEL, {"same_unit": 1.0, "negated": 1.0, "unknown": 9.0}),
                        1 / (1 + math.exp(2.0)))


def test_decide_keeps_candidates_at_the_threshold_and_dates_them():
    cands = [_cand(("1.01", "launched"), same_unit=1.0, unit_year=2023),
             _cand(("1.02", "launched"), same_unit=1.0, negated=1.0),
             _cand(("1.03", "operating"), year_rules=2020, same_unit=1.0, rules_emit=1.0)]
    keys, with_year = decide(MODEL, cands)
    assert keys == {("1.01", "launched"), ("1.03", "operating")}
    # the rules' year where they emit the fact; else the policy's ("none")
    assert with_year == {("1.01", "launched", None), ("1.03", "operating", 2020)}
    _, with_year = decide({**MODEL, "year_policy": "unit"}, cands)
    assert ("1.01", "launched", 2023) in with_year


def test_or_rules_keeps_every_fact_the_rules_emit():
    cand = _cand(("1.04", "planned"), negated=1.0, rules_emit=1.0)
    assert decide(MODEL, [cand])[0] == set()
    assert decide({**MODEL, "or_rules": True}, [cand])[0] == {("1.04", "planned")}


def test_year_policies():
    op = _cand(("1.05", "operating"), unit_year=2021)
    la = _cand(("1.06", "launched"))
    assert fact_year(op, "unit_not_operating") is None and fact_year(op, "unit") == 2021
    assert fact_year(la, "unit_or_story_for_launch") == 2024 and fact_year(la, "unit") is None


def test_max_pair_takes_the_best_pair_with_the_decisions_own_features():
    from benchmarks.learned.mpp_model import candidate_probability

    model = {**MODEL, "weights": {"same_unit": 2.0, "rules_emit": 1.0}, "aggregate": "max_pair"}
    cand = _cand(("1.07", "planned"), same_unit=0.0, rules_emit=1.0)
    cand["pairs"] = [{"same_unit": 0.0}, {"same_unit": 1.0}]
    assert math.isclose(candidate_probability(model, cand), 1 / (1 + math.exp(-(2.0 + 1.0 - 1.0))))
    assert math.isclose(candidate_probability({**model, "aggregate": None}, cand), 1 / (1 + math.exp(0.0)))
