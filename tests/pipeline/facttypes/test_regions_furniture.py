"""warta_regions: names in portal furniture over several lines (blocks of other articles' links, site menus)
are not the article's places; the article's own places around them are. Texts written for these tests."""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_regions import check

BODY = "Pemerintah Kabupaten Sigi meresmikan mal pelayanan publik pada Senin pagi di kantor bupati."
SIGI = "72.10"


@pytest.mark.parametrize("furniture, provinces", [
    ("Baca Juga\nBupati Poso Tinjau Jalan Rusak\nWali Kota Palu Buka Festival\nPemkab Donggala Terima Penghargaan",
     set()),
    ("Berita Terkini:\n- Gubernur NTB Nilai Satgas Belum Perlu\n- Harga Cabai di Kota Bima Naik\n- Bupati Sumbawa Dilantik",
     set()),
    ("Check Also\n\nKPU Bolmong Gelar Debat Ketiga\n\nPORTALA BOLMONG – KPU Kabupaten Bolaang Mongondow sukses "
     "menggelar debat …", set()),
    ("Recent Posts\n\nTim Mamuju Juara Piala Bupati\n\nPOLMAN, PORTALA - Tim asal Kabupaten Polewali Mandar kalah…\n\n"
     "4 jam lalu", set()),
])
def test_names_in_a_link_block_are_not_the_articles(nlp, furniture, provinces):
    text = f"{BODY}\n{furniture}\nKepala Dinas Penanaman Modal Kabupaten Sigi menyebut layanan dibuka setiap hari."
    check(nlp, text, {SIGI}, provinces)


def test_names_in_a_site_menu_before_the_article_are_not_the_articles(nlp):
    text = ("Close Menu\nPortal Berita Kita\n  • Beranda\n  • Lintas Daerah\n    • Kota Palu\n    • Kabupaten Poso\n"
            "    • Banggai Kepulauan\n  • Redaksi\nSigi Resmikan MPP\n" + BODY)
    check(nlp, text, {SIGI}, set())


def test_names_in_a_menu_bar_and_a_ticker_are_not_the_articles(nlp):
    # (final6: a portal's menu of its regions and a ticker over the headline)
    text = ("portalsulteng.com\nBREAKING NEWS :\nPoso Jadi Pelopor Layanan Digital di Sulteng\nDaerah\n"
            "Palu | Donggala | Poso | Parimo | Sigi | Tolitoli\n\nSigi Resmikan MPP\n" + BODY)
    check(nlp, text, {SIGI}, set())


def test_names_in_a_run_of_other_articles_headlines_are_not_the_articles(nlp):
    # (final7: a ticker's headlines as bullet lines over the article; related headlines between paragraphs)
    text = ("- Wali Kota Palu Resmikan Taman Bacaan 24 Jam\n- Harga Beras di Poso Mulai Turun Jelang Panen\n"
            "- Gubernur Sulteng Buka Pameran Kopi Donggala\nSigi Resmikan MPP\n" + BODY + "\n"
            "Tim Voli Banggai Juara Turnamen Antar Kecamatan\nKenapa Harga Cabai Naik Lagi Jelang Lebaran?\n"
            "Warga Tolitoli Keluhkan Lampu Jalan Padam Berhari-hari\n"
            "Kepala Dinas Penanaman Modal Kabupaten Sigi menyebut layanan dibuka setiap hari.")
    check(nlp, text, {SIGI}, set())


@pytest.mark.parametrize("text, regions", [
    # the article's own roll call after its prose, one line a person: its places count
    (f"{BODY} Gubernur melantik para penjabat berikut.\n- Ahmad Fauzi sebagai Pj Bupati Kabupaten Poso\n"
     "- Rina Marlina sebagai Pj Bupati Kabupaten Donggala\n- Yusuf Mahmud sebagai Pj Wali Kota Palu",
     {SIGI, "72.02", "72.03", "72.71"}),
    # a table's rows with their figures, and a labelled list: the article's
    (f"{BODY}\nKota Palu | 85,20 | Zona Hijau\nKabupaten Poso | 70,15 | Zona Kuning", {SIGI, "72.71", "72.02"}),
    (f"{BODY}\nZona hijau: Kota Palu | Kabupaten Poso | Kabupaten Donggala", {SIGI, "72.71", "72.02", "72.03"}),
    # the article's own list after its prose started
    (f"{BODY} Daerah lain yang hadir:\n• Kota Palu\n• Kabupaten Poso\n• Kabupaten Donggala",
     {SIGI, "72.71", "72.02", "72.03"}),
    # a related link inline, then the article names its places
    ("BACA JUGA: Bupati Poso Tinjau Jalan\nPemerintah Kota Palu dan Pemerintah Kabupaten Sigi menandatangani kerja sama.",
     {"72.71", SIGI}),
    # after a link block, the prose resumes and its places count
    (f"{BODY}\nBaca Juga\nBupati Poso Tinjau Jalan\nDalam acara itu hadir pula Wali Kota Palu dan Bupati Donggala.",
     {SIGI, "72.71", "72.03"}),
])
def test_places_of_the_article_around_furniture_stay(nlp, text, regions):
    check(nlp, text, regions, set())


@pytest.mark.parametrize("text, regions, provinces", [
    # a bare name ending a company's name is no place
    ("Layanan di mal itu juga diisi PT Bank Syariah NTB dan sejumlah instansi vertikal.", set(), set()),
    ("Gedungnya dipinjamkan oleh Bank Riau Kepri sejak tahun lalu.", set(), set()),
    ("Karyawan PT Semen Padang ikut membantu warga.", set(), set()),
    # a cue before the name makes it a place again; a place after the company's name stays
    ("Kepala Bank Indonesia Perwakilan Provinsi Jambi hadir dalam peluncuran itu.", set(), {"15"}),
    ("Gerai Bank Syariah dibuka di Kota Mataram dan di Lombok Timur.", {"52.71", "52.03"}, set()),
])
def test_a_name_in_a_companys_name_is_no_place(nlp, text, regions, provinces):
    check(nlp, text, regions, provinces)
