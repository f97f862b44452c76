"""Scores written as percentages in brackets right after a government's name in a list of results ("… zona
kuning. Kedelapan daerah itu yakni Kota A (75,74 persen), Kota B (70,96 persen), …": final11; issue 12 named
scores written as percentages). Only for a unit whose results have a zone, its own or carried: a list of
shares of reports ("Kota A (9,3%), Kabupaten B (7%)", final7 and final9) has none and gives no score."""
from __future__ import annotations

import re

from pipeline.facttypes.compliance.grammar import LEX
from pipeline.lang import words_pattern

#: right after a name: a percentage with a decimal comma in brackets ("(75,74 persen)", "(51,1%)"; lexicon percent_words)
NAME_PERCENT = re.compile(r"\s*\(\s*(\d{1,3},\d{1,2})\s*(?:" + words_pattern(LEX["percent_words"], boundary=False)
                          + r"\b|%)\s*\)", re.IGNORECASE)


def name_percents(text: str, name_ends: list[int], scores: list[tuple]) -> list[tuple[float, int, int, bool]]:
    """The scores in brackets right after the names ending at `name_ends` (offsets in `text`) that `scores`
    does not hold yet, as anchored scores (value, start, end, True)."""
    if "(" not in text or ("%" not in text and not any(w in text.lower() for w in LEX["percent_words"])):
        return []
    have = {s[1] for s in scores}
    out = []
    for end in name_ends:
        m = NAME_PERCENT.match(text, end)
        if m is None or m.start(1) in have:
            continue
        value = float(m.group(1).replace(",", "."))
        if 0 < value <= 100:
            out.append((value, m.start(1), m.end(1), True))
    return out
