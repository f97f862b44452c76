"""warta_mpp: what a precedent's ordinal counts (precedents.py `_counts_launches`): launches ("Peresmian MPP A
merupakan yang ketiga", "yang ketiga kalinya": the earlier ones launched) or MPPs ("MPP A yang baru diluncurkan
merupakan MPP kelima, setelah B, C, D, dan E": the earlier ones run). Sentences written for these tests
(invented events)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

EARLIER = (R("kabupaten", "Kerinci"), R("kota", "Sungai Penuh"), R("kabupaten", "Bungo"), R("kabupaten", "Tebo"))


@pytest.mark.parametrize("text, status", [
    # the ordinal counts MPPs, the story's launch a verb in a relative clause: the earlier ones run
    ("MPP Kota Jambi yang baru sebulan ini diresmikan merupakan MPP keenam di Provinsi Jambi, setelah Kerinci, "
     "Sungai Penuh, Bungo, dan Tebo.", "operating"),
    ("Mal Pelayanan Publik Kota Jambi, yang diluncurkan Senin lalu, menjadi MPP ke-6 di Jambi menyusul Kabupaten "
     "Kerinci, Kota Sungai Penuh, Kabupaten Bungo dan Kabupaten Tebo.", "operating"),
    # the ordinal counts launches: the event noun before it, or "kalinya"
    ("Peresmian MPP Kota Jambi merupakan yang keenam di Provinsi Jambi, setelah Kerinci, Sungai Penuh, Bungo, "
     "dan Tebo.", "launched"),
    ("Bupati meresmikan MPP Kota Jambi, yang keenam kalinya di Provinsi Jambi setelah Kerinci, Sungai Penuh, "
     "Bungo, dan Tebo.", "launched"),
])
def test_the_ordinal_counts_launches_or_mpps(nlp, text, status):
    got = {(code, s) for code, s, _ in facts(nlp, text, datetime(2024, 3, 5))}
    assert {(code, status) for code in EARLIER} <= got
    other = "launched" if status == "operating" else "operating"
    assert not {(code, other) for code in EARLIER} & got
    assert (R("kota", "Jambi"), "launched") in got  # the story's own launch stays
