"""warta_mpp: a sentence referring back to the MPP named just before it ("MPP ini diresmikan …") tells of that
MPP; where that MPP has no government of its own (the MPPs of a province, "Di Sulawesi Selatan, MPP …"), it
gives no fact, not even to the article's main region; sentences written for these tests (invented events)."""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

MAKASSAR = R("kota", "Makassar")


def test_referring_back_to_the_mpp_just_named_tells_of_it(nlp):
    text = "Mal Pelayanan Publik Kota Makassar terus dibenahi. MPP ini diresmikan pada 2020."
    assert (MAKASSAR, "launched", 2020) in facts(nlp, text)


@pytest.mark.parametrize("text", [
    # the article's main region is not the MPP referred back to
    "Pemerintah Kota Makassar membenahi layanan. Di Sulawesi Selatan, MPP sudah beroperasi. MPP ini diresmikan "
    "pada 2020.",
    "Di Sulawesi Selatan, MPP sudah banyak beroperasi. MPP ini diresmikan pada 2020.",
    # governments said to have none: no MPP of theirs to refer back to
    "Sedangkan tiga daerah belum membentuk MPP. MPP ini akan dibangun pada 2026.",
])
def test_referring_back_to_an_mpp_of_no_government_gives_no_fact(nlp, text):
    assert facts(nlp, text) == set()
