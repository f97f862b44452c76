"""Plain data records passed between Warta's stages.

The extractor's output follows the fact contract (docs/contract.md): `Facts.to_contract()` gives
exactly the JSON object that `warta extract` prints for one article.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Region:
    """A kabupaten/kota of the Kemendagri list (code like "13.02")."""

    code: str
    name: str
    kind: str  # "kabupaten" | "kota"
    province_code: str


@dataclass(frozen=True)
class Province:
    code: str  # like "13"
    name: str


@dataclass
class Official:
    name: str
    role: str
    category: str  # kepala_daerah | wakil_kepala_daerah | sekda | perangkat_daerah | camat_desa | ombudsman | legislatif | pusat | lainnya
    region_code: str | None
    province_code: str | None
    evidence: str = ""


@dataclass
class ComplianceResult:
    region_code: str | None  # None: a province-level result
    province_code: str | None
    year: int | None
    zone: str | None  # hijau | kuning | merah
    grade: str | None
    score: float | None
    evidence: str = ""


@dataclass
class MppFact:
    region_code: str | None
    status: str  # planned | launched | operating
    year: int | None
    location: str | None
    evidence: str = ""


@dataclass
class Facts:
    """Everything the tagger found in one article."""

    regions: list[Region] = field(default_factory=list)
    provinces: list[Province] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    compliance: list[ComplianceResult] = field(default_factory=list)
    mpp: list[MppFact] = field(default_factory=list)
    # surface form and sentence of each region mention: (code, surface, sentence)
    region_mentions: list[tuple[str, str, str]] = field(default_factory=list)

    def to_contract(self, id_: str | None) -> dict:
        return {
            "id": id_,
            "regions": [
                {"code": r.code, "kind": r.kind, "name": r.name, "province_code": r.province_code}
                for r in self.regions
            ],
            "provinces": [{"code": p.code, "name": p.name} for p in self.provinces],
            "officials": [asdict(o) for o in self.officials],
            "compliance": [asdict(c) for c in self.compliance],
            "mpp": [asdict(m) for m in self.mpp],
        }


@dataclass
class Article:
    """One extracted news article, before tagging."""

    url: str | None
    text: str
    title: str | None = None
    published: datetime | None = None
    author: str | None = None
    site: str | None = None
    portal: str | None = None
    fetched_at: datetime | None = None
    content_hash: str | None = None
