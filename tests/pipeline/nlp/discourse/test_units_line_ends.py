"""The units' line-end patterns (`SENTENCE_END`, `BROKEN_OFF`) written to open with a class of their first
characters (the ninth speed pass): Python's `re` tries a pattern that opens with a class only where one of its
characters stands, one that opens with an alternation of classes at every offset. Each gives the spans of its
old form on invented lines, from every offset, for `search` and `finditer`."""
from __future__ import annotations

import re

import pytest

from pipeline.nlp.discourse.units import BROKEN_OFF, SENTENCE_END
from tests.pipeline.pattern_helpers import assert_same_matches

OLD = {
    "SENTENCE_END": (SENTENCE_END, re.compile(r"(?:[.!?:\"'”’]|[.!?]\s*\([^()]{1,20}\)|\s\([a-z*/.]{1,10}\))\s*$")),
    "BROKEN_OFF": (BROKEN_OFF, re.compile(r"(?:,|\s(?:dan|serta|yakni|yaitu))\s*$", re.IGNORECASE)),
}
LINES = [
    "Warga antre di loket pagi ini.", "Apa kabar?  ", "Ia berkata: ", "Kata dia \"selesai\"", "Sudah ’",
    "Rapat ditunda. (foto/ist)", "Rapat ditunda (ant)", "Rapat ditunda! ( Ant ) \t", "Rapat ditunda (A*/b.)",
    "Judul tanpa akhir", "Judul (terlalu panjang untuk sebuah kredit foto di sini)", "Hanya spasi\u00a0(x)\u2003",
    "Kota A, Kota B, dan", "Kota A,", "Kota A, SERTA\t", "Kota A yakni\n", "Kota A yaitu  x", "sedangkan",
    "Baris .\n(foto)\n", "",
]


@pytest.mark.parametrize("name", sorted(OLD))
@pytest.mark.parametrize("line", LINES)
def test_same_matches_as_the_old_form(name, line):
    new, old = OLD[name]
    assert_same_matches(old, new, line, label=name)


def test_the_lines_hold_both_outcomes():
    assert sum(bool(SENTENCE_END.search(x)) for x in LINES) == 10
    assert sum(bool(BROKEN_OFF.search(x)) for x in LINES) == 4


@pytest.mark.parametrize("name", sorted(OLD))
def test_the_new_forms_open_with_a_class(name):
    assert OLD[name][0].pattern.startswith("[")
