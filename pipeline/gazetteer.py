"""The Kemendagri gazetteer: 38 provinces and 514 kabupaten/kota, read from data/wilayah/.

Generated from the official list (see data/wilayah/README.md for its provenance), never typed by hand.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.config import REFERENCE_DIR
from pipeline.models import Province, Region

WILAYAH_DIR = REFERENCE_DIR / "wilayah"


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


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (loaded once)."""
    return Gazetteer.from_dir()
