"""warta_mpp: a group's members listed as MPPs after an opener at a unit's head ("Di antaranya MPP Pemprov A,
Kota B, C, dan Kabupaten D") take the group's status, the province's own office too, and the list resumed in the
next paragraph ("Kemudian Kota E, F …") as well; without a group told before, such a list gives no fact. On
sentences written for these tests (invented places and counts). Shown by final10."""
from __future__ import annotations

from datetime import datetime

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

DAY = datetime(2024, 3, 6)


def test_members_listed_as_mpps_take_the_groups_state(nlp):
    text = ("Hingga kini sudah ada 12 MPP di Sulawesi Selatan. Di antaranya MPP Pemprov Sulsel, Kota Makassar, "
            "Kabupaten Gowa, dan Maros.\nKemudian Kota Parepare, Bantaeng, dan Kabupaten Pinrang.")
    got = facts(nlp, text, DAY)
    for region in (R("kota", "Makassar"), R("kabupaten", "Gowa"), R("kabupaten", "Maros"), R("kota", "Parepare"),
                   R("kabupaten", "Bantaeng"), R("kabupaten", "Pinrang")):
        assert (region, "operating", None) in got
    assert len([f for f in got if f[1] == "operating"]) == 7  # the six and the province's own


def test_members_listed_as_mpps_take_a_planned_groups_status(nlp):
    text = "Tahun depan tiga Mal Pelayanan Publik akan diresmikan. Yakni MPP Kota Palu, Kabupaten Sigi, dan Kabupaten Poso."
    assert facts(nlp, text, DAY) == {(R("kota", "Palu"), "planned", 2025), (R("kabupaten", "Sigi"), "planned", 2025),
                                     (R("kabupaten", "Poso"), "planned", 2025)}


def test_a_list_of_mpps_without_a_group_told_before_gives_no_fact(nlp):
    text = ("Ombudsman Sulsel meninjau 12 MPP pekan lalu untuk menilai layanannya. Di antaranya MPP Kota Makassar, "
            "Kabupaten Gowa, dan Maros.")
    assert facts(nlp, text, DAY) == set()
