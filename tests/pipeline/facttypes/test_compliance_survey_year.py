"""warta_compliance: the assessment called a survey. A sentence about the survey itself, without the words that
make a compliance context ("Berdasarkan hasil survei … Juli hingga Agustus 2019"), states the year of the
results the article dates nowhere else (years.stated_year, lexicon survey_nouns); a survey of another year
told beside a second year, or one planned, does not. Sentences written for these tests."""
from __future__ import annotations

from tests.pipeline.facttypes.test_compliance import R, results

RESULTS = ("Ombudsman merilis hasilnya: Kabupaten Kepahiang masuk zona hijau dengan nilai 84,20, "
           "sedangkan Kabupaten Seluma masuk zona merah dengan nilai 44,10.\n")
BETWEEN = ("Kepala perwakilan meminta kepala daerah memajang maklumat layanan.\n"
           "Ia juga mengingatkan soal sarana bagi penyandang disabilitas.\n"
           "Pertemuan itu dihadiri para kepala dinas.\n")


def _dated(year):
    return {(R("kabupaten", "Kepahiang"), "hijau", year, 84.2), (R("kabupaten", "Seluma"), "merah", year, 44.1)}


def test_a_survey_period_of_months_in_one_year(nlp):
    text = RESULTS + BETWEEN + "Berdasarkan hasil survei yang dilakukan terhadap 6 kabupaten dari bulan Juli hingga Agustus 2019.\n"
    assert results(nlp, text) == _dated(2019)


def test_a_survey_told_before_the_results(nlp):
    text = BETWEEN + "Survei itu digelar tim di enam kabupaten sepanjang Mei 2021.\n" + BETWEEN + RESULTS
    assert results(nlp, text) == _dated(2021)


def test_a_survey_spelled_in_english(nlp):
    text = RESULTS + BETWEEN + "Menurut dia, survey dilakukan secara acak pada tahun 2018 di enam kabupaten.\n"
    assert results(nlp, text) == _dated(2018)


def test_a_supervision_visit_dates_the_results(nlp):
    text = RESULTS + BETWEEN + "Data itu diperoleh dari supervisi lapangan pada Oktober 2022.\n"
    assert results(nlp, text) == _dated(2022)


def test_two_survey_years_leave_the_results_undated(nlp):
    text = RESULTS + BETWEEN + "Survei serupa pernah dilakukan pada 2017 dan diulang pada 2019.\n"
    assert results(nlp, text) == _dated(None)


def test_a_planned_survey_does_not_date_the_results(nlp):
    text = RESULTS + BETWEEN + "Survei berikutnya akan dilakukan pada Maret 2024.\n"
    assert results(nlp, text) == _dated(None)
