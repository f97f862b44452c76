"""The public's own reports among an office's contacts: where a unit counts reports beside other contacts
(consultations, copies, fast responses) or splits a total told before, the count of the reports the public
brought itself is the office's reports figure, and the total of all contacts no fact (the labelling
convention: "totals that include consultations are left out, the reports figure beside them taken"):

    Pada triwulan I terdapat 144 konsultasi, 41 laporan masyarakat, satu reaksi cepat dan 11 tembusan.
    Dari sisi akses, laporan langsung dari masyarakat mendominasi dengan 667 laporan, dibandingkan 99 laporan RCO.
    Dari total 545 laporan, 170 laporan berasal langsung dari masyarakat.

A count is the public's when a `public_after` phrase follows it right away, or a `public_before` phrase stands
before it in its clause with no other count between (lexicon.toml). "laporan masyarakat" alone is only the
everyday name of the reports: the rule is asked only about a unit counting other contacts too, or splitting a
total ("Dari total N, …").
"""
from __future__ import annotations

import re

from pipeline.facttypes.complaints.counts import LEX, Count, clause_bounds
from pipeline.lang import words_pattern

I = re.IGNORECASE
PUBLIC_AFTER = re.compile(r"\s*(?:yang\s+)?" + words_pattern(LEX["public_after"]), I)
PUBLIC_BEFORE = re.compile(words_pattern(LEX["public_before"]), I)
#: "Dari (total) N laporan, M …": the whole a unit splits, at its start
SPLIT_WHOLE = re.compile(r"^\W*dari\s+(?:(?:total|jumlah|keseluruhan|sebanyak)\s+){0,2}$", I)
#: how far before its count a `public_before` phrase may end (characters)
BEFORE_WINDOW = 40


def public_count(ut: str, counts: list[Count]) -> Count | None:
    """The one count of `counts` (offsets in the unit text `ut`) of the public's own reports, else None."""
    found = []
    for i, c in enumerate(counts):
        if c.kind not in ("reports", "amount") or c.value is None:
            continue
        if PUBLIC_AFTER.match(ut, c.end):
            found.append(c)
            continue
        lo, _ = clause_bounds(ut, c.start)
        start = max(lo, counts[i - 1].end if i else 0)
        if any(m.end() >= c.start - BEFORE_WINDOW for m in PUBLIC_BEFORE.finditer(ut, start, c.start)):
            found.append(c)
    return found[0] if len(found) == 1 else None


def opens_split(ut: str, counts: list[Count]) -> bool:
    """Whether a unit opens by splitting the whole its first count tells ("Dari total 545 laporan, …")."""
    return bool(counts) and SPLIT_WHOLE.match(ut[:counts[0].start]) is not None


def split_whole(ut: str, counts: list[Count], public: Count, told: set[int]) -> Count | None:
    """The whole a unit splits when its first count opens it ("Dari total 545 laporan, 170 laporan berasal
    langsung dari masyarakat") and was told before; `public` must come after it."""
    first = counts[0] if counts else None
    if first is None or first is public or first.value not in told or first.start > public.start:
        return None
    return first if opens_split(ut, counts) else None


#: a unit telling what the whole told before was made of, before its first figure ("Laporan yang masuk selama
#: enam bulan itu terdiri dari laporan masyarakat sebanyak 179 …"; lexicon `recalled_composition`)
RECALLED_WHOLE = re.compile(r"^[^.!?]{0,120}?\b(?:itu|tersebut)\s*,?\s+" + words_pattern(LEX["recalled_composition"]) + r"[^.!?]*$", I)


def recalls_whole(ut: str, counts: list[Count], public: Count) -> bool:
    """Whether a unit's first count is the public's own reports in a composition of the whole told before
    ("Laporan yang masuk … itu terdiri dari laporan masyarakat sebanyak 179 …", final7; the other contacts
    may follow in later units): that whole is a total of all contacts, no fact."""
    return bool(counts) and counts[0] is public and RECALLED_WHOLE.match(ut[:public.start]) is not None


#: a figure in digits ("376", "1.245"), not a share ("66,19 persen", "6%"), a decimal or a year
FIGURE = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?![\d]|[.,]\d|\s*(?:%|persen\b|prosen\b))", I)
#: the fewest items (the public's reports and other contacts) whose sum may be a total told: two could add up
#: to an unrelated figure by chance
MIN_ITEMS = 3
#: a four-digit figure read as a year, not an item of the contacts
YEAR_LIKE = re.compile(r"(?:19|20)\d\d")


def summed_whole(ut: str, public: Count, before: set[int]) -> int | None:
    """The total of all contacts that the public's reports and the figures after them in their unit add up
    to, when it was told before (`before`: values told earlier in the article or in this unit): "menerima 827
    aduan. Terbanyak laporan masyarakat sebanyak 376, konsultasi non laporan 250, respon cepat 28, …
    tembusan 169" (final11), "201 laporan … yang 74 nya itu adalah laporan masyarakat, 49 tembusan, 2
    investigasi dan ada 76 konsultasi" (final5). Items written with no noun of their own ("konsultasi non
    laporan 250") count too: only the sum decides, of the first `MIN_ITEMS` figures or more (an item told again
    after the list: "… dan untuk 2 investigasi ini adalah …"). None when no such sum is a value told."""
    figures = [int(m.group(1).replace(".", "")) for m in FIGURE.finditer(ut, public.start)
               if not YEAR_LIKE.fullmatch(m.group(1))]
    if len(figures) < MIN_ITEMS or figures[0] != public.value:
        return None
    sums = [sum(figures[:n]) for n in range(MIN_ITEMS, len(figures) + 1)]
    return next((total for total in sums if total in before), None)
