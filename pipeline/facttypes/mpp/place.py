"""Where and when: the location of an MPP and the year of an event told of it.

- **location** where the text places the MPP ("di Jalan MT Haryono, Sampit", "menjadikan lantai 3
  Pasar Kandangan sebagai lokasi", "menempati area di Ciputra Mall Citra Raya");
- **year** of the event whose word is at a position: the first year after it, before the next
  event's word ("diresmikan …, Sabtu (7/1/2023)", "sejak 15 Desember 2020"), else the nearest one
  before it, else a year relative to publication ("tahun depan", "Mei mendatang"; a past event's
  day without a year: "Rabu (27/1)", "…, Jumat"); never after the
  publication year (a plan may be up to `PLAN_YEARS_AHEAD` later), so a typo like 3023 gives none.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta

from pipeline.dates import find_event_dates
from pipeline.facttypes.mpp.status import LEX, MAKE_SITE
from pipeline.lang import DAY_NAMES, DAYS, MONTH_AHEAD, MONTH_NAMES, MONTHS, words_pattern
from pipeline.nlp.discourse.years import relative_years, valid_years

#: a plan year may lie this many years after publication
PLAN_YEARS_AHEAD = 5
#: "Mei mendatang": a month ahead of the publication date
MONTH_AHEAD_RE = re.compile(r"\b(" + words_pattern(MONTH_NAMES, boundary=False)[3:-1] + r")\s+"
                            + words_pattern(MONTH_AHEAD), re.IGNORECASE)
#: a day name told alone as the day of a past event ("… saat meresmikan MPP Palembang, Jumat."), not a
#: habit ("setiap Senin") nor a day ahead ("Senin depan")
DAY_ALONE = re.compile(r"(?<![\w-])(?<!setiap\s)(?<!tiap\s)(" + words_pattern(DAY_NAMES, boundary=False)
                       + r")\b(?!\s*[,(]?\s*\(?\d)(?!\s+(?:depan|mendatang|nanti|besok|lusa)\b)", re.IGNORECASE)
#: a numeric date's year: "(5/5/2023)"
NUMERIC_YEAR = re.compile(r"\d\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\s*\)")
#: words that introduce where the MPP is
#: (`\b(?:terletak|…)\s+(?:di\s+)?|\bdi\s+(?=…)` written to open with a class of its first letters, as
#: pipeline.lang.words_pattern writes a list of words: re then tries it only where one stands)
LOCATION_LEAD = re.compile(
    r"(?-i:[BDMTbdmt])(?<!\w.)(?:(?:(?<=t)(?:erletak|ersedia)|(?<=b)(?:erlokasi|erada|ertempat|eralamat|"
    r"erdiri(?:\s+megah)?)|(?<=m)enempati(?:\s+(?:area|lahan|bangunan))?)\s+(?:di\s+)?"
    r"|(?<=d)i\s+(?=(?:jalan|jl\.?|jln\.?|lantai|lt\.?|gedung|eks|bekas|kompleks|komplek|kawasan|"
    r"seberang|samping|sebelah|depan|belakang|pasar|mal|mall|plaza|ruko)\b))",
    re.IGNORECASE)
LOCATION_WORDS = frozenset(LEX["location_words"])
LOCATION_TRAILING = frozenset(LEX["location_trailing"])
#: capitalised words that end a location: day names and months of a date after it
LOCATION_STOP = frozenset(LEX["location_stop"]) | frozenset(DAY_NAMES) | frozenset(MONTH_NAMES)
_LOC_TOKEN = re.compile(r"(\s*,\s*|\s+)?([^\s,.;:()\"]+(?:\.(?=\s*[A-Z0-9]))?)")
_MPP_NAME = re.compile(words_pattern(LEX["mentions"]), re.IGNORECASE)

#: how far (characters, in its sentence) a deadline may stand from the status word it bounds
DEADLINE_REACH = 45
_YEAR_OR_THIS = r"(?:tahun\s+)?(?:(?P<{0}>(?:19|20)\d\d)|ini\b)"
#: a deadline ahead (lexicon.toml `deadline_words`): "sebelum akhir tahun 2025", "sebelum 2024 berakhir",
#: "paling lambat Desember 2025"
DEADLINE = re.compile(
    words_pattern(LEX["deadline_before_end"]) + r"\s+(?:" + words_pattern(LEX["deadline_end_words"]) + r"\s+"
    + _YEAR_OR_THIS.format("year") + r"|(?:tahun\s+)?(?P<until>(?:19|20)\d\d)\s+" + words_pattern(LEX["deadline_end_after"]) + r")"
    r"|" + words_pattern(LEX["deadline_words"]) + r"\s+(?:" + words_pattern(LEX["deadline_end_words"]) + r"\s+)?"
    r"(?:[A-Za-z]+\s+)?" + _YEAR_OR_THIS.format("due"), re.IGNORECASE)

#: a deadline's text holds one of these (lower case; its first words), else it is not searched
DEADLINE_GATE = tuple({w.split()[0].split("-")[0] for w in (*LEX["deadline_before_end"], *LEX["deadline_words"])})


def deadline_year(text: str, pos: int, published) -> int | None:
    """The year of a deadline ahead standing within `DEADLINE_REACH` characters of the status word at
    `pos`, in its sentence ("setidaknya sebelum 2024 berakhir, MPP sudah mulai beroperasi"); None when
    there is none or its year is before publication (a deadline past is history)."""
    if not isinstance(published, datetime) or not any(map(text.lower().__contains__, DEADLINE_GATE)):
        return None
    for m in DEADLINE.finditer(text, max(0, pos - DEADLINE_REACH), min(len(text), pos + DEADLINE_REACH)):
        a, b = (m.end(), pos) if m.end() <= pos else (pos, m.start())
        if "." in text[a:b] or ";" in text[a:b]:
            continue
        written = m.group("year") or m.group("until") or m.group("due")
        year = int(written) if written else published.year  # "sebelum akhir tahun ini"
        if year >= published.year:
            return year
    return None


def _capital(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _location_at(text: str, pos: int) -> str | None:
    """The place written from `pos` on: capitalised words, numbers and place nouns."""
    words: list[str] = []
    while True:
        t = _LOC_TOKEN.match(text, pos)
        if not t:
            break
        sep, word = t.group(1) or "", t.group(2)
        if word.lower() in LOCATION_STOP:
            break
        if "," in sep and not _capital(word):
            break
        if not (_capital(word) or word.lower() in LOCATION_WORDS):
            break
        if "," in sep and words:
            words.append(",")
        words.append(word)
        pos = t.end()
    while words and (words[-1].lower() in LOCATION_TRAILING or words[-1] == ","):
        words.pop()
    if words and any(_capital(w) for w in words):
        loc = " ".join(words).replace(" ,", ",")
        if not (_MPP_NAME.match(loc) or loc.startswith("MPP")):  # the MPP itself is no place
            return loc
    return None


def location(text: str) -> str | None:
    m = MAKE_SITE.search(text)
    if m:
        return m.group("loc").strip()
    for m in LOCATION_LEAD.finditer(text):
        loc = _location_at(text, m.end())
        if loc:
            return loc
    return None


#: a month of the year of publication: "bulan September tahun ini", "pada Oktober 2023"
MONTH_OF_YEAR_RE = re.compile(r"\b(" + words_pattern(MONTH_NAMES, boundary=False)[3:-1]
                              + r")\s+(?:tahun\s+ini|(?P<year>(?:19|20)\d\d))\b", re.IGNORECASE)


def month_ahead(text: str, pos: int, stop: int, published) -> int | None:
    """The year of publication where an event's word (at `pos`, up to `stop`) is dated by a later month
    of that year ("sudah mulai beroperasi di bulan September tahun ini", said in June): still to come."""
    if published is None:
        return None
    m = MONTH_OF_YEAR_RE.search(text, pos, stop)
    if m is None or (m.group("year") and int(m.group("year")) != published.year):
        return None
    return published.year if MONTHS[m.group(1).lower()] > published.month else None


def event_year(text: str, pos: int, stop: int, status: str, limit: int, published) -> int | None:
    """The year of the event whose trigger word is at `pos` (see the module doc)."""
    lim = limit + (PLAN_YEARS_AHEAD if status == "planned" else 0)
    years = valid_years(text, lim, event_dates=True)
    after = [y for y in years if pos <= y[1] < stop]
    if after:
        return after[0][0]
    before = [y for y in years if y[1] < pos]
    if before and len({y for y, _, _ in years}) > 1:
        return before[-1][0]
    # a year written after the next event's word is that event's ("sudah berjalan 3 tahun namun baru
    # resmi dilaunching pada 2022": not the year it runs since)
    years = [y for y in years if y[1] < stop]
    if years:
        if len({y for y, _, _ in years}) == 1:
            return years[0][0]
        return min(years, key=lambda y: abs(y[1] - pos))[0]
    if published is None:
        return None
    relative = relative_years(text, published, future=True)
    if relative:
        return relative[0][0] if relative[0][0] <= lim else None
    m = MONTH_AHEAD_RE.search(text)
    if m:  # "Mei mendatang": this year, or the next when that month has passed
        month = MONTHS[m.group(1).lower()]
        y = published.year + (1 if month < published.month else 0)
        return y if y <= lim else None
    return None if status == "planned" else past_day_year(text, published)


def past_day_year(text: str, published: datetime) -> int | None:
    """The year of a past event's day written without one: "Rabu (27/1)" (pipeline.dates), a day
    name alone ("… meresmikan MPP Palembang, Jumat"): the last such day on or before publication."""
    low = text.lower()
    if not any(d in low for d in DAYS):
        return None
    # a date with a year of its own was read (or refused, a typo such as 3023) as a written year
    dated = [d for d, (a, b) in find_event_dates(text, published) if not NUMERIC_YEAR.search(text, a, b)]
    if dated:
        return dated[0].year
    # a day is written with a capital ("minggu" is also a week)
    day = next((m.group(1) for m in DAY_ALONE.finditer(text) if m.group(1)[0].isupper()), None)
    if day is None:
        return None
    back = (published.weekday() - DAYS[day.lower()]) % 7
    return (published - timedelta(days=back)).year
