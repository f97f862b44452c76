"""Complaints to the Ombudsman: how many reports (laporan/pengaduan masyarakat) an Ombudsman office
received in a period, in total or about one kabupaten/kota's government and agencies.

Component: component.py (`warta_complaints`: counts.py reads the counts of a unit); vocabulary:
lexicon.toml; the count expressions: patterns.jsonl (spaCy span_ruler patterns). Table and view:
pipeline/store/migrations/004_complaints.sql. Contract: docs/contract.md (`complaints`).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.facttypes.spec import FactType, subject

FOLDER = Path(__file__).resolve().parent


@dataclass
class Complaint:
    province_code: str | None  # the receiving office's province; None: Ombudsman RI nationally
    region_code: str | None  # the kabupaten/kota reported on; None: the office's total
    count: int
    year: int | None  # the year the period ends in; None: a span of several years
    evidence: str = ""


COMPLAINTS = FactType(
    name="complaints", record=Complaint, component="warta_complaints",
    module="pipeline.facttypes.complaints.component", folder=FOLDER, order=50, table="complaints",
    view="complaint_counts", region="pipeline.facttypes.complaints.region",
    metrics={
        "complaints.subject+count": lambda c: (subject(c), c.get("count")),
        "complaints.subject+count+year": lambda c: (subject(c), c.get("count"), c.get("year")),
    },
    from_gold=lambda c, codes: {"region_code": codes.region_code(c.get("region")),
                                "province_code": codes.province_code(c.get("province")),
                                "count": c.get("count"), "year": c.get("year")},
    description="reports to an Ombudsman office, in total or about a kabupaten/kota")

FACT_TYPES = (COMPLAINTS,)
