"""warta_mpp: a group of MPPs whose status is told once and whose members are listed later, on
sentences written for these tests (invented events and numbers)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R, tag
from tests.pipeline.facttypes.test_mpp import facts

LAUNCH = ("Menteri PANRB meresmikan 9 Mal Pelayanan Publik (MPP) secara serentak di Jakarta, Selasa (05/09). "
          "Dalam acara yang sama dilakukan penandatanganan komitmen penerapan MPP Digital pada 40 daerah.\n")
LISTED = {R("kota", "Pekalongan"), R("kabupaten", "Sumbawa"), R("kabupaten", "Tapin")}


@pytest.mark.parametrize("back_reference", [
    "Adapun 9 MPP tersebut diantaranya adalah MPP Kota Pekalongan, MPP Kabupaten Sumbawa, dan MPP Kabupaten Tapin.",
    "Kesembilan MPP itu antara lain MPP Kota Pekalongan, MPP Kabupaten Sumbawa dan MPP Kabupaten Tapin.",
    "Ke-9 mal pelayanan publik tersebut yakni MPP Kota Pekalongan, MPP Kabupaten Sumbawa, serta MPP Kabupaten Tapin.",
    "MPP-MPP tersebut meliputi MPP Kota Pekalongan, MPP Kabupaten Sumbawa, dan MPP Kabupaten Tapin.",
])
def test_a_group_named_again_after_another_sentence_gets_its_status(nlp, back_reference):
    got = facts(nlp, LAUNCH + back_reference, datetime(2023, 9, 5))
    assert {(code, status) for code, status, _ in got} == {(code, "launched") for code in LISTED}


def test_a_back_reference_without_a_group_status_told_gives_nothing(nlp):
    text = ("Kementerian PANRB mencatat perkembangan pelayanan publik di berbagai daerah.\n"
            "Adapun 9 MPP tersebut diantaranya adalah MPP Kota Pekalongan dan MPP Kabupaten Sumbawa.")
    assert facts(nlp, text) == set()


def test_the_group_is_not_carried_beyond_its_reach(nlp):
    filler = "".join(
        f"Paragraf {i} membahas anggaran tahun depan.\n" for i in range(5))
    text = LAUNCH + filler + "Adapun 9 MPP tersebut diantaranya adalah MPP Kota Pekalongan dan MPP Kabupaten Sumbawa."
    assert facts(nlp, text) == set()


LACKING = {R("kabupaten", "Lebak"), R("kabupaten", "Pandeglang"), R("kota", "Serang")}


@pytest.mark.parametrize("plan, listing", [
    ("Terkait lima kabupaten/kota yang belum memiliki MPP itu, pihaknya berupaya agar MPP segera dibangun.",
     "Kabupaten/kota tersebut meliputi Kabupaten Lebak, Kabupaten Pandeglang, dan Kota Serang."),
    ("Pemprov menargetkan MPP di tiga daerah yang tersisa rampung pada 2025.",
     "Ketiga daerah itu yakni Kabupaten Lebak, Kabupaten Pandeglang serta Kota Serang."),
    ("MPP di tiga kabupaten/kota itu akan segera dibangun tahun depan.",
     "Daerah-daerah tersebut antara lain Kabupaten Lebak, Kabupaten Pandeglang, dan Kota Serang."),
])
def test_a_plan_for_a_counted_group_of_governments_goes_to_the_list_that_names_them(nlp, plan, listing):
    text = "Gubernur Banten meninjau kesiapan pelayanan publik di daerahnya. " + plan + " " + listing
    got = facts(nlp, text, datetime(2024, 5, 2))
    assert {(code, status) for code, status, _ in got} == {(code, "planned") for code in LACKING}


def test_a_group_lacking_an_mpp_with_no_plan_gives_its_list_nothing(nlp):
    text = ("Gubernur Banten menyebut masih ada tiga kabupaten/kota yang belum memiliki MPP. "
            "Kabupaten/kota tersebut meliputi Kabupaten Lebak, Kabupaten Pandeglang, dan Kota Serang.")
    assert facts(nlp, text, datetime(2024, 5, 2)) == set()


FIVE = {R("kota", "Tegal"), R("kabupaten", "Wonosobo"), R("kabupaten", "Gowa"), R("kota", "Banjarmasin"),
        R("kabupaten", "Seluma")}
GROUP_LAUNCH = ("Menteri PANRB meresmikan lima Mal Pelayanan Publik sekaligus, Rabu (6/3/2024).\n"
                "Dalam sambutannya, Menteri meminta daerah terus berinovasi.\n")


@pytest.mark.parametrize("listing", [
    "Kelima MPP tersebut adalah:\n1. MPP Kota Tegal\n2. MPP Kabupaten Wonosobo\n3. MPP Kabupaten Gowa\n"
    "4. MPP Kota Banjarmasin\n5. MPP Kabupaten Seluma",
    "Kelima MPP tersebut yaitu:\n- MPP Kota Tegal;\n- MPP Kabupaten Wonosobo;\n- MPP Kabupaten Gowa;\n"
    "- MPP Kota Banjarmasin; dan\n- MPP Kabupaten Seluma.",
    "Kelima MPP itu berada di Kota Tegal, Kabupaten Wonosobo, Kabupaten Gowa, Kota Banjarmasin, dan Kabupaten Seluma.",
    "Lima MPP tersebut masing-masing milik Pemkot Tegal, Kabupaten Wonosobo, Kabupaten Gowa, Kota Banjarmasin "
    "serta Kabupaten Seluma.",
])
def test_a_group_named_again_lists_its_members_in_many_shapes(nlp, listing):
    got = facts(nlp, GROUP_LAUNCH + listing)
    assert got == {(code, "launched", 2024) for code in FIVE}


def test_a_list_of_governments_gives_no_location(nlp):
    text = GROUP_LAUNCH + "Kelima MPP itu berada di Kota Tegal, Kabupaten Wonosobo, dan Kabupaten Gowa."
    assert {m.location for m in tag(nlp, text)._.mpp} == {None}


SULSEL_THREE = {R("kota", "Makassar"), R("kabupaten", "Maros"), R("kabupaten", "Gowa")}


@pytest.mark.parametrize("text", [
    "Saat ini di Sulawesi Selatan sudah ada 12 MPP, antara lain di Kota Makassar, Kabupaten Maros, dan Kabupaten Gowa.",
    "Hingga kini, MPP telah hadir di Kota Makassar, Kabupaten Maros, dan Kabupaten Gowa.",
])
def test_mpps_already_there_in_listed_governments_are_operating(nlp, text):
    assert facts(nlp, text) == {(code, "operating", None) for code in SULSEL_THREE}


@pytest.mark.parametrize("text", [
    "Kabupaten Maros belum ada MPP hingga kini.",
    "\"Pengembangan kantor bupati ke depan memang harus seperti itu, ada mal pelayanan,\" kata Bupati Maros.",
])
def test_no_mpp_or_a_remark_about_one_is_no_operation(nlp, text):
    assert not any(status == "operating" for _, status, _ in facts(nlp, text))
