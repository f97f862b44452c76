"""warta_compliance: years that date no result. A year right after a change and its "dari"/"dibanding" is the
year compared with ("nilainya menurun dari tahun 2022 dan masuk zona kuning", "naik dibanding tahun
sebelumnya"; final7); a year that starts a series ("Penilaian … dimulai sejak tahun 2015"; final7) dates no
assessment. The year of the result itself still counts. Sentences written for these tests."""
from __future__ import annotations

from datetime import datetime

from tests.pipeline.facttypes.test_compliance import R, results

LEAD = "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan Standar Pelayanan Publik 2023 kepada pemerintah daerah di Bengkulu.\n"
PUBLISHED = datetime(2024, 2, 10)
SELUMA = R("kabupaten", "Seluma")


def test_a_year_compared_with_after_a_fall_is_not_the_results(nlp):
    text = LEAD + "Sementara Pemkab Seluma tidak diberi piagam karena nilainya menurun dari tahun 2022 dan masuk zona kuning.\n"
    assert results(nlp, text, PUBLISHED) == {(SELUMA, "kuning", 2023, None)}


def test_a_year_before_compared_with_is_not_the_results(nlp):
    text = LEAD + "Sementara nilai Pemkab Seluma naik dibanding tahun sebelumnya dan masuk zona hijau.\n"
    assert results(nlp, text, PUBLISHED) == {(SELUMA, "hijau", 2023, None)}


def test_the_year_of_the_result_itself_still_counts(nlp):
    text = "Pada penilaian kepatuhan Ombudsman tahun 2022, Pemkab Seluma masuk zona kuning.\n"
    assert results(nlp, text) == {(SELUMA, "kuning", 2022, None)}


def test_the_start_of_a_series_dates_no_assessment(nlp):
    text = ("Kabupaten Seluma masuk Zona Hijau dengan Predikat Kepatuhan Tinggi dari Ombudsman RI, Senin (10/12).\n"
            "Penilaian kepatuhan dilaksanakan setiap tahun yang dimulai sejak tahun 2015.\n")
    assert results(nlp, text) == {(SELUMA, "hijau", None, None)}


def test_a_year_the_assessment_was_done_still_dates_it(nlp):
    text = ("Kabupaten Seluma masuk Zona Hijau dengan Predikat Kepatuhan Tinggi dari Ombudsman RI, Senin (10/12).\n"
            "Penilaian kepatuhan itu dilaksanakan pada tahun 2018.\n")
    assert results(nlp, text) == {(SELUMA, "hijau", 2018, None)}
