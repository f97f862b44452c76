"""warta_mpp: the year of a launch stated in the next sentence that names the event again, on sentences
written for these tests."""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

LANDAK = R("kabupaten", "Landak")


@pytest.mark.parametrize("follow_up", [
    "Peresmian itu berlangsung di halaman kantor bupati, Senin (3/6/2024).",
    "Peresmian tersebut dilakukan secara virtual pada Senin, 3 Juni 2024.",
    "Acara peluncuran ini digelar Senin (3/6/2024) dan dihadiri ratusan warga.",
])
def test_the_launch_named_again_dates_it(nlp, follow_up):
    text = "Mal Pelayanan Publik Kabupaten Landak diresmikan Menteri PANRB.\n" + follow_up
    assert facts(nlp, text) == {(LANDAK, "launched", 2024)}


def test_a_year_of_another_event_named_again_does_not_date_the_launch(nlp):
    text = ("Mal Pelayanan Publik Kabupaten Landak diresmikan Menteri PANRB.\n"
            "Rapat tersebut digelar Senin (3/6/2024) di aula kantor bupati.")
    assert facts(nlp, text) == {(LANDAK, "launched", None)}
