"""warta_compliance: a zone told as a government's possession right after a hope word ("Semoga rapor kuning
Pemkab A pada 2019 menjadi bahan evaluasi", "berharap zona hijau Kabupaten B bisa dipertahankan") is a result
told as a fact; a zone a hope or modal aims at stays no result. Sentences written for these tests."""
from __future__ import annotations

from tests.pipeline.facttypes.test_compliance import R, results


def test_semoga_rapor_kuning_of_a_regency_with_its_year(nlp):
    text = ("Ombudsman menyerahkan hasil penilaian kepatuhan. \"Semoga rapor kuning Pemkab Majene pada 2019 dapat "
            "menjadi bahan evaluasi,\" tambahnya.")
    assert results(nlp, text) == {(R("kabupaten", "Majene"), "kuning", 2019, None)}


def test_berharap_zona_hijau_of_a_regency_kept(nlp):
    text = ("Dalam penilaian kepatuhan Ombudsman 2022, Bupati berharap zona hijau Kabupaten Polewali Mandar bisa "
            "dipertahankan.")
    assert results(nlp, text) == {(R("kabupaten", "Polewali Mandar"), "hijau", 2022, None)}


def test_a_zone_aimed_at_is_no_result_even_with_a_government_after_it(nlp):
    text = ("Dalam penilaian kepatuhan Ombudsman 2022, Bupati berharap Kabupaten Mamuju bisa meraih zona hijau "
            "Kabupaten Polewali Mandar.")
    assert results(nlp, text) == set()
    text = "Dalam penilaian kepatuhan Ombudsman 2022, Bupati berharap Kabupaten Mamuju bisa naik ke zona hijau."
    assert results(nlp, text) == set()


def test_a_negated_possession_is_no_result(nlp):
    text = ("Dalam penilaian kepatuhan Ombudsman 2022, semoga tidak ada lagi zona merah Kabupaten Mamasa "
            "tahun depan.")
    assert results(nlp, text) == set()
