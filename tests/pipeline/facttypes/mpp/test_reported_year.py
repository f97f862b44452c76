"""warta_mpp: a launch told without a year, in a story without a publication date, takes the year of the
day the story reports it on, written with its day name after a launch word in one paragraph. Sentences
written for these tests (invented events and dates)."""
from __future__ import annotations

import pytest

from pipeline.facttypes.mpp.dating import reported_year
from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

AGAM = R("kabupaten", "Agam")


@pytest.mark.parametrize("text", [
    "Bupati Agam meresmikan Mal Pelayanan Publik (MPP) Kabupaten Agam.\n"
    "Kepala DPMPTSP menjelaskan hal itu dalam acara peresmian, Jumat (11/3/2022).",
    "Wakil Bupati Agam secara resmi membuka Mal Pelayanan Publik (MPP) Kabupaten Agam.\n"
    "“Soft opening MPP berjalan dengan baik. Pelayanan lebih efisien karena semuanya di satu tempat,” "
    "ujar Wabup, Rabu (9/2/2022).",
    "Mal Pelayanan Publik Kabupaten Agam resmi diluncurkan.\n"
    "Hal itu disampaikan Bupati usai peluncuran, Senin, 7 Maret 2022.",
    "Pemkab Agam meresmikan MPP Kabupaten Agam di Lubuk Basung.\n"
    "Peresmian MPP itu dihadiri Forkopimda, Kamis (10-3-2022), kata Kabag Prokopim.",
])
def test_a_launch_takes_the_year_of_the_reported_day(nlp, text):
    assert (AGAM, "launched", 2022) in facts(nlp, text)


@pytest.mark.parametrize("text", [
    # the dated day is a meeting's, told before any launch word
    "Rapat dilakukan di kantor Bupati Agam, Senin (14/3/2022).\n"
    "Bupati Agam meresmikan Mal Pelayanan Publik (MPP) Kabupaten Agam.",
    # launches reported on days of two years: no one year
    "Bupati Agam meresmikan MPP Kabupaten Agam.\nIa berbicara dalam acara peresmian, Jumat (11/3/2022).\n"
    "Sebelumnya pembukaan gerai lain digelar Selasa (5/10/2021).",
])
def test_no_year_from_a_day_that_is_not_the_launchs_alone(nlp, text):
    assert (AGAM, "launched", None) in facts(nlp, text)


def test_reported_year_reads_only_days_after_a_launch_word_in_their_paragraph():
    assert reported_year("Peluncuran MPP itu digelar Sabtu (2/4/2022).") == 2022
    assert reported_year("Warga antre sejak pagi, Sabtu (2/4/2022).\nPeluncuran MPP itu meriah.") is None
