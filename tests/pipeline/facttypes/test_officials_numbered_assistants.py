"""A regional secretariat's numbered assistant: right after "Asisten" even a one-letter Roman numeral is
the office's number, not a Balinese name's "I" ("Asisten I Budi Santoso"; roles.py `_word_step`, reader.py
`public_org`; issue 12, round 12: final4 and final7). Every sentence is written for this test: invented
names and events, real places. Each case: text, then the expected officials as (name, category, place).
"""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_officials_names import _found, _key

CASES = [
    ("Hadir Kapolres Balikpapan, Kepala DPMPT Budi Santoso, Asisten I Ahmad Yani dan Kepala Satpol PP Rudi "
     "Hartono.",
     [("Budi Santoso", "perangkat_daerah", "64.71"), ("Ahmad Yani", "perangkat_daerah", "64.71"),
      ("Rudi Hartono", "perangkat_daerah", "64.71")]),
    # a Balinese name after the numeral keeps its own words
    ("Pemprov Bali mengusulkan Asisten I Dewa Made Sudira sebagai penjabat.",
     [("Dewa Made Sudira", "perangkat_daerah", "51")]),
    # a Balinese "I" after a title that is no assistant's stays in the name
    ("Kepala Dinas Pariwisata Provinsi Bali I Wayan Suarta membuka acara itu.",
     [("I Wayan Suarta", "perangkat_daerah", "51")]),
]

NEGATIVES = [
    # a bare "Asisten" with no numeral and no public organisation is no office
    "Asisten pelatih Budi Santoso memimpin latihan.",
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_numbered_assistants(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:40] for t in NEGATIVES])
def test_no_numbered_assistants(text):
    assert _found(text) == set()
