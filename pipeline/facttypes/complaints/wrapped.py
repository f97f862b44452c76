"""Sentences hard-wrapped across lines (final4: "… tercatat ada sebanyak 187 pengaduan masyarakat yang" +
"telah diterima Ombudsman RI Perwakilan Sulawesi Selatan."; the layout also in final5 and final7, read for
compliance): the discourse layer gives one unit a line, so a count and the office that received it fall in
two units. The complaints reader joins such lines into one unit: a line opening in lower case right on the
next line after a line that ends without a sentence's end goes on with that sentence (the criterion of
pipeline/facttypes/compliance/wrapped.py, kept here so that no fact type imports another)."""
from __future__ import annotations

from dataclasses import replace

#: what ends a sentence on a line: a unit ending in none of these and a next line opening in lower case make one sentence
LINE_END_CHARS = frozenset(".!?:;\"'”’)")


def continues_line(text: str, before, unit) -> bool:
    """Whether `unit` goes on with the sentence of the unit `before` it, broken at a single line break."""
    gap = text[before.end:unit.start]
    return unit.text[:1].islower() and gap.count("\n") == 1 and not gap.strip() \
        and before.text[-1:] not in LINE_END_CHARS and not (before.heading or unit.heading or before.noise or unit.noise)


def joined_lines(text: str, units: list) -> list:
    """`units` with each sentence broken across lines joined into one unit (its first line's index)."""
    if "\n" not in text or len(units) < 2:
        return units
    out = [units[0]]
    for unit in units[1:]:
        last = out[-1]
        if continues_line(text, last, unit):
            out[-1] = replace(last, end=unit.end, text=text[last.start:unit.end], tok_end=unit.tok_end)
        else:
            out.append(unit)
    return out
