"""MPP's acronym (`MENTION_ACRONYM`, case-sensitive) rewritten to open with its first characters (the ninth speed
pass): Python's `re` tries a pattern that opens with a class only where one of its characters stands, one
that opens with `\\b` at every offset. The new form gives the spans of the old one on invented
lines, from every offset, for `search` and `finditer`."""
from __future__ import annotations

import re

import pytest

from pipeline.facttypes.mpp.names import MENTION_ACRONYM as NEW
from tests.pipeline.pattern_helpers import assert_same_matches

OLD = re.compile(r"\bMPP\b")
LINES = [
    "MPP Kota A buka. Di MPP, layanan; eMPP, MPPs, MPP_x, (MPP) mpp Mpp MPP",
    "xMPP MPP1 1MPP MPP-A \u00c9MPP \u0130MPP MPP\u00e9 \u212aMPP",
    "",
]


@pytest.mark.parametrize("line", LINES)
def test_same_matches_as_the_old_form(line):
    assert_same_matches(OLD, NEW, line)


def test_the_lines_hold_matches():
    assert [m.start() for m in NEW.finditer(LINES[0])] == [0, 20, 54, 67]


def test_the_new_form_opens_with_a_class():
    assert NEW.pattern.startswith(("[", "(?-i:["))
