"""The learned complaints decision without scikit-learn: the saved logistic regression (common.probability) over
a candidate's features, the year of a fact the rules do not emit, and an article's keys.
"""
from __future__ import annotations

from .common import probability

#: how a fact the rules do not emit gets its year (the model's `year_policy`, chosen on the training sets)
YEAR_POLICIES = ("unit", "none", "unit_or_story", "story")


def fact_year(c: dict, policy: str) -> int | None:
    """A candidate's year: the rules' where they emit the fact, else by `policy`: the last year written in the
    count's unit (or the unit before), none, that year else the story's, or the story's."""
    if c["f"].get("rules_emit"):
        return c["rules_year"]
    if policy == "none":
        return None
    if policy == "story":
        return c.get("pub_year")
    if policy == "unit_or_story":
        return c.get("unit_year") or c.get("pub_year")
    return c.get("unit_year")


def candidate_probability(model: dict, c: dict) -> float:
    """The saved regression's probability; a tree ensemble tried in the LOSO (`_estimator`, never saved) its own."""
    if "_estimator" in model:
        return float(model["_estimator"].predict_proba([[float(c["f"].get(n, 0.0)) for n in model["_features"]]])[0][1])
    return probability(model, c["f"])


def decide(model: dict, cands: list[dict]) -> tuple[set, set]:
    """An article's learned keys: (subject, count) and (subject, count, year) of the candidates at or above the
    threshold; the year by `fact_year`."""
    keys, with_year = set(), set()
    for c in cands:
        if candidate_probability(model, c) >= model["threshold"]:
            key = tuple(c["key"])
            keys.add(key)
            with_year.add((*key, fact_year(c, model.get("year_policy", "unit"))))
    return keys, with_year


def rules_keys(row: dict) -> tuple[set, set]:
    return {(s, c) for s, c, _ in row["rules"]}, {(s, c, y) for s, c, y in row["rules"]}


def gold_sets(row: dict) -> tuple[set, set]:
    return {tuple(k) for k in row["gold"]}, {tuple(k) for k in row["gold_year"]}
