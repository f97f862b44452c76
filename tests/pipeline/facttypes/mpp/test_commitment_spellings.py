"""warta_mpp: a word of signing is known by how it begins, whatever its affixes or slips of the key
("menandatangi komitmen MPP", "tanda tangan komitmen MPP" written apart), on sentences written for these
tests (invented events and dates). Shown by final10 (a misspelt heading over a list of signers) and final5
("tanda tangan komitmen")."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts


@pytest.mark.parametrize("text, region, year", [
    ("Bupati Boalemo menandatangi komitmen penyelenggaraan Mal Pelayanan Publik (MPP) pada 2024.",
     R("kabupaten", "Boalemo"), 2024),
    ("Pemkot Ternate sudah tanda tangan komitmen MPP bersama KemenPANRB pada 2025.", R("kota", "Ternate"), 2025),
])
def test_a_misspelt_or_split_signing_word_still_signs(nlp, text, region, year):
    assert facts(nlp, text, datetime(2024, 3, 6)) == {(region, "planned", year)}


@pytest.mark.parametrize("text", [
    "Pemkab Sambas tanda tangan komitmen zona integritas di gedung MPP, Senin (4/3/2024).",
    "Seluruh instansi di MPP Kota Ternate menandatangi komitmen bersama pelayanan prima, Senin (4/3/2024).",
])
def test_a_signing_not_of_an_mpp_commitment_is_no_plan(nlp, text):
    assert not any(status == "planned" for _, status, _ in facts(nlp, text, datetime(2024, 3, 6)))


@pytest.mark.parametrize("text, expected", [
    ("Daftar pemda yang menandatangi komitmen MPP tahun 2024:\n- Pemerintah Kabupaten Sambas\n"
     "- Pemerintah Kota Ternate", {(R("kabupaten", "Sambas"), "planned", 2024), (R("kota", "Ternate"), "planned", 2024)}),
])
def test_a_list_under_a_misspelt_signing_heading(nlp, text, expected):
    assert facts(nlp, text, datetime(2024, 3, 6)) == expected
