"""warta_compliance: earlier-year results told in comparison clauses ("lebih baik dari tahun sebelumnya
yakni …", "naik dari zona kuning pada 2021", "padahal pada 2022 keduanya masih di zona hijau"), and a
ranking's top group named again by its size; the comparison year does not date the sentences after it.
Sentences written for these tests."""
from __future__ import annotations

from datetime import datetime

from tests.pipeline.facttypes.test_compliance import R, results

PUB = datetime(2024, 2, 1)


def test_a_score_of_the_year_before_in_the_next_sentence(nlp):
    text = ("Nilai yang diberikan Ombudsman RI kepada Pemkab Pacitan tahun 2023 sebesar 92,40. "
            "Penilaian itu lebih baik dari tahun sebelumnya yakni 80, 15.")
    assert results(nlp, text, PUB) == {(R("kabupaten", "Pacitan"), None, 2023, 92.4),
                                       (R("kabupaten", "Pacitan"), None, 2022, 80.15)}


def test_a_score_of_the_year_before_in_the_same_sentence(nlp):
    for text in ("Kabupaten Trenggalek meraih nilai 91,05 dalam penilaian kepatuhan Ombudsman tahun 2023, "
                 "naik dari 79,60 pada tahun sebelumnya.",
                 "Kabupaten Trenggalek meraih nilai 91,05 dalam penilaian kepatuhan Ombudsman tahun 2023, "
                 "lebih baik daripada tahun sebelumnya yang hanya 79,60."):
        assert results(nlp, text, PUB) == {(R("kabupaten", "Trenggalek"), None, 2023, 91.05),
                                           (R("kabupaten", "Trenggalek"), None, 2022, 79.6)}, text


def test_the_zone_of_the_year_before_and_the_next_sentence_keeps_the_current_year(nlp):
    text = ("Kabupaten Lumajang meraih zona hijau dalam penilaian kepatuhan Ombudsman tahun 2023 dengan nilai 90,20, "
            "lebih baik dari tahun sebelumnya yang berada di zona kuning dengan nilai 70,35. "
            "Kenaikan itu menjadikan Lumajang masuk kategori A.")
    assert results(nlp, text, PUB) == {(R("kabupaten", "Lumajang"), "hijau", 2023, 90.2),
                                       (R("kabupaten", "Lumajang"), "kuning", 2022, 70.35)}


def test_a_collective_refers_back_to_the_results_in_a_comparison(nlp):
    text = ("Kabupaten Sarolangun dan Kabupaten Batanghari masuk zona kuning pada penilaian kepatuhan Ombudsman 2023. "
            "Padahal pada 2022 keduanya masih di zona hijau.")
    assert results(nlp, text, PUB) == {(R("kabupaten", "Sarolangun"), "kuning", 2023, None),
                                       (R("kabupaten", "Batanghari"), "kuning", 2023, None),
                                       (R("kabupaten", "Sarolangun"), "hijau", 2022, None),
                                       (R("kabupaten", "Batanghari"), "hijau", 2022, None)}


def test_a_dated_zone_moved_from(nlp):
    text = "Kabupaten Muaro Jambi naik ke zona hijau pada penilaian kepatuhan Ombudsman 2022, naik dari zona kuning pada 2021."
    assert results(nlp, text, PUB) == {(R("kabupaten", "Muaro Jambi"), "hijau", 2022, None),
                                       (R("kabupaten", "Muaro Jambi"), "kuning", 2021, None)}


def test_a_ranking_top_named_again_by_its_size(nlp):
    text = ("Nilai Kabupaten Blitar dari Ombudsman RI pada penilaian kepatuhan tahun 2023 sebesar 93,10. "
            "Capaian itu menjadikan Blitar masuk dalam 4 besar kab/kota di Jatim dengan kepatuhan zona hijau. "
            "Empat kab/kota itu yakni Blitar, Ngawi, Magetan dan Ponorogo.")
    assert results(nlp, text, PUB) == {(R("kabupaten", "Blitar"), "hijau", 2023, 93.1),
                                       *{(R("kabupaten", n), "hijau", 2023, None) for n in ("Ngawi", "Magetan", "Ponorogo")}}
