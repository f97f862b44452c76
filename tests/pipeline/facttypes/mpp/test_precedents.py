"""warta_mpp: other governments' MPPs named as precedents of the story's own ("yang ketiga …, setelah
A dan B"), and other governments urged to build one (no plan of theirs); sentences written for these
tests (invented events)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts


@pytest.mark.parametrize("text, status", [
    ("Peresmian MPP di Kabupaten Blora, menurut Menteri, merupakan yang keempat kalinya di Jawa Tengah, "
     "setelah Kabupaten Pati dan Kota Salatiga.", "launched"),
    ("Ia berharap Mall Pelayanan Publik di Kabupaten Dairi, sebagai fasilitas yang ketiga ada di Sumut setelah "
     "Kabupaten Pati dan Kota Salatiga, bisa bermanfaat.", "operating"),
    ("Bupati meresmikan Mal Pelayanan Publik Kabupaten Sinjai, Senin (4/3/2024). MPP Sinjai menjadi MPP ke-5 di "
     "provinsi itu menyusul Kabupaten Pati dan Kota Salatiga.", "operating"),
    ("MPP Kota Lhokseumawe akan menjadi yang kedua setelah Kabupaten Pati dan Kota Salatiga.", "operating"),
])
def test_precedents_after_an_ordinal_take_the_launch_or_have_one(nlp, text, status):
    got = facts(nlp, text, datetime(2024, 3, 5))
    assert {(code, s) for code, s, _ in got if code in (R("kabupaten", "Pati"), R("kota", "Salatiga"))} == {
        (R("kabupaten", "Pati"), status), (R("kota", "Salatiga"), status)}


@pytest.mark.parametrize("text", [
    "Kabupaten Pati meraih peringkat ketiga setelah Kabupaten Kudus dalam lomba inovasi. Pemkab Pati juga "
    "meresmikan MPP.",  # an ordinal about something else
    "Peresmian MPP Kabupaten Pati dilakukan setelah Kabupaten Kudus menggelar rapat.",  # no ordinal
])
def test_no_precedent_without_an_ordinal_of_the_mpp(nlp, text):
    assert R("kabupaten", "Kudus") not in {code for code, _, _ in facts(nlp, text)}


@pytest.mark.parametrize("text, planned", [
    # other governments urged: a wish, no plan of theirs nor of the article's region
    ("Tiga daerah di Kabupaten Sambas belum punya layanan terpadu. \"Kita akan mendorong mereka, supaya segera "
     "membangun Mal Pelayanan Publik,\" kata Gubernur.", False),
    ("Gubernur meminta seluruh kabupaten/kota agar segera membangun MPP. Hal itu disampaikan di Kabupaten Sambas.",
     False),
    # the speaker's own agency urged: its government's plan
    ("Bupati Sambas mengimbau agar DPMPTSP Kabupaten Sambas berkoordinasi, agar tahun depan dapat segera "
     "membentuk Mal Pelayanan Publik.", True),
])
def test_urging_other_governments_is_no_plan(nlp, text, planned):
    got = facts(nlp, text, datetime(2024, 3, 5))
    assert ((R("kabupaten", "Sambas"), "planned") in {(c, s) for c, s, _ in got}) == planned


@pytest.mark.parametrize("text, want", [
    ("Ia menyebutkan Riau menjadi salah satu daerah yang siap untuk membentuk Mal Pelayanan Publik selain Surabaya, "
     "DKI Jakarta dan Batam.", {(R("kota", "Surabaya"), "planned"), (None, "planned"), (R("kota", "Batam"), "planned")}),
    ("Pemkab Kampar akan membangun MPP selain Kabupaten Siak dan Kota Dumai tahun depan.",
     {(R("kabupaten", "Kampar"), "planned"), (R("kabupaten", "Siak"), "planned"), (R("kota", "Dumai"), "planned")}),
    ("Pemkab Kampar menyediakan layanan lain selain Kabupaten Siak.", set()),  # no MPP, no status
    ("Warga Kampar kini punya pilihan selain MPP Kabupaten Siak.", set()),  # "selain" before the MPP
])
def test_a_list_besides_the_mpp_shares_its_status(nlp, text, want):
    got = facts(nlp, text, datetime(2024, 3, 5))
    assert {(code, s) for code, s, _ in got} >= want
    if not want:
        assert R("kabupaten", "Siak") not in {code for code, _, _ in got}


@pytest.mark.parametrize("text", [
    # the precedents after the story's own MPP, its launch dated in the same sentence
    "MPP Kabupaten Kampar diresmikan pada 2019 dan merupakan MPP kelima di Indonesia setelah Kota Batam, Kabupaten Siak "
    "dan Jakarta.",
    # the ordinal first, the date after the list
    "MPP Kabupaten Kampar menjadi yang kelima, menyusul Kota Batam, Kabupaten Siak dan DKI Jakarta, dan "
    "diresmikan Senin (4/3/2019).",
    # the precedents in a sentence of their own, the year in the sentence before
    "Bupati Kampar meresmikan MPP Kabupaten Kampar pada 2019. MPP itu menjadi yang kelima setelah Kota Batam, "
    "Kabupaten Siak dan Jakarta.",
    # a numbered ordinal
    "Diresmikan tahun 2019, MPP Kampar merupakan MPP ke-5 setelah Kota Batam, Kabupaten Siak, dan Jakarta.",
])
def test_precedents_take_no_year_of_the_story_and_a_province_is_its_own(nlp, text):
    got = facts(nlp, text, datetime(2019, 3, 5))
    precedents = {(code, year) for code, _, year in got if code in (R("kota", "Batam"), R("kabupaten", "Siak"), None)}
    assert precedents == {(R("kota", "Batam"), None), (R("kabupaten", "Siak"), None), (None, None)}
    # the story's own MPP keeps its year, and is not given to the precedents
    assert (R("kabupaten", "Kampar"), "launched", 2019) in got


def test_a_government_before_the_ordinal_is_no_precedent(nlp):
    # Siak is the story's own, named before the ordinal; only Batam comes after "setelah"
    got = facts(nlp, "MPP Kabupaten Siak diresmikan pada 2019 sebagai yang kedua setelah Kota Batam.",
                datetime(2019, 3, 5))
    assert (R("kabupaten", "Siak"), "launched", 2019) in got
    assert (R("kota", "Batam"), "launched", None) in got
