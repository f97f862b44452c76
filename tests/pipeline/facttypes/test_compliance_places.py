"""warta_compliance: a kabupaten/kota written with its province right after it ("Kabupaten X Provinsi Y")
gives no result for the province; scores written with a space after the decimal comma. Sentences written
for these tests."""
from __future__ import annotations

from tests.pipeline.facttypes.test_compliance import R, results


def test_a_regency_with_its_province_after_it_gives_no_province_result(nlp):
    for text in ("Dalam survei kepatuhan Ombudsman 2017, peringkat terakhir ditempati Kabupaten Mappi Provinsi Papua "
                 "dengan nilai 9,12.",
                 "Dalam survei kepatuhan Ombudsman 2017, Kabupaten Mappi Provinsi Papua berada di zona merah dengan nilai 9,12.",
                 "Dalam survei kepatuhan Ombudsman 2017, Kabupaten Mappi (Papua) berada di zona merah dengan nilai 9,12.",
                 "Dalam survei kepatuhan Ombudsman 2017, Kabupaten Mappi (Provinsi Papua) berada di zona merah dengan nilai 9,12."):
        got = results(nlp, text)
        assert {r[0] for r in got} == {R("kabupaten", "Mappi")}, text
    text = "Dalam survei kepatuhan Ombudsman 2017, Kabupaten Sikka, Provinsi Nusa Tenggara Timur, berada di zona merah."
    assert {r[0] for r in results(nlp, text)} == {R("kabupaten", "Sikka")}
    # two regencies each with its province: neither province is a subject
    text = ("Pada survei kepatuhan Ombudsman 2017, peringkat 99 ada Kabupaten Asmat Provinsi Papua, dan peringkat 98 ada "
            "Kabupaten Teluk Wondama Provinsi Papua Barat.")
    assert {r[0] for r in results(nlp, text)} == {R("kabupaten", "Asmat"), R("kabupaten", "Teluk Wondama")}


def test_a_province_in_a_list_with_a_comma_is_still_a_subject(nlp):
    text = "Pada penilaian kepatuhan Ombudsman 2022, Kota Jambi, Provinsi Jambi, dan Kabupaten Kerinci masuk zona hijau."
    assert {r[0] for r in results(nlp, text)} == {R("kota", "Jambi"), "P15", R("kabupaten", "Kerinci")}


def test_scores_with_a_space_after_the_decimal_comma(nlp):
    for text, score in (("Kabupaten Belitung meraih nilai tinggi kepatuhan yakni, 96, 12 dalam survei Ombudsman 2017.", 96.12),
                        ("Kabupaten Belitung mendapat skor 88, 05 pada penilaian kepatuhan Ombudsman 2019.", 88.05),
                        ("Pada penilaian kepatuhan Ombudsman 2019, Kabupaten Belitung meraih nilai 90,10, naik dari "
                         "tahun 2018 yakni 70, 40.", 90.1)):
        assert {r[3] for r in results(nlp, text) if r[2] != 2018} == {score}, text
    # … but not two numbers of a count ("dari 63 kabupaten, 16 di antaranya")
    text = "Dalam penilaian kepatuhan Ombudsman 2019, Kabupaten Belitung di zona hijau dari 63, 16 di antaranya baru."
    assert {r[3] for r in results(nlp, text)} == {None}
