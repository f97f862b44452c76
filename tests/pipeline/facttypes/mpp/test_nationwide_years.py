"""warta_mpp: a sentence naming no government that places MPPs nationwide ("… 100% MPP sudah dibangun di Indonesia")
tells of the nation's MPPs: its year is not the story's government's, nor a fact of its own; a year said of the
government's own MPP still dates it. On sentences written for these tests (invented events and dates). Shown by
final10."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

DAY = datetime(2023, 3, 17)
LABURA = R("kabupaten", "Labuhanbatu Utara")


@pytest.mark.parametrize("text, expected", [
    ("Pemkab Labuhanbatu Utara berencana mendirikan Mal Pelayanan Publik (MPP). Saat ini baru berdiri 115 MPP di "
     "Indonesia. Pada tahun 2024 nanti kementerian menargetkan 100% MPP sudah dibangun di Indonesia.",
     {(LABURA, "planned", None)}),
    ("Pemkab Labuhanbatu Utara berencana mendirikan Mal Pelayanan Publik (MPP). Pada tahun 2024 nanti MPP itu "
     "ditargetkan sudah dibangun.", {(LABURA, "planned", 2024)}),
])
def test_a_nationwide_target_does_not_date_the_governments_plan(nlp, text, expected):
    assert facts(nlp, text, DAY) == expected


def test_a_launch_told_with_the_nations_other_mpps_keeps_its_year(nlp):
    text = ("Mal Pelayanan Publik (MPP) Kota Ternate kini resmi diakui pemerintah pusat. Peresmiannya dilakukan Wakil "
            "Presiden di Jakarta, Senin (5/12/2022), bersamaan dengan 26 MPP lain dari berbagai daerah di Indonesia.")
    assert (R("kota", "Ternate"), "launched", 2022) in facts(nlp, text, datetime(2022, 12, 6))
