"""Evidence that shows the fact: the sentence a result was read from, with the sentences that state
what it leaves out (issue 12: "evidence that shows the fact, its year and its score").

A result is often read from one sentence while its year was stated once before ("… hasil Penilaian
Kepatuhan tahun 2024 …" in the lead or the headline) and its zone at the head of a list continued in
the next sentence ("Selanjutnya, lima daerah masuk zona kuning. Kelima daerah itu adalah …"). A
researcher must see all of it without opening the article, so a result whose own sentence does not
state its year (as digits) or its zone (its colour, or its grade's wording) gains the nearest unit of
the article that does, earlier units first: at most `MAX_SENTENCES` in all, in text order, joined by
`JOINER`. A value that no unit states (a year known only from the publication date) adds nothing.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

#: sentences in one result's evidence: its own, and one each for its year and its zone
MAX_SENTENCES = 3
#: between the sentences of one evidence
JOINER = " … "


def _year_stated(year: int) -> Callable[[str], bool]:
    pattern = re.compile(rf"{year}(?<!\d{year})(?!\d)")  # (`(?<!\d)2023(?!\d)` led by its literal: found by re's fast search)
    return lambda text: pattern.search(text) is not None


def _zone_stated(zone: str, grade: str | None) -> Callable[[str], bool]:
    pattern = re.compile(rf"\b{re.escape(zone)}\b", re.I)
    wordings = [part.strip().lower() for part in (grade or "").split(",") if part.strip()]  # "…, kategori A"
    return lambda text: pattern.search(text) is not None or any(map(text.lower().__contains__, wordings))


def _home(texts: Sequence[str], evidence: str) -> int | None:
    """The unit the evidence was taken from."""
    evidence = evidence.strip()
    if not evidence:
        return None
    exact = [k for k, text in enumerate(texts) if text.strip() == evidence]
    if exact:
        return exact[0]
    return next((k for k, text in enumerate(texts) if evidence in text), None)


def _nearest(texts: Sequence[str], home: int, stated: Callable[[str], bool]) -> int | None:
    """The unit nearest to `home` that states the value: the earlier one at equal distance."""
    for distance in range(1, len(texts)):
        for k in (home - distance, home + distance):
            if 0 <= k < len(texts) and stated(texts[k]):
                return k
    return None


def supported(results: list, texts: Sequence[str]) -> list:
    """`results` (records with `evidence`, `year`, `zone`, `grade`) with their evidence completed from
    `texts`, the article's units in order (headings included, noise left out)."""
    out = []
    for result in results:
        home = _home(texts, result.evidence)
        wanted = []
        if home is not None and result.year is not None:
            wanted.append(_year_stated(result.year))
        if home is not None and result.zone is not None:
            wanted.append(_zone_stated(result.zone, result.grade))
        extra = {_nearest(texts, home, stated) for stated in wanted if not stated(result.evidence)} - {None}
        if not extra:
            out.append(result)
            continue
        chosen = sorted({home, *extra})[:MAX_SENTENCES]
        out.append(replace(result, evidence=JOINER.join(texts[k].strip() for k in chosen)))
    return out
