"""warta_compliance: a zone carried into the sentences that continue a list or a ranking, from a
counted group named again by its size, and from a zone stated for all governments; on sentences
written for these tests."""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_compliance import P, R, results


def test_a_list_named_by_the_size_of_its_group_takes_the_group_zone(nlp):
    text = ("MATARAM - Enam pemerintah daerah di NTB memperoleh predikat kepatuhan rendah alias zona merah "
            "dalam penilaian Ombudsman tahun 2021. Dua daerah lain masuk zona kuning.\n"
            "Kepala Ombudsman NTB menyebut hasil itu menjadi catatan bagi pemerintah daerah.\n"
            "Dia melanjutkan, keenam daerah itu adalah Kabupaten Dompu dengan nilai 44,10 dan Kabupaten "
            "Bima dengan nilai 40,25.")
    assert results(nlp, text) == {(R("kabupaten", "Dompu"), "merah", 2021, 44.1),
                                  (R("kabupaten", "Bima"), "merah", 2021, 40.25)}


def test_a_contrasting_clause_keeps_its_own_zone(nlp):
    text = ("Dalam penilaian kepatuhan Ombudsman 2022, empat kabupaten di Sulawesi Barat masuk zona merah. "
            "Keempat kabupaten itu antara lain Kabupaten Majene dan Kabupaten Mamasa, sedangkan dua kabupaten "
            "lain termasuk Kabupaten Pasangkayu masuk zona kuning.")
    assert results(nlp, text) == {(R("kabupaten", "Majene"), "merah", 2022, None),
                                  (R("kabupaten", "Mamasa"), "merah", 2022, None),
                                  (R("kabupaten", "Pasangkayu"), "kuning", 2022, None)}


def test_a_list_continued_with_a_connective_keeps_its_zone(nlp):
    text = ("Ombudsman Jawa Tengah mengumumkan hasil penilaian kepatuhan 2019. Lima daerah meraih zona hijau.\n"
            "Yakni Kabupaten Kudus dengan nilai 95,10 dan Kabupaten Demak dengan nilai 93,20.\n"
            "Kemudian Kota Salatiga dengan nilai 90,05 dan Kabupaten Kendal dengan nilai 89,40.\n"
            "Lalu Kabupaten Batang dengan nilai 88,75.")
    assert results(nlp, text) == {(R("kabupaten", "Kudus"), "hijau", 2019, 95.1),
                                  (R("kabupaten", "Demak"), "hijau", 2019, 93.2),
                                  (R("kota", "Salatiga"), "hijau", 2019, 90.05),
                                  (R("kabupaten", "Kendal"), "hijau", 2019, 89.4),
                                  (R("kabupaten", "Batang"), "hijau", 2019, 88.75)}


def test_a_sentence_that_does_not_continue_the_list_keeps_no_zone(nlp):
    text = ("Ombudsman Jawa Tengah mengumumkan hasil penilaian kepatuhan 2019. Dua daerah meraih zona hijau, "
            "yakni Kabupaten Kudus dengan nilai 95,10 dan Kabupaten Demak dengan nilai 93,20.\n"
            "Adapun peringkat pertama nasional diraih Kabupaten Badung dengan nilai 99,02.")
    assert results(nlp, text) == {(R("kabupaten", "Kudus"), "hijau", 2019, 95.1),
                                  (R("kabupaten", "Demak"), "hijau", 2019, 93.2),
                                  (R("kabupaten", "Badung"), None, 2019, 99.02)}


def test_zone_stated_for_all_governments_of_a_province(nlp):
    text = ("Ombudsman RI Perwakilan Jambi menilai kepatuhan seluruh pemerintah daerah di Provinsi Jambi "
            "tahun 2023. Hasilnya, semua pemerintah daerah telah masuk zona hijau.\n"
            "Penilaian dilakukan sejak Mei hingga Agustus. Tim menilai standar pelayanan di empat dinas. "
            "Ombudsman menyerahkan piagam kepada para kepala daerah.\n"
            "Kabupaten Merangin meraih nilai tertinggi, 97,15, diikuti Kabupaten Sarolangun dengan nilai 95,40. "
            "Sebagai pembanding, Kabupaten Banyuwangi di Jawa Timur meraih nilai 99,10.")
    assert results(nlp, text) == {(R("kabupaten", "Merangin"), "hijau", 2023, 97.15),
                                  (R("kabupaten", "Sarolangun"), "hijau", 2023, 95.4),
                                  (R("kabupaten", "Banyuwangi"), None, 2023, 99.1)}


def test_a_region_name_with_a_number_is_no_group(nlp):
    text = ("Pada penilaian kepatuhan Ombudsman 2020, Kabupaten Lima Puluh Kota dan Kabupaten Tanah Datar "
            "masuk zona kuning. Kabupaten Agam dan Kabupaten Pasaman meraih nilai 81,20 dan 80,10.")
    found = results(nlp, text)
    assert (R("kabupaten", "Lima Puluh Kota"), "kuning", 2020, None) in found
    assert all(zone is None for code, zone, *_ in found if code in (R("kabupaten", "Agam"), R("kabupaten", "Pasaman")))


def test_a_counted_list_cut_by_a_paragraph_goes_on_until_its_count(nlp):
    text = ("Ombudsman RI Perwakilan Sulawesi Tengah mencatat enam pemerintah daerah tingkat kepatuhan standar "
            "pelayanan publiknya masih rendah atau masih berada di zona merah.\n\n"
            '"Dari hasil survei kepatuhan yang kami lakukan di 13 kabupaten/kota, ada enam daerah yang masih '
            'rendah," kata kepala perwakilan, Rabu (4/12).\n\n'
            "Keenam daerah tersebut yakni Kabupaten Banggai Laut dengan nilai kepatuhan 41,20, Kabupaten Tojo "
            "Una-Una 38,15, Kabupaten Buol 35,60.\n\n"
            "Kabupaten Morowali Utara dengan nilai kepatuhan 33,70, Kabupaten Sigi 29,45, dan Kabupaten Banggai "
            "Kepulauan 21,08.")
    assert results(nlp, text) == {(R("kabupaten", "Banggai Laut"), "merah", None, 41.2),
                                  (R("kabupaten", "Tojo Una Una"), "merah", None, 38.15),
                                  (R("kabupaten", "Buol"), "merah", None, 35.6),
                                  (R("kabupaten", "Morowali Utara"), "merah", None, 33.7),
                                  (R("kabupaten", "Sigi"), "merah", None, 29.45),
                                  (R("kabupaten", "Banggai Kepulauan"), "merah", None, 21.08)}


def test_a_complete_counted_list_is_not_resumed(nlp):
    text = ("Ombudsman RI Perwakilan Jambi mencatat dua pemerintah daerah masih berada di zona merah.\n\n"
            "Kedua daerah tersebut yakni Kabupaten Tebo dengan nilai kepatuhan 41,20 dan Kabupaten Bungo 38,15.\n\n"
            "Kabupaten Kerinci dengan nilai kepatuhan 71,30 dan Kota Sungai Penuh 69,85 berada satu tingkat "
            "di atasnya.")
    assert results(nlp, text) == {(R("kabupaten", "Tebo"), "merah", None, 41.2),
                                  (R("kabupaten", "Bungo"), "merah", None, 38.15),
                                  (R("kabupaten", "Kerinci"), None, None, 71.3),
                                  (R("kota", "Sungai Penuh"), None, None, 69.85)}


def test_the_list_of_governments_assessed_takes_no_zone_told_before(nlp):
    text = ("Ombudsman RI Perwakilan Bengkulu menyebut pelayanan publik di sejumlah pemerintah daerah masih "
            "dalam zona merah.\n"
            '"Masih ada pemerintah kabupaten yang status kepatuhannya masuk zona merah," kata kepala perwakilan.\n'
            "Pada 2022 Ombudsman melakukan penilaian kepatuhan di enam kabupaten, yakni Kaur, Lebong, Seluma, "
            "Mukomuko, Kepahiang dan Rejang Lebong.\n"
            "Dari hasil penilaian itu, Kabupaten Kaur dan Kabupaten Seluma masuk zona hijau, sedangkan Kabupaten "
            "Lebong masuk zona merah.")
    assert results(nlp, text) == {(R("kabupaten", "Kaur"), "hijau", 2022, None),
                                  (R("kabupaten", "Seluma"), "hijau", 2022, None),
                                  (R("kabupaten", "Lebong"), "merah", 2022, None)}


def test_the_governments_surveyed_named_after_the_passive_verb_are_no_results(nlp):
    text = ("Ombudsman Papua Barat mencatat beberapa daerah masih di zona kuning.\n"
            "Survei dilakukan terhadap empat pemerintah daerah, yaitu Kabupaten Manokwari, Kabupaten Fakfak, "
            "Kabupaten Kaimana dan Kota Sorong.\n"
            "Hasilnya, Kabupaten Fakfak dan Kabupaten Kaimana berada di zona kuning.")
    assert results(nlp, text) == {(R("kabupaten", "Fak Fak"), "kuning", None, None),
                                  (R("kabupaten", "Kaimana"), "kuning", None, None)}


def test_another_group_of_the_same_size_does_not_take_the_first_groups_zone(nlp):
    text = ("KENDARI - Ombudsman RI Perwakilan Sulawesi Tenggara mengeluarkan hasil penilaian kepatuhan "
            "pelayanan publik terhadap beberapa daerah, Kamis (19/12/2019).\n"
            "Dari enam daerah yang dinilai tahun ini, tiga di antaranya mendapat rapor merah. Ketiga daerah "
            "dengan nilai merah itu adalah Kabupaten Buton, Kabupaten Wakatobi dan Kabupaten Muna Barat.\n"
            "Sementara Kabupaten Buton, tahun sebelumnya juga mendapat nilai merah.\n"
            "Sedangkan tiga daerah lain yang juga dinilai adalah Kota Kendari, Kabupaten Konawe Utara dan "
            "Kabupaten Kolaka Timur. Ketiga daerah itu semuanya mendapatkan nilai kuning.")
    buton = R("kabupaten", "Buton")
    assert results(nlp, text) == {(buton, "merah", 2019, None), (R("kabupaten", "Wakatobi"), "merah", 2019, None),
                                  (R("kabupaten", "Muna Barat"), "merah", 2019, None), (buton, "merah", 2018, None),
                                  (R("kota", "Kendari"), "kuning", 2019, None),
                                  (R("kabupaten", "Konawe Utara"), "kuning", 2019, None),
                                  (R("kabupaten", "Kolaka Timur"), "kuning", 2019, None)}


def test_a_list_told_with_a_hoped_zone_takes_no_group_zone(nlp):
    text = ("PALU - Tiga kabupaten di Sulawesi Tengah meraih tingkat kepatuhan tinggi dalam survei kepatuhan "
            "Ombudsman. Tiga kabupaten itu adalah Poso, Sigi dan Donggala dengan kategori zona hijau.\n"
            "Sedangkan Buol, Tolitoli dan Morowali masuk zona merah.\n"
            '"Jadi tiga kabupaten Buol, Tolitoli dan Morowali harus berbenah agar tidak lagi dalam zona merah," '
            "kata kepala perwakilan.")
    assert results(nlp, text) == {(R("kabupaten", "Poso"), "hijau", None, None),
                                  (R("kabupaten", "Sigi"), "hijau", None, None),
                                  (R("kabupaten", "Donggala"), "hijau", None, None),
                                  (R("kabupaten", "Buol"), "merah", None, None),
                                  (R("kabupaten", "Toli-Toli"), "merah", None, None),
                                  (R("kabupaten", "Morowali"), "merah", None, None)}


@pytest.mark.parametrize("referring", [
    "Daerah yang dipimpin oleh Bupati Rahmat Sulaiman ini mendapatkan nilai 71,35 atau berada di zona kuning.",
    "Kabupaten yang dikenal sebagai penghasil kopi itu mendapatkan nilai 71,35 atau berada di zona kuning.",
    "Pemkab yang dinakhodai Rahmat Sulaiman tersebut mendapatkan nilai 71,35 atau berada di zona kuning.",
])
def test_a_government_referred_to_by_a_relative_clause_takes_the_result(nlp, referring):
    text = ("Ombudsman Perwakilan Banten menyerahkan hasil penilaian kepatuhan tahun 2019.\n"
            "Pada Kamis, Ombudsman juga memberikan hasil penilaian kepatuhan ke Pemkab Serang.\n" + referring)
    assert results(nlp, text) == {(R("kabupaten", "Serang"), "kuning", 2019, 71.35)}
