"""warta_mpp: "DKI Jakarta", a province named by its government's designation, is a government in a list of MPP
governments ("di antaranya di Kota A, DKI Jakarta, Kota B"): the province's own MPP, as "Provinsi …" is. Not a
province named with no such designation, nor DKI Jakarta named as where people live. Shown by final6 (final4 lists
it the same way); invented sentences."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R, tag


def subjects(nlp, text):
    """(region code, or "P" + the province's code for a province's own MPP, status) of each fact."""
    return {(m.region_code or "P" + m.province_code, m.status) for m in tag(nlp, text, datetime(2024, 5, 2))._.mpp}


DKI = "P31"
MEDAN, SEMARANG = R("kota", "Medan"), R("kota", "Semarang")


@pytest.mark.parametrize("text, status", [
    ("Menurut Deputi, puluhan MPP sudah diluncurkan di berbagai kota.\nBeberapa di antaranya Kota Medan, "
     "DKI Jakarta, Kota Semarang, dan lainnya.", "launched"),
    ("Hingga 2019 telah terbentuk tiga MPP, yaitu Kota Medan, DKI Jakarta, dan Kota Semarang.", "launched"),
])
def test_dki_jakarta_in_a_list_of_mpp_governments_is_the_provinces_own(nlp, text, status):
    assert subjects(nlp, text) == {(MEDAN, status), (DKI, status), (SEMARANG, status)}


@pytest.mark.parametrize("text", [
    "Hingga 2019 telah terbentuk tiga MPP, yaitu Kota Medan, Jawa Tengah, dan Kota Semarang.",
    "Warga DKI Jakarta dan Kota Medan kini bisa mengurus izin di MPP Kota Semarang.",
])
def test_a_province_not_named_as_a_government_has_no_mpp_of_its_own(nlp, text):
    assert not any(subject == DKI or subject.startswith("P") for subject, _ in subjects(nlp, text))
