"""warta_complaints, round 12 (issue 12): a year-by-year series of the office's totals with a word or two
between each year and its count ("pada 2021 ada 540 pengaduan, 2022 muncul 766 pengaduan", "di tahun 2015
sudah mencapai 126 laporan, sedangkan di tahun 2016 meningkat hingga 184 laporan", "tahun 2017 itu ada 78
laporan"): each count is that year's total (final8; final5 and final9 tell series so too). Only the words of
lexicon `own_year_filler`: a subject between the year and the count still makes it a breakdown.

Sentences written for these tests: invented figures, real places.
"""
from __future__ import annotations

from datetime import datetime

from tests.pipeline.facttypes.test_complaints import facts

DAY = datetime(2024, 6, 3)


def test_a_series_with_a_verb_between_year_and_count():
    text = ("Menurut data Ombudsman Jawa Timur, pada 2021 ada 512 pengaduan, 2022 ada 640 pengaduan, 2023 muncul "
            "870 pengaduan.")
    assert facts(text, DAY) == {("35", None, 512, 2021), ("35", None, 640, 2022), ("35", None, 870, 2023)}


def test_a_series_with_adverbs_between_year_and_count():
    text = ("Ombudsman Jawa Tengah menerima banyak laporan. Di tahun 2021 sudah mencapai 226 laporan, sedangkan di "
            "tahun 2022 meningkat hingga 284 laporan.")
    assert facts(text, DAY) == {("33", None, 226, 2021), ("33", None, 284, 2022)}


def test_a_subject_between_year_and_count_stays_a_breakdown():
    text = ("Ombudsman Jawa Timur menerima 870 pengaduan sepanjang 2023. Pada 2023 terkait pertanahan 120 pengaduan, "
            "2022 terkait kepegawaian 95 pengaduan.")
    assert facts(text, DAY) == {("35", None, 870, 2023)}
