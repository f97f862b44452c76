"""A gazetteer name as the regions component matches it (`Name`) and one match of it in a doc (`Mention`),
with the kinds a cue gives a name."""
from __future__ import annotations

from dataclasses import dataclass

KAB, KOTA, PROV, NEG = "kabupaten", "kota", "provinsi", "neg"


@dataclass
class Name:
    """A name of the gazetteer (all its surface forms that match alike) and how far it may be trusted."""

    codes: tuple[str, ...]
    acronym: bool  # every surface of it is an acronym ("HSS"): must be written in capitals
    risky: bool  # listed in data/gazetteer/ambiguous.csv
    common: bool  # made of common words only ("Batu Bara", "Tanah Laut"): risky in a Title Case line


@dataclass
class Mention:
    """One match of a `Name` in a doc (token offsets), with what the component reads of it: its cue, kind,
    options and, once resolved, its place's code."""

    start: int
    end: int
    name: Name
    cue: str | None = None  # cue text, "list", "dateline" or None
    kind: str | None = None  # KAB / KOTA / PROV from the cue
    gov: bool = False
    dateline: bool = False
    options: tuple[str, ...] = ()
    code: str | None = None
    explicit: bool = False
    title_risky: bool = False  # common-word name in a Title Case line
    lower: bool = False  # only its first word capitalised ("Kepulauan riau")
    in_parens: bool = False  # alone in brackets after another name ("Pahuwato (Gorontalo)")

    @property
    def risky(self) -> bool:
        """A risky name (ambiguous.csv), or a common-word name in a Title Case line."""
        return self.name.risky or self.title_risky


def is_acronym(surface: str) -> bool:
    """Whether a surface form is an acronym ("HSS"): all capitals, one word, at most five letters."""
    letters = [c for c in surface if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 5 and " " not in surface
