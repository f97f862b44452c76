"""The learned MPP decision without scikit-learn: a logistic regression saved as JSON (`weights`: feature name ->
coefficient, `intercept`, `threshold`, `year_policy`) is a dot product and a sigmoid; the leave-one-set-out split; and the
scorer's micro counts over keys.
"""
from __future__ import annotations

from . import common
from .common import counts, load, loso_splits, prf, probability, save  # noqa: F401 (this module's API since the MPP experiment)
from .mpp_features import KEY_FEATURES, PAIR_FEATURES


def vector(f: dict[str, float], names=KEY_FEATURES) -> list[float]:
    return common.vector(f, names)

STATUS_KEY = "mpp.region+status"
YEAR_KEY = "mpp.region+status+year"








#: how a fact the rules do not emit gets its year (the model's `year_policy`, chosen on the training sets)
YEAR_POLICIES = ("unit", "none", "unit_not_operating", "since_for_operating", "unit_or_story_for_launch")


def fact_year(c: dict, policy: str) -> int | None:
    """A candidate's year: the rules' where they emit the fact, else by `policy`: the last year written in its cue's
    unit ("unit"), none, the unit's year except for an MPP operating, an operating MPP's "sejak YEAR" only, or the
    unit's year else the story's for a launch."""
    if c["f"].get("rules_emit"):
        return c["rules_year"]
    status = c["key"][1]
    if policy == "none":
        return None
    if policy == "unit_not_operating":
        return None if status == "operating" else c["unit_year"]
    if policy == "since_for_operating":
        return c.get("since_year") if status == "operating" else c["unit_year"]
    if policy == "unit_or_story_for_launch":
        return c["unit_year"] or (c.get("pub_year") if status == "launched" else None)
    return c["unit_year"]


def candidate_probability(model: dict, c: dict) -> float:
    """A candidate's probability: of its decision features; with `aggregate` "max_pair", the maximum over its pairs
    (each pair's own features with the decision's counts and rules features; the decision's own where it has no pair)."""
    if model.get("aggregate") == "max_pair" and c.get("pairs"):
        return max(probability(model, {**c["f"], **pair_only(pf)}) for pf in c["pairs"])
    return probability(model, c["f"])


def pair_only(pf: dict) -> dict:
    """A pair's features over every pair feature (those it lacks are 0)."""
    return {n: float(pf.get(n, 0.0)) for n in PAIR_FEATURES}


def decide(model: dict, cands: list[dict]) -> tuple[set, set]:
    """An article's learned keys: (region, status) and (region, status, year) of the candidates at or above
    the threshold (with `or_rules`, the rules' facts too); the year by `fact_year`."""
    keys, with_year = set(), set()
    for c in cands:
        if (model.get("or_rules") and c["f"].get("rules_emit")) or candidate_probability(model, c) >= model["threshold"]:
            key = tuple(c["key"])
            keys.add(key)
            with_year.add((*key, fact_year(c, model.get("year_policy", "unit"))))
    return keys, with_year


def rules_keys(row: dict) -> tuple[set, set]:
    return {(r, s) for r, s, _ in row["rules"]}, {(r, s, y) for r, s, y in row["rules"]}


def gold_sets(row: dict) -> tuple[set, set]:
    return {tuple(k) for k in row["gold"]}, {tuple(k) for k in row["gold_year"]}







