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


def test_a_zone_given_to_a_counted_group_before_it_goes_to_its_members(nlp):
    text = ("Ombudsman menilai kepatuhan pelayanan publik tahun 2019 di Sumatera Barat. Selain zona merah, Ombudsman juga "
            "memberikan penilaian zona kuning untuk 3 kabupaten. Yaitu Kabupaten Agam, Kabupaten Pasaman dan "
            "Kabupaten Solok.")
    assert results(nlp, text) == {(R("kabupaten", c), "kuning", 2019, None) for c in ("Agam", "Pasaman", "Solok")}


def test_a_predicate_given_with_kepada_and_a_worded_count(nlp):
    text = ("Hasil penilaian kepatuhan Ombudsman 2020: predikat hijau diberikan kepada dua pemerintah daerah di Bali. "
            "Keduanya adalah Kabupaten Badung dan Kota Denpasar.")
    assert results(nlp, text) == {(R("kabupaten", "Badung"), "hijau", 2020, None),
                                  (R("kota", "Denpasar"), "hijau", 2020, None)}


def test_a_zone_given_bagi_a_group_listed_after_a_colon(nlp):
    text = ("Pada penilaian kepatuhan Ombudsman 2022, zona merah bagi 2 kabupaten di Maluku Utara: Kabupaten Pulau "
            "Taliabu dan Kabupaten Halmahera Timur.")
    assert results(nlp, text) == {(R("kabupaten", "Pulau Taliabu"), "merah", 2022, None),
                                  (R("kabupaten", "Halmahera Timur"), "merah", 2022, None)}


def test_a_zone_far_before_the_group_is_not_given_to_it(nlp):
    # the zone belongs to the province named with it, not to the group counted after the clause goes on
    text = ("Pada penilaian kepatuhan Ombudsman 2021 Provinsi Jambi masuk zona hijau, dan pemerintah provinsi mengundang "
            "untuk 3 kabupaten rapat evaluasi. Yaitu Kabupaten Kerinci, Kabupaten Tebo dan Kabupaten Bungo.")
    found = results(nlp, text)
    assert not {r for r in found if r[0] in {R("kabupaten", c) for c in ("Kerinci", "Tebo", "Bungo")}}


def test_another_group_after_a_zone_takes_none_of_it(nlp):
    text = ("Penilaian kepatuhan Ombudsman 2018 di Bengkulu selesai. \"Dua kabupaten yang mendapatkan zona hijau itu "
            "juga mendapat penghargaan,\" katanya. Sementara masih ada dua kabupaten lagi yang belum disurvei, "
            "Kabupaten Kaur dan Kabupaten Seluma.")
    assert not {r for r in results(nlp, text) if r[0] in {R("kabupaten", "Kaur"), R("kabupaten", "Seluma")}}
