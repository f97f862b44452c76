"""warta_mpp: the members listed for a counted group of MPPs in a sentence with no status word ("dibandingkan empat
MPP tetangga, yaitu Kota A, B, C dan D") exist: they run, with no year. Not a group denied ("tiga daerah belum
membentuk MPP, yakni …"), nor one without its members listed. Shown by final7; invented sentences."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

DIY = {R("kabupaten", "Sleman"), R("kabupaten", "Bantul"), R("kabupaten", "Kulon Progo")}


@pytest.mark.parametrize("text", [
    "Waktu tunggu di sini lebih lama dibandingkan tiga MPP tetangga, yaitu Kabupaten Sleman, Bantul, dan "
    "Kulon Progo.",
    "Tim studi tiru mencatat antrean di tiga mal pelayanan publik tetangga, yaitu Kabupaten Sleman, Bantul, dan "
    "Kulon Progo.",
])
def test_a_counted_groups_listed_members_run(nlp, text):
    assert facts(nlp, text, datetime(2024, 5, 2)) == {(c, "operating", None) for c in DIY}


@pytest.mark.parametrize("text", [
    "Sementara tiga daerah belum membentuk MPP, yakni Kabupaten Sleman, Bantul, dan Kulon Progo.",
    "Menteri meninjau lima MPP di DIY pekan ini.",
    "Tiga MPP akan dibangun tahun depan, yakni di Kabupaten Sleman, Bantul, dan Kulon Progo.",
])
def test_no_running_members_without_a_list_or_with_a_status(nlp, text):
    assert not any(status == "operating" for _, status, _ in facts(nlp, text, datetime(2024, 5, 2)))
