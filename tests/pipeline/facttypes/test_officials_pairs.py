"""Installed heads and deputies listed as pairs with their places under one frame (pairs.py; issue 12,
round 6: a role frame stated once and carried over a list of pairs). Every sentence is written for this
test: invented names and events, real places. Each case: text, then the expected officials as (name,
category, place), place the region code, else the province code, else None.
"""
from __future__ import annotations

import pytest

from pipeline.facts import tag_text
from tests.pipeline.facttypes.test_officials_names import _found, _key


DAN_PAIR_CASES = [
    # --- "A dan B (Place)" items are pairs when the frame calls them pairs --------------------------
    # numbered items split into sentences by the enumerators, semicolons, provinces in brackets
    ("Presiden melantik tiga pasangan gubernur dan wakil gubernur. Ketiga pasangan yang dilantik itu "
     "adalah: 1. Budi Santoso dan Ahmad Yani (Jambi); 2. Rudi Hartono dan Hasan Basri (Bengkulu); dan "
     "3. Viktor B. Lado dan Markus Lado (Riau).",
     [("Budi Santoso", "kepala_daerah", "15"), ("Ahmad Yani", "wakil_kepala_daerah", "15"),
      ("Rudi Hartono", "kepala_daerah", "17"), ("Hasan Basri", "wakil_kepala_daerah", "17"),
      ("Viktor B. Lado", "kepala_daerah", "14"), ("Markus Lado", "wakil_kepala_daerah", "14")]),
    # inline after "yakni", commas and "serta"; the pair told by "gubernur dan wakil gubernur"
    ("Gubernur dan wakil gubernur yang dilantik kemarin yakni Budi Santoso dan Ahmad Yani (Jambi), Rudi "
     "Hartono dan Hasan Basri (Bengkulu), serta Yusuf Halim dan Markus Lado (Riau).",
     [("Budi Santoso", "kepala_daerah", "15"), ("Ahmad Yani", "wakil_kepala_daerah", "15"),
      ("Rudi Hartono", "kepala_daerah", "17"), ("Hasan Basri", "wakil_kepala_daerah", "17"),
      ("Yusuf Halim", "kepala_daerah", "14"), ("Markus Lado", "wakil_kepala_daerah", "14")]),
    # one item a line under a heading line, kabupaten in brackets; the list closed by another sentence
    ("Pasangan bupati dan wakil bupati yang dilantik hari ini:\nBudi Santoso dan Ahmad Yani (Kapuas)\n"
     "Rudi Hartono dan Hasan Basri (Katingan)\nYusuf Halim dan Markus Lado (Seruyan)\n\n"
     "Pelantikan berlangsung khidmat di Palangka Raya.",
     [("Budi Santoso", "kepala_daerah", "62.03"), ("Ahmad Yani", "wakil_kepala_daerah", "62.03"),
      ("Rudi Hartono", "kepala_daerah", "62.06"), ("Hasan Basri", "wakil_kepala_daerah", "62.06"),
      ("Yusuf Halim", "kepala_daerah", "62.07"), ("Markus Lado", "wakil_kepala_daerah", "62.07")]),
    # "&" between the names, place-kind words in the brackets (a kota's wali kota)
    ("Dua pasangan kepala daerah dilantik Gubernur Kalteng, masing-masing Fajar Nugroho & Siti Aminah "
     "(Kota Palangka Raya) serta Rudi Hartono & Hasan Basri (Kabupaten Katingan).",
     [("Fajar Nugroho", "kepala_daerah", "62.71"), ("Siti Aminah", "wakil_kepala_daerah", "62.71"),
      ("Rudi Hartono", "kepala_daerah", "62.06"), ("Hasan Basri", "wakil_kepala_daerah", "62.06")]),
    # a dash-joined pair in the list makes its "dan" items pairs too, with no pair word in the frame
    ("Gubernur melantik bupati terpilih hasil pilkada, yakni Budi Santoso-Ahmad Yani (Kapuas); Rudi Hartono "
     "dan Hasan Basri (Katingan).",
     [("Budi Santoso", "kepala_daerah", "62.03"), ("Ahmad Yani", "wakil_kepala_daerah", "62.03"),
      ("Rudi Hartono", "kepala_daerah", "62.06"), ("Hasan Basri", "wakil_kepala_daerah", "62.06")]),
]

DAN_PAIR_NEGATIVES = [
    # two people with a place each, but nothing calls them pairs or office holders
    "Tokoh yang hadir dalam pelantikan itu antara lain Budi Santoso dan Ahmad Yani (Jambi), Rudi Hartono "
    "dan Hasan Basri (Bengkulu).",
    # candidates hold no office yet
    "Tiga pasangan calon gubernur dan wakil gubernur mendaftar, yakni Budi Santoso dan Ahmad Yani (Jambi), "
    "Rudi Hartono dan Hasan Basri (Bengkulu).",
    # one "A dan B (X)" item alone is no list of pairs
    "Pasangan itu, Budi Santoso dan Ahmad Yani (Jambi), hadir dalam pelantikan gubernur.",
]


@pytest.mark.parametrize("text,expected", DAN_PAIR_CASES, ids=[c[0][:40] for c in DAN_PAIR_CASES])
def test_dan_pairs(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}


@pytest.mark.parametrize("text", DAN_PAIR_NEGATIVES, ids=[t[:40] for t in DAN_PAIR_NEGATIVES])
def test_no_dan_pairs(text):
    assert tag_text(text).officials == []


# --- "NAME <link> caretaker/pejabat <Title> <Place>" items: each name holds the title after it,
# "caretaker" and "pejabat" (the slip for "penjabat") acting words like "Pj" (pipeline/lang/offices.toml
# `acting_variants`) ----------------------------------------------------------------------------------
LINKED_ITEM_CASES = [
    ("Adapun nama penjabat beserta daerah tugasnya, Budi Santoso menjabat caretaker Bupati Kapuas, Rudi "
     "Hartono menjabat caretaker Bupati Katingan, dan Hasan Basri menjabat caretaker Bupati Seruyan.",
     [("Budi Santoso", "kepala_daerah", "62.03"), ("Rudi Hartono", "kepala_daerah", "62.06"),
      ("Hasan Basri", "kepala_daerah", "62.07")]),
    ("Gubernur menunjuk tiga penjabat: Budi Santoso sebagai caretaker Bupati Kapuas; Rudi Hartono sebagai "
     "caretaker Wali Kota Palangka Raya; Hasan Basri sebagai caretaker Bupati Seruyan.",
     [("Budi Santoso", "kepala_daerah", "62.03"), ("Rudi Hartono", "kepala_daerah", "62.71"),
      ("Hasan Basri", "kepala_daerah", "62.07")]),
    ("Budi Santoso ditunjuk menjadi caretaker Bupati Kapuas sampai pelantikan bupati terpilih.",
     [("Budi Santoso", "kepala_daerah", "62.03")]),
    ("Caretaker Bupati Katingan, Rudi Hartono, membuka rapat koordinasi.",
     [("Rudi Hartono", "kepala_daerah", "62.06")]),
    # …the old office between the name and the link: the name takes the new one
    ("Tiga penjabat itu masing-masing Budi Santoso, Kepala Badan Kepegawaian Daerah Kalteng sebagai "
     "Penjabat Bupati Kapuas, Rudi Hartono, Asisten Administrasi Umum dan Aset sebagai pejabat Bupati "
     "Katingan.",
     [("Budi Santoso", "kepala_daerah", "62.03"), ("Rudi Hartono", "kepala_daerah", "62.06")]),
    ("Pejabat Gubernur Kalimantan Utara Yusuf Halim dilantik Mendagri hari ini.",
     [("Yusuf Halim", "kepala_daerah", "65")]),
]

LINKED_ITEM_NEGATIVES = [
    # "caretaker" with no title after it names no office
    "Kemendagri akan menunjuk caretaker untuk lima kabupaten yang menggelar pilkada.",
    "Budi Santoso menjadi caretaker tim sepak bola Kapuas musim ini.",
    # "pejabat" before no title is an official of any rank, no acting office
    "Sejumlah pejabat Pemkab Kapuas dan para pejabat Dinas Kesehatan hadir dalam rapat itu.",
    "Budi Santoso, pejabat Dinas Kesehatan Kabupaten Kapuas, hadir.",
]


@pytest.mark.parametrize("text,expected", LINKED_ITEM_CASES, ids=[c[0][:40] for c in LINKED_ITEM_CASES])
def test_linked_items(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}


@pytest.mark.parametrize("text", LINKED_ITEM_NEGATIVES, ids=[t[:40] for t in LINKED_ITEM_NEGATIVES])
def test_no_linked_items(text):
    assert tag_text(text).officials == []
