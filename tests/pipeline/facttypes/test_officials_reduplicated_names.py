"""Surnames written as a reduplicated word joined by a dash ("Butar-Butar", "Far-Far"): one word of
the name, not a pair of two people (names.py `reduplicated_at`; issue 12, round 12: final8 and
final10). Every sentence is written for this test: invented names and events, real places. Each case:
text, then the expected officials as (name, category, place).
"""
from __future__ import annotations

import pytest

from pipeline.facts import tag_text
from tests.pipeline.facttypes.test_officials_names import _found, _key

CASES = [
    # a name before its link ("NAME sebagai Pjs Bupati X")
    ("Gubernur mengukuhkan Kepala Dinas Tenaga Kerja Rudi Butar-Butar sebagai Pjs Bupati Toba.",
     [("Rudi Butar-Butar", "kepala_daerah", "12.12")]),
    # a name between commas after its title, degrees before it
    ("SK tentang pemberhentian penjabat Bupati Seram Bagian Barat, Dr. Ir. Ronald Far-Far dibacakan.",
     [("Ronald Far-Far", "kepala_daerah", "81.06")]),
    # a name right after its title
    ("Bupati Toba Anton Siahaan-Siahaan meninjau lokasi banjir.",
     [("Anton Siahaan-Siahaan", "kepala_daerah", "12.12")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_reduplicated_surnames(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}


def test_dash_between_two_names_is_no_surname():
    # two different words joined by a dash stay a pair of a head and a deputy
    names = {o.name for o in tag_text("Bupati dan Wakil Bupati Toba, Anton Siahaan-Budi Santoso, dilantik "
                                      "Gubernur kemarin.").officials}
    assert "Anton Siahaan-Budi Santoso" not in names and "Anton Siahaan" in names
