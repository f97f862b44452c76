"""warta_compliance: "jika/bila dibandingkan" means "compared with", no condition: the score compared with after it
is stated ("naik 5,20 poin jika dibandingkan 2021 sebesar 70,10 poin"); a condition before anything else still
makes the rest of its clause hypothetical. Shown by final9 (the phrase also in final4 and final7 stories);
sentences written for these tests (invented places, years and scores)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R, results

LEAD = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022 kepada pemerintah daerah. "
PUB = datetime(2023, 1, 10)
BANTAENG = R("kabupaten", "Bantaeng")


@pytest.mark.parametrize("text", [
    "Nilai Kabupaten Bantaeng naik 5,20 poin jika dibandingkan 2021 sebesar 70,10 poin.",
    "Nilai Kabupaten Bantaeng naik 5,20 poin bila dibandingkan tahun 2021 yang hanya 70,10.",
    "Nilai Kabupaten Bantaeng naik 5,20 poin apabila dibandingkan dengan tahun 2021 sebesar 70,10 poin.",
])
def test_a_score_compared_with_after_jika_dibandingkan_is_stated(nlp, text):
    assert (BANTAENG, None, 2021, 70.1) in results(nlp, LEAD + text, PUB)


@pytest.mark.parametrize("text", [
    "Jika Kabupaten Bantaeng meraih nilai 80,50, maka bonus diberikan.",
    "Kabupaten Bantaeng bisa masuk zona hijau jika nilainya naik menjadi 81,00.",
    "Kabupaten Bantaeng akan naik ke zona hijau jika membandingkan diri dengan daerah lain.",
])
def test_a_condition_before_anything_else_is_still_no_result(nlp, text):
    assert results(nlp, LEAD + text, PUB) == set()
