"""Compliance candidates: (government mention, zone cue) pairs that Warta's own layers find in one tagged doc.

A government mention is a span of doc.spans["regions"/"provinces"] (the discourse layer's `Mention`); a zone cue is
a colour after one of the compliance lexicon's zone nouns (`grammar.ZONE`: "zona kuning", "predikat hijau"), a grade
the lexicon maps to a zone (`grammar.GRADES` and `GRADE_ZONE`: "kepatuhan tinggi", "opini kualitas tertinggi"), or,
in an article that has one of those, a bare colour word ("Kota A (kuning)", "hijau: Kota A, Kota B"). Nothing here
decides: `pairs_of` lists every pair inside the window, and `compliance_features` turns them into numbers.

The window (chosen before any run, not tuned): the cue in the government's own unit, or in the head of the list the
government's unit is an item of (`common.list_head`: a run of short item lines after a unit ending with a colon
or an enumeration opener). A zone is told of a government in its own sentence ("Kota A masuk zona hijau", "Kota A
(kuning), Kota B (merah)") or by the line that opens a list of governments ("Zona hijau:" then one per line); a
sentence before or after that tells a zone tells it of its own subject, so neighbours are left out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.facttypes.compliance import grammar as G

from . import common
from .common import Unit, list_head

#: a colour word on its own (a cue of kind "bare" where no zone noun or grade gives it)
BARE_COLOUR = re.compile(r"\b(" + "|".join(G.ZONES) + r")\b", re.IGNORECASE)
SPACES = re.compile(r"\s+")
CUE_KINDS = ("zone", "grade", "bare")
#: words that tell a zone of every government at once ("seluruh pemda masuk zona kuning", "semuanya zona hijau")
COLLECTIVE = re.compile(r"\b(?:seluruh(?:nya)?|semua(?:nya)?|keseluruhan|segenap|se-?(?:provinsi|kabupaten|kota)\w*)\b",
                        re.IGNORECASE)
#: how many characters before a cue a collective word may stand
COLLECTIVE_REACH = 80


@dataclass
class Cue:
    zone: str  # hijau | kuning | merah
    pos: int  # offset in its unit
    kind: str  # CUE_KINDS


@dataclass
class UnitInfo(Unit):
    """What one unit holds: its text, its zone cues and its government mentions (offsets in the unit)."""

    cues: list[Cue] = field(default_factory=list)
    govs: list[tuple[int, int, str, bool]] = field(default_factory=list)  # (start, end, code, is_province)


@dataclass
class Pair(common.Pair):
    """common.Pair (the cue: an index into the cue unit's `cues`); `collective`: paired by the collective window."""

    collective: bool = False


def gov_key(code: str, is_province: bool) -> str:
    """The scorer's subject (pipeline.facttypes.spec.subject): the region code, "P" + code for a province's own."""
    return "P" + str(code) if is_province else code


def cues_in(text: str) -> list[Cue]:
    """The zone cues of a unit: zone-noun colours, grades with a zone, then bare colours not inside either."""
    out = []
    for m in G.ZONE.finditer(text):
        g = 1 if m.group(1) else 2
        out.append(Cue(m.group(g).lower(), m.start(g), "zone"))
    for rx in G.GRADES:
        for m in rx.finditer(text):
            word = SPACES.sub(" ", m.group(1)).lower()
            if word in G.GRADE_ZONE:
                out.append(Cue(G.GRADE_ZONE[word], m.start(), "grade"))
    for m in BARE_COLOUR.finditer(text):
        if not any(c.kind == "zone" and c.pos == m.start() for c in out):
            out.append(Cue(m.group(1).lower(), m.start(), "bare"))
    out.sort(key=lambda c: c.pos)
    return out


def units_of(discourse) -> list[UnitInfo]:
    """Every unit of a doc's discourse with its zone cues and government mentions; no bare colours in an article
    without a zone-noun or grade cue."""
    out = []
    for u in discourse.units:
        info = UnitInfo(u.index, u.text, u.heading, u.noise)
        info.cues = cues_in(u.text)
        info.govs = [(m.start - u.start, m.end - u.start, m.code, m.is_province) for m in discourse.mentions_in(u)]
        out.append(info)
    if not any(c.kind != "bare" for u in out for c in u.cues):
        for u in out:
            u.cues = []
    return out


def collective_cues(units: list[UnitInfo]) -> list[tuple[int, int]]:
    """(unit, cue) of the zone-noun cues told of every government at once: a collective word shortly before."""
    return [(j, c) for j, u in enumerate(units) for c, cue in enumerate(u.cues)
            if cue.kind == "zone" and COLLECTIVE.search(u.text, max(0, cue.pos - COLLECTIVE_REACH), cue.pos)]


def pairs_of(units: list[UnitInfo], collective: bool = False) -> list[Pair]:
    """Every (government mention, cue) pair inside the window (module doc); with `collective` (a variant chosen
    after the first run's misses), also every government mention of the article with each collective cue in
    another unit."""
    out = []
    if collective:
        for j, c in collective_cues(units):
            out += [Pair(k, g, j, c, collective=True) for k, u in enumerate(units) if k != j for g in range(len(u.govs))]
    for k, u in enumerate(units):
        if not u.govs:
            continue
        cue_units = [(k, False)]
        head = list_head(units, k)
        if head is not None:
            cue_units.append((head, True))
        for j, is_head in cue_units:
            for c in range(len(units[j].cues)):
                for g in range(len(u.govs)):
                    out.append(Pair(k, g, j, c, is_head))
    return out
