"""The assessment year of an article: the one its lead states, else the one it states anywhere.

- `lead_year`: the first year written in the lead's units about the assessment ("penilaian kepatuhan
  … tahun 2022"); a year relative to publication ("… tahun ini") only when the lead writes none;
- `stated_year`: the one assessment year the whole article states, once, in a sentence of its own
  ("… usai penyerahan piagam penilaian kepatuhan tahun 2024, di Hotel …", "Kita tahun ini ada dua
  pemerintah di zona hijau", a sentence about the assessment itself: "Penilaian ini dilakukan pada
  Juli-Agustus 2021", a year the assessment follows: "Ombudsman RI 2022 ini melakukan penilaian …"),
  for results the text dates nowhere else; none where it states two;
- a month and year without a day is a period that dates the assessment ("hasil evaluasi hingga
  September 2025"), in the lead and in the year stated once; not one ahead ("April 2024 nanti") nor the
  date a state is told as of ("hasil penilaian terbaru per Januari 2026"; final8);
- a year that starts a state or a series ("Penilaian … dimulai sejak tahun 2015", `since_year`) dates no
  assessment, in the lead or stated once (final7);
- a span of years ("sejak 2016-2018", "2015 hingga 2019") is no assessment year (`span_years`), nor is a
  year a change is compared with ("nilainya menurun dari tahun 2022", `changed_from`; final7);
- years relative to publication ("tahun ini") count from the publication date, else from the first
  full date the text states (`text_date`);
- a year written in a unit that also tells of "tahun ini" is an earlier year compared with the
  present ("Untuk Kabupaten A, 2019 masih zona kuning, tahun ini zona hijau"): never the latest
  assessment the article dates (`compared_years`).
"""
from __future__ import annotations

import re
from datetime import datetime

from pipeline.dates import WORDED, find_event_dates, parse_date
from pipeline.facttypes.compliance import grammar as G
from pipeline.lang import MONTH_AHEAD, RELATIVE_YEARS, unit_lower, words_pattern
from pipeline.nlp.discourse.years import RELATIVE_YEAR, relative_years, valid_years

#: a word after a month and year that puts it ahead ("awal April 2024 nanti")
AHEAD_AFTER = re.compile(r"\s+" + words_pattern(MONTH_AHEAD), re.IGNORECASE)
#: a word before a month and year that makes it the date of a state ("per Januari 2026"; final8)
AS_OF_BEFORE = re.compile(words_pattern(G.LEX["as_of"]) + r"\s+\w+\s+$", re.IGNORECASE)
#: how far before its year the word that makes a month and year a date of a state may start
AS_OF_CHARS = 16
#: how many units of the lead are searched for the assessment year
LEAD_UNITS = 4
#: how far before a year its assessment noun is looked for, for the year the article states once
STATED_WINDOW = 70
#: how far before a year a word of a start ("sejak") is looked for: the year a state began, no period
SINCE_WINDOW = 15
#: how far before a year a change compared with it is looked for ("menurun dari tahun 2022")
CHANGED_WINDOW = 40
#: the months in which the Ombudsman announces and awards each year's results (the national ceremony in
#: November or December): a result an article of those months dates nowhere is of that year's assessment
ANNOUNCEMENT_MONTHS = (11, 12)


def text_date(text: str) -> datetime | None:
    """The first full date an article states (an event's "Jumat (21/12/2018)", "27 Desember 2022"):
    what "tahun ini" and "tahun lalu" count from when the publication date is unknown."""
    found = [(span[0], datetime(d.year, d.month, d.day)) for d, span in find_event_dates(text)[:1]]
    m = WORDED.search(text)
    if m:
        worded = parse_date(m.group(0))
        if worded is not None:
            found.append((m.start(), worded.replace(tzinfo=None)))
    return min(found)[1] if found else None


def announced_year(published: datetime | None, text: str) -> int | None:
    """The year of the assessment whose results are announced when an article is published: the
    publication year in the announcement season (`ANNOUNCEMENT_MONTHS`), else None. Only for results
    the text dates nowhere: a penganugerahan told on "Senin (10/12)" in an article of 11 December 2018
    is of 2018 (final7, final8, final10). Not January or February: results announced then are of the
    year before as often as the text means an older result (final8's undated January list). Not where
    the text writes a full date of another year: the publication date is then a page's own date line
    ("Minggu, 24 November 2024" above a story told "Senin (07/01/2019)"; final7)."""
    if not isinstance(published, datetime) or published.month not in ANNOUNCEMENT_MONTHS:
        return None
    written = [d.year for d, _ in find_event_dates(text)]
    written += [d.year for d in map(parse_date, (m.group(0) for m in WORDED.finditer(text))) if d is not None]
    return published.year if all(y == published.year for y in written) else None


def span_years(text: str) -> set[int]:
    """Start offsets of the years that begin or end a span of years in `text`."""
    if "20" not in text and "19" not in text:
        return set()
    return {p for m in G.year_spans(text) for p in (m.start(1), m.start(2))}


def single_years(text: str, limit: int, periods: bool = False) -> list[tuple[int, int, int]]:
    """`valid_years` without the years of a span; with `periods`, a month and year without a day
    counts ("pada Desember 2024 lalu, Pemkab X meraih …"), not one ahead ("April 2024 nanti")."""
    years = valid_years(text, limit, periods=periods)
    if not years:
        return []
    spans = span_years(text)
    out = [y for y in years if y[1] not in spans] if spans else list(years)
    out = [y for y in out if not changed_from(text, y[1])]
    if periods:
        out = [y for y in out if not AHEAD_AFTER.match(text, y[2])
               and not ("per" in text and AS_OF_BEFORE.search(text, max(0, y[1] - AS_OF_CHARS), y[1]))]
    return out


def since_year(text: str, pos: int) -> bool:
    """Whether the year at `pos` starts a state or a series ("beroperasi sejak 2021", "Penilaian … dimulai
    sejak tahun 2015"): no assessment's period (final7)."""
    return G.SINCE_BEFORE.search(text, max(0, pos - SINCE_WINDOW), pos) is not None


def changed_from(text: str, pos: int) -> bool:
    """Whether the year at `pos` is the one a change is compared with ("nilainya menurun dari tahun 2022",
    "naik dibanding tahun sebelumnya"; final7): never the result's, nor the assessment's."""
    window = text[max(0, pos - CHANGED_WINDOW):pos]
    low = window.lower()
    return any(w in low for w in G.CHANGED_FROM_NEEDS) and G.CHANGED_FROM_BEFORE.search(window) is not None


def lead_year(units: list, limit: int, published: datetime | None = None, lead_units: int = LEAD_UNITS,
              skip=None) -> int | None:
    """The assessment year the article's lead states ("penilaian kepatuhan … tahun 2022"); a year
    relative to publication ("… tahun ini") only when the lead writes none. `skip(unit)`: units
    about something else (another assessor's ranking), not read."""
    seen = 0
    relative = None
    for u in units:
        if u.noise or (skip is not None and skip(u)):
            continue
        if u.content:
            seen += 1
        if G.CONTEXT.search(u.text) or G.names_zone(u.text):
            compared = compared_in(u.text, limit, published)
            years = [y for y in single_years(u.text, limit, periods=True) if y[0] not in compared
                     and not since_year(u.text, y[1])]
            if years:
                return years[0][0]
            if relative is None:
                relative = next((y[0] for y in relative_years(u.text, published) if y[0] <= limit), None)
        if seen >= lead_units:
            break
    return relative



def stated_year(units: list, about: list[bool], limit: int, published: datetime | None) -> int | None:
    """The one assessment year the article states (see the module doc): `about[k]` tells whether
    unit k is about the assessment (a context word, not another topic)."""
    told: set[int] = set()
    relative: set[int] = set()
    sole: set[int] = set()
    since: set[int] = set()  # years written as the start of a state ("sejak 2021")
    for k, u in enumerate(units):
        if not about[k]:
            continue
        # the assessment as the subject, told as done (not "Penilaian … akan dilakukan April 2024")
        years = single_years(u.text, limit, periods=True)
        if years and not G.REPORTED.search(u.text) and G.SOLE_ANCHOR.search(u.text):
            compared = compared_in(u.text, limit, published)
            sole.update(y for y, _, _ in years if y not in compared)
            since.update(y for y, a, _ in years if since_year(u.text, a))
        own = bool(years) and bool(G.ASSESSMENT_SUBJECT.search(u.text)) and done(u.text)
        for y, a, b in years:
            if since_year(u.text, a):
                continue  # "Penilaian … dimulai sejak tahun 2015": the start of a series, no period (final7)
            # … or the year of the assessment told before it, or after it ("Ombudsman RI 2022 ini
            # melakukan penilaian kepatuhan …")
            if own or G.ASSESSED_BEFORE.search(u.text[max(0, a - STATED_WINDOW):a]) \
                    or (G.ASSESSED_AFTER.match(u.text, b) and done(u.text)):
                told.add(y)
        if not told:
            relative.update(y for y, _, _ in relative_years(u.text, published) if y <= limit)
    if told:
        return told.pop() if len(told) == 1 else None
    if relative:
        return relative.pop() if len(relative) == 1 else None
    if since:
        return None  # a year written as the start of a state ("beroperasi sejak 2021") dates no period
    return sole_year(units, about, sole, limit)


def sole_year(units: list, about: list[bool], sole: set[int], limit: int) -> int | None:
    """The one year the units about the assessment write at all, told as done, for an article that
    anchors none to the assessment ("Hasan mengatakan, tahun 2016, Ombudsman melakukan uji … terhadap
    lima pemda, yakni …", "… hasil penilaiannya … dari lima kabupaten di Bali tahun 2017"): the period
    stated once dates the results around it. None where they write two years, or the one year only in
    a plan ("survei berikutnya akan dilakukan pada 2019"). Not counted (by `stated_year`): a year of
    the reports an office received ("menerima 108 laporan pada tahun 2023", G.REPORTED), a year
    compared with the present ("Untuk A, 2017 masih kuning, tahun ini hijau"), the year a state began
    ("MPP … beroperasi sejak 2021", G.SINCE_BEFORE), a year in a unit that names neither the Ombudsman
    nor its assessment (G.SOLE_ANCHOR: "Pemkot berjanji memperbaikinya pada triwulan pertama 2023")."""
    if len(sole) != 1:
        return None
    year = next(iter(sole))
    told_done = any(about[k] and done(u.text) and any(y == year for y, _, _ in single_years(u.text, limit, periods=True))
               for k, u in enumerate(units))
    return year if told_done else None


def done(text: str) -> bool:
    """Whether a sentence tells the assessment as done: no modal, no hope ("akan dilakukan April 2024")."""
    low = text.lower()
    return not (G.MODAL_WORDS.search(low) or G.HOPE_WORDS.search(low))


def compared_in(text: str, limit: int, published: datetime | None) -> set[int]:
    """The years of one unit that also tells of the present year ("tahun ini"), other than the
    present year itself: earlier years compared with the present (see the module doc)."""
    if "tahun" not in unit_lower(text) or not any(RELATIVE_YEARS[m.group(0).split()[-1].lower()] == 0
                                              for m in RELATIVE_YEAR.finditer(text)):
        return set()
    present = {y for y, _, _ in relative_years(text, published) if y <= limit}
    return {y for y, _, _ in single_years(text, limit) if y not in present}


def compared_years(units: list, about: list[bool], limit: int, published: datetime | None) -> set[int]:
    """`compared_in` over the units about the assessment."""
    out: set[int] = set()
    for k, u in enumerate(units):
        if about[k]:
            out |= compared_in(u.text, limit, published)
    return out
