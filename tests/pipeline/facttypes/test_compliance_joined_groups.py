"""warta_compliance: a counted group joined to the result told right before it ("Pemprov A mendapat rapor kuning,
berikut 3 kabupaten lainnya, B, C dan D, sementara untuk Kabupaten E mendapat rapor merah"; final7) shares that
zone; counted groups with zones of their own still split the sentence. A town after a national agency's office
and its class ("Imigrasi Kelas 2 Mamuju", "Lapas Kelas IIB Sinjai"; final7) is the office's, no government's
result. Sentences written for these tests."""
from __future__ import annotations

from tests.pipeline.facttypes.test_compliance import P, R, results


def test_a_group_joined_by_berikut_shares_the_zone_before_it(nlp):
    text = ("Hasil survei kepatuhan Ombudsman tahun 2019 di Gorontalo, Pemprov Gorontalo mendapat rapor kuning, berikut "
            "3 kabupaten lainnya, Boalemo, Pohuwato dan Kabupaten Bone Bolango, sementara untuk Kabupaten Gorontalo "
            "Utara mendapat rapor merah.")
    assert results(nlp, text) == {(P("Gorontalo"), "kuning", 2019, None), (R("kabupaten", "Boalemo"), "kuning", 2019, None),
                                  (R("kabupaten", "Pohuwato"), "kuning", 2019, None),
                                  (R("kabupaten", "Bone Bolango"), "kuning", 2019, None),
                                  (R("kabupaten", "Gorontalo Utara"), "merah", 2019, None)}


def test_counted_groups_with_their_own_zones_stay_apart(nlp):
    text = ("Hasil survei kepatuhan Ombudsman tahun 2019: ada dua kabupaten di zona hijau yaitu Boalemo dan Pohuwato, "
            "serta ada dua kabupaten di zona kuning yaitu Bone Bolango dan Gorontalo Utara.")
    assert results(nlp, text) == {(R("kabupaten", "Boalemo"), "hijau", 2019, None),
                                  (R("kabupaten", "Pohuwato"), "hijau", 2019, None),
                                  (R("kabupaten", "Bone Bolango"), "kuning", 2019, None),
                                  (R("kabupaten", "Gorontalo Utara"), "kuning", 2019, None)}


def test_a_town_after_an_agencys_office_and_class_is_no_result(nlp):
    text = ("Menurut Ombudsman, dalam survei kepatuhan 2019 satu kabupaten mendapat rapor merah, sementara untuk instansi "
            "vertikal Imigrasi Kelas 2 Boalemo dan Lapas Kelas IIB Pohuwato mendapat rapor hijau.")
    assert results(nlp, text) == set()


def test_a_government_beside_an_agencys_office_keeps_its_result(nlp):
    text = ("Dalam survei kepatuhan Ombudsman 2019, Pemkab Boalemo mendapat rapor hijau, sama seperti Rutan Kelas IIB "
            "Pohuwato.")
    assert results(nlp, text) == {(R("kabupaten", "Boalemo"), "hijau", 2019, None)}
