"""Years an MPP story gives its facts beyond their own units: headlines and captions
(`heading_years`), and the day of the news for a launch told without a year (`news_year`): news of a
launch told without a date ("Wakil Bupati secara resmi membuka MPP.") is news of the day it is
published, where the text writes that year (a dateline or byline date); not a launch recalled from
the past ("Dulu di Banyuwangi, kami memulainya …"). Without a publication date, none.
"""
from __future__ import annotations

import re
from datetime import datetime

from pipeline.facttypes.mpp.governments import governments_near, written_with
from pipeline.facttypes.mpp.names import mpp_mentions
from pipeline.facttypes.mpp.place import event_year
from pipeline.facttypes.mpp.status import LEX, statuses
from pipeline.lang import words_pattern
from pipeline.nlp.discourse.years import valid_years

#: a launch recalled from the past: no year from the day of the news
PAST = re.compile(words_pattern(LEX["past_words"]), re.IGNORECASE)


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
    if PAST.search(evidence) or not isinstance(published, datetime):
        return None
    y = published.year
    return y if any(w == y for w, _, _ in valid_years(text, y, event_dates=True)) else None
