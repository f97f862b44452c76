"""A stated grade in a controlled vocabulary (`grade_category`): one place, for the record, the
contract's output, the store and the browse pages.

- "A" … "E": the categories of the Opini Ombudsman (2023-), stated as a letter ("kategori B", "Opini
  C", "Zona E", "(B)" after a score) or as its quality level ("opini kualitas tertinggi" A, "tinggi"
  B, "sedang" C, "rendah" D, "terendah" or "sangat rendah" E);
- "kepatuhan tinggi", "kepatuhan sedang", "kepatuhan rendah": the predikat kepatuhan of the older
  scale (2015–2022; "sangat rendah" is its lowest, rendah);
- None: no grade stated (a zone alone, "zona hijau", is no grade).

A letter outranks a quality level, which outranks a predikat, when one result states several
("predikat kepatuhan tinggi atau opini A": A; "kategori kepatuhan tinggi B": B). The words are lexicon.toml's (`quality_category`,
`predicate_category`); `grade_raw`, the wording as written, stays in the record's `grade`.
"""
from __future__ import annotations

import re

from pipeline.facttypes.compliance.grammar import LEX
from pipeline.lang import words_pattern

QUALITY: dict[str, str] = dict(LEX["quality_category"])
PREDICATE: dict[str, str] = dict(LEX["predicate_category"])
#: every category, in order (the vocabulary a test checks the component against)
CATEGORIES: tuple[str, ...] = tuple(dict.fromkeys([*"ABCDE", *PREDICATE.values()]))

_LETTER = re.compile(r"\b(?:kategori|katagori|opini|predikat|zona|nilai(?:\s+opini)?|tertinggi|tinggi|sedang|rendah|terendah)"
                     r"\s+([a-e])\b|^\(?([a-e])\)?$")
_QUALITY = re.compile(r"\b(?:kualitas|kategori)\s+" + words_pattern(QUALITY, boundary=False).replace("(?:", "(", 1) + r"\b")
_PREDICATE = re.compile(r"\bkepatuhan\b(?:\W+\w+){0,10}?\W+" + words_pattern(PREDICATE, boundary=False).replace("(?:", "(", 1) + r"\b")


def grade_category(wordings) -> str | None:
    """The category of a result's grade wordings (a string or several), or None (see the module doc)."""
    if wordings is None or isinstance(wordings, str):
        wordings = [wordings]
    texts = [" ".join((w or "").lower().split()) for w in wordings]
    for rx, to in ((_LETTER, None), (_QUALITY, QUALITY), (_PREDICATE, PREDICATE)):
        for t in texts:
            m = rx.search(t)
            if m:
                word = next(g for g in m.groups() if g)
                return word.upper() if to is None else to[" ".join(word.split())]
    return None
