"""Earlier results told beside the current one without a year of their own: each is a result of its
own, of an earlier assessment whose year the text does not give (year null in the output).

- the zone a government came from: "naik dari zona merah ke zona kuning" (a dated one, "dari zona
  kuning pada penilaian 2021", is a result of that year: elements.py keeps it);
- a state told as before: "sebelumnya dalam kategori sedang dengan skor 68,28, dan di 2024 ini …"
  (the zone and the score of the cue's clause, up to the next year or zone);
- a zone held: "tetap berada di zona kuning", "masih tetap di zona E": the same zone before too;
  so is a zone kept, when stated (`kept`: not hoped for): "mempertahankan predikat zona hijau".

Not earlier results: an undated past of several assessments ("setelah tiga tahun berturut-turut di
zona merah", "sempat lama di zona kuning": elements.py drops them), "tahun sebelumnya" (a year).
"""
from __future__ import annotations

import re

from pipeline.facttypes.compliance import grammar as G
from pipeline.lang import unit_lower

#: How far before a zone the zone it came from is read ("naik dari zona merah"), and the words of a
#: zone held ("tetap berada pada").
FROM_WINDOW = 35
HELD_WINDOW = 30

Zone = tuple[str, str | None, int]


def _cue(text: str, lo: int, pos: int) -> re.Match | None:
    """The last cue of an earlier state between `lo` and `pos` with no year after it."""
    last = None
    for last in G.EARLIER_STATE.finditer(text, lo, pos):
        pass
    if last is None or G.YEAR_IN.search(text, last.end(), pos):
        return None
    return last


def split_earlier(text: str, zones: list[Zone], bounds: list[int],
                  kept=None) -> tuple[list[tuple[Zone, int]], list[Zone]]:
    """(earlier, current) zones of a unit: each earlier zone with the end of the scope where its
    score may stand (0: it has none); a zone held is both. `bounds`: the unit's clause starts;
    `kept(pos)`: whether the text at `pos` is stated, not hoped for (None: no zone kept counts)."""
    if not zones or not any(map(unit_lower(text).__contains__, G.EARLIER_NEEDS)):
        return [], zones
    several = len({z[0] for z in zones}) > 1
    earlier: list[tuple[Zone, int]] = []
    now: list[Zone] = []
    for i, z in enumerate(zones):
        pos = z[2]
        if several and G.MOVED_FROM.search(text[max(0, pos - FROM_WINDOW):pos]) and not G.DATED_AFTER.match(text, pos):
            earlier.append((z, 0))
            continue
        lo = max(b for b in bounds if b <= pos)
        # (an earlier state dated right after its zone, "sebelumnya berada di zona hijau pada 2022 dan 2023",
        # is a result of those years; final4)
        if _cue(text, lo, pos) and not G.DATED_AFTER.match(text, pos):
            hi = min(b for b in bounds if b > pos)
            year = G.YEAR_IN.search(text, pos, hi)
            nxt = zones[i + 1][2] if i + 1 < len(zones) else hi
            earlier.append((z, min(hi, nxt, year.start() if year else hi)))
            continue
        before = text[max(0, pos - HELD_WINDOW):pos]
        if G.HELD_STATE.search(before) or (kept is not None and G.KEPT_STATE.search(before) and kept(pos)):
            earlier.append((z, 0))
        now.append(z)
    return earlier, now


def earlier_scores(scores: list[tuple], earlier: list[tuple[Zone, int]]) -> tuple[dict[int, float], list[tuple]]:
    """The score of each earlier zone (by its position), from the scores of its scope, and the
    scores left for the current results."""
    taken: dict[int, float] = {}
    rest = list(scores)
    for (zone, end) in earlier:
        found = next((s for s in rest if zone[2] < s[1] < end), None)
        if found is not None:
            taken[zone[2]] = found[0]
            rest.remove(found)
    return taken, rest
