"""warta_compliance: a province after a superlative and "di"/"se" is the ranking's scope, not the provincial
government ("Nilai yang diraih sebesar 80,27 merupakan nilai tertinggi di Kalimantan Tengah"; final7, two
articles); the provincial government named as such is still a subject. "Nilai yang diraih …" (a result noun with a
passive relative clause opening the sentence) refers to the government told before. Sentences written for these tests."""
from __future__ import annotations

from tests.pipeline.facttypes.test_compliance import P, R, results


def test_a_province_as_a_superlatives_scope_is_no_result(nlp):
    text = ("Pemkab Kotawaringin Barat diberikan piagam predikat kepatuhan standar pelayanan publik tahun 2022 dari Ombudsman. "
            "Nilai yang diraih sebesar 81,40 merupakan nilai tertinggi di Kalimantan Tengah.")
    assert not any(s.startswith("P") for s, *_ in results(nlp, text))


def test_a_regency_with_the_highest_score_in_its_province(nlp):
    text = ("Kabupaten Lombok Utara menjadi kabupaten dengan kepatuhan tertinggi di Provinsi Nusa Tenggara Barat "
            "dan masuk zona hijau Ombudsman tahun 2018.")
    assert results(nlp, text) == {(R("kabupaten", "Lombok Utara"), "hijau", 2018, None)}


def test_the_provincial_government_itself_stays(nlp):
    text = "Pemprov Kalimantan Tengah meraih nilai 81,40 dalam penilaian kepatuhan Ombudsman 2022, tertinggi di Kalimantan."
    assert results(nlp, text) == {(P("Kalimantan Tengah"), None, 2022, 81.4)}


def test_the_score_obtained_refers_to_the_government_told_before(nlp):
    # "Nilai yang diraih …": a result noun with a passive relative clause opens the sentence (final7)
    text = ("Pemkab Kotawaringin Barat diberikan piagam predikat kepatuhan standar pelayanan publik tahun 2022 dari Ombudsman. "
            "Nilai yang diraih sebesar 81,40 merupakan nilai tertinggi di Kalimantan Tengah.")
    assert results(nlp, text) == {(R("kabupaten", "Kotawaringin Barat"), None, 2022, 81.4)}


def test_the_score_obtained_with_no_government_told_before_is_no_result(nlp):
    text = ("Ombudsman menilai kepatuhan seluruh daerah di Kalimantan Tengah tahun 2022. "
            "Nilai yang diraih sebesar 81,40 merupakan nilai tertinggi.")
    assert results(nlp, text) == set()
