"""warta_compliance: what is no government's score: an office's figure told beside its government's
("namun ada OPD yang meraih … nilai 95,10", "Dinas Sosial yang nilainya hanya 40,25"; final6, two
articles; "yakni Dinas Pendidikan dengan nilai 68,79, Dinas Sosial 77,55", final4, two articles) and a
change of score ("mengalami kenaikan sebesar 26,41"; final6). The sample of offices
and the new score after a change stay the government's. Sentences written for these tests."""
from __future__ import annotations

from datetime import datetime

from tests.pipeline.facttypes.test_compliance import R, results

PUB = datetime(2024, 2, 1)


def test_an_offices_score_after_the_governments_result_is_the_offices(nlp):
    text = ("Dalam penilaian kepatuhan Ombudsman tahun 2023, Pemkab Sumedang memperoleh zona kuning dengan nilai 70,35, "
            "namun ada OPD yang meraih zona hijau dengan nilai 95,10.")
    assert results(nlp, text, PUB) == {(R("kabupaten", "Sumedang"), "kuning", 2023, 70.35)}


def test_offices_scores_in_the_sentence_after_the_result_are_the_offices(nlp):
    text = ("Ombudsman menyebut Pemkab Garut berada di zona kuning dengan nilai 72,40 pada penilaian kepatuhan 2023. "
            "Ada dinas yang nilainya 90,12, tapi ada pula Dinas Sosial yang nilai kepatuhannya hanya 40,25.")
    assert results(nlp, text, PUB) == {(R("kabupaten", "Garut"), "kuning", 2023, 72.4)}


def test_offices_listed_with_their_own_scores_are_the_offices(nlp):
    for text in ("Pemprov Maluku meraih nilai 74,50 dalam penilaian kepatuhan Ombudsman 2023. Nilai itu diperoleh dari "
                 "tiga unit layanan, yakni Dinas Kesehatan dengan nilai 70,12, Dinas Sosial 78,40 dan RSUD Haulussy 75,00.",
                 "Pemprov Maluku meraih nilai 74,50 dalam penilaian kepatuhan Ombudsman 2023. Selain itu, ada dua lembaga "
                 "di Maluku yang meraih skor tertinggi, yaitu Dinas Sosial Maluku dengan skor 91,25."):
        assert results(nlp, text, PUB) == {("P81", None, 2023, 74.5)}, text


def test_a_heads_words_leave_the_governments_score(nlp):
    text = ("Pemkab Garut masuk zona kuning pada penilaian kepatuhan Ombudsman 2023. Kepala Dinas Kominfo yang hadir "
            "menyebut nilainya 72,40.")
    assert results(nlp, text, PUB) == {(R("kabupaten", "Garut"), "kuning", 2023, 72.4)}


def test_the_offices_sampled_leave_the_governments_score(nlp):
    for text in ("Dari 12 OPD yang dinilai Ombudsman dalam penilaian kepatuhan 2023, Pemkab Ciamis meraih nilai 88,50.",
                 "Pemkab Ciamis meraih nilai 88,50 dalam penilaian kepatuhan Ombudsman 2023 dari seluruh dinas yang disurvei."):
        assert results(nlp, text, PUB) == {(R("kabupaten", "Ciamis"), None, 2023, 88.5)}, text


def test_a_change_of_score_is_no_score(nlp):
    text = ("Nilai kepatuhan Pemerintah Kota Banjar pada penilaian Ombudsman tahun 2023 mengalami kenaikan sebesar 12,45 "
            "dibanding tahun 2022 yang hanya 65,10.")
    assert results(nlp, text, PUB) == {(R("kota", "Banjar", "Jawa Barat"), None, 2022, 65.1)}


def test_the_new_score_after_a_change_stays(nlp):
    text = "Pada penilaian kepatuhan Ombudsman 2023, nilai Pemkab Kuningan naik menjadi 85,30, meningkat 6,25 poin."
    assert results(nlp, text, PUB) == {(R("kabupaten", "Kuningan"), None, 2023, 85.3)}


def test_an_office_word_inside_a_regencys_name_is_no_office(nlp):
    # (final4: "Bagian" of "Seram Bagian Timur" before another government)
    text = ("Ombudsman merilis hasil penilaian kepatuhan pelayanan publik tahun 2023. Sementara Polres Seram Bagian Barat "
            "dan Pemkab Buru Selatan masuk zona merah.")
    assert results(nlp, text, PUB) == {(R("kabupaten", "Buru Selatan"), "merah", 2023, None)}


def test_an_offices_owner_after_another_name_stays_no_subject(nlp):
    text = ("Ombudsman merilis hasil penilaian kepatuhan pelayanan publik tahun 2023. Pemkab Buru masuk zona kuning, "
            "sementara Dinas Kesehatan Kabupaten Buru Selatan masuk zona merah.")
    assert results(nlp, text, PUB) == {(R("kabupaten", "Buru"), "kuning", 2023, None)}


def test_an_office_word_inside_a_regencys_name_owns_no_figures(nlp):
    # the "Bagian" of a regency's own name is no office owning the zone and score after it (the team's
    # holdout3 lost such a result to the office rule above); a real office after it still owns its figure
    text = ("Hasil penilaian kepatuhan Ombudsman tahun 2023: Kabupaten Buru mendapat 68,50 dan berada di kategori C, "
            "sedangkan Kabupaten Seram Bagian Timur (SBT) masih berada di zona merah dengan nilai 45,20.")
    assert results(nlp, text, PUB) == {(R("kabupaten", "Buru"), "kuning", 2023, 68.5),
                                       (R("kabupaten", "Seram Bagian Timur"), "merah", 2023, 45.2)}
    text = ("Hasil penilaian kepatuhan Ombudsman tahun 2023: Kabupaten Seram Bagian Timur berada di zona kuning dengan "
            "nilai 70,10, namun Bagian Organisasi yang dinilai tersendiri mendapat nilai 40,25.")
    assert results(nlp, text, PUB) == {(R("kabupaten", "Seram Bagian Timur"), "kuning", 2023, 70.1)}
