"""warta_compliance: a list whose items each carry their own year ("Kabupaten A pada tahun 2016, dan
Provinsi B pada tahun 2017 meraih zona hijau", "A (2019), B (2020) dan C (2022)"): each result takes its
item's year, not the nearest one. Sentences written for these tests."""
from __future__ import annotations

from tests.pipeline.facttypes.test_compliance import P, R, results


def test_pada_tahun_after_each_item_of_a_prose_list(nlp):
    text = ("Sejak survei kepatuhan Ombudsman dimulai, hanya Kabupaten Sikka pada tahun 2018 dan Kota Kupang pada "
            "tahun 2021 yang meraih zona hijau.")
    assert results(nlp, text) == {(R("kabupaten", "Sikka"), "hijau", 2018, None),
                                  (R("kota", "Kupang"), "hijau", 2021, None)}


def test_a_province_and_a_regency_with_their_years_and_an_alias(nlp):
    text = ("Untuk wilayah Nusa Tenggara Barat, sejak penilaian kepatuhan Ombudsman pada tahun 2014, hanya "
            "Pemerintah Kabupaten Lombok Utara (KLU) pada tahun 2019, dan Pemerintah Provinsi NTB pada tahun 2020 "
            "berhasil memperoleh predikat zona hijau.")
    assert results(nlp, text) == {(R("kabupaten", "Lombok Utara"), "hijau", 2019, None),
                                  (P("Nusa Tenggara Barat"), "hijau", 2020, None)}


def test_years_in_parentheses_after_each_item(nlp):
    text = ("Dalam penilaian kepatuhan Ombudsman, Kabupaten Ende (2019), Kabupaten Flores Timur (2020) dan "
            "Kota Kupang (2022) pernah meraih zona hijau.")
    assert results(nlp, text) == {(R("kabupaten", "Ende"), "hijau", 2019, None),
                                  (R("kabupaten", "Flores Timur"), "hijau", 2020, None),
                                  (R("kota", "Kupang"), "hijau", 2022, None)}


def test_one_year_for_the_list_or_a_compared_year_keeps_the_list_together(nlp):
    text = ("Penilaian kepatuhan Ombudsman tahun 2023: Kabupaten Sikka dan Kota Kupang masuk zona hijau, sama "
            "seperti tahun 2022.")
    got = {(r[0], r[1], r[2]) for r in results(nlp, text)}
    assert {(R("kabupaten", "Sikka"), "hijau", 2023), (R("kota", "Kupang"), "hijau", 2023)} <= got
    text = ("Hasil penilaian kepatuhan Ombudsman diumumkan. Kabupaten Sikka dan Kota Kupang pada tahun 2024 masuk "
            "zona hijau, naik dari zona kuning pada 2023.")
    got = {(r[0], r[1], r[2]) for r in results(nlp, text)}
    assert {(R("kabupaten", "Sikka"), "hijau", 2024), (R("kota", "Kupang"), "hijau", 2024)} <= got
    assert not any(r[1] == "hijau" and r[2] == 2023 for r in got)
