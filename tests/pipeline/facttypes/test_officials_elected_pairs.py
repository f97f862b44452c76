"""Heads and deputies (elected or installed) listed as pairs beside their places, the place told first
or after "di"/"dari" (elect.py; issue 12, round 12: final9 and final10). Every sentence is written for
this test: invented names and events, real places. Each case: text, then the expected officials as
(name, category, place), place the region code, else the province code.
"""
from __future__ import annotations

import pytest

from pipeline.facts import tag_text
from tests.pipeline.facttypes.test_officials_names import _found, _key

CASES = [
    # numbered lines "PLACE (HEAD-DEPUTY)" under a list of heads-elect
    ("Gubernur Sumatera Utara akan melantik kepala daerah terpilih pekan depan.\n\nBerikut daftar "
     "kepala daerah yang akan dilantik.\n\n1. Kabupaten Deli Serdang (Budi Santoso-Ahmad Yani Siregar)\n"
     "2. Kota Binjai (Rudi Hartono-Hasan Basri)\n3. Kabupaten Karo (Joko Susilo-Anton Ginting)",
     [("Budi Santoso", "kepala_daerah", "12.07"), ("Ahmad Yani Siregar", "wakil_kepala_daerah", "12.07"),
      ("Rudi Hartono", "kepala_daerah", "12.75"), ("Hasan Basri", "wakil_kepala_daerah", "12.75"),
      ("Joko Susilo", "kepala_daerah", "12.06"), ("Anton Ginting", "wakil_kepala_daerah", "12.06")]),
    # numbers glued to the lines, a full stop after the bracket: numbered items, not Title Case headlines
    ("Berikut daftar kepala daerah terpilih.\n\n9. Kabupaten Karo (Budi Santoso-Ahmad Yani)\n\n"
     "10.Kabupaten Asahan (Surya-Taufik Zainal Abidin).\n\n11.Kota Tanjungbalai (M Syahrial-Waris).",
     [("Budi Santoso", "kepala_daerah", "12.06"), ("Ahmad Yani", "wakil_kepala_daerah", "12.06"),
      ("Surya", "kepala_daerah", "12.09"), ("Taufik Zainal Abidin", "wakil_kepala_daerah", "12.09"),
      ("M Syahrial", "kepala_daerah", "12.74"), ("Waris", "wakil_kepala_daerah", "12.74")]),
    # "PLACE HEAD-DEPUTY" items in a sentence, a dash glued to the deputy's name
    ("Pelantikan pekan depan diikuti tiga kabupaten kota diantaranya Kota Metro Budi Santoso-Ahmad Yani, "
     "Lampung Timur Rudi Hartono -Hasan Basri, Pesawaran Dedi Kurnia –Marzuki.",
     [("Budi Santoso", "kepala_daerah", "18.72"), ("Ahmad Yani", "wakil_kepala_daerah", "18.72"),
      ("Rudi Hartono", "kepala_daerah", "18.07"), ("Hasan Basri", "wakil_kepala_daerah", "18.07"),
      ("Dedi Kurnia", "kepala_daerah", "18.09"), ("Marzuki", "wakil_kepala_daerah", "18.09")]),
    # "HEAD dan DEPUTY di PLACE" items under a frame that calls them pairs
    ("Empat pasang bupati dan wakil bupati serta walikota dan wakil walikota terpilih periode 2020-2025 "
     "yang dilantik, yaitu Budi Santoso dan Ahmad Yani di Kabupaten Minahasa, Rudi Hartono dan Hasan "
     "Basri di Kota Bitung serta Joko Susilo dan Anton Wijaya di Kabupaten Minahasa Utara.",
     [("Budi Santoso", "kepala_daerah", "71.02"), ("Ahmad Yani", "wakil_kepala_daerah", "71.02"),
      ("Rudi Hartono", "kepala_daerah", "71.72"), ("Hasan Basri", "wakil_kepala_daerah", "71.72"),
      ("Joko Susilo", "kepala_daerah", "71.06"), ("Anton Wijaya", "wakil_kepala_daerah", "71.06")]),
]

NEGATIVES = [
    # candidates are no officials
    "Berikut daftar pasangan calon kepala daerah yang bertarung.\n1. Kabupaten Karo (Budi Santoso-Ahmad Yani)\n"
    "2. Kota Binjai (Rudi Hartono-Hasan Basri)",
    # one pair beside a place is no list
    "Pelantikan diikuti Kota Metro Budi Santoso-Ahmad Yani pada Jumat.",
    # "A dan B di PLACE": two people unless the frame calls them pairs
    "Warga yang dilantik menjadi relawan yaitu Budi Santoso dan Ahmad Yani di Kabupaten Minahasa, Rudi "
    "Hartono dan Hasan Basri di Kota Bitung.",
    # no installation or regional-head word near the list
    "Tim sepak bola yang bertanding yaitu Kota Metro Budi Santoso-Ahmad Yani, Lampung Timur Rudi "
    "Hartono-Hasan Basri.",
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_placed_pairs(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:40] for t in NEGATIVES])
def test_no_placed_pairs(text):
    assert tag_text(text).officials == []
