"""benchmarks/learned/mpp_candidates.py over Warta's own nlp on invented sentences: the units, cues, MPP mentions and
government mentions it reads, and the pairs of a list told under its head."""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))

from benchmarks.learned.mpp_cache import key_years, tagged_doc  # noqa: E402
from benchmarks.learned.mpp_candidates import pairs_of, units_of  # noqa: E402
from pipeline.gazetteer import get_gazetteer  # noqa: E402
from pipeline.nlp.discourse import discourse_of  # noqa: E402


def _code(kind, name):
    return next(r.code for r in get_gazetteer().regions.values() if r.kind == kind and r.name == name)


def _units(text):
    doc = tagged_doc({"id": "t", "text": text, "source_date": "2023-07-04"})
    return doc, units_of(discourse_of(doc))


def test_one_sentence_gives_its_government_and_status():
    doc, units = _units("Pemerintah Kabupaten Sleman meresmikan Mal Pelayanan Publik (MPP) pada tahun 2023.")
    pairs = pairs_of(units)
    assert len(pairs) == 1
    g = units[0].govs[pairs[0].gov]
    assert g[2] == _code("kabupaten", "Sleman") and units[0].triggers[pairs[0].cue].status == "launched"
    years = key_years(units, pairs, doc._.published)
    assert years[(g[2], "launched")]["unit"] == 2023


def test_a_list_under_its_head():
    _, units = _units("Bupati menyebut Mal Pelayanan Publik sudah beroperasi di daerah berikut:\nKabupaten Bantul\n"
                      "Kota Yogyakarta\nKabupaten Kulon Progo\nWarga bisa mengurus izin di sana.")
    pairs = pairs_of(units)
    codes = {units[p.gov_unit].govs[p.gov][2] for p in pairs if units[p.cue_unit].triggers[p.cue].status == "operating"}
    assert codes == {_code("kabupaten", "Bantul"), _code("kota", "Yogyakarta"), _code("kabupaten", "Kulon Progo")}
    assert all(p.list_head for p in pairs)


def test_no_candidates_in_a_story_without_an_mpp():
    _, units = _units("Pemerintah Kabupaten Sleman meresmikan jembatan baru pada tahun 2023.")
    assert not any(u.mpps for u in units)
    assert pairs_of(units) == []
