"""A former holder told by a passive verb after a title that names no holder ("Pj Bupati X yang
sebelumnya dijabat oleh NAME digantikan …", "Sekda Provinsi X yang pertama dijabat oleh NAME"; related.py
`filled_by`; issue 12, round 12: final10). Every sentence is written for this test: invented names and
events, real places. Each case: text, then the expected officials as (name, category, place).
"""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_officials_names import _found, _key

CASES = [
    ("Jabatan Pj Bupati Kolaka yang sebelumnya dijabat oleh Andi Rahman digantikan oleh pejabat baru.",
     [("Andi Rahman", "kepala_daerah", "74.01")]),
    ("Sementara Pj Bupati Konawe sebelumnya dijabat oleh Hasan Basri telah pensiun sejak Agustus.",
     [("Hasan Basri", "kepala_daerah", "74.02")]),
    ("Sekda Provinsi Gorontalo yang pertama dijabat oleh Rudi Hartono.",
     [("Rudi Hartono", "sekda", "75")]),
]

NEGATIVES = [
    # "sebelumnya" with no passive verb after the title: nobody fills it
    "Kepala Dinas Pendidikan sebelumnya hadir dalam acara itu.",
    # the clause after the verb is no name
    "Pj Bupati Kolaka yang sebelumnya dijabat oleh pejabat pusat kini diganti.",
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_former_filled_by(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:40] for t in NEGATIVES])
def test_no_former_filled_by(text):
    assert _found(text) == set()
