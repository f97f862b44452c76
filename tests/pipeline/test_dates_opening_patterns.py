"""The date patterns led by their first characters (the eleventh speed pass): `NUMERIC` and `WORDED` opened with a
look-behind, `EVENT` and the day name with `\\b`; Python's `re` tries such a pattern at every offset, one that opens
with a digit or a class only where one stands. The same spans and named groups as the old forms on invented
lines, from every offset, for `search` and `finditer`."""
from __future__ import annotations

import re

import pytest

from pipeline import dates as D
from pipeline.lang import DAY_NAMES, words_pattern

I = re.IGNORECASE
_DAY = r"(?P<dayname>" + words_pattern(DAY_NAMES, boundary=False) + ")"
OLD = {
    "NUMERIC": (re.compile(r"(?<![\d/])(?P<d>[0-3]?\d)\s*(?P<sep>[/.-])\s*(?P<m>[01]?\d)(?:\s*(?P=sep)\s*(?P<y>\d{4}|\d{2}))?"
                           r"(?![\d/])" + D._TIME_RE + D._ZONE_RE, I), D.NUMERIC),
    "WORDED": (re.compile(r"(?<!\d)(?P<d>[0-3]?\d)\s+(?P<mon>" + D._MONTH_RE + r")\.?\s+(?P<y>\d{4})(?!\d)"
                          + D._TIME_RE + D._ZONE_RE, I), D.WORDED),
    "EVENT": (re.compile(r"\b" + _DAY + r"\s*,?\s*\(\s*(?P<body>[0-3]?\d\s*[/.-]\s*[01]?\d(?:\s*[/.-]\s*\d{2,4})?)\s*\)",
                         I), D.EVENT),
    "DAYNAME": (re.compile(r"\b" + _DAY + r"\b", I), D._DAYNAME_ANYWHERE),
}
#: invented lines: dates glued to digits, slashes and letters, one- and two-digit days (first digit 0-3 or not),
#: Arabic-Indic digits, day names glued to word characters, dotted and dotless i
LINES = [
    "Rabu (3/3/2021), Kamis, (30/5) dan Senin ( 12-03-24 ) pukul 10.00 WIB; xRabu (3/3), Rabu(31/12/2020)x.",
    "Pada 15 Desember 2020 dan 5 Des 2022 10:00 WITA, 115 Mei 2021, 45 Mei 2021, 9 Mei 2021, a5 Mei 2021, "
    "05 Mei 2021 - 23:15 wib, 35 Juni 2020, 4  Juli   2023.",
    "16/03/2024, 1/3/2019, 45/3/2019, /3/4/2019, 3/4/2019/, 12.3.2024, 39-1-24, 9 / 12 / 2024, \u0663/4/2021, "
    "3\u0664/4/2021, \u0660\u0663 Mei 2021, (30/5) x31/12",
    "SELASA (1/2/2023) \u0130tu minggu (2/2) jum'at ( 3 / 2 ) Sabtu\n(4/2/2023) minggux (5/2) _Senin (6/2)",
    "", "3", "Rabu", "12 Mei",
]


@pytest.mark.parametrize("name", sorted(OLD))
@pytest.mark.parametrize("line", LINES)
def test_as_the_old_form(name, line):
    old, new = OLD[name]
    assert new.pattern != old.pattern
    for pos in range(len(line) + 1):
        a, b = old.search(line, pos), new.search(line, pos)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (name, line, pos)
        assert [(m.span(), m.groupdict()) for m in old.finditer(line, pos)] == \
               [(m.span(), m.groupdict()) for m in new.finditer(line, pos)], (name, line, pos)


@pytest.mark.parametrize("name", sorted(OLD))
def test_the_lines_hold_matches_and_misses(name):
    old, _ = OLD[name]
    found = [bool(old.search(line)) for line in LINES]
    assert any(found) and not all(found)
