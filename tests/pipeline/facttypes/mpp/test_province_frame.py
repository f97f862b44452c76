"""warta_mpp: a province named first as the frame ("Di Kalbar, …") and the governments placed right after the status
word ("MPP sudah hadir di Kota A, Kabupaten B dan …"), on sentences written for these tests (invented events)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

KALBAR = {R("kota", "Singkawang"), R("kabupaten", "Sambas"), R("kabupaten", "Landak")}


@pytest.mark.parametrize("text, status", [
    ("Di Kalbar, MPP sudah hadir di Kota Singkawang, Kabupaten Sambas, dan Kabupaten Landak.", "operating"),
    ("Di Provinsi Kalimantan Barat, MPP telah diresmikan di Kota Singkawang, Kabupaten Sambas serta Kabupaten Landak "
     "pada 2023.", "launched"),
    ("Untuk Kalbar, mal pelayanan publik sudah beroperasi di Kabupaten Sambas, Kabupaten Landak dan Kota "
     "Singkawang.", "operating"),
    ("Di Kalimantan Barat sendiri, MPP akan dibangun di Kabupaten Sambas, Kabupaten Landak dan Kota Singkawang "
     "tahun depan.", "planned"),
])
def test_a_province_frame_and_the_governments_placed_after_the_status_word(nlp, text, status):
    assert {(c, st) for c, st, _ in facts(nlp, text, datetime(2024, 5, 2))} == {(c, status) for c in KALBAR}


@pytest.mark.parametrize("text", [
    "Di Kalbar, MPP telah diresmikan kemarin.",
    "Di Kalbar, MPP sudah beroperasi dengan baik, ujar Kepala Dinas saat ditemui di Kota Singkawang.",
])
def test_a_province_frame_with_nothing_placed_after_the_word_names_no_government(nlp, text):
    assert not any(code in KALBAR for code, _, _ in facts(nlp, text, datetime(2024, 5, 2)))


def test_one_government_placed_after_the_word_under_a_province_frame_keeps_its_launch_only(nlp):
    text = "Di Kalbar, selain Singkawang, MPP juga sudah hadir di Kabupaten Sambas yang diresmikan pada 2023."
    got = {(c, st) for c, st, _ in facts(nlp, text, datetime(2024, 5, 2)) if c == R("kabupaten", "Sambas")}
    assert got == {(R("kabupaten", "Sambas"), "launched")}
