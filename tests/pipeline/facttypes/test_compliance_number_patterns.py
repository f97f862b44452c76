"""Compliance's `NUMBER` (a score's number) and `_year_stated` (a year written in an evidence) with their
look-behinds after their first characters (the ninth speed pass): Python's `re` tries a pattern that opens with
a look-behind at every offset, one that opens with a digit or a literal only where one stands. The same spans
and groups as the old forms on invented lines, from every offset, for `search` and `finditer`."""
from __future__ import annotations

import re

import pytest

from pipeline.facttypes.compliance.grammar import NUMBER
from pipeline.facttypes.compliance.support import _year_stated

OLD_NUMBER = re.compile(r"(?<![\d.,/])(\d{1,3}(?:[.,]\d{1,2}|,\s\d{2}(?![\d.,]\d))?)(?!\d|[.,]\d|/)")
LINES = [
    "Nilai 87,5 lalu 93.80 dan 68, 28 poin; bukan 1.245.000, 3/4, 12/, 1,5,6 atau 1234 maupun 100.",
    "Skor 7 (12,34%) naik 0,5 dari 2023 ke 2024; 88, 12 dan 88, 123 serta .5 ,7 /9 x9 _9 \u0669\u0668",
    "2023 12023 20235 2023.1 2023, 2023x a2023 \u0662\u0660\u0662\u0663",
    "",
]


@pytest.mark.parametrize("line", LINES)
def test_number_as_the_old_form(line):
    for pos in range(len(line) + 1):
        a, b = OLD_NUMBER.search(line, pos), NUMBER.search(line, pos)
        assert (a and (a.span(), a.group(1))) == (b and (b.span(), b.group(1))), (line, pos)
        assert [m.span(1) for m in OLD_NUMBER.finditer(line, pos)] == [m.span(1) for m in NUMBER.finditer(line, pos)]


@pytest.mark.parametrize("year", [2023, 2024, 1999])
@pytest.mark.parametrize("line", LINES)
def test_year_stated_as_the_old_form(year, line):
    old = re.compile(rf"(?<!\d){year}(?!\d)")
    stated = _year_stated(year)
    for pos in range(len(line) + 1):
        assert stated(line[pos:]) == (old.search(line[pos:]) is not None), (year, line, pos)


def test_the_lines_hold_both_outcomes():
    assert [m.group(1) for m in NUMBER.finditer(LINES[0])][:3] == ["87,5", "93.80", "68, 28"]
    assert _year_stated(2023)(LINES[2]) and not _year_stated(2023)("12023 20235")
