"""warta_mpp: an MPP told to have run for some days, weeks or months up to the story ("Setelah empat hari
beroperasi, …") started operating that long before the story's day: the operating fact's year. Years of age
("sudah tiga tahun beroperasi") and stories without a date give none. Shown by final6; on sentences written for
these tests (invented places and dates)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

BIMA = R("kota", "Bima")


@pytest.mark.parametrize("text, published, year", [
    ("Setelah lima hari beroperasi, MPP Kota Bima ramai dikunjungi warga.", datetime(2023, 8, 10), 2023),
    ("MPP Kota Bima baru sepekan beroperasi, antrean sudah mengular.", datetime(2023, 8, 10), 2023),
    ("MPP Kota Bima sudah 10 hari beroperasi dan melayani ratusan warga.", datetime(2024, 1, 4), 2023),
    ("Selama dua bulan beroperasi, MPP Kota Bima melayani 3.000 warga.", datetime(2024, 1, 20), 2023),
])
def test_a_span_of_operation_dates_its_start(nlp, text, published, year):
    assert facts(nlp, text, published) == {(BIMA, "operating", year)}


@pytest.mark.parametrize("text, published", [
    ("MPP Kota Bima sudah tiga tahun beroperasi.", datetime(2024, 1, 20)),
    ("Setelah empat hari beroperasi, MPP Kota Bima ramai dikunjungi warga.", None),
    ("MPP Kota Bima beroperasi setiap hari kerja.", datetime(2024, 1, 20)),
])
def test_no_year_without_a_dated_short_span(nlp, text, published):
    assert facts(nlp, text, published) == {(BIMA, "operating", None)}
