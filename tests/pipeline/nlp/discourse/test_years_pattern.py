"""The discourse layer's `YEAR` with its look-behind after the year's first two digits (the ninth speed pass):
Python's `re` tries a pattern that opens with a look-behind at every offset, one that opens with "19" or "20"
only where a "1" or a "2" stands. The same spans and groups as the old form on invented lines, from every
offset, for `search`, `finditer` and `fullmatch`."""
from __future__ import annotations

import re

import pytest

from pipeline.nlp.discourse.years import YEAR as NEW
from tests.pipeline.pattern_helpers import assert_same_matches

OLD = re.compile(r"(?<![\d/.,-])((?:19|20)\d\d)(?!\d|[.,]\d|\s*/)")
LINES = [
    "Pada 2023 dan 1999, bukan 12023, 2023.5, 3/2023, -2024, 2019/2020, 2021 /x, 2022.",
    "2020-2024 (2019) 20230 ,2023 .1998 x2023 _2023 \u0662\u0660\u0662\u0663 2023",
    "19 20 192 2023",
    "",
]


@pytest.mark.parametrize("line", LINES)
def test_same_matches_as_the_old_form(line):
    assert_same_matches(OLD, NEW, line, group=1)
    for pos in range(len(line) + 1):
        assert bool(OLD.fullmatch(line[pos:pos + 4])) == bool(NEW.fullmatch(line[pos:pos + 4]))


def test_the_lines_hold_years():
    assert [m.group(1) for m in NEW.finditer(LINES[0])] == ["2023", "1999", "2022"]


def test_the_new_form_opens_with_the_digits():
    assert NEW.pattern.startswith("((?:19|20)")
