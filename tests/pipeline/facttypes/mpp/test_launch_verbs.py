"""warta_mpp: the English "launching" with the active verb prefix written as one word ("Wali Kota melaunching
MPP") is a launch. Shown by final7 (final4 and final6 write the passive form); invented sentences."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

TERNATE = R("kota", "Ternate")


@pytest.mark.parametrize("text", [
    "Ribuan warga menyaksikan Wali Kota Ternate melaunching Mall Pelayanan Publik, Kamis (26/10/2023) pagi.",
    "Pemkot Ternate resmi melaunching Mal Pelayanan Publik Kota Ternate pada Kamis (26/10/2023).",
])
def test_melaunching_is_a_launch(nlp, text):
    assert facts(nlp, text, datetime(2023, 10, 27)) == {(TERNATE, "launched", 2023)}


def test_melaunching_ahead_is_a_plan(nlp):
    text = "Wali Kota Ternate akan melaunching Mal Pelayanan Publik Kota Ternate pada Desember 2023."
    assert facts(nlp, text, datetime(2023, 10, 27)) == {(TERNATE, "planned", 2023)}


def test_melaunching_something_else_is_no_mpp_fact(nlp):
    text = "Wali Kota Ternate melaunching aplikasi antrean daring di kantor Dinas Kependudukan, Kamis (26/10/2023)."
    assert facts(nlp, text, datetime(2023, 10, 27)) == set()
