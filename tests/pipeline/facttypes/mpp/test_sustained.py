"""warta_mpp: an MPP that exists without a launch or operation word.

- Strengthened, evaluated or put right ("penguatan Mal Pelayanan Publik melalui keaktifan gerai", "rakor evaluasi
  penyelenggaraan MPP"): it runs. Shown by final4 (one missed MPP); final6 and final7 use the same words beside
  other cues. Not a capitalised event title inside a sentence ("Rapat Koordinasi Penguatan Implementasi MPP", a
  national meeting of every MPP).
- Built, told done, the MPP itself the object ("telah sukses membangun MPP Kota A dalam sebulan"): it stands and
  runs, no plan. Shown by final8 (a city visited as the model); not "telah membangun gedung MPP" (a building).
Invented sentences."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

KENDARI = R("kota", "Kendari")
PUBLISHED = datetime(2024, 9, 2)


@pytest.mark.parametrize("text", [
    "Ombudsman menyoroti penguatan Mal Pelayanan Publik Kota Kendari melalui keaktifan gerai dan layanan khusus.",
    "DPMPTSP Kota Kendari menggelar rapat evaluasi penyelenggaraan MPP Kota Kendari bersama 20 instansi.",
    "Wali Kota meminta pembenahan MPP Kota Kendari agar antrean tidak menumpuk.",
])
def test_an_mpp_strengthened_or_evaluated_runs(nlp, text):
    assert facts(nlp, text, PUBLISHED) == {(KENDARI, "operating", None)}


def test_an_event_title_of_strengthening_is_no_running_mpp(nlp):
    text = "Peresmian MPP Kota Kendari dilakukan dalam Rapat Koordinasi Penguatan Implementasi MPP, Senin (2/9/2024)."
    assert {(r, s) for r, s, _ in facts(nlp, text, PUBLISHED)} == {(KENDARI, "launched")}


def test_an_mpp_built_told_done_runs(nlp):
    text = "Pemerintah Kota Kendari telah sukses membangun MPP Kota Kendari dalam waktu dua bulan."
    assert facts(nlp, text, PUBLISHED) == {(KENDARI, "operating", None)}


@pytest.mark.parametrize("text", [
    "Pemerintah Kota Kendari telah membangun gedung MPP Kota Kendari di bekas kantor dinas.",
    "Pemerintah Kota Kendari akan membangun MPP Kota Kendari tahun depan.",
])
def test_a_building_or_a_plan_is_no_running_mpp(nlp, text):
    assert not any(s == "operating" for _, s, _ in facts(nlp, text, PUBLISHED))
