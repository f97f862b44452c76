"""Lists and enumerations: how Indonesian news lists governments, values and years.

- **item lines**: numbered or bulleted lines ("1. Kota Palembang 89,12", "- Kabupaten OKU: 85,33");
- **list openers**: "… ialah", "yakni", "masing-masing", "disusul", a colon;
- **coordination**: "Kota Palu dan Kabupaten Parigi Moutong", "A, B, serta C" (`coordinated_after`,
  `coordinated_before` over mentions);
- **enumerations after an opener**: "… yaitu: Kabupaten Natuna (Kepulauan Riau), Kota Blitar (Jawa
  Timur), serta …", "termasuk Kabupaten Lampung Timur" (`enumerated_after` over mentions);
- **respective values**: "A dan B … dengan nilai masing-masing 52,14 dan 48,90" (`respective`);
- **counted groups**: "lima kabupaten/kota", "sejumlah pemda" (a group of unnamed governments),
  "tiga MPP", "ratusan laporan" (`COUNT_BEFORE`: a count before a noun, words or digits); their
  sizes (`counted_groups`: "delapan pemda" 8, "Keenam kabupaten itu" 6, "Ke 7 kabupaten/kota" 7),
  by which a later sentence names the same group; groups of all governments ("semua pemerintah
  daerah", `ALL_GROUP`);
- **collectives**: "kelimanya", "ketiga kabupaten itu", "mereka": the list told before;
- **enumerated years**: "2017, 2018 dan 2019" (`enumerated_years`);
- **an enumeration told over several units** (`Enumeration`): item lines and rankings continued with
  "disusul", "lalu", "kemudian", "selanjutnya", also across a paragraph break.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.lang import (
    APPROXIMATE, CARDINALS, COLLECTIVES, CONNECTIVES, DEMONSTRATIVES, ENUMERATION_OPENERS, GROUP_RANK_WORDS,
    LIST_ETCETERA, LIST_OPENERS, PARTITIVE_HEADS, QUANTIFIERS, AsciiTwin, matches_from, number_value, plain_ascii,
    words_pattern,
)
from pipeline.lang import IGNORECASE_EXTRA, YEAR_PREPOSITIONS

#: a numbered or bulleted line: "1. Kota Palembang 89,12 (zona hijau)", "- Kabupaten OKU: 85,33"
LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}\s*[.)]|[-•*–·])\s+\S")
#: the enumerator alone (the "1." a sentencizer splits off an item)
ENUMERATOR_ONLY = re.compile(r"\d{1,2}\s*[.)]|[-•*–·]")
#: the unit introduces the items of a list ("… ialah", "masing-masing", "disusul", ":")
LIST_OPENER = re.compile(words_pattern(LIST_OPENERS) + "|:", re.IGNORECASE)

_TWO_TO_TEN = [w for w, n in CARDINALS.items() if 2 <= n <= 10]
_TWO_TO_ELEVEN = [w for w, n in CARDINALS.items() if 2 <= n <= 11]
_SOME_OR_ALL = [*QUANTIFIERS["some"], *QUANTIFIERS["all"]]
#: a cardinal word (the quick test before GROUP_SIZE)
_DIGIT = re.compile(r"\d")
_GROUP_WORDS = re.compile(words_pattern(_TWO_TO_ELEVEN, boundary=False), re.IGNORECASE)
_GROUP_WORD_LIST = tuple(w.lower() for w in _TWO_TO_ELEVEN)
#: a counted group of governments, anywhere ("dua daerah", "lima kabupaten/kota", "sejumlah pemda")
GROUP_NOUN = re.compile(
    r"\b(?:\d+|" + "|".join(_TWO_TO_ELEVEN) + r"|\w+\s+belas|\w+\s+puluh(?:\s+\w+)?|"
    + "|".join([*_SOME_OR_ALL, *QUANTIFIERS["many"]]) + r")\s+"
    r"(?:daerah|pemda|pemerintah|kabupaten|kota|kab/kota|pemkab|pemkot|pemprov|provinsi|instansi)\b"
    r"|\bkabupaten/kota\b", re.IGNORECASE)
#: a counted group of governments as a sentence's subject ("Tiga daerah di Bolmong Raya saja
#: nilainya …"): the sentence is not about the one government told before
COUNTED_GROUP = re.compile(
    r"\b(?:\d{1,2}|" + "|".join([*_TWO_TO_TEN, *_SOME_OR_ALL]) + r")\s+"
    r"(?:daerah|pemda|pemerintah\s+daerah|kabupaten|kota|kabupaten/kota)\b", re.IGNORECASE)
_GOV_NOUNS = (r"(?:pemerintah\s+daerah|pemerintah\s+kabupaten/kota|pemerintah|pemda|pemkab|pemkot|pemko|pemprov|"
              r"kabupaten/kota|kabupaten\s+kota|kab/kota|kabupaten|kota|daerah|provinsi)\b")
#: a counted group with its size: "delapan pemda", "7 kabupaten/kota", "Keenam kabupaten itu", "5 besar kab/kota"
GROUP_SIZE = re.compile(
    r"\b(?:ke\s*(?=\d))?(\d{1,2}|(?:" + "|".join(_TWO_TO_ELEVEN) + r")(?:\s+(?:belas|puluh))?)\s+"
    r"(?:" + words_pattern(GROUP_RANK_WORDS, boundary=False) + r"\s+)?" + _GOV_NOUNS
    + r"|\bke(" + "|".join(_TWO_TO_TEN) + r")\s+" + _GOV_NOUNS, re.IGNORECASE)
#: how every GROUP_SIZE match starts (lower case): "ke", a digit or a number word
GROUP_SIZE_STARTS = ("ke", *"0123456789", *(w.lower() for w in _TWO_TO_ELEVEN))
#: a group of all governments: "semua pemerintah daerah", "seluruh kabupaten/kota di Provinsi X"
ALL_GROUP = re.compile(r"\b(?:" + "|".join(QUANTIFIERS["all"]) + r")\s+" + _GOV_NOUNS, re.IGNORECASE)
#: a count right before a noun: "tiga MPP", "26 MPP lain", "ratusan laporan", "seluruh MPP"
COUNT_BEFORE = re.compile(
    r"(?:\b\d+|\b(?:" + "|".join([*_TWO_TO_ELEVEN, *APPROXIMATE, *_SOME_OR_ALL, *QUANTIFIERS["many"]])
    + r"))\s+$", re.IGNORECASE)
#: the list told before, referred to as a whole: "kelimanya", "ketiga kabupaten", "mereka", "semuanya"
COLLECTIVE = re.compile(r"\b(?:" + "|".join(COLLECTIVES) + r")(?:nya)?\b|\b(?:mereka|semuanya)\b",
                        re.IGNORECASE)
#: between the governments of one list: "Kota Palu dan Kabupaten Parigi Moutong", "A, B, dan C"
COORDINATION = re.compile(r"\s*(?:\)\s*)?(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)"
                          r"(?:(?:pemerintah\s+)?(?:kabupaten|kota|kab\.?|pemkab|pemkot|pemko)\s+)?",
                          re.IGNORECASE)
#: an enumeration of named items opens ("… yaitu: Kabupaten A", "termasuk Kota B"; a colon)
ENUMERATION_OPENER = re.compile(words_pattern(ENUMERATION_OPENERS) + r"|:", re.IGNORECASE)
_GOV_WORD = r"(?:(?:pemerintah\s+)?(?:kabupaten|kota|kab\.?|pemkab|pemkot|pemko)\s+)?"
_ENUMERATOR = r"(?:\d{1,2}\s*[.)]\s*)?"
#: between an enumeration opener and its first item: "yaitu di Kabupaten Tabalong", "yakni: 1. Kota A",
#: a second opener ("di antaranya, yakni Kabupaten A")
FIRST_ITEM_GAP = re.compile(r"\s*(?:,?\s*" + words_pattern(ENUMERATION_OPENERS) + r")?\s*:?\s*" + _ENUMERATOR
                            + r"(?:di\s+)?" + _GOV_WORD, re.IGNORECASE)
#: a name the gazetteer does not know, passed over inside an enumeration ("…, Grobogan, Kotawaringin,
#: Magetan"): up to three capitalised words between commas
_UNKNOWN_ITEM = r"(?:,\s*(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,2}\s*)"
#: between two items of an enumeration: a comma, "dan", "serta", ";" or ":" (a slip of the key), maybe an enumerator
#: ("1) Kota A, 2) Kota B"), an unknown item, "di", the government word
ENUMERATION_GAP = re.compile(
    r"\s*" + _UNKNOWN_ITEM + r"*(?:[,;:]\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)" + _ENUMERATOR
    + r"(?:di\s+)?" + _GOV_WORD, re.IGNORECASE)
#: a note in parentheses after an item: "Kabupaten Natuna (Kepulauan Riau)", "Kota Baubau (Sultra)"
ITEM_NOTE = re.compile(r"\s*\([^()\n]{1,40}\)")
#: before a province named as an item's note: "Kabupaten Malaka di Provinsi NTT, …", "Kota Bima, Provinsi NTB"
PROVINCE_NOTE_GAP = re.compile(r"\s*(?:,\s*|\s+di\s+)(?:provinsi|prov\.?)\s*|\s+di\s+", re.IGNORECASE)
#: a unit that is only a list of governments resumed from the unit before ("Kabupaten A; Kabupaten
#: B; Kota C.", "Selanjutnya, Kabupaten D; dan Kota E."): what may stand before its first item, and
#: after its last
RESUMED_HEAD = re.compile(r"\W*(?:" + words_pattern(CONNECTIVES["resume"]) + r"\s*,?\s*)?" + _ENUMERATOR
                          + r"(?:di\s+)?" + _GOV_WORD, re.IGNORECASE)
RESUMED_TAIL = re.compile(r"[\s.,;:]*")
#: after the last item of a group's members listed in a unit of their own (`group_listed`): names the gazetteer
#: does not know, "dan lainnya", "dll." ("Beberapa di antaranya adalah di Kota A, Kota B, dan lainnya.": final6)
GROUP_LIST_TAIL = re.compile(r"\s*" + _UNKNOWN_ITEM + r"*(?:,?\s*(?:(?:dan|serta)\s+)?(?:"
                             + words_pattern(LIST_ETCETERA) + r"|(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,2}))?"
                             + r"[\s.,;:]*", re.IGNORECASE)
#: How many words a group named again may take before its demonstrative (`GROUP_AGAIN`).
GROUP_AGAIN_WORDS = 6
#: a group told before, named again at a unit's start: "Ke-11 daerah tersebut", "Kesembilan MPP itu",
#: "Lima kabupaten yang sudah memiliki MPP tersebut", "Ketiganya", "Mereka"
GROUP_AGAIN = (r"(?:(?:[\w/-]+\s+){1," + str(GROUP_AGAIN_WORDS) + r"}?(?:" + "|".join(DEMONSTRATIVES)
               + r")|(?:" + "|".join(COLLECTIVES) + r")nya|mereka|semuanya)")
#: the head of a unit that lists the members of a group told before (`group_listed`): the group named
#: again or not, then an opener ("Yakni di Kota A, …", "Antara lain: …", "Ke-11 daerah tersebut antara
#: lain A, B …", "Mereka adalah …"); a part of the group before it and "adalah" after it ("Beberapa di
#: antaranya adalah di Kota A, …": final6)
GROUP_LIST_HEAD = re.compile(r"\W*(?:adapun\s+)?(?P<again>" + GROUP_AGAIN + r"\s*,?\s*)?(?:"
                             + words_pattern(PARTITIVE_HEADS) + r"\s+(?=\w))?(?:"
                             + words_pattern([*ENUMERATION_OPENERS, "adalah", "masing-masing"]) + r")"
                             + r"(?:\s*,?\s+(?:adalah|ialah|yakni|yaitu))?\s*[:,]?\s*"
                             + _ENUMERATOR + r"(?:di\s+)?" + _GOV_WORD, re.IGNORECASE)
#: How far after its start an enumeration's opener may stand (`enumerated_after`).
ENUMERATION_OPENER_CHARS = 60
#: a list's last link ("… dan C", "… serta C"); "Selain A, B …" has none and is no list
LIST_END = re.compile(r"\b(?:dan|serta)\b", re.IGNORECASE)
#: an alias in parentheses right after a name: "Kalimantan Tengah (Kalteng)"
ALIAS_GAP = re.compile(r"\s*\(\s*")
#: values in the order of the items: "nilai masing-masing 52,14 dan 48,90"
RESPECTIVELY = re.compile(r"\bmasing-masing\b", re.IGNORECASE)
#: years enumerated together: "2017, 2018 dan 2019"
YEAR_LIST = re.compile(r"(?:19|20)\d\d(?:\s*(?:,|dan|serta)\s*(?:tahun\s+)?(?:19|20)\d\d)+")
#: a unit that continues a ranking or list told before ("Disusul Kota B …", "Selanjutnya …")
CONTINUED = re.compile(r"^\W*(?:" + "|".join([*CONNECTIVES["sequence"], "selanjutnya", "disusul",
                                                "berikutnya", "diikuti"]) + r")\b", re.IGNORECASE)
#: a year written right after a list's item, its own: "Kabupaten A pada tahun 2016, dan Kota B pada tahun 2017",
#: "Kabupaten C (2019), Kota D (2021)"; group 1 or 2 is the year
ITEM_YEAR = re.compile(r"\s*(?:\(\s*(?:tahun\s+)?((?:19|20)\d\d)\s*\)|,?\s*" + words_pattern(YEAR_PREPOSITIONS)
                       + r"\s+(?:tahun\s+)?((?:19|20)\d\d)\b)", re.IGNORECASE)
#: How many units may pass between two parts of one enumeration (a paragraph break, a quote).
ENUMERATION_REACH = 2


def coordinated_after(text: str, mentions: list, i: int, stop=None) -> list:
    """The mentions coordinated with `mentions[i]` after it ("MPP di Kota Cilegon dan Tangsel"):
    each joined to the one before by COORDINATION only; `stop(gap)` may end the list at a gap."""
    out = []
    cur = mentions[i]
    for t in mentions[i + 1:]:
        gap = text[cur.end:t.start]
        if not COORDINATION.fullmatch(gap) or (stop is not None and stop(t, gap)):
            break
        out.append(t)
        cur = t
    return out


def coordinated_before(text: str, mentions: list) -> list:
    """The list that ends with `mentions[-1]`, read backwards: "Kota Palu dan Kabupaten Parigi
    Moutong (Parimo) yang …" gives both; an alias in parentheses is the same item; a run without a
    last "dan"/"serta" is no list ("Selain Polman, Kabupaten Pasangkayu …")."""
    out = [mentions[-1]]
    cur = mentions[-1]
    for m in reversed(mentions[:-1]):
        gap = text[m.end:cur.start]
        if m.code == cur.code and ALIAS_GAP.fullmatch(gap):
            cur = m
        elif COORDINATION.fullmatch(gap) and (len(out) > 1 or LIST_END.search(gap)):
            if all(o.code != m.code for o in out):
                out.insert(0, m)
            cur = m
        else:
            break
    return out


def enumerated_after(text: str, mentions: list, pos: int, end: int,
                     reach: int = ENUMERATION_OPENER_CHARS, opener_rx: re.Pattern = ENUMERATION_OPENER) -> list:
    """The mentions (text order, with `start`, `end`, `code`) enumerated after an opener that stands
    within `reach` characters after `pos`, up to `end`: "lima MPP di Kalsel yaitu di Kabupaten Tabalong,
    Kabupaten Banjar dan Kota Banjarbaru", "13 MPP …, yaitu: Kabupaten Natuna (Kepulauan Riau), Kota
    Blitar (Jawa Timur), serta …", "termasuk Kabupaten Lampung Timur". The first item follows the
    opener directly; a note in parentheses after an item is no item; the list ends at the first gap
    that does not join two items. Empty when no opener is followed by a mention. `opener_rx`: the openers
    (a fact type may add its own: "7 MPP yang belum diluncurkan seperti Kota A, …")."""
    opener = opener_rx.search(text, pos, min(end, pos + reach))
    if opener is None:
        return []
    i = bisect_left([m.start for m in mentions], opener.end())
    if i == len(mentions) or mentions[i].end > end or not FIRST_ITEM_GAP.fullmatch(text, opener.end(), mentions[i].start):
        return []
    return _items(text, mentions, i, end)[0]


def _items(text: str, mentions: list, i: int, end: int) -> tuple[list, int]:
    """The items of an enumeration that starts with `mentions[i]`, up to `end`, and where the last
    one (with its note) ends (`enumerated_after`, `resumed_list`)."""
    out = [mentions[i]]
    tail = mentions[i].end
    for t in mentions[i + 1:]:
        if t.end > end:
            break
        note = ITEM_NOTE.match(text, tail)
        if note and t.start < note.end():
            continue  # "(Kepulauan Riau)"
        if getattr(t, "is_province", False) and not getattr(out[-1], "is_province", False) \
                and PROVINCE_NOTE_GAP.fullmatch(text, tail, t.start):
            tail = t.end  # "Kabupaten Malaka di Provinsi NTT, …"
            continue
        if not ENUMERATION_GAP.fullmatch(text, note.end() if note else tail, t.start):
            break
        if all(o.code != t.code for o in out):
            out.append(t)
        tail = t.end
    note = ITEM_NOTE.match(text, tail)
    return out, (note.end() if note else tail)


def ends_unit(text: str, mentions: list, pos: int, end: int) -> bool:
    """Whether nothing but a note on the item ending at `pos` ("(Sultra)", "di Provinsi NTT", from
    `mentions` after it) and punctuation stands before `end`: a list that may be resumed."""
    note = ITEM_NOTE.match(text, pos)
    tail = note.end() if note else pos
    after = [m for m in mentions if m.start >= tail]
    if after and getattr(after[0], "is_province", False) and PROVINCE_NOTE_GAP.fullmatch(text, tail, after[0].start):
        tail = after[0].end
    return bool(RESUMED_TAIL.fullmatch(text, tail, end))


def resumed_list(text: str, mentions: list, start: int, end: int) -> list:
    """The mentions of a unit (`start`…`end` of `text`) that is nothing but a list of governments, as
    news resumes an enumeration after a paragraph break or on item lines ("Kabupaten Tabanan; Kabupaten
    Jembrana; Kota Pontianak.", "Selanjutnya, Kabupaten Konawe Selatan; dan Kota Makassar.", "2. Kota
    Bima"); empty when the unit says anything else."""
    if not mentions or not RESUMED_HEAD.fullmatch(text, start, mentions[0].start):
        return []
    out, tail = _items(text, mentions, 0, end)
    return out if RESUMED_TAIL.fullmatch(text, tail, end) else []


#: the words that make a province's name its government ("Pemerintah Provinsi", "Pemprov", "Prov.")
_PROVINCE_OFFICE_WORDS = r"(?:pemerintah\s+provinsi|pemprov|provinsi|prov\.)"
#: the head of an item that is a province named as a government ("2. Provinsi Sulawesi Tengah", "- Pemprov
#: Jabar", "Selanjutnya, Pemerintah Provinsi Banten;"): a province's own office, not a place
RESUMED_PROVINCE_HEAD = re.compile(r"\W*(?:" + words_pattern(CONNECTIVES["resume"]) + r"\s*,?\s*)?" + _ENUMERATOR
                                   + r"(?P<office>" + _PROVINCE_OFFICE_WORDS + r"\s*)?", re.IGNORECASE)
#: a province's mention that holds its government word ("Pemprov Jabar")
PROVINCE_OFFICE = re.compile(_PROVINCE_OFFICE_WORDS + r"\s", re.IGNORECASE)


def resumed_province(text: str, mentions: list, start: int, end: int):
    """The province of a unit (`start`…`end` of `text`) that is nothing but one item naming a province as a
    government, as a list of governments gives the province's own office its line ("1. Provinsi Sulawesi
    Tengah", "- Pemprov Jabar;"); None when the unit says anything else or names the province bare (a
    place: "Jawa Barat")."""
    if len(mentions) != 1 or not getattr(mentions[0], "is_province", False):
        return None
    m = mentions[0]
    head = RESUMED_PROVINCE_HEAD.fullmatch(text, start, m.start)
    if head is None or not (head.group("office") or PROVINCE_OFFICE.match(m.text)):
        return None
    note = ITEM_NOTE.match(text, m.end)
    return m if RESUMED_TAIL.fullmatch(text, note.end() if note else m.end, end) else None


def group_listed(text: str, mentions: list, start: int, end: int, adjacent: bool = True) -> list:
    """The mentions of a unit (`start`…`end` of `text`) that lists the members of a group told before
    ("Sebanyak 11 daerah telah membentuk MPP. Ke-11 daerah tersebut antara lain A, B dan C.", "Sudah
    ada 12 MPP di Jateng. Yakni di Kota A, Kabupaten B …"): the unit opens with an enumeration opener,
    the group named again before it or not (`GROUP_LIST_HEAD`), and is nothing but the list after it;
    empty when it says anything else ("Adapun daerah dengan nilai tertinggi yakni …"). A bare opener
    continues only the unit right before it: where the group was told further back (`adjacent`
    False), the unit must name it again."""
    head = GROUP_LIST_HEAD.fullmatch(text, start, mentions[0].start) if mentions else None
    if head is None or not (adjacent or head.group("again")):
        return []
    out, tail = _items(text, mentions, 0, end)
    return out if GROUP_LIST_TAIL.fullmatch(text, tail, end) else []


def respective(text: str, items_end: int, values: list[tuple], count: int) -> list | None:
    """Values given "masing-masing" after the last item, in the items' order: the values (from
    `values`, (value, start, …) tuples) after the cue when there is one per item, else None."""
    m = RESPECTIVELY.search(text)
    if not m or m.start() <= items_end:
        return None
    after = [v[0] for v in values if v[1] >= m.end()]
    return after if len(after) == count else None


def _group_word_in(text: str) -> bool:
    """Whether `_GROUP_WORDS` matches in `text`: a substring test of its words (ASCII, no spaces) in the
    lower-cased text, many times cheaper than the case-insensitive alternation tried at every offset;
    a text holding a character IGNORECASE reads as an ASCII letter and lower-casing does not is searched."""
    if not text.isascii() and any(c in text for c in IGNORECASE_EXTRA):
        return _GROUP_WORDS.search(text) is not None
    low = text.lower()
    return any(w in low for w in _GROUP_WORD_LIST)


#: how many texts `counted_groups` keeps its answer for: a unit's text is asked by several steps
#: of one doc (list headings for compliance and MPP, compliance's groups, its listed results)
COUNTED_GROUPS_CACHE = 256


def counted_groups(text: str) -> list[tuple[int, int, int]]:
    """(size, start, end) of each counted group of governments in `text` (see GROUP_SIZE)."""
    return list(_counted_groups(text))


@lru_cache(maxsize=COUNTED_GROUPS_CACHE)
def _counted_groups(text: str) -> tuple[tuple[int, int, int], ...]:
    if not _DIGIT.search(text) and not _group_word_in(text):
        return ()
    out = []
    # (in ASCII text the pattern is tried only where a match can start, not at every offset)
    found = matches_from(GROUP_SIZE.ascii_rx, text, GROUP_SIZE_STARTS, text.lower()) if plain_ascii(text) \
        else GROUP_SIZE.finditer(text)
    for m in found:
        size = number_value(m.group(1) or m.group(2))
        if size:
            out.append((size, m.start(), m.end()))
    return tuple(out)


def item_years(text: str, spans: list[tuple[int, int]]) -> list[int | None]:
    """For each item of a list (`spans`: (start, end) in text order), the year written right after it
    (past a note in parentheses: "Kabupaten Timor Tengah Selatan (TTS) pada tahun 2016"), or None;
    all None unless at least two items have years of their own and they differ: "A pada 2016 dan B
    pada 2017 meraih zona hijau" dates each item, "A dan B pada 2024 …" dates neither alone."""
    out: list[int | None] = []
    for _, end in spans:
        note = ITEM_NOTE.match(text, end)
        m = ITEM_YEAR.match(text, note.end() if note and not ITEM_YEAR.match(text, end) else end)
        out.append(int(m.group(1) or m.group(2)) if m else None)
    dated = [y for y in out if y is not None]
    return out if len(dated) > 1 and len(set(dated)) > 1 else [None] * len(spans)


def enumerated_years(year: int | None, text: str) -> list[int]:
    """The other years of an enumeration ("2017, 2018 dan 2019") that holds `year`."""
    if year is None:
        return []
    for m in YEAR_LIST.finditer(text):
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", m.group(0))]
        if year in years:
            return [y for y in years if y != year]
    return []


@dataclass
class Enumeration:
    """Items told as one list over one or more units: item lines ("1. …"), a ranking continued with
    "disusul", "lalu", "kemudian" or "selanjutnya", or a list resumed after a paragraph break.
    `items`: (item, unit index) in the order told."""

    items: list[tuple[object, int]] = field(default_factory=list)
    reach: int = ENUMERATION_REACH

    @property
    def last_unit(self) -> int | None:
        return self.items[-1][1] if self.items else None

    def add(self, item, unit: int) -> None:
        self.items.append((item, unit))

    def continues(self, unit_text: str, unit: int) -> bool:
        """Whether a unit goes on with this enumeration: it is an item line or opens with a
        continuing connective, within `reach` units of the last item."""
        if self.last_unit is None or unit - self.last_unit > self.reach:
            return False
        return bool(LIST_ITEM.match(unit_text) or CONTINUED.match(unit_text))

    def values(self) -> list:
        return [item for item, _ in self.items]


# the costliest case-insensitive patterns search ASCII text with their `re.ASCII` twins (the same
# matches, fewer instructions: pipeline.lang.AsciiTwin)
(GROUP_SIZE, GROUP_NOUN, _GROUP_WORDS, ALL_GROUP, COUNTED_GROUP, COLLECTIVE, COUNT_BEFORE, LIST_OPENER,
 ENUMERATION_OPENER) = map(AsciiTwin, (
    GROUP_SIZE, GROUP_NOUN, _GROUP_WORDS, ALL_GROUP, COUNTED_GROUP, COLLECTIVE, COUNT_BEFORE, LIST_OPENER,
    ENUMERATION_OPENER))
