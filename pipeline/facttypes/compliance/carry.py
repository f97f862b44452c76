"""What a compliance story states once and carries over later sentences, beyond the assessment frame:

- **groups by size** (`GroupZones`): "Delapan pemda di Sumut masuk zona merah. … Delapan Pemda dengan
  predikat buruk itu adalah A, B, …" — a counted group given a zone; a later list named by the same
  size ("Delapan Pemda …", "Keenam kabupaten itu …", "Ke 7 kabupaten/kota ini") takes that zone, in
  the clause that names it (a contrasting clause keeps its own: "…, sedangkan lima kabupaten/kota
  lain masuk zona kuning"; "tiga daerah lain … adalah A, B, C" is another group);
- **an enumeration continued** (`ListedZone` over pipeline.nlp.discourse.lists.Enumeration): a list
  of results told with one zone and continued in the next sentences ("Kemudian Pemkab X …", "Lalu
  Kabupaten Y …", numbered item lines) gives the continuing items that zone and year; so does a
  counted list cut short by a paragraph ("Keenam daerah itu yakni A 41,20, B 38,15, C 35,60." then
  "D 33,70, E 29,45 dan F 21,08."): a sentence opening with a government goes on with it until
  the count is reached (`ListedZone.expects`);
- **all governments** (`all_zone`): "semua pemerintah daerah di Provinsi X masuk zona hijau" — the
  zone of every later result in that province that states none of its own (a score, a rank); told as
  "Di Provinsi X, semuanya masuk zona hijau" (`scoped_all_zone`), also of the results told before it
  (the summary after a list of scores; final8), and the province there is the scope, no result.

Offsets are relative to a unit's text; zones are the (zone, grade, pos) tuples of elements.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.facttypes.compliance import grammar as G
from pipeline.facttypes.compliance.elements import contrast_bounds
from pipeline.lang import words_pattern
from pipeline.nlp.discourse.lists import ALL_GROUP, ENUMERATION_OPENER, Enumeration, counted_groups

#: a zone's words from where it starts ("zona kuning", "predikat kepatuhan tinggi", "kategori A")
ZONE_END = re.compile(r"[\w/-]+(?:\s*:\s*|\s+)[\w/-]+(?:\s+(?:tinggi|sedang|rendah|tertinggi|terendah))?")

#: How far before a list the counted group that names it may end ("Keenam daerah tersebut yakni ")
GROUP_BEFORE_LIST_CHARS = 30
#: … or how far, when an enumeration opener stands between ("6 kabupaten masuk zona hijau, antara lain ")
HEADED_LIST_CHARS = 90
#: How far after a group of all governments its province ("… di Provinsi Bengkulu") is looked for.
ALL_SCOPE_CHARS = 40

Zones = list[tuple[str, str | None, int]]


def _clause(bounds: list[int], pos: int) -> tuple[int, int]:
    return max(b for b in bounds if b <= pos), min(b for b in bounds if b > pos)


def one_zone(zones: Zones) -> Zones | None:
    """The zones when they name one colour, else None."""
    return zones if zones and len({z[0] for z in zones}) == 1 else None


#: between a zone and the counted group it is given to: "memberikan penilaian zona kuning untuk 3 kabupaten"
GIVEN_TO = re.compile(r"\s*" + words_pattern(G.LEX["recipient_words"]) + r"\s*$", re.IGNORECASE)
#: how far before its group the zone given to it may end (characters)
GIVEN_TO_CHARS = 30


def _given_to(text: str, zones: Zones, lo: int, start: int) -> Zones | None:
    """The one zone given to a counted group starting at `start`, told before it in its clause (from `lo`) and
    joined to it by a word of giving ("zona kuning untuk 3 kabupaten", "predikat hijau kepada lima pemda")."""
    before = [z for z in zones if lo <= z[2] < start]
    if not before:
        return None
    m = ZONE_END.match(text, before[-1][2])
    end = m.end() if m else before[-1][2]
    if start - end > GIVEN_TO_CHARS or not GIVEN_TO.search(text, end, start):
        return None
    return one_zone(before[-1:])


class GroupZones:
    """The zone given to each counted group of the article, by its size (the last one told)."""

    def __init__(self):
        self.by_size: dict[int, Zones] = {}

    def learn(self, text: str, zones: Zones, taken: list[tuple[int, int]]) -> Zones | None:
        """Remember the zone told for each counted group of a unit: the zones after it in its
        clause, up to the next group. `taken`: spans of place names ("Kabupaten Lima Puluh Kota").
        Returns the zone of the last group told here (None: none), for a list that names no size
        ("… tujuh kabupaten juga meraih predikat kualitas tertinggi. Mereka adalah A, B, …")."""
        if not zones:
            return None
        groups = [g for g in counted_groups(text) if not any(a < g[2] and g[1] < b for a, b in taken)]
        if not groups:
            return None
        last = None
        bounds = contrast_bounds(text)
        for i, (size, start, end) in enumerate(groups):
            lo, hi = _clause(bounds, start)
            stop = min([hi] + [g[1] for g in groups[i + 1:]])
            told = one_zone([z for z in zones if end <= z[2] < stop]) or _given_to(text, zones, lo, start)
            if told:
                self.by_size[size] = last = [(z, g, start) for z, g, _ in told]
        return last

    def named(self, text: str, zones: Zones, first: int, taken: list[tuple[int, int]]) -> Zones:
        """Zones for a list whose clause is named by the size of a group told before ("Delapan Pemda
        … adalah A, B"): the group's zone, placed at the name, where that clause (holding the
        subject at `first`) states no zone of its own; else []."""
        if not self.by_size:
            return []
        bounds = contrast_bounds(text)
        lo, hi = _clause(bounds, max(first, 0))
        if any(lo <= z[2] < hi for z in zones):
            return []
        for size, start, end in counted_groups(text[lo:first] if first > lo else ""):
            if G.OTHER_GROUP_AFTER.match(text, lo + end):
                continue  # "tiga daerah lain": not the group of three told before
            if size in self.by_size and not any(a < lo + start + 1 and lo + start < b for a, b in taken):
                return [(z, g, lo + start) for z, g, _ in self.by_size[size]]
        return []


@dataclass
class ListedZone:
    """An enumeration of results with the zone and year its items were given; `expected`: the size
    of the counted group that opened it ("Keenam daerah tersebut yakni …"), if larger than the
    items told in that sentence."""

    enumeration: Enumeration
    zones: Zones | None
    year: int | None
    expected: int | None = None

    def expects(self, text: str, first: int, unit: int) -> bool:
        """Whether a unit (`text`) opening with a government (at `first`: "Kabupaten Sigi 29,45, …")
        goes on with a counted list not yet complete, within the enumeration's reach."""
        e = self.enumeration
        return (self.expected is not None and len(e.items) < self.expected and e.last_unit is not None
                and 0 < unit - e.last_unit <= e.reach
                and G.LIST_ITEM_START.fullmatch(text, 0, max(first, 0)) is not None)


def expected_size(text: str, first: int, named: int) -> int | None:
    """The size of the counted group right before a list starting at `first` ("Keenam daerah
    tersebut yakni A, B, C"), or heading it with its result and an opener ("Sebanyak 6 kabupaten masuk
    zona hijau, antara lain A, B, C"), when it counts more than the `named` items; else None."""
    before = [g for g in counted_groups(text[:max(first, 0)])
              if first - g[2] <= GROUP_BEFORE_LIST_CHARS
              or (first - g[2] <= HEADED_LIST_CHARS and ENUMERATION_OPENER.search(text, g[2], first))]
    return before[-1][0] if before and before[-1][0] > named else None


def all_zone(text: str, zones: Zones) -> tuple[Zones, int] | None:
    """The zone a unit states for all governments ("semua pemerintah daerah telah masuk zona hijau")
    and where the group's words end (its province may follow: "… di Provinsi Bengkulu"); None when
    the unit states no such zone."""
    m = ALL_GROUP.search(text) if zones else None
    if not m:
        return None
    lo, hi = _clause(contrast_bounds(text), m.start())
    told = one_zone([z for z in zones if m.end() <= z[2] < hi])
    return (told, m.end()) if told else None


#: "semuanya", "seluruhnya": every government of the province named right before ("Khusus di Provinsi
#: Bengkulu, semuanya sudah masuk zona hijau"; final8)
ALL_PRONOUN = re.compile(r"\b(?:semuanya|seluruhnya)\b", re.IGNORECASE)
#: between that province and the pronoun: a comma at most
SCOPE_GAP = re.compile(r"\s*,?\s*")


def scoped_all_zone(text: str, zones: Zones, provinces: list[tuple[int, int, str]]) -> tuple[Zones, str] | None:
    """The zone a unit states for every government of a province named right before "semuanya"/"seluruhnya"
    ("Khusus di Provinsi Bengkulu, semuanya sudah masuk zona hijau"), with that province's code; None when
    the unit states no such zone. `provinces`: (start, end, code) of the unit's province mentions."""
    m = ALL_PRONOUN.search(text) if zones and provinces else None
    if not m:
        return None
    scope = next((code for a, b, code in provinces if 0 <= m.start() - b <= ALL_SCOPE_CHARS
                  and SCOPE_GAP.fullmatch(text, b, m.start())), None)
    if scope is None:
        return None
    _, hi = _clause(contrast_bounds(text), m.start())
    told = one_zone([z for z in zones if m.end() <= z[2] < hi])
    return (told, scope) if told else None


def zone_all_before(drafts: list, zones: Zones, province: str) -> None:
    """The zone stated for all governments of `province` given to its kabupaten/kota's dated or year-less
    results told before without one (results.Draft; `scoped_all_zone`)."""
    grade = next((g for _, g, _ in zones if g), None)
    for d in drafts:
        if d.zone is None and d.key[0] is not None and d.key[1] == province and isinstance(d.year, (int, type(None))):
            d.zone = zones[0][0]
            if grade and grade not in d.grades:
                d.grades.append(grade)


def all_scope(text: str) -> int | None:
    """Where the words of a group of all governments end in a unit ("seluruh pemerintah daerah"), or None."""
    m = ALL_GROUP.search(text)
    return m.end() if m else None
