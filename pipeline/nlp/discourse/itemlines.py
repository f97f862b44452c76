"""Lists told on the lines after their heading: a sentence that opens a list ("… masuk zona hijau,
yakni:", "Berikut daftarnya.", "Sebanyak empat daerah masuk zona merah.") and then the items, one per
line or paragraph, numbered, bulleted or bare ("1. Kabupaten A", "- Kota B", "C", "Kabupaten D;"),
maybe with a value each ("Kabupaten E 81,20"):

    Sebanyak 3 kabupaten meraih zona hijau, yakni:
    1. Kabupaten Sukamaju
    2. Kabupaten Sukamundur
    3. Lembah Hijau

The discourse layer makes each line a unit of its own (a bare name is even a heading line), so what the
heading states (a zone, a grade, a status, a year) would reach the items only one by one. `item_runs`
finds such a heading and the run of item units after it; `joined` reads each run as ONE unit, the
heading's sentence extended to the last item — the same sentence as a list written inline. The run
ends at the first unit that is not an item (an unrelated sentence, a new heading), so the heading's
scope closes there.
"""
from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lang import IGNORECASE_EXTRA, LIST_HEAD_STARTS, LIST_HEADS, words_pattern
from pipeline.nlp.discourse.lists import RESUMED_HEAD, counted_groups, resumed_list, resumed_province

#: a sentence that ends by opening a list: "… yakni:", "Berikut daftarnya.", "… sebagai berikut"
LIST_HEAD_END = re.compile(r"(?:" + words_pattern(LIST_HEADS) + r"\s*:?|:)[\s.]*$", re.IGNORECASE)
#: the last word of each of LIST_HEADS (lower case): a text LIST_HEAD_END matches ends, but for white
#: space and full stops, in ":" or in one of these
_HEAD_LAST_WORDS = tuple(dict.fromkeys(w.split()[-1].lower() for w in LIST_HEADS))
#: more characters than the longest of them
_HEAD_LAST_CHARS = max(map(len, _HEAD_LAST_WORDS)) + 1
#: a sentence that opens by announcing a list: "Berikut daftar daerah yang masuk zona hijau."
LIST_HEAD_START = re.compile(r"^\W*" + words_pattern(LIST_HEAD_STARTS), re.IGNORECASE)
#: after the one government of an item line: its value ("Kabupaten A 81,20", "Kota B: 79,5 (B)", "C – 77")
ITEM_VALUE = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:[:=–—-]\s*)?(?:dengan\s+)?(?:nilai\s+|skor\s+)?"
                        r"\d{1,3}(?:[.,]\s?\d{1,2})?(?:\s*(?:poin|persen|%))?\s*(?:\(\s*[A-Ea-e]\s*\))?[\s.,;]*",
                        re.IGNORECASE)
#: a piece the sentencizer splits off an item: its enumerator or bullet, maybe with an abbreviated
#: government word ("1.", "- Kab.", "Kab.")
SPLIT_PIECE = re.compile(r"(?:\d{1,2}\s*[.)]|[-•*–·])?\s*(?:kab|prov|kec|kot)\.|\d{1,2}\s*[.)]|[-•*–·]", re.IGNORECASE)
#: the longest piece SPLIT_PIECE matches ("12. Kab."), and how far into an item its first government may start
#: ("Selanjutnya, Pemerintah Kabupaten ")
SPLIT_PIECE_CHARS = 10
ITEM_HEAD_CHARS = 40
#: a heading that only counts its group ("Sebanyak empat daerah masuk zona merah.") needs this many items
COUNTED_HEAD_MIN_ITEMS = 2
#: the most item units one run holds (a longer run is a table, read line by line)
MAX_ITEMS = 60


def is_item(text: str, unit, mentions: list, provinces: bool = False, named_rx: re.Pattern | None = None) -> bool:
    """Whether a unit is nothing but an item of a list: a piece split off one ("1.", "- Kab."), one or more
    governments ("Kabupaten A", "Kota B, Kota C dan D;", "Selanjutnya, Kabupaten E."), or one
    government and its value ("Kabupaten F 81,20"); with `provinces`, also a province named as a government
    ("2. Provinsi Gorontalo", `resumed_province`); with `named_rx` (a fact type's pattern of what its items name
    before the government: "MPP "), also such an item ("MPP Kota Singkawang")."""
    if SPLIT_PIECE.fullmatch(unit.text):
        return True
    if not mentions:
        return False
    head = named_rx.match(unit.text) if named_rx is not None else None
    if head is not None and head.end() > 0:
        start = unit.start + head.end()
        return bool(resumed_list(text, mentions, start, unit.end)) \
            or (provinces and resumed_province(text, mentions, start, unit.end) is not None)
    if provinces and resumed_province(text, mentions, unit.start, unit.end) is not None:
        return True
    if resumed_list(text, mentions, unit.start, unit.end):
        return True
    return len(mentions) == 1 and RESUMED_HEAD.fullmatch(text, unit.start, mentions[0].start) is not None \
        and ITEM_VALUE.fullmatch(text, mentions[0].end, unit.end) is not None


def _may_be_item(unit, mentions_in) -> bool:
    """A quick test before `is_item`: the unit is a split-off piece, or names a government within
    ITEM_HEAD_CHARS of its start."""
    if len(unit.text) <= SPLIT_PIECE_CHARS:
        return True
    found = mentions_in(unit)
    return bool(found) and found[0].start - unit.start <= ITEM_HEAD_CHARS


def ends_as_head(text: str) -> bool:
    """Whether `LIST_HEAD_END.search(text)` matches, the pattern searched only when the text, without
    its final white space and full stops, ends in one of `_HEAD_LAST_WORDS` (a match that ends in ":"
    needs no search): the search tries every offset of the unit. Text holding a character
    `re.IGNORECASE` equates with an ASCII letter although lower-casing does not is searched as before."""
    if not text.isascii() and any(c in text for c in IGNORECASE_EXTRA):
        return LIST_HEAD_END.search(text) is not None
    core = text
    while True:  # (str.rstrip() strips what `\s` matches)
        cut = core.rstrip().rstrip(".")
        if cut == core:
            break
        core = cut
    if core.endswith(":"):
        return True  # ":" then only white space and full stops
    if not core[-_HEAD_LAST_CHARS:].lower().endswith(_HEAD_LAST_WORDS):
        return False
    return LIST_HEAD_END.search(text) is not None


def is_head(unit) -> bool:
    """Whether a unit is worded to open a list that follows (LIST_HEAD_END, LIST_HEAD_START)."""
    return ends_as_head(unit.text) or bool(LIST_HEAD_START.match(unit.text))


def item_runs(text: str, units: list, mentions_in, provinces: bool = False,
              headings: bool = False, named_rx: re.Pattern | None = None) -> list[tuple[int, int]]:
    """(heading, last item) unit indexes of each list told on the lines after its heading (see the
    module doc). `units`: every unit of the text in order (headings and noise too); `mentions_in(unit)`:
    its government mentions. A heading is a content unit worded to open a list (`is_head`), or one
    that counts a group ("empat daerah") followed by at least COUNTED_HEAD_MIN_ITEMS items; the run
    holds the item units right after it, up to the first other unit. `provinces`: a province named as a
    government is an item too (`is_item`); `headings`: a line the discourse layer marks a heading may head a
    list too ("Lima daerah yang telah memiliki MPP di Kalbar" without a colon, then the item lines); `named_rx`:
    see `is_item`."""
    runs = []
    k = 0
    while k < len(units) - 1:
        head = units[k]
        if not (head.content or (headings and head.heading)) or head.noise \
                or not _may_be_item(units[k + 1], mentions_in):
            k += 1  # (most units are followed by a sentence: tested first, it spares the head's patterns)
            continue
        worded = is_head(head)
        if not worded and not counted_groups(head.text):
            k += 1
            continue
        j, named = k, 0
        while j + 1 < len(units) and j - k < MAX_ITEMS:
            nxt = units[j + 1]
            if not is_item(text, nxt, mentions_in(nxt), provinces, named_rx):
                break
            j += 1
            named += not SPLIT_PIECE.fullmatch(nxt.text)
        while j > k and SPLIT_PIECE.fullmatch(units[j].text):
            j -= 1  # an enumerator split off the next sentence is not an item
        if named and (worded or named >= COUNTED_HEAD_MIN_ITEMS):
            runs.append((k, j))
            k = j + 1
        else:
            k += 1
    return runs


def joined(text: str, units: list, content: list, mentions_in) -> tuple[list, set[int]]:
    """`content` (units facts are read from, in text order) with each list told on the lines after its
    heading read as one unit: the heading's sentence extended to its last item (`item_runs`); and the
    indexes of the item units so joined."""
    runs = item_runs(text, units, mentions_in)
    if not runs:
        return content, set()
    merged, inside = {}, set()
    for k, j in runs:
        head, last = units[k], units[j]
        merged[head.index] = replace(head, end=last.end, text=text[head.start:last.end], tok_end=last.tok_end,
                                     heading=False, noise=False)
        inside.update(units[i].index for i in range(k + 1, j + 1))
    return [merged.get(u.index, u) for u in content if u.index not in inside], inside


def item_lines(text: str, units: list, content: list, mentions_in, named_rx: re.Pattern | None = None) -> list:
    """`content` (units facts are read from, in text order) with the item lines of each list told after its
    heading (`item_runs`, a province named as a government among the items) restored as units of their own:
    the discourse layer marks a short line without a sentence end ("Provinsi Bengkulu;", "Kota Bengkulu",
    "MPP yang masih dibangun:") a heading, which gives no facts. For fact types that read a list item by item after its heading
    (`joined` reads it as one unit); a split-off enumerator ("1.") stays out. `named_rx`: see `is_item`."""
    runs = item_runs(text, units, mentions_in, provinces=True, headings=True, named_rx=named_rx)
    if not runs:
        return content
    shown = {u.index for u in content}
    # the heading too, when a short line ("MPP yang masih dibangun:"): its status holds for its items, and
    # closes the list told before it
    restored = [replace(units[i], heading=False, noise=False) for k, j in runs for i in range(k, j + 1)
                if units[i].index not in shown and not SPLIT_PIECE.fullmatch(units[i].text)]
    if not restored:
        return content
    return sorted(content + restored, key=lambda u: u.start)
