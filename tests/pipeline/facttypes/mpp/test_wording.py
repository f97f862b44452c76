"""warta_mpp: how a journalist words an MPP still ahead (readiness, checks, forming one, a clause of
purpose) and one standing since a date, on sentences written for these tests (invented events)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R, tag
from tests.pipeline.facttypes.test_mpp import facts

MUNA = R("kabupaten", "Muna")


@pytest.mark.parametrize("sentence", [
    "Tim memastikan bahwa MPP Kabupaten Muna siap untuk dioperasikan pada Desember 2024.",
    "MPP Kabupaten Muna sudah siap beroperasi pada Desember 2024.",
    "Tim verifikasi dan validasi peresmian MPP Kabupaten Muna datang pada November 2024.",
    "Pemkab Muna mengebut kesiapan peresmian MPP Kabupaten Muna yang dijadwalkan Desember 2024.",
    "Bupati meminta dinas terkait memacu persiapan pra peresmian MPP Kabupaten Muna pada November 2024.",
])
def test_readiness_and_checks_before_an_event_are_a_plan(nlp, sentence):
    assert facts(nlp, sentence, datetime(2024, 10, 20)) == {(MUNA, "planned", 2024)}


@pytest.mark.parametrize("sentence", [
    "Pemkab Muna menggelar rapat koordinasi pembentukan Mal Pelayanan Publik (MPP), Senin (2/10/2023).",
    "Bupati Muna menyebut pembentukan MPP Kabupaten Muna masih dalam kajian.",
])
def test_forming_an_mpp_is_a_plan(nlp, sentence):
    assert {(c, s) for c, s, _ in facts(nlp, sentence, datetime(2023, 10, 2))} == {(MUNA, "planned")}


def test_a_plan_stated_outright_dates_it_not_the_meeting_about_it(nlp):
    text = ("Pemkab Muna menggelar rapat koordinasi pembentukan Mal Pelayanan Publik (MPP), Senin (2/10/2023).\n"
            "\"Kami ingin agar tahun 2024 dapat segera membentuk Mal Pelayanan Publik,\" kata Sekda Muna.")
    assert facts(nlp, text, datetime(2023, 10, 2)) == {(MUNA, "planned", 2024)}


def test_a_launch_in_a_clause_of_purpose_is_a_plan(nlp):
    text = "\"Kami berkomitmen agar MPP Kabupaten Muna dapat beroperasi dengan maksimal,\" ujar Bupati Muna."
    assert facts(nlp, text, datetime(2024, 10, 20)) == {(MUNA, "planned", None)}


def test_a_purpose_clause_about_an_mpp_already_running_is_no_plan(nlp):
    text = "Bupati Muna meminta agar MPP Kabupaten Muna yang sudah beroperasi terus dibenahi."
    assert facts(nlp, text, datetime(2024, 10, 20)) == {(MUNA, "operating", None)}


@pytest.mark.parametrize("standing", ["telah berdiri sejak", "sudah hadir sejak", "sudah beroperasi sejak"])
def test_standing_since_a_date_is_operating_besides_the_launch(nlp, standing):
    text = f"MPP Kota Batam {standing} Maret 2017, namun baru diresmikan Menteri PANRB pada Oktober 2018."
    assert facts(nlp, text, datetime(2019, 2, 1)) == {(R("kota", "Batam"), "operating", 2017),
                                                       (R("kota", "Batam"), "launched", 2018)}


def test_a_building_standing_since_a_date_is_no_operating_mpp(nlp):
    text = ("Gedung eks bioskop yang telah berdiri sejak 1980 itu kini ditempati MPP Kota Batam yang "
            "diresmikan pada Oktober 2018.")
    assert facts(nlp, text, datetime(2019, 2, 1)) == {(R("kota", "Batam"), "launched", 2018)}


@pytest.mark.parametrize("sentence, operating", [
    ("Kabupaten Muna sudah memiliki MPP sejak 2022, kini giliran Buton yang membangun.", True),
    ("Kabupaten Muna juga memiliki MPP sendiri yang terletak di Jalan Pahlawan.", True),
    # in the story of its launch, finally having one is that launch
    ("Bupati Muna meresmikan MPP Kabupaten Muna, Senin (3/6/2024). Kabupaten Muna akhirnya memiliki MPP.", False),
])
def test_having_an_mpp_already_or_with_its_place_is_operating(nlp, sentence, operating):
    got = {(c, s) for c, s, _ in facts(nlp, sentence, datetime(2024, 6, 3))}
    assert ((MUNA, "operating") in got) == operating


LAUNCH_MUNA = "Gubernur Sulawesi Tenggara meresmikan MPP Kabupaten Muna, Selasa (20/8/2024).\n"


@pytest.mark.parametrize("sentence", [
    "Peresmian itu mengacu pada SE No. 100.3/2211/2024 mengenai Pendataan Rencana Pembentukan Mal Pelayanan "
    "Publik, yang terbit Maret lalu.",
    "Ketentuan itu diatur dalam Perpres nomor 89 tahun 2021 tentang Penyelenggaraan Mal Pelayanan Publik.",
    "Pemkab berpedoman pada Peraturan Menteri PANRB tentang Pedoman Pembangunan dan Pengembangan MPP.",
])
def test_a_regulations_title_tells_no_status(nlp, sentence):
    assert facts(nlp, LAUNCH_MUNA + sentence) == {(MUNA, "launched", 2024)}


@pytest.mark.parametrize("sentence", [
    "Selain menargetkan pembentukan MPP, Gubernur juga menyoroti kualitas layanan perizinan di provinsi.",
    "Di samping mendorong pembangunan MPP, Gubernur meminta pelayanan daring diperkuat.",
])
def test_a_recap_clause_tells_no_status_of_the_articles_region(nlp, sentence):
    assert facts(nlp, LAUNCH_MUNA + sentence) == {(MUNA, "launched", 2024)}


def test_a_recap_clause_that_names_a_government_still_counts(nlp):
    text = LAUNCH_MUNA + "Selain Kabupaten Muna, MPP juga diresmikan di Kota Kendari pada hari yang sama."
    assert (R("kota", "Kendari"), "launched", 2024) in facts(nlp, text)


@pytest.mark.parametrize("sentence, location", [
    ("Pemkab Muna menyiapkan gedung eks DPRD sebagai lokasi MPP.", "gedung eks DPRD"),
    ("Pemkab Muna memanfaatkan lantai 2 Pasar Laino sebagai tempat Mal Pelayanan Publik.", "lantai 2 Pasar Laino"),
    ("Groundbreaking MPP Kabupaten Muna dilakukan Bupati Muna pekan lalu.", None),
])
def test_a_site_made_ready_or_ground_broken_is_a_plan(nlp, sentence, location):
    [m] = tag(nlp, sentence, datetime(2024, 6, 1))._.mpp
    assert (m.region_code, m.status, m.location) == (MUNA, "planned", location)
