"""warta_compliance: a zone told for a counted group ("3 pemda … zona hijau"), then the group's members listed
in the next sentence ("3 pemda tersebut yakni …"), the kinds of government written short ("Kab. A"); on texts
written for these tests."""
from __future__ import annotations

from tests.pipeline.facttypes.test_compliance import P, R, results


def test_a_province_and_a_counted_group_then_its_members_with_abbreviations(nlp):
    text = ("JAMBI - Pemerintah Provinsi Jambi dan 3 pemerintah daerah di Jambi raih kepatuhan tinggi dalam "
            "penilaian Ombudsman tahun 2022 (zona hijau). 3 pemda tersebut yakni Kab. Kerinci, Kab. Tebo dan "
            "Kota Sungai Penuh.")
    assert results(nlp, text) == {(P("Jambi"), "hijau", 2022, None),
                                  (R("kabupaten", "Kerinci"), "hijau", 2022, None),
                                  (R("kabupaten", "Tebo"), "hijau", 2022, None),
                                  (R("kota", "Sungai Penuh"), "hijau", 2022, None)}


def test_an_ordinal_refers_back_to_the_counted_group(nlp):
    text = ("Empat kabupaten masuk zona kuning pada penilaian kepatuhan Ombudsman 2021. Keempat kabupaten itu "
            "adalah Kab. Poso, Kab. Sigi, KAB. Donggala, dan Kab. Banggai.")
    assert results(nlp, text) == {(R("kabupaten", c), "kuning", 2021, None)
                                  for c in ("Poso", "Sigi", "Donggala", "Banggai")}


def test_members_separated_by_semicolons_after_a_colon(nlp):
    text = ("Ombudsman merilis hasil penilaian kepatuhan 2023: dua daerah di Sumatera Barat masih di zona merah. "
            "Kedua daerah tersebut: Kab. Solok Selatan; Kab. Mentawai.")
    found = results(nlp, text)
    assert (R("kabupaten", "Solok Selatan"), "merah", 2023, None) in found


def test_places_named_after_the_group_in_an_unrelated_sentence_get_no_zone(nlp):
    text = ("Dua pemda di Sulawesi Tengah masuk zona hijau pada penilaian kepatuhan Ombudsman 2022. "
            "Pekan lalu, tim Ombudsman juga mengunjungi Kab. Parigi Moutong dan Kab. Tojo Una-Una untuk sosialisasi.")
    assert results(nlp, text) == set()
