"""Years an MPP story gives its facts beyond their own units: headlines and captions
(`heading_years`), and the day of the news for a launch told without a year (`news_year`): news of a
launch told without a date ("Wakil Bupati secara resmi membuka MPP.") is news of the day it is
published, where the text writes that year (a dateline or byline date); not a launch recalled from
the past ("Dulu di Banyuwangi, kami memulainya …"). Without a publication date, the year of the day the
launch the story reports, where it writes its day with the day name after a launch word in one paragraph
("dalam acara peresmian, Jumat (12/12/2025)"; not "Rapat dilakukan …, Senin (14/3/2022)") and all such days
fall in one year.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta

from pipeline.facttypes.mpp.governments import governments_near, written_with
from pipeline.facttypes.mpp.names import mpp_mentions
from pipeline.facttypes.mpp.place import event_year
from pipeline.facttypes.mpp.status import LEX, statuses
from pipeline.lang import CARDINALS, words_pattern
from pipeline.nlp.discourse.years import DAY_DATE, valid_years

#: a launch recalled from the past: no year from the day of the news
PAST = re.compile(words_pattern(LEX["past_words"]), re.IGNORECASE)
#: a launch word before such a day, in its paragraph (lexicon.toml `launch_day_words`)
LAUNCH_DAY_WORD = re.compile(words_pattern(LEX["launch_day_words"]), re.IGNORECASE)
#: how far before the day a launch word may stand ("soft opening … berjalan dengan baik. … ujar Ardani, Rabu
#: (12/2/2025)")
LAUNCH_DAY_CHARS = 300


#: the days of each span unit ("hari", "pekan", "bulan")
SPAN_DAYS: dict[str, int] = dict(LEX["span_units"])
#: a span told right before an operation word, ending at it: "setelah empat hari [beroperasi]", "baru sepekan"
SPAN_BEFORE = re.compile(words_pattern(LEX["span_before"]) + r"\s+(?:(?P<n>\d{1,3}|"
                         + words_pattern(CARDINALS, boundary=False) + r")\s+(?P<unit>" + words_pattern(SPAN_DAYS, boundary=False)
                         + r")|se(?P<one>" + words_pattern(SPAN_DAYS, boundary=False) + r"))\s+(?:ini\s+)?$",
                         re.IGNORECASE)
#: how many characters before the operation word such a span may start
SPAN_CHARS = 40


def operated_for(text: str, pos: int, today) -> int | None:
    """The year an MPP started operating where the unit tells it has run for a span of days, weeks or months
    up to the story's day ("Setelah empat hari beroperasi, …" in a story of 4 July 2024: 2024); shown by
    final6, Indonesian news style for first reviews of a new service."""
    if not isinstance(today, datetime):
        return None
    m = SPAN_BEFORE.search(text, max(0, pos - SPAN_CHARS), pos)
    if m is None:
        return None
    unit = (m.group("unit") or m.group("one")).lower()
    n = m.group("n")
    count = 1 if n is None else int(n) if n.isdigit() else CARDINALS.get(n.lower())
    return (today - timedelta(days=count * SPAN_DAYS[unit])).year if count else None


def heading_years(discourse, gaz, acronym_ok: bool, local, limit: int,
                  published) -> list[tuple[str, int, set[str]]]:
    """(status, year, regions) told in headlines and captions ("Bupati Sanggau Targetkan MPP
    Beroperasi Tahun 2020"): they give no facts, but the year of a fact told without one."""
    out = []
    low = discourse.lower
    for u in discourse.units:
        seg = low[u.start:u.end]
        if not u.heading or not ("pelayan" in seg or "mpp" in seg):
            continue
        mentions = mpp_mentions(u.text, acronym_ok, local)
        triggers = [tr for tr in statuses(u.text, *discourse.words(u)) if tr.strong] if mentions else []
        if not triggers:
            continue
        regions = set(written_with(discourse, u, mentions, gaz, lambda gap: False).regions
                      or governments_near(discourse, u, gaz, u.start + triggers[0].pos))
        for tr in triggers:
            y = event_year(u.text, tr.pos, len(u.text), tr.status, limit, published)
            if y is not None:
                out.append((tr.status, y, regions))
    return out


def news_year(published, evidence: str, text: str) -> int | None:
    """The year of the day of the news for a launch told without one (see the module doc): the
    publication year where the text writes it (a dateline or byline date, "Senin (3/6/2024)"; "a
    year is labelled only where the text gives it")."""
    if PAST.search(evidence):
        return None
    if not isinstance(published, datetime):
        return reported_year(text)
    y = published.year
    return y if any(w == y for w, _, _ in valid_years(text, y, event_dates=True)) else None


def reported_year(text: str) -> int | None:
    """The year of the launch a story without a publication date reports with its day ("dalam acara
    peresmian, Jumat (12/12/2025)"): None where it reports none, or days of several years."""
    years = set()
    for m in DAY_DATE.finditer(text):
        start = max(0, m.start() - LAUNCH_DAY_CHARS, text.rfind("\n", 0, m.start()) + 1)
        if LAUNCH_DAY_WORD.search(text, start, m.start()):
            years.add(int(m.group("year")))
    return years.pop() if len(years) == 1 and min(years) <= datetime.now().year else None


