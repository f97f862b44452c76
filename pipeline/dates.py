"""Indonesian dates as portals write them: pure functions, no I/O.

Forms handled (all case-insensitive, day names optional, "Jum'at"/"Jumat" both):

| form                                   | example                           |
|----------------------------------------|-----------------------------------|
| ISO 8601                               | `2024-03-16T23:15:00+07:00`       |
| numeric day/month/year                 | `Kamis, 04/03/2021`, `Selasa (12/3/2019)`, `16-03-2024` |
| day month-name year [time] [zone]      | `15 Desember 2020`, `Sabtu 16 Mar 2024 - 23:15 WIB`, `Senin, 5 Desember 2022 10:00 WITA` |
| day/month without a year               | `(30/5)`: only with a reference `year=` |
| anything else                          | `dateparser` (languages=["id"]), e.g. "2 hari yang lalu" |

Every datetime returned is time-zone aware: WIB (+07), WITA (+08) or WIT (+09) when the text says
so, the offset of an ISO string when it has one, else Asia/Jakarta (+07, no daylight saving).
A date-only reading is midnight of that day.

Dates in the future (later than `now` plus one day of slack for time zones) are never returned: see
`parse_date` for how a typo'd year such as "Jum'at (5/5/3023)" is corrected or refused.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache

from pipeline.lang import DAY_NAMES, words_pattern
from pipeline.lang import DAYS as LANG_DAYS
from pipeline.lang import MONTHS as LANG_MONTHS

#: Indonesian time zones; Indonesia has no daylight saving, so fixed offsets are exact.
WIB = timezone(timedelta(hours=7), "WIB")
WITA = timezone(timedelta(hours=8), "WITA")
WIT = timezone(timedelta(hours=9), "WIT")
ZONES = {"wib": WIB, "wita": WITA, "wit": WIT}
#: The zone assumed when a text gives none (Asia/Jakarta).
DEFAULT_TZ = WIB

#: Month names and the abbreviations portals use (Indonesian, old spellings, English ones seen on
#: portals) and day names -> Python weekday (Monday = 0): Indonesian language data (pipeline/lang).
MONTHS: dict[str, int] = LANG_MONTHS
DAYS: dict[str, int] = LANG_DAYS
#: Years before this are not news dates (the portals start in the late 1990s).
MIN_YEAR = 1990

#: a day name at a word's start (`\b(?P<dayname>…)`, written to open with its first characters: words_pattern)
_DAY_RE = r"(?P<dayname>" + words_pattern(DAY_NAMES, end=False) + ")"
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_TIME_RE = r"(?:\s*[-–,|/]?\s*(?:pukul|jam)?\s*(?P<hh>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)(?:[:.](?P<ss>[0-5]\d))?)?"
_ZONE_RE = r"(?:\s*(?P<zone>wita|wib|wit)\b)?"

#: "16/03/2024", "(12/3/2019)", "16-3-2024", "16.3.2024" and "(30/5)" (no year).
NUMERIC = re.compile(
    # (`(?<![\d/])(?P<d>[0-3]?\d)` led by the digit, its look-behind after it: Python's re tries a pattern that opens
    # with a look-behind at every offset, one that opens with a digit only where one stands)
    r"(?P<d>\d(?<![\d/]\d)(?:(?<=[0-3])\d)?)\s*(?P<sep>[/.-])\s*(?P<m>[01]?\d)"
    r"(?:\s*(?P=sep)\s*(?P<y>\d{4}|\d{2}))?(?![\d/])"
    + _TIME_RE + _ZONE_RE,
    re.IGNORECASE,
)
#: "15 Desember 2020", "16 Mar 2024 - 23:15 WIB", "5 Desember 2022 10:00 WITA".
WORDED = re.compile(
    r"(?P<d>\d(?<!\d\d)(?:(?<=[0-3])\d)?)\s+(?P<mon>" + _MONTH_RE + r")\.?\s+(?P<y>\d{4})(?!\d)" + _TIME_RE + _ZONE_RE,
    re.IGNORECASE,
)
#: A day name, optionally followed by a comma, then a date in parentheses: "Rabu (3/3/2021)".
EVENT = re.compile(
    _DAY_RE + r"\s*,?\s*\(\s*(?P<body>[0-3]?\d\s*[/.-]\s*[01]?\d(?:\s*[/.-]\s*\d{2,4})?)\s*\)",
    re.IGNORECASE,
)
_DAYNAME_ANYWHERE = re.compile(_DAY_RE + r"\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d.,/])(?:19|20)\d\d(?![\d]|[.,]\d)")
_HAS_DIGIT = re.compile(r"\d")


def now_jakarta() -> datetime:
    return datetime.now(DEFAULT_TZ)


def _weekday_of(s: str) -> int | None:
    m = _DAYNAME_ANYWHERE.search(s)
    if not m:
        return None
    name = re.sub(r"['’`]", "", m.group("dayname").lower())
    return DAYS.get(name)


def _full_year(y: str) -> int:
    n = int(y)
    if len(y) == 2:  # "12/3/19": portals mean this century
        n += 2000
    return n


def _build(y: int, mo: int, d: int, m: re.Match, tz_default=DEFAULT_TZ) -> datetime | None:
    zone = (m.group("zone") or "").lower()
    tz = ZONES.get(zone, tz_default)
    hh = int(m.group("hh")) if m.group("hh") else 0
    mi = int(m.group("mi")) if m.group("mi") else 0
    ss = int(m.group("ss")) if m.group("ss") else 0
    try:
        return datetime(y, mo, d, hh, mi, ss, tzinfo=tz)
    except ValueError:
        return None


def _year_candidates(year: int, latest: int) -> list[int]:
    """Years one typo away from `year` (one digit replaced, or two adjacent digits swapped)."""
    s = str(year)
    out: set[int] = set()
    for i in range(len(s)):
        for c in "0123456789":
            out.add(int(s[:i] + c + s[i + 1:]))
        if i + 1 < len(s):
            out.add(int(s[:i] + s[i + 1] + s[i] + s[i + 2:]))
    return sorted(y for y in out if MIN_YEAR <= y <= latest and y != year)


def _not_future(dt: datetime, s: str, now: datetime) -> datetime | None:
    """Apply the no-future rule (see `parse_date`)."""
    if dt <= now + timedelta(days=1):
        return dt
    wd = _weekday_of(s)
    if wd is None:
        return None
    fits = []
    for y in _year_candidates(dt.year, now.year):
        try:
            cand = dt.replace(year=y)
        except ValueError:  # 29 February
            continue
        if cand.weekday() == wd and cand <= now + timedelta(days=1):
            fits.append(cand)
    return fits[0] if len(fits) == 1 else None


def _iso(s: str) -> datetime | None:
    t = s.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?", t):
        return None
    t = t.replace("Z", "+00:00")
    if re.search(r"[+-]\d{4}$", t):
        t = t[:-2] + ":" + t[-2:]
    try:
        dt = datetime.fromisoformat(t)
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=DEFAULT_TZ)


@lru_cache(maxsize=4096)
def _dateparser(s: str, base_day: date) -> datetime | None:
    import dateparser  # imported lazily: ~0.3 s to load, and only needed for the rare forms

    base = datetime(base_day.year, base_day.month, base_day.day, 12, tzinfo=DEFAULT_TZ).replace(tzinfo=None)
    try:
        dt = dateparser.parse(
            s,
            languages=["id", "en"],
            settings={
                "DATE_ORDER": "DMY",
                "PREFER_DATES_FROM": "past",
                "RELATIVE_BASE": base,
                "REQUIRE_PARTS": ["day", "month", "year"],
                "RETURN_AS_TIMEZONE_AWARE": False,
            },
        )
    except Exception:  # dateparser raises assorted errors on junk: a failed parse is a None
        return None
    if dt is None:
        return None
    return dt.replace(tzinfo=DEFAULT_TZ)


def parse_date(s: str | None, *, now: datetime | None = None, year: int | None = None) -> datetime | None:
    """Read one date (and time, if given) out of `s`; None when there is none or it is implausible.

    `now` (default: the current time in Asia/Jakarta) bounds the result: dates in the future are never
    returned. A future year is taken to be a typo ("Jum'at (5/5/3023)") and is *corrected* only when
    the string names a weekday and exactly one year a single typo away (one digit changed, or two
    adjacent digits swapped) lies between 1990 and `now` and falls on that weekday: 5/5/3023 with
    "Jum'at" reads as Friday 5 May 2023. Otherwise the result is None. Years before 1990 give None.

    A day/month without a year ("(30/5)") gives None unless `year` is passed. A string without a
    digit gives None without calling dateparser (so "kemarin" is not read; "2 hari yang lalu" is).
    """
    if not s or not isinstance(s, str):
        return None
    s = s.strip()[:200]
    if not _HAS_DIGIT.search(s):
        return None
    if now is None:
        now = now_jakarta()
    elif now.tzinfo is None:
        now = now.replace(tzinfo=DEFAULT_TZ)

    dt = _iso(s)
    if dt is None:
        dt = _from_regex(s, year)
    if dt is None and year is None and not NUMERIC.search(s):
        dt = _dateparser(s, now.date())
    if dt is None or dt.year < MIN_YEAR:
        return None
    return _not_future(dt, s, now)


def _from_regex(s: str, year: int | None) -> datetime | None:
    m = WORDED.search(s)
    if m:
        return _build(int(m.group("y")), MONTHS[m.group("mon").lower()], int(m.group("d")), m)
    m = NUMERIC.search(s)
    if m:
        if m.group("y"):
            y = _full_year(m.group("y"))
        elif year is not None:
            y = year
        else:
            return None
        return _build(y, int(m.group("m")), int(m.group("d")), m)
    return None


def find_event_dates(text: str, published: datetime | date | None = None, *,
                     now: datetime | None = None) -> list[tuple[date, tuple[int, int]]]:
    """Dates in parentheses after a day name ("Rabu (3/3/2021)", "Kamis, (30/5)"), in text order.

    Each item is `(date, (start, end))` with the character span of the whole match in `text`.
    A date without a year takes the year of `published` (the year before, if that would put the event
    more than a week after publication); without `published` it is skipped. Future dates follow the
    rule of `parse_date`.
    """
    out: list[tuple[date, tuple[int, int]]] = []
    if not text:
        return out
    pub_day = published.date() if isinstance(published, datetime) else published
    for m in EVENT.finditer(text):
        body = m.group("body")
        year = None
        if len(re.findall(r"[/.-]", body)) < 2:  # no year in the parentheses
            if pub_day is None:
                continue
            year = pub_day.year
        dt = parse_date(f"{m.group('dayname')} ({body})", now=now, year=year)
        if dt is None:
            continue
        d = dt.date()
        if year is not None and pub_day is not None and d > pub_day + timedelta(days=7):
            try:
                d = d.replace(year=year - 1)
            except ValueError:
                continue
        out.append((d, (m.start(), m.end())))
    return out


def years_in(text: str, *, now: datetime | None = None) -> list[int]:
    """Distinct 4-digit years from 1990 to the current year, in order of first appearance.

    Digit groups such as "1.308" or "2.541" and longer numbers are not years; future years are dropped.
    """
    if not text:
        return []
    latest = (now or now_jakarta()).year
    seen: dict[int, None] = {}
    for m in _YEAR.finditer(text):
        y = int(m.group())
        if MIN_YEAR <= y <= latest:
            seen.setdefault(y)
    return list(seen)
