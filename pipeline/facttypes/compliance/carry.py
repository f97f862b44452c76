"""What a compliance story states once and carries over later sentences, beyond the assessment frame:

- **groups by size** (`GroupZones`): "Delapan pemda di Sumut masuk zona merah. … Delapan Pemda dengan
  predikat buruk itu adalah A, B, …" — a counted group given a zone; a later list named by the same
  size ("Delapan Pemda …", "Keenam kabupaten itu …", "Ke 7 kabupaten/kota ini") takes that zone, in
  the clause that names it (a contrasting clause keeps its own: "…, sedangkan lima kabupaten/kota
  lain masuk zona kuning");
- **an enumeration continued** (`ListedZone` over pipeline.nlp.discourse.lists.Enumeration): a list
  of results told with one zone and continued in the next sentences ("Kemudian Pemkab X …", "Lalu
  Kabupaten Y …", numbered item lines) gives the continuing items that zone and year;
- **all governments** (`all_zone`): "semua pemerintah daerah di Provinsi X masuk zona hijau" — the
  zone of every later result in that province that states none of its own (a score, a rank).

Offsets are relative to a unit's text; zones are the (zone, grade, pos) tuples of elements.py.
"""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.facttypes.compliance.elements import contrast_bounds
from pipeline.nlp.discourse.lists import ALL_GROUP, Enumeration, counted_groups

#: How far after a group of all governments its province ("… di Provinsi Bengkulu") is looked for.
ALL_SCOPE_CHARS = 40

Zones = list[tuple[str, str | None, int]]


def _clause(bounds: list[int], pos: int) -> tuple[int, int]:
    return max(b for b in bounds if b <= pos), min(b for b in bounds if b > pos)


def one_zone(zones: Zones) -> Zones | None:
    """The zones when they name one colour, else None."""
    return zones if zones and len({z[0] for z in zones}) == 1 else None


class GroupZones:
    """The zone given to each counted group of the article, by its size (the last one told)."""

    def __init__(self):
        self.by_size: dict[int, Zones] = {}

    def learn(self, text: str, zones: Zones, taken: list[tuple[int, int]]) -> None:
        """Remember the zone told for each counted group of a unit: the zones after it in its
        clause, up to the next group. `taken`: spans of place names ("Kabupaten Lima Puluh Kota")."""
        if not zones:
            return
        groups = [g for g in counted_groups(text) if not any(a < g[2] and g[1] < b for a, b in taken)]
        if not groups:
            return
        bounds = contrast_bounds(text)
        for i, (size, start, end) in enumerate(groups):
            lo, hi = _clause(bounds, start)
            stop = min([hi] + [g[1] for g in groups[i + 1:]])
            told = one_zone([z for z in zones if end <= z[2] < stop])
            if told:
                self.by_size[size] = [(z, g, start) for z, g, _ in told]

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
        for size, start, _ in counted_groups(text[lo:first] if first > lo else ""):
            if size in self.by_size and not any(a < lo + start + 1 and lo + start < b for a, b in taken):
                return [(z, g, lo + start) for z, g, _ in self.by_size[size]]
        return []


@dataclass
class ListedZone:
    """An enumeration of results with the zone and year its items were given."""

    enumeration: Enumeration
    zones: Zones | None
    year: int | None


def all_zone(text: str, zones: Zones) -> tuple[Zones, int] | None:
    """The zone a unit states for all governments ("semua pemerintah daerah telah masuk zona hijau")
    and where the group's words end (its province may follow: "… di Provinsi Bengkulu"); None when
    the unit states no such zone."""
    m = ALL_GROUP.search(text)
    if not m or not zones:
        return None
    lo, hi = _clause(contrast_bounds(text), m.start())
    told = one_zone([z for z in zones if m.end() <= z[2] < hi])
    return (told, m.end()) if told else None


def all_scope(text: str) -> int | None:
    """Where the words of a group of all governments end in a unit ("seluruh pemerintah daerah"), or None."""
    m = ALL_GROUP.search(text)
    return m.end() if m else None
