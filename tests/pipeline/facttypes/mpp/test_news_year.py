"""warta_mpp: a launch told without a year is the news of its publication day where the text writes
that year; not a launch recalled from the past nor another MPP named as a precedent; a budgeted build
is a plan of the budget's year; sentences written for these tests."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

PUBLISHED = datetime(2023, 11, 8)
BANGLI = R("kabupaten", "Bangli")


@pytest.mark.parametrize("text", [
    "Rabu, 8 November 2023 | 10:15 WIB\nWakil Bupati Bangli secara resmi membuka Mal Pelayanan Publik Kabupaten "
    "Bangli.",
    "BANGLI, 8/11/2023 - Mal Pelayanan Publik Kabupaten Bangli diresmikan Menteri PANRB, Selasa.",
    "Pemkab Bangli menggelar soft launching MPP pekan lalu. \"Layanan sudah berjalan,\" kata Bupati, "
    "Rabu (8/11/2023).",
    "Wednesday, 8 November 2023\nBANGLI - Bupati meresmikan MPP Kabupaten Bangli yang menempati gedung eks pasar.",
])
def test_a_launch_without_a_year_is_the_news_of_its_written_day(nlp, text):
    assert (BANGLI, "launched", 2023) in facts(nlp, text, PUBLISHED)


@pytest.mark.parametrize("published", [None, PUBLISHED])
def test_no_year_where_the_text_writes_none(nlp, published):
    text = "Wakil Bupati Bangli secara resmi membuka Mal Pelayanan Publik Kabupaten Bangli."
    assert facts(nlp, text, published) == {(BANGLI, "launched", None)}


def test_a_launch_told_with_its_year_keeps_it(nlp):
    text = "Mal Pelayanan Publik Kabupaten Bangli diresmikan pada 2021 dan kini melayani 300 warga per hari."
    assert (BANGLI, "launched", 2021) in facts(nlp, text, PUBLISHED)


def test_a_recalled_launch_and_precedents_get_no_year_of_the_news(nlp):
    text = ("Selasa, 7 November 2023\nPeresmian MPP Kabupaten Bangli merupakan yang ketiga di Bali, setelah Kabupaten Badung dan Kota Denpasar. "
            "\"Dulu di Kabupaten Gianyar, kami meluncurkan MPP di gedung sederhana,\" kata Menteri.")
    got = facts(nlp, text, PUBLISHED)
    assert (BANGLI, "launched", 2023) in got
    assert {(R("kabupaten", "Badung"), "launched", None), (R("kota", "Denpasar"), "launched", None)} <= got
    assert (R("kabupaten", "Gianyar"), "launched", 2023) not in got


@pytest.mark.parametrize("text, want", [
    ("Pemkot Kendari telah menyiapkan lahan untuk membangun mal pelayanan publik di kawasan eks MTQ. Anggaran "
     "pembangunan gedung tersebut sudah masuk dalam APBD 2025.", {(R("kota", "Kendari"), "planned", 2025)}),
    ("Pembangunan MPP Kabupaten Konawe dianggarkan Rp15 miliar dalam APBD Perubahan 2024.",
     {(R("kabupaten", "Konawe"), "planned", 2024)}),
    ("Pemkab Konawe menganggarkan pembangunan Mal Pelayanan Publik pada tahun anggaran 2024.",
     {(R("kabupaten", "Konawe"), "planned", 2024)}),
    # built with a budget and launched: history, no plan
    ("Gedung Mal Pelayanan Publik Kabupaten Kolaka dibangun dengan anggaran Rp10 miliar dan diresmikan pada 2021.",
     {(R("kabupaten", "Kolaka"), "launched", 2021)}),
])
def test_a_budgeted_build_is_a_plan_of_the_budget_year(nlp, text, want):
    assert facts(nlp, text, datetime(2024, 1, 10)) == want


def test_a_build_delayed_over_its_budget_is_no_plan_of_a_launched_mpp(nlp):
    text = ("Bupati Kolaka meresmikan Mal Pelayanan Publik Kabupaten Kolaka, Senin (8/1/2024). Menurut dia, "
            "pembangunan MPP sempat tertunda karena persoalan anggaran.")
    assert facts(nlp, text, datetime(2024, 1, 10)) == {(R("kabupaten", "Kolaka"), "launched", 2024)}
