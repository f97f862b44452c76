"""warta_compliance: a colour the text quotes after its zone noun ("masuk kategori “hijau tipis”", "zona
'kuning'"): news quotes the label it reports. Shown by final9; sentences written for these tests (invented
places, years and scores)."""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_compliance import R, results

TORAJA = R("kabupaten", "Toraja Utara")


@pytest.mark.parametrize("text, zone", [
    ("Kabupaten Toraja Utara masuk kategori “hijau tipis” dalam survei kepatuhan Ombudsman tahun 2021.", "hijau"),
    ("Dalam penilaian kepatuhan Ombudsman 2021, Kabupaten Toraja Utara berada di zona \"kuning\".", "kuning"),
    ("Hasil penilaian kepatuhan 2021 menempatkan Kabupaten Toraja Utara pada zona ‘merah’.", "merah"),
])
def test_a_quoted_colour_after_its_noun_is_the_zone(nlp, text, zone):
    assert results(nlp, text) == {(TORAJA, zone, 2021, None)}


@pytest.mark.parametrize("text", [
    # a quoted colour with no zone noun before it: a programme's name, no zone
    "Pemkab Toraja Utara meluncurkan gerakan “Hijau Lestari” usai penilaian kepatuhan Ombudsman tahun 2021.",
    # the quote holds other words before the colour: no zone read through it
    "Kabupaten Toraja Utara masuk kategori “sangat baik, hampir hijau” dalam survei kepatuhan Ombudsman 2021.",
])
def test_a_quoted_colour_without_its_noun_is_no_zone(nlp, text):
    assert not any(zone for _, zone, _, _ in results(nlp, text))
