"""warta_mpp: an MPP opened again ("Pemkot kembali membuka MPP usai cuti bersama", "MPP … dibuka kembali usai
renovasi") runs; it is no launch. Ahead ("akan kembali membuka") it is no operation. Shown by final7; invented
sentences."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

ALOR = R("kabupaten", "Alor")
PUBLISHED = datetime(2024, 4, 16)


@pytest.mark.parametrize("text", [
    "Usai cuti bersama Natal, Pemkab Alor kembali membuka MPP Kabupaten Alor bagi pemohon izin.",
    "Mal Pelayanan Publik Kabupaten Alor dibuka kembali usai renovasi gedung selama dua bulan.",
    "Usai ditutup sepekan karena banjir, Pemkab Alor kembali membuka MPP Kabupaten Alor, Senin (15/4/2024).",
])
def test_an_mpp_opened_again_runs(nlp, text):
    assert {(region, status) for region, status, _ in facts(nlp, text, PUBLISHED)} == {(ALOR, "operating")}


def test_an_mpp_opened_once_is_still_a_launch(nlp):
    text = "Pemerintah Kabupaten Alor membuka Mal Pelayanan Publik Kabupaten Alor, Senin (15/4/2024)."
    assert facts(nlp, text, PUBLISHED) == {(ALOR, "launched", 2024)}


def test_an_mpp_to_be_opened_again_does_not_run(nlp):
    text = "Pemkab Alor akan kembali membuka MPP Kabupaten Alor setelah renovasi rampung."
    assert not any(status == "operating" for _, status, _ in facts(nlp, text, PUBLISHED))
