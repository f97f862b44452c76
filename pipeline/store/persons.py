"""Person resolution across articles (pure functions; the store applies the result).

Rules: names are compared by `name_key` (lower case, punctuation and leftover honorifics/degrees
removed). Names of two or more words are one person wherever they occur. A one-word name
("Epyardi", from "Bupati Epyardi") joins the longer name that contains that word and is reported
holding an office in the same place (region, else province) — only when exactly one such name
exists; otherwise it stays a person of its own, per place.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass

# leading titles the tagger may have left; degrees follow a comma and are cut there
_HONORIFICS = {"h", "hj", "dr", "drs", "dra", "drg", "ir", "prof", "kh"}
_NON_WORD = re.compile(r"[^\w\s]|_", re.UNICODE)


def name_key(name: str) -> str:
    """Normalised form of a person's name: 'H. Epyardi Asda, S.H.' -> 'epyardi asda'."""
    text = unicodedata.normalize("NFKC", name or "").split(",")[0]
    tokens = _NON_WORD.sub(" ", text).lower().split()
    while tokens and tokens[0] in _HONORIFICS and len(tokens) > 1:
        tokens.pop(0)
    return " ".join(tokens)


@dataclass(frozen=True)
class NameGroup:
    """Officials' rows sharing one name key and one office place."""

    name_key: str
    place: str | None  # region code, else province code of the office
    names: tuple[str, ...]  # names as reported
    person_ids: tuple[tuple[int, int], ...] = ()  # (existing person id, rows holding it)
    rows: int = 1


def cluster(groups: list[NameGroup]) -> list[int]:
    """Cluster index of each group: groups with the same index are one person."""
    multi_places: dict[str, set] = defaultdict(set)
    for g in groups:
        if len(g.name_key.split()) > 1:
            multi_places[g.name_key].add(g.place)
    by_token: dict[str, list[str]] = defaultdict(list)
    for key in multi_places:
        for tok in set(key.split()):
            by_token[tok].append(key)

    labels: dict[tuple, int] = {}
    out = []
    for g in groups:
        if len(g.name_key.split()) > 1:
            label = ("name", g.name_key)
        else:
            matches = [k for k in by_token.get(g.name_key, ()) if g.place is not None and g.place in multi_places[k]]
            label = ("name", matches[0]) if len(matches) == 1 else ("single", g.name_key, g.place)
        out.append(labels.setdefault(label, len(labels)))
    return out


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    name_key: str
    aliases: tuple[str, ...]


def resolve(groups: list[NameGroup], next_id: int) -> tuple[list[Person], list[int]]:
    """Persons and the person id of each group. Existing ids are kept: each old id goes to the
    cluster holding most of its rows; clusters without one get new ids from `next_id`."""
    labels = cluster(groups)
    names: dict[int, Counter] = defaultdict(Counter)
    claims: dict[int, Counter] = defaultdict(Counter)
    for g, lab in zip(groups, labels):
        for n in g.names:
            names[lab][n] += g.rows
        for pid, n in g.person_ids:
            claims[lab][pid] += n
    persons, assigned = resolve_clusters(sorted(names), names, claims, next_id)
    return persons, [assigned[lab] for lab in labels]


def resolve_clusters(order: list, names: dict, claims: dict, next_id: int) -> tuple[list[Person], dict]:
    """Persons of clusters already formed, and each cluster's person id. `order`: the clusters (any
    hashable labels) in the order new ids are given; `names[label]`: rows per reported name;
    `claims[label]`: rows per person id already held. Each old id goes to the cluster holding most of
    its rows (ties: the lower id, the earlier cluster); clusters without one get new ids from `next_id`."""
    rank = {lab: i for i, lab in enumerate(order)}
    flat = [((lab, pid), n) for lab, held in claims.items() for pid, n in held.items()]
    assigned: dict = {}
    taken: set[int] = set()
    for (lab, pid), _ in sorted(flat, key=lambda kv: (-kv[1], kv[0][1], rank[kv[0][0]])):
        if lab not in assigned and pid not in taken:
            assigned[lab] = pid
            taken.add(pid)
    next_id = max([next_id, *(p + 1 for p in taken)])
    for lab in order:
        if lab not in assigned:
            assigned[lab] = next_id
            next_id += 1
    persons = []
    for lab in order:
        counts = names[lab]
        display = max(counts, key=lambda n: (len(name_key(n).split()), counts[n], -len(n), n))
        persons.append(Person(assigned[lab], display, name_key(display), tuple(sorted(counts))))
    persons.sort(key=lambda p: p.id)
    return persons, assigned
