"""MPP's location lead (`LOCATION_LEAD`, case-insensitive) rewritten to open with its first characters (the ninth speed
pass): Python's `re` tries a pattern that opens with a class only where one of its characters stands, one
that opens with `\\b` at every offset. The new form gives the spans of the old one on invented
lines, from every offset, for `search` and `finditer`."""
from __future__ import annotations

import re

import pytest

from pipeline.facttypes.mpp.place import LOCATION_LEAD as NEW
from tests.pipeline.pattern_helpers import assert_same_matches

OLD = re.compile(
    r"\b(?:terletak|berlokasi|berada|bertempat|tersedia|beralamat|berdiri(?:\s+megah)?|"
    r"menempati(?:\s+(?:area|lahan|bangunan))?)\s+(?:di\s+)?"
    r"|\bdi\s+(?=(?:jalan|jl\.?|jln\.?|lantai|lt\.?|gedung|eks|bekas|kompleks|komplek|kawasan|"
    r"seberang|samping|sebelah|depan|belakang|pasar|mal|mall|plaza|ruko)\b)",
    re.IGNORECASE)
LINES = [
    "Gedung itu terletak di Jalan Mawar, BERADA  di lantai dua; menempati area bekas pasar di jl. Kenanga.",
    "Berdiri megah\ndi samping kantor, bertempat di\tkawasan baru, tersedia\u00a0di Plaza; beralamat di Ruko 5.",
    "xterletak di jalan, diJalan, di jalanan, Di  Mall, di mal, berlokasidi, Berlokasi di, menempati lahan",
    "\u0130terletak \u212aberada di \u00e9berada di _berada di 9di pasar di\u2003depan di eks",
    "",
]


@pytest.mark.parametrize("line", LINES)
def test_same_matches_as_the_old_form(line):
    assert_same_matches(OLD, NEW, line)


def test_the_lines_hold_matches():
    assert len(list(NEW.finditer(LINES[0]))) == 4 and len(list(NEW.finditer(LINES[1]))) == 4


def test_the_new_form_opens_with_a_class():
    assert NEW.pattern.startswith(("[", "(?-i:["))
