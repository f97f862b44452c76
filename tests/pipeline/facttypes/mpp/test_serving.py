"""warta_mpp: an MPP the story launches, told as where service is given ("melihat langsung pelayanan di MPP
Kabupaten A"), also runs, from the year of that launch when the launch is the story's news; not what people
may or will do there, nor an MPP only planned. Sentences written for these tests (invented events and dates)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

AGAM = R("kabupaten", "Agam")
LAUNCH = "Bupati Agam meresmikan Mal Pelayanan Publik (MPP) Kabupaten Agam, Senin (6/12/2021).\n"
PUBLISHED = datetime(2021, 12, 8)


@pytest.mark.parametrize("served", [
    "Rombongan pun berkesempatan melihat langsung pelayanan di MPP Kabupaten Agam.",
    "Sebanyak 21 instansi telah bergabung memberikan layanan di MPP Kabupaten Agam.",
    "Bupati menjelaskan, pelayanan publik kini terpusat di Mal Pelayanan Publik Kabupaten Agam.",
    "Petugas dari 15 instansi melayani warga di MPP Kabupaten Agam hingga sore.",
])
def test_service_at_the_mpp_launched_tells_it_runs_from_the_launch(nlp, served):
    assert facts(nlp, LAUNCH + served, PUBLISHED) == {(AGAM, "launched", 2021), (AGAM, "operating", 2021)}


@pytest.mark.parametrize("text", [
    LAUNCH + "Warga Kota Padang juga bisa memanfaatkan layanan perizinan di MPP Kabupaten Agam.",
    LAUNCH + "Ke depan, warga dapat mengakses layanan di MPP Kabupaten Agam secara daring.",
    "Pemkab Agam akan membangun MPP Kabupaten Agam tahun depan.\n"
    "Nantinya 26 instansi memberikan layanan di MPP Kabupaten Agam.",
])
def test_service_people_may_have_or_of_a_planned_mpp_tells_no_operation(nlp, text):
    assert not any(status == "operating" for _, status, _ in facts(nlp, text, PUBLISHED))


def test_an_mpp_launched_years_before_the_story_runs_without_a_year(nlp):
    text = ("MPP Kabupaten Agam diresmikan pada 2018.\n"
            "Bupati menjelaskan, pelayanan publik kini terpusat di Mal Pelayanan Publik Kabupaten Agam.")
    assert (AGAM, "operating", None) in facts(nlp, text, datetime(2023, 5, 2))
