"""How an article names an MPP: "Mal/Mall Pelayanan Publik", "mal pelayanan", the acronym "MPP" (only
in an article that speaks of public services), and a local name the article gives it ("Mal Pelayanan
Publik Kota Pematang Siantar atau MaPeS", "… (SiPaDu)", "… yang diberi nama 'Graha Layanan'"), which
then names it alone ("Pengoperasian MaPeS akan dilaksanakan …").
"""
from __future__ import annotations

import re

from pipeline.facttypes.mpp.status import LEX
from pipeline.lang import CARDINALS, COLLECTIVES, IGNORECASE_EXTRA, Gated, lower_of, matches_from, words_pattern

MENTION_LONG = re.compile(words_pattern(LEX["mentions"]), re.IGNORECASE)
MENTION_ACRONYM = re.compile(words_pattern([LEX["acronym"]]))  # (`\bMPP\b`, led by its first letter)
#: MENTION_LONG behind a substring test: every match holds the longest piece of one of its words
_MENTION_LONG_GATED = Gated(MENTION_LONG, tuple(max(w.lower().split(), key=len) for w in LEX["mentions"]))
#: the first piece of each of MENTION_LONG's words (lower case): every match starts with one
_MENTION_LONG_STARTS = tuple(dict.fromkeys(w.lower().split()[0] for w in LEX["mentions"]))
ACRONYM: str = LEX["acronym"]  # (MENTION_ACRONYM is case-sensitive: no match without it)
#: "Mal Pelayanan Publik (MPP)": the acronym in parentheses is the same mention
SAME_MENTION_GAP = re.compile(r"\s*\(\s*")
#: a local name given right after the MPP and its government: "… Kota Pematang Siantar atau MaPeS",
#: "(SiPaDu)", "bernama “Graha Layanan”": a word with two capitals or more (not the acronym), or a
#: quoted name of capitalised words
LOCAL_NAME = re.compile(
    MENTION_LONG.pattern + r"(?:\s*\(\s*MPP\s*\))?(?:\s+(?:[A-Z][\w-]*|kota|kabupaten)){0,4}?"
    r"(?:\s*\(\s*|\s+" + words_pattern(LEX["local_name_intro"]) + r"\s+)"
    r"(?:(?P<word>(?-i:[A-Z][a-z]*[A-Z][A-Za-z]*))\b|[\"“'‘](?P<quoted>(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}))[\"”'’])",
    re.IGNORECASE)


def local_names(text: str) -> re.Pattern | None:
    """The local names an article gives its MPPs, as one pattern (None: it gives none)."""
    names = {m.group("word") or m.group("quoted") for m in _local_name_matches(text)} - {LEX["acronym"]}
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b") \
        if names else None


def _mention_long_matches(text: str) -> list[re.Match]:
    """`MENTION_LONG.finditer(text)`, the pattern tried only where one of `_MENTION_LONG_STARTS` starts
    in the lower-cased text (every match starts with one) instead of at every offset of the whole
    text. Text whose lower case changes its length, or with a character `re.IGNORECASE` equates with
    an ASCII letter although lower-casing does not, is searched as before."""
    low = lower_of(text)
    if len(low) != len(text) or (not text.isascii() and any(c in text for c in IGNORECASE_EXTRA)):
        return list(MENTION_LONG.finditer(text))
    return matches_from(MENTION_LONG, text, _MENTION_LONG_STARTS, low)


def _local_name_matches(text: str) -> list[re.Match]:
    """The matches of `LOCAL_NAME.finditer(text)`, the pattern tried only where MENTION_LONG matches
    (every match of LOCAL_NAME starts with one, and no two of MENTION_LONG's can overlap: none of its
    words starts inside another) instead of at every offset."""
    out, pos = [], 0
    for c in _mention_long_matches(text):
        if c.start() >= pos:
            m = LOCAL_NAME.match(text, c.start())
            if m:
                out.append(m)
                pos = m.end()
    return out


def mpp_mentions(text: str, acronym_ok: bool, local: re.Pattern | None = None) -> list[tuple[int, int]]:
    """The MPP mentions of a text as (start, end): the long form; the acronym (where `acronym_ok`)
    unless it repeats a long form in parentheses; a local name (`local`) not inside a long form."""
    found = [(m.start(), m.end()) for m in _MENTION_LONG_GATED.finditer(text)]
    ends = {b for _, b in found}
    if acronym_ok and ACRONYM in text:
        for m in MENTION_ACRONYM.finditer(text):
            if not any(SAME_MENTION_GAP.fullmatch(text[e:m.start()]) for e in ends if e <= m.start()):
                found.append((m.start(), m.end()))
    if local is not None:
        spans = list(found)
        for m in local.finditer(text):
            if not any(a <= m.start() < b for a, b in spans):
                found.append((m.start(), m.end()))
    return sorted(found)


_COUNT = r"(?:ke-?\s*\d{1,3}|\d{1,3}|(?:" + "|".join([*COLLECTIVES, *CARDINALS]) + r")(?:\s+(?:belas|puluh))?(?:\s+\w+)?)"
#: a counted group of MPPs named again ("Adapun 16 MPP tersebut …", "Ke-12 mal pelayanan publik itu",
#: "Keenam belas MPP ini", "MPP-MPP tersebut"): the MPPs whose status a unit before told as a group
#: (every match holds a long form, all of whose words hold "pelayan", or the acronym: `Gated`)
GROUP_BACK_REFERENCE = Gated(re.compile(
    r"(?:\b" + _COUNT + r"\s+" + MENTION_LONG.pattern + r"(?:\s*\(\s*MPP\s*\))?|\b" + _COUNT + r"\s+(?-i:MPP)|\b(?-i:MPP)-(?-i:MPP))"
    r"\s+(?:yang\s+\w+\s+)?" + words_pattern(LEX["back_reference_after"]), re.IGNORECASE), ("pelayan", "mpp"))
