"""warta_compliance: rankings told with ordinal words and positions against other governments (a
rank alone is a result without zone), on sentences written for these tests."""
from __future__ import annotations

from tests.pipeline.facttypes.test_compliance import P, R, results


def test_ordinal_ranks_give_results_without_zone(nlp):
    text = ("Ombudsman RI Perwakilan Jambi menyerahkan hasil penilaian kepatuhan tahun 2022. "
            "Kabupaten Kerinci meraih peringkat pertama, disusul Kabupaten Tebo di peringkat kedua "
            "dan Kota Sungai Penuh pada peringkat ke-3. Peringkat keempat ditempati Kabupaten Bungo.")
    assert results(nlp, text) == {(R("kabupaten", "Kerinci"), None, 2022, None),
                                  (R("kabupaten", "Tebo"), None, 2022, None),
                                  (R("kota", "Sungai Penuh"), None, 2022, None),
                                  (R("kabupaten", "Bungo"), None, 2022, None)}


def test_ranking_continued_with_next_and_last(nlp):
    text = ("Dalam penilaian kepatuhan Ombudsman 2021 di Kalimantan Selatan, peringkat ke delapan yakni "
            "Kabupaten Tapin, selanjutnya Kabupaten Balangan dan terakhir Kota Banjarbaru. "
            "Peringkat selanjutnya yakni Kabupaten Tabalong dan Kabupaten Banjar.")
    assert results(nlp, text) == {(R("kabupaten", "Tapin"), None, 2021, None),
                                  (R("kabupaten", "Balangan"), None, 2021, None),
                                  (R("kota", "Banjarbaru"), None, 2021, None),
                                  (R("kabupaten", "Tabalong"), None, 2021, None),
                                  (R("kabupaten", "Banjar", "Kalimantan Selatan"), None, 2021, None)}


def test_position_above_other_provinces(nlp):
    text = ("Pada penilaian kepatuhan Ombudsman tahun 2019, posisi Pemerintah Provinsi Bengkulu berada di "
            "atas Pemerintah Provinsi Lampung dan Pemerintah Provinsi Jambi.")
    assert results(nlp, text) == {(P("Bengkulu"), None, 2019, None), (P("Lampung"), None, 2019, None),
                                  (P("Jambi"), None, 2019, None)}


def test_a_ranking_of_complaints_is_no_assessment(nlp):
    text = ("Ombudsman RI Perwakilan Riau menerima 310 laporan sepanjang 2024. Pemerintah Kota Pekanbaru "
            "paling banyak dilaporkan dengan 52 laporan. Posisi berikutnya ditempati Pemerintah Kabupaten "
            "Kampar (31 laporan) dan Pemerintah Kabupaten Siak (19 laporan).")
    assert results(nlp, text) == set()


def test_the_rank_of_a_known_zone_adds_no_result(nlp):
    text = ("Kota Palopo masuk zona hijau pada penilaian kepatuhan Ombudsman 2022 dan meraih peringkat "
            "kedua se-Sulawesi Selatan.")
    assert results(nlp, text) == {(R("kota", "Palopo"), "hijau", 2022, None)}


def test_a_ranking_of_provinces_named_bare(nlp):
    text = ("Pada penilaian kepatuhan Ombudsman tahun 2019, Pemerintah Provinsi Bengkulu berada di bawah "
            "Sumatera Barat, Lampung dan Riau yang sama-sama berada di zona kuning. Posisi Pemerintah "
            "Provinsi Bengkulu berada di atas Maluku, Papua Barat dan Papua.")
    assert results(nlp, text) == {
        (P("Bengkulu"), "kuning", 2019, None), (P("Sumatera Barat"), "kuning", 2019, None),
        (P("Lampung"), "kuning", 2019, None), (P("Riau"), "kuning", 2019, None),
        (P("Maluku"), None, 2019, None), (P("Papua Barat"), None, 2019, None), (P("Papua"), None, 2019, None)}


def test_a_province_in_a_place_phrase_is_no_ranked_government(nlp):
    text = ("Pada penilaian kepatuhan Ombudsman tahun 2019, Kota Bengkulu meraih peringkat pertama di "
            "Sumatera Barat dan Jambi.")
    assert results(nlp, text) == {(R("kota", "Bengkulu"), None, 2019, None)}


def test_a_list_left_behind_keeps_its_own_zone(nlp):
    text = ("Pada penilaian kepatuhan Ombudsman tahun 2018, Pemerintah Provinsi Bengkulu beranjak ke zona hijau "
            "meninggalkan Riau, Lampung dan Sumatera Selatan yang masih berada di zona kuning.")
    assert results(nlp, text) == {
        (P("Bengkulu"), "hijau", 2018, None), (P("Riau"), "kuning", 2018, None),
        (P("Lampung"), "kuning", 2018, None), (P("Sumatera Selatan"), "kuning", 2018, None)}
