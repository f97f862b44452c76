"""Complaints candidates: (subject mention, count number) pairs that Warta's own layers find in one tagged doc.

A subject is a kabupaten/kota mention (doc.spans["regions"], through the discourse layer's `Mention`) or an
office's province (a province mention, `is_province`; the article's most-mentioned province is the office's
province when the count's units name none; "Ombudsman RI" without "perwakilan" the national office). A count
is a number written in digits with a report noun (REPORT_NOUNS, a closed class) within `REPORT_REACH_WORDS`
words of it in its unit. Nothing here decides: `instances_of` lists every pair inside the window, and
complaints_features turns them into numbers.

The window (chosen before any run, not tuned): the subject in the count's own unit, in the unit just before it
(`NEIGHBOUR_BEFORE`: "Ombudsman Perwakilan X menerima laporan." then "Sebanyak 41 di antaranya …"), or in the
head of the list the count's unit is an item of (common.list_head); the office's province always.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .common import Unit, list_head

#: units before the count's unit whose subjects pair with it
NEIGHBOUR_BEFORE = 1
#: a report noun this many words before or after a number makes it a count
REPORT_REACH_WORDS = 6
REPORT_NOUNS = ("laporan", "pengaduan", "aduan", "keluhan", "pelaporan", "terlapor", "pengaduannya", "laporannya")
REPORT_NOUN = re.compile(r"\b(?:" + "|".join(REPORT_NOUNS) + r")\b", re.IGNORECASE)
DIGITS = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{3})+(?![\w])|(?<![\w.,])\d+(?![\w]|[.,]\d)")
YEARISH = re.compile(r"^(?:19[5-9]\d|20[0-4]\d)$")
NATIONAL = re.compile(r"\bombudsman\s+(?:ri|republik\s+indonesia)\b(?!\s+perwakilan)", re.IGNORECASE)
WORD = re.compile(r"[^\W_]+|\d+(?:[.,]\d+)*")

OFFICE = "office"  # the article's most-mentioned province
NATIONAL_SUBJECT = "PNone"


@dataclass
class CUnit(Unit):
    """One unit: its text, its government mentions (offsets in the unit) and its counts."""

    govs: list[tuple[int, int, str, bool]] = field(default_factory=list)  # (start, end, code, is_province)
    nums: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, value)


@dataclass
class Instance:
    """One (subject, count) pair: the count (unit, index) and the subject's mention (unit, index into govs;
    None for the office's or the national subject, which need no mention in the window)."""

    subject: str
    num_unit: int
    num: int
    gov_unit: int | None = None
    gov: int | None = None
    list_head: bool = False
    kind: str = "mention"  # mention | office | national


def subject_of(code: str, is_province: bool) -> str:
    """The scorer's subject: a region's code, "P" + a province's code."""
    return "P" + code if is_province else code


def words_near(text: str, start: int, end: int, before: int, after: int) -> tuple[list[str], list[str]]:
    """Up to `before` lower-cased words before [start, end) and `after` words after it."""
    return ([w.lower() for w in WORD.findall(text[:start])][-before:] if before else [],
            [w.lower() for w in WORD.findall(text[end:])][:after])


def counts_in(text: str) -> list[tuple[int, int, int]]:
    """The counts of a unit's text: digits with a report noun within REPORT_REACH_WORDS words (not a year
    unless a report noun follows it right away)."""
    out = []
    for m in DIGITS.finditer(text):
        before, after = words_near(text, m.start(), m.end(), REPORT_REACH_WORDS, REPORT_REACH_WORDS)
        if not any(REPORT_NOUN.fullmatch(w) for w in before + after):
            continue
        if YEARISH.match(m.group()) and not (after and REPORT_NOUN.fullmatch(after[0])):
            continue
        out.append((m.start(), m.end(), int(m.group().replace(".", ""))))
    return out


def units_of(discourse) -> list[CUnit]:
    """Every unit of a doc's discourse with its government mentions and counts."""
    out = []
    for u in discourse.units:
        info = CUnit(u.index, u.text, u.heading, u.noise)
        info.govs = [(m.start - u.start, m.end - u.start, m.code, m.is_province) for m in discourse.mentions_in(u)]
        info.nums = counts_in(u.text)
        out.append(info)
    return out


def office_province(units: list[CUnit]) -> str | None:
    """The article's most-mentioned province (first mentioned among equals): the office's, by default."""
    provs = Counter(g[2] for u in units for g in u.govs if g[3])
    return max(provs, key=lambda c: (provs[c], -_first(units, c))) if provs else None


def _first(units: list[CUnit], code: str) -> int:
    return next(k for k, u in enumerate(units) if any(g[2] == code and g[3] for g in u.govs))


def instances_of(units: list[CUnit]) -> list[Instance]:
    """Every (subject, count) pair inside the window (module doc)."""
    office = office_province(units)
    out = []
    for k, u in enumerate(units):
        if not u.nums:
            continue
        subj_units = [(j, False) for j in range(max(0, k - NEIGHBOUR_BEFORE), k + 1)]
        head = list_head(units, k)
        if head is not None and head < k - NEIGHBOUR_BEFORE:
            subj_units.append((head, True))
        national = any(NATIONAL.search(units[j].text) for j, _ in subj_units)
        for n in range(len(u.nums)):
            for j, is_head in subj_units:
                for g, (_, _, code, is_prov) in enumerate(units[j].govs):
                    out.append(Instance(subject_of(code, is_prov), k, n, j, g, is_head or j == head))
            if office is not None:
                out.append(Instance("P" + office, k, n, kind=OFFICE))
            if national:
                out.append(Instance(NATIONAL_SUBJECT, k, n, kind="national"))
    return out
