"""warta_mpp: a plan told "since" a year ("Rencana itu sudah digaungkan sejak 2020") began then: the year is not the
plan's (it has none unless the text gives the year it aims at); an MPP operating since a year keeps it. On sentences
written for these tests (invented events and dates). Shown by final10."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

DAY = datetime(2021, 11, 9)
BONTANG = R("kota", "Bontang")


@pytest.mark.parametrize("text, expected", [
    ("Pemerintah Kota Bontang berencana membangun Mal Pelayanan Publik (MPP). Rencana tersebut sudah digaungkan "
     "sejak 2020.", {(BONTANG, "planned", None)}),
    ("Pemerintah Kota Bontang berencana membangun Mal Pelayanan Publik (MPP) pada 2022. Rencana tersebut sudah "
     "digaungkan sejak 2020.", {(BONTANG, "planned", 2022)}),
    ("Pemkot Bontang sudah merencanakan MPP sejak 2019 dan menargetkan peresmiannya pada 2022.",
     {(BONTANG, "planned", 2022)}),
    ("MPP Kota Bontang sudah beroperasi sejak 2020.", {(BONTANG, "operating", 2020)}),
])
def test_a_plan_since_a_year_is_not_dated_by_it(nlp, text, expected):
    assert facts(nlp, text, DAY) == expected
