"""The officials component on hand-written sentences in the press's shapes, across provinces.

Each case: text, then the expected officials as (name, category, place) where place is the region
code, else the province code, else None. Sentences are written for these tests (not dev articles).
"""
from __future__ import annotations

import pytest

from pipeline.facts import tag_text

CASES = [
    # title, comma, name
    ("Bupati Sleman, Kustini Sri Purnomo, meresmikan gedung MPP di Beran.",
     [("Kustini Sri Purnomo", "kepala_daerah", "34.04")]),
    ("Wali Kota Samarinda, Dr. H. Andi Harun, S.T., M.Si., membuka rapat koordinasi.",
     [("Andi Harun", "kepala_daerah", "64.72")]),
    ("Gubernur Jawa Timur, Khofifah Indar Parawansa, menyerahkan piagam kepada daerah.",
     [("Khofifah Indar Parawansa", "kepala_daerah", "35")]),
    # title, name without comma
    ("Pertemuan itu dipimpin Wakil Bupati Banyuwangi Sugirah di pendopo.",
     [("Sugirah", "wakil_kepala_daerah", "35.10")]),
    ("Kunjungan itu disambut langsung Bupati Gowa Adnan Purichta Ichsan dan jajaran.",
     [("Adnan Purichta Ichsan", "kepala_daerah", "73.06")]),
    # name first, office after
    ("Bima Arya, Wali Kota Bogor, mengatakan pelayanan harus terus dibenahi.",
     [("Bima Arya", "kepala_daerah", "32.71")]),
    ("Yeni Marlina selaku Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Agam menjelaskan prosedurnya.",
     [("Yeni Marlina", "perangkat_daerah", "13.06")]),
    ("Hal itu disampaikan Dwi Hartono, Kepala Bappeda Kota Palembang, kepada wartawan.",
     [("Dwi Hartono", "perangkat_daerah", "16.71")]),
    # degrees and honorifics, mangled ones too
    ("Sekretaris Daerah Kabupaten Bantul, Ir. Agus Budi Raharja, M.Si, membuka acara.",
     [("Agus Budi Raharja", "sekda", "34.02")]),
    ("Sekda Kabupaten Lombok Timur, Hj. Rahmawati Putri, S. Sos, M. Si, hadir dalam rapat itu.",
     [("Rahmawati Putri", "sekda", "52.03")]),
    ("Kepala Dinas Kesehatan Kabupaten Sumbawa, dr. Junaidi Rahman, Sp.PD, meninjau puskesmas.",
     [("Junaidi Rahman", "perangkat_daerah", "52.04")]),
    # organisation names with capitalised words
    ("Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Kabupaten Jember, Bambang Saputro, menyebut layanan perizinan naik.",
     [("Bambang Saputro", "perangkat_daerah", "35.09")]),
    ("Ketua Komisi A DPRD Kota Medan, Rudiyanto Simangunsong, meminta pemkot berbenah.",
     [("Rudiyanto Simangunsong", "legislatif", "12.71")]),
    ("Peluncuran itu dihadiri Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PANRB) Budi Santoso.",
     [("Budi Santoso", "pusat", None)]),
    # Ombudsman offices
    ("Kepala Perwakilan Ombudsman RI Sulawesi Selatan, Ismu Iskandar, menyerahkan hasil penilaian.",
     [("Ismu Iskandar", "ombudsman", "73")]),
    ("Kepala Ombudsman Perwakilan Jatim, Agus Muttaqin, meminta pemda berbenah.",
     [("Agus Muttaqin", "ombudsman", "35")]),
    ("Anggota Ombudsman RI, Robert Na Endi Jaweng, mengingatkan pentingnya standar layanan.",
     [("Robert Na Endi Jaweng", "ombudsman", None)]),
    # acting heads, sub-district and village
    ("Pj Bupati Aceh Besar, Muhammad Iswanto, meminta camat aktif melayani warga.",
     [("Muhammad Iswanto", "kepala_daerah", "11.06")]),
    ("Plt Kepala Diskominfo Kabupaten Ketapang Yanto Suhendra menjelaskan aplikasi layanan itu.",
     [("Yanto Suhendra", "perangkat_daerah", "61.04")]),
    ("Camat Kubung, Wendra Putra, ikut mendampingi rombongan di Kabupaten Solok.",
     [("Wendra Putra", "camat_desa", "13.02")]),
    # national
    ("Gedung itu diresmikan Wakil Presiden Gibran Rakabuming Raka pada Senin (3/3/2025).",
     [("Gibran Rakabuming Raka", "pusat", None)]),
    # name with initials, apostrophes
    ("Bupati Pesisir Selatan, Rusma Yul Anwar, menerima kunjungan itu bersama Wakil Bupati Rudi Hariyansyah.",
     [("Rusma Yul Anwar", "kepala_daerah", "13.01"), ("Rudi Hariyansyah", "wakil_kepala_daerah", "13.01")]),
    ("Wakil Wali Kota Kupang, Hermanus Man, membuka forum konsultasi publik.",
     [("Hermanus Man", "wakil_kepala_daerah", "53.71")]),
    ("Penghargaan itu diterima Gubernur Bali I Wayan Koster di Denpasar.",
     [("I Wayan Koster", "kepala_daerah", "51")]),
    ("Direktur RSUD dr. Soedarso, dr. Hary Agung Tjahyadi, menjelaskan antrean pasien di Kota Pontianak.",
     [("Hary Agung Tjahyadi", "perangkat_daerah", "61.71")]),
    ("Menteri Dalam Negeri Tito Karnavian meminta kepala daerah serius.",
     [("Tito Karnavian", "pusat", None)]),
    ("Deputi Bidang Pelayanan Publik Kementerian PANRB, Diah Natalisa, hadir secara daring.",
     [("Diah Natalisa", "pusat", None)]),
    ("Asisten Ombudsman RI Perwakilan Aceh, Ilyas Isti, memaparkan temuan.",
     [("Ilyas Isti", "ombudsman", "11")]),
    ("Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) Kabupaten Sumenep, Arief Rusdi, memaparkan data.",
     [("Arief Rusdi", "perangkat_daerah", "35.29")]),
    ('"Kami siap," kata Kepala DPMPTSP Kota Pontianak, Junaidi, Selasa (5/3/2024).',
     [("Junaidi", "perangkat_daerah", "61.71")]),
    ("Wakil Ketua DPRD Kota Tegal Wasmad Edi Susilo mengkritik lambatnya layanan.",
     [("Wasmad Edi Susilo", "legislatif", "33.76")]),
    ("Kabag Hukum Setda Kabupaten Tanah Datar, Yusrizal, S.H., M.H., menyampaikan materi.",
     [("Yusrizal", "perangkat_daerah", "13.04")]),
    ("Foto: Bupati Gowa Adnan Purichta Ichsan (tengah) meninjau MPP. (Humas)",
     [("Adnan Purichta Ichsan", "kepala_daerah", "73.06")]),
    ("Menurut Kapolres Malang AKBP Putu Kholis Aryana, situasi aman.",
     [("Putu Kholis Aryana", "lainnya", None)]),
    # an office without a place takes the article's government; the same person is one official
    ("Pemerintah Kabupaten Tanah Laut terus membenahi layanan. Kabupaten Tanah Laut kini punya MPP.\n"
     "Sekda Dahnial Kifli mengatakan layanan sudah terpadu. Bupati Sukamta menargetkan zona hijau.\n"
     "Dahnial menambahkan, antrean kini lebih singkat. Bupati Tanah Laut, H. Sukamta, meninjau lokasi.",
     [("Dahnial Kifli", "sekda", "63.01"), ("Sukamta", "kepala_daerah", "63.01")]),
    ("Kepala Ombudsman, Abdul Salam Pasaribu, menerima rombongan Pemkab Toba. Ombudsman Perwakilan "
     "Sumatera Utara menilai layanan Toba membaik. Wali Kota Medan Bobby Nasution juga hadir.\n"
     "Abdul Salam menyebut Sumatera Utara harus naik ke zona hijau.",
     [("Abdul Salam Pasaribu", "ombudsman", "12"), ("Bobby Nasution", "kepala_daerah", "12.71")]),
]

NEGATIVES = [
    "Bupati dan Wakil Bupati Banyumas berhalangan hadir dalam acara tersebut.",
    "Reporter : Muharista Delda\nEditor : Rahmat Hidayat",
    "Foto: Warga antre di Mal Pelayanan Publik Kota Padang. (Hendrik)",
    "Rapat digelar di Kantor Bupati Lebak, Senin (4/3/2024).",
    "Warga bernama Siti Aminah mengaku puas dengan pelayanan di kantor camat.",
    "Ketua panitia, Rudi Hartono, melaporkan jumlah peserta yang hadir.",
    "BACA JUGA: Bupati Garut Resmikan Jembatan Gantung di Desa Sukamaju",
    "Instruksi Bapak Bupati jelas, kata salah seorang staf.",
    "Kepala sekolah, Budi Hartawan, menjelaskan jadwal ujian.",
    "Bupati Solok dalam sambutannya menyebut MPP penting bagi warga.",
    "Wagub Resmikan MPP Kotim, Disebut Layak Jadi Model di Kalteng",
    "Penulis: Andi Saputra | Fotografer: Rina Wulandari",
    "Kegiatan ini berlangsung di Rumah Dinas Bupati Kampar, Kamis (12/5/2022).",
    "Peraturan Bupati Nomor 12 Tahun 2023 mengatur standar pelayanan.",
    "Hadir dalam kesempatan itu Inspektur, Kepala Bagian Hukum, Kepala Bappeda, dan Kepala Disdukcapil.",
]


def _keys(officials):
    return {(o.name, o.category, o.region_code or o.province_code) for o in officials}


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_officials_found(text, expected):
    facts = tag_text(text)
    assert _keys(facts.officials) == set(expected)


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:40] for t in NEGATIVES])
def test_not_officials(text):
    assert tag_text(text).officials == []
