"""warta_complaints: reports to the Ombudsman, on sentences written for these tests (one phenomenon
each; not the sentences of the labelled sets), through the whole pipeline."""
from __future__ import annotations

from datetime import datetime

import pytest

from pipeline.facts import tag_text
from tests.pipeline.facttypes.test_compliance import R

PUBLISHED = datetime(2025, 1, 20)


def facts(text: str, published: datetime | None = PUBLISHED) -> set[tuple]:
    """(office province, region, count, year) of each complaint fact."""
    return {(c.province_code, c.region_code, c.count, c.year) for c in tag_text(text, published=published).complaints}


def test_office_total_with_its_period():
    text = "Ombudsman RI Perwakilan Jawa Tengah mencatat 536 laporan masyarakat selama tahun 2024."
    assert facts(text) == {("33", None, 536, 2024)}


def test_total_and_the_year_it_compares_with():
    text = ("Ombudsman Jateng menerima 536 laporan sepanjang 2024. Jumlah tersebut turun dibandingkan "
            "tahun 2023 yang mencapai 610 laporan.")
    assert facts(text) == {("33", None, 536, 2024), ("33", None, 610, 2023)}


def test_last_year_counts_back_from_the_period_in_a_comparison():
    text = ("Sepanjang 2024 Ombudsman RI Perwakilan Riau menangani 275 laporan. Angka itu lebih banyak "
            "dari tahun sebelumnya yang hanya 240 laporan.")
    assert facts(text, datetime(2025, 3, 1)) == {("14", None, 275, 2024), ("14", None, 240, 2023)}


def test_governments_most_reported_take_the_period_told_before():
    text = ("Ombudsman RI Perwakilan Jawa Tengah mencatat 536 laporan masyarakat sepanjang 2024. "
            "Pemerintah Kota Semarang menjadi instansi paling banyak dilaporkan dengan 58 laporan, disusul "
            "Pemerintah Kabupaten Demak dengan 31 laporan.")
    assert facts(text) == {("33", None, 536, 2024), ("33", R("kota", "Semarang"), 58, 2024),
                           ("33", R("kabupaten", "Demak"), 31, 2024)}


def test_counts_in_parentheses_after_each_government():
    text = ("Ombudsman Kalsel menerima 210 laporan pada 2024. Terbanyak menyasar Pemerintah Kota Banjarmasin "
            "(44 laporan) dan Pemerintah Kabupaten Banjar (25 laporan).")
    assert facts(text) == {("63", None, 210, 2024), ("63", R("kota", "Banjarmasin"), 44, 2024),
                           ("63", R("kabupaten", "Banjar", "Kalimantan Selatan"), 25, 2024)}


def test_respective_counts_go_to_the_listed_governments_in_order():
    text = ("Ombudsman RI Perwakilan Bengkulu menerima 150 laporan sepanjang 2024. Pemerintah Kota Bengkulu "
            "dan Pemerintah Kabupaten Seluma dilaporkan masing-masing 33 dan 12 kali.")
    assert facts(text) == {("17", None, 150, 2024), ("17", R("kota", "Bengkulu"), 33, 2024),
                           ("17", R("kabupaten", "Seluma"), 12, 2024)}


def test_numbered_list_of_governments_continues_the_report():
    text = ("Ombudsman RI Perwakilan Jawa Barat menerima 802 laporan sepanjang 2024. Instansi terlapor terbanyak:\n"
            "1. Pemerintah Kota Bandung: 74 laporan\n"
            "2. Pemerintah Kabupaten Bogor: 66 laporan\n"
            "3. Pemerintah Kota Depok: 40 laporan")
    assert facts(text) == {("32", None, 802, 2024), ("32", R("kota", "Bandung"), 74, 2024),
                           ("32", R("kabupaten", "Bogor"), 66, 2024), ("32", R("kota", "Depok"), 40, 2024)}


def test_agencies_located_in_a_region_count_for_it():
    text = ("Ombudsman NTB menerima 190 laporan pada 2024. Instansi yang berkedudukan di Kabupaten Dompu "
            "dilaporkan 14 kali.")
    assert facts(text) == {("52", None, 190, 2024), ("52", R("kabupaten", "Dompu"), 14, 2024)}


def test_reports_addressed_to_a_government_after_the_count():
    text = ("Ombudsman Sulbar menerima 88 laporan pada 2024. Dari jumlah itu, 21 laporan ditujukan kepada "
            "Pemerintah Kabupaten Mamuju.")
    assert facts(text) == {("76", None, 88, 2024), ("76", R("kabupaten", "Mamuju"), 21, 2024)}


def test_reports_part_of_all_contacts_and_not_the_total():
    text = ("Ombudsman RI Perwakilan Banten menerima 640 akses sepanjang 2024, terdiri atas 402 laporan "
            "masyarakat dan 238 konsultasi non laporan.")
    assert facts(text) == {("36", None, 402, 2024)}


def test_a_total_that_includes_consultations_is_no_fact():
    text = ("Ombudsman Banten menerima 640 aduan sepanjang 2024, termasuk 238 konsultasi dan 40 permintaan "
            "informasi.")
    assert facts(text) == set()


def test_a_total_that_excludes_consultations_is_the_reports_figure():
    text = "Ombudsman Banten menerima 402 laporan sepanjang 2024, belum termasuk 238 konsultasi."
    assert facts(text) == {("36", None, 402, 2024)}


@pytest.mark.parametrize("sentence", [
    "Berdasarkan substansi, laporan terkait pendidikan sebanyak 61 laporan, disusul agraria 44 laporan.",
    "Dugaan maladministrasi terbanyak adalah penundaan berlarut dengan 77 laporan.",
    "Laporan yang disampaikan melalui aplikasi pesan mencapai 93 laporan.",
    "Sebanyak 140 laporan telah diselesaikan hingga akhir tahun.",
    "Ombudsman juga menerima ratusan laporan terkait bantuan sosial.",
    "Ombudsman juga melakukan 9 kali reaksi cepat.",
])
def test_breakdowns_outcomes_and_vague_amounts_are_no_facts(sentence):
    text = f"Ombudsman RI Perwakilan Jawa Barat menerima 802 laporan sepanjang 2024. {sentence}"
    assert facts(text) == {("32", None, 802, 2024)}


def test_a_provincial_governments_count_is_not_scored():
    text = ("Ombudsman Jambi menerima 120 laporan pada 2024. Pemerintah Provinsi Jambi dilaporkan 15 kali, "
            "sedangkan Pemerintah Kabupaten Kerinci dilaporkan 9 kali.")
    assert facts(text) == {("15", None, 120, 2024), ("15", R("kabupaten", "Kerinci"), 9, 2024)}


def test_where_reporters_live_is_no_government_reported_on():
    text = ("Ombudsman Jambi menerima 120 laporan pada 2024. Pelapor asal Kota Jambi mencapai 40 orang.")
    assert facts(text) == {("15", None, 120, 2024)}


def test_persons_count_only_without_a_report_count():
    text = "Sebanyak 37 warga mengadu ke Ombudsman RI Perwakilan Bengkulu selama Februari 2025."
    assert facts(text, datetime(2025, 3, 3)) == {("17", None, 37, 2025)}


def test_a_period_of_several_years_has_no_year():
    text = "Ombudsman RI Perwakilan Papua menerima 930 laporan selama periode 2020 sampai 2024."
    assert facts(text) == {("91", None, 930, None)}


def test_until_a_month_is_the_year_of_that_month():
    text = "Hingga Oktober 2025, Ombudsman Sumsel telah menerima 317 laporan masyarakat."
    assert facts(text, datetime(2025, 11, 2)) == {("16", None, 317, 2025)}


def test_ombudsman_ri_itself_has_no_province():
    text = "Ombudsman Republik Indonesia mencatat 24.960 laporan masyarakat sepanjang 2024."
    assert facts(text) == {(None, None, 24960, 2024)}


def test_counts_in_words():
    text = "Ombudsman Gorontalo menerima seratus dua puluh laporan pada 2024."
    assert facts(text) == {("75", None, 120, 2024)}


def test_reports_to_another_institution_are_no_facts():
    text = ("Polresta Padang menerima 52 laporan kehilangan selama libur panjang. Warga juga dapat mengadu "
            "ke Ombudsman RI Perwakilan Sumatera Barat.")
    assert facts(text) == set()


def test_evidence_is_the_sentence():
    text = "Ombudsman Kaltara menerima 64 laporan sepanjang 2024. Kepala Ombudsman Kaltara memberi keterangan."
    [c] = tag_text(text, published=PUBLISHED).complaints
    assert c.evidence == "Ombudsman Kaltara menerima 64 laporan sepanjang 2024."
