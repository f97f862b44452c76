"""Officials in further forms of real regional news (issue 12, phase 3: error classes read on the three
development sets). Every sentence is written for this test: invented names and events, real places.
Each case: text, then the expected officials as (name, category, place), place the region code, else
the province code, else None. Names compare as the scorer compares them.
"""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_officials_names import _found, _key


CASES = [
    # --- name forms -----------------------------------------------------------------------------
    # an initial glued to the given name, a space before the comma
    ("Kepala Perwakilan Ombudsman Sulteng , M.Rizal Tandi Lolo menyampaikan hasil penilaian, Selasa.",
     [("M.Rizal Tandi Lolo", "ombudsman", "72")]),
    ("Hadir pula Kepala Dinas Kesehatan Kabupaten Donggala A.Rahman Latif.",
     [("A.Rahman Latif", "perangkat_daerah", "72.03")]),
    # "Dg." (Daeng) inside a Bugis-Makassar name, cut by the sentencizer at its full stop
    ("Acara dibuka Wakil Gubernur Sulawesi Selatan Andi Baso Dg. Mangulle, di Makassar, Senin.",
     [("Andi Baso Dg. Mangulle", "wakil_kepala_daerah", "73")]),
    # --- between the role and the name ------------------------------------------------------------
    # a qualifying word before the comma: elected, new, definitive
    ("Dalam rapat itu Kepala Perwakilan Ombudsman Sultra terpilih, Hasrul Umar, memaparkan rencana kerjanya.",
     [("Hasrul Umar", "ombudsman", "74")]),
    ("Wali Kota Kendari definitif, Sulkarnain Latif, menerima penghargaan itu.",
     [("Sulkarnain Latif", "kepala_daerah", "74.71")]),
    # the term of office
    ("Bupati Sanggau periode 2019-2024 Paulus Hadi menyerahkan jabatan kepada penjabat.",
     [("Paulus Hadi", "kepala_daerah", "61.03")]),
    # the holder told after "yang dijabat oleh", the term before it
    ("Jabatan Bupati Sekadau periode 2019-2024 yang dijabat oleh Aron Sujud, berakhir bulan depan.",
     [("Aron Sujud", "kepala_daerah", "61.09")]),
    # --- titles -------------------------------------------------------------------------------------
    # national agencies' heads, with the agency's long name and its acronym
    ("Gedung itu diresmikan Kepala Badan Koordinasi Penanaman Modal (BKPM) Sutan Harahap didampingi jajaran.",
     [("Sutan Harahap", "pusat", None)]),
    ("Hadir Kepala BKN Rudi Wibowo, Ketua KASN Linda Marpaung, dan para kepala daerah.",
     [("Rudi Wibowo", "pusat", None), ("Linda Marpaung", "pusat", None)]),
    # a high prosecutor's office of a province
    ("Turut hadir Kepala Kejaksaan Tinggi Negeri Provinsi Jambi Hendro Saputra dan jajaran.",
     [("Hendro Saputra", "lainnya", "15")]),
    # a deputy mayor written "Wakil Wali" without "Kota"
    ("Peluncuran dihadiri Wali Kota Bontang Rahmat Hidayat dan Wakil Wali Bontang Sitti Aminah.",
     [("Rahmat Hidayat", "kepala_daerah", "64.74"), ("Sitti Aminah", "wakil_kepala_daerah", "64.74")]),
    # a term extended: "kembali diperpanjang masa jabatannya sebagai"
    ("Gubernur menyebut Rudy Tandiarru kembali diperpanjang masa jabatannya sebagai PJ Bupati Mamasa hingga 2025.",
     [("Rudy Tandiarru", "kepala_daerah", "76.03")]),
    # the office's name as its head's title in a caption
    ("Perwakilan Ombudsman RI Papua Barat Markus Rumbiak (kiri) berbincang dengan Pj Gubernur Papua Barat Daya Yusuf Kambu.",
     [("Yusuf Kambu", "kepala_daerah", "96"), ("Markus Rumbiak", "ombudsman", "92")]),
    # "sekretaris" misspelt
    ("Yusran Hadi yang dilantik sebagai Sekretarias Dinas Pariwisata Kabupaten Lahat berjanji bekerja cepat.",
     [("Yusran Hadi", "perangkat_daerah", "16.04")]),
    ("Hadir pula Sekertaris Daerah Kabupaten Lahat Chandra Wijaya.", [("Chandra Wijaya", "sekda", "16.04")]),
    # a caption line: the title, a comma, the name with dotted initials, a full stop
    ("Kepala Perwakilan Ombudsman RI Provinsi Papua Barat, Petrus A.B. Wanggai.\n\nManokwari - Ombudsman menilai.",
     [("Petrus A.B. Wanggai", "ombudsman", "92")]),
    # a text that ends in a full name is read to its end
    ("Sambutan pada acara itu disampaikan oleh Wali Kota Ternate Tauhid Soleman", [("Tauhid Soleman", "kepala_daerah", "82.71")]),
]

NEGATIVES = [
    # a qualifying word with no comma after a role without its place names no holder
    "Kabupaten itu lama tidak memiliki bupati definitif setelah bupati terpilih Drs H Rahmat Saleh meninggal dunia.",
    # a Title Case headline of two sentences, or with an abbreviation's full stop
    "Ombudsman Beri Nilai A Pemkab Bolmong. Bupati: Syukur Kita Naik Kelas.\n\nBolmong - Ombudsman menilai.",
    "Gubernur Lantik Lima Pj. Bupati Baru di Sulbar\n\nMamuju - Pelantikan berlangsung di Mamuju.",
    # a document before an acting title ("Surat Perintah Pelaksana Tugas Camat …")
    "Sekda menyerahkan Surat Perintah Pelaksana Tugas Camat Way Kenanga kepada pejabat yang ditunjuk.",
    # the fields of an agency listed in its name, the last two joined by "dan"
    "Rapat dipimpin Kepala Dinas Perindustrian, Perdagangan, Energi dan Sumber Daya Mineral Provinsi Jambi pekan lalu.",
    # the office's name alone, no person
    "Perwakilan Ombudsman RI Papua Barat menerima 140 laporan sepanjang 2023.",
    # an excerpt cut off in the middle of an agency's name
    "Pada kesempatan yang sama, Kepala Dinas Penanaman Moda",
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_forms(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:40] for t in NEGATIVES])
def test_no_officials(text):
    assert _found(text) == set()
