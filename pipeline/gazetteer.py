"""The Kemendagri gazetteer: 38 provinces and 514 kabupaten/kota, read from data/wilayah/, and the
surface forms the press writes them in.

Generated from the official list (see data/wilayah/README.md for its provenance), never typed by hand:

- `name_variants()` derives the mechanical spelling variants of an official name (hyphen / space /
  joined: "Bau Bau" → "Bau-Bau", "Baubau"; "Sumatera" → "Sumatra"; "Kepulauan X" → "Kep. X");
- data/gazetteer/aliases.csv (`code,alias,note`) is the curated alias table: the README's variants,
  press abbreviations (HSS, Kotim, Sumbar, …), renamed regencies (Toba Samosir, Mamuju Utara, …) and
  province abbreviations, each row with its source in `note`;
- data/gazetteer/ambiguous.csv (`name,reason`) lists bare names that are also common words, people,
  rivers or islands: the tagger accepts them only with a cue or context;
- `build_names()` joins all of it into surface form → codes, and `python -m pipeline.gazetteer --build`
  writes it to data/gazetteer/names.jsonl (the file the spaCy component loads; a test checks that it is
  up to date).
"""
from __future__ import annotations

import csv
import itertools
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.config import REFERENCE_DIR
from pipeline.models import Province, Region

WILAYAH_DIR = REFERENCE_DIR / "wilayah"
GAZETTEER_DIR = REFERENCE_DIR / "gazetteer"
ALIASES_CSV = GAZETTEER_DIR / "aliases.csv"
AMBIGUOUS_CSV = GAZETTEER_DIR / "ambiguous.csv"
NAMES_JSONL = GAZETTEER_DIR / "names.jsonl"

#: Word-level spelling variants used by the press ("Sumatra Barat", "Kep. Seribu").
WORD_VARIANTS: dict[str, tuple[str, ...]] = {
    "Sumatera": ("Sumatra",),
    "Kepulauan": ("Kep.",),
}
#: Separators tried between the words of a multi-word name ("Tanah Datar", "Tanah-Datar", "Tanahdatar").
SEPARATORS = (" ", "-", "")
#: Only names up to this many words get every separator combination (3 gaps → 27 forms).
MAX_WORDS_FOR_SEPARATORS = 4
#: Lowercase function words inside names: never joined to a neighbour ("Pangkajene dan Kepulauan").
FUNCTION_WORDS = frozenset({"dan"})


@dataclass(frozen=True)
class Alias:
    code: str
    alias: str
    note: str


@dataclass
class Gazetteer:
    regions: dict[str, Region] = field(default_factory=dict)  # by code
    provinces: dict[str, Province] = field(default_factory=dict)  # by code

    @classmethod
    def from_dir(cls, folder: Path = WILAYAH_DIR) -> "Gazetteer":
        gaz = cls()
        with open(folder / "provinces.csv", encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                gaz.provinces[row["code"]] = Province(row["code"], row["name"])
        with open(folder / "regencies.csv", encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                gaz.regions[row["code"]] = Region(row["code"], row["name"], row["kind"], row["province_code"])
        return gaz

    def name_of(self, code: str) -> str:
        place = self.regions.get(code) or self.provinces.get(code)
        if place is None:
            raise KeyError(code)
        return place.name

    def province_of(self, code: str) -> str:
        """The province code of a region or province code."""
        return code.split(".", 1)[0]


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (loaded once)."""
    return Gazetteer.from_dir()


def name_variants(name: str) -> set[str]:
    """Mechanical spelling variants of an official name, the name itself included.

    Multi-word names get every combination of space, hyphen or nothing between their words
    ("Lima Puluh Kota" → "Limapuluh Kota", "Lima-Puluh Kota", …); a hyphenated name is treated as
    two words ("Toli-Toli" → "Toli Toli", "Tolitoli"); word variants apply everywhere ("Sumatra").
    """
    words = [w for w in re.split(r"[\s-]+", name.strip()) if w]
    choices = [(w, *WORD_VARIANTS.get(w, ())) for w in words]
    out: set[str] = {name.strip()}
    for combo in itertools.product(*choices):
        if len(combo) == 1 or len(combo) > MAX_WORDS_FOR_SEPARATORS:
            out.add(" ".join(combo))
            continue
        gaps = []
        for left, right in itertools.pairwise(combo):
            if left in FUNCTION_WORDS or right in FUNCTION_WORDS or left.endswith("."):
                gaps.append((" ",))
            else:
                gaps.append(SEPARATORS)
        for seps in itertools.product(*gaps):
            text = combo[0]
            for sep, word in zip(seps, combo[1:]):
                text += sep + (word.lower() if sep == "" else word)
            out.add(text)
    return out


def load_aliases(path: Path = ALIASES_CSV) -> list[Alias]:
    """The curated alias table; raises ValueError on an unknown code or an empty alias."""
    gaz = get_gazetteer()
    out = []
    with open(path, encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            code, alias = (row.get("code") or "").strip(), (row.get("alias") or "").strip()
            if not alias or (code not in gaz.regions and code not in gaz.provinces):
                raise ValueError(f"{path}:{n}: bad alias row {row!r}")
            out.append(Alias(code, alias, (row.get("note") or "").strip()))
    return out


@lru_cache(maxsize=1)
def ambiguous_names(path: Path = AMBIGUOUS_CSV) -> frozenset[str]:
    """Lowercased bare names that need a cue or context before they count as a region/province."""
    with open(path, encoding="utf-8", newline="") as fh:
        return frozenset(row["name"].strip().lower() for row in csv.DictReader(fh) if row.get("name"))


def build_names(gaz: Gazetteer | None = None, aliases: list[Alias] | None = None) -> list[dict]:
    """Every surface form → the codes it may name, with where it came from.

    One entry per surface form (case kept, as the press writes it): `{"surface", "codes",
    "sources"}`, sorted by surface. A surface shared by several places (Solok: kabupaten and kota;
    Bengkulu: province and kota) lists all their codes; the tagger decides from cue and context.
    """
    gaz = gaz or get_gazetteer()
    aliases = load_aliases() if aliases is None else aliases
    table: dict[str, dict[str, set[str]]] = {}

    def add(surface: str, code: str, source: str) -> None:
        entry = table.setdefault(surface, {"codes": set(), "sources": set()})
        entry["codes"].add(code)
        entry["sources"].add(source)

    for code, p in gaz.provinces.items():
        for v in name_variants(p.name):
            add(v, code, "official" if v == p.name else "variant")
    for code, r in gaz.regions.items():
        for v in name_variants(r.name):
            add(v, code, "official" if v == r.name else "variant")
    for a in aliases:
        variants = name_variants(a.alias) if not _is_acronym(a.alias) else {a.alias}
        for v in variants:
            add(v, a.code, "alias")
    return [
        {"surface": s, "codes": sorted(e["codes"]), "sources": sorted(e["sources"])}
        for s, e in sorted(table.items())
    ]


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 5 and " " not in text


def write_names(path: Path = NAMES_JSONL) -> int:
    rows = build_names()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)


def load_names(path: Path = NAMES_JSONL) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv=None) -> int:  # python -m pipeline.gazetteer --build
    import argparse

    ap = argparse.ArgumentParser(description="Regenerate data/gazetteer/names.jsonl from the gazetteer.")
    ap.add_argument("--build", action="store_true", help="write data/gazetteer/names.jsonl")
    args = ap.parse_args(argv)
    if args.build:
        print(f"{write_names()} surface forms written to {NAMES_JSONL}")
        return 0
    ap.print_help()
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
