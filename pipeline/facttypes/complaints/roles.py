"""A place mention's role as the government reported on, from the words around it: agencies
located there count for it ("instansi di Kabupaten Sikka"), and so do the reports said to come from it
("laporan masyarakat yang berasal dari Kabupaten A"); reporters living there do not ("warga Kota Mataram"); a place where someone spoke is neither ("… di Manokwari, Senin mengatakan")."""
from __future__ import annotations

import re

from pipeline.facttypes.complaints.counts import LEX, REPORT_NOUNS
from pipeline.lang import DAY_NAMES, words_pattern
from pipeline.nlp.discourse.mentions import ROLE_WINDOW, mention_role

I = re.IGNORECASE
AGENCY_BEFORE = re.compile(words_pattern(LEX["agency_before"]) + r"(?:\s+\w+){0,3}?\s+(?:di|berkedudukan\s+di)\s+"
                           r"(?:wilayah\s+)?$", I)
RESIDENCE_BEFORE = re.compile(r"(?:" + words_pattern(LEX["residence_before"])
                              + r"(?:\s+(?:yang\s+)?(?:berasal|asal|berdomisili|tinggal))?|\basal)(?:\s+(?:dari|di))?\s+"
                              r"(?:(?:kabupaten|kota|kab\.)\s+)?$", I)
#: the reports (of the public) said to come from the place: that region's reports, not where reporters live
#: ("laporan masyarakat yang berasal dari Kabupaten A", docs/contract.md; lexicon `origin`)
ORIGIN_BEFORE = re.compile(words_pattern(REPORT_NOUNS) + r"\s+(?:masyarakat\s+)?(?:yang\s+)?"
                           + words_pattern(LEX["origin"]) + r"\s+(?:(?:kabupaten|kota|kab\.)\s+)?$", I)
#: a venue: "di" before a place and a day name after it ("… di Manokwari, Senin mengatakan")
VENUE_BEFORE = re.compile(r"\bdi\s+(?:(?:kabupaten|kota)\s+)?$", I)
VENUE_AFTER = re.compile(r"\s*,?\s*(?:\(\s*)?" + words_pattern(DAY_NAMES) + r"(?!\w)", I)


def subject_role(text: str, unit, m) -> str | None:
    """A mention's role as the government reported on: agencies located there count for it
    ("instansi di Kabupaten Sikka"), reporters living there do not ("warga Kota Mataram"):
    "gov", "residence" or None."""
    before = text[max(unit.start, m.start - ROLE_WINDOW):m.start]
    if RESIDENCE_BEFORE.search(before) and not ORIGIN_BEFORE.search(before):
        return "residence"
    if AGENCY_BEFORE.search(before):
        return "gov"
    if VENUE_BEFORE.search(before) and VENUE_AFTER.match(text, m.end, unit.end):
        return None  # where someone spoke: "Kepala Perwakilan … di Manokwari, Senin mengatakan 183 laporan …"
    return mention_role(text, unit, m, events=False)
