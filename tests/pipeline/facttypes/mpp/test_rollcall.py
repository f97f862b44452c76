"""warta_mpp: a roll-call of the governments that have (or launched) an MPP, the status told once in
the sentence before the list, and the scope of that status closed correctly; on sentences written for
these tests (invented counts and lists)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

JATENG = {R("kota", "Semarang"), R("kabupaten", "Batang"), R("kabupaten", "Kebumen")}


@pytest.mark.parametrize("text", [
    # the group named again, an opener, bare and written names
    "Sebanyak 11 daerah di Jawa Tengah telah membentuk Mal Pelayanan Publik (MPP). Ke-11 daerah tersebut "
    "antara lain Kota Semarang, Kabupaten Batang dan Kebumen.",
    # a count of MPPs, a bare opener
    "Hingga kini sudah ada 12 MPP di Jawa Tengah. Yakni di Kota Semarang, Kabupaten Batang, dan Kabupaten Kebumen.",
    # numbered lines after a colon
    "Saat ini tercatat tiga daerah di Jawa Tengah yang telah memiliki MPP, yaitu:\n1. Kota Semarang\n"
    "2. Kabupaten Batang\n3. Kabupaten Kebumen",
    # the list in the next paragraph, a collective
    "Ada tiga daerah di Jawa Tengah yang sudah memiliki Mal Pelayanan Publik.\n\nMereka adalah Kota Semarang, "
    "Kabupaten Batang, serta Kabupaten Kebumen.",
    # bullet lines, no opener
    "MPP yang sudah beroperasi di Jawa Tengah:\n- Kota Semarang\n- Kabupaten Batang\n- Kabupaten Kebumen",
    # founded, the group named again in words, after another sentence
    "Sampai akhir tahun lalu delapan kabupaten/kota di Jawa Tengah telah mendirikan MPP. Gubernur memuji capaian "
    "itu. Kedelapan daerah tersebut di antaranya Kota Semarang, Kabupaten Batang, dan Kabupaten Kebumen.",
])
def test_a_roll_call_after_the_status_sentence_gets_that_status(nlp, text):
    assert facts(nlp, text, datetime(2024, 6, 1)) == {(code, "operating", None) for code in JATENG}


def test_a_launch_roll_call_takes_the_launch_and_its_year(nlp):
    text = ("Menteri PANRB meresmikan tujuh MPP di Sumatera Barat pada 2023. Di antaranya Kota Padang, "
            "Kabupaten Agam dan Kota Bukittinggi.")
    assert facts(nlp, text, datetime(2024, 2, 1)) == {
        (R("kota", "Padang"), "launched", 2023), (R("kabupaten", "Agam"), "launched", 2023),
        (R("kota", "Bukittinggi"), "launched", 2023)}


def test_the_roll_call_closes_at_a_group_denied_an_mpp(nlp):
    text = ("Sebanyak 11 daerah di Kalimantan Barat telah membentuk MPP. Ke-11 daerah tersebut antara lain "
            "Kota Singkawang, Kabupaten Sanggau dan Kayong Utara. Sedangkan tiga daerah lainnya belum membentuk "
            "MPP yakni Kabupaten Sambas, Melawi dan Kapuas Hulu.")
    assert facts(nlp, text) == {(R("kota", "Singkawang"), "operating", None),
                                (R("kabupaten", "Sanggau"), "operating", None),
                                (R("kabupaten", "Kayong Utara"), "operating", None)}


@pytest.mark.parametrize("text", [
    # a bare opener after another sentence continues that sentence, not the roll-call
    "Sudah ada 12 MPP di Jawa Tengah. Gubernur meminta pelayanan terus ditingkatkan. Yakni Kota Semarang dan "
    "Kabupaten Batang.",
    # a list of something else after the status sentence
    "Sudah ada 12 MPP di Jawa Tengah. Adapun daerah dengan nilai tertinggi yakni Kota Semarang dan Kabupaten Batang.",
    # a list that says more than its names
    "Sudah ada 12 MPP di Jawa Tengah. Kota Semarang dan Kabupaten Batang juga meraih penghargaan.",
    # no status told of the group
    "Pemerintah provinsi mendata 12 MPP di Jawa Tengah. Yakni di Kota Semarang dan Kabupaten Batang.",
])
def test_the_roll_call_scope_is_closed(nlp, text):
    assert not {code for code, _, _ in facts(nlp, text)} & {R("kota", "Semarang"), R("kabupaten", "Batang")}


@pytest.mark.parametrize("sentence, status", [
    ("Kota Batam sudah lebih dulu mendirikan Mal Pelayanan Publik.", "operating"),
    ("Pemkot Batam telah membentuk MPP sejak lama.", "operating"),
    ("Kota Batam sedang membangun Mal Pelayanan Publik di Jalan Engku Putri.", "planned"),
    ("Gedung MPP Kota Batam masih dibangun kontraktor.", "planned"),
    ("Kota Batam belum membentuk Mal Pelayanan Publik.", None),
    ("MPP Kota Batam tidak akan dibangun tahun ini.", None),
])
def test_forming_founding_and_building_by_their_aspect(nlp, sentence, status):
    got = facts(nlp, "Pelayanan perizinan terus dibenahi. " + sentence, datetime(2024, 6, 1))
    assert {s for code, s, _ in got if code == R("kota", "Batam")} == ({status} if status else set())
