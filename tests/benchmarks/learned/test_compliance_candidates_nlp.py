"""benchmarks/learned/compliance_candidates.py over Warta's own nlp on invented sentences: the units, zone cues and
government mentions it reads, and the decision rows of compliance_cache."""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))

from benchmarks.learned.common import tagged_doc  # noqa: E402
from benchmarks.learned.compliance_cache import candidates, rules_of  # noqa: E402
from benchmarks.learned.compliance_candidates import pairs_of, units_of  # noqa: E402
from pipeline.gazetteer import get_gazetteer  # noqa: E402
from pipeline.nlp.discourse import discourse_of  # noqa: E402


def _code(kind, name):
    return next(r.code for r in get_gazetteer().regions.values() if r.kind == kind and r.name == name)


def _doc(text):
    return tagged_doc({"id": "t", "text": text, "source_date": "2023-07-04"})


def test_one_sentence_gives_its_government_and_zone_with_the_units_year():
    doc = _doc("Ombudsman menyatakan Pemerintah Kabupaten Sleman masuk zona hijau dalam penilaian kepatuhan 2022.")
    rows = candidates(doc, rules_of(doc))
    sleman = _code("kabupaten", "Sleman")
    row = next(r for r in rows if r["key"] == [sleman, "hijau"])
    assert row["unit_year"] == 2022 and row["f"]["same_unit"] == 1.0


def test_no_cue_without_a_zone_word_in_the_article():
    doc = _doc("Pemerintah Kabupaten Sleman mengecat jembatan merah dan pagar kuning.")
    units = units_of(discourse_of(doc))
    assert not any(u.cues for u in units) and pairs_of(units) == []
