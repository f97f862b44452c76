"""warta_compliance: a results table flattened to lines (one government per line with its own score, zone or
grade, under a heading line that tells the year; pipeline/facttypes/compliance/table.py); on texts written
for these tests."""
from __future__ import annotations

from tests.pipeline.facttypes.test_compliance import P, R, results


def test_numbered_rows_with_a_comma_and_a_bracketed_colour(nlp):
    text = ("Ombudsman RI Perwakilan Jambi mengumumkan hasil penilaian kepatuhan di Hotel Abadi, Senin.\n"
            "Berikut nilai pemerintah daerah se-Jambi dalam Penilaian Kepatuhan tahun 2022 beserta zonanya.\n"
            "1. Pemerintah Kota Sungai Penuh, 88.20 (Hijau)\n"
            "2. Pemerintah Kabupaten Kerinci, 74,05 (Kuning)\n"
            "3. Pemerintah Provinsi Jambi, 81.30 (Hijau)\n"
            "4. Pemerintah Kabupaten Tebo, 49.12 (Merah)\n")
    assert results(nlp, text) == {(R("kota", "Sungai Penuh"), "hijau", 2022, 88.2),
                                  (R("kabupaten", "Kerinci"), "kuning", 2022, 74.05),
                                  (P("Jambi"), "hijau", 2022, 81.3),
                                  (R("kabupaten", "Tebo"), "merah", 2022, 49.12)}


def test_unnumbered_rows_with_dashes_and_the_colour_last(nlp):
    text = ("Hasil penilaian kepatuhan standar pelayanan publik Ombudsman tahun 2021 di Sulawesi Tengah:\n"
            "Kabupaten Poso - 79,45 - Kuning\n"
            "Kabupaten Sigi - 83,10 - Hijau\n"
            "Kota Palu - 90,02 - Hijau\n")
    assert results(nlp, text) == {(R("kabupaten", "Poso"), "kuning", 2021, 79.45),
                                  (R("kabupaten", "Sigi"), "hijau", 2021, 83.1),
                                  (R("kota", "Palu"), "hijau", 2021, 90.02)}


def test_tab_separated_rows_with_labels(nlp):
    text = ("Ombudsman merilis penilaian kepatuhan 2023 untuk daerah di Bengkulu.\n"
            "Kota Bengkulu\tNilai: 86,75\tZona: Hijau\n"
            "Kabupaten Kaur\tNilai: 58,40\tZona: Merah\n")
    assert results(nlp, text) == {(R("kota", "Bengkulu"), "hijau", 2023, 86.75),
                                  (R("kabupaten", "Kaur"), "merah", 2023, 58.4)}


def test_bulleted_rows_with_the_zone_first(nlp):
    text = ("Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2020 kepada pemda di Nusa Tenggara Barat.\n"
            "• Hijau – Kabupaten Lombok Barat (82,90)\n"
            "• Kuning – Kabupaten Dompu (70,15)\n"
            "• Merah – Kota Bima (45,60)\n")
    assert results(nlp, text) == {(R("kabupaten", "Lombok Barat"), "hijau", 2020, 82.9),
                                  (R("kabupaten", "Dompu"), "kuning", 2020, 70.15),
                                  (R("kota", "Bima"), "merah", 2020, 45.6)}


def test_rows_with_grade_letters(nlp):
    text = ("Ombudsman RI merilis opini dan nilai penyelenggaraan pelayanan publik tahun 2024 di Jawa Barat.\n"
            "1) Kabupaten Garut | 91,40 | A\n"
            "2) Kota Banjar | 66,80 | C\n")
    assert results(nlp, text) == {(R("kabupaten", "Garut"), "hijau", 2024, 91.4),
                                  (R("kota", "Banjar"), "kuning", 2024, 66.8)}


def test_the_heading_year_dates_the_rows_over_the_lead(nlp):
    text = ("Ombudsman Perwakilan Riau menyerahkan penghargaan kepatuhan tahun 2023 di Pekanbaru.\n"
            "Sebagai perbandingan, berikut hasil penilaian kepatuhan tahun 2022:\n"
            "1. Kabupaten Kampar, 77,10 (Kuning)\n"
            "2. Kabupaten Siak, 85,25 (Hijau)\n")
    assert results(nlp, text) == {(R("kabupaten", "Kampar"), "kuning", 2022, 77.1),
                                  (R("kabupaten", "Siak"), "hijau", 2022, 85.25)}


def test_a_list_of_report_counts_is_no_table(nlp):
    text = ("Ombudsman Perwakilan Lampung menerima laporan masyarakat sepanjang 2023, selain menilai kepatuhan.\n"
            "1. Kota Metro, 45 laporan\n"
            "2. Kabupaten Tanggamus, 30 laporan\n")
    assert results(nlp, text) == set()


def test_rows_of_percentages_or_whole_numbers_are_no_results(nlp):
    text = ("Ombudsman mencatat tingkat kepatuhan pelaporan harta pejabat di Kalimantan Selatan tahun 2023.\n"
            "Kabupaten Tapin: 12\n"
            "Kabupaten Balangan: 9\n"
            "Kota Banjarbaru, 45,5 persen\n")
    assert results(nlp, text) == set()


def test_a_single_line_of_that_shape_is_no_table(nlp):
    text = ("Ombudsman menggelar sosialisasi penilaian kepatuhan 2024 di Kabupaten Pesisir Selatan.\n"
            "Kabupaten Agam, 09.30\n"
            "Acara dihadiri para kepala dinas.\n")
    assert results(nlp, text) == set()
