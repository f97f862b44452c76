"""warta_compliance: a result's noun phrase opening a sentence and ending in a demonstrative refers back to the
government of the result before it ("Angka dalam penilaian kepatuhan standar pelayanan publik itu naik …");
a time's demonstrative ("tahun ini", "saat itu") refers back to nobody. Shown by final9 (as "Angka penilaian
itu justru menurun …" in final6); sentences written for these tests (invented places, years and scores)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R, results

LEAD = "Pemkab Bantaeng meraih nilai 88,10 dalam penilaian kepatuhan Ombudsman. "
PUB = datetime(2023, 1, 10)
BANTAENG = R("kabupaten", "Bantaeng")


@pytest.mark.parametrize("text", [
    "Angka dalam penilaian kepatuhan standar pelayanan publik itu naik 8,70 poin jika dibandingkan 2021 "
    "sebesar 79,40 poin.",
    "Capaian dalam penilaian kepatuhan standar pelayanan publik tersebut naik dari 79,40 pada tahun 2021.",
])
def test_a_result_phrase_with_a_demonstrative_refers_back(nlp, text):
    assert (BANTAENG, None, 2021, 79.4) in results(nlp, LEAD + text, PUB)


@pytest.mark.parametrize("text", [
    "Nilai rata-rata nasional tahun ini tercatat 75,20.",
    "Nilai rata-rata nasional pada saat itu tercatat 75,20.",
])
def test_a_times_demonstrative_refers_back_to_nobody(nlp, text):
    assert not any(score == 75.2 for _, _, _, score in results(nlp, LEAD + text, PUB))
