"""The learned compliance decision without scikit-learn: a logistic regression saved as JSON (`weights`, `intercept`,
`threshold`, `year_policy`; common.probability is its dot product and sigmoid) decides which (subject, zone)
candidates are facts; a fact's year is the rules' where they emit it, else by the year policy.

Results without a zone (a score alone) are outside the decision: the rules' are kept on both sides, so the scorer's
`compliance.subject+zone` compares the zone decisions alone.
"""
from __future__ import annotations

from .common import probability

ZONE_KEY = "compliance.subject+zone"
YEAR_KEY = "compliance.subject+zone+year"
#: how a fact the rules do not emit gets its year (chosen on the training sets)
YEAR_POLICIES = ("unit", "none", "story", "unit_or_story", "article_or_unit")


def fact_years(c: dict, policy: str) -> list[int | None]:
    """A candidate's years: the rules' where they emit the fact (each year they give it), else one by `policy`: the last year written in its cue's
    unit (else the government's unit) ("unit"), none, the story's year, the unit's year else the story's, or the year the rules give most of the
    article's results else the unit's."""
    if c["f"].get("rules_emit") and c.get("rules_years"):
        return list(c["rules_years"])
    if policy == "none":
        return [None]
    if policy == "story":
        return [c.get("pub_year")]
    if policy == "article_or_unit":
        return [c.get("article_year") or c.get("unit_year")]
    if policy == "unit_or_story":
        return [c.get("unit_year") or c.get("pub_year")]
    return [c.get("unit_year")]


def decide(model: dict, row: dict) -> tuple[set, set]:
    """An article's learned keys, (subject, zone) and (subject, zone, year): the candidates at or above the threshold,
    and the rules' results without a zone (module doc)."""
    keys, with_year = set(), set()
    for c in row["cands"]:
        if probability(model, c["f"]) >= model["threshold"]:
            keys.add(tuple(c["key"]))
            with_year.update((*c["key"], y) for y in fact_years(c, model.get("year_policy", "unit")))
    for s, z, y in row["rules"]:
        if z is None:
            keys.add((s, z))
            with_year.add((s, z, y))
    return keys, with_year


def rules_keys(row: dict) -> tuple[set, set]:
    return {(s, z) for s, z, _ in row["rules"]}, {(s, z, y) for s, z, y in row["rules"]}


def gold_sets(row: dict) -> tuple[set, set]:
    return {tuple(k) for k in row["gold"]}, {tuple(k) for k in row["gold_year"]}
