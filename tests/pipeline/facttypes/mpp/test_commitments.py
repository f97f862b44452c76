"""warta_mpp: a commitment to an MPP signed is a plan ("menandatangani komitmen penyelenggaraan MPP"), on
sentences written for these tests (invented events and dates)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts


@pytest.mark.parametrize("text, region, year", [
    ("Bupati Boalemo menandatangani komitmen penyelenggaraan Mal Pelayanan Publik (MPP) di Jakarta, Rabu (6/3/2024).",
     R("kabupaten", "Boalemo"), 2024),
    ("Penandatanganan komitmen pembangunan MPP Kabupaten Sambas dilakukan pada 2023.", R("kabupaten", "Sambas"), 2023),
    ("Pemkot Ternate meneken komitmen MPP bersama KemenPANRB pada 2025.", R("kota", "Ternate"), 2025),
    ("Wali Kota Singkawang turut teken komitmen penyelenggaraan mal pelayanan publik tahun 2024 di Jakarta.",
     R("kota", "Singkawang"), 2024),
])
def test_a_signed_commitment_to_an_mpp_is_a_plan(nlp, text, region, year):
    assert facts(nlp, text, datetime(2024, 3, 6)) == {(region, "planned", year)}


@pytest.mark.parametrize("text", [
    "Bupati menegaskan komitmen Pemkab Boalemo untuk meningkatkan pelayanan publik di daerahnya, termasuk MPP.",
    "Seluruh instansi di MPP Kota Ternate menandatangani komitmen bersama pelayanan prima, Senin (4/3/2024).",
    "Pemkab Sambas menandatangani komitmen zona integritas di gedung MPP, Senin (4/3/2024).",
])
def test_a_commitment_not_signed_or_not_to_an_mpp_is_no_plan(nlp, text):
    assert not any(status == "planned" for _, status, _ in facts(nlp, text, datetime(2024, 3, 6)))
