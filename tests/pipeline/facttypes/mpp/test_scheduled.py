"""warta_mpp: a counterfactual word followed by a schedule ("MPP yang sedianya akan mulai beroperasi pada awal
Januari 2026 ini belum terealisasi") tells the plan and its date; "seharusnya sudah …" still tells no fact. Shown
by final9; sentences written for these tests (invented places and dates)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

PUB = datetime(2026, 1, 20)
WAJO = R("kabupaten", "Wajo")


@pytest.mark.parametrize("text", [
    "MPP Kabupaten Wajo yang sedianya akan mulai beroperasi pada awal Januari 2026 ini belum dapat terealisasi.",
    "Mal Pelayanan Publik Kabupaten Wajo semestinya dijadwalkan diresmikan pada Maret 2026, tetapi gedungnya belum rampung.",
])
def test_a_schedule_after_a_counterfactual_is_a_plan(nlp, text):
    assert facts(nlp, text, PUB) == {(WAJO, "planned", 2026)}


@pytest.mark.parametrize("text", [
    "MPP Kabupaten Wajo seharusnya sudah beroperasi pada Januari 2026.",
    "MPP Kabupaten Wajo sedianya diresmikan pada 2025, namun tertunda.",
])
def test_a_counterfactual_without_a_schedule_tells_no_fact(nlp, text):
    assert facts(nlp, text, PUB) == set()
