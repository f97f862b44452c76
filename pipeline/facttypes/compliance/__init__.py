"""Ombudsman compliance-assessment results of regional governments (zone, grade, score, year).

Component: component.py (`warta_compliance`: elements.py reads a unit, results.py turns units into
results, grammar.py holds the patterns); vocabulary: lexicon.toml.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.facttypes.spec import FactType, subject

FOLDER = Path(__file__).resolve().parent


@dataclass
class ComplianceResult:
    region_code: str | None  # None: a province-level result
    province_code: str | None
    year: int | None
    zone: str | None  # hijau | kuning | merah
    grade: str | None  # the grade's wording as stated ("opini kualitas tertinggi, kategori A")
    score: float | None
    evidence: str = ""
    #: the grade in the controlled vocabulary (grades.py): "A"–"E" or "kepatuhan tinggi/sedang/rendah"
    grade_category: str | None = None


def _score(c: dict):
    return None if c.get("score") is None else (subject(c), round(float(c["score"]), 2))


COMPLIANCE = FactType(
    name="compliance", record=ComplianceResult, component="warta_compliance",
    module="pipeline.facttypes.compliance.component", folder=FOLDER, order=30, table="compliance",
    view="compliance_history", region="pipeline.facttypes.compliance.region",
    metrics={
        "compliance.subject+zone": lambda c: (subject(c), c.get("zone")),
        "compliance.subject+zone+year": lambda c: (subject(c), c.get("zone"), c.get("year")),
        "compliance.subject+score": _score,
    },
    from_gold=lambda c, codes: {"region_code": codes.region_code(c.get("region")),
                                "province_code": codes.province_code(c.get("province")),
                                "zone": c.get("zone"), "year": c.get("year"), "score": c.get("score")},
    description="Ombudsman compliance-assessment results")

FACT_TYPES = (COMPLIANCE,)
