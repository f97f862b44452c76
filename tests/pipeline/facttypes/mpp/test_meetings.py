"""warta_mpp: "yang dibuka oleh …" after an MPP that is the topic of a meeting ("rapat koordinasi pembangunan
MPP Kabupaten A yang dibuka oleh Sekda") tells the meeting opened, not the MPP; an MPP opened itself, or a
meeting held AT the MPP, still is. Sentences written for these tests (invented events and dates)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

PUBLISHED = datetime(2023, 12, 7)
AGAM, SOLOK = R("kabupaten", "Agam"), R("kota", "Solok")


@pytest.mark.parametrize("text", [
    "Menandai upaya tersebut, dilakukan rapat koordinasi pembangunan mal pelayanan publik (MPP) Kabupaten Agam "
    "yang dibuka oleh Sekda Agam, Jumat (1/12/2023) lalu.",
    "Sosialisasi MPP Kabupaten Agam yang dibuka Wakil Bupati berlangsung di aula kantor bupati, Senin (4/12/2023).",
    "Bimtek pengelolaan Mal Pelayanan Publik Kabupaten Agam dibuka oleh Asisten I Setdakab, Rabu (6/12/2023).",
    "Kegiatan sosialisasi MPP Kabupaten Agam ini dibuka langsung oleh Bupati, Kamis (7/12/2023).",
    "FGD penyusunan SOP MPP Kabupaten Agam, yang dibuka Kepala Bappeda, diikuti 40 peserta.",
])
def test_a_meeting_about_the_mpp_opened_is_no_launch(nlp, text):
    assert not any(status == "launched" for _, status, _ in facts(nlp, text, PUBLISHED))


@pytest.mark.parametrize("text", [
    "Mal Pelayanan Publik (MPP) Kota Solok yang dibuka Wali Kota pada Januari 2019 kini melayani 200 warga per hari.",
    "Rapat digelar di MPP Kota Solok yang dibuka sejak Januari 2019.",
])
def test_the_mpp_opened_itself_is_still_a_launch(nlp, text):
    assert (SOLOK, "launched", 2019) in facts(nlp, text, PUBLISHED)
