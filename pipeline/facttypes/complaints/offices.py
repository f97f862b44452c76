"""The Ombudsman offices an article names, and which of them received a count.

- **a provincial office**: a province name right after an office head word and nothing but office
  words between ("Ombudsman RI Perwakilan Sulawesi Tenggara", "Ombudsman Republik Indonesia (RI)
  Kantor Perwakilan Sultra", "Ombudsman RI Perwakilan Provinsi Kalimantan Timur", "Perwakilan
  Ombudsman, Provinsi Riau", "ORI Kalteng"); lexicon.toml `office_head`, `office_word`;
- **the offices of a list**: a province name right after an office's count continues the list of offices
  ("Ombudsman RI Perwakilan Jawa Timur 1.036 laporan, disusul Sumatera Utara 900 laporan");
- **Ombudsman RI itself** (no province): "Ombudsman RI", "Ombudsman Republik Indonesia", "ORI"
  where no province follows as above;
- **the office of a count**: the one named last before it in its unit, else the first named after
  it in its unit, else the office of the report read so far (the office of the last fact), else the
  one named last before it, else the first the article names. A passing mention of Ombudsman RI
  ("hari ulang tahun Ombudsman RI") does not take over a provincial office's report.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.lang import words_pattern

#: How far before a province name (characters, inside its unit) an office head word is looked for.
OFFICE_WINDOW = 70
#: between two offices of a list: a count and list glue ("1.036 laporan, disusul ")
OFFICE_LIST_GAP = re.compile(r"\s*(?:\(\s*)?(?:(?:dengan|sebanyak|yakni)\s+)?\d[\d.,]*\s*(?:laporan|aduan|pengaduan|keluhan)?"
                             r"(?:\s*\))?\s*(?:,|;|dan|serta|disusul|diikuti|kemudian|lalu|\s)*", re.IGNORECASE)
_NATIONAL = re.compile(r"\b(?:ombudsman\s+(?:ri|republik\s+indonesia)|ori)\b", re.IGNORECASE)


def office_before(heads: list[str], words: list[str]) -> re.Pattern:
    """An office head word, then only office words, up to the end of the text searched."""
    word = r"(?:[\s,.]*(?:" + words_pattern(words) + r"|\((?:ri|ori)\)))"
    return re.compile(words_pattern(heads) + word + r"*[\s,.]*$", re.IGNORECASE)


class Offices:
    """Every office an article names as (position, province code or None for Ombudsman RI)."""

    def __init__(self, text: str, province_spans: list[tuple[int, int, str]], units, before: re.Pattern):
        starts = [u.start for u in units]
        heads: dict[int, tuple[str, int]] = {}  # head position → (province code, name position)
        last_end = None  # where the last office's province name ends
        for pos, end, code in province_spans:
            k = bisect_left(starts, pos + 1) - 1
            m = before.search(text, max(pos - OFFICE_WINDOW, units[k].start if k >= 0 else 0), pos)
            if m:
                heads.setdefault(m.start(), (code, pos))
            elif last_end is not None and pos - last_end <= OFFICE_WINDOW and OFFICE_LIST_GAP.fullmatch(text, last_end, pos):
                heads.setdefault(pos, (code, pos))  # "… Jawa Timur 1.036 laporan, disusul Sumatera Utara 900 laporan"
            else:
                continue
            last_end = end
        found = [(h, code) for h, (code, _) in heads.items()]
        found += [(m.start(), None) for m in _NATIONAL.finditer(text)
                  if not any(h <= m.start() < pos for h, (_, pos) in heads.items())]
        self.named = sorted(found, key=lambda o: o[0])
        #: where the province names of the offices start (no government reported on)
        self.names = frozenset(pos for _, pos in heads.values())
        self.current: str | None = None
        self.seen = False

    def named_in(self, unit) -> bool:
        return any(unit.start <= p < unit.end for p, _ in self.named)

    def at(self, pos: int, unit) -> str | None:
        """The office of a count at `pos` in `unit` (see the module doc)."""
        inside = [(p, c) for p, c in self.named if unit.start <= p < unit.end]
        before = [c for p, c in inside if p < pos]
        if before:
            return before[-1]
        if inside:
            return inside[0][1]
        if self.seen:
            return self.current
        earlier = [c for p, c in self.named if p < pos]
        if earlier:
            return earlier[-1]
        return self.named[0][1] if self.named else None

    def told(self, unit) -> None:
        """A unit naming an office tells what it received: that office is the report's from now on."""
        inside = [c for p, c in self.named if unit.start <= p < unit.end]
        if inside:
            self.read(inside[-1])

    def read(self, office: str | None) -> None:
        """A fact of `office` was read: it is the report's office from now on."""
        self.current, self.seen = office, True
