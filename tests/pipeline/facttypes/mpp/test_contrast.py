"""warta_mpp: one sentence, two governments in contrast, each with its own status; the second names
its MPP only by a pronoun or an event noun (sentences written for these tests)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

BIMA, DOMPU = R("kota", "Bima"), R("kabupaten", "Dompu")


@pytest.mark.parametrize("text, first", [
    ("Kota Bima sudah memiliki MPP, sementara Kabupaten Dompu baru akan membangunnya tahun depan.",
     (BIMA, "operating", None)),
    ("MPP Kota Bima diresmikan pada 2022, sedangkan Kabupaten Dompu menargetkan peresmian tahun depan.",
     (BIMA, "launched", 2022)),
    ("MPP Kota Bima sudah beroperasi sejak 2022, sedangkan Pemkab Dompu akan segera membangunnya pada 2025.",
     (BIMA, "operating", 2022)),
])
def test_the_government_after_a_contrast_gets_its_own_status(nlp, text, first):
    assert facts(nlp, text, datetime(2024, 6, 1)) == {first, (DOMPU, "planned", 2025)}


def test_a_contrast_without_a_government_names_no_other_mpp(nlp):
    text = "MPP Kota Bima sudah beroperasi sejak 2022, sedangkan gedung lamanya akan dibangun ulang tahun depan."
    assert facts(nlp, text, datetime(2024, 6, 1)) == {(BIMA, "operating", 2022)}


SUMBAWA = R("kabupaten", "Sumbawa")


@pytest.mark.parametrize("text, expected", [
    ("Selain Kabupaten Sumbawa, MPP juga diresmikan di Kota Bima dan Kabupaten Dompu pada Senin (3/6/2024).",
     {(SUMBAWA, "launched", 2024), (BIMA, "launched", 2024), (DOMPU, "launched", 2024)}),
    ("Selain di Kota Bima, MPP juga sudah beroperasi di Kabupaten Dompu sejak 2023.",
     {(BIMA, "operating", 2023), (DOMPU, "operating", 2023)}),
])
def test_besides_a_government_the_mpp_also_gets_the_status(nlp, text, expected):
    assert facts(nlp, text, datetime(2024, 6, 1)) == expected


def test_besides_a_government_another_one_having_an_mpp_tells_only_of_that_one(nlp):
    text = "Selain Kota Bima, Kabupaten Dompu juga sudah memiliki MPP yang beroperasi sejak 2022."
    assert facts(nlp, text, datetime(2024, 6, 1)) == {(DOMPU, "operating", 2022)}
