"""Which government an MPP belongs to.

- the one written with the MPP ("MPP Kabupaten Lebong", "MPP milik Pemkab Paser", "Mal Pelayanan
  Publik (MPP) Kota Tarakan"; a list gives one each: "MPP di Kota Cilegon dan Tangsel"), or listed
  after it ("lima MPP di Kalsel, yaitu di Kabupaten Tabalong, …", "… termasuk Kabupaten Paser");
- else a government the unit names nearest before the status word ("Pemkab Batola membuka MPP",
  a list: "Kota Palu dan Kabupaten Parigi Moutong yang lebih dulu mengoperasikan MPP"), else the
  first after it;
- else the article's main region: the one it names most in its sentences and headline.

A counted group ("tiga MPP", "bersamaan dengan 26 MPP lain") names no region; a province's own MPP
("MPP Provinsi Sulawesi Barat", "MPP Sulteng", "Pemprov Jabar meluncurkan MPP Digital") is the
province's: its key is `province_key(code)` ("P72"), not a region's code.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import NamedTuple

from pipeline.facttypes.mpp.status import LEX
from pipeline.lang import CARDINALS, COLLECTIVES, CONNECTIVES, words_pattern
from pipeline.nlp.discourse.lists import COUNT_BEFORE, COUNTED_GROUP, ENUMERATION_OPENER, GROUP_NOUN, coordinated_after, coordinated_before, enumerated_after
from pipeline.nlp.discourse.mentions import ROLE_WINDOW, mention_role, not_subject_before, not_subject_gate

#: between an MPP mention and its region: "(MPP) Kabupaten", "milik Pemerintah Kabupaten (Pemkab)"
PAIR_GAP = re.compile(
    r"[\s)]*(?:\(\s*MPP\s*\)\s*)?(?:(?:milik|punya|di|pemerintah|pemkab|pemkot|pemko|pemprov|kabupaten|"
    r"kota|kab\.?|provinsi|prov\.?|\(\w+\))\s*)*", re.IGNORECASE)
#: between an MPP mention and its region, the MPP's own name: "MPP Graha Sewaka Denpasar", "MPP Gajah Mada-Kota"
LOCAL_NAME_GAP = re.compile(r"\s+(?P<name>(?:[A-Z][\w'’]*[\s-]+){1,3})(?:(?:kota|kabupaten|kab\.?)\s+)?", re.IGNORECASE)
#: words that are no part of such a name (lexicon.toml `local_name_not`)
LOCAL_NAME_NOT = frozenset(LEX["local_name_not"])
#: after an MPP mention: a group ("MPP lain", "MPP di seluruh Indonesia")
GROUP_AFTER = re.compile(
    r"^\s*(?:\(MPP\)\s*)?(?:lain|lainnya|kabupaten/kota\s+lain|di\s+(?:seluruh|berbagai|\d+))\b",
    re.IGNORECASE)
#: the end of a status word's clause: a new clause of cause or contrast ("…, karena …", "; …")
CLAUSE_BREAK = re.compile(r",\s*" + words_pattern([*CONNECTIVES["cause"], *CONNECTIVES["contrast"]]) + r"|;",
                          re.IGNORECASE)
#: a unit that opens by naming again a group of governments told before: "Kabupaten/kota tersebut
#: meliputi …", "Ketujuh daerah itu yakni …", "Lima kabupaten ini …", "Daerah-daerah tersebut …"
GOVERNMENTS_BACK = re.compile(
    r"^\W*(?:(?:\d{1,2}|" + "|".join([*COLLECTIVES, *CARDINALS]) + r")(?:\s+(?:belas|puluh))?\s+)?"
    r"(?:kabupaten/kota|kab/kota|kabupaten\s+dan\s+kota|pemerintah\s+daerah|pemda|daerah|kabupaten|"
    r"daerah-daerah|wilayah)\s+(?:yang\s+\w+\s+)?(?:ini|itu|tersebut)\b", re.IGNORECASE)
#: after a counted group of MPPs, the openers of the list of its governments (lexicon.toml `group_example_openers`)
GROUP_OPENER = re.compile(ENUMERATION_OPENER.pattern + "|" + words_pattern(LEX["group_example_openers"]), re.IGNORECASE)
#: a unit going on with a list's examples after a lead of its own ("Di luar Jawa, misalnya Kota A dan B", "Contohnya
#: Kabupaten C"; final6): the example word within this many characters of the unit's start
EXAMPLE_OPENER = re.compile(words_pattern(LEX["group_example_openers"]), re.IGNORECASE)
EXAMPLE_LEAD_CHARS = 40
#: … and a clause placing its members, up to GROUP_PLACE_CHARS after it (lexicon.toml `group_place_openers`)
GROUP_PLACE_OPENER = re.compile(words_pattern(LEX["group_place_openers"]), re.IGNORECASE)
GROUP_PLACE_CHARS = 160
#: How far before and after an MPP mention its group words are read.
GROUP_BEFORE_CHARS = 20
GROUP_AFTER_CHARS = 30


class Written(NamedTuple):
    """The governments written with a unit's MPP mentions (`written_with`)."""

    regions: list[str]
    grouped: bool  # every mention is a counted group and no region is named
    provincial: str | None  # a province's own MPP ("MPP Sulteng"), no region named: the province's key
    counted: bool  # some mention is a counted group ("13 MPP"): its status holds for a list to come


def written_with(discourse, unit, mentions: list[tuple[int, int]], gaz, has_mention) -> Written:
    """Regions written with an MPP mention (see the module doc). `has_mention(text)`: whether a
    stretch of text names an MPP (a list ends there)."""
    spans = [m for m in discourse.mentions_in(unit) if m.is_province or m.code in gaz.regions]
    text = discourse.text
    out: list[str] = []
    grouped, provincial, counted = True, None, False
    for a, b in mentions:
        group = bool(COUNT_BEFORE.search(unit.text[max(0, a - GROUP_BEFORE_CHARS):a])
                     or GROUP_AFTER.match(unit.text[b:b + GROUP_AFTER_CHARS]))
        grouped = grouped and group
        counted = counted or group
        listed, own = _paired(text, unit, spans, b, has_mention)
        if not listed:
            # "lima MPP di Kalsel yaitu di Kabupaten Tabalong, …", "13 MPP …, termasuk Kabupaten Paser"; after a
            # counted group, "seperti" too ("ada 7 MPP yang belum diluncurkan seperti Kota A, …")
            listed = [m for m in enumerated_after(text, spans, unit.start + b, unit.end,
                                                  opener_rx=GROUP_OPENER if group else ENUMERATION_OPENER)
                      if not m.is_province or designated_province(text, m)]
        if not listed and group:  # "tiga MPP yang sudah disahkan …, yang berada di Kota A, …": further on
            listed = _placed_members(text, spans, unit.start + b, unit.end)
        if own and not group and not listed:
            provincial = provincial or province_key(own)
        for m in listed:
            code = province_key(m.code) if designated_province(text, m) else m.code  # "yaitu DKI Jakarta, Kota A"
            if code not in out:
                out.append(code)
    return Written(out, grouped and not out, None if out else provincial, counted)


def _placed_members(text: str, spans: list, pos: int, end: int) -> list:
    """The governments a clause placing the members of a counted group of MPPs (ending at `pos`) lists further
    on in its sentence ("tiga MPP yang sudah disahkan KemenPAN RB, yang berada di Kota A, …"); none when a new
    clause of cause or contrast comes first ("tiga MPP sudah beroperasi, sementara kantor yang berada di …")."""
    opener = GROUP_PLACE_OPENER.search(text, pos, min(end, pos + GROUP_PLACE_CHARS))
    if opener is None or CLAUSE_BREAK.search(text, pos, opener.start()):
        return []
    return [m for m in enumerated_after(text, spans, opener.start(), end, opener_rx=GROUP_PLACE_OPENER)
            if not m.is_province]


def _paired(text: str, unit, spans: list, b: int, has_mention) -> tuple[list, str | None]:
    """The regions written right after an MPP mention ending at `b` (relative to the unit), with
    the list they start ("MPP di Kota Cilegon dan Tangsel"); else the province whose own MPP it is
    ("MPP Sulawesi Tengah", "MPP milik Pemprov Sulsel"; not "MPP di Jawa Timur", the MPPs there)."""
    for i, s in enumerate(spans):
        rel = s.start - unit.start
        if rel < b:
            continue
        gap = unit.text[b:rel]
        if PAIR_GAP.fullmatch(gap):
            if s.is_province:
                return [], None if IN_GAP.search(gap) else s.code
            return [s] + coordinated_after(text, spans, i, stop=lambda t, gap: t.is_province or has_mention(gap)), None
        if not s.is_province and _local_name(gap):  # "MPP Graha Sewaka Denpasar"
            return [s], None
        break
    return [], None


def _local_name(gap: str) -> bool:
    """Whether the text between an MPP mention and a region is the MPP's own name (capitalised words)."""
    m = LOCAL_NAME_GAP.fullmatch(gap)
    if m is None:
        return False
    words = m.group("name").split()
    return all(w[:1].isupper() and w.strip("-").lower() not in LOCAL_NAME_NOT for w in words)


#: the key of a province's own MPP among the regions' codes
PROVINCE_KEY = "P"
#: "MPP di Jawa Timur": a place, not the owner
IN_GAP = re.compile(r"\bdi\b", re.IGNORECASE)
#: a province named as a government: "Pemerintah Provinsi Sulawesi Tengah", "Pemprov Jabar", "Provinsi Sulsel"
PROVINCE_GOVERNMENT = re.compile(r"(?:\b(?:pemerintah|pemda)\s+provinsi|\bpemprov|\bprovinsi|\bprov\.?)\s*$",
                                 re.IGNORECASE)
PROVINCE_GOVERNMENT_SPAN = re.compile(r"(?:pemerintah\s+provinsi|pemprov|provinsi)\b", re.IGNORECASE)
#: before a government noun: the government as a place ("di Pemprov Sulteng")
PLACE_BEFORE = re.compile(r"\b(?:di|ke|dari)\s+$", re.IGNORECASE)
PLACE_BEFORE_CHARS = 6
#: how far before a province's name its government noun may stand
PROVINCE_GOVERNMENT_CHARS = 25


#: a province named as a government right before its mention: "yaitu Provinsi DKI Jakarta, Kota A, …"
OFFICE_BEFORE = re.compile(r"(?:pemerintah\s+provinsi|pemprov|provinsi|prov\.?)\s+$", re.IGNORECASE)
OFFICE_BEFORE_CHARS = 24
#: a province whose own name starts with its government's designation ("DKI Jakarta"): named as a government
DESIGNATED_PROVINCE = re.compile(words_pattern(LEX["province_government_words"]), re.IGNORECASE)


def designated_province(text: str, m) -> bool:
    """Whether the mention `m` is a province named by its government's designation ("DKI Jakarta")."""
    return m.is_province and DESIGNATED_PROVINCE.match(text, m.start) is not None


def enumerated_governments(text: str, mentions: list, pos: int, end: int, regions, opener=None) -> list[str]:
    """The governments enumerated after an opener near `pos` (`enumerated_after`; `opener`: a pattern of its
    own, found within EXAMPLE_LEAD_CHARS), up to `end`: each region's code, and for a province named as a
    government ("yaitu Provinsi DKI Jakarta, Kota Surabaya, …") its own MPP's key; a province named as a place
    is no item."""
    spans, offices = [], set()
    for m in mentions:
        office = OFFICE_BEFORE.search(text, max(0, m.start - OFFICE_BEFORE_CHARS), m.start) if m.is_province else None
        if office is not None:
            m = replace(m, start=office.start())
            offices.add(m.start)
        elif designated_province(text, m):  # "yaitu DKI Jakarta, Kota Surabaya, …"
            offices.add(m.start)
        spans.append(m)
    return [m.code if m.code in regions else province_key(m.code)
            for m in (enumerated_after(text, spans, pos, end) if opener is None
                      else enumerated_after(text, spans, pos, end, EXAMPLE_LEAD_CHARS, opener))
            if m.code in regions or m.start in offices]


#: before a government that opens an item of its own in a sentence listing governments with their states ("Kota A
#: sudah beroperasi, Kota B masih dalam pembangunan, dan Kabupaten C direncanakan …"): a separator, then its head
ITEM_CLAUSE_BEFORE = re.compile(r"[,;]\s*(?:dan\s+|serta\s+)?(?:(?:pemerintah\s+)?(?:kabupaten|kota|kab\.?|pemkab|pemkot|"
                                r"pemko)\s+)?$", re.IGNORECASE)
ITEM_CLAUSE_BEFORE_CHARS = 40


def item_clause_cuts(discourse, unit, gaz) -> list[int]:
    """Where a unit that lists governments each with a state of its own may be cut into one clause per
    government (offsets in the unit's text, at each separator before a government that opens an item after
    the first)."""
    text = discourse.text
    cuts = []
    govs = [m for m in discourse.mentions_in(unit) if not m.is_province and m.code in gaz.regions]
    for m in govs[1:]:  # the first item opens the list, after whatever leads to it ("Soal MPP, Kota A …")
        sep = ITEM_CLAUSE_BEFORE.search(text, max(unit.start, m.start - ITEM_CLAUSE_BEFORE_CHARS), m.start)
        if sep is not None:
            cuts.append(sep.start() - unit.start)
    return cuts


#: an item line that names one government, then its state after a separator: "1. Kota A - sudah beroperasi",
#: "• Kabupaten B: dalam tahap pembangunan", "Kota C (direncanakan 2025)"
ITEM_STATE_LEAD = re.compile(r"[\W\d]*(?:(?:pemerintah\s+)?(?:kabupaten|kota|kab\.?|pemkab|pemkot|pemko)\s+)?$",
                             re.IGNORECASE)
ITEM_STATE_SEPARATOR = re.compile(r"\s*[-–—:=(|]")


def item_state_government(discourse, unit, gaz) -> str | None:
    """The government of an item line that names it first and its state after a separator (see
    ITEM_STATE_LEAD), else None."""
    govs = [m for m in discourse.mentions_in(unit) if not m.is_province and m.code in gaz.regions]
    if len(govs) != 1:
        return None
    text = discourse.text
    lead = ITEM_STATE_LEAD.match(text, unit.start, govs[0].start)
    if lead is None or lead.end() != govs[0].start or not ITEM_STATE_SEPARATOR.match(text, govs[0].end):
        return None
    return govs[0].code


def province_key(code: str) -> str:
    """The key of a province's own MPP ("P72")."""
    return PROVINCE_KEY + code


def province_of_key(key: str) -> str | None:
    """The province code of a province's key, None for a region's code."""
    return key[len(PROVINCE_KEY):] if key.startswith(PROVINCE_KEY) else None


def province_subject(discourse, unit, trigger: int) -> str | None:
    """The key of the province whose government the unit names, with no region after it, before the
    status word at `trigger` ("Pemerintah Provinsi Sulawesi Tengah akhirnya resmi memiliki MPP",
    "Provinsi Sulsel juga memiliki MPP sendiri"); None where it names none or a province as a place
    or an office ("Di Sulsel, …", "Gubernur Sulteng …")."""
    text = discourse.text
    last = None
    for m in discourse.mentions_in(unit):
        if m.start >= trigger:
            break
        if not m.is_province:
            last = None
        else:
            gov = PROVINCE_GOVERNMENT.search(text, max(unit.start, m.start - PROVINCE_GOVERNMENT_CHARS), m.start)
            at = gov.start() if gov else m.start
            if (gov or PROVINCE_GOVERNMENT_SPAN.match(m.text)) \
                    and not PLACE_BEFORE.search(text, max(unit.start, at - PLACE_BEFORE_CHARS), at):
                last = m  # not "di Pemprov Sulteng", a place
    if last is None or GROUP_NOUN.search(text, last.end, trigger):
        return None  # "Pemprov NTB mencatat delapan kabupaten/kota sudah memiliki MPP": the group's
    return province_key(last.code)


def governments_near(discourse, unit, gaz, trigger: int) -> list[str]:
    """The government the unit names nearest before its status word at `trigger` (with the list it
    ends), else those enumerated after it ("baru soft launching, yaitu Kabupaten Belu dan Ngada"),
    else none when a province is named before it ("Provinsi Sulsel juga memiliki MPP sendiri … di
    Makassar": the province's own), else the first after it in its clause with the list it starts.
    A counted group between a government and the status word is the word's subject ("Kota Kupang
    (ANTARA) - … baru dua kabupaten yang memiliki MPP"): only governments after it count."""
    text = discourse.text
    govs = [m for m in discourse.mentions_in(unit) if not m.is_province and m.code in gaz.regions
            and mention_role(text, unit, m) == "gov"]
    before = [m for m in govs if m.start < trigger]
    if before and COUNTED_GROUP.search(text, before[-1].end, trigger):
        # "Kota Kupang (ANTARA) - … baru dua kabupaten yang memiliki MPP": the group's, not Kupang's
        govs = [m for m in govs if m.start >= trigger]
        before = []
    if before:
        return [m.code for m in coordinated_before(text, before)]
    listed = enumerated_after(text, govs, trigger, unit.end)
    if not listed and govs and province_before(discourse, unit, trigger):
        # "Di Kalbar, MPP sudah hadir di Kota A, Kabupaten B dan …": the governments placed right after the word
        listed = _placed_list(text, govs, trigger)
    if listed or not govs or province_before(discourse, unit, trigger):
        return [m.code for m in listed]
    cut = CLAUSE_BREAK.search(text, trigger, unit.end)  # "…, karena baru Kabupaten A yang …": another clause
    if cut is not None and govs[0].start > cut.start():
        return []
    return [govs[0].code] + [m.code for m in coordinated_after(text, govs, 0)]


#: between governments set apart ("kecuali Kabupaten A dan Kota B") and the state that sets them apart:
#: ", karena sudah punya"
REASON_GAP = re.compile(r"\s*\)?\s*,?\s*(?:" + words_pattern(CONNECTIVES["cause"]) + r")?\s*(?:\w+\s+)?$", re.IGNORECASE)


def _placed_list(text: str, govs: list, word: int) -> list:
    """The governments listed right after a status word at `word` and "di" ("sudah hadir di Kota A, Kabupaten B
    dan Kota C"), with the list they start; empty when the word places nothing, something else or one only."""
    m = PLACED_AFTER.match(text, word)
    if m is None:
        return []
    at = text.rfind(" di ", word, m.end()) + len(" di ")
    for i, s in enumerate(govs):
        if s.start >= at:
            listed = [s] + coordinated_after(text, govs, i) if PLACED_GAP.fullmatch(text, at, s.start) else []
            # a list only: one government placed there may be the place of the story's own event ("Di Babel, …
            # MPP juga sudah hadir di Kabupaten A yang diresmikan pada 2023": that launch)
            return listed if len(listed) > 1 else []
    return []


def set_apart_before(discourse, unit, gaz, trigger: int) -> list[str]:
    """The governments a unit sets apart right before a state's word, whatever their role ("… di
    semua kabupaten (kecuali Kabupaten A dan Kota B, karena sudah punya)"): the list that ends just
    before it, with only a reason's connective between."""
    text = discourse.text
    before = [m for m in discourse.mentions_in(unit) if not m.is_province and m.code in gaz.regions
              and m.start < trigger]
    if not before or not REASON_GAP.match(text, before[-1].end, trigger):
        return []
    return [m.code for m in coordinated_before(text, before)]


def province_before(discourse, unit, trigger: int) -> bool:
    """Whether the unit names a province (as a government or a place, not an office's) before the
    status word at `trigger` (an offset in the doc)."""
    text = discourse.text
    return any(m.is_province and m.start < trigger and mention_role(text, unit, m) is not None
               for m in discourse.mentions_in(unit))


def main_region(discourse) -> str | None:
    """The region the article speaks of most in its sentences and headline (not in related links or
    sidebars, not counting Ombudsman offices)."""
    text = discourse.text
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for unit in discourse.units:
        if not (unit.content or unit.index == 0):
            continue
        for m in discourse.mentions_in(unit):
            if m.is_province:
                continue
            lo = max(0, m.start - ROLE_WINDOW)
            if not_subject_gate(text, lo, m.start) and not_subject_before(text[lo:m.start]):
                continue
            counts[m.code] += 1
            first.setdefault(m.code, m.start)
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -first[c]))


#: a status word with its place right after it: "segera dibangun di Pariaman", "diresmikan di Kota A"
PLACED_AFTER = re.compile(r"[\w-]+\s+di\s+(?:(?:kabupaten|kota|kab\.?)\s+)?", re.IGNORECASE)
PLACED_GAP = re.compile(r"(?:(?:kabupaten|kota|kab\.?)\s+)?", re.IGNORECASE)


def placed_at(discourse, unit, gaz, word: int) -> str | None:
    """The region a status word at `word` (an offset in the doc) is placed in right after it ("…,
    maka segera dibangun di Pariaman pada 2019"): the government the MPP is built or opened for,
    whatever other MPP the unit names ("sedang mempelajari penerapan MPP Batam")."""
    text = discourse.text
    m = PLACED_AFTER.match(text, word, unit.end)
    if m is None:
        return None
    at = text.rfind(" di ", word, m.end()) + len(" di ")
    for s in discourse.mentions_in(unit):
        if s.start >= at and not s.is_province and s.code in gaz.regions:
            return s.code if PLACED_GAP.fullmatch(text, at, s.start) else None
    return None


#: between a group of MPPs named again and the governments it lists: "Kelima MPP itu berada di",
#: "… tersebut yakni", "… itu masing-masing di"
LIST_AFTER_GROUP = re.compile(
    r"\s*,?\s*(?:(?:adalah|ialah|yaitu|yakni|meliputi|antara\s+lain|di\s?antaranya|berada|terletak|berlokasi|"
    r"tersebar|masing-masing|milik|di)\s*:?\s*)+(?:(?:pemerintah\s+)?(?:kabupaten|kota|kab\.?|pemkab|pemkot)\s+)?",
    re.IGNORECASE)


def listed_after(discourse, unit, gaz, pos: int) -> list[str]:
    """The governments a group of MPPs named again lists right after it (`pos`, an offset in the doc):
    "Kelima MPP itu berada di Kota Tegal, Kabupaten Wonosobo dan Kabupaten Gowa"."""
    text = discourse.text
    spans = [m for m in discourse.mentions_in(unit) if not m.is_province and m.code in gaz.regions]
    for i, m in enumerate(spans):
        if m.start >= pos:
            if not LIST_AFTER_GROUP.fullmatch(text, pos, m.start):
                return []
            return [m.code] + [t.code for t in coordinated_after(text, spans, i)]
    return []
