"""warta_mpp: an MPP the story tells running after the launch that is its news runs from that launch's year
("menilai operasional MPP di Kabupaten A masih perlu dibenahi, meski telah resmi diluncurkan pada 12 November");
not after a launch recalled from another year. Shown by final5 and final6 (round 7 gave the same year to an MPP
served at after its launch); on sentences written for these tests (invented places and dates)."""
from __future__ import annotations

from datetime import datetime

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

SINTANG = R("kabupaten", "Sintang")


def test_running_after_the_launch_of_the_news(nlp):
    text = ("Anggota DPRD menilai operasional Mal Pelayanan Publik (MPP) di Kabupaten Sintang masih perlu "
            "dibenahi, meski telah resmi diluncurkan pada 3 Oktober 2024.")
    assert facts(nlp, text, datetime(2024, 10, 20)) == {(SINTANG, "launched", 2024), (SINTANG, "operating", 2024)}


def test_running_after_a_launch_of_another_year(nlp):
    text = ("Anggota DPRD menilai operasional Mal Pelayanan Publik (MPP) di Kabupaten Sintang masih perlu "
            "dibenahi, meski telah resmi diluncurkan pada 3 Oktober 2021.")
    assert facts(nlp, text, datetime(2024, 10, 20)) == {(SINTANG, "launched", 2021), (SINTANG, "operating", None)}


def test_running_without_a_launch_has_no_year(nlp):
    text = "Anggota DPRD menilai operasional Mal Pelayanan Publik (MPP) di Kabupaten Sintang masih perlu dibenahi."
    assert facts(nlp, text, datetime(2024, 10, 20)) == {(SINTANG, "operating", None)}
