"""warta_compliance: the assessment year stated once in a sentence of its own, spans of years, and
results of earlier assessments told without a year; on sentences written for these tests."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R, results


def test_year_stated_once_far_from_the_results(nlp):
    text = ("Ombudsman RI Perwakilan Kalimantan Tengah menyerahkan hasil penilaian kepada para kepala daerah.\n"
            "Kabupaten Katingan meraih nilai 92,40 dan masuk zona hijau. Kabupaten Seruyan mendapat nilai 71,15.\n"
            "Kepala Ombudsman Kalteng mengingatkan agar standar layanan dipajang di setiap kantor.\n"
            "Ia menyampaikan hal itu usai penyerahan piagam penilaian kepatuhan penyelenggaraan pelayanan "
            "publik tahun 2023 di Palangka Raya, Kamis (14/12/2023).")
    assert results(nlp, text) == {(R("kabupaten", "Katingan"), "hijau", 2023, 92.4),
                                  (R("kabupaten", "Seruyan"), None, 2023, 71.15)}


def test_this_year_said_once_in_a_quote(nlp):
    text = ("Ombudsman Bali mengumumkan hasil penilaian kepatuhan pemerintah daerah.\n"
            "Kabupaten Gianyar dan Kabupaten Klungkung masuk zona kuning.\n"
            '"Tahun ini baru Kota Denpasar yang ada di zona hijau," katanya.')
    found = results(nlp, text, datetime(2021, 12, 20))
    assert found == {(R("kabupaten", "Gianyar"), "kuning", 2021, None),
                     (R("kabupaten", "Klungkung"), "kuning", 2021, None),
                     (R("kota", "Denpasar"), "hijau", 2021, None)}


def test_two_years_stated_leave_undated_results_undated(nlp):
    text = ("Ombudsman Bali menilai kepatuhan pemerintah daerah.\n"
            "Kabupaten Gianyar masuk zona kuning.\n"
            "Tim menilai empat dinas. Hasilnya diserahkan kepada bupati. Bupati berterima kasih.\n"
            "Penilaian kepatuhan tahun 2020 dan penilaian kepatuhan tahun 2021 memakai metode yang berbeda.")
    assert results(nlp, text) == {(R("kabupaten", "Gianyar"), "kuning", None, None)}


def test_a_span_of_years_is_no_assessment_year(nlp):
    text = ("Hasil survei Ombudsman sejak 2017-2019 menunjukkan tiga daerah di Banten sudah berada di zona "
            "hijau, yaitu Kota Tangerang, Kota Cilegon dan Kabupaten Tangerang.")
    assert results(nlp, text) == {(R("kota", "Tangerang"), "hijau", None, None),
                                  (R("kota", "Cilegon"), "hijau", None, None),
                                  (R("kabupaten", "Tangerang"), "hijau", None, None)}


def test_an_earlier_state_with_its_score_is_its_own_undated_result(nlp):
    text = ('"Kabupaten Buleleng sebelumnya berada dalam kategori sedang dengan skor 70,15 dan pada penilaian '
            'Ombudsman 2023 ini meraih kualitas tertinggi dengan skor 90,40," kata Sekda.')
    code = R("kabupaten", "Buleleng")
    assert results(nlp, text) == {(code, "hijau", 2023, 90.4), (code, "kuning", None, 70.15)}


def test_a_zone_held_beside_its_dated_result_is_that_result(nlp):
    # (was an undated earlier result too, by dev's labels; no set labelled since labels one: final5, final8)
    text = ("Pada penilaian kepatuhan Ombudsman 2024, Kabupaten Boven Digoel tetap berada di zona merah "
            "dengan nilai 41,30.")
    code = R("kabupaten", "Boven Digoel")
    assert results(nlp, text) == {(code, "merah", 2024, 41.3)}
    # an earlier zone of another colour stays its own undated result
    text = ("Pada penilaian kepatuhan Ombudsman 2024, Kabupaten Boven Digoel naik dari zona merah ke zona kuning "
            "dengan nilai 61,30.")
    assert results(nlp, text) == {(code, "kuning", 2024, 61.3), (code, "merah", None, None)}


def test_a_held_zone_told_with_its_year_adds_no_undated_result(nlp):
    text = ("Pada penilaian kepatuhan Ombudsman 2021 Kota Jayapura naik ke zona kuning, dan pada penilaian "
            "2022 masih bertahan di zona kuning dengan nilai 72,40.")
    code = R("kota", "Jayapura")
    assert results(nlp, text) == {(code, "kuning", 2021, None), (code, "kuning", 2022, 72.4)}


def test_distance_from_a_zone_is_no_earlier_result(nlp):
    text = ("Pemerintah Provinsi Sulawesi Tengah memperoleh nilai 79,90 dan berada di zona kuning pada "
            "penilaian Ombudsman 2022, terpaut tipis dari batas zona hijau.")
    assert results(nlp, text) == {("P72", "kuning", 2022, 79.9)}


def test_the_month_and_year_of_the_award_dates_the_result(nlp):
    text = ("Pada Desember 2023 lalu, Pemkab Kolaka meraih penghargaan kualitas tertinggi dari Ombudsman RI "
            "dengan nilai 89,10.")
    assert results(nlp, text, datetime(2025, 1, 15)) == {(R("kabupaten", "Kolaka"), "hijau", 2023, 89.1)}


def test_this_year_counts_from_a_date_in_the_text_when_publication_is_unknown(nlp):
    text = ("KENDARI - Ombudsman Sulawesi Tenggara menyerahkan hasil penilaian kepatuhan, Jumat (20/12/2019).\n"
            "Tahun ini Kabupaten Muna meraih zona hijau, sedangkan tahun lalu masih di zona kuning.")
    code = R("kabupaten", "Muna")
    assert results(nlp, text) == {(code, "hijau", 2019, None), (code, "kuning", 2018, None)}


@pytest.mark.parametrize("dating, year", [
    ("Sebelumnya Ombudsman RI 2021 ini melakukan penilaian kepatuhan pada pemda di Gorontalo.", 2021),
    ("Pada 2021 lalu, Ombudsman menilai kepatuhan seluruh pemda di Gorontalo.", 2021),
    ("Tahun 2021, Ombudsman melaksanakan survei kepatuhan di enam pemda Gorontalo.", 2021),
    # a plan is no assessment done
    ("Pada 2026 Ombudsman akan melakukan penilaian kepatuhan lagi.", None),
])
def test_a_year_the_assessment_follows_dates_the_results(nlp, dating, year):
    text = ("GORONTALO - Dua pemerintah daerah di Gorontalo mendapat zona hijau Ombudsman RI atas kepatuhan "
            "pelayanan publik.\nKedua daerah itu adalah Kabupaten Boalemo dan Kabupaten Pohuwato.\n"
            "Kepala Ombudsman Gorontalo Sitti Arsyad bersyukur atas capaian itu.\n"
            "Ia meminta pemda lain belajar dari kedua daerah tersebut. Pelayanan dasar menjadi fokus.\n" + dating)
    assert results(nlp, text) == {(R("kabupaten", "Boalemo"), "hijau", year, None),
                                  (R("kabupaten", "Pohuwato"), "hijau", year, None)}
