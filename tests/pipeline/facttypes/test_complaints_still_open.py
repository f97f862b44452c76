"""warta_complaints, round 13 (issue 12, pooled over final4–final11; the wording in final9 and final10, a fix on
final10 only): reports still open ("masih aktif ditangani", "laporan aktif", "belum selesai") are an outcome,
no reports received (lexicon `outcome`). Sentences written for these tests (invented figures)."""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_complaints import facts

TOTAL = "Sepanjang 2024 Ombudsman RI Perwakilan Jambi menerima 140 laporan masyarakat. "


@pytest.mark.parametrize("text", [
    TOTAL + "Hingga kini laporan yang masih aktif ditangani Keasistenan Pemeriksaan sebanyak 21 laporan.",
    TOTAL + "Adapun laporan yang belum selesai tercatat sebanyak 21 laporan.",
])
def test_reports_still_open_are_no_count(text):
    assert facts(text) == {("15", None, 140, 2024)}


def test_an_active_office_is_no_outcome():
    # "aktif" of the office, not of the reports: the total stays
    text = "Ombudsman RI Perwakilan Jambi aktif menjemput laporan dan sepanjang 2024 menerima 140 laporan."
    assert facts(text) == {("15", None, 140, 2024)}
