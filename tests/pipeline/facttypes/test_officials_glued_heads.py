"""Heads' titles glued to an agency's acronym ("Kadisporabudpar") found from the discourse layer's token
lists (the ninth speed pass): the same heads as reading every token object, on invented lines, ASCII and
not (the lower-case forms then come from another path), in capitals, lower case and glued to
punctuation."""
from __future__ import annotations

import re

import pytest

from pipeline.facttypes.officials.component import _glued_heads
from pipeline.facttypes.officials.words import GLUED_AGENCY_HEAD, GLUED_AGENCY_HEAD_KEY, TITLES
from pipeline.nlp import get_nlp
from pipeline.nlp.text import remember_text

LINES = [
    "Kadisporabudpar Yohanes Lado dan Kadiskoperindag Nurdin hadir; kadisporabudpar menyusul.",
    "KADISPORABUDPAR Anton, Kadis PU Hendrik (Kadiskoperindag) serta Kabappeda Sari berbicara.",
    "Kadisporabudpar Ñoño Gómez berkata kepada Kadiskoperindag İlham: “Kami siap.”",
    "Kakanwil Kemenag dan Kapolres tidak termasuk; Kadistamben\nKadishutbun Rudi menutup acara.",
    "",
]


def _by_token_objects(doc):
    """The heads as read before the pass: every token object's text and lower-case form."""
    return [(t.i, t.i + 1) for t in doc
            if t.text[:1].isupper() and t.lower_ not in TITLES and GLUED_AGENCY_HEAD.match(t.lower_)]


@pytest.mark.parametrize("text", LINES)
def test_glued_heads_as_token_objects_read_them(text):
    doc = remember_text(get_nlp().make_doc(text), text)
    heads = _glued_heads(doc)
    assert [(s.start, s.end) for s in heads] == _by_token_objects(doc)
    assert all(s.label_ == GLUED_AGENCY_HEAD_KEY for s in heads)


def test_some_line_has_glued_heads():
    doc = remember_text(get_nlp().make_doc(LINES[0]), LINES[0])
    assert [s.text for s in _glued_heads(doc)] == ["Kadisporabudpar", "Kadiskoperindag"]


def test_the_pattern_opens_with_ka():
    """`_glued_heads` tests a word's first two letters before the pattern: it must need them."""
    assert GLUED_AGENCY_HEAD.pattern.startswith("^ka") and not GLUED_AGENCY_HEAD.flags & re.IGNORECASE
