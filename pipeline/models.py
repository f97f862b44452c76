"""Plain data records passed between Warta's stages.

The extractor's output follows the fact contract (docs/contract.md): `Facts.to_contract()` gives
exactly the JSON object that `warta extract` prints for one article. The records of the fact types
(`Official`, `ComplianceResult`, …) live in their folders of pipeline/facttypes.
"""
from __future__ import annotations

from dataclasses import dataclass
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


class Facts:
    """Everything the tagger found in one article: a list of facts per fact type of the registry
    (pipeline.facttypes: `facts.regions`, `facts.compliance`, …), and the surface form and sentence
    of each region mention, `(code, surface, sentence)`, which the store keeps as evidence."""

    def __init__(self, region_mentions=None, **lists):
        from pipeline.facttypes import NAMES

        unknown = sorted(set(lists) - set(NAMES))
        if unknown:
            raise TypeError(f"Facts: no fact type {', '.join(unknown)} (the registry has {', '.join(NAMES)})")
        self.lists: dict[str, list] = {name: list(lists.get(name) or []) for name in NAMES}
        self.region_mentions: list[tuple[str, str, str]] = list(region_mentions or [])

    def __getattr__(self, name: str):
        lists = self.__dict__.get("lists")
        if lists is not None and name in lists:
            return lists[name]
        raise AttributeError(f"{type(self).__name__!s} has no attribute {name!r}")

    def __setattr__(self, name: str, value) -> None:
        lists = self.__dict__.get("lists")
        if lists is not None and name in lists:
            lists[name] = list(value)
        else:
            object.__setattr__(self, name, value)

    def __eq__(self, other) -> bool:
        return isinstance(other, Facts) and (self.lists, self.region_mentions) == (other.lists, other.region_mentions)

    def __repr__(self) -> str:
        return "Facts(" + ", ".join(f"{k}={v!r}" for k, v in self.lists.items() if v) + ")"

    def to_contract(self, id_: str | None) -> dict:
        """The contract's output object for one article (what `warta extract` prints)."""
        from pipeline.facttypes import FACT_TYPES

        return {"id": id_, **{spec.name: [spec.contract(f) for f in self.lists[spec.name]] for spec in FACT_TYPES}}


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


def __getattr__(name: str):
    """The fact records live in their fact-type folders; importing them from here still works."""
    records = {"Official": "officials", "ComplianceResult": "compliance", "MppFact": "mpp"}
    if name in records:
        import importlib

        return getattr(importlib.import_module(f"pipeline.facttypes.{records[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
