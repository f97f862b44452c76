"""Regions and provinces an article refers to: two fact types from one component (`warta_regions`).

- `regions`: every kabupaten/kota the article names as a place or a government ("Pemkab Sidoarjo",
  "HSS", "Bupati Solok" is the kabupaten), as gazetteer records; the store keeps one row per mention
  (surface form and sentence) as evidence;
- `provinces`: every province named, abbreviations included ("Sumbar", "Ombudsman Perwakilan Kalteng").

The component (component.py) writes `doc.spans["regions"]` and `doc.spans["provinces"]`; every
other fact type reads them through the discourse layer (pipeline/nlp/discourse/mentions.py).
"""
from __future__ import annotations

from bisect import bisect_right
from pathlib import Path

from pipeline.facttypes.spec import FactType
from pipeline.models import Province, Region

FOLDER = Path(__file__).resolve().parent


def _gazetteer():
    from pipeline.gazetteer import get_gazetteer

    return get_gazetteer()


def _mentions(doc):
    """The regions component's spans as the discourse layer's mentions (plain offsets, text order)."""
    from pipeline.nlp.discourse import discourse_of

    return discourse_of(doc).mentions


def collect_regions(doc) -> list[Region]:
    gaz = _gazetteer()
    codes = dict.fromkeys(m.code for m in _mentions(doc) if not m.is_province)
    return [gaz.regions[c] for c in codes if c in gaz.regions]


def collect_provinces(doc) -> list[Province]:
    gaz = _gazetteer()
    codes = dict.fromkeys(m.code for m in _mentions(doc) if m.is_province)
    return [gaz.provinces[c] for c in codes if c in gaz.provinces]


def region_mentions(doc, text: str) -> list[tuple[str, str, str]]:
    """(code, surface, sentence) of each region mention; a sentence ends at a line break too."""
    from pipeline.nlp.discourse import discourse_of

    mentions = [m for m in _mentions(doc) if not m.is_province]
    if not mentions:
        return []
    sentences = discourse_of(doc).sentences if doc.has_annotation("SENT_START") else []
    starts = [a for a, _ in sentences]
    out = []
    for m in mentions:
        k = bisect_right(starts, m.start) - 1
        a, b = sentences[k] if k >= 0 else (m.start, m.end)
        a = max(a, text.rfind("\n", a, m.start) + 1)
        nl = text.find("\n", m.end, b)
        b = nl if nl >= 0 else b
        out.append((m.code, m.text, text[a:b].strip()))
    return out


def region_rows(facts) -> list[dict]:
    """The regions table: one row per distinct mention (surface form and sentence); a region the
    tagger gave without a mention gets one row without them."""
    by_code = {r.code: r for r in facts.regions}
    rows, mentioned = [], set()
    for code, surface, sentence in facts.region_mentions:
        reg = by_code.get(code)
        rows.append(dict(code=code, kind=reg.kind if reg else None, name=reg.name if reg else None,
                         province_code=reg.province_code if reg else None, surface=surface, evidence=sentence))
        mentioned.add(code)
    rows += [dict(code=r.code, kind=r.kind, name=r.name, province_code=r.province_code, surface=None,
                  evidence=None) for r in facts.regions if r.code not in mentioned]
    return rows


REGIONS = FactType(
    name="regions", record=Region, component="warta_regions",
    module="pipeline.facttypes.regions.component", folder=FOLDER, order=10, table="regions",
    metrics={"regions": lambda r: r.get("code")},
    from_gold=lambda g, codes: {"code": codes.region_code(g)},
    contract=lambda r: {"code": r.code, "kind": r.kind, "name": r.name, "province_code": r.province_code},
    collect=collect_regions, rows=region_rows, extra_columns=(("surface", str), ("evidence", str)),
    description="kabupaten/kota the article refers to")

PROVINCES = FactType(
    name="provinces", record=Province, component="warta_regions",
    module="pipeline.facttypes.regions.component", folder=FOLDER, order=10, table="provinces",
    metrics={"provinces": lambda p: p.get("code")},
    from_gold=lambda g, codes: {"code": codes.province_code(g)},
    collect=collect_provinces, description="provinces the article refers to")

FACT_TYPES = (REGIONS, PROVINCES,)
