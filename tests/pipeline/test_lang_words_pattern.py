"""`words_pattern` written to open with a class of first characters (pipeline/lang `_first_char_led`): the same
matches as `\\b(?:words)\\b` under every flag, and no code that cuts the old form's text apart."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from pipeline import lang
from pipeline.lang import IGNORECASE_KIN, words_pattern

ROOT = Path(__file__).resolve().parents[2]

WORDS = ["kedua", "ketiga", "Kota", "kota", "zona hijau", "zona  merah", "a", "2024", "samsat", "inspektorat",
         "ibu", "k.a.", "e-ktp", "sido_muncul"]
#: invented lines, with the characters IGNORECASE folds (dotted and dotless i, long s, Kelvin sign), word
#: characters on either side, line breaks inside a phrase, digits glued to letters
TEXTS = [
    "Kota A dan kota B masuk Zona Hijau, ketiga daerah lain zona\nmerah pada 2024.",
    "\u017famsat \u0130nspektorat \u0131bu \u212aota kedua_x x_kedua 2024a a2024 ke\ndua KEDUA",
    "Kepala dinas: e-KTP, K.A. dan sido_muncul; akota kotak _kota (kota) [Ketiga]",
    "", "a", " a ", "aa a", "zona   hijau zona hijaux", "\u212a \u212a\u212aota",
]
FLAGS = [re.IGNORECASE, 0, re.IGNORECASE | re.ASCII, re.ASCII, re.IGNORECASE | re.MULTILINE]


def _old(words) -> str:
    """The form words_pattern wrote before (`\\b(?:…)\\b`, longest first)."""
    ordered = sorted(dict.fromkeys(words), key=len, reverse=True)
    return r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + r")\b"


@pytest.mark.parametrize("flags", FLAGS)
def test_same_matches_as_the_boundary_form(flags):
    old, new = re.compile(_old(WORDS), flags), re.compile(words_pattern(WORDS), flags)
    assert new.pattern != old.pattern and new.pattern.startswith("(?-i:[")
    for text in TEXTS:
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
        for pos in range(len(text) + 1):  # a search from inside the text reads the characters before it, as \b does
            for end in (len(text), max(pos, len(text) - 2)):
                a, b = old.search(text, pos, end), new.search(text, pos, end)
                assert (a and a.span()) == (b and b.span()), (text, pos, end)
                a, b = old.match(text, pos, end), new.match(text, pos, end)
                assert (a and a.span()) == (b and b.span()), (text, pos, end)


def test_found_in_text_and_case_as_flags_say():
    rx = re.compile(words_pattern(["kota", "kedua"]), re.IGNORECASE)
    assert [m.group(0) for m in rx.finditer("KOTA itu; Kedua. akota")] == ["KOTA", "Kedua"]
    assert re.compile(words_pattern(["kota"])).search("KOTA Kota") is None
    # within a group, the order of the words is kept (the first that lets the rest match wins)
    assert re.compile(words_pattern(["ab", "abc"]) + r"c?", re.I).search("abc").group(0) == "abc"


def test_words_opening_with_no_ascii_letter_or_digit_keep_the_boundary_form():
    for words in (["-a"], ["éra"], [" a"], ["kota", "(kota)"]):
        assert words_pattern(words) == _old(words)
    assert words_pattern(["kota"], boundary=False) == "(?:kota)"


def test_the_class_holds_every_character_ignorecase_folds_into_an_ascii_letter():
    """IGNORECASE_KIN is complete: every code point outside ASCII that `re.IGNORECASE` matches to an ASCII
    letter or digit is listed under that letter."""
    rx = re.compile("[a-z0-9]", re.IGNORECASE)
    found = {c for c in map(chr, range(sys.maxunicode + 1)) if not c.isascii() and rx.fullmatch(c)}
    assert found == set("".join(IGNORECASE_KIN.values()))
    for letter, kin in IGNORECASE_KIN.items():
        assert all(re.fullmatch(letter, c, re.IGNORECASE) for c in kin)


def test_no_code_cuts_the_boundary_form_apart():
    """The old text `\\b(?:…)\\b` is no longer what words_pattern writes: code that replaced or sliced its
    opening ("words_pattern(X).replace(r'\\b(?:', '(')") would silently match nothing; it is to ask for
    `boundary=False` (whose text is `(?:…)`, unchanged)."""
    cut = re.compile(r"words_pattern\((?:(?!boundary=False)[^()]|\([^()]*\))*\)\s*(?:\.replace\(|\[\s*\d)")
    offenders = [f"{p.relative_to(ROOT)}:{n}" for p in sorted((ROOT / "pipeline").rglob("*.py"))
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if cut.search(line)]
    assert offenders == []
    assert lang.words_pattern(["kota"]).endswith(r"\b")  # (grammar modules cut this final \b off: kept)


@pytest.mark.parametrize("flags", FLAGS)
def test_end_false_same_matches_as_the_opening_boundary_form(flags):
    """`end=False`: the matches of `\\b(?:…)` (no boundary after the words), with what follows in the pattern
    read after the same word (within a first letter's group the order is kept: "ab" before "abc" here)."""
    words = [*WORDS, "ab", "abc"]
    for tail in ("", r"\w*", r"c?\s+\w"):
        old = re.compile(_old(words)[:-2] + tail, flags)
        new = re.compile(words_pattern(words, end=False) + tail, flags)
        assert new.pattern.startswith("(?-i:[")
        for text in [*TEXTS, "abc d abcc ab c kotax kedua2024"]:
            assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], (tail, text)
            for pos in range(len(text) + 1):
                a, b = old.search(text, pos), new.search(text, pos)
                assert (a and a.span()) == (b and b.span()), (tail, text, pos)
    assert words_pattern(["-a", "b"], end=False) == _old(["-a", "b"])[:-2]
