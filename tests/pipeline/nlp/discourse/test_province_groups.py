"""mentions.unit_subjects: a counted group of provinces ("33 provinsi", "enam pemprov") never makes a bare
province its scope: the province is one of them (a group of regencies still does). Sentences written for
these tests."""
from __future__ import annotations

from pipeline.nlp.discourse import discourse_of
from pipeline.nlp.discourse.mentions import unit_subjects


def _keys(nlp, text):
    d = discourse_of(nlp(text))
    unit = d.units[0]
    return [s.key for s in unit_subjects(d.text, unit, d.mentions_in(unit))]


def test_a_province_among_a_counted_group_of_provinces_is_the_subject(nlp):
    assert _keys(nlp, "Untuk kategori provinsi dengan jumlah 34 provinsi, Jambi berada di posisi 20.") == [(None, "15")]
    assert _keys(nlp, "Jambi menempati posisi 28, jadi masih ada enam provinsi di bawah Jambi.") == [(None, "15")]
    assert _keys(nlp, "Sebanyak 12 pemprov masuk zona hijau, termasuk Gorontalo.") == [(None, "75")]


def test_a_group_of_regencies_still_makes_a_bare_province_its_scope(nlp):
    assert _keys(nlp, "Di Jambi, hanya tiga kabupaten yang masuk zona hijau.") == []


def test_a_province_written_as_a_place_stays_the_scope_of_a_group_of_provinces(nlp):
    assert _keys(nlp, "Penilaian di Jambi: di tingkat provinsi, 13 pemprov meraih zona hijau.") == []
