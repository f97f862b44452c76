"""warta_compliance: a look back dated right after its zone ("Sebelumnya, A dan B lebih dahulu meraih predikat
kepatuhan tinggi (zona hijau) pada 2016") is a result of that year, not an undated past; and, told after results
of a later year, it dates no later sentence (final10). Sentences written for these tests (invented places,
numbers and quotes)."""
from __future__ import annotations

from tests.pipeline.facttypes.test_compliance import P, R, results

LEAD = ("Pemerintah Provinsi Bali dan Kota Denpasar mendapat predikat kepatuhan tinggi dari Ombudsman RI.\n"
        "Kepala perwakilan mengatakan Pemprov Bali pada 2017 berhasil meraih nilai 97,10.\n"
        "Menurutnya, penghargaan itu menjadi tolok ukur bagi pemerintah daerah.\n"
        "Ia juga meminta seluruh dinas memajang maklumat pelayanan.\n")
LOOK_BACK = ("Sebelumnya, kata dia, Kabupaten Bangli dan Kabupaten Gianyar lebih dahulu meraih predikat kepatuhan "
             "tinggi (zona hijau) pada 2016.\n")
LATER = ("Selain Pemprov Bali dan Kota Denpasar, Ombudsman juga melakukan penilaian kepatuhan di dua kabupaten lain "
         "pada 2017, yaitu Kabupaten Jembrana dan Kabupaten Buleleng.\n"
         "Namun sayangnya kedua kabupaten itu masih berada di zona merah.\n")


def test_a_look_back_dated_after_its_zone_is_that_years_result(nlp):
    got = results(nlp, LEAD + LOOK_BACK)
    assert (R("kabupaten", "Bangli"), "hijau", 2016, None) in got
    assert (R("kabupaten", "Gianyar"), "hijau", 2016, None) in got


def test_the_look_back_year_dates_no_later_sentence(nlp):
    got = results(nlp, LEAD + LOOK_BACK + LATER)
    assert (R("kabupaten", "Jembrana"), "merah", 2017, None) in got
    assert (R("kabupaten", "Buleleng"), "merah", 2017, None) in got
    assert not any(r[1] == "merah" and r[2] == 2016 for r in got)


def test_an_undated_past_stays_no_result(nlp):
    text = LEAD + "Kabupaten Bangli dahulu berada di zona merah, kini terus berbenah.\n"
    assert not any(r[0] == R("kabupaten", "Bangli") for r in results(nlp, text))
