"""Complaints' clause break (`CLAUSE_BREAK`) rewritten to open with its first characters (the ninth speed
pass): Python's `re` tries a pattern that opens with a class only where one of its characters stands, one
that opens with an alternation of classes at every offset. The new form gives the spans of the old one on invented
lines, from every offset, for `search` and `finditer`."""
from __future__ import annotations

import re

import pytest

from pipeline.facttypes.complaints.counts import CLAUSE_BREAK as NEW
from tests.pipeline.pattern_helpers import assert_same_matches

OLD = re.compile(r"[,;]\s|\s(?:sementara|sedangkan|namun|tetapi|adapun|disusul|lalu|kemudian)\s", re.IGNORECASE)
LINES = [
    "Laporan naik, sementara aduan turun; namun\tkeluhan tetap ada.\nLalu  kemudian warga menulis lagi, ",
    "SEMENTARA itu,tanpa spasi;dan,\u00a0lalu\u2003kemudian\u2028sedangkan x ,;  ;,",
    "",
]


@pytest.mark.parametrize("line", LINES)
def test_same_matches_as_the_old_form(line):
    assert_same_matches(OLD, NEW, line)


def test_the_lines_hold_matches():
    assert len(list(NEW.finditer(LINES[0]))) == 5


def test_the_new_form_opens_with_a_class():
    assert NEW.pattern.startswith(("[", "(?-i:["))
