"""Sentences hard-wrapped across lines: a text broken into short lines gives the discourse layer one unit
a line, and a sentence going on on the next line is told by where its lines end and open (final7, as in
final4 and final5's other topics). Pure functions of the text and its units."""
from __future__ import annotations

#: what ends a sentence on a line: a unit ending in none of these and a next line opening in lower case make one sentence
LINE_END_CHARS = frozenset(".!?:;\"'”’)")


def continues_line(text: str, units: list, k: int) -> bool:
    """Whether unit `k` of `units` goes on with the sentence of the line before it: it opens in lower case
    right on the next line after a unit that ends without a sentence's end ("… bahwa Pemda A tidak diberi
    penghargaan karena nilai" + "pelayanannya menurun dan masuk zona kuning.")."""
    if k == 0:
        return False
    unit, before = units[k], units[k - 1]
    gap = text[before.end:unit.start]
    return unit.text[:1].islower() and gap.count("\n") == 1 and not gap.strip() \
        and before.text[-1:] not in LINE_END_CHARS


def sentence_wide(text: str, units: list, flags: list[bool]) -> list[bool]:
    """`flags` (one a unit) made true for every line of a sentence broken across lines where one of its
    lines has it (a context word on the next line is the sentence's context; final7). Updates `flags`
    in place and returns it."""
    if "\n" not in text:
        return flags
    for k in range(len(units) - 1, 0, -1):
        if continues_line(text, units, k):
            flags[k - 1] = flags[k] = flags[k - 1] or flags[k]
    for k in range(1, len(units)):
        if flags[k - 1] and continues_line(text, units, k):
            flags[k] = True
    return flags
