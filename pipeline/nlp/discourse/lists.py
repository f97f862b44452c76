"""Lists and enumerations: how Indonesian news lists governments, values and years.

- **item lines**: numbered or bulleted lines ("1. Kota Palembang 89,12", "- Kabupaten OKU: 85,33");
- **list openers**: "… ialah", "yakni", "masing-masing", "disusul", a colon;
- **coordination**: "Kota Palu dan Kabupaten Parigi Moutong", "A, B, serta C" (`coordinated_after`,
  `coordinated_before` over mentions);
- **respective values**: "A dan B … dengan nilai masing-masing 52,14 dan 48,90" (`respective`);
- **counted groups**: "lima kabupaten/kota", "sejumlah pemda" (a group of unnamed governments),
  "tiga MPP", "ratusan laporan" (`COUNT_BEFORE`: a count before a noun, words or digits);
- **collectives**: "kelimanya", "ketiga kabupaten itu", "mereka": the list told before;
- **enumerated years**: "2017, 2018 dan 2019" (`enumerated_years`);
- **an enumeration told over several units** (`Enumeration`): item lines and rankings continued with
  "disusul", "lalu", "kemudian", "selanjutnya", also across a paragraph break.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.lang import APPROXIMATE, CARDINALS, COLLECTIVES, CONNECTIVES, LIST_OPENERS, QUANTIFIERS, words_pattern

#: a numbered or bulleted line: "1. Kota Palembang 89,12 (zona hijau)", "- Kabupaten OKU: 85,33"
LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}\s*[.)]|[-•*–·])\s+\S")
#: the enumerator alone (the "1." a sentencizer splits off an item)
ENUMERATOR_ONLY = re.compile(r"\d{1,2}\s*[.)]|[-•*–·]")
#: the unit introduces the items of a list ("… ialah", "masing-masing", "disusul", ":")
LIST_OPENER = re.compile(words_pattern(LIST_OPENERS) + "|:", re.IGNORECASE)

_TWO_TO_TEN = [w for w, n in CARDINALS.items() if 2 <= n <= 10]
_TWO_TO_ELEVEN = [w for w, n in CARDINALS.items() if 2 <= n <= 11]
_SOME_OR_ALL = [*QUANTIFIERS["some"], *QUANTIFIERS["all"]]
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


def respective(text: str, items_end: int, values: list[tuple], count: int) -> list | None:
    """Values given "masing-masing" after the last item, in the items' order: the values (from
    `values`, (value, start, …) tuples) after the cue when there is one per item, else None."""
    m = RESPECTIVELY.search(text)
    if not m or m.start() <= items_end:
        return None
    after = [v[0] for v in values if v[1] >= m.end()]
    return after if len(after) == count else None


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
