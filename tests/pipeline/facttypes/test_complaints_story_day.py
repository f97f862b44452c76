"""warta_complaints, round 8 (issue 12, read on final6): years and scopes of counts in stories without a
publication date and in rankings told over several sentences.

- a story without a publication date is dated by the day it reports ("Kamis (28/12/2017)"): "tahun ini"
  and a period of months with no year ("dari Juli sampai September") are that year;
- a year the count is compared with, told after it ("… meningkat 100% dari tahun 2018"), is not its year;
- a ranking of the governments reported on continued by a sentence with no count ("Di urutan kedua ada
  Kabupaten A dengan porsi 25% dari keseluruhan laporan.") keeps the report for the counts after it;
- "di antaranya terkait …" after a count tells what some of them are about: no breakdown;
- counts by kind of reporter ("perorangan", "keluarga korban") are a breakdown, also beside other contacts.

Sentences written for these tests: invented figures, real places.
"""
from __future__ import annotations

from tests.pipeline.facttypes.test_complaints import facts
from tests.pipeline.facttypes.test_compliance import R


# --- the story's day -------------------------------------------------------------------------------
def test_this_year_in_an_undated_story_is_the_year_of_its_day():
    text = ("Ombudsman RI Perwakilan Sumatera Barat menerima 412 laporan sepanjang 2021, kata kepala perwakilan, "
            "Kamis (30/12/2021).\nPada tahun 2018, Ombudsman RI Sumbar menerima 150 laporan dan terus meningkat.\n"
            "Dari 412 laporan yang masuk tahun ini, 380 bisa diproses.")
    got = facts(text, None)
    assert ("13", None, 412, 2021) in got and ("13", None, 150, 2018) in got
    assert ("13", None, 412, 2018) not in got


def test_this_year_without_any_day_is_the_period_told_before():
    text = ("Ombudsman RI Perwakilan Sulawesi Selatan sepanjang 2018 ini telah menangani berbagai kasus.\n"
            "Untuk tahun ini, Ombudsman RI Perwakilan Sulawesi Selatan telah menerima 310 aduan masyarakat.")
    assert facts(text, None) == {("73", None, 310, 2018)}


def test_months_without_a_year_are_the_story_days_year():
    text = ("Kepala Ombudsman RI Perwakilan Maluku mengatakan itu, Jumat (25/10/2024).\nDari bulan Juli sampai "
            "dengan September, Ombudsman telah menerima 61 laporan masyarakat.")
    assert facts(text, None) == {("81", None, 61, 2024)}


def test_months_with_their_year_keep_it():
    text = ("Kepala Ombudsman RI Perwakilan Maluku mengatakan itu, Jumat (25/10/2024).\nDari bulan Juli sampai "
            "September 2023, Ombudsman telah menerima 61 laporan masyarakat.")
    assert facts(text, None) == {("81", None, 61, 2023)}


# --- a compared year after the count ----------------------------------------------------------------
def test_a_compared_year_after_the_count_is_not_its_year():
    text = ("Sebanyak 500 laporan masyarakat masuk ke Ombudsman Jawa Tengah sepanjang tahun 2021.\n"
            "Kota Salatiga hanya 16 laporan walaupun jumlahnya meningkat 100% dari tahun 2020.")
    assert facts(text) == {("33", None, 500, 2021), ("33", R("kota", "Salatiga"), 16, 2021)}


def test_a_year_right_after_the_count_stays_its_year():
    text = "Ombudsman Jawa Tengah menerima 150 laporan pada 2023, naik dari 120 laporan pada 2022."
    assert facts(text) == {("33", None, 150, 2023), ("33", None, 120, 2022)}


# --- a ranking told over several sentences ------------------------------------------------------------
def test_a_ranking_continued_without_a_count_keeps_the_report():
    text = ("Sebanyak 500 laporan masyarakat masuk ke Ombudsman Jawa Tengah sepanjang tahun 2021.\n"
            "Laporan terkait pertanahan sebanyak 100 laporan, kepolisian 90 laporan.\n"
            "Dari sisi wilayah, Provinsi Jawa Tengah memiliki laporan terbanyak dengan 120 laporan.\n"
            "Persentasenya menurun namun jumlahnya bertambah.\n"
            "Di urutan kedua ada Kabupaten Demak dengan porsi 25% dari keseluruhan laporan.\n"
            "Kota Surakarta berada di urutan ketiga dengan 54 laporan.\n"
            "Kota Salatiga hanya 16 laporan walaupun jumlahnya meningkat 100% dari tahun 2020.")
    got = facts(text)
    assert ("33", R("kota", "Surakarta"), 54, 2021) in got and ("33", R("kota", "Salatiga"), 16, 2021) in got


def test_a_sentence_about_reports_without_a_ranking_does_not_continue_them():
    text = ("Sebanyak 500 laporan masyarakat masuk ke Ombudsman Jawa Tengah sepanjang tahun 2021.\n"
            "Gubernur meresmikan gedung baru.\nLaporan keuangan daerah dinilai baik.\nCuaca cerah sepanjang hari.\n"
            "Kota Surakarta tercatat dengan 54 laporan.")
    assert ("33", R("kota", "Surakarta"), 54, 2021) not in facts(text)


# --- what some of the reports are about -------------------------------------------------------------
def test_among_them_about_a_subject_is_no_breakdown():
    text = ("Sebanyak 500 laporan masyarakat masuk ke Ombudsman Jakarta Raya sepanjang tahun 2021.\n"
            "Kota Depok dan Kabupaten Bekasi sama-sama terdapat 31 laporan di antaranya terkait substansi agraria.")
    got = facts(text)
    assert ("31", R("kota", "Depok"), 31, 2021) in got and ("31", R("kabupaten", "Bekasi"), 31, 2021) in got


def test_a_subject_right_after_the_count_stays_a_breakdown():
    text = ("Sebanyak 500 laporan masyarakat masuk ke Ombudsman Jawa Tengah sepanjang tahun 2021.\n"
            "Sebanyak 31 laporan terkait substansi agraria dan 20 laporan terkait kepolisian.")
    assert facts(text) == {("33", None, 500, 2021)}


# --- kinds of reporter -----------------------------------------------------------------------------------
def test_counts_by_kind_of_reporter_beside_other_contacts_are_a_breakdown():
    text = ("Ombudsman RI Perwakilan Sumatera Barat menerima 300 laporan sepanjang 2021.\n"
            "Dari segi pelapor terdiri atas empat klasifikasi, yaitu perorangan sebanyak 150 laporan, inisiatif "
            "investigasi 90 laporan, keluarga korban 40 laporan, kelompok masyarakat 20 laporan.")
    assert not {f for f in facts(text) if f[2] in (150, 40, 20)}


def test_reports_beside_other_contacts_stay_the_reports_figure():
    text = ("Sepanjang 2021, Ombudsman RI Perwakilan Sumatera Barat menerima 400 akses, terdiri atas 300 laporan "
            "masyarakat, 80 konsultasi dan 20 tembusan.")
    assert ("13", None, 300, 2021) in facts(text)
