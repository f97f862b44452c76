"""warta_complaints, round 12 (issue 12): the office's contacts broken down into reports, fast responses,
consultations and copies ("terdapat 222 laporan masyarakat, 14 respon cepat, 101 konsultasi dan 3
tembusan") after sentences about its reports with no count of their own, further from the office's name
than the report frame reaches: still the office's report (its reports figure is a fact); so is the office
speaking of itself there ("Pihaknya menyampaikan bahwa di tahun 2015 sudah mencapai …"). Seen in final8 (the
contacts) and final9 (the office's own account); the vocabulary is the Ombudsman's own (no other agency counts
"respon cepat" or "konsultasi non laporan"). Sentences that only mention reports keep the frame for such
units alone: another count that far is no fact, and a matter named before a count ("persoalan agraria itu
mencapai 59 aduan", final7) is a breakdown by subject.

Sentences written for these tests: invented figures, real places.
"""
from __future__ import annotations

from datetime import datetime

from tests.pipeline.facttypes.test_complaints import facts

DAY = datetime(2024, 12, 30)
LEAD = ("Ombudsman RI Perwakilan Sulawesi Barat menutup tahun dengan capaian baik. Lembaga itu menyelesaikan "
        "banyak laporan masyarakat yang masuk. Hal tersebut lebih baik dari tahun sebelumnya. ")


def test_a_breakdown_of_contacts_after_sentences_about_reports_is_the_office():
    text = LEAD + ("Dari total 300 akses masyarakat sepanjang 2024, terdapat 190 laporan masyarakat, 12 respon cepat, "
                   "95 konsultasi dan 3 tembusan.")
    assert facts(text, DAY) == {("76", None, 190, 2024)}


def test_another_count_that_far_is_no_fact():
    text = LEAD + "Dinas Kesehatan Kabupaten Mamuju mencatat 190 keluhan pasien sepanjang 2024."
    assert facts(text, DAY) == set()


# --- the office speaking of itself ("pihaknya"), final9 ----------------------------------------------------------

def test_the_office_speaking_of_itself_after_sentences_about_reports_is_the_office():
    text = LEAD + ("Pihaknya menyampaikan bahwa di tahun 2022 sudah mencapai 140 laporan, sedangkan di tahun 2023 "
                   "meningkat hingga 180 laporan.")
    assert facts(text, DAY) == {("76", None, 140, 2022), ("76", None, 180, 2023)}


def test_a_matter_counted_by_the_office_is_a_breakdown():
    text = LEAD + "Ia mengatakan persoalan agraria itu mencapai 59 aduan yang pihaknya terima sepanjang 2024."
    assert facts(text, DAY) == set()


def test_another_agency_speaking_of_itself_that_far_is_no_fact():
    text = LEAD + "Kepala Dinas Kesehatan Kabupaten Mamuju menyebut pihaknya menerima 190 keluhan pasien pada 2024."
    assert facts(text, DAY) == set()
