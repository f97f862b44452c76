"""Results written as records: a government's name on a line of its own, then one short line per
field of its result ("label: value"), as portals print a table:

    1. Kabupaten Sukamaju
    Nilai kepatuhan: 91,40
    Opini: kualitas tertinggi
    Kategori: A

The discourse layer makes each of those lines a unit of its own, and a field line without a
sentence end a heading; so the name (the head) and its fields are read as one unit here (`records`):
a head is a line of at most `HEAD_MAX_WORDS` words that names a government; a field line starts with
a field label of the lexicon (`field_labels`: nilai, skor, opini, kategori, zona, predikat …) and
has at most `FIELD_MAX_WORDS` words, the label followed by a colon (or a typo of one) or by the value
itself ("Nilai 91,40", "Zona Hijau"). The fields of a head end at the first other line.

A record may also be a row on one line: the government's name at the line's start, a separator
(":", "=", "|", a dash) and its values ("Kota Sukamaju: nilai 76,40 | kategori C", "Kabupaten
Sukamaju – 91,40 (A)"). Without a sentence end such a line is a heading for the discourse layer; a
row is read as content (`rows`).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from pipeline.facttypes.compliance import grammar as G
from pipeline.lang import words_pattern
from pipeline.nlp.discourse.units import Unit, line_bounds

#: the longest line that is a record's head ("1. Kabupaten Tanjung Jabung Timur", "Pemkot Sukamaju:")
HEAD_MAX_WORDS = 8
#: the longest field line ("Opini: kualitas tertinggi", "Predikat: kepatuhan sangat rendah")
FIELD_MAX_WORDS = 7

#: a field line: a bullet, a label, then a separator (":", ";" or "=") or the value right away
FIELD_LINE = re.compile(
    r"^[ \t]*(?:[-•*–·][ \t]*)?" + words_pattern(G.LEX["field_labels"]) + r"[ \t]*(?:[:;=]|(?=[ \t]*(?:\d|\(|"
    + words_pattern([*G.ZONES, *"ABCDEabcde"]) + r")))[^\n]*$", re.IGNORECASE | re.MULTILINE)


#: before the name at the start of a row: an enumerator or bullet, the kind of government
ROW_HEAD = re.compile(r"[\W\d]*(?:(?:pemerintah\s+)?(?:kabupaten|kota|kab\.?|provinsi|pemkab|pemkot|pemko|pemprov)\s+)?",
                      re.IGNORECASE)
#: after the name in a row: an alias in parentheses, a separator, then a value with a digit, a grade or a zone
ROW_TAIL = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?[:=|–—-]\s*(?=[^\n]*(?:\d|\b(?:kategori|opini|predikat|zona)\b))",
                      re.IGNORECASE)


#: the first word of a field label at a line's start, in the lower-cased text (the quick test before FIELD_LINE)
FIELD_START = re.compile(r"\n[ \t]*(?:[-•*–·][ \t]*)?(?:"
                         + "|".join(dict.fromkeys(re.escape(w.split()[0]) for w in G.LEX["field_labels"])) + r")\b")


def _field_lines(text: str) -> set[int]:
    """Start offsets of the field lines of `text` (see the module doc)."""
    return {m.start() for m in FIELD_LINE.finditer(text) if len(m.group(0).split()) <= FIELD_MAX_WORDS}


def _whole_line(text: str, unit: Unit) -> int | None:
    """The start of the line of `unit` when the unit is all of that line (an enumerator aside), else None."""
    a, b = line_bounds(text, unit.start)
    if unit.end != b or text[a:unit.start].strip(" \t0123456789.)-•*–·") != "":
        return None
    return a


def records(text: str, low: str, units: list[Unit], content: list[Unit], has_mentions) -> list[Unit]:
    """`content` (the units facts are read from) with each record read as one unit: its head and
    field lines joined (see the module doc). `low`: the text in lower case; `units`: every unit of
    the text in order (headings and noise too); `has_mentions(unit)`: whether a unit names a government."""
    if not FIELD_START.search(low):
        return content
    starts = [u.start for u in units]
    fields = []  # the indexes of the units that are field lines, in order
    for f in sorted(_field_lines(text)):
        k = bisect_left(starts, f)
        if k < len(units) and _whole_line(text, units[k]) == f:
            fields.append(k)
    joined: dict[int, Unit] = {}  # the head's index -> the record
    inside: set[int] = set()  # indexes of the field units joined to a head
    i = 0
    while i < len(fields):
        j = i
        while j + 1 < len(fields) and fields[j + 1] == fields[j] + 1:
            j += 1
        k = fields[i] - 1  # the line before a run of field lines: its head, if it names a government
        if k >= 0 and (not fields[:i] or fields[i - 1] != k) and _head(text, units[k], has_mentions):
            head, last = units[k], units[fields[j]]
            joined[k] = replace(head, end=last.end, text=text[head.start:last.end], tok_end=last.tok_end,
                                heading=False, noise=False)
            inside.update(fields[i:j + 1])
        i = j + 1
    if not joined:
        return content
    kept = [joined.get(u.index, u) for u in content if u.index not in inside]
    # a head that was a heading line ("Kota Sukamaju" without an enumerator) joins the content
    shown = {u.index for u in content}
    return sorted(kept + [r for k, r in joined.items() if k not in shown], key=lambda u: u.start)


def _head(text: str, unit: Unit, has_mentions) -> bool:
    """Whether a unit can head a record: a whole line, not noise, short, naming a government."""
    return not unit.noise and len(unit.text.split()) <= HEAD_MAX_WORDS and _whole_line(text, unit) is not None \
        and has_mentions(unit)


def rows(text: str, units: list[Unit], mentions_in) -> list[Unit]:
    """The heading units that are rows of results (see the module doc), read as content.
    `mentions_in(unit)`: the government mentions of a unit."""
    out = []
    for u in units:
        if not u.heading or _whole_line(text, u) is None:
            continue
        found = mentions_in(u)
        if found and ROW_HEAD.fullmatch(text, u.start, found[0].start) and ROW_TAIL.match(text, found[0].end, u.end):
            out.append(replace(u, heading=False))
    return out
