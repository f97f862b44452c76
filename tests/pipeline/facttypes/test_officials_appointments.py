"""Officials in the shapes that installation and appointment news takes (issue 12: error classes seen
on real regional news). Every sentence is written for this test: invented names, real places.

Each case: text, then the expected officials as (name, category, place), place the region code, else
the province code, else None. Names compare as the scorer compares them (lower case, no punctuation).
"""
from __future__ import annotations

import re

import pytest

from pipeline.facts import tag_text


def _key(name):
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", name.lower()).split())


def _found(text):
    return {(_key(o.name), o.category, o.region_code or o.province_code) for o in tag_text(text).officials}


CASES = [
    # --- the office the article appoints a person to wins over the one they held -----------------
    ("Gubernur Papua melantik lima penjabat. Sekda Kabupaten Sarmi, Yohanis Wenda, dilantik sebagai "
     "Pj Bupati Keerom.",
     [("Yohanis Wenda", "kepala_daerah", "91.11")]),
    ("Empat penjabat yang dilantik yakni Markus Dapa (Kepala Dinas Sosial NTT) menjadi Penjabat Bupati "
     "Ngada, dan Sebastianus Bata (Kepala Biro Umum Setda NTT) menjadi Penjabat Bupati Nagekeo.",
     [("Markus Dapa", "kepala_daerah", "53.09"), ("Sebastianus Bata", "kepala_daerah", "53.16")]),
    ("Pemkot Bitung kembali merotasi pejabat. Kepala Dinas Pendidikan Kota Bitung, dr. Rudy Lumenta "
     "secara resmi dilantik menjadi Penjabat Sekretaris Daerah (Sekda) Kota Bitung, Senin.",
     [("Rudy Lumenta", "sekda", "71.72")]),
    ("Mendagri menetapkan Yusak Rumbiak (Sekda Keerom) sebagai Pj Bupati Sarmi dan Frans Ayomi "
     "(Sekda Sarmi) sebagai Pj Bupati Keerom.",
     [("Yusak Rumbiak", "kepala_daerah", "91.10"), ("Frans Ayomi", "kepala_daerah", "91.11")]),
    # the appointer named after a passive verb is not the appointee
    ("Kepala BPKAD Provinsi Jambi Ahmad Subhan ditunjuk Mendagri Jenderal Pol (Purn) Budi Harsono "
     "sebagai Pj Bupati Kerinci.",
     [("Ahmad Subhan", "kepala_daerah", "15.01"), ("Budi Harsono", "pusat", None)]),
    # one person under a short and a full name (a Balinese name's last word)
    ("Tiga nama diusulkan, yakni Kepala Bappeda Sudira dan Karo Hukum Ida Bagus Ketut Arsana.\n"
     "Kepala Bappeda Provinsi Bali I Made Sudira ditunjuk menjadi Pj Bupati Tabanan.",
     [("I Made Sudira", "kepala_daerah", "51.02"), ("Ida Bagus Ketut Arsana", "perangkat_daerah", "51")]),
    # names listed with their new offices: "untuk posisi", "sebagai", no link, "menjadi"
    ("Bupati Jember melantik empat pejabat. Mereka adalah Dedi Kurnia untuk posisi Kepala Dinas "
     "Perhubungan. Selain itu ada Sri Wahyuni sebagai Kepala Dinas Sosial, Agus Salim Kepala Dinas "
     "Pertanian, serta Rina Oktavia menjadi Kepala DPMPTSP.",
     [("Dedi Kurnia", "perangkat_daerah", "35.09"), ("Sri Wahyuni", "perangkat_daerah", "35.09"),
      ("Agus Salim", "perangkat_daerah", "35.09"), ("Rina Oktavia", "perangkat_daerah", "35.09")]),
    ("Para penjabat itu ialah Penjabat Bupati Tebo yakni Aspan Hakim, dan Penjabat Bupati Kerinci "
     "Asraf Malik.",
     [("Aspan Hakim", "kepala_daerah", "15.09"), ("Asraf Malik", "kepala_daerah", "15.01")]),
    # --- a head and a deputy installed as a pair ---------------------------------------------------
    ("Gubernur melantik Bupati dan Wakil Bupati Kabupaten Pulau Morotai, Rusli Sibua-Abjan Sofyan; "
     "serta Wali Kota dan Wakil Wali Kota Ternate, Capten Tauhid Soleman-Jasri Usman.",
     [("Rusli Sibua", "kepala_daerah", "82.07"), ("Abjan Sofyan", "wakil_kepala_daerah", "82.07"),
      ("Tauhid Soleman", "kepala_daerah", "82.71"), ("Jasri Usman", "wakil_kepala_daerah", "82.71")]),
    ("Yang dilantik yakni pasangan Bupati dan Wakil Bupati Kabupaten Boalemo Rum Pagau – Lahmudin "
     "Hambali.",
     [("Rum Pagau", "kepala_daerah", "75.02"), ("Lahmudin Hambali", "wakil_kepala_daerah", "75.02")]),
    # --- a regional head named without a place: the government of the same kind named before ------
    ("Sahdan Jaya ditunjuk sebagai Penjabat Bupati Lombok Utara seiring berakhirnya masa jabatan "
     "Bupati Sukri Hamid dan Wakil Bupati Rahmat Jaya. Sementara itu masa tugas Wali Kota Bima Arif "
     "Lutfi dan Wawali Sofian Hadi juga berakhir.",
     [("Sahdan Jaya", "kepala_daerah", "52.08"), ("Sukri Hamid", "kepala_daerah", "52.08"),
      ("Rahmat Jaya", "wakil_kepala_daerah", "52.08"), ("Arif Lutfi", "kepala_daerah", "52.72"),
      ("Sofian Hadi", "wakil_kepala_daerah", "52.72")]),
    # --- acting prefixes written with a full stop ---------------------------------------------------
    ("Rombongan disambut Pj. Bupati Sintang Hendra Wijaya, Pj. Sekkab Rudi Santoso, dan jajaran.",
     [("Hendra Wijaya", "kepala_daerah", "61.05"), ("Rudi Santoso", "sekda", "61.05")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_appointments_and_pairs(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}


# --- who fills a title told after a passive verb, the name closed by the next clause's word
# (lexicon `filled_by_clause_ends`) as by a punctuation mark -------------------------------------------
FILLED_BY_CASES = [
    ("Untuk mengisi kekosongan, Plt Kepala Dinas Pekerjaan Umum Kabupaten Kebumen diemban H Dwi Hartono "
     "ST MT yang semula Kepala Bidang Jalan.",
     [("Dwi Hartono", "perangkat_daerah", "33.05")]),
    ("Plt Kepala Dinas Koperasi Kabupaten Kebumen diisi Drs H Budi Santoso MPd merangkap Kepala Kantor "
     "Perpustakaan.",
     [("Budi Santoso", "perangkat_daerah", "33.05")]),
    ("Jabatan Plh Sekda Kabupaten Kapuas dijabat oleh Rudi Hartono sejak pekan lalu.",
     [("Rudi Hartono", "sekda", "62.03")]),
    ("Pj Bupati Seruyan ditunjuk Kepala Biro Pemerintahan Setda Kalteng Yusuf Halim sebagai pengganti "
     "bupati yang cuti.",
     [("Yusuf Halim", "kepala_daerah", "62.07")]),
]

FILLED_BY_NEGATIVES = [
    # the agent of the appointment, a title with no name: nobody fills it
    "Pj Bupati Kapuas ditunjuk Mendagri sebagai pengganti bupati yang cuti.",
    "Posisi Kepala Dinas Sosial diisi pejabat eselon tiga untuk sementara waktu.",
]


@pytest.mark.parametrize("text,expected", FILLED_BY_CASES, ids=[c[0][:40] for c in FILLED_BY_CASES])
def test_filled_by_before_a_clause(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}


@pytest.mark.parametrize("text", FILLED_BY_NEGATIVES, ids=[t[:40] for t in FILLED_BY_NEGATIVES])
def test_filled_by_nobody(text):
    assert tag_text(text).officials == []


# --- the subject of an active installing verb is the appointer: "yang ditunjuk sebagai <title>"
# after it tells the object's appointment (lexicon `installing_verbs`) ---------------------------------
INSTALLER_CASES = [
    ("Gubernur Kalimantan Tengah, Budi Santoso, hari ini melantik lima pejabat Pemprov Kalteng yang "
     "ditunjuk sebagai penjabat bupati sementara di lima daerah.",
     [("Budi Santoso", "kepala_daerah", "62")]),
    ("Bupati Kapuas Rudi Hartono menunjuk tiga camat yang diangkat sebagai pelaksana tugas kepala dinas.",
     [("Rudi Hartono", "kepala_daerah", "62.03")]),
    ("Wali Kota Palangka Raya, Hasan Basri, mengukuhkan dua lurah yang ditetapkan sebagai Plt Camat Jekan Raya.",
     [("Hasan Basri", "kepala_daerah", "62.71")]),
    ("Pj Gubernur Jambi Yusuf Halim kemarin mengusulkan tiga nama yang ditunjuk sebagai Pj Bupati Kerinci.",
     [("Yusuf Halim", "kepala_daerah", "15")]),
    # …but with no installing verb the subject is the one appointed
    ("Wakil Bupati Kapuas, Rudi Hartono, hari ini dilantik sebagai Bupati Kapuas.",
     [("Rudi Hartono", "kepala_daerah", "62.03")]),
    ("Sekda Kapuas, Rudi Hartono, yang kemarin ditunjuk sebagai Pj Bupati Katingan, mulai bertugas.",
     [("Rudi Hartono", "kepala_daerah", "62.06")]),
]


@pytest.mark.parametrize("text,expected", INSTALLER_CASES, ids=[c[0][:40] for c in INSTALLER_CASES])
def test_installer_is_no_appointee(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}
