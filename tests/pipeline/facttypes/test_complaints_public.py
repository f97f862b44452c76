"""warta_complaints: the public's own reports among an office's contacts (pipeline/facttypes/complaints/public.py):
beside consultations, copies or fast responses, or splitting a total told before, the count of the reports the
public brought itself is the office's figure and the total of all contacts is none; a period over several years
dates no count. Sentences written for these tests (invented figures)."""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_complaints import facts


@pytest.mark.parametrize("text, want", [
    # a list of contact kinds, the public's reports named after their count
    ("Ombudsman RI Perwakilan Maluku Utara mencatat, pada Januari-Juni 2023 terdapat 120 konsultasi, 38 laporan "
     "masyarakat, dua reaksi cepat dan 9 tembusan.", {("82", None, 38, 2023)}),
    # the public's reports named before their count, compared with fast responses
    ("Sepanjang 2021, dari sisi akses ke Ombudsman Perwakilan Gorontalo, laporan langsung dari masyarakat mendominasi "
     "dengan 212 laporan, dibandingkan laporan melalui reaksi cepat yang berjumlah 31 laporan.",
     {("75", None, 212, 2021)}),
    # "berasal langsung dari masyarakat" after the count, copies in the same sentence
    ("Pada 2022 Ombudsman Perwakilan Bengkulu menangani 95 laporan yang berasal langsung dari masyarakat, sementara "
     "40 tembusan dan 12 konsultasi dicatat terpisah.", {("17", None, 95, 2022)}),
])
def test_the_public_reports_beside_other_contacts_are_the_count(text, want):
    assert facts(text) == want


def test_a_total_split_with_the_public_part_first():
    text = ("Ombudsman Perwakilan Sulawesi Tenggara menerima 410 laporan sepanjang 2024.\n"
            "Dari total 410 laporan, 266 laporan berasal langsung dari masyarakat.\n"
            "Sisanya merupakan tembusan dan reaksi cepat Ombudsman.")
    assert facts(text) == {("74", None, 266, 2024)}


def test_the_everyday_name_of_the_reports_alone_changes_nothing():
    # "laporan masyarakat" with no other contact beside it and no split: the total stays
    text = "Ombudsman Perwakilan Sulawesi Tenggara menerima 410 laporan masyarakat sepanjang 2024."
    assert facts(text) == {("74", None, 410, 2024)}


def test_a_split_by_subject_is_no_public_part():
    # the part after "Dari total N" is a subject, not the public's reports: the total stays
    text = ("Ombudsman Perwakilan Sulawesi Tenggara menerima 410 laporan sepanjang 2024.\n"
            "Dari total 410 laporan, 120 laporan terkait pertanahan.")
    assert facts(text) == {("74", None, 410, 2024)}


def test_a_period_over_several_years_dates_no_count():
    text = ("Kepala Ombudsman Perwakilan Gorontalo memaparkan data selama periode 2019 hingga 2023.\n"
            "Dari sisi akses, laporan langsung dari masyarakat mendominasi dengan 512 laporan, dibandingkan laporan "
            "reaksi cepat yang berjumlah 61 laporan.")
    assert facts(text) == {("75", None, 512, None)}
