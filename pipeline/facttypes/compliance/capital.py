"""The city a unit names only as its province's capital ("Ibukota Provinsi Bali ini meraih …"): the result's
subject is the city told before, not the province (subjects.py drops the province as a subject)."""
from __future__ import annotations

from pipeline.facttypes.compliance import grammar as G
from pipeline.facttypes.compliance.subjects import CAPITAL_CHARS
from pipeline.gazetteer import get_gazetteer
from pipeline.nlp.discourse.mentions import Subject

#: how far before a unit the city its capital's words name is looked for ("Ibukota Provinsi Bali ini")
CAPITAL_REACH_CHARS = 400


def capital_city(text: str, unit, mentions: list, doc_mentions: list) -> list[Subject]:
    """The city `unit` names as its province's capital: the last city of that province named within
    `CAPITAL_REACH_CHARS` before the unit (`mentions`: the unit's government mentions; `doc_mentions`: the
    doc's, in text order); none when the unit describes no province's capital."""
    province = next((m.code for m in mentions if m.is_province
                     and G.CAPITAL_BEFORE.search(text, max(unit.start, m.start - CAPITAL_CHARS), m.start)
                     and G.DEMONSTRATIVE_AFTER.match(text, m.end)), None)
    if province is None:
        return []
    regions = get_gazetteer().regions
    before = [m for m in doc_mentions if unit.start - CAPITAL_REACH_CHARS <= m.start < unit.start
              and not m.is_province and getattr(regions.get(m.code), "kind", None) == "kota"
              and regions[m.code].province_code == province]
    if not before:
        return []
    m = before[-1]
    return [Subject(m.code, province, m.start, m.end, "gov")]
