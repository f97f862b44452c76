"""warta_compliance: a counted group of one kind referring back ("ke-3 kabupaten itu", "kedua kota tersebut") means
the governments of that kind listed before, not the province or city named beside them ("Selain Pemprov A dan
Kota B, … tiga kabupaten, yaitu C, D dan E"); frame.of_counted_kind. Sentences written for these tests
(invented places, numbers and quotes)."""
from __future__ import annotations

from tests.pipeline.facttypes.test_compliance import P, R, results

LISTED = ("Pemerintah Provinsi Bali dan Pemerintah Kota Denpasar meraih zona hijau dalam penilaian kepatuhan "
          "Ombudsman tahun 2017.\n"
          "Selain Pemerintah Provinsi Bali dan Pemerintah Kota Denpasar, Ombudsman juga melakukan penilaian "
          "kepatuhan di tiga kabupaten lain pada 2017, yaitu Pemerintah Kabupaten Bangli, Pemerintah Kabupaten "
          "Karangasem, dan Pemerintah Kabupaten Jembrana.\n")


def test_a_counted_kind_refers_back_to_the_governments_of_that_kind(nlp):
    text = LISTED + "Namun sayangnya ke-3 kabupaten itu masih berada di zona merah.\n"
    got = results(nlp, text)
    assert (R("kabupaten", "Bangli"), "merah", 2017, None) in got
    assert (R("kabupaten", "Jembrana"), "merah", 2017, None) in got
    assert not any(r[1] == "merah" and r[0] in (P("Bali"), R("kota", "Denpasar")) for r in got)


def test_a_count_that_does_not_match_its_kind_keeps_the_whole_list(nlp):
    text = ("Ombudsman menilai kepatuhan tahun 2017 di Kota Denpasar, Kabupaten Bangli dan Kabupaten Karangasem.\n"
            "Ketiga daerah itu masih berada di zona kuning.\n")
    assert results(nlp, text) == {(R("kota", "Denpasar"), "kuning", 2017, None),
                                  (R("kabupaten", "Bangli"), "kuning", 2017, None),
                                  (R("kabupaten", "Karangasem"), "kuning", 2017, None)}
