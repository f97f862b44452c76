"""warta_complaints: wordings of counts, periods and lists met on real news (phase 3), on sentences
written for these tests (invented figures; one phenomenon each)."""
from __future__ import annotations


from tests.pipeline.facttypes.test_complaints import facts
from tests.pipeline.facttypes.test_compliance import R


def test_a_period_over_two_years_ending_in_a_month_has_no_year():
    text = ("Kepala perwakilan mengatakan sepanjang 2023 hingga awal Februari 2024 Ombudsman Gorontalo telah "
            "menerima 132 laporan masyarakat.")
    assert facts(text) == {("75", None, 132, None)}


def test_a_period_within_one_year_bounded_by_months_keeps_its_year():
    text = "Ombudsman Gorontalo menerima 132 laporan sejak Januari 2024 sampai dengan 15 Oktober 2024."
    assert facts(text) == {("75", None, 132, 2024)}


def test_reports_about_the_work_of_government_are_the_total_not_a_breakdown():
    for about in ("terkait kinerja pemerintahan di daerah", "mengenai penyelenggaraan pemerintahan",
                  "tentang kinerja penyelenggara pelayanan publik"):
        text = f"Sepanjang 2024 Ombudsman RI Perwakilan Bengkulu menerima 214 laporan dari masyarakat {about}."
        assert facts(text) == {("17", None, 214, 2024)}, about


def test_reports_about_one_subject_stay_a_breakdown():
    text = "Sepanjang 2024 Ombudsman RI Perwakilan Bengkulu menerima 47 laporan terkait kinerja kepolisian."
    assert facts(text) == set()


def test_all_contacts_broken_down_after_berupa_yakni_or_antara_lain():
    for word in ("berupa", "yakni", "yaitu", "antara lain", "dengan rincian"):
        text = (f"Pada tahun 2023, total akses masyarakat ke Ombudsman Papua Barat sebanyak 262; {word} 140 "
                "konsultasi, 71 aduan atau laporan masyarakat dan 51 tembusan.")
        assert facts(text) == {("92", None, 71, 2023)}, word


def test_reports_at_the_examination_stage_are_an_outcome():
    for part in ("Untuk yang masuk tahap pemeriksaan sebanyak 96 laporan.", "Sebanyak 96 laporan sedang diperiksa.",
                 "Sebanyak 96 laporan masih berproses."):
        text = f"Ombudsman RI Perwakilan Riau menerima 240 laporan sepanjang 2023. {part}"
        assert facts(text) == {("14", None, 240, 2023)}, part


def test_the_first_part_after_terdiri_dari_is_no_whole():
    text = ("Sepanjang 2023, Ombudsman RI Perwakilan Riau menerima 77 laporan. Terdiri dari 52 laporan yang telah "
            "ditutup dan 25 yang masih berproses.")
    assert facts(text) == {("14", None, 77, 2023)}


def test_reports_by_kind_of_reporter_are_a_breakdown():
    text = ("Sepanjang 2023, Ombudsman RI Perwakilan Riau menerima 77 laporan. Berdasarkan klasifikasi pelapor, "
            "laporan yang diterima paling banyak dari perorangan sebanyak 58 laporan, kemudian 12 laporan dari "
            "anggota keluarga dan 7 laporan dari kuasa hukum.")
    assert facts(text) == {("14", None, 77, 2023)}


def test_an_examination_unit_in_a_speakers_title_is_no_outcome():
    text = ("Asisten Pemeriksaan Laporan Ombudsman Kalteng mengungkapkan pada 2023 pihaknya menerima 164 laporan "
            "berdasarkan data Keasistenan Pemeriksaan.")
    assert facts(text) == {("62", None, 164, 2023)}


def test_counts_of_parties_reported_on_terlapor():
    text = ("Ombudsman Jateng menerima 512 laporan sepanjang 2024. Yang paling banyak Kota Surakarta dengan 87 "
            "terlapor. Kemudian, Kabupaten Klaten sebanyak 33 terlapor, Kabupaten Blora 19 terlapor, dan Kabupaten "
            "Rembang tercatat 11 terlapor.")
    assert facts(text) == {("33", None, 512, 2024), ("33", R("kota", "Surakarta"), 87, 2024),
                           ("33", R("kabupaten", "Klaten"), 33, 2024), ("33", R("kabupaten", "Blora"), 19, 2024),
                           ("33", R("kabupaten", "Rembang"), 11, 2024)}


def test_a_ranking_of_governments_reported_on_continued_with_bare_numbers():
    text = ("Sepanjang 2024, Ombudsman RI Perwakilan Kalimantan Utara menerima 96 laporan. Berdasarkan wilayah "
            "terlapor, Kabupaten Bulungan menjadi daerah dengan laporan tertinggi dengan jumlah 38. Disusul Kota "
            "Tarakan 31, Kabupaten Nunukan 19 dan Malinau 4.")
    assert facts(text) == {("65", None, 96, 2024), ("65", R("kabupaten", "Bulungan"), 38, 2024),
                           ("65", R("kota", "Tarakan"), 31, 2024), ("65", R("kabupaten", "Nunukan"), 19, 2024),
                           ("65", R("kabupaten", "Malinau"), 4, 2024)}


def test_governments_reported_on_listed_with_bare_numbers():
    text = ("Sepanjang 2024, Ombudsman RI Perwakilan Kalimantan Utara menerima 96 laporan. Berdasarkan lokasi "
            "terlapor, Kabupaten Bulungan 38, Kota Tarakan 31 dan Kabupaten Nunukan 19.")
    assert facts(text) == {("65", None, 96, 2024), ("65", R("kabupaten", "Bulungan"), 38, 2024),
                           ("65", R("kota", "Tarakan"), 31, 2024), ("65", R("kabupaten", "Nunukan"), 19, 2024)}


def test_scores_after_a_ranking_of_reports_are_no_counts():
    text = ("Sepanjang 2024, Ombudsman RI Perwakilan Jawa Tengah menerima 512 laporan. Kota Surakarta paling banyak "
            "dilaporkan dengan 87 laporan. Kemudian nilai kepatuhan Kabupaten Klaten 88,12, Kabupaten Blora 79,50 "
            "dan Kabupaten Rembang 71,05.")
    assert facts(text) == {("33", None, 512, 2024), ("33", R("kota", "Surakarta"), 87, 2024)}


def test_the_period_of_data_the_office_obtained():
    text = ("Angka itu dihimpun Ombudsman RI Perwakilan Jawa Barat dari aduan warga sejak Januari hingga Oktober 2023. "
            "Laporan terbanyak menyasar Pemerintah Kota Bekasi dengan 44 laporan.")
    assert facts(text) == {("32", R("kota", "Bekasi"), 44, 2023)}


def test_respective_counts_after_a_share():
    text = ("Ombudsman Jabar menerima 260 laporan sepanjang 2023. Pemkab Subang dan Pemkab Indramayu masing-masing "
            "sebanyak 6% atau enam belas laporan.")
    assert facts(text) == {("32", None, 260, 2023), ("32", R("kabupaten", "Subang"), 16, 2023),
                           ("32", R("kabupaten", "Indramayu"), 16, 2023)}


def test_one_count_for_each_government_with_the_same_number():
    for same in ("dengan jumlah yang sama, yakni 4 laporan", "sama-sama dilaporkan 4 kali",
                 "dengan persentase yang sama yaitu dua persen atau hanya empat laporan"):
        text = (f"Ombudsman Jabar menerima 260 laporan sepanjang 2023. Peringkat kelima diisi Pemkab Garut, "
                f"Pemkab Kuningan dan Kabupaten Majalengka {same}.")
        assert facts(text) == {("32", None, 260, 2023), ("32", R("kabupaten", "Garut"), 4, 2023),
                               ("32", R("kabupaten", "Kuningan"), 4, 2023),
                               ("32", R("kabupaten", "Majalengka"), 4, 2023)}, same


def test_one_count_for_governments_listed_together_is_none_of_theirs():
    text = ("Ombudsman Banten selama 2023 menerima 148 laporan masyarakat. Dari Kabupaten Pandeglang, Kota Cilegon, "
            "dan Kabupaten Lebak hanya 17 laporan atau 11 persen.")
    assert facts(text) == {("36", None, 148, 2023)}


def test_a_government_before_the_office_in_a_headline_is_not_the_counts():
    for head in ("Terbanyak dari Kota Serang, Ombudsman Banten Catat 148 Laporan Selama 2023",
                 "Pemkab Lebak Paling Banyak Diadukan, Ombudsman Banten Terima 148 Laporan Sepanjang 2023"):
        assert facts(head) == {("36", None, 148, 2023)}, head


def test_a_kind_of_agency_told_before_an_apposition_is_a_breakdown():
    text = ("Ombudsman Banten selama 2023 menerima 148 laporan masyarakat. Lembaga yang paling banyak dilaporkan ke "
            "Ombudsman Banten adalah pemerintah kabupaten/kota, yakni 61 laporan, diikuti kantor pertanahan 19 laporan.")
    assert facts(text) == {("36", None, 148, 2023)}


def test_the_parts_of_a_subset_told_before_are_no_facts():
    text = ("Sepanjang tahun 2023 Ombudsman Sumsel telah menerima 131 laporan masyarakat. Terdapat 88 laporan yang "
            "ditindaklanjuti. Dari 88 laporan itu, paling banyak terlapor berasal dari Kota Palembang dengan 30 laporan.")
    assert facts(text) == {("16", None, 131, 2023)}


def test_the_parts_of_the_total_taken_up_again_are_facts():
    text = ("Sepanjang tahun 2023 Ombudsman Sumsel telah menerima 131 laporan masyarakat. Dari 131 laporan itu, "
            "paling banyak terlapor berasal dari Kota Palembang dengan 30 laporan.")
    assert facts(text) == {("16", None, 131, 2023), ("16", R("kota", "Palembang"), 30, 2023)}


def test_a_subset_taken_up_again_without_itu_is_no_total():
    text = ("Sepanjang tahun 2023 Ombudsman Sumsel telah menerima 131 laporan masyarakat. Terdapat 88 laporan yang "
            "ditindaklanjuti. Dari 88 laporan sudah 61 laporan yang diselesaikan.")
    assert facts(text) == {("16", None, 131, 2023)}


def test_an_outcome_word_in_the_name_of_an_office_unit_is_no_outcome():
    text = ("Pada periode 2022, Keasistenan Penerimaan dan Verifikasi Laporan Ombudsman Kalteng menerima 84 pengaduan "
            "masyarakat dan 51 konsultasi non laporan. Dari 84 pengaduan masyarakat tersebut, yang tidak memenuhi "
            "persyaratan berjumlah 12 laporan.")
    assert facts(text) == {("62", None, 84, 2022)}


def test_a_speakers_office_between_a_government_and_its_count_keeps_the_government():
    text = ("Ombudsman Sultra menerima 290 laporan sepanjang 2023. Pemerintah Kota Kendari, kata Kepala Ombudsman "
            "Sultra, dilaporkan 41 kali.")
    assert facts(text) == {("74", None, 290, 2023), ("74", R("kota", "Kendari"), 41, 2023)}
