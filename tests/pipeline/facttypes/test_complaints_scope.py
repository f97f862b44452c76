"""warta_complaints: what a report's frame scopes over and where it stops (phase 5): the year of a list of
governments carried to the list's continuation, counts of reports still pending, reports said to come from
the places listed (where reporters are), totals broken down into reports and fast responses, and the
institution's name misspelt. Sentences written for these tests (invented places' figures)."""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_complaints import facts
from tests.pipeline.facttypes.test_compliance import R

# --- a list of governments reported on, its year told once at its head ------------------------------------------

BITUNG, MINAHASA, MINUT = R("kota", "Bitung"), R("kabupaten", "Minahasa"), R("kabupaten", "Minahasa Utara")
TOMOHON, SANGIHE = R("kota", "Tomohon"), R("kabupaten", "Kepulauan Sangihe")
HEAD = ("Berdasarkan instansi terlapor pada Januari--Juni 2024, Kota Bitung paling banyak dilaporkan ke Ombudsman RI "
        "Perwakilan Sulawesi Utara, yakni 21 laporan.")


@pytest.mark.parametrize("rest, want", [
    # "Disusul" with counts in words, then "Selanjutnya" and "Sedangkan" with "masing-masing"
    ("Disusul Kabupaten Minahasa sebanyak sembilan laporan, Minahasa Utara enam laporan.\n"
     "Sedangkan Kota Tomohon dan Kabupaten Kepulauan Sangihe masing-masing dua laporan.",
     {(MINAHASA, 9), (MINUT, 6), (TOMOHON, 2), (SANGIHE, 2)}),
    # one item a paragraph, "Berikutnya" and "Kemudian"
    ("\nBerikutnya Kabupaten Minahasa dengan 9 laporan.\n\nKemudian Kabupaten Minahasa Utara 6 laporan.",
     {(MINAHASA, 9), (MINUT, 6)}),
    # the continuation as a plain sentence of the next government
    ("Kabupaten Minahasa menyusul dengan 9 laporan.", {(MINAHASA, 9)}),
])
def test_the_year_of_a_list_head_holds_for_its_continuation(rest, want):
    got = facts(f"{HEAD}\n{rest}", None)
    assert ("71", BITUNG, 21, 2024) in got
    assert {(region, n) for _, region, n, year in got if year == 2024 and region != BITUNG} == want, got


def test_a_continued_item_keeps_a_year_of_its_own():
    got = facts(f"{HEAD}\nDisusul Kabupaten Minahasa sebanyak 9 laporan pada 2023.", None)
    assert ("71", MINAHASA, 9, 2023) in got


def test_the_year_of_a_list_does_not_reach_past_an_unrelated_sentence():
    text = (f"{HEAD}\nKepala perwakilan menyampaikan hal itu dalam jumpa pers di kantornya.\n"
            "Pemerintah Kabupaten Minahasa tercatat dilaporkan sebanyak 9 laporan.")
    got = facts(text, None)
    assert ("71", BITUNG, 21, 2024) in got and ("71", MINAHASA, 9, 2024) not in got


# --- reports still pending ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("pending", [
    "Hingga memasuki 2024 masih ada 17 laporan yang dalam proses penanganan.",
    "Sampai awal 2024 tercatat 17 laporan masih diproses.",
    "Per Januari 2024 sebanyak 17 laporan masih ditangani tim pemeriksaan.",
    "Pada 2024 masih tersisa 17 laporan yang sedang ditangani.",
])
def test_reports_still_pending_are_no_count_nor_the_period(pending):
    text = (f"Selama 2023, Ombudsman RI Perwakilan Jambi menerima 310 laporan masyarakat. {pending}\n"
            "Pemerintah Kota Jambi menjadi terlapor terbanyak dengan 40 laporan.")
    assert facts(text, None) == {("15", None, 310, 2023), ("15", R("kota", "Jambi"), 40, 2023)}


# --- where the reports come from: that region's reports (docs/contract.md, December 2026) -----------------------------

TOTAL = "Ombudsman RI Perwakilan Sulawesi Tenggara menerima 240 laporan sepanjang 2024."


@pytest.mark.parametrize("origin", [
    "Laporan tersebut berasal dari berbagai daerah, antara lain Kota Kendari 120 laporan, Kabupaten Konawe 30 laporan "
    "dan Kabupaten Kolaka 12 laporan.\nKemudian Kabupaten Muna 8 laporan dan Kota Baubau 5 laporan.",
    "Aduan yang masuk datang dari Kota Kendari sebanyak 120 aduan, Kabupaten Konawe 30 aduan, dan Kabupaten Kolaka "
    "12 aduan.",
    "Pengaduan itu berasal dari sejumlah wilayah: Kota Kendari (120), Kabupaten Konawe (30) dan Kabupaten Kolaka (12).",
    "Laporan masyarakat yang diterima bersumber dari Kota Kendari 120 laporan dan Kabupaten Konawe 30 laporan.",
])
def test_reports_said_to_come_from_places_are_those_regions_reports(origin):
    got = facts(f"{TOTAL} {origin}", None)
    assert {("74", None, 240, 2024), ("74", R("kota", "Kendari"), 120, 2024),
            ("74", R("kabupaten", "Konawe"), 30, 2024)} <= got


@pytest.mark.parametrize("reported", [
    "Instansi yang dilaporkan berasal dari Kota Kendari sebanyak 64 laporan.",
    "Laporan terhadap instansi terlapor yang berasal dari Kota Kendari mencapai 64 laporan.",
    "Pemerintah daerah yang paling banyak diadukan berasal dari Kota Kendari dengan 64 laporan.",
    # the government or its agencies named after the origin verb: the side reported on
    "Laporan terbanyak berasal dari Pemkot Kendari dengan 64 laporan.",
    "Laporan terbanyak berasal dari Pemerintah Kota Kendari dengan 64 laporan.",
    "Laporan tersebut berasal dari instansi di Kota Kendari sebanyak 64 laporan.",
])
def test_the_side_reported_on_said_to_come_from_a_place_is_that_government(reported):
    assert ("74", R("kota", "Kendari"), 64, 2024) in facts(f"{TOTAL} {reported}", None)


# --- a total broken down into reports and fast responses --------------------------------------------------------

@pytest.mark.parametrize("breakdown", [
    "Adapun 150 itu terdiri dari 120 Laporan Masyarakat, 25 Reaksi Cepat Ombudsman dan 5 IAPS.",
    "Jumlah tersebut terdiri atas 120 laporan masyarakat dan 30 reaksi cepat Ombudsman.",
    "Rinciannya, 120 laporan masyarakat, 22 reaksi cepat dan 8 konsultasi.",
])
def test_a_total_with_fast_responses_gives_only_its_reports(breakdown):
    text = f"Ombudsman RI Perwakilan Papua menerima 150 laporan sepanjang 2024. {breakdown}"
    assert facts(text, None) == {("91", None, 120, 2024)}


def test_a_total_without_a_breakdown_stays():
    text = "Ombudsman RI Perwakilan Papua menerima 150 laporan sepanjang 2024, 25 di antaranya sudah selesai."
    assert facts(text, None) == {("91", None, 150, 2024)}


# --- the institution's name misspelt --------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Ombusman RI Provinsi Kalimantan Utara", "Ombudsmen RI Perwakilan Kaltara",
                                  "Ombudman Kalimantan Utara"])
def test_a_misspelt_office_still_receives_reports(name):
    assert facts(f"Selama 2023, {name} telah menerima sebanyak 75 laporan masyarakat.", None) == {("65", None, 75, 2023)}


def test_no_ombudsman_no_count():
    assert facts("Selama 2023, Pemkab Bulungan menerima sebanyak 75 laporan masyarakat.", None) == set()


# --- reports closed, told with a verb; the whole they are told of ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ombudsman RI Perwakilan Jambi telah menuntaskan 88 laporan sepanjang 2024.",
    "Sebanyak 88 laporan dituntaskan Ombudsman RI Perwakilan Jambi sepanjang 2024.",
    "Sepanjang 2024 Ombudsman RI Perwakilan Jambi merampungkan 88 laporan masyarakat.",
])
def test_reports_closed_are_no_count(text):
    assert facts(text, None) == set()


@pytest.mark.parametrize("whole", ["dari total sebanyak 466 pengaduan", "dari jumlah total 466 pengaduan",
                                   "dari total 466 pengaduan"])
def test_the_whole_the_closed_reports_are_told_of_is_the_total(whole):
    text = ("Kepala Ombudsman RI Perwakilan Jambi mengatakan pihaknya telah menuntaskan 419 pengaduan masyarakat.\n"
            f"Laporan yang sudah diselesaikan tersebut {whole} sepanjang 2024, sedangkan 47 laporan lainnya masih "
            "dalam proses.")
    assert facts(text, None) == {("15", None, 466, 2024)}


# --- a period of twelve months over the turn of a year ----------------------------------------------------------------

@pytest.mark.parametrize("text, year", [
    ("Ombudsman RI Perwakilan Jambi menerima 466 pengaduan dari Oktober 2016 hingga September 2017.", 2017),
    ("Periode Juli 2023 - Juni 2024, Ombudsman RI Perwakilan Jambi menerima 466 laporan.", 2024),
    ("Ombudsman RI Perwakilan Jambi menerima 466 laporan periode Oktober 2022 s.d. September 2023.", 2023),
    ("Ombudsman RI Perwakilan Jambi menerima 466 laporan sejak April 2021 sampai dengan Maret 2022.", 2022),
    # more than twelve months: several years, no year
    ("Ombudsman RI Perwakilan Jambi menerima 466 laporan dari Januari 2023 hingga Februari 2024.", None),
    ("Ombudsman RI Perwakilan Jambi menerima 466 laporan dari Maret 2022 hingga Maret 2023.", None),
    ("Ombudsman RI Perwakilan Jambi menerima 466 laporan dari Oktober 2021 hingga September 2023.", None),
])
def test_a_period_of_at_most_a_year_over_new_year_takes_the_year_it_ends_in(text, year):
    assert facts(text, None) == {("15", None, 466, year)}


# --- a total told with its period and a verb of amount, after the office was named ----------------------------------

OFFICE_FIRST = "Kepala Ombudsman RI Perwakilan Bali mengatakan pelayanan publik masih dikeluhkan warga.\n"


@pytest.mark.parametrize("total, want", [
    ("Sepanjang 2024, laporan masyarakat berjumlah 312 laporan.", 312),
    ("Selama 2024 laporan masyarakat mencapai 312 laporan.", 312),
    ("Total laporan masyarakat sepanjang 2024 sebanyak 312 laporan.", 312),
    ("Sepanjang Januari--Maret 2024, laporan masyarakat berdasarkan instansi terlapor berjumlah 58 aduan terkait "
     "instansi penyelenggara pelayanan publik.", 58),
])
def test_a_periods_reports_told_with_their_amount_are_the_total(total, want):
    assert facts(OFFICE_FIRST + total, None) == {("51", None, want, 2024)}


@pytest.mark.parametrize("part", [
    "Selama 2024, laporan terkait pertanahan mencapai 50 laporan.",
    "Selama 2024, laporan yang ditindaklanjuti mencapai 200 laporan.",
    "Selama 2024, pengaduan melalui WhatsApp berjumlah 90 laporan.",
    "Pada 2024, pelayanan publik dinilai membaik dan laporan masyarakat berjumlah 90 laporan.",
])
def test_a_part_or_a_count_without_its_period_is_no_total(part):
    assert facts(OFFICE_FIRST + part, None) == set()
