"""Discourse.may_hold: a whole-text word gate that never says False where the pattern would match."""
from __future__ import annotations

import re

import pytest

from pipeline.facttypes.compliance import grammar as G
from pipeline.lang import words_pattern
from pipeline.nlp import get_nlp
from pipeline.nlp.discourse import Discourse

WORDS = ["kantor pertanahan", "bpn", "pan-rb", "zona risiko", "kua"]


def _discourse(text: str) -> Discourse:
    return Discourse(get_nlp().make_doc(text))


@pytest.mark.parametrize("text", [
    "Kantor  Pertanahan Kota A", "KANTOR\nPERTANAHAN", "oleh BPN.", "Menurut PAN-RB", "zona\trisiko", "KUA",
    "Kantor Pertanahan İstimewa", "kantor pertanahan ſamsat", "(bpn)", "_bpn",
])
def test_true_wherever_the_pattern_matches(text):
    for end in (True, False):
        pattern = words_pattern(WORDS) if end else r"\b" + words_pattern(WORDS, boundary=False)
        if re.search(pattern, text, re.IGNORECASE):
            assert _discourse(text).may_hold(WORDS, end=end)
    assert re.search(words_pattern(WORDS), text, re.IGNORECASE) or text == "_bpn"


@pytest.mark.parametrize("text, end, expected", [
    ("Kabupaten A masuk zona hijau.", True, False),
    ("urutan kualitas pelayanan", True, False),  # "kua", "rutan" inside words
    ("urutan kualitas pelayanan", False, True),  # without the final \b, "kua…" may match
    ("zona hijau, risiko kecil", True, True),  # every piece there: searched
    ("oleh BPN.", True, True),
])
def test_false_only_when_no_word_can_start_there(text, end, expected):
    assert re.search(words_pattern(WORDS), text, re.IGNORECASE) is None or expected
    assert _discourse(text).may_hold(WORDS, end=end) is expected


def test_a_text_with_a_letter_ignorecase_folds_is_always_searched():
    # re.IGNORECASE matches "ſ" to "s" and "ı" to "i"; lower-casing does not
    assert re.search(words_pattern(["samsat"]), "ſamsat", re.IGNORECASE)
    assert _discourse("ſamsat").may_hold(["samsat"]) and _discourse("kantor ımigrasi").may_hold(["imigrasi"])


@pytest.mark.parametrize("rx, words, end", [
    (G.AGENCY, "agency", True), (G.OTHER_ASSESSOR, "other_assessors", True), (G.NEGATIVE, "negative", False),
])
def test_the_gated_patterns_are_the_lexicon_words(rx, words, end):
    """compliance gates AGENCY, OTHER_ASSESSOR and NEGATIVE with may_hold(their lexicon words): a pattern
    changed beyond its word list needs its gate changed too."""
    expected = words_pattern(G.LEX[words], end=end)  # (end=False: the matches of `\b(?:words)`)
    assert rx.pattern == expected and rx.flags & re.IGNORECASE
