"""warta_compliance: a whole result (a grade or zone and a score) stated without its government, in an
article that names one government only ("Dengan demikian hasil akhir sebesar 66,01 masuk kategori C.";
final6): that government's. Not where the article names several, nor a figure over many governments.
Sentences written for these tests."""
from __future__ import annotations

from datetime import datetime

from tests.pipeline.facttypes.test_compliance import R, results

PUB = datetime(2023, 2, 27)


def test_a_result_without_its_government_in_a_story_of_one(nlp):
    text = ("Ombudsman RI Perwakilan Sulawesi Utara menyerahkan hasil penilaian opini pengawasan pelayanan publik tahun "
            "2022 kepada Pemerintah Kota Bitung. Penilaian dilakukan pada tujuh unit layanan. "
            "Dengan demikian hasil akhir sebesar 71,20 masuk dalam kategori C dengan opini kualitas sedang.")
    assert results(nlp, text, PUB) == {(R("kota", "Bitung"), "kuning", 2022, 71.2)}


def test_no_result_without_its_government_in_a_story_of_several_or_of_an_average(nlp):
    for text in (
            "Ombudsman RI Perwakilan Sulawesi Utara menyerahkan hasil penilaian opini pengawasan pelayanan publik tahun "
            "2022 kepada Pemerintah Kota Bitung dan Pemerintah Kabupaten Minahasa. "
            "Dengan demikian hasil akhir sebesar 71,20 masuk dalam kategori C dengan opini kualitas sedang.",
            "Ombudsman RI Perwakilan Sulawesi Utara menyerahkan hasil penilaian opini pengawasan pelayanan publik tahun "
            "2022 kepada Pemerintah Kota Bitung. "
            "Secara nasional, rata-rata nilai pemda sebesar 71,20 masuk dalam kategori C."):
        assert all(r[3] != 71.2 for r in results(nlp, text, PUB)), text
