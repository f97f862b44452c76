"""warta_complaints: which figure of an office is its reports count when the text gives others beside it:
the raw intake the reports were sifted from, consultations told with the verb ("berkonsultasi"), reports
already handled, and a total "tentang keluhan pelayanan publik" (what every report is about). Sentences
written for these tests (invented figures)."""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_complaints import facts


@pytest.mark.parametrize("text, want", [
    # the processed figure told after the raw one, joined by "tetapi"
    ("Ombudsman RI Perwakilan Jawa Tengah menerima 1.250 pengaduan pada 2022, tetapi setelah verifikasi yang dapat "
     "diproses sebagai laporan sebanyak 318 laporan.", {("33", None, 318, 2022)}),
    # the raw figure in the next sentence, "hasil verifikasi dari"
    ("Sepanjang 2022 Ombudsman Jawa Tengah menangani 318 laporan. Jumlah itu merupakan hasil verifikasi dari "
     "1.250 aduan yang masuk.", {("33", None, 318, 2022)}),
    # "namun", "memenuhi syarat sebagai laporan"
    ("Pada 2022 Ombudsman Perwakilan Jawa Tengah mencatat 940 pengaduan masuk, namun yang memenuhi syarat sebagai "
     "laporan hanya 301 laporan.", {("33", None, 301, 2022)}),
    # "diverifikasi dari", the raw figure without a report noun of its own
    ("Ombudsman Jawa Tengah mencatat 287 laporan selama 2022 yang diverifikasi dari 812 keluhan warga.",
     {("33", None, 287, 2022)}),
])
def test_the_raw_intake_is_not_the_reports_count(text, want):
    assert facts(text) == want


def test_a_count_received_with_no_sifted_figure_after_it_stays():
    # "diproses" alone is an outcome of other reports, not a sifting: the intake is the reports count
    text = ("Ombudsman Perwakilan Jawa Tengah menerima 536 laporan pada 2022. Sebanyak 120 laporan di antaranya masih "
            "diproses.")
    assert ("33", None, 536, 2022) in facts(text)


def test_a_sifting_phrase_with_no_figure_after_it_leaves_the_count():
    # "diterima sebagai laporan" with no sifted figure after it: the count told before is the reports count
    text = ("Ombudsman Jawa Tengah menerima 536 laporan pada 2022. Semua aduan warga itu diterima sebagai laporan "
            "masyarakat setelah berkasnya lengkap.")
    assert facts(text) == {("33", None, 536, 2022)}


def test_consultations_told_with_the_verb_are_no_reports():
    text = ("Di tahun 2022 Ombudsman Perwakilan Jawa Tengah mendapatkan pengaduan sebanyak 536 laporan.\n"
            "Sedangkan warga yang hanya berkonsultasi pada Ombudsman Jawa Tengah berjumlah 901 laporan.")
    assert facts(text) == {("33", None, 536, 2022)}


def test_reports_already_handled_are_no_total_and_complaints_about_services_are_the_whole():
    text = ("Ombudsman Jawa Tengah secara keseluruhan menerima sebanyak 536 laporan dari masyarakat tentang keluhan "
            "pelayanan publik sepanjang 2022. Dari semua laporan itu yang sudah ditangani ada 301 laporan.")
    assert facts(text) == {("33", None, 536, 2022)}
