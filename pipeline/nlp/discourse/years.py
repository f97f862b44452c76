"""Years in a text: written out ("2022"), relative to publication ("tahun lalu"), as event dates.

Not a year: a law citation ("Nomor 25 Tahun 2009", "uu 25 tahun 2009"), anything after the publication year (a typo such
as 3023; a plan may reach `ahead` years further), anything before `MIN_YEAR`. A date ("15 Desember
2020", "(7/1/2023)") is an event's day, counted only with `event_dates=True`.
"""
from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from pipeline.lang import (
    DAY_NAMES, MONTH_ABBREVIATIONS, MONTH_NAMES, MONTHS, REGULATIONS, RELATIVE_YEARS, STORY_RELATIVE_YEARS, AsciiTwin,
    Gated, words_pattern,
)

MIN_YEAR = 1990
#: How far back of a year a law citation or a month name is looked for.
YEAR_PREFIX_CHARS = 30

#: (`(?<![\d/.,-])((?:19|20)\d\d)…` with its look-behind after "19"/"20": re then tries it at "1" and "2" only)
YEAR = re.compile(r"((?:19|20)(?<![\d/.,-]\d\d)\d\d)(?!\d|[.,]\d|\s*/)")
RELATIVE_YEAR = re.compile(r"\btahun\s+" + words_pattern(RELATIVE_YEARS, boundary=False) + r"\b",
                           re.IGNORECASE)
STORY_RELATIVE_YEAR = re.compile(r"\btahun\s+" + words_pattern(STORY_RELATIVE_YEARS, boundary=False) + r"\b",
                                 re.IGNORECASE)
LAW_BEFORE = re.compile(r"(?:\b(?:nomor|no\.?|nomer)|" + words_pattern(REGULATIONS) + r")\s*\d+[a-z]?\s*"
                        r"(?:tahun|th\.?|thn\.?)\s*$", re.IGNORECASE)
MONTH_BEFORE = re.compile(words_pattern(MONTH_NAMES + MONTH_ABBREVIATIONS) + r"\.?\s*$", re.IGNORECASE)
DAY_MONTH_BEFORE = re.compile(r"\b\d{1,2}\s+" + words_pattern(MONTH_NAMES + MONTH_ABBREVIATIONS) + r"\.?\s*$",
                              re.IGNORECASE)
NUMERIC_DATE = re.compile(r"\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*((?:19|20)\d\d)\b")


_MONTH_WORDS = frozenset(w.lower() for w in MONTH_NAMES + MONTH_ABBREVIATIONS)


def _month_before(before: str) -> bool:
    """MONTH_BEFORE.search(before), by looking at the last word only (the pattern is anchored at
    the year: a month name, an optional full stop, white space)."""
    s = before.rstrip()
    if s.endswith("."):
        s = s[:-1]
    i = len(s)
    while i > 0 and s[i - 1].isalpha():
        i -= 1
    return s[i:].lower() in _MONTH_WORDS and (i == 0 or not (s[i - 1].isalnum() or s[i - 1] == "_"))


def year_limit(published: datetime | None, ahead: int = 0) -> int:
    """The latest acceptable year: the publication year (or this year), plus `ahead` for plans."""
    base = published.year if isinstance(published, datetime) else datetime.now().year
    return base + ahead


def relative_years(text: str, published: datetime | None, base: int | None = None, *,
                   future: bool = False) -> list[tuple[int, int, int]]:
    """Years written relative to publication as (year, start, end): "tahun lalu" (the year before),
    "tahun ini"; with `base`, relative to that year instead. "tahun depan" only with `future`."""
    if base is None:
        if not isinstance(published, datetime):
            return []
        base = published.year
    if "tahun" not in text.lower():
        return []
    out = []
    for m in RELATIVE_YEAR.finditer(text):
        offset = RELATIVE_YEARS[m.group(0).split()[-1].lower()]
        if offset <= 0 or future:
            out.append((base + offset, m.start(), m.end()))
    return out


def story_relative_years(text: str, base: int | None) -> list[tuple[int, int, int]]:
    """Years written relative to the year the story tells (`base`), as (year, start, end): "lebih baik
    dari tahun sebelumnya" is `base` - 1 (see STORY_RELATIVE_YEARS); none without a base."""
    if base is None or "tahun" not in text.lower():
        return []
    return [(base + STORY_RELATIVE_YEARS[m.group(0).split()[-1].lower()], m.start(), m.end())
            for m in STORY_RELATIVE_YEAR.finditer(text)]


@lru_cache(maxsize=8192)
def valid_years(text: str, limit: int, *, event_dates: bool = False,
                periods: bool = False) -> tuple[tuple[int, int, int], ...]:
    """Years in `text` as (year, start, end), in text order (see the module doc). With `periods`, a
    month and year without a day ("hingga November 2025", "Januari–Juni 2024") count: a period,
    not an event's date. Kept per text (several steps read the years of one unit)."""
    out = []
    for m in YEAR.finditer(text):
        y = int(m.group(1))
        if not MIN_YEAR <= y <= limit:
            continue
        before = text[max(0, m.start() - YEAR_PREFIX_CHARS):m.start()]
        if LAW_BEFORE.search(before):
            continue
        if not event_dates and _month_before(before) and not (periods and not DAY_MONTH_BEFORE.search(before)):
            continue
        out.append((y, m.start(), m.end()))
    if event_dates:
        for m in NUMERIC_DATE.finditer(text):
            y = int(m.group(1))
            if MIN_YEAR <= y <= limit:
                out.append((y, m.start(1), m.end(1)))
        out.sort(key=lambda t: t[1])
    return tuple(out)


# the costliest case-insensitive patterns search ASCII text with their `re.ASCII` twins (the same
# matches, fewer instructions: pipeline.lang.AsciiTwin)
(YEAR, RELATIVE_YEAR, LAW_BEFORE, NUMERIC_DATE, MONTH_BEFORE, DAY_MONTH_BEFORE) = map(AsciiTwin, (
    YEAR, RELATIVE_YEAR, LAW_BEFORE, NUMERIC_DATE, MONTH_BEFORE, DAY_MONTH_BEFORE))


#: a day the story reports, written with its day name: "Rabu (12/2/2025)", "Jumat, 12 Desember 2025", "Jumat lalu
#: (25/10/2024)" (a day just past, told with its date; final6)
DAY_DATE = Gated(re.compile(words_pattern(DAY_NAMES) + r"(?:\s+lalu)?\s*[,(]?\s*(?:(?P<day>\d{1,2})\s*[/.-]\s*(?P<month>\d{1,2})\s*[/.-]\s*|"
                            r"(?P<mday>\d{1,2})\s+(?P<mname>" + words_pattern(MONTH_NAMES + MONTH_ABBREVIATIONS, boundary=False)
                            + r")\.?\s+)(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE), tuple(DAY_NAMES))


def reported_day(text: str) -> datetime | None:
    """The first day a story reports with its day name ("Selasa (28/05/2019)", "Jumat, 12 Desember 2025"):
    the story's day where no publication date is known (which years are ahead of it)."""
    for m in DAY_DATE.finditer(text):
        month = int(m.group("month")) if m.group("month") else MONTHS.get(m.group("mname").lower())
        day = int(m.group("day") or m.group("mday"))
        try:
            found = datetime(int(m.group("year")), month or 0, day)
        except ValueError:
            continue
        if found <= datetime.now():
            return found
    return None
