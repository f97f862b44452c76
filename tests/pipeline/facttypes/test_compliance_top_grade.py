"""warta_compliance: "kepatuhan tertinggi" (with "pelayanan publik" or "standar pelayanan publik" between) is the top
of the predikat scale, a green result (final9, final10, final11); ranked within a place ("kepatuhan tertinggi di
Provinsi A") it is no zone. Sentences written for these tests."""
from __future__ import annotations

from datetime import datetime

from tests.pipeline.facttypes.test_compliance import R, results

PUB = datetime(2022, 1, 5)


def test_the_highest_compliance_is_green(nlp):
    text = ("Dalam penganugerahan penilaian kepatuhan Ombudsman tahun 2021, Kota Tarakan dan Kabupaten Berau "
            "menjadi peraih kepatuhan tertinggi tiga besar nasional.")
    assert {(r, z) for r, z, _, _ in results(nlp, text, PUB)} == {(R("kota", "Tarakan"), "hijau"),
                                                                  (R("kabupaten", "Berau"), "hijau")}


def test_the_highest_compliance_of_the_service_is_green(nlp):
    text = ("Pemerintah Kabupaten Sleman meraih Predikat Kepatuhan Pelayanan Publik Tertinggi dari Ombudsman RI "
            "pada penilaian tahun 2021 dengan nilai 91,20.")
    assert results(nlp, text, PUB) == {(R("kabupaten", "Sleman"), "hijau", 2021, 91.2)}


def test_the_highest_within_a_province_is_no_zone(nlp):
    text = ("Pada penilaian Ombudsman tahun 2021 Kabupaten Berau menjadi kabupaten dengan kepatuhan tertinggi "
            "di Provinsi Kalimantan Timur, dengan nilai 71,40.")
    assert results(nlp, text, PUB) == {(R("kabupaten", "Berau"), None, 2021, 71.4)}
