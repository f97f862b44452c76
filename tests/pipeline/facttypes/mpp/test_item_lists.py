"""warta_mpp: a status told once in a heading and carried over the governments listed on the lines after it,
a province's own government among them ("1. Provinsi Gorontalo"), on sentences written for these tests
(invented events, counts and years)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import P, R, tag

GORONTALO = {P("Gorontalo"), R("kabupaten", "Boalemo"), R("kota", "Gorontalo"), R("kabupaten", "Pohuwato")}
KALBAR = {R("kabupaten", "Sambas"), P("Kalimantan Barat"), R("kota", "Singkawang")}
MALUT = {R("kota", "Ternate"), P("Maluku Utara"), R("kabupaten", "Halmahera Barat")}
BENGKULU = {P("Bengkulu"), R("kota", "Bengkulu"), R("kabupaten", "Rejang Lebong")}


def _keyed(nlp, text, published):
    """(region code or "P" + province code, status) of each fact."""
    return {(m.region_code or f"P{m.province_code}", m.status) for m in tag(nlp, text, published)._.mpp}


@pytest.mark.parametrize("text, status, listed", [
    ("Gubernur membuka rapat koordinasi di Gorontalo, Senin (4/3).\n"
     "Sebanyak empat daerah yang berkomitmen membangun MPP tahun ini adalah:\n"
     "1. Provinsi Gorontalo\n2. Kabupaten Boalemo\n3. Kota Gorontalo\n4. Kabupaten Pohuwato\n"
     "Rapat ditutup dengan makan siang bersama.", "planned", GORONTALO),
    ("Berikut daerah yang akan membangun Mal Pelayanan Publik pada 2025:\n"
     "- Kabupaten Sambas\n- Pemprov Kalbar\n- Kota Singkawang", "planned", KALBAR),
    ("MPP yang diresmikan Menteri PANRB hari ini meliputi:\n"
     "1) Kota Ternate\n2) Provinsi Maluku Utara\n3) Kabupaten Halmahera Barat\n"
     "Menteri berharap pelayanan makin cepat.", "launched", MALUT),
    ("Daerah yang sudah mengoperasikan MPP yaitu:\n\nProvinsi Bengkulu;\n\nKota Bengkulu;\n\n"
     "Kabupaten Rejang Lebong.\n\nSelebihnya masih menyiapkan gedung.", "operating", BENGKULU),
])
def test_a_heading_status_goes_to_every_item_line_a_province_among_them(nlp, text, status, listed):
    assert _keyed(nlp, text, datetime(2024, 3, 4)) == {(code, status) for code in listed}


def test_a_province_line_after_the_list_was_closed_gets_nothing(nlp):
    text = ("Sebanyak dua daerah yang berkomitmen membangun MPP tahun ini adalah:\n"
            "1. Kabupaten Boalemo\n2. Kabupaten Pohuwato\n"
            "Gubernur meminta warga bersabar menunggu pembangunan gedung baru.\n"
            "Provinsi Gorontalo")
    assert _keyed(nlp, text, datetime(2024, 3, 4)) == {(R("kabupaten", "Boalemo"), "planned"),
                                                        (R("kabupaten", "Pohuwato"), "planned")}


def test_province_lines_under_a_heading_without_an_mpp_status_get_nothing(nlp):
    text = ("Pelayanan publik dibahas dalam rapat di Jakarta. Daftar peserta rapat koordinasi adalah:\n"
            "1. Provinsi Gorontalo\n2. Provinsi Maluku Utara\n3. Kabupaten Boalemo")
    assert _keyed(nlp, text, datetime(2024, 3, 4)) == set()


def test_a_bare_province_line_is_a_place_not_its_government(nlp):
    text = ("Daerah yang sudah mengoperasikan MPP yaitu:\n1. Kota Bengkulu\n2. Bengkulu Utara\n3. Jawa Barat")
    got = _keyed(nlp, text, datetime(2024, 3, 4))
    assert (P("Jawa Barat"), "operating") not in got
    assert (R("kota", "Bengkulu"), "operating") in got


@pytest.mark.parametrize("text", [
    "MPP yang sudah beroperasi:\n• Kota Singkawang\n• Kabupaten Sambas\n\nMPP yang masih dibangun:\n"
    "• Kabupaten Landak\n• Kabupaten Kubu Raya",
    "Daerah yang sudah mengoperasikan MPP yaitu:\n1. Kota Singkawang\n2. Kabupaten Sambas\n"
    "Sedangkan daerah yang akan membangun MPP tahun depan adalah:\n1. Kabupaten Landak\n2. Kabupaten Kubu Raya",
])
def test_a_new_heading_ends_the_list_before_it(nlp, text):
    got = _keyed(nlp, text, datetime(2024, 3, 4))
    assert got == {(R("kota", "Singkawang"), "operating"), (R("kabupaten", "Sambas"), "operating"),
                   (R("kabupaten", "Landak"), "planned"), (R("kabupaten", "Kubu Raya"), "planned")}


@pytest.mark.parametrize("text, status", [
    ("Lima daerah yang telah memiliki MPP di Bengkulu\nProvinsi Bengkulu\nKota Bengkulu\nKabupaten Rejang Lebong",
     "operating"),
    ("Tiga daerah yang akan membangun MPP tahun depan\n1. Provinsi Bengkulu\n2. Kota Bengkulu\n3. Kabupaten Rejang "
     "Lebong\nGubernur meminta pembangunan dipercepat.", "planned"),
])
def test_a_heading_line_without_a_colon_heads_the_item_lines_after_it(nlp, text, status):
    assert _keyed(nlp, text, datetime(2024, 3, 4)) == {(code, status) for code in BENGKULU}


def test_a_headline_followed_by_a_dateline_heads_no_list(nlp):
    text = ("Tiga Daerah di Bengkulu Resmikan MPP\nKOTA BENGKULU - Wali Kota Bengkulu menghadiri rapat anggaran "
            "di kantor DPRD, Senin (4/3/2024).")
    assert _keyed(nlp, text, datetime(2024, 3, 4)) == set()


@pytest.mark.parametrize("text", [
    "MPP yang diresmikan Menteri PANRB hari ini yaitu:\nMPP Kota Ternate\nMPP Provinsi Maluku Utara\n"
    "MPP Kabupaten Halmahera Barat",
    "Berikut daftar tiga MPP yang diresmikan hari ini\nMal Pelayanan Publik Kota Ternate\n"
    "Mal Pelayanan Publik Provinsi Maluku Utara\nMal Pelayanan Publik Kabupaten Halmahera Barat\n"
    "Menteri berharap pelayanan makin cepat.",
])
def test_item_lines_naming_the_mpp_before_its_government(nlp, text):
    assert _keyed(nlp, text, datetime(2024, 3, 4)) == {(code, "launched") for code in MALUT}


def test_an_mpp_line_after_the_list_was_closed_takes_no_status_from_it(nlp):
    text = ("MPP yang diresmikan Menteri PANRB hari ini yaitu:\nMPP Kota Ternate\nMPP Kabupaten Halmahera Barat\n"
            "Menteri lalu meninjau pasar tradisional di sekitar lokasi.\nMPP Kabupaten Halmahera Utara")
    got = _keyed(nlp, text, datetime(2024, 3, 4))
    assert got == {(R("kota", "Ternate"), "launched"), (R("kabupaten", "Halmahera Barat"), "launched")}
