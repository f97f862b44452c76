"""warta_mpp: a counted group of MPPs or governments whose status is told once, and the governments listed for it:
after "seperti"/"misalnya" in the same sentence, or in the next one after an opener and a comma ("Di antaranya,
Kota A, …"); the year of the group's sentence stays with its own list. On sentences written for these tests
(invented counts, places and years)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

GORONTALO = {R("kabupaten", "Boalemo"), R("kabupaten", "Pohuwato"), R("kota", "Gorontalo")}
KALBAR = {R("kota", "Singkawang"), R("kabupaten", "Sambas"), R("kabupaten", "Landak")}


@pytest.mark.parametrize("text, status, year", [
    ("Pada 2024 ini terdapat tiga kabupaten/kota yang telah menandatangani komitmen akan membangun MPP. "
     "Di antaranya, Kabupaten Boalemo, Kabupaten Pohuwato, dan Kota Gorontalo.", "planned", 2024),
    ("Tahun 2025 tiga daerah akan membangun Mal Pelayanan Publik. Yakni, Kabupaten Boalemo, Kabupaten Pohuwato "
     "serta Kota Gorontalo.", "planned", 2025),
    ("Sudah ada tiga MPP yang beroperasi di Gorontalo. Antara lain, Kabupaten Boalemo, Kabupaten Pohuwato dan "
     "Kota Gorontalo.", "operating", None),
])
def test_a_group_listed_in_the_next_sentence_after_an_opener_and_a_comma(nlp, text, status, year):
    assert facts(nlp, text, datetime(2024, 5, 2)) == {(code, status, year) for code in GORONTALO}


@pytest.mark.parametrize("text, status", [
    ("Sementara ada 3 MPP yang belum diluncurkan seperti Kota Singkawang, Kab Sambas dan Landak.", "planned"),
    ("Di Kalbar sudah beroperasi 3 MPP, seperti di Kota Singkawang, Kabupaten Sambas, dan Kabupaten Landak.",
     "operating"),
    ("Ada tiga MPP yang akan diresmikan bulan depan, misalnya Kota Singkawang, Kabupaten Sambas dan Kabupaten "
     "Landak.", "planned"),
    ("Gubernur mencatat 3 MPP sudah melayani warga, contohnya MPP Kota Singkawang, Kabupaten Sambas, dan "
     "Kabupaten Landak.", "operating"),
])
def test_a_counted_group_of_mpps_and_its_examples(nlp, text, status):
    assert {(code, st) for code, st, _ in facts(nlp, text, datetime(2024, 5, 2))} == {(c, status) for c in KALBAR}


def test_a_single_mpp_built_like_another_gives_the_other_no_status(nlp):
    got = facts(nlp, "Pemkab Sambas akan membangun MPP seperti di Kota Singkawang pada 2025.", datetime(2024, 5, 2))
    assert not any(code == R("kota", "Singkawang") for code, _, _ in got)


def test_seperti_in_another_sentence_lists_nothing(nlp):
    text = ("Ada 3 MPP yang beroperasi di Kalbar. Bupati seperti biasa meninjau pasar di Kabupaten Sambas dan "
            "Kabupaten Landak.")
    assert not any(code in KALBAR for code, _, _ in facts(nlp, text, datetime(2024, 5, 2)))


def test_the_year_of_one_group_stays_with_its_own_list(nlp):
    text = ("Pada 2024 ini terdapat tiga kabupaten/kota yang telah menandatangani komitmen akan membangun MPP. "
            "Di antaranya, Kabupaten Boalemo, Kabupaten Pohuwato, dan Kota Gorontalo. "
            "Sementara ada 2 MPP yang belum diluncurkan seperti Kabupaten Bone Bolango dan Gorontalo Utara.")
    got = facts(nlp, text, datetime(2024, 5, 2))
    assert {(c, "planned", 2024) for c in GORONTALO} <= got
    assert (R("kabupaten", "Bone Bolango"), "planned", None) in got
    assert (R("kabupaten", "Gorontalo Utara"), "planned", None) in got


@pytest.mark.parametrize("text, status", [
    ("Provinsi Gorontalo baru memiliki tiga MPP yang sudah disahkan Kementerian PANRB, yang berada di Kabupaten "
     "Boalemo, Kabupaten Pohuwato, dan Kota Gorontalo, kata Gubernur, Senin, 4 Maret 2024.", "operating"),
    ("Kini terdapat tiga MPP di provinsi itu, yang tersebar di Kabupaten Boalemo, Kabupaten Pohuwato dan Kota "
     "Gorontalo.", "operating"),
    ("Tahun depan akan dibangun tiga MPP baru dengan dana APBD, masing-masing di Kabupaten Boalemo, Kabupaten "
     "Pohuwato, dan Kota Gorontalo.", "planned"),
    ("Sudah ada 3 MPP yang melayani warga sejak pandemi, yang berlokasi di Kota Gorontalo, Kabupaten Boalemo "
     "serta Kabupaten Pohuwato.", "operating"),
])
def test_a_counted_group_of_mpps_placed_further_on_in_its_sentence(nlp, text, status):
    got = {(code, st) for code, st, _ in facts(nlp, text, datetime(2024, 3, 4))}
    assert {(c, status) for c in GORONTALO} <= got
    assert not any(code in GORONTALO and st != status for code, st in got)


def test_having_a_counted_group_of_mpps_is_a_state_not_dated_by_the_day_it_is_said(nlp):
    text = ("Provinsi Gorontalo baru memiliki tiga MPP yang sudah disahkan Kementerian PANRB, yang berada di Kabupaten "
            "Boalemo, Kabupaten Pohuwato, dan Kota Gorontalo, kata Gubernur, Senin, 4 Maret 2024.")
    assert {y for code, _, y in facts(nlp, text, datetime(2024, 3, 4)) if code in GORONTALO} == {None}


@pytest.mark.parametrize("text", [
    "Pemprov mencatat tiga MPP sudah beroperasi, sementara kantor dinas yang berada di Kota Gorontalo masih direnovasi.",
    "Gorontalo memiliki tiga MPP. Kantor gubernur yang berada di Kota Gorontalo juga melayani perizinan.",
])
def test_a_place_clause_of_something_else_lists_no_member(nlp, text):
    assert not any(code == R("kota", "Gorontalo") for code, _, _ in facts(nlp, text, datetime(2024, 3, 4)))


def test_a_counted_group_named_with_its_demonstrative_then_placed(nlp):
    text = "Tiga MPP yang diresmikan secara serentak itu berada di Kabupaten Boalemo, Kabupaten Pohuwato dan Kota Gorontalo."
    assert {(c, st) for c, st, _ in facts(nlp, text, datetime(2024, 3, 4))} == {(c, "launched") for c in GORONTALO}
