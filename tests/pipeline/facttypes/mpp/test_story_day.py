"""warta_mpp: the story's day where no publication date is known is the first day it reports with its day
name ("Selasa (28/5/2019)"): a month after it is still to come. And each event's year is read up to the
next event's word ("pasca soft launching … menyambut peresmian … pada April 2026": the inauguration's month,
not the soft launching's). Sentences written for these tests (invented events and dates)."""
from __future__ import annotations

from datetime import datetime

import pytest

from pipeline.nlp.discourse.years import reported_day
from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

SOLOK, AGAM = R("kota", "Solok"), R("kabupaten", "Agam")


@pytest.mark.parametrize("said", [
    "Hal itu disampaikannya di Balai Kota, Selasa (28/5/2019).",
    "Hal itu disampaikannya di Balai Kota, Selasa, 28 Mei 2019.",
    "Hal itu disampaikannya saat ditemui, Selasa (28-05-2019).",
    "Rapat digelar Selasa 28 Mei 2019 di Balai Kota.",
])
def test_a_month_after_the_reported_day_is_still_to_come(nlp, said):
    text = f"Kepala DPMPTSP mengatakan MPP Kota Solok sudah mulai beroperasi di bulan Juli tahun ini. {said}"
    assert facts(nlp, text) == {(SOLOK, "planned", 2019)}


def test_a_month_before_the_reported_day_is_past(nlp):
    text = ("Kepala DPMPTSP mengatakan MPP Kota Solok sudah mulai beroperasi di bulan Maret tahun ini. "
            "Hal itu disampaikannya di Balai Kota, Selasa (28/5/2019).")
    assert not any(status == "planned" for _, status, _ in facts(nlp, text))


def test_without_a_reported_day_no_month_is_ahead(nlp):
    text = "Kepala DPMPTSP mengatakan MPP Kota Solok sudah mulai beroperasi di bulan Juli tahun ini."
    assert not any(status == "planned" for _, status, _ in facts(nlp, text))


def test_reported_day_reads_day_month_year_and_skips_impossible_dates():
    assert reported_day("Rabu (31/2/2024) lalu. Kamis (12/02/2026) pukul 09.00.") == datetime(2026, 2, 12)
    assert reported_day("Jumat, 12 Desember 2025") == datetime(2025, 12, 12)
    assert reported_day("pada 12 Desember 2025") is None  # no day name: not a reported day


def test_a_soft_launching_keeps_its_own_year_apart_from_the_inauguration_ahead(nlp):
    text = ("Pemkab Agam terus mematangkan Mal Pelayanan Publik (MPP), yang pasca soft launching kini tengah "
            "dievaluasi untuk menyambut peresmian oleh KemenPAN-RB pada April 2026.\n"
            "Rapat evaluasi digelar Kamis (12/02/2026) di Gedung MPP.")
    assert facts(nlp, text) == {(AGAM, "launched", None), (AGAM, "planned", 2026)}


def test_the_inauguration_ahead_is_a_plan_of_its_month_with_a_publication_date(nlp):
    text = ("Pemkab Agam terus mematangkan Mal Pelayanan Publik (MPP), yang pasca soft launching kini tengah "
            "dievaluasi untuk menyambut peresmian oleh KemenPAN-RB pada April 2026.")
    got = facts(nlp, text, datetime(2026, 2, 12))
    assert (AGAM, "planned", 2026) in got and any(status == "launched" for _, status, _ in got)
