"""warta_compliance: a zone stated for one dimension or variable of the assessment ("Variabel Standar Pelayanan dari
6 kabupaten/kota masuk dalam Zona Hijau") is no government's result, and the list naming that part's group takes no
zone told for another group before it (final11; the contract's results are the assessment's, one per government).
Sentences written for these tests."""
from __future__ import annotations

from datetime import datetime

from tests.pipeline.facttypes.test_compliance import R, results

PUB = datetime(2023, 2, 22)


def test_a_variable_in_the_green_zone_is_no_result(nlp):
    text = ("Ombudsman mengumumkan hasil penilaian kepatuhan 2022. Pada tahun 2021 ada 6 Kabupaten/Kota masuk "
            "dalam Zona Hijau. Terdapat peningkatan untuk Dimensi Proses, diantaranya Variabel Standar Pelayanan dari "
            "6 Kabupaten/Kota masuk dalam Zona Hijau menjadi 3 Kabupaten/Kota di tahun 2022. "
            "Daerah tersebut antara lain: Pemkab Kerinci, Pemkab Tebo, dan Pemkot Sungai Penuh.")
    assert results(nlp, text, PUB) == set()


def test_a_dimension_named_after_the_zone_leaves_the_result(nlp):
    text = ("Pada penilaian kepatuhan Ombudsman tahun 2022 Kabupaten Kerinci masuk zona hijau, meski nilai "
            "dimensi pengaduan masih rendah.")
    assert results(nlp, text, PUB) == {(R("kabupaten", "Kerinci"), "hijau", 2022, None)}


def test_a_group_zone_without_a_part_still_reaches_its_list(nlp):
    text = ("Ombudsman mengumumkan hasil penilaian kepatuhan 2022. Ada 3 Kabupaten/Kota masuk dalam Zona Hijau. "
            "Daerah tersebut antara lain: Pemkab Kerinci, Pemkab Tebo, dan Pemkot Sungai Penuh.")
    assert {(r, z) for r, z, _, _ in results(nlp, text, PUB)} == {(R("kabupaten", "Kerinci"), "hijau"),
                                                                  (R("kabupaten", "Tebo"), "hijau"),
                                                                  (R("kota", "Sungai Penuh"), "hijau")}


def test_the_list_of_a_part_takes_the_zone_of_all_governments(nlp):
    text = ("Ombudsman Perwakilan Jambi merilis hasil penilaian kepatuhan. Kepala Ombudsman Perwakilan Jambi mengatakan "
            "seluruh Pemda se Provinsi Jambi dinyatakan masuk zona kuning. Ia mengatakan Penilaian "
            "Kepatuhan 2022 ini menurun dibandingkan 2021. Terdapat peningkatan untuk Dimensi Proses, diantaranya "
            "Variabel Standar Pelayanan dari 2 Kabupaten/Kota masuk dalam Zona Hijau tahun 2021 menjadi 3 "
            "Kabupaten/Kota di tahun 2022. Daerah tersebut antara lain: Pemkab Kerinci, Pemkab Tebo, dan Pemkot "
            "Sungai Penuh.")
    assert results(nlp, text, PUB) == {(R("kabupaten", "Kerinci"), "kuning", 2022, None),
                                       (R("kabupaten", "Tebo"), "kuning", 2022, None),
                                       (R("kota", "Sungai Penuh"), "kuning", 2022, None)}


def test_governments_named_for_something_else_take_no_zone_of_all(nlp):
    text = ("Ombudsman Perwakilan Jambi merilis hasil penilaian kepatuhan 2022. Kepala Ombudsman Perwakilan Jambi "
            "mengatakan seluruh Pemda se Provinsi Jambi dinyatakan masuk zona kuning. Penilaian dilakukan sejak Juli "
            "hingga Oktober. Petugas mendatangi kantor layanan satu per satu. Pekan depan, tim Ombudsman mengunjungi "
            "Kabupaten Kerinci dan Kota Sungai Penuh.")
    named = {r for r, _, _, _ in results(nlp, text, PUB)}
    assert not named & {R("kabupaten", "Kerinci"), R("kota", "Sungai Penuh")}
