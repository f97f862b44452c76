"""warta_compliance: a percentage with two decimals after "skor … sebesar" is a score even where its sentence
holds no assessment word ("meraih skor kinerja sebesar 94,62%"); other percentages there stay no score. Shown
by final9 (as "dengan skor 86,06%" in final6); sentences written for these tests (invented places and figures)."""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_compliance import R, results

LEAD = "Ombudsman RI menyerahkan piagam penghargaan kepatuhan kepada pemerintah daerah. "
LUWU = R("kabupaten", "Luwu Timur")


@pytest.mark.parametrize("text", [
    "Pemkab Luwu Timur berhasil meraih skor kinerja luar biasa sebesar 91,37%, masuk lima terbaik nasional.",
    "Pemkab Luwu Timur mencatatkan skor akhir sebesar 91,37 persen dan masuk lima besar nasional.",
])
def test_a_percentage_after_a_score_noun_is_a_score(nlp, text):
    assert any(subject == LUWU and score == 91.37 for subject, _, _, score in results(nlp, LEAD + text))


@pytest.mark.parametrize("text", [
    "Pemkab Luwu Timur mencatat pertumbuhan ekonomi sebesar 5,62%.",
    "Nilai investasi di Kabupaten Luwu Timur naik sebesar 12,45 persen.",
    "Pemkab Luwu Timur meraih skor kinerja tinggi, dengan serapan anggaran 91,4%.",
])
def test_other_percentages_are_no_score(nlp, text):
    assert not any(score is not None for _, _, _, score in results(nlp, LEAD + text))
