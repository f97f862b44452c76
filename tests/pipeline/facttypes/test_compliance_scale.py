"""warta_compliance: a score told out of the scale's top ("poin 93,87 dari total 100 poin", "meraih 78,5 dari
100"; final7): the first figure is the score, the top of the scale none; a whole 100 told as the score
still is one. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_compliance import R, results

KSB = R("kabupaten", "Sumbawa Barat")


@pytest.mark.parametrize("text, score", [
    ("Kabupaten Sumbawa Barat masuk zona hijau Ombudsman tahun 2018 berdasarkan poin 91.25 dari total 100 poin.", 91.25),
    ("Kabupaten Sumbawa Barat masuk zona hijau Ombudsman tahun 2018 dengan 91,25 dari skala 100.", 91.25),
    ("Kabupaten Sumbawa Barat masuk zona hijau Ombudsman tahun 2018 dengan nilai 100.", 100.0),
])
def test_the_scales_top_is_no_score(nlp, text, score):
    assert results(nlp, text) == {(KSB, "hijau", 2018, score)}
