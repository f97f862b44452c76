"""Officials, round 10 (issue 12): "Kaper", the Ombudsman's own short form of "Kepala Perwakilan" (seen in
final5 and final8; pipeline/lang/offices.toml), and a one-word province the province tagger leaves
untagged between a title and a name ("Kaper Jambi A", final8; reader.py `untagged_province`).
Every sentence is written for this test: invented names, real places. Each case: text, then the
expected officials as (name, category, place).
"""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_officials_names import _found, _key

CASES = [
    # the short form with the Ombudsman's name
    ("Sementara itu Kaper Ombudsman RI Provinsi Bengkulu Budi Santoso menyampaikan jumlah laporan tahun ini.",
     [("Budi Santoso", "ombudsman", "17")]),
    ("Menurut Kaper Ombudsman Gorontalo, Rina Marlina, pelayanan di puskesmas masih lambat.",
     [("Rina Marlina", "ombudsman", "75")]),
    # a list of the offices' heads: the first with the Ombudsman's name, the others with their province alone
    ("Rapat itu dihadiri Kaper Ombudsman RI Lampung, Budi Santoso, Kaper Jambi Rudi Hartono Salim, dan Kaper "
     "Sumatera Selatan Hasan Basri.",
     [("Budi Santoso", "ombudsman", "18"), ("Rudi Hartono Salim", "ombudsman", "15"),
      ("Hasan Basri", "ombudsman", "16")]),
]

NEGATIVES = [
    # a one-word province after a title stays the title's place; a name of two words keeps both
    ("Gubernur Jambi Al Haris membuka rapat kerja.", [("Al Haris", "kepala_daerah", "15")]),
    # the head of a unit alone ("Kaper" with no name) gives nothing
    ("Laporan itu diterima Kaper Riau pekan lalu.", []),
]


@pytest.mark.parametrize("text,expected", CASES + NEGATIVES, ids=[c[0][:40] for c in CASES + NEGATIVES])
def test_kaper(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}
