"""warta_complaints, round 13 (issue 12, pooled over final4–final11; seen in final5 and final11): the public's
own reports told beside the office's other contacts, whose figures add up to a total told before (in the same
sentence or the one before, with no composition word: "Terbanyak laporan masyarakat sebanyak N, konsultasi …"):
that total is one of all contacts, no fact (public.summed_whole). Sentences written for these tests (invented
figures)."""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_complaints import facts


@pytest.mark.parametrize("text, want", [
    # the total in the sentence before, the items after the public's reports, one of them with no noun of its own
    ("Sepanjang 2024, Ombudsman Sulawesi Tengah menerima 530 aduan masyarakat. Terbanyak laporan masyarakat "
     "sebanyak 210, konsultasi non laporan 190, respon cepat sebanyak 40, serta tembusan sebanyak 90 laporan.",
     {("72", None, 210, 2024)}),
    # the total in the same sentence, an item told again after the list
    ("Tahun 2023 itu ada 150 laporan yang diterima Ombudsman RI Perwakilan Jambi yang 61 nya itu adalah laporan "
     "masyarakat, 30 tembusan, 3 investigasi dan ada 56 konsultasi non laporan, dan 3 investigasi ini soal pasar.",
     {("15", None, 61, 2023)}),
])
def test_contacts_adding_up_to_a_total_told_make_it_no_fact(text, want):
    assert facts(text) == want


def test_contacts_not_adding_up_leave_the_total():
    # the items do not add up to the total told: it stays beside the public's reports
    text = ("Sepanjang 2024, Ombudsman Sulawesi Tengah menerima 530 aduan masyarakat. Terbanyak laporan masyarakat "
            "sebanyak 210, konsultasi non laporan 190, respon cepat sebanyak 40, serta tembusan sebanyak 20 laporan.")
    assert facts(text) == {("72", None, 210, 2024), ("72", None, 530, 2024)}


def test_a_total_without_the_public_reports_beside_contacts_stays():
    # figures adding up to the total, but no public reports among them: a breakdown by subject, the total stays
    text = ("Sepanjang 2024, Ombudsman Sulawesi Tengah menerima 530 laporan. Terbanyak soal pertanahan sebanyak 210, "
            "pendidikan 190, kepegawaian 40, serta kesehatan 90 laporan.")
    assert ("72", None, 530, 2024) in facts(text)
