"""Officials in mutation rolls: a person's move "from" one office "to" another (issue 12, round 11;
seen in final7 "X geser dari Camat A menjadi Camat B", final8 "X yang semula sebagai kepala A kini
menjadi kepala B" with lower-case titles, final9 a bulleted roll call "- X: Dari jabatan lama sebagai
A menjadi B"). The holder's office is the new one. Every sentence is written for this test: invented
names, real places. Each case: text, then the expected officials as (name, category, place).
"""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_officials_names import _found, _key


FIRES = [
    # a bulleted roll call: the name before a colon, the move after it, the clause capitalised
    ("Gubernur Papua Selatan melantik pejabat yang dimutasi. Pejabat yang dilantik antara lain:\n"
     "- Rudi Hartono Siregar: Dari jabatan lama sebagai Kepala Dinas Pertanian menjadi Kepala Badan "
     "Pendapatan Daerah.\n"
     "- Yosef Malaka: Dari Kepala Dinas Sosial dan Perlindungan Anak menjadi Staf Ahli Gubernur Bidang "
     "Hukum, Politik, dan Pemerintahan.\n"
     "- Anton Mambor: Dari Staf Ahli Gubernur Bidang Ekonomi, Keuangan, dan Pembangunan menjadi Kepala "
     "Dinas Perhubungan.",
     {("Rudi Hartono Siregar", "perangkat_daerah", "93"), ("Yosef Malaka", "perangkat_daerah", "93"),
      ("Anton Mambor", "perangkat_daerah", "93")}),
    # a verb of the move before "dari"
    ("Bupati Serang merotasi camat. Selain itu, Hendra Saputra geser dari Camat Lembah menjadi Camat Bukit.",
     {("Hendra Saputra", "camat_desa", "36.04")}),
    ("Bupati Serang merotasi camat. Kemudian Dedi Kurnia dipindah dari Camat Lembah menjadi Camat Bukit.",
     {("Dedi Kurnia", "camat_desa", "36.04")}),
    # a former office written with a lower-case title
    ("Bupati Batang melantik pejabat. Lalu ada Sumarno yang semula sebagai kepala Dinsos kini menjadi "
     "kepala Bappeda.",
     {("Sumarno", "perangkat_daerah", "33.25")}),
]

SILENT = [
    # "dari" before an agency that is no move to an office
    "Bupati Kediri membuka rapat. Tim dari Dinas Kesehatan Kabupaten Kediri menjadi narasumber dalam acara itu.",
    # a capitalised "Dari" after a colon that opens no office
    "Bupati Kediri membuka rapat. Dalam rapat, Budi Santoso: Dari tahun lalu kami sudah menyiapkan anggaran.",
]


@pytest.mark.parametrize("text, expected", FIRES)
def test_a_move_gives_the_holder_the_new_office(text, expected):
    found = _found(text)
    for name, category, place in expected:
        assert (_key(name), category, place) in found, found


def test_the_former_office_is_not_read_as_a_name():
    found = {name for name, _, _ in _found(
        "Bupati Batang melantik pejabat. Lalu ada Sumarno yang semula sebagai kepala Dinsos kini menjadi "
        "kepala Bappeda, dan Wahyudi yang semula Plt Kepala Dispaperta kini resmi menjadi kepala Disdukcapil.")}
    assert "dinsos" not in found and "dispaperta" not in found
    assert {"sumarno", "wahyudi"} <= found


@pytest.mark.parametrize("text", SILENT)
def test_no_move_no_holder(text):
    assert not {name for name, _, _ in _found(text)} & {"tim", "budi santoso", "dari"}
