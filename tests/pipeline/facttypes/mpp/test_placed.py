"""warta_mpp: a plan placed in a region right after its word is that region's, whatever other MPP the
sentence names (a model visited or studied), on sentences written for these tests."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

BAUBAU = R("kota", "Bau Bau")


@pytest.mark.parametrize("sentence", [
    "Pemkot Baubau sedang mempelajari penerapan Mal Pelayanan Publik Kendari, jika kajian rampung maka "
    "segera dibangun di Baubau pada 2026.",
    "Setelah meninjau MPP Kota Kendari, Wali Kota menyebut MPP serupa akan dibangun di Kota Baubau pada 2026.",
    "Mengacu pada MPP Kota Kendari, gedung layanan terpadu direncanakan di Baubau pada 2026.",
])
def test_a_plan_placed_after_its_word_goes_to_that_region(nlp, sentence):
    got = facts(nlp, sentence, datetime(2025, 3, 1))
    assert (BAUBAU, "planned", 2026) in got
    assert not any(code == R("kota", "Kendari") and status == "planned" for code, status, _ in got)


def test_a_launch_held_in_another_city_stays_with_its_mpp(nlp):
    text = "MPP Kabupaten Buton diresmikan secara serentak di Kota Baubau, Senin (3/3/2025)."
    assert facts(nlp, text) == {(R("kabupaten", "Buton"), "launched", 2025)}
