"""warta_mpp: statuses called off, only talked of, denied or on trial (precision), and plans listed in a
quote; sentences written for these tests (invented places and years)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

GRESIK = R("kabupaten", "Gresik")


@pytest.mark.parametrize("text", [
    "Pembangunan MPP di Kabupaten Gresik masih wacana.",
    "MPP Kabupaten Gresik sempat direncanakan dibangun pada 2022, namun batal karena anggaran.",
    "Peresmian Mal Pelayanan Publik Kabupaten Gresik urung digelar pekan ini.",
    "Rencana Pemkab Gresik membangun MPP di eks terminal akhirnya dibatalkan.",
    "Pemkab Gresik belum memiliki Mal Pelayanan Publik.",
    "Kabupaten Gresik tidak jadi membangun MPP tahun ini.",
])
def test_a_status_called_off_or_denied_gives_no_fact(nlp, text):
    assert facts(nlp, text, datetime(2024, 6, 1)) == set()


@pytest.mark.parametrize("text, want", [
    ("Pemkab Gresik melaksanakan uji coba terbatas Mall Pelayanan Publik (MPP) sejak Maret 2023 di Gedung "
     "Wahana Ekspresi.", set()),
    ("MPP Kabupaten Gresik masih tahap pra uji coba soft launching, karena belum diluncurkan secara resmi.",
     {(GRESIK, "planned", None)}),
    ("MPP Kabupaten Gresik sudah beroperasi sejak Maret 2023.", {(GRESIK, "operating", 2023)}),
    ("Bupati Gresik menggelar soft launching MPP Kabupaten Gresik, Senin (6/3/2023).", {(GRESIK, "launched", 2023)}),
])
def test_a_trial_is_neither_a_launch_nor_an_operation_since(nlp, text, want):
    assert facts(nlp, text, datetime(2024, 6, 1)) == want


BENGKULU = {R("kabupaten", "Lebong"), R("kabupaten", "Seluma"), R("kota", "Bengkulu")}


@pytest.mark.parametrize("text", [
    "\"Tahun depan kami akan membangun MPP di Kabupaten Lebong, Kabupaten Seluma dan Kota Bengkulu,\" kata Gubernur.",
    "Tiga daerah yang akan menerapkan MPP tahun depan yakni Kabupaten Lebong, Seluma dan Kota Bengkulu.",
    "Pemprov menargetkan MPP dibangun di tiga daerah tahun depan. Yakni Kabupaten Lebong, Kabupaten Seluma dan "
    "Kota Bengkulu.",
    "Menurut Deputi, MPP berikutnya akan dibangun tahun depan di:\n1. Kabupaten Lebong\n2. Kabupaten Seluma\n"
    "3. Kota Bengkulu",
])
def test_a_plan_list_in_a_quote_or_after_its_sentence(nlp, text):
    got = facts(nlp, text, datetime(2024, 6, 1))
    assert {(code, status) for code, status, _ in got} == {(code, "planned") for code in BENGKULU}


@pytest.mark.parametrize("text, want", [
    ("\"Kalau Kabupaten Sintang sedang membangun, sedangkan untuk Kabupaten Melawi kami belum mendapat kabar terkait "
     "belum dibangunnya Mal Pelayanan Publik,\" katanya.", {(R("kabupaten", "Sintang"), "planned", None)}),
    ("Kabupaten Sintang sudah memiliki, sedangkan Kabupaten Melawi belum memiliki Mal Pelayanan Publik.",
     {(R("kabupaten", "Sintang"), "operating", None)}),
    # the first side's status word has an object of its own: not the MPP
    ("Pemkab Sintang sedang membangun gedung baru, sedangkan MPP Kabupaten Melawi sudah beroperasi.",
     {(R("kabupaten", "Melawi"), "operating", None)}),
])
def test_a_contrast_with_a_denied_side_and_the_mpp_elided(nlp, text, want):
    assert facts(nlp, text, datetime(2024, 6, 1)) == want
