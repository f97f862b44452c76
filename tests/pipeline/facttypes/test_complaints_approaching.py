"""warta_complaints, round 12 (issue 12): an amount approached, not reached, is a vague amount: "sudah
hampir mencapai 60 laporan" (final9), "sudah mendekati 200 laporan yakni 190 laporan …" (final10). The
approximate word may stand before the verb of the amount (lexicon `approximate_glue`).

Sentences written for these tests: invented figures, real places.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_complaints import facts

DAY = datetime(2024, 4, 2)


@pytest.mark.parametrize("text", [
    "Hingga Maret 2024, laporan yang masuk ke Ombudsman Jawa Tengah sudah hampir mencapai 80 laporan.",
    "Hingga Maret 2024, laporan yang masuk ke Ombudsman Jawa Tengah sudah mendekati 80 laporan.",
    "Hingga Maret 2024, laporan yang masuk ke Ombudsman Jawa Tengah nyaris menyentuh 80 laporan.",
])
def test_an_amount_approached_is_no_count(text):
    assert facts(text, DAY) == set()


def test_an_amount_reached_stays_a_count():
    text = "Hingga Maret 2024, laporan yang masuk ke Ombudsman Jawa Tengah sudah mencapai 80 laporan."
    assert facts(text, DAY) == {("33", None, 80, 2024)}


def test_a_count_before_an_approached_target_stays():
    text = "Ombudsman Jawa Tengah menerima 312 laporan sepanjang 2023, mendekati target tahunan."
    assert facts(text, DAY) == {("33", None, 312, 2023)}
