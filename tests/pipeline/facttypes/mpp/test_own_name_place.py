"""warta_mpp: an MPP named by its own name and no region ("sidak di Mal Pelayanan Publik Jakabaring"), as the place
one goes to or visits, is the story's government's MPP, running. Not a word that is no name ("MPP Digital"), nor
where the story has no government of its own. Shown by final6 (final4 names the same kind of MPP with its city);
on sentences written for these tests (invented names and places)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

JAMBI = R("kota", "Jambi")


@pytest.mark.parametrize("second", [
    "Pernyataan itu disampaikan saat inspeksi mendadak di Mal Pelayanan Publik Telanaipura, Senin (3/3/2025).",
    "Sorenya, rombongan wali kota berkunjung ke MPP Sipin Ujung untuk melihat antrean.",
])
def test_an_mpp_by_its_own_name_visited_is_the_storys(nlp, second):
    text = "JAMBI - Wali Kota Jambi meminta pelayanan publik dipercepat. " + second
    assert facts(nlp, text, datetime(2025, 3, 3)) == {(JAMBI, "operating", None)}


@pytest.mark.parametrize("second", [
    "Ia juga singgah di MPP Digital untuk mencoba aplikasinya.",
    "Ia juga menghadiri rapat di Mal Pelayanan Publik, Senin.",
])
def test_no_own_name_no_mpp(nlp, second):
    text = "JAMBI - Wali Kota Jambi meminta pelayanan publik dipercepat. " + second
    assert facts(nlp, text, datetime(2025, 3, 3)) == set()
