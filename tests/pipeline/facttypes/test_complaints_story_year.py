"""warta_complaints, round 12 (issue 12): a count of the reports with no period told anywhere in its
report takes the year of the story's day (its publication date, else the day it reports): the labellers
of final6 and final10 dated such counts so (a ranking of the cities reported on, told without a year in a
story dated by its day; a count of months without a year in a story with no publication date). A
period of several years told in the report, a compared figure, or a story with no date at all keep null.
A day just past told with its date ("Jumat lalu (25/10/2024)") dates the story too (final6).

Sentences written for these tests: invented figures, real places.
"""
from __future__ import annotations

from datetime import datetime

from tests.pipeline.facttypes.test_complaints import facts
from tests.pipeline.facttypes.test_compliance import R


def test_an_undated_ranking_takes_the_story_year():
    text = ("Anggota Ombudsman RI mengatakan laporan masyarakat terus masuk ke kantor perwakilan.\n"
            "Berdasarkan kota terlapor, Kota Bandung menempati urutan pertama dengan 41 laporan, disusul "
            "Kota Cimahi (17 laporan).")
    got = facts(text, datetime(2022, 9, 14))
    assert ("32.73", 41, 2022) in {(r, n, y) for _, r, n, y in got}
    assert all(y == 2022 for *_, y in got)


def test_an_undated_total_takes_the_year_of_the_reported_day():
    text = ("Kepala Ombudsman RI Perwakilan Bengkulu mengatakan itu, Senin (14/3/2022).\n"
            "Ombudsman RI Perwakilan Bengkulu telah menerima 57 laporan masyarakat.")
    assert facts(text, None) == {("17", None, 57, 2022)}


def test_a_story_without_any_date_keeps_no_year():
    text = "Ombudsman RI Perwakilan Bengkulu telah menerima 57 laporan masyarakat."
    assert facts(text, None) == {("17", None, 57, None)}


def test_a_period_of_several_years_told_before_keeps_the_counts_undated():
    text = ("Selama periode 2019 hingga 2022, Ombudsman RI Perwakilan Bengkulu menerima 540 laporan.\n"
            "Pemerintah Kabupaten Kaur paling banyak dilaporkan dengan 44 laporan.")
    got = facts(text, datetime(2023, 2, 1))
    assert got == {("17", None, 540, None), ("17", R("kabupaten", "Kaur"), 44, None)}


def test_a_stated_year_wins_over_the_story_year():
    text = "Ombudsman RI Perwakilan Bengkulu menerima 57 laporan masyarakat sepanjang 2021."
    assert facts(text, datetime(2022, 1, 10)) == {("17", None, 57, 2021)}


def test_a_day_just_past_with_its_date_dates_the_story():
    text = ("Kepala Ombudsman RI Perwakilan Maluku menyampaikan itu pada Senin lalu (14/10/2024).\n"
            "Dari bulan Juli sampai dengan September, Ombudsman telah menerima 61 laporan masyarakat.\n"
            "Pemerintah Kabupaten Buru paling banyak dilaporkan dengan 9 laporan.")
    assert facts(text, None) == {("81", None, 61, 2024), ("81", R("kabupaten", "Buru"), 9, 2024)}
