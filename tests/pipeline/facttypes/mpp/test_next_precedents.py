"""warta_mpp: precedents named in the sentence after the one telling the MPP's ordinal ("MPP A merupakan yang
ketiga di Jambi. Sebelumnya, sudah ada fasilitas yang sama di Kabupaten B dan C": B and C run; precedents.py
`next_precedents`). Sentences written for these tests (invented events)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

EARLIER = {R("kabupaten", "Bungo"), R("kabupaten", "Tebo")}


@pytest.mark.parametrize("text", [
    "Bupati meresmikan MPP Kabupaten Kerinci. MPP Kerinci merupakan yang ketiga di Jambi. Sebelumnya, sudah ada "
    "fasilitas yang sama di Kabupaten Bungo, dan Tebo.",
    "Gubernur mengatakan, Mal Pelayanan Publik Kabupaten Kerinci merupakan yang ketiga di Jambi. Sebelumnya, telah "
    "hadir layanan serupa di Kabupaten Bungo dan Kabupaten Tebo.",
])
def test_precedents_in_the_next_sentence_run(nlp, text):
    got = facts(nlp, text, datetime(2024, 3, 5))
    assert {(code, s, y) for code, s, y in got if code in EARLIER} == {(code, "operating", None) for code in EARLIER}


@pytest.mark.parametrize("text", [
    # no ordinal told before: "Sebelumnya" is only earlier in the story
    "MPP Kerinci diresmikan Senin. Sebelumnya, sudah ada fasilitas yang sama di Kabupaten Bungo, dan Tebo.",
    # the governments before the having word are people's offices, not places that have one
    "MPP Kerinci merupakan yang ketiga di Jambi. Sebelumnya, Bupati Bungo dan Bupati Tebo ada di lokasi.",
    # the ordinal's own precedents already named: the next sentence is not read as theirs
    "MPP Kerinci merupakan yang ketiga di Jambi setelah Kota Jambi. Sebelumnya, sudah ada fasilitas yang sama di "
    "Kabupaten Bungo, dan Tebo.",
])
def test_no_next_precedents_without_a_bare_ordinal_before(nlp, text):
    got = facts(nlp, text, datetime(2024, 3, 5))
    assert not {code for code, _, _ in got} & EARLIER
