"""warta_complaints: the period of the reports stated once (in the lead, or beside one count) and carried
to the later counts that state none, with or without a verb of receiving; a compared period does not
carry. Sentences written for these tests."""
from __future__ import annotations

from tests.pipeline.facttypes.test_complaints import facts
from tests.pipeline.facttypes.test_compliance import R


def test_a_lead_without_a_count_states_the_period():
    text = ("Pemkab Klaten menjadi pemerintah yang paling banyak diadukan ke Ombudsman RI Perwakilan Jawa Tengah "
            "selama 2019.\nDaerah kedua yang paling banyak dilaporkan ialah Pemkab Boyolali dengan 9 laporan.")
    assert facts(text, None) == {("33", R("kabupaten", "Boyolali"), 9, 2019)}


def test_a_quarter_beside_one_count_dates_the_next_count():
    text = ("Kepala Ombudsman Jawa Barat mengatakan, pada triwulan III 2023, sebanyak 48 laporan disampaikan kepada "
            "Ombudsman Jawa Barat.\nPada triwulan itu, Ombudsman menerima 190 laporan dari kabupaten/kota di Jabar.")
    assert facts(text, None) == {("32", None, 48, 2023), ("32", None, 190, 2023)}


def test_sepanjang_tahun_in_a_sentence_naming_the_office():
    text = ("Ombudsman RI Perwakilan Bengkulu bekerja keras sepanjang tahun 2021 menuntaskan pengaduan.\n"
            "Pemerintah Kabupaten Kaur menjadi terlapor terbanyak dengan 12 laporan.")
    assert facts(text, None) == {("17", R("kabupaten", "Kaur"), 12, 2021)}


def test_a_compared_period_does_not_carry():
    text = ("Jumlah itu lebih banyak dibanding sepanjang 2020 ketika Ombudsman Bengkulu menerima pengaduan lebih sedikit.\n"
            "Pemerintah Kabupaten Kaur menjadi terlapor terbanyak dengan 12 laporan.")
    assert facts(text, None) == {("17", R("kabupaten", "Kaur"), 12, None)}


def test_a_year_of_its_own_is_kept_and_a_remainder_year_is_no_period():
    text = ("Sepanjang 2024, Ombudsman RI Perwakilan Maluku Utara menerima 90 laporan.\n"
            "\"Laporan tahun 2022 masih tersisa 3 laporan,\" kata kepala perwakilan saat rilis kinerja sepanjang tahun 2024.\n"
            "Kabupaten Halmahera Barat menjadi daerah terlapor tertinggi dengan jumlah 31.")
    got = facts(text, None)
    assert ("82", None, 90, 2024) in got and ("82", R("kabupaten", "Halmahera Barat"), 31, 2024) in got


def test_from_one_year_to_the_next_each_count_takes_the_year_written_after_it():
    for text, want in (
            ("Laporan yang diterima Ombudsman Perwakilan Sulawesi Tengah meningkat, dari 140 laporan pada tahun 2023 "
             "menjadi 205 laporan di tahun 2024.", {("72", None, 140, 2023), ("72", None, 205, 2024)}),
            ("Jumlah laporan yang diterima Ombudsman RI Perwakilan Gorontalo naik dari 130 laporan pada 2022 menjadi "
             "188 laporan pada 2023.", {("75", None, 130, 2022), ("75", None, 188, 2023)}),
            ("Ombudsman RI Perwakilan Maluku menerima 150 laporan pada 2023, naik dari 120 laporan pada 2022.",
             {("81", None, 150, 2023), ("81", None, 120, 2022)}),
            ("Ombudsman RI Perwakilan Aceh mencatat 96 aduan selama 2021 dan 110 aduan sepanjang 2022.",
             {("11", None, 96, 2021), ("11", None, 110, 2022)})):
        assert facts(text, None) == want, text
