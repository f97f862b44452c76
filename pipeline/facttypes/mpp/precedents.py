"""Other governments named with the story's MPP: precedents and lists "besides" it.

Precedents: an MPP told as the Nth of its province after others ("Peresmian MPP Kabupaten A
merupakan yang ketiga di Jawa Tengah, setelah Kabupaten B dan C", "MPP A, sebagai fasilitas yang
kedua ada di Sumut setelah Kota D"): the governments named after the ordinal had the same event
before (a launch told: launched) or have an MPP (operating), whatever the story's own MPP's status; an
ordinal of the MPP itself ("MPP A yang baru dua bulan ini diluncurkan merupakan MPP kelima, setelah B, C,
D, dan E") counts MPPs, not launches: the earlier ones run (final11), unless "kalinya" counts times;
a province among them ("keempat di Indonesia setelah Kota A, Kabupaten B dan Jakarta") is the
province's own MPP. A precedent's year is not the story's: it takes none.

Precedents in the next sentence: an ordinal told without them ("MPP A merupakan yang ketiga di Jateng.")
and a sentence opening "Sebelumnya" that says others exist ("Sebelumnya, sudah ada fasilitas yang sama di
Kabupaten B dan C"): the governments listed there run (operating; final7, the pattern of final11's
precedents; final5 names its precedent with the MPP and a status word of its own, read as any MPP sentence).

Besides: a list after the MPP and "selain" ("Riau menjadi daerah yang siap membentuk MPP selain
Surabaya, DKI Jakarta dan Batam") shares the unit's status; a province in it is the province's own.
"""
from __future__ import annotations

import re

from pipeline.facttypes.mpp.governments import province_key
from pipeline.facttypes.mpp.status import LEX, Trigger
from pipeline.lang import COLLECTIVES, Gated, words_pattern
from pipeline.nlp.discourse.lists import coordinated_after

#: how far after its ordinal the word naming the precedents may stand ("yang ketiga kalinya di
#: Jawa Tengah, setelah")
PRECEDENT_GAP_CHARS = 50
#: "yang ketiga …, setelah ", "MPP ke-5 di Jatim menyusul ": up to the first precedent
PRECEDENT = Gated(re.compile(
    words_pattern(LEX["ordinal_before"]) + r"\s+(?:ke-?\s*\d{1,2}|" + "|".join(COLLECTIVES) + r")\b"
    r"[^.;]{0," + str(PRECEDENT_GAP_CHARS) + r"}?\s" + words_pattern(LEX["precedent_after"])
    + r"\s+(?:(?:kabupaten|kota|kab\.?|pemkab|pemkot)\s+)?", re.IGNORECASE), tuple(LEX["precedent_after"]))


def precedents(discourse, unit, gaz, triggers: list[Trigger]) -> tuple[list[str], list[Trigger]]:
    """The governments a unit names as having had an MPP before its own (see the module doc), and
    the trigger they take: the unit's launch, else operating; none where the unit tells only a plan
    of them ("akan menjadi yang ketiga setelah A": they have one, operating)."""
    m = PRECEDENT.search(unit.text)
    if m is None:
        return [], []
    spans = [s for s in discourse.mentions_in(unit) if s.is_province or s.code in gaz.regions]
    at = unit.start + m.end()
    i = next((n for n, s in enumerate(spans) if s.start >= at), None)
    if i is None or spans[i].start != at:
        return [], []
    listed = [spans[i]] + coordinated_after(discourse.text, spans, i)
    codes = [province_key(s.code) if s.is_province else s.code for s in listed]
    launch = next((t for t in triggers if t.status == "launched" and t.strong), None)
    if launch is not None and not _counts_launches(m):
        launch = None  # the ordinal counts MPPs: the precedents run
    told = Trigger("launched", True, launch.pos, event=True) if launch else Trigger("operating", True, m.start(), state=True)
    return codes, [told]


def _counts_launches(m: re.Match) -> bool:
    """Whether a precedent's ordinal counts launches, not MPPs: "yang keempat kalinya", "diresmikan sebagai
    yang kedua"; not where the MPP itself is counted ("MPP A yang baru diluncurkan merupakan MPP kelima": the
    earlier ones run)."""
    words = re.findall(r"[\w-]+", m.group(0).lower())
    if any(w in LEX["ordinal_times"] for w in words):
        return True
    return words[0] not in LEX["ordinal_counts_mpps"]


#: an MPP's ordinal in a sentence, its precedents not named there ("… merupakan yang ketiga di Jateng.")
ORDINAL = Gated(re.compile(words_pattern(LEX["ordinal_before"]) + r"\s+(?:ke-?\s*\d{1,2}|" + "|".join(COLLECTIVES)
                           + r")\b", re.IGNORECASE), ("ke",))
#: a sentence after the ordinal that tells the earlier ones exist: "Sebelumnya, sudah ada fasilitas yang sama di "
#: (the opener, then a having or existing word before the first government)
NEXT_PRECEDENTS = re.compile(words_pattern(LEX["precedent_next_openers"]) + r"\b[^.;]{0,"
                             + str(PRECEDENT_GAP_CHARS) + r"}?\b" + words_pattern(LEX["precedent_next_have"]) + r"\b",
                             re.IGNORECASE)


def next_precedents(discourse, prev, unit, gaz) -> list[str]:
    """The governments a unit names as having an MPP before the one whose ordinal the unit before it told
    without its precedents (see the module doc): the list at the first government after the having word."""
    low = unit.text.lstrip().lower()
    if not low.startswith(tuple(LEX["precedent_next_openers"])) or not ORDINAL.search(prev.text) \
            or PRECEDENT.search(prev.text):
        return []
    m = NEXT_PRECEDENTS.match(unit.text.lstrip())
    if m is None:
        return []
    at = unit.start + len(unit.text) - len(unit.text.lstrip()) + m.end()
    spans = [s for s in discourse.mentions_in(unit) if s.start >= at and not s.is_province and s.code in gaz.regions]
    if not spans:
        return []
    return [s.code for s in [spans[0]] + coordinated_after(discourse.text, spans, 0)]


def precedents_at(discourse, unit, before: list[str]) -> tuple[set[str], int]:
    """The precedents of a unit (`precedents`) and where the first of them stands (the unit's end if
    none): a status word before them tells of the story's own MPP, not of theirs."""
    at = min((m.start for m in discourse.mentions_in(unit) if m.code in before
              or (m.is_province and province_key(m.code) in before)), default=unit.end)
    return set(before), at


#: "… MPP selain Kota A, DKI Jakarta dan Kabupaten B": up to the first of the list
BESIDES = Gated(re.compile(r"\b(?:MPP|publik)\s*(?:\(MPP\)\s*)?,?\s+" + words_pattern(LEX["besides_after"])
                           + r"\s+(?:(?:kabupaten|kota|kab\.?|pemkab|pemkot|provinsi|pemprov)\s+)?", re.IGNORECASE),
                tuple(LEX["besides_after"]))


def besides(discourse, unit, gaz) -> list:
    """The governments listed after the MPP and "selain" (see the module doc): their mentions."""
    m = BESIDES.search(unit.text)
    if m is None:
        return []
    spans = [s for s in discourse.mentions_in(unit) if s.is_province or s.code in gaz.regions]
    at = unit.start + m.end()
    i = next((n for n, s in enumerate(spans) if s.start >= at), None)
    if i is None or spans[i].start != at:
        return []
    return [spans[i]] + coordinated_after(discourse.text, spans, i)
