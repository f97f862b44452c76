"""warta_complaints, round 13 (issue 12, pooled over final4–final11; seen in final9 and final11): persons who
reported told by the noun before their count ("jumlah pelapor … mencapai 132 orang") or by the act right after
it ("190 orang menyampaikan laporan") stand for reports where the article gives no report count (contract);
an office named with "di" before its province ("Perwakilan Ombudsman RI di Jawa Barat") is that province's.
Sentences written for these tests (invented figures)."""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_complaints import facts


@pytest.mark.parametrize("text, want", [
    # the reporters named before the count of persons, in its clause
    ("Berdasarkan catatan Perwakilan Ombudsman RI di Jawa Barat tahun 2022, jumlah pelapor layanan publik yang "
     "buruk mencapai 215 orang.", {("32", None, 215, 2022)}),
    # the act of reporting right after the count; the persons who only consulted are no reports
    ("Sepanjang 2023 Ombudsman RI Perwakilan Bali mencatat 600 orang mengakses layanannya. Sebanyak 410 orang "
     "berkonsultasi, 150 orang menyampaikan laporan dan 40 orang lainnya mengirim tembusan.", {("51", None, 150, 2023)}),
])
def test_persons_who_reported(text, want):
    assert facts(text) == want


@pytest.mark.parametrize("text", [
    # persons who only visited: no reporting in the clause
    "Sepanjang 2023 Ombudsman RI Perwakilan Bali didatangi 410 orang yang berkonsultasi.",
    # the reporters' place before the count: where they live, no total
    "Sepanjang 2023 Ombudsman RI Perwakilan Bali mencatat pelapor asal Kabupaten Badung sebanyak 41 orang.",
])
def test_persons_not_reporting_or_by_residence(text):
    assert not any(f[1] is None and f[2] in (410, 41) for f in facts(text))


def test_a_report_count_wins_over_persons():
    text = ("Sepanjang 2023 Ombudsman RI Perwakilan Bali menerima 180 laporan. Jumlah pelapor mencapai 150 orang.")
    assert facts(text) == {("51", None, 180, 2023)}
