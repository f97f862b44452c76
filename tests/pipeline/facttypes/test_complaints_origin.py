"""warta_complaints, round 12 (issue 12): reports said to come from a kabupaten/kota ("laporan masyarakat
yang berasal dari Kabupaten A") are that region's reports (docs/contract.md, changed December 2026; final9
was labelled so); where the reporters live ("asal pelapor", "pelapor berdomisili di", "warga yang berasal
dari") still counts for no region.

Sentences written for these tests: invented figures, real places.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_complaints import facts
from tests.pipeline.facttypes.test_compliance import R

DAY = datetime(2024, 11, 5)


@pytest.mark.parametrize("text", [
    "Sepanjang 2024, Ombudsman NTT menerima tujuh laporan masyarakat yang berasal dari Kabupaten Sikka.",
    "Ombudsman NTT mencatat 7 laporan yang berasal dari Kabupaten Sikka sepanjang 2024.",
    "Ombudsman NTT menerima 7 pengaduan yang datang dari Kabupaten Sikka selama 2024.",
])
def test_reports_coming_from_a_region_are_its_reports(text):
    assert facts(text, DAY) == {("53", R("kabupaten", "Sikka"), 7, 2024)}


@pytest.mark.parametrize("text", [
    "Sepanjang 2024, Ombudsman NTT menerima 7 laporan dari warga yang berasal dari Kabupaten Sikka.",
    "Sepanjang 2024, Ombudsman NTT menerima 7 laporan dari pelapor yang berdomisili di Kabupaten Sikka.",
    "Sepanjang 2024, Ombudsman NTT menerima 7 laporan. Menurut asal pelapor, Kabupaten Sikka menyumbang 3 laporan.",
])
def test_where_reporters_live_is_no_region_of_the_reports(text):
    got = facts(text, DAY)
    assert ("53", None, 7, 2024) in got
    assert not any(region is not None for _, region, _, _ in got)
