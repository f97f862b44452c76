"""warta_mpp: a launch told ahead of its sentence's future, and an event noun whose future predicate comes after
the MPP's whole name.

- "Setelah diresmikan, nantinya warga dapat mengakses …": the launch opening the sentence is ahead too (a weak plan,
  no launch). Shown by final8 (one false launch); Indonesian news tells what an MPP will offer once launched so.
  Not with a date or a past word in the launch's clause ("Setelah diresmikan pada 2019, … akan …").
- "Peluncuran MPP Kota A direncanakan Juni": the predicate stands after the noun's whole subject, however long the
  MPP's name; a plan, not a launch (general Indonesian word order; no set showed a miss of it, it guards the first
  rule's reading of nouns).
Invented sentences."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

SINJAI = R("kabupaten", "Sinjai")
PUBLISHED = datetime(2023, 5, 8)


@pytest.mark.parametrize("text", [
    "MPP Kabupaten Sinjai dijadwalkan diresmikan pekan depan. Setelah diresmikan, nantinya warga Sinjai dapat "
    "mengurus 90 jenis layanan di MPP Kabupaten Sinjai.",
    "Pemkab Sinjai menyiapkan peresmian MPP Kabupaten Sinjai pekan depan. Usai diluncurkan, MPP Kabupaten Sinjai akan "
    "melayani warga tujuh hari sepekan.",
])
def test_a_launch_before_a_future_is_ahead(nlp, text):
    found = facts(nlp, text, PUBLISHED)
    assert (SINJAI, "launched") not in {(r, s) for r, s, _ in found}
    assert (SINJAI, "planned") in {(r, s) for r, s, _ in found}


def test_a_dated_launch_before_a_future_is_still_a_launch(nlp):
    text = "Setelah diresmikan pada 2019, MPP Kabupaten Sinjai akan menambah layanan paspor tahun ini."
    assert (SINJAI, "launched", 2019) in facts(nlp, text, PUBLISHED)


def test_a_launch_told_done_then_its_service_is_a_launch(nlp):
    text = "Bupati Sinjai meresmikan MPP Kabupaten Sinjai, Senin (8/5/2023), dan warga akan dilayani 90 jenis layanan."
    assert (SINJAI, "launched", 2023) in facts(nlp, text, PUBLISHED)


@pytest.mark.parametrize("text", [
    "Peluncuran MPP Kabupaten Sinjai direncanakan pada Juni 2023.",
    "Pengoperasian Mal Pelayanan Publik (MPP) Kabupaten Sinjai ditargetkan pada Juni 2023.",
])
def test_an_event_noun_with_its_future_after_the_name_is_a_plan(nlp, text):
    assert facts(nlp, text, PUBLISHED) == {(SINJAI, "planned", 2023)}


def test_an_event_noun_told_held_is_a_launch(nlp):
    text = "Peresmian MPP Kabupaten Sinjai digelar Senin (8/5/2023) di halaman kantor bupati."
    assert facts(nlp, text, PUBLISHED) == {(SINJAI, "launched", 2023)}
