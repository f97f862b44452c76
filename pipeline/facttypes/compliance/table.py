"""Results printed as a table flattened to lines: one government per line, each with its own values (a
score, a zone, a grade), under a heading line that tells the year:

    Berikut nilai kepatuhan pemerintah daerah tahun 2024.
    1. Kota Sukamaju, 91,01 (Hijau)
    2. Kabupaten Lembah Hijau - 74,61 - Kuning
    3. Kabupaten Sukamundur	59,86	Merah

A ROW is a whole line (an enumerator or bullet aside) made of one government and value cells only:
separators, field labels ("Nilai:", "Zona"), a score, a bare colour, a grade letter, grade words, each maybe in
parentheses; the cells may stand before the name too ("Hijau – Kota Sukamaju (91,01)"). A TABLE is a run of
at least `MIN_ROWS` rows one after the other (split-off enumerators between them); one line of that shape
alone is not a table. Each row is read as its own unit and keeps its own values (`row_elements`: a bare
colour in its cells is its zone, a bare grade letter its category, a number its score); the one year the line
before the run (its heading) writes is the year of its rows (`TableRow.year`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.facttypes.compliance import grammar as G
from pipeline.facttypes.compliance.years import single_years
from pipeline.lang import words_pattern
from pipeline.nlp.discourse.units import Unit, line_bounds

#: the fewest rows in a run that make a table
MIN_ROWS = 2
#: a cell word: a field label, a colour, a grade word, a bare grade letter (in capitals)
_CELL_WORD = (r"(?i:" + words_pattern([*G.LEX["field_labels"], *G.LEX["row_cell_words"], *G.ZONES]) + r")"
              + r"|\b[A-E]\b")
#: a score or a whole number (a rank or a score after its label)
_CELL_NUMBER = r"(?<![\d.,])\d{1,3}(?:[.,]\d{1,2})?(?![\d.,]?\d)"
#: the cells of a row: separators, parentheses, cell words and numbers only
CELLS = re.compile(r"(?:[\s,;:|/=()\[\]–—*•-]+|" + _CELL_WORD + "|" + _CELL_NUMBER + r")*")
#: a value among the cells: a number with decimals, a colour, a grade letter
VALUE = re.compile(r"\d{1,3}[.,]\d{1,2}|(?i:" + words_pattern(G.ZONES) + r")|\b[A-E]\b")
#: before a row's government, after its cells: its kind ("Pemerintah Kota", "Pemkab", "Kab.")
OWNER = re.compile(r"(?:(?i:" + words_pattern(G.LEX["row_owner_words"]) + r")\.?\s*)*")
#: an enumerator or bullet at a line's start ("1.", "10)", "-", "•")
ENUMERATOR = re.compile(r"[ \t]*(?:\d{1,2}\s*[.)]|[-•*–·])?[ \t]*")
#: a bare colour (as a cell) and a bare grade letter (as a cell)
BARE_COLOUR = re.compile(r"(?i:" + words_pattern(G.ZONES) + r")")
BARE_LETTER = re.compile(r"\b([A-E])\b")


@dataclass(frozen=True)
class TableRow:
    """A row's unit index, where its government's cells start and end (offsets in the unit's text: the
    cells are the unit's text before `name_start` and after `name_end`), and the heading's year."""

    index: int
    name_start: int
    name_end: int
    year: int | None


def _row(text: str, unit: Unit, mentions: list) -> tuple[int, int] | None:
    """(start, end) of the government of a unit that is a row (see the module doc), relative to the unit, else None."""
    if unit.noise or len(mentions) != 1:
        return None
    a, b = line_bounds(text, unit.start)
    if unit.end < b and text[unit.end:b].strip():
        return None
    m = ENUMERATOR.match(text, a)
    if text[m.end():unit.start].strip():
        return None  # the unit is not the line's only words
    lo = max(unit.start, m.end())
    gov = mentions[0]
    before = CELLS.match(text, lo, gov.start)
    if before is None:
        return None
    owner = OWNER.match(text, before.end(), gov.start)
    if owner.end() != gov.start:
        return None
    after = CELLS.match(text, gov.end, unit.end)
    if after.end() != unit.end:
        return None
    if not (VALUE.search(text, lo, before.end()) or VALUE.search(text, gov.end, unit.end)):
        return None
    return gov.start - unit.start, gov.end - unit.start


def table_rows(text: str, units: list[Unit], mentions_in, limit: int, skip: set[int] = frozenset()) -> list[TableRow]:
    """The rows of every table in the text (see the module doc), in order. `units`: every unit of the text in
    order; `mentions_in(unit)`: its government mentions; `limit`: the latest year an assessment may have;
    `skip`: indexes of units read otherwise (a list joined to its heading, a record)."""
    out: list[TableRow] = []
    k = 0
    while k < len(units):
        run: list[tuple[int, tuple[int, int]]] = []
        j = k
        while j < len(units):
            u = units[j]
            if u.noise and ENUMERATOR.fullmatch(u.text):
                j += 1
                continue  # a split-off enumerator between rows
            span = None if u.index in skip else _row(text, u, mentions_in(u))
            if span is None:
                break
            run.append((j, span))
            j += 1
        if len(run) >= MIN_ROWS:
            year = _heading_year(units, run[0][0], limit)
            out += [TableRow(units[i].index, a, b, year) for i, (a, b) in run]
        k = max(j, k + 1)
    return out


def _heading_year(units: list[Unit], first: int, limit: int) -> int | None:
    """The one year written in the line before a table's first row (a split-off enumerator aside)."""
    i = first - 1
    while i >= 0 and units[i].noise and ENUMERATOR.fullmatch(units[i].text):
        i -= 1
    if i < 0:
        return None
    years = {y for y, _, _ in single_years(units[i].text, limit)}
    return years.pop() if len(years) == 1 else None


def row_elements(ut: str, row: TableRow, el) -> None:
    """What a row's cells tell, added to its elements `el` (elements.Elements): a bare colour is its zone, a
    bare grade letter its category (with its zone), a score its own (anchored)."""
    cells = [(0, row.name_start), (row.name_end, len(ut))]
    taken = [(z[2], z[2] + 1) for z in el.zones]
    for a, b in cells:
        for m in BARE_COLOUR.finditer(ut, a, b):
            if not any(x <= m.start() < m.end() and m.start() - x <= 12 for x, _ in taken):
                el.zones.append((m.group(0).lower(), None, m.start()))
        for m in BARE_LETTER.finditer(ut, a, b):
            letter = m.group(1).lower()
            if letter in G.GRADE_ZONE and not any(abs(m.start() - x) <= 12 for x, _ in taken):
                el.zones.append((G.GRADE_ZONE[letter], f"kategori {m.group(1)}", m.start()))
    el.zones.sort(key=lambda z: z[2])
    el.scores = [(v, s, e, anchored or any(a <= s < b for a, b in cells)) for v, s, e, anchored in el.scores]
