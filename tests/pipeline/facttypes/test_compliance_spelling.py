"""warta_compliance: wordings the press writes loosely: "zona" with its preposition glued on ("masuk kezona
merah", "berada dizona kuning"); a province ranked among a counted group of provinces ("Untuk kategori
provinsi dengan jumlah 34 provinsi, Jambi …"). Sentences written for these tests."""
from __future__ import annotations

from tests.pipeline.facttypes.test_compliance import P, R, results


def test_zona_with_a_glued_preposition(nlp):
    text = ("Ombudsman merilis hasil penilaian kepatuhan 2019. Kabupaten Kaur masih memiliki tingkat kepatuhan "
            "yang rendah dan masuk kezona merah.")
    assert results(nlp, text) == {(R("kabupaten", "Kaur"), "merah", 2019, None)}
    text = "Dalam penilaian kepatuhan Ombudsman tahun 2020, Kota Bengkulu berada dizona kuning."
    assert results(nlp, text) == {(R("kota", "Bengkulu"), "kuning", 2020, None)}


def test_a_glued_zone_hoped_for_is_no_result(nlp):
    text = ("Ombudsman menilai kepatuhan pelayanan publik 2021. Kabupaten Seluma diharapkan bisa naik kezona "
            "hijau tahun depan.")
    assert results(nlp, text) == set()


def test_a_bare_province_ranked_among_provinces_keeps_its_score(nlp):
    text = ("Ombudsman merilis hasil penilaian kepatuhan 2016. \"Untuk kategori provinsi dengan jumlah 34 provinsi "
            "se Indonesia, Jambi menempati posisi ke 28 dengan nilai 41,50 poin, jadi masih ada enam provinsi di "
            "bawah Jambi, dan masuk ke zona merah,\" katanya.")
    assert results(nlp, text) == {(P("Jambi"), "merah", 2016, 41.5)}
    # a group of regencies in the province: the province is their scope, no result of its own
    text = "Ombudsman merilis hasil penilaian kepatuhan 2016. Di Jambi, tiga kabupaten masuk ke zona merah."
    assert not any(r[0] == P("Jambi") for r in results(nlp, text))
