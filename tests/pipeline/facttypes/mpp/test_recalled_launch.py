"""warta_mpp: an MPP whose launch the story recalls from an earlier year, and that it names as the place one goes
to or visits now ("Rombongan bertolak ke MPP Kota A"), runs: operating besides that launch. Not when the launch is
the story's news, nor when the launch has no year. Shown by final4; on sentences written for these tests (invented
places and dates)."""
from __future__ import annotations

from datetime import datetime

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

JAMBI = R("kota", "Jambi")
VISIT = "Usai pertemuan, rombongan Pemkab Tebo bertolak ke MPP Kota Jambi untuk studi tiru. "


def test_a_place_visited_years_after_its_launch_runs(nlp):
    text = VISIT + "Untuk diketahui, MPP Kota Jambi diresmikan Menteri PANRB pada 2019."
    assert facts(nlp, text, datetime(2023, 5, 9)) == {(JAMBI, "launched", 2019), (JAMBI, "operating", None)}


def test_a_place_visited_at_its_launch_of_the_day_is_only_launched(nlp):
    text = VISIT + "MPP Kota Jambi diresmikan Menteri PANRB pada Selasa (9/5/2023)."
    assert facts(nlp, text, datetime(2023, 5, 9)) == {(JAMBI, "launched", 2023)}


def test_a_launch_without_a_year_adds_nothing(nlp):
    text = VISIT + "MPP Kota Jambi sudah lama diresmikan Menteri PANRB."
    assert not any(status == "operating" for _, status, _ in facts(nlp, text, datetime(2023, 5, 9)))
