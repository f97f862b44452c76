"""warta_mpp: a sentence that lists governments each with a state of its own ("Kota A sudah beroperasi, Kota B
masih dalam pembangunan, dan Kabupaten C direncanakan dibangun pada 2025") is read item by item: each
government keeps its own status and year. A list under one status stays one list. Sentences written for
these tests (invented states and years)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

PUBLISHED = datetime(2024, 3, 1)
PADANG, SOLOK, AGAM = R("kota", "Padang"), R("kota", "Solok"), R("kabupaten", "Agam")


@pytest.mark.parametrize("text, expected", [
    ("Perkembangan MPP di Sumatera Barat: Kota Padang sudah beroperasi, Kota Solok masih dalam pembangunan, "
     "dan Kabupaten Agam direncanakan dibangun pada 2025.",
     {(PADANG, "operating", None), (SOLOK, "planned", None), (AGAM, "planned", 2025)}),
    ("Progres MPP di Sumbar: Kota Padang telah diresmikan pada 2021; Kota Solok sedang membangun gedungnya; "
     "Kabupaten Agam menargetkan MPP beroperasi 2025.",
     {(PADANG, "launched", 2021), (SOLOK, "planned", None), (AGAM, "planned", 2025)}),
    ("Untuk MPP, Kabupaten Agam menargetkan peresmian pada 2025, Kota Solok sudah mengoperasikannya sejak 2022, "
     "serta Kota Padang dalam tahap pembangunan.",
     {(AGAM, "planned", 2025), (SOLOK, "operating", 2022), (PADANG, "planned", None)}),
    ("Soal MPP, Kota Padang sudah meresmikannya tahun 2020, dan Kabupaten Agam masih membangun.",
     {(PADANG, "launched", 2020), (AGAM, "planned", None)}),
])
def test_each_listed_government_keeps_its_own_state_and_year(nlp, text, expected):
    assert facts(nlp, text, PUBLISHED) == expected


def test_a_list_under_one_status_is_not_cut_into_items(nlp):
    text = "MPP sudah beroperasi di Kota Padang, Kota Solok dan Kabupaten Agam."
    assert facts(nlp, text, PUBLISHED) == {(c, "operating", None) for c in (PADANG, SOLOK, AGAM)}


def test_items_without_a_state_of_their_own_keep_the_lists_status_and_year(nlp):
    text = "Menteri meresmikan MPP di Kota Padang, Kota Solok, dan Kabupaten Agam pada 2023."
    assert facts(nlp, text, PUBLISHED) == {(c, "launched", 2023) for c in (PADANG, SOLOK, AGAM)}


@pytest.mark.parametrize("phase", ["masih dalam pembangunan", "dalam tahap pembangunan",
                                   "sedang dalam proses pembangunan"])
def test_construction_in_progress_is_a_plan(nlp, phase):
    assert facts(nlp, f"MPP Kota Solok {phase}.", PUBLISHED) == {(SOLOK, "planned", None)}
