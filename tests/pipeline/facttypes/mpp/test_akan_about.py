"""warta_mpp: "akan" after a word of feeling or knowing is the preposition "about" ("warga senang akan
kehadiran MPP"), no future marker; before a verb it stays one ("yakin akan meresmikan"). Shown by final6; on
sentences written for these tests (invented places and years)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

KUDUS = R("kabupaten", "Kudus")


@pytest.mark.parametrize("text", [
    "Seorang pedagang di Kabupaten Kudus mengaku senang akan kehadiran MPP tersebut.",
    "Warga Kabupaten Kudus kini sadar akan pentingnya Mal Pelayanan Publik.",
    "Para pemohon izin di Kabupaten Kudus bangga akan keberadaan MPP itu.",
])
def test_akan_about_a_noun_tells_no_plan(nlp, text):
    assert not any(status == "planned" for _, status, _ in facts(nlp, text, datetime(2024, 3, 1)))


@pytest.mark.parametrize("text", [
    "Bupati Kudus yakin akan meresmikan Mal Pelayanan Publik pada 2024.",
    "Pemkab Kudus akan menghadirkan MPP pada 2024.",
    "Warga Kabupaten Kudus senang karena MPP akan dibangun pada 2024.",
])
def test_akan_before_a_verb_is_still_a_plan(nlp, text):
    assert facts(nlp, text, datetime(2023, 3, 1)) == {(KUDUS, "planned", 2024)}
