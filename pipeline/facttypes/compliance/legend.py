"""The zones' score ranges an article states ("Nilai 0-50 masuk zona merah, 51-80 zona kuning, 81-100
zona hijau"; "Zona Hijau merupakan nilai tertinggi dengan angka 81-100, Zona Kuning … 51-80"): a
result the article gives a score and no zone takes the zone its own legend gives that score.

A legend is read clause by clause (commas, semicolons, "dan", "sedangkan"): a clause with one range
and one zone (a colour after a zone noun, or after "ber"/"di"-kategori) pairs them; two pairs or more
make a legend, and only ranges that do not overlap. No legend, no zone: the scale changed over the
years (2022 on: opini), so none is assumed.
"""
from __future__ import annotations

import re

from pipeline.facttypes.compliance import grammar as G

#: a range of scores ("0-50", "51 – 80", "81 hingga 100", "81,00-100")
RANGE = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:-|–|hingga|sampai|s\.?d\.?|s/d)\s*"
                   r"(\d{1,3}(?:[.,]\d{1,2})?)(?![\d.,]\d)", re.IGNORECASE)
#: a colour told as a zone in a legend's clause ("zona merah", "berkategori kuning", "Zona Hijau")
COLOUR = re.compile(r"\b(?:" + "|".join(G.LEX["zone_nouns"]) + r"|berkategori|dikategorikan)\s+(?:\w+\s+)?("
                    + "|".join(G.ZONES) + r")\b", re.IGNORECASE)
#: a clause ends at a semicolon, a connective, or a comma that is no decimal comma ("80,01" stays whole)
CLAUSE_SPLIT = re.compile(r"(?:;|(?<!\d),|,(?!\d))\s*|\s(?:dan|sedangkan|serta)\s", re.IGNORECASE)
#: the highest score of the scale: a text without it states no legend (a cheap test before any search)
TOP = "100"
#: how many (range, zone) pairs make a legend
MIN_PAIRS = 2


def _number(s: str) -> float:
    return float(s.replace(",", "."))


def zone_legend(units: list) -> list[tuple[float, float, str]]:
    """The (low, high, zone) ranges the units state as their legend; [] where they state none."""
    pairs: list[tuple[float, float, str]] = []
    for u in units:
        if TOP not in u.text or not RANGE.search(u.text):
            continue
        for clause in CLAUSE_SPLIT.split(u.text):
            ranges, colours = RANGE.findall(clause), {m.group(1).lower() for m in COLOUR.finditer(clause)}
            if len(ranges) == 1 and len(colours) == 1:
                lo, hi = (_number(x) for x in ranges[0])
                if 0 <= lo < hi <= 100:
                    pairs.append((lo, hi, colours.pop()))
    zones = {z for _, _, z in pairs}
    if len(pairs) < MIN_PAIRS or len(zones) != len(pairs):
        return []
    ordered = sorted(pairs)
    if any(a[1] >= b[0] for a, b in zip(ordered, ordered[1:])):
        return []  # overlapping ranges: no legend
    return ordered


def legend_zone(legend: list[tuple[float, float, str]], score: float) -> str | None:
    """The zone the legend gives `score` (a score between two ranges, such as 50,5, gets none)."""
    return next((z for lo, hi, z in legend if lo <= score <= hi), None)
