"""warta_mpp: a launch word right after what it requires ("syarat untuk membuka MPP", "prasyarat peresmian MPP") is
still ahead, a plan, as after readiness ("siap untuk dioperasikan"); a launch told done beside requirements met stays
a launch. On sentences written for these tests (invented events and dates). Shown by final9."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

DAY = datetime(2024, 3, 4)


@pytest.mark.parametrize("text", [
    "Pemkab Bone menggelar forum konsultasi publik. Kegiatan itu merupakan syarat untuk membuka Mal Pelayanan Publik "
    "milik Bone.",
    "Forum konsultasi publik menjadi prasyarat peresmian MPP Kabupaten Bone oleh Menteri.",
])
def test_a_launch_after_its_requirement_is_a_plan(nlp, text):
    assert {status for _, status, _ in facts(nlp, text, DAY)} == {"planned"}


def test_a_launch_done_after_its_requirements_were_met_stays_a_launch(nlp):
    text = "Bupati meresmikan MPP Kabupaten Bone setelah semua persyaratan dipenuhi, Senin (4/3/2024)."
    assert facts(nlp, text, DAY) == {(R("kabupaten", "Bone"), "launched", 2024)}
