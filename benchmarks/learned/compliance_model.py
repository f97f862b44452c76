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
YEAR_POLICIES = ("unit", "none", "story", "unit_or_story")


def fact_year(c: dict, policy: str) -> int | None:
    """A candidate's year: the rules' where they emit the fact, else by `policy`: the last year written in its cue's
    unit (else the government's unit) ("unit"), none, the story's year, or the unit's year else the story's."""
    if c["f"].get("rules_emit"):
        return c["rules_year"]
    if policy == "none":
        return None
    if policy == "story":
        return c.get("pub_year")
    if policy == "unit_or_story":
        return c.get("unit_year") or c.get("pub_year")
    return c.get("unit_year")


def decide(model: dict, row: dict) -> tuple[set, set]:
    """An article's learned keys, (subject, zone) and (subject, zone, year): the candidates at or above the threshold,
    and the rules' results without a zone (module doc)."""
    keys, with_year = set(), set()
    for c in row["cands"]:
        if probability(model, c["f"]) >= model["threshold"]:
            keys.add(tuple(c["key"]))
            with_year.add((*c["key"], fact_year(c, model.get("year_policy", "unit"))))
    for s, z, y in row["rules"]:
        if z is None:
            keys.add((s, z))
            with_year.add((s, z, y))
    return keys, with_year


def rules_keys(row: dict) -> tuple[set, set]:
    return {(s, z) for s, z, _ in row["rules"]}, {(s, z, y) for s, z, y in row["rules"]}


def gold_sets(row: dict) -> tuple[set, set]:
    return {tuple(k) for k in row["gold"]}, {tuple(k) for k in row["gold_year"]}
