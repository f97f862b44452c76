"""warta_compliance: a month and year after "per" is the date a state is told as of ("hasil penilaian terbaru
per Januari 2026"), not the assessment's period; the assessment the lead dates keeps the result (final8; one
set). A month and year without "per" still dates it ("hasil evaluasi hingga September 2025"). Sentences
written for these tests."""
from __future__ import annotations

from datetime import datetime

from tests.pipeline.facttypes.test_compliance import R, results


def test_a_month_as_of_is_no_assessment_period(nlp):
    text = ("Pemkab Tapin mengikuti pengumuman Opini Ombudsman RI Tahun 2025 secara daring. Berdasarkan hasil "
            "penilaian terbaru per Februari 2026, Kabupaten Tapin meraih predikat zona hijau.")
    assert results(nlp, text, datetime(2026, 2, 10)) == {(R("kabupaten", "Tapin"), "hijau", 2025, None)}


def test_a_month_without_per_still_dates_the_result(nlp):
    text = ("Berdasarkan hasil penilaian kepatuhan Ombudsman hingga September 2025, Kabupaten Tapin meraih "
            "predikat zona hijau.")
    assert results(nlp, text, datetime(2025, 12, 10)) == {(R("kabupaten", "Tapin"), "hijau", 2025, None)}
