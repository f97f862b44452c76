"""warta_compliance: a result the text dates nowhere, in an article published in November or December
(the season the Ombudsman announces and awards each year's results), is of that year's assessment
(years.announced_year); not in another month, not a result written with its own year, not an earlier
result. Sentences written for these tests (invented places, numbers and quotes)."""
from __future__ import annotations

from datetime import datetime

from tests.pipeline.facttypes.test_compliance import R, results

AWARD = ("Pemerintah Kabupaten Sleman menerima piagam penghargaan dari Ombudsman RI pada Senin (9/12).\n"
         "Sleman memperoleh nilai 91,25 dan masuk zona hijau dengan predikat kepatuhan tinggi.\n")


def test_an_undated_award_in_december_is_of_that_years_assessment(nlp):
    assert results(nlp, AWARD, published=datetime(2019, 12, 10)) == {(R("kabupaten", "Sleman"), "hijau", 2019, 91.25)}


def test_an_undated_award_in_november_is_of_that_years_assessment(nlp):
    text = ("Wali Kota Kendari menerima penghargaan Ombudsman RI di Jakarta, kemarin.\n"
            "Pemkot Kendari meraih opini kualitas tertinggi atau kategori A.\n")
    assert results(nlp, text, published=datetime(2024, 11, 21)) == {(R("kota", "Kendari"), "hijau", 2024, None)}


def test_no_year_from_a_publication_date_outside_the_season(nlp):
    assert results(nlp, AWARD, published=datetime(2019, 9, 10)) == {(R("kabupaten", "Sleman"), "hijau", None, 91.25)}
    assert results(nlp, AWARD, published=datetime(2020, 1, 15)) == {(R("kabupaten", "Sleman"), "hijau", None, 91.25)}


def test_a_result_written_with_its_year_keeps_it(nlp):
    text = ("Pada penilaian kepatuhan tahun 2017, Kabupaten Sleman berada di zona kuning dengan nilai 70,10.\n"
            "Kini Ombudsman menyerahkan piagam kepada Bupati Sleman.\n")
    assert results(nlp, text, published=datetime(2019, 12, 10)) == {(R("kabupaten", "Sleman"), "kuning", 2017, 70.1)}


def test_an_earlier_result_stays_undated(nlp):
    text = AWARD + "Sebelumnya Sleman berada di zona kuning.\n"
    assert results(nlp, text, published=datetime(2019, 12, 10)) == {(R("kabupaten", "Sleman"), "hijau", 2019, 91.25),
                                                                    (R("kabupaten", "Sleman"), "kuning", None, None)}


def test_no_year_from_a_page_date_line_beside_a_story_of_another_year(nlp):
    text = ("Kamis, 14 November 2024\n"
            "Ombudsman menyebut Kabupaten Sleman masuk zona hijau, kata asisten Ombudsman, Senin (06/01/2020).\n")
    assert results(nlp, text, published=datetime(2024, 11, 14)) == {(R("kabupaten", "Sleman"), "hijau", None, None)}
