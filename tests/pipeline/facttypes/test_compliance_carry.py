"""warta_compliance: a zone carried into the sentences that continue a list or a ranking, from a
counted group named again by its size, and from a zone stated for all governments; on sentences
written for these tests."""
from __future__ import annotations

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
