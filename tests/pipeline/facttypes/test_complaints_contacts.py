"""warta_complaints, round 9 (issue 12, read on final7; the Ombudsman's "konsultasi non laporan" also in
final5): the next item of a list of contacts labelled before its own figure ("41 laporan dan konsultasi
non-laporan sembilan konsultasi"), a composition word that only gives an item's figure ("yakni"), a whole
told before and broken down in a later unit ("Laporan yang masuk … itu terdiri dari laporan masyarakat
sebanyak N"), a period from a year to the story's day ("Sejak 2015"), the medium the office spoke through
("Melalui rilis …") and the services' wording of what every report is about ("penyelenggaraan layanan
publik"). Sentences written for these tests (invented figures and names)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_complaints import facts

TOTAL = "Ombudsman RI Perwakilan Provinsi Bengkulu menerima total 60 laporan masyarakat selama Juli sampai September 2024. "


@pytest.mark.parametrize("text, want", [
    # the consultations labelled before their figure, after "dan": the reports figure is the public's
    (TOTAL + "Laporan masyarakat terdiri atas 48 laporan dan konsultasi non-laporan 12 konsultasi.",
     {("17", None, 48, 2024)}),
    # …with "yakni" before the consultations' figure: no composition of its own
    (TOTAL + "Laporan masyarakat terdiri atas 48 laporan dan jumlah konsultasi non laporan yakni dua belas konsultasi.",
     {("17", None, 48, 2024)}),
])
def test_the_next_item_labelled_before_its_figure(text, want):
    assert facts(text) == want


@pytest.mark.parametrize("text, want", [
    # a total joined with consultations stays no report count, a year after it is no item's figure
    ("Ombudsman RI Perwakilan Provinsi Bengkulu menerima 101 laporan dan konsultasi selama 2024.", set()),
    # the consultations counted with the reports ("laporan dan konsultasi sebanyak 70"): no count of reports
    ("Ombudsman RI Perwakilan Provinsi Bengkulu menerima laporan dan konsultasi sebanyak 70 selama 2024.", set()),
])
def test_a_total_with_other_contacts_stays_no_fact(text, want):
    assert facts(text) == want


def test_a_whole_told_before_and_broken_down_later():
    text = ("MAKASSAR - Ombudsman RI Perwakilan Sulawesi Selatan menerima sebanyak 950 pengaduan hingga Juni 2024. "
            "Pengaduan yang masuk selama 6 bulan itu terdiri dari laporan masyarakat sebanyak 210 dengan rincian 190 "
            "laporan sudah ditindaklanjuti. Selain itu ada konsultasi 700 aduan dan tembusan 40 surat.")
    assert facts(text) == {("73", None, 210, 2024)}


def test_a_whole_made_of_subjects_stays_the_total():
    # "meliputi" a subject, not the public's reports: the total is the fact
    text = ("MAKASSAR - Ombudsman RI Perwakilan Sulawesi Selatan menerima sebanyak 950 pengaduan hingga Juni 2024. "
            "Pengaduan itu meliputi urusan pertanahan sebanyak 210 laporan.")
    assert facts(text) == {("73", None, 950, 2024)}


@pytest.mark.parametrize("text, published, want", [
    ("Palu - Sejak 2015, Ombudsman perwakilan Sulawesi Tengah sudah menerima sebanyak 1327 aduan dari masyarakat.",
     datetime(2022, 3, 1), {("72", None, 1327, None)}),
    # the story's own year: one year's period
    ("Palu - Sejak 2022, Ombudsman perwakilan Sulawesi Tengah sudah menerima sebanyak 132 aduan dari masyarakat.",
     datetime(2022, 9, 1), {("72", None, 132, 2022)}),
])
def test_since_a_year_before_the_story(text, published, want):
    assert facts(text, published=published) == want


@pytest.mark.parametrize("text, want", [
    ("Melalui rilis catatan akhir tahun, Kepala Ombudsman RI perwakilan Jambi, Budi Santoso menyampaikan, dari "
     "laporan masyarakat secara reguler ada 412 aduan sepanjang 2023.", {("15", None, 412, 2023)}),
    ("Sepanjang tahun 2016, ombudsman Perwakilan Provinsi Jawa Tengah menerima 245 laporan masyarakat mengenai "
     "penyelenggaraan layanan publik tahun 2016.", {("33", None, 245, 2016)}),
])
def test_statement_media_and_generic_subjects_are_no_breakdown(text, want):
    assert facts(text) == want


def test_a_channel_is_still_a_breakdown():
    text = ("Ombudsman RI Perwakilan Jambi menerima 412 laporan sepanjang 2023. Melalui WhatsApp, Ombudsman menerima "
            "97 laporan.")
    assert facts(text) == {("15", None, 412, 2023)}


@pytest.mark.parametrize("text, want", [
    # the top of a ranking of subjects: a breakdown
    ("Ombudsman RI Perwakilan Sulawesi Tenggara mencatat 410 laporan sepanjang 2024. Teratas ketenagakerjaan dengan "
     "jumlah laporan sebanyak 55 dan jaminan sosial sebanyak 12.", {("74", None, 410, 2024)}),
    # …a government at the top keeps its count
    ("Ombudsman RI Perwakilan Sulawesi Tenggara mencatat 410 laporan sepanjang 2024. Teratas Kota Kendari dengan "
     "jumlah laporan sebanyak 55 laporan.", {("74", None, 410, 2024), ("74", "74.71", 55, 2024)}),
])
def test_the_top_of_a_ranking_of_subjects(text, want):
    assert facts(text) == want
