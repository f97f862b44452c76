"""warta_compliance: wordings of zones, grades and scores met in regional news (variants, misspellings,
odd separators, "only managed to"), and whose zone a clause gives; on sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_compliance import P, R, results


@pytest.mark.parametrize("wording, zone", [
    ("hanya mampu berada di zona kuning", "kuning"),
    ("hanya bisa masuk zona merah", "merah"),
    ("masuk katagori zona merah", "merah"),
    ("dinyatakan hijau oleh Ombudsman", "hijau"),
    ("berstatus kuning", "kuning"),
    ("berada pada Zona E Kualitas Terendah", "merah"),
    ("berada pada Zona B", "hijau"),
])
def test_zone_wordings(nlp, wording, zone):
    text = f"Pada penilaian kepatuhan Ombudsman tahun 2022, Kabupaten Sikka {wording}."
    assert results(nlp, text) == {(R("kabupaten", "Sikka"), zone, 2022, None)}


def test_a_modal_still_hypothetical(nlp):
    text = "Pada penilaian kepatuhan Ombudsman tahun 2022, Kabupaten Sikka bisa masuk zona hijau bila berbenah."
    assert results(nlp, text) == set()


@pytest.mark.parametrize("wording, score", [
    ("meraih skor 68, 28", 68.28),
    ("mendapatkan nilai 30,76 dari skala 1-100", 30.76),
    ("hanya bisa mengoleksi nilai sebanyak 22,94 saja", 22.94),
    ("meraih nilai 87,5 persen", 87.5),
])
def test_score_wordings(nlp, wording, score):
    text = f"Pada penilaian kepatuhan Ombudsman tahun 2020, Kabupaten Ende {wording} dan masuk zona kuning."
    assert results(nlp, text) == {(R("kabupaten", "Ende"), "kuning", 2020, score)}


def test_a_share_in_percent_is_no_score(nlp):
    text = ("Pada penilaian kepatuhan Ombudsman tahun 2020, sebanyak 62,50% atau 10 pemprov masuk zona hijau, "
            "termasuk Provinsi Jambi.")
    assert results(nlp, text) == {(P("Jambi"), "hijau", 2020, None)}


def test_a_zone_in_the_relative_clause_of_another_government(nlp):
    text = ("Pada penilaian Ombudsman tahun 2019, Pemerintah Kabupaten Kepahiang masih tertinggal jauh dari "
            "Kabupaten Lebong yang sudah mengukuhkan posisi di zona hijau.")
    assert results(nlp, text) == {(R("kabupaten", "Lebong"), "hijau", 2019, None)}


def test_a_relative_clause_after_a_list_applies_to_the_whole_list(nlp):
    text = ("Pada penilaian Ombudsman tahun 2019, Kabupaten Lebong, Kabupaten Kaur dan Kabupaten Seluma "
            "yang sudah berada di zona hijau menerima piagam.")
    assert results(nlp, text) == {(R("kabupaten", n), "hijau", 2019, None) for n in ("Lebong", "Kaur", "Seluma")}


def test_each_counted_group_gives_its_list_its_zone(nlp):
    text = ("Dari hasil penilaian kepatuhan Ombudsman tahun 2019, ada dua kabupaten yang mendapatkan predikat "
            "kepatuhan tinggi atau zona hijau yaitu Kabupaten Pringsewu dan Kabupaten Mesuji, serta ada tiga "
            "kabupaten yang mendapat predikat sedang atau zona kuning yaitu Kabupaten Tanggamus, Kabupaten "
            "Pesawaran dan Kabupaten Lampung Selatan.")
    assert results(nlp, text) == {
        (R("kabupaten", "Pringsewu"), "hijau", 2019, None), (R("kabupaten", "Mesuji"), "hijau", 2019, None),
        (R("kabupaten", "Tanggamus"), "kuning", 2019, None), (R("kabupaten", "Pesawaran"), "kuning", 2019, None),
        (R("kabupaten", "Lampung Selatan"), "kuning", 2019, None)}


def test_this_placed_it_continues_the_year_told_before(nlp):
    text = ("Penilaian kepatuhan Ombudsman tahun 2019 menempatkan Kabupaten Gorontalo Utara di zona kuning.\n"
            "Hasilnya di tahun 2016, Pemerintah Kabupaten Gorontalo Utara mendapatkan nilai 31,20. "
            "Hal ini menempatkan Kabupaten Gorontalo Utara pada zona merah.")
    code = R("kabupaten", "Gorontalo Utara")
    assert results(nlp, text) == {(code, "kuning", 2019, None), (code, "merah", 2016, 31.2)}


def test_included_in_the_group_just_told(nlp):
    text = ("Pada penilaian kepatuhan Ombudsman 2021, selebihnya, yaitu 12 pemda di Sumatera Barat, meraih "
            "predikat kepatuhan sedang atau zona kuning. Termasuk Pemprov Sumatera Barat pada kategori "
            "pemerintah provinsi.")
    assert results(nlp, text) == {(P("Sumatera Barat"), "kuning", 2021, None)}


def test_a_collective_does_not_refer_to_the_one_government_told_last(nlp):
    text = ("Pada penilaian kepatuhan Ombudsman 2024, Kabupaten Mappi masih di zona merah dengan nilai 40,10. "
            "Kepala Ombudsman mengapresiasi ketiga pemda yang masuk zona hijau, zona kuning dan zona merah.")
    assert results(nlp, text) == {(R("kabupaten", "Mappi"), "merah", 2024, 40.1)}


def test_a_compared_year_holds_only_in_its_clause(nlp):
    text = ("Ombudsman RI Perwakilan Gorontalo memaparkan hasil penilaian kepatuhan. "
            "Di tahun 2019, Pemerintah Kabupaten Boalemo tetap berada di zona merah serta mengalami penurunan "
            "nilai dibanding nilai tahun 2018 karena hanya mengoleksi nilai 25,40 saja.")
    assert (R("kabupaten", "Boalemo"), "merah", 2019, 25.4) in results(nlp, text)


def test_a_colour_given_as_the_mark_is_a_zone(nlp):
    text = ("KENDARI - Ombudsman RI Perwakilan Sulawesi Tenggara mengeluarkan hasil penilaian kepatuhan "
            "pelayanan publik, Kamis (19/12/2019).\n"
            "Kabupaten Buton mendapat nilai merah, sedangkan Kota Kendari mendapatkan nilai kuning.")
    # (the year: results announced in December, dated nowhere else, are of that year; years.announced_year)
    assert results(nlp, text) == {(R("kabupaten", "Buton"), "merah", 2019, None),
                                  (R("kota", "Kendari"), "kuning", 2019, None)}


def test_a_near_miss_is_no_zone(nlp):
    text = ("Ombudsman RI Perwakilan Maluku Utara menyebut sejumlah kabupaten masih berada di zona kuning "
            "kepatuhan pelayanan publik, antara lain Kabupaten Halmahera Timur dan Kabupaten Pulau Morotai.\n"
            '"Kabupaten Halmahera Timur saat ini berada di angka 58,40, yang artinya hampir turun ke zona merah," '
            "ujarnya.\n"
            "Sementara Kota Tidore Kepulauan dengan nilai 77,80 nyaris masuk zona hijau.")
    assert results(nlp, text) == {(R("kabupaten", "Halmahera Timur"), "kuning", None, 58.4),
                                  (R("kabupaten", "Pulau Morotai"), "kuning", None, None),
                                  (R("kota", "Tidore Kepulauan"), None, None, 77.8)}


def test_zonasi_and_a_sentence_broken_across_lines(nlp):
    # "zonasi" for "zona"; the group's zone on a line of its own, the government included in it on the next
    text = ("Ombudsman memberikan zona hijau kepada dua daerah di Sulawesi Tengah dalam penilaian kepatuhan tahun "
            "2023, yaitu Kabupaten Sigi dengan nilai 85,10 dan Kabupaten Poso dengan nilai 80,35.\n"
            "Sedangkan sebelas daerah lainnya masuk zonasi kuning dengan kategori kualitas sedang\n"
            "termasuk Pemerintah Kabupaten Donggala diberi nilai 66,42.")
    assert results(nlp, text) == {(R("kabupaten", "Sigi"), "hijau", 2023, 85.1),
                                  (R("kabupaten", "Poso"), "hijau", 2023, 80.35),
                                  (R("kabupaten", "Donggala"), "kuning", 2023, 66.42)}


@pytest.mark.parametrize("sentence, found", [
    ("Sementara baru bisa kami sampaikan secara lisan bahwa Kabupaten Bulungan tahun 2023 ini masuk kategori A.", True),
    ("Dapat dipastikan bahwa Kabupaten Bulungan tahun 2023 ini masuk kategori A.", True),
    ("Bisa dikatakan bahwa Kabupaten Bulungan tahun 2023 ini masuk kategori A.", True),
    # a modal without a verb of reporting, and a hope, stay hypothetical
    ("Kabupaten Bulungan tahun 2023 ini bisa masuk kategori A bila dokumennya lengkap.", False),
    ("Kami berharap bisa kami sampaikan bahwa Kabupaten Bulungan tahun 2023 ini masuk kategori A.", False),
])
def test_a_modal_of_reporting_states_what_follows_bahwa(nlp, sentence, found):
    text = "Ombudsman Kalimantan Utara menyampaikan hasil penilaian kepatuhan.\n" + sentence
    expected = {(R("kabupaten", "Bulungan"), "hijau", 2023, None)} if found else set()
    assert results(nlp, text) == expected


def test_scores_written_as_percentages_each_dated_by_the_year_after_it(nlp):
    text = ("Ombudsman menyebut nilai kepatuhan pelayanan publik Pemerintah Kabupaten Nabire naik dari 31,47 persen "
            "pada 2022 menjadi 61,08 persen pada 2023.\n"
            "Dengan capaian itu Kabupaten Nabire meninggalkan zona merah pada 2022 dan masuk zona kuning di 2023.")
    assert results(nlp, text) == {(R("kabupaten", "Nabire"), "merah", 2022, 31.47),
                                  (R("kabupaten", "Nabire"), "kuning", 2023, 61.08)}


@pytest.mark.parametrize("sentence", [
    # a share of reports, not a score (no assessment in the sentence)
    "Ombudsman mencatat Kabupaten Nabire menyelesaikan laporan masyarakat sebesar 75,50 persen pada 2023.",
    # a whole percentage
    "Penilaian kepatuhan Kabupaten Nabire naik menjadi 61 persen pada 2023.",
])
def test_percentages_that_are_no_score(nlp, sentence):
    assert all(score is None for *_, score in results(nlp, "Penilaian kepatuhan Ombudsman 2023.\n" + sentence))


@pytest.mark.parametrize("wording, zone", [
    ("mendapat predikat tinggi dengan nilai B", "hijau"),
    ("memperoleh predikat sedang", "kuning"),
    ("hanya mendapat predikat rendah", "merah"),
    ("memperoleh nilai A", "hijau"),
    ("mendapat nilai C", "kuning"),
])
def test_a_quality_level_after_predikat_and_a_letter_after_nilai_are_grades(nlp, wording, zone):
    # the 2023- Opini wording without "kualitas" or "kepatuhan", and the category letter after "nilai"
    text = f"Dalam penilaian kepatuhan Ombudsman tahun 2023, Kabupaten Sikka {wording}."
    assert results(nlp, text) == {(R("kabupaten", "Sikka"), zone, 2023, None)}


def test_nilai_before_a_capitalised_word_is_no_grade(nlp):
    text = "Dalam penilaian kepatuhan Ombudsman tahun 2023, Kabupaten Sikka menjunjung nilai Adat dalam pelayanan."
    assert results(nlp, text) == set()


def test_a_superlative_after_predikat_is_a_rank_not_a_grade(nlp):
    text = ("Dalam penilaian kepatuhan Ombudsman tahun 2023, Kabupaten Sikka kini mendapat predikat terendah "
            "dibandingkan kabupaten lainnya di provinsi itu.")
    assert results(nlp, text) == set()
