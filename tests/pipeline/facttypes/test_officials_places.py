"""The place of an office told with no place (places.py; issue 12, round 6): an agency head or a
secretary in an article that is its province's, the province's seat named only as where things happen,
is the province's. Every text is written for this test: invented names and events, real places.
Each case: text, then the expected officials as (name, category, place), place the region code, else
the province code, else None.
"""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_officials_names import _found, _key


PROVINCE_ARTICLE_CASES = [
    # the seat once (the venue), the province many times: the province's agency heads
    ("Gubernur Kalimantan Tengah melantik Sekda Provinsi Kalteng di Palangka Raya. Sekda Kalteng itu "
     "menggantikan pejabat lama. Menurut Biro Hukum Provinsi Kalteng, jabatan lain di Kalteng juga "
     "kosong. Kepala Dinas Sosial Budi Santoso yang telah pensiun, saat ini diisi pelaksana tugas.",
     [("Budi Santoso", "perangkat_daerah", "62")]),
    # …the seat twice, in a photo caption and a dateline; several agency heads, one per sentence
    ("PALANGKA RAYA - Gubernur Kalteng menyiapkan pejabat untuk Provinsi Kalimantan Tengah. Pelantikan di "
     "Palangka Raya digelar pekan depan. Pemprov Kalteng sudah mengusulkan nama ke Kalteng dan "
     "Jakarta. Kalteng kini kekurangan pejabat eselon dua di Kalimantan Tengah. "
     "Kepala Dinas Kesehatan, Rudi Hartono, akan pensiun. Kepala Dinas Perhubungan, Hasan Basri, juga pensiun.",
     [("Rudi Hartono", "perangkat_daerah", "62"), ("Hasan Basri", "perangkat_daerah", "62")]),
    # …a secretary's office too
    ("Gubernur Jambi melantik pejabat Provinsi Jambi di Kota Jambi. Pemprov Jambi menyebut Jambi butuh "
     "pejabat baru. Di Provinsi Jambi ada enam jabatan kosong. Sekretaris Daerah, Yusuf Halim, memimpin "
     "pelantikan itu.",
     [("Yusuf Halim", "sekda", "15")]),
    ("Gubernur Bali mengusulkan nama penjabat bupati ke Mendagri dari Denpasar. Pemprov Bali menyebut Bali "
     "punya banyak calon. Sekda Bali menambahkan, Bali siap. Kadis Perikanan Made Suarta termasuk yang "
     "diusulkan.",
     [("Made Suarta", "perangkat_daerah", "51")]),
]

PROVINCE_ARTICLE_NEGATIVES = [
    # an article about the seat's own government: its agency heads are the kota's
    ("Pemerintah Kota Palangka Raya menggelar rapat di Palangka Raya. Wali Kota Palangka Raya membuka "
     "acara itu di Kalteng. Kepala Dinas Sosial, Budi Santoso, hadir.",
     [("Budi Santoso", "perangkat_daerah", "62.71")]),
    # the main region no seat: its government's, however often the province is named
    ("Pemkab Kapuas menggelar rapat di Kapuas, Kalimantan Tengah. Kalteng dan Provinsi Kalteng disebut "
     "berkali-kali: Kalteng, Kalimantan Tengah. Kepala Dinas Sosial, Budi Santoso, hadir.",
     [("Budi Santoso", "perangkat_daerah", "62.03")]),
]


@pytest.mark.parametrize("text,expected", PROVINCE_ARTICLE_CASES + PROVINCE_ARTICLE_NEGATIVES,
                         ids=[c[0][:40] for c in PROVINCE_ARTICLE_CASES + PROVINCE_ARTICLE_NEGATIVES])
def test_province_article_places(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}
