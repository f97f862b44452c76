"""warta_mpp: item lines after a heading about the MPP that opens a list, each naming one government and then
its own state after a separator ("1. Kota A - sudah beroperasi", "• Kabupaten B: dalam tahap pembangunan",
"Kota C (direncanakan 2025)"): each government keeps its own status and year. Not a dateline ("KOTA A – …")
nor lines after a heading that opens no list. Lines written for these tests (invented states and years)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

PUBLISHED = datetime(2024, 3, 1)
PADANG, SOLOK, AGAM = R("kota", "Padang"), R("kota", "Solok"), R("kabupaten", "Agam")
EXPECTED = {(PADANG, "operating", None), (SOLOK, "planned", None), (AGAM, "planned", 2025)}


@pytest.mark.parametrize("text", [
    "Status MPP kabupaten/kota di Sumbar:\n1. Kota Padang - sudah beroperasi\n2. Kota Solok - dalam tahap "
    "pembangunan\n3. Kabupaten Agam - direncanakan 2025",
    "Perkembangan Mal Pelayanan Publik di Sumatera Barat sebagai berikut:\n• Kota Padang: sudah beroperasi\n"
    "• Kota Solok: masih dalam pembangunan\n• Kabupaten Agam: direncanakan dibangun 2025",
    "Progres MPP daerah, yaitu:\nKota Padang (sudah beroperasi)\nKota Solok (sedang dibangun)\n"
    "Kabupaten Agam (ditargetkan berdiri 2025)",
    "Data MPP per Maret 2024:\n1) Kabupaten Agam – direncanakan 2025\n2) Kota Padang – sudah beroperasi\n"
    "3) Kota Solok – dalam tahap pembangunan",
])
def test_each_item_line_keeps_its_own_state(nlp, text):
    assert facts(nlp, text, PUBLISHED) == EXPECTED


def test_a_dateline_is_no_item_line(nlp):
    text = ("Mal Pelayanan Publik jadi sorotan.\n"
            "KOTA SOLOK – Rapor kepatuhan pelayanan publik resmi diserahkan di rumah dinas gubernur.")
    assert facts(nlp, text, PUBLISHED) == set()


def test_lines_after_a_heading_that_opens_no_list_are_not_items(nlp):
    text = "MPP Kabupaten Agam ramai dikunjungi warga.\nKota Solok - sudah beroperasi pelayanan samsat keliling."
    assert not any(code == SOLOK for code, _, _ in facts(nlp, text, PUBLISHED))
