"""warta_compliance: the top of the scale worded "kategori kualitas sangat tinggi" (final10) is a green zone;
"kepatuhan tertinggi" is a rank, and "kualitas sangat tinggi" of a service is praise. Sentences written for these tests (invented places, numbers and quotes)."""
from __future__ import annotations

from tests.pipeline.facttypes.test_compliance import R, results


def test_kualitas_sangat_tinggi_as_a_category_is_green(nlp):
    text = ("Dalam penilaian Ombudsman RI tahun 2025, Pemkab Sleman memperoleh skor 90,12 dengan kategori "
            "kualitas sangat tinggi.")
    assert results(nlp, text) == {(R("kabupaten", "Sleman"), "hijau", 2025, 90.12)}


def test_kepatuhan_tertinggi_without_predikat_is_a_rank_not_a_zone(nlp):
    text = ("Dalam penilaian kepatuhan Ombudsman tahun 2024, Kabupaten Bantul menjadi kabupaten dengan kepatuhan "
            "tertinggi di provinsi itu dengan nilai 88,20.")
    assert all(r[1] is None for r in results(nlp, text))


def test_service_praised_as_sangat_tinggi_is_no_grade(nlp):
    text = ("Ombudsman menilai kepatuhan tahun 2024. Bupati Sleman berjanji memberikan layanan dengan kualitas "
            "sangat tinggi kepada warga.")
    assert all(r[1] is None for r in results(nlp, text))
