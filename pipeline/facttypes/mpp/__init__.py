"""Mal Pelayanan Publik facts of regional governments (and of a province, for its own MPP): planned,
launched or operating, with year and location.

Component: component.py (`warta_mpp`: status.py finds the status words, governments.py the region or
province, place.py the location and year, names.py the MPP's mentions, drafts.py merges what the units
tell; the reader's parts: unitstatus.py a unit naming an MPP, listing.py the lists told on, yearbook.py the
years, serving.py MPPs running without a status word); vocabulary: lexicon.toml.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.facttypes.spec import FactType

FOLDER = Path(__file__).resolve().parent


@dataclass
class MppFact:
    region_code: str | None
    status: str  # planned | launched | operating
    year: int | None
    location: str | None
    evidence: str = ""
    #: the region's province; for a province's own MPP (region_code None) the province itself
    province_code: str | None = None


MPP = FactType(
    name="mpp", record=MppFact, component="warta_mpp",
    module="pipeline.facttypes.mpp.component", folder=FOLDER, order=40, table="mpp",
    view="mpp_register", region="pipeline.facttypes.mpp.region",
    metrics={
        "mpp.region+status": lambda m: (m.get("region_code"), m.get("status")),
        "mpp.region+status+year": lambda m: (m.get("region_code"), m.get("status"), m.get("year")),
    },
    from_gold=lambda m, codes: {"region_code": codes.region_code(m.get("region")), "status": m.get("status"),
                                "year": m.get("year")},
    description="Mal Pelayanan Publik: planned, launched or operating")

FACT_TYPES = (MPP,)
