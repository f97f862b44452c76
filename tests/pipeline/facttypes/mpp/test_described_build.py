"""warta_mpp: "Gedung MPP ini dibangun … dengan anggaran … (APBD 2022)" without a future marker describes how the
building was built: a weak plan, history in a story that launches the MPP in another sentence, still a plan
of the budget's year where the story tells nothing later. A budget allocated or a building still ahead stays a
plan. Shown by final6; on sentences written for these tests (invented places and figures)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

BONE = R("kabupaten", "Bone")


def test_a_described_build_is_history_of_a_launched_mpp(nlp):
    text = ("Bupati Bone meresmikan MPP Kabupaten Bone, Senin (3/6/2024). Gedung MPP ini dibangun di atas lahan "
            "seluas 5.000 meter persegi dengan anggaran pembangunan Rp25 miliar dari APBD 2022 dan APBD 2023.")
    assert facts(nlp, text, datetime(2024, 6, 3)) == {(BONE, "launched", 2024)}


@pytest.mark.parametrize("text, year", [
    ("Gedung MPP Kabupaten Bone dibangun dengan anggaran pembangunan Rp25 miliar dari APBD 2024.", 2024),
    ("Gedung MPP Kabupaten Bone akan dibangun dengan anggaran Rp25 miliar dari APBD 2025.", 2025),
    ("Pembangunan MPP Kabupaten Bone dianggarkan Rp25 miliar dalam APBD 2025.", 2025),
])
def test_a_build_with_its_budget_alone_is_a_plan(nlp, text, year):
    assert facts(nlp, text, datetime(2024, 6, 3)) == {(BONE, "planned", year)}
