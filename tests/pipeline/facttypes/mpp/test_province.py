"""warta_mpp: a province's own MPP is the province's fact (region_code None, province_code the
province), on sentences written for these tests (invented events)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import P, R, tag


def province_facts(nlp, text, published=None) -> set[tuple]:
    return {(m.region_code, m.province_code, m.status, m.year) for m in tag(nlp, text, published)._.mpp}


KALBAR = P("Kalimantan Barat")[1:]


@pytest.mark.parametrize("text, status", [
    ("MPP Provinsi Kalimantan Barat diresmikan Menteri PANRB di Pontianak, Senin (3/4/2023).", "launched"),
    ("Mal Pelayanan Publik Kalimantan Barat diresmikan Menteri PANRB, Senin (3/4/2023).", "launched"),
    ("Pemerintah Provinsi Kalimantan Barat akhirnya resmi meluncurkan Mal Pelayanan Publik pada 2023.",
     "launched"),
    ("Pemprov Kalbar menargetkan MPP miliknya beroperasi pada 2023.", "planned"),
])
def test_a_provinces_own_mpp(nlp, text, status):
    assert province_facts(nlp, text, datetime(2023, 4, 3)) == {(None, KALBAR, status, 2023)}


def test_an_mpp_visited_in_a_province_is_operating(nlp):
    text = ("Anggota DPRD Kabupaten Mempawah melakukan studi banding soal pelayanan terpadu.\n"
            "\"Kami sempat berkunjung ke MPP Kalbar. Layanannya cukup satu meja untuk satu instansi,\" ujarnya.")
    assert (None, KALBAR, "operating", None) in province_facts(nlp, text)


@pytest.mark.parametrize("text", [
    "Saat ini jumlah MPP di Kalimantan Barat sudah beroperasi di sembilan kabupaten/kota.",
    "Di Kalbar, MPP telah diresmikan di sejumlah daerah sejak 2021.",
    "Sebab di Pemprov Kalbar sendiri tidak butuh gedung besar untuk dijadikan MPP.",
    "Gubernur Kalimantan Barat menghadiri peresmian Mal Pelayanan Publik di Jakarta.",
])
def test_a_province_as_a_place_or_an_office_gives_no_province_fact(nlp, text):
    assert not any(r is None for r, *_ in province_facts(nlp, text, datetime(2023, 4, 3)))


def test_a_regions_fact_carries_its_province(nlp):
    text = "Bupati Sanggau meresmikan Mal Pelayanan Publik Kabupaten Sanggau, Selasa (4/4/2023)."
    assert province_facts(nlp, text) == {(R("kabupaten", "Sanggau"), KALBAR, "launched", 2023)}


def test_a_province_reporting_on_its_regencies_mpps_has_none_of_its_own(nlp):
    text = ("Pemerintah Provinsi Kalimantan Barat mencatat sembilan kabupaten/kota di wilayahnya sudah memiliki "
            "Mal Pelayanan Publik (MPP).")
    assert not any(r is None for r, *_ in province_facts(nlp, text))


def test_a_provinces_own_mpp_with_its_place_is_operating_besides_its_launch(nlp):
    text = ("Tak hanya kabupaten/kota, Provinsi Kalimantan Barat juga memiliki MPP sendiri yang berlokasi di "
            "kantor DPMPTSP Kalbar, Jalan Ahmad Yani, Pontianak.\nMPP ini diresmikan pada 12 Maret 2023.")
    assert province_facts(nlp, text) == {(None, KALBAR, "operating", None), (None, KALBAR, "launched", 2023)}
