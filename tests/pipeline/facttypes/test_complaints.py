"""warta_complaints: reports to the Ombudsman, on sentences written for these tests (one phenomenon
each; not the sentences of the labelled sets), through the whole pipeline."""
from __future__ import annotations

from datetime import datetime

import pytest

from pipeline.facts import tag_text
from tests.pipeline.facttypes.test_compliance import R

PUBLISHED = datetime(2025, 1, 20)


def facts(text: str, published: datetime | None = PUBLISHED) -> set[tuple]:
    """(office province, region, count, year) of each complaint fact."""
    return {(c.province_code, c.region_code, c.count, c.year) for c in tag_text(text, published=published).complaints}


def test_office_total_with_its_period():
    text = "Ombudsman RI Perwakilan Jawa Tengah mencatat 536 laporan masyarakat selama tahun 2024."
    assert facts(text) == {("33", None, 536, 2024)}


def test_total_and_the_year_it_compares_with():
    text = ("Ombudsman Jateng menerima 536 laporan sepanjang 2024. Jumlah tersebut turun dibandingkan "
            "tahun 2023 yang mencapai 610 laporan.")
    assert facts(text) == {("33", None, 536, 2024), ("33", None, 610, 2023)}


def test_last_year_counts_back_from_the_period_in_a_comparison():
    text = ("Sepanjang 2024 Ombudsman RI Perwakilan Riau menangani 275 laporan. Angka itu lebih banyak "
            "dari tahun sebelumnya yang hanya 240 laporan.")
    assert facts(text, datetime(2025, 3, 1)) == {("14", None, 275, 2024), ("14", None, 240, 2023)}


def test_governments_most_reported_take_the_period_told_before():
    text = ("Ombudsman RI Perwakilan Jawa Tengah mencatat 536 laporan masyarakat sepanjang 2024. "
            "Pemerintah Kota Semarang menjadi instansi paling banyak dilaporkan dengan 58 laporan, disusul "
            "Pemerintah Kabupaten Demak dengan 31 laporan.")
    assert facts(text) == {("33", None, 536, 2024), ("33", R("kota", "Semarang"), 58, 2024),
                           ("33", R("kabupaten", "Demak"), 31, 2024)}


def test_counts_in_parentheses_after_each_government():
    text = ("Ombudsman Kalsel menerima 210 laporan pada 2024. Terbanyak menyasar Pemerintah Kota Banjarmasin "
            "(44 laporan) dan Pemerintah Kabupaten Banjar (25 laporan).")
    assert facts(text) == {("63", None, 210, 2024), ("63", R("kota", "Banjarmasin"), 44, 2024),
                           ("63", R("kabupaten", "Banjar", "Kalimantan Selatan"), 25, 2024)}


def test_respective_counts_go_to_the_listed_governments_in_order():
    text = ("Ombudsman RI Perwakilan Bengkulu menerima 150 laporan sepanjang 2024. Pemerintah Kota Bengkulu "
            "dan Pemerintah Kabupaten Seluma dilaporkan masing-masing 33 dan 12 kali.")
    assert facts(text) == {("17", None, 150, 2024), ("17", R("kota", "Bengkulu"), 33, 2024),
                           ("17", R("kabupaten", "Seluma"), 12, 2024)}


def test_numbered_list_of_governments_continues_the_report():
    text = ("Ombudsman RI Perwakilan Jawa Barat menerima 802 laporan sepanjang 2024. Instansi terlapor terbanyak:\n"
            "1. Pemerintah Kota Bandung: 74 laporan\n"
            "2. Pemerintah Kabupaten Bogor: 66 laporan\n"
            "3. Pemerintah Kota Depok: 40 laporan")
    assert facts(text) == {("32", None, 802, 2024), ("32", R("kota", "Bandung"), 74, 2024),
                           ("32", R("kabupaten", "Bogor"), 66, 2024), ("32", R("kota", "Depok"), 40, 2024)}


def test_agencies_located_in_a_region_count_for_it():
    text = ("Ombudsman NTB menerima 190 laporan pada 2024. Instansi yang berkedudukan di Kabupaten Dompu "
            "dilaporkan 14 kali.")
    assert facts(text) == {("52", None, 190, 2024), ("52", R("kabupaten", "Dompu"), 14, 2024)}


def test_reports_addressed_to_a_government_after_the_count():
    text = ("Ombudsman Sulbar menerima 88 laporan pada 2024. Dari jumlah itu, 21 laporan ditujukan kepada "
            "Pemerintah Kabupaten Mamuju.")
    assert facts(text) == {("76", None, 88, 2024), ("76", R("kabupaten", "Mamuju"), 21, 2024)}


def test_reports_part_of_all_contacts_and_not_the_total():
    text = ("Ombudsman RI Perwakilan Banten menerima 640 akses sepanjang 2024, terdiri atas 402 laporan "
            "masyarakat dan 238 konsultasi non laporan.")
    assert facts(text) == {("36", None, 402, 2024)}


def test_a_total_that_includes_consultations_is_no_fact():
    text = ("Ombudsman Banten menerima 640 aduan sepanjang 2024, termasuk 238 konsultasi dan 40 permintaan "
            "informasi.")
    assert facts(text) == set()


def test_a_total_that_excludes_consultations_is_the_reports_figure():
    text = "Ombudsman Banten menerima 402 laporan sepanjang 2024, belum termasuk 238 konsultasi."
    assert facts(text) == {("36", None, 402, 2024)}


@pytest.mark.parametrize("sentence", [
    "Berdasarkan substansi, laporan terkait pendidikan sebanyak 61 laporan, disusul agraria 44 laporan.",
    "Dugaan maladministrasi terbanyak adalah penundaan berlarut dengan 77 laporan.",
    "Laporan yang disampaikan melalui aplikasi pesan mencapai 93 laporan.",
    "Sebanyak 140 laporan telah diselesaikan hingga akhir tahun.",
    "Ombudsman juga menerima ratusan laporan terkait bantuan sosial.",
    "Ombudsman juga melakukan 9 kali reaksi cepat.",
    "Sebanyak 51 laporan disampaikan via WhatsApp, 12 laporan melalui surat.",
    "Sebanyak 29 laporan lain yang diterima berkaitan dengan layanan kepolisian.",
    "Tim berhasil merampungkan verifikasi atas 40 laporan.",
    "Untuk 2025, target penerimaan dipatok 900 laporan.",
    "Porsi terbesar laporan yang diterima, mencapai 38 persen, menyangkut instansi di Kota Bekasi.",
    "Perizinan dan perhubungan paling sedikit diadukan, masing-masing tiga laporan yang masuk.",
    "Di bulan-bulan lain, laporan yang diterima berkisar 20-50 laporan.",
    "Laporan yang diterima pada akhir tahun sekitar 60 laporan per bulan.",
])
def test_breakdowns_outcomes_and_vague_amounts_are_no_facts(sentence):
    text = f"Ombudsman RI Perwakilan Jawa Barat menerima 802 laporan sepanjang 2024. {sentence}"
    assert facts(text) == {("32", None, 802, 2024)}


def test_a_provincial_governments_count_is_not_scored():
    text = ("Ombudsman Jambi menerima 120 laporan pada 2024. Pemerintah Provinsi Jambi dilaporkan 15 kali, "
            "sedangkan Pemerintah Kabupaten Kerinci dilaporkan 9 kali.")
    assert facts(text) == {("15", None, 120, 2024), ("15", R("kabupaten", "Kerinci"), 9, 2024)}


def test_where_reporters_live_is_no_government_reported_on():
    text = ("Ombudsman Jambi menerima 120 laporan pada 2024. Pelapor asal Kota Jambi mencapai 40 orang.")
    assert facts(text) == {("15", None, 120, 2024)}


def test_persons_count_only_without_a_report_count():
    text = "Sebanyak 37 warga mengadu ke Ombudsman RI Perwakilan Bengkulu selama Februari 2025."
    assert facts(text, datetime(2025, 3, 3)) == {("17", None, 37, 2025)}


def test_a_period_of_several_years_has_no_year():
    text = "Ombudsman RI Perwakilan Papua menerima 930 laporan selama periode 2020 sampai 2024."
    assert facts(text) == {("91", None, 930, None)}


def test_until_a_month_is_the_year_of_that_month():
    text = "Hingga Oktober 2025, Ombudsman Sumsel telah menerima 317 laporan masyarakat."
    assert facts(text, datetime(2025, 11, 2)) == {("16", None, 317, 2025)}


def test_ombudsman_ri_itself_has_no_province():
    text = "Ombudsman Republik Indonesia mencatat 24.960 laporan masyarakat sepanjang 2024."
    assert facts(text) == {(None, None, 24960, 2024)}


def test_counts_in_words():
    text = "Ombudsman Gorontalo menerima seratus dua puluh laporan pada 2024."
    assert facts(text) == {("75", None, 120, 2024)}


def test_reports_to_another_institution_are_no_facts():
    text = ("Polresta Padang menerima 52 laporan kehilangan selama libur panjang. Warga juga dapat mengadu "
            "ke Ombudsman RI Perwakilan Sumatera Barat.")
    assert facts(text) == set()


def test_evidence_is_the_sentence():
    text = "Ombudsman Kaltara menerima 64 laporan sepanjang 2024. Kepala Ombudsman Kaltara memberi keterangan."
    [c] = tag_text(text, published=PUBLISHED).complaints
    assert c.evidence == "Ombudsman Kaltara menerima 64 laporan sepanjang 2024."


# ---- offices written in the portals' other ways (issue 12)

@pytest.mark.parametrize("office", [
    "Ombudsman RI Perwakilan Provinsi Kalimantan Utara",
    "Kantor Ombudsman Republik Indonesia (RI) Kantor Perwakilan Kalimantan Utara (Kaltara)",
    "Kepala Perwakilan Ombudsman, Provinsi Kalimantan Utara, Yusran Bakri, menyebut pihaknya",
    "ORI Kaltara",
])
def test_the_office_however_its_name_is_written(office):
    text = f"{office} menerima 96 laporan masyarakat sepanjang 2024. Warga dapat mengadu ke kantor Ombudsman."
    assert facts(text) == {("65", None, 96, 2024)}


def test_a_passing_mention_of_ombudsman_ri_does_not_take_over_the_report():
    text = ("Ombudsman RI Perwakilan Maluku menerima 140 laporan sepanjang 2024. Paparan itu bagian dari "
            "rangkaian HUT Ombudsman Republik Indonesia. Tahun sebelumnya, kata Rahmat Lessy dari bagian "
            "penerimaan laporan, tercatat 119 laporan.")
    assert facts(text) == {("81", None, 140, 2024), ("81", None, 119, 2023)}


def test_ombudsman_ri_with_its_abbreviation_before_the_province():
    text = "Ombudsman Republik Indonesia (ORI) Perwakilan Gorontalo menerima 57 laporan pada 2024."
    assert facts(text) == {("75", None, 57, 2024)}


# ---- what a count is about, and counts of other contacts (issue 12)

def test_what_every_report_is_about_is_no_breakdown():
    text = "Selama 2024 Ombudsman RI Perwakilan Bengkulu mencatat 244 aduan tentang pelayanan publik."
    assert facts(text) == {("17", None, 244, 2024)}


def test_an_outcome_of_another_amount_leaves_the_count():
    text = "Ombudsman NTT menerima 276 laporan selama 2024 dan hampir 64 persen di antaranya sudah tuntas."
    assert facts(text) == {("53", None, 276, 2024)}


def test_a_total_broken_down_in_the_next_sentence_is_no_fact():
    text = ("Ombudsman RI Perwakilan Lampung menerima 35 pengaduan sepanjang Januari 2025. \"Rinciannya 14 laporan "
            "masyarakat dan 21 konsultasi non-laporan,\" kata Kepala Ombudsman Lampung.")
    assert facts(text, datetime(2025, 2, 10)) == {("18", None, 14, 2025)}


def test_a_total_itemised_with_consultations_and_fast_responses():
    text = ("Ombudsman RI Perwakilan Jambi menangani 402 laporan sepanjang 2024. Angka itu dirinci menjadi 250 "
            "laporan reguler, 31 laporan yang diselesaikan lewat respons cepat, dan 121 konsultasi.")
    assert facts(text) == {("15", None, 250, 2024)}


def test_a_composition_with_copies_investigations_and_a_misspelt_consultation():
    text = ("Ombudsman Papua menerima 80 pengaduan pada semester I 2024. Angka itu meliputi 41 laporan masyarakat, "
            "25 konsultan non-laporan, dua investigasi inisiatif, dan tembusan sebanyak 12 pengaduan.")
    assert facts(text) == {("91", None, 41, 2024)}


@pytest.mark.parametrize("joined", ["laporan dan konsultasi", "pengaduan/laporan serta konsultasi"])
def test_a_total_joined_with_consultations_is_no_fact(joined):
    text = f"Sepanjang 2024 ada 77 {joined} yang ditangani Ombudsman RI Perwakilan Maluku Utara."
    assert facts(text) == set()


def test_the_whole_a_part_is_told_of_is_the_total():
    text = "Menurut Kepala Ombudsman Kepri, dari 316 aduan warga tahun ini, sebagian sudah tuntas diperiksa."
    assert facts(text, datetime(2024, 8, 1)) == {("21", None, 316, 2024)}


def test_a_part_of_the_total_is_no_fact():
    text = ("Ombudsman Sulut menerima 215 laporan sepanjang 2024. Dari angka itu, 160 laporan kini berada di tahap "
            "pemeriksaan. Dari 215 aduan warga itu pula, 31 laporan yang diterima tidak memenuhi persyaratan "
            "formil.")
    assert facts(text) == {("71", None, 215, 2024)}


def test_figures_of_several_months_are_a_breakdown():
    text = ("Ombudsman Bali menerima 512 laporan pada 2024. Bulan tersibuk adalah Maret dengan 71 aduan masuk, "
            "lalu Agustus dengan 64 aduan.")
    assert facts(text) == {("51", None, 512, 2024)}


def test_a_period_bounded_by_months_is_one_period():
    text = "Sejak 1 Januari hingga 30 Juni 2024, Ombudsman RI Perwakilan Aceh menerima 121 laporan masyarakat."
    assert facts(text) == {("11", None, 121, 2024)}


def test_persons_are_those_who_reported_not_all_who_came():
    text = ("Ombudsman Sumut didatangi 610 warga pada 2024. Dari 610 orang itu, 402 orang mengadukan layanan "
            "publik, sisanya berkonsultasi.")
    assert facts(text) == {("12", None, 402, 2024)}


# ---- governments in lists (issue 12)

def test_where_reporters_come_from_in_a_list_is_no_government():
    text = ("Ombudsman Riau menerima 140 laporan pada 2024. Menurut domisili pelapor, Kabupaten Siak menyumbang "
            "14 laporan, asal Pelalawan 9 pelapor dan Kampar 6 laporan.")
    assert facts(text) == {("14", None, 140, 2024)}


def test_bare_numbers_after_listed_governments_ending_in_a_report_noun():
    text = ("Ombudsman Sulteng menerima 310 laporan sepanjang 2024. Instansi terlapor: Pemkab Toli-Toli 8, "
            "Banggai Kepulauan 6, dan Kota Palu 21 laporan.")
    assert facts(text) == {("72", None, 310, 2024), ("72", R("kabupaten", "Toli-Toli"), 8, 2024),
                           ("72", R("kabupaten", "Banggai Kepulauan"), 6, 2024), ("72", R("kota", "Palu"), 21, 2024)}


def test_one_value_for_each_of_the_listed_governments():
    text = ("Ombudsman Sulteng menerima 310 laporan sepanjang 2024. Adapun Pemkab Poso, Pemkab Sigi serta sebuah "
            "puskesmas masing-masing dilaporkan 2 kali.")
    assert facts(text) == {("72", None, 310, 2024), ("72", R("kabupaten", "Poso"), 2, 2024),
                           ("72", R("kabupaten", "Sigi"), 2, 2024)}


def test_two_governments_of_one_name_counted_together_are_no_fact():
    text = ("Ombudsman NTT menerima 260 laporan pada 2024. Kota dan Kabupaten Kupang bersama-sama menyumbang 23 "
            "laporan, disusul Kabupaten Sikka sebanyak 12 laporan.")
    assert facts(text) == {("53", None, 260, 2024), ("53", R("kabupaten", "Sikka"), 12, 2024)}


def test_a_list_of_governments_reported_on_before_the_office_is_named():
    text = ("Daftar instansi terlapor mencakup Pemerintah Kabupaten Buol dengan 7 laporan dan Kota Palu dengan 19 "
            "laporan.\nKepala Perwakilan Ombudsman Sulteng menyampaikan daftar itu dalam catatan akhir tahun.")
    # (no date: an undated count in a dated story takes the story's year, test_complaints_story_year.py)
    assert facts(text, None) == {("72", R("kabupaten", "Buol"), 7, None), ("72", R("kota", "Palu"), 19, None)}


def test_the_report_goes_on_while_its_units_count_reports():
    text = ("Ombudsman RI Perwakilan Aceh menerima 88 laporan sepanjang semester I 2024. Laporan terkait "
            "kepegawaian sebanyak 20 laporan. Berikutnya pertanahan 12 laporan. Sebanyak 30 laporan sudah "
            "diselesaikan. Angka ini lebih rendah ketimbang paruh pertama 2023. Pada Januari-Juni 2023, laporan "
            "yang diterima mencapai 131 pengaduan.")
    assert facts(text) == {("11", None, 88, 2024), ("11", None, 131, 2023)}


def test_a_place_with_the_most_reporters_and_the_list_that_continues_it_are_no_governments():
    text = ("Ombudsman Kaltara menerima 150 laporan pada 2024. Kota Tarakan tercatat sebagai asal pelapor "
            "terbanyak dengan 52 laporan. Berikutnya Kabupaten Bulungan dengan 31 laporan dan Kabupaten Nunukan "
            "14 laporan.")
    assert facts(text) == {("65", None, 150, 2024)}


def test_governments_in_brackets_after_a_report_noun():
    text = ("Ombudsman NTB menerima 190 laporan pada 2024. Laporan terbanyak menyasar Pemkab Lombok Timur (34), "
            "Pemkot Mataram (29) dan Pemkab Bima (17).")
    assert facts(text) == {("52", None, 190, 2024), ("52", R("kabupaten", "Lombok Timur"), 34, 2024),
                           ("52", R("kota", "Mataram"), 29, 2024), ("52", R("kabupaten", "Bima"), 17, 2024)}


def test_a_part_addressed_to_a_government_after_its_count():
    text = ("Ombudsman Babel menerima 230 laporan pada 2024. Sebanyak 45 laporan di antaranya menyasar "
            "Pemkab Bangka.")
    assert facts(text) == {("19", None, 230, 2024), ("19", R("kabupaten", "Bangka"), 45, 2024)}


def test_a_share_of_the_total_is_no_total():
    text = ("Ombudsman Kalteng menerima 180 laporan pada 2024, sebagian besar atau 120 laporan menyasar "
            "pemerintah kabupaten/kota.")
    assert facts(text) == {("62", None, 180, 2024)}


def test_another_office_total_after_a_national_one_is_no_part_of_it():
    text = ("Ombudsman RI mencatat 26.461 laporan masyarakat sepanjang 2024. Dari jumlah itu, Ombudsman RI "
            "Perwakilan Jawa Timur menerima 1.102 laporan.")
    assert facts(text) == {(None, None, 26461, 2024), ("35", None, 1102, 2024)}


def test_earlier_years_told_one_after_another():
    text = ("Ombudsman Kalteng menerima 95 laporan pada 2024. Asisten ORI Kalteng mengungkapkan pada 2021 "
            "kantornya menerima 104 laporan dengan substansi terbanyak bidang pertanahan. Setahun kemudian, "
            "2022, jumlahnya 117 laporan yang didominasi substansi perhubungan, lalu 2023 sebanyak 99 laporan "
            "dengan kepegawaian sebagai substansi utama.")
    assert facts(text) == {("62", None, 95, 2024), ("62", None, 104, 2021), ("62", None, 117, 2022),
                           ("62", None, 99, 2023)}


def test_years_listed_in_one_sentence_each_take_their_clause():
    text = ("Ombudsman Sumsel mencatat laporan terus naik. Pada 2021 tercatat 220 laporan, 2022 sebanyak 250 "
            "laporan, dan 2023 sebanyak 300 laporan.")
    assert facts(text) == {("16", None, 220, 2021), ("16", None, 250, 2022), ("16", None, 300, 2023)}


def test_counts_by_kind_of_agency_are_a_breakdown():
    text = ("Ombudsman Sumsel menerima 420 laporan pada 2024. Laporan yang masuk paling banyak menyasar pemerintah "
            "daerah dengan 180 laporan, disusul kepolisian 40 laporan.")
    assert facts(text) == {("16", None, 420, 2024)}


@pytest.mark.parametrize("sentence", [
    "Ombudsman Jatim menerima 200 keluhan masyarakat sepanjang 2024.",
    "Sepanjang 2024, laporan masyarakat yang teregistrasi di Ombudsman Jatim sebanyak 200 laporan.",
    "Ombudsman Jatim mendapat 200 laporan dari masyarakat selama 2024.",
    "Laporan yang masuk ke Ombudsman Jatim sepanjang 2024 sebanyak 200, naik dari tahun sebelumnya.",
])
def test_other_words_for_receiving_and_for_reports(sentence):
    assert facts(sentence) == {("35", None, 200, 2024)}


def test_a_bare_amount_of_something_else_is_no_count():
    text = "Ombudsman Sultra menerima laporan sebanyak 23 pemerintah daerah yang belum membentuk unit pengaduan."
    assert facts(text) == set()


def test_the_headline_tells_the_period_and_the_body_the_evidence():
    text = ("Ombudsman Babel Catat 233 Laporan Sepanjang 2024\n\nPANGKALPINANG - Ombudsman RI Perwakilan Kepulauan "
            "Bangka Belitung mencatat 233 laporan masyarakat. Angka itu naik dibanding tahun sebelumnya yang "
            "mencapai 198 laporan.")
    found = tag_text(text, published=PUBLISHED).complaints
    assert {(c.province_code, c.region_code, c.count, c.year) for c in found} == {("19", None, 233, 2024),
                                                                                 ("19", None, 198, 2023)}
    assert found[0].evidence.startswith("PANGKALPINANG - Ombudsman RI Perwakilan")


def test_a_count_told_only_in_the_headline():
    text = ("Ombudsman Babel Terima 233 Laporan Sepanjang 2024\n\nPANGKALPINANG - Kepala Ombudsman Babel menyebut "
            "laporan didominasi persoalan pertanahan.")
    assert facts(text) == {("19", None, 233, 2024)}


def test_a_list_of_where_reporters_live_with_verbs_between_its_items():
    text = ("Ombudsman Kaltara menerima 150 laporan pada 2024. Menurut domisili pelapor, Kota Tarakan menyumbang "
            "58 laporan, disusul Kabupaten Bulungan 41 laporan. Berikutnya Kabupaten Nunukan dengan 19 laporan.")
    assert facts(text) == {("65", None, 150, 2024)}


def test_the_parts_of_the_whole_a_part_is_told_of():
    text = ("Ombudsman Kalteng menampung 31 aduan dan konsultasi warga selama Januari 2025. \"Dari 31 aduan itu, "
            "13 berupa laporan dan 18 konsultasi,\" kata Kepala Ombudsman Kalteng.")
    assert facts(text, datetime(2025, 2, 5)) == {("62", None, 13, 2025)}


def test_the_office_that_received_stays_the_reports_office_before_any_fact():
    text = ("Ombudsman RI Perwakilan Kalimantan Tengah menampung 31 aduan dan konsultasi warga selama Januari 2025. "
            "Paparan itu bagian dari rangkaian HUT Ombudsman Republik Indonesia. Pada 2024 kantor itu menerima "
            "84 laporan masyarakat.")
    assert facts(text, datetime(2025, 2, 5)) == {("62", None, 84, 2024)}


def test_offices_ranked_in_a_national_report():
    text = ("Ombudsman RI mencatat 25.118 laporan pada 2024. Kantor perwakilan dengan laporan terbanyak adalah "
            "Ombudsman RI Perwakilan Jawa Timur dengan 1.036 laporan, disusul Sumatera Utara 900 laporan dan "
            "Sulawesi Selatan 702 laporan.")
    assert facts(text) == {(None, None, 25118, 2024), ("35", None, 1036, 2024), ("12", None, 900, 2024),
                           ("73", None, 702, 2024)}


# --- Phase 2 (dev2 phenomena; sentences written for these tests) ---

def test_reports_beside_other_contacts_counted_with_a_report_noun():
    text = ("Ombudsman Gorontalo menerima 410 laporan sepanjang 2024, di antaranya laporan masyarakat 230 laporan, "
            "konsultasi sebanyak 150 laporan, tembusan 20 laporan dan respon cepat 10 laporan.")
    assert facts(text) == {("75", None, 230, 2024)}


def test_parts_in_the_next_sentences_that_sum_to_the_total_make_it_no_fact():
    text = ("Sepanjang 2024, Ombudsman RI Perwakilan Bengkulu menerima 312 aduan masyarakat. Yang teregistrasi "
            "menjadi laporan masyarakat sebanyak 120 ditambah 2 limpahan dari Ombudsman RI, respon cepat "
            "sebanyak 40. Aduan lainnya berupa tembusan sebanyak 100 dan konsultasi sebanyak 50.")
    assert facts(text) == {("17", None, 120, 2024)}


def test_reports_part_of_a_whole_of_all_contacts_told_with_dari_total():
    text = ("Ombudsman RI Perwakilan Sulawesi Tengah menerima 640 akses masyarakat selama 2024. Dari total 640 "
            "akses itu, laporan masyarakat masih mendominasi dengan 281 laporan. Selain itu tercatat 300 "
            "konsultasi dan 59 tembusan.")
    assert facts(text) == {("72", None, 281, 2024)}


def test_composition_named_before_the_whole_and_again_before_its_parts():
    text = ("Ombudsman NTB menerima 500 laporan pada 2024. Kepala Perwakilan merinci, 500 laporan yang diterima "
            "terdiri dari 30 persen atau 150 kasus konsultasi, dan sisanya 70 persen atau 350 adalah laporan "
            "masyarakat.")
    assert facts(text) == {("52", None, 350, 2024)}


def test_parts_of_reports_closed_are_no_facts():
    text = ("Ombudsman RI Perwakilan Maluku menerima 240 laporan sepanjang 2024. Ombudsman Maluku juga "
            "menyelesaikan 90 laporan, terdiri dari 61 laporan tahun ini dan 29 laporan tahun sebelumnya.")
    assert facts(text) == {("81", None, 240, 2024)}


@pytest.mark.parametrize("change", ["mengalami peningkatan sebanyak 25 laporan", "naik 25 laporan",
                                    "berkurang sejumlah 25 laporan"])
def test_a_change_between_two_years_is_no_count(change):
    text = f"Ombudsman Sumsel menerima 433 laporan pada 2024. Dibandingkan tahun lalu, jumlah laporan {change}."
    assert facts(text) == {("16", None, 433, 2024)}


def test_reports_settled_are_no_count():
    text = ("Sepanjang 2024 Ombudsman Kaltim menerima 390 laporan. Sementara total penyelesaian laporan oleh "
            "Ombudsman Kaltim sebanyak 210 laporan.")
    assert facts(text) == {("64", None, 390, 2024)}


def test_a_breakdown_continued_in_the_next_sentence():
    text = ("Ombudsman Jambi menerima 300 laporan pada 2024. Berdasarkan substansi, sektor pertanahan mendapatkan "
            "61 pengaduan. Berikutnya kepegawaian mendapatkan 12 pengaduan, pendidikan 9 pengaduan.")
    assert facts(text) == {("15", None, 300, 2024)}


@pytest.mark.parametrize("venue", ["di Kota Ambon, Selasa", "di Ambon (Rabu"])
def test_where_the_head_of_the_office_spoke_is_no_region(venue):
    text = (f"Kepala Perwakilan Ombudsman Maluku Rudi Latuheru {venue}) mengatakan 188 laporan diterima "
            "sepanjang 2024.").replace("Selasa)", "Selasa")
    assert facts(text) == {("81", None, 188, 2024)}


def test_a_zone_entered_gives_no_period_to_the_reports():
    text = ("Menurut penilaian Ombudsman hingga Oktober 2024, dua kabupaten di Maluku masih masuk zona merah. "
            "Selain itu, Ombudsman Perwakilan Maluku juga mencatat 512 laporan masyarakat.")
    assert facts(text, None) == {("81", None, 512, None)}  # (undated story: no year of its own)


@pytest.mark.parametrize("series", [
    "Pada tahun 2022, terdapat 131 laporan, naik menjadi 176 laporan pada 2023, dan mencapai 204 laporan pada 2024.",
    "Tahun 2022 tercatat 131 laporan, tahun 2023 sebanyak 176 laporan, dan tahun 2024 sebanyak 204 laporan.",
])
def test_a_year_by_year_series_of_the_office_reports(series):
    text = f"Dalam tiga tahun terakhir, laporan masyarakat ke Ombudsman RI Perwakilan Sulawesi Barat terus bertambah. {series}"
    assert facts(text) == {("76", None, 131, 2022), ("76", None, 176, 2023), ("76", None, 204, 2024)}


def test_a_series_of_findings_is_no_series_of_reports():
    text = ("Ombudsman RI Perwakilan Sulawesi Barat menerima 204 laporan sepanjang 2024. Pada tahun 2023 terdapat "
            "12 laporan maladministrasi yang terbukti, sementara pada tahun 2024 terdapat 17 laporan.")
    assert facts(text) == {("76", None, 204, 2024)}


@pytest.mark.parametrize("glue", ["ada", "sebanyak", "sendiri ada"])
def test_a_list_of_places_with_bare_numbers_after_a_verb(glue):
    text = ("Ombudsman Kaltara menerima 61 laporan pada 2024. Berdasarkan lokasi terlapor, Kabupaten Malinau "
            f"{glue} 5, kemudian Kota Tarakan {glue} 29 dan Kabupaten Nunukan {glue} 6 laporan.")
    assert facts(text) == {("65", None, 61, 2024), ("65", R("kabupaten", "Malinau"), 5, 2024),
                           ("65", R("kota", "Tarakan"), 29, 2024), ("65", R("kabupaten", "Nunukan"), 6, 2024)}


@pytest.mark.parametrize("own", [
    "Pemkab Wonosobo sendiri menerima 140 pengaduan masyarakat sepanjang 2024.",
    "Di sisi lain, Dinas Kependudukan Kabupaten Wonosobo mencatat 140 keluhan warga pada 2024.",
    "Bupati Wonosobo, Eko Prasetyo, mengatakan pihaknya menangani 140 aduan warga selama 2024.",
    "Kepala Diskominfo Jawa Tengah mengatakan pihaknya menerima 2.140 aduan melalui SP4N-LAPOR! pada 2024.",
    "Sementara itu, kanal pengaduan Lapor Bupati mencatat 140 aduan sepanjang 2024.",
])
def test_complaints_a_government_received_itself_are_no_reports_to_the_ombudsman(own):
    text = f"Ombudsman RI Perwakilan Jawa Tengah menerima 536 laporan sepanjang 2024. {own}"
    assert facts(text) == {("33", None, 536, 2024)}


def test_a_government_reported_on_is_still_read_beside_the_own_intake_rule():
    text = ("Ombudsman RI Perwakilan Jawa Tengah menerima 536 laporan sepanjang 2024. Ombudsman mencatat "
            "Pemerintah Kabupaten Wonosobo paling banyak dilaporkan dengan 41 laporan.")
    assert facts(text) == {("33", None, 536, 2024), ("33", R("kabupaten", "Wonosobo"), 41, 2024)}


@pytest.mark.parametrize("whole, expected", [
    ("Dari 64 laporan PPDB tersebut", set()),
    ("Dari 64 laporan terkait bansos itu", set()),
    ("Dari 64 laporan masyarakat tersebut", {("35", None, 64, 2024)}),
    ("Dari 64 laporan 2024 tersebut", {("35", None, 64, 2024)}),
])
def test_the_whole_of_a_part_is_a_total_unless_it_names_a_category(whole, expected):
    text = ("Ombudsman RI Perwakilan Jawa Timur menerima laporan masyarakat sepanjang 2024. "
            f"{whole}, 40 di antaranya sudah selesai diperiksa.")
    assert facts(text) == expected


@pytest.mark.parametrize("about, expected", [
    ("sekitar 583", {("61", None, 583, 2024)}),
    ("kurang lebih 583", {("61", None, 583, 2024)}),
    ("sekitar 600", set()),
    ("hampir 583", set()),
])
def test_about_a_figure_that_is_not_round_is_the_figure(about, expected):
    text = f"Sepanjang tahun 2024, Ombudsman Kalbar telah menerima {about} laporan masyarakat."
    assert facts(text) == expected


@pytest.mark.parametrize("share", [
    "Kota Depok hanya menyumbang 12 persen dari total 410 laporan",
    "Kabupaten Bekasi angka pelaporannya 9 persen dari jumlah keseluruhan sementara ini yang mencapai 410 pelaporan",
])
def test_a_share_of_the_whole_gives_the_whole_to_the_office_not_to_the_place(share):
    text = f"Sepanjang 2024, Ombudsman RI Perwakilan Jakarta Raya menerima laporan dari delapan wilayah. {share}."
    assert facts(text) == {("31", None, 410, 2024)}


def test_an_office_whose_name_is_no_province_name_keeps_its_province():
    assert facts("Ombudsman Jakarta Raya menerima 612 laporan sepanjang 2024.") == {("31", None, 612, 2024)}


def test_pelaporan_is_a_report_noun():
    assert facts("Ombudsman Sultra menerima 250 pelaporan sepanjang 2024.") == {("74", None, 250, 2024)}


def test_a_lede_repeated_with_its_period_gives_one_fact():
    text = ("Jumlah laporan ke Ombudsman Sulteng kini mencapai 321 laporan.\n\n"
            "Ombudsman RI Perwakilan Sulawesi Tengah mencatat 321 laporan masyarakat sepanjang 2024.")
    assert facts(text, datetime(2024, 12, 30)) == {("72", None, 321, 2024)}


@pytest.mark.parametrize("parts", [
    "Adapun laporan masyarakat sebanyak 208, konsultasi 201 dan tembusan 43.",
    "Konsultasi ada 201, tembusan 43, dan sisanya 208 laporan masyarakat.",
    "Sebanyak 208 di antaranya teregistrasi sebagai laporan masyarakat, sedangkan 244 lainnya berupa konsultasi.",
    "Dari 452 aduan yang masuk, 208 di antaranya merupakan laporan masyarakat, 201 konsultasi, dan 43 tembusan.",
])
def test_the_reports_part_of_all_contacts_however_the_parts_are_told(parts):
    text = f"Ombudsman RI Perwakilan Nusa Tenggara Timur mencatat 452 aduan sepanjang 2024. {parts}"
    assert facts(text) == {("53", None, 208, 2024)}


def test_a_part_of_the_reports_registered_is_still_no_total():
    text = ("Ombudsman NTT menerima 452 laporan sepanjang 2024. Dari jumlah itu, 208 di antaranya merupakan "
            "laporan terkait pertanahan.")
    assert facts(text) == {("53", None, 452, 2024)}


@pytest.mark.parametrize("comparison", [
    "Ombudsman Sulsel menerima 912 laporan pada 2024, naik 15 persen dari tahun lalu sebanyak 791 laporan.",
    "Ombudsman Sulsel menerima 912 laporan pada 2024. Jumlah itu naik 15 persen dari tahun lalu yang tercatat "
    "791 laporan.",
])
def test_a_percentage_change_from_last_year_compares_with_the_period_told(comparison):
    assert facts(comparison) == {("73", None, 912, 2024), ("73", None, 791, 2023)}


@pytest.mark.parametrize("channel", [
    "Melalui SP4N-LAPOR!, pihaknya menerima 3.410 aduan sepanjang 2024.",
    "Sementara itu, kanal SP4N-LAPOR! mencatat 3.410 aduan.",
])
def test_a_count_after_a_channel_that_ends_a_sentence_is_the_channel_s(channel):
    text = f"Ombudsman RI Perwakilan Jawa Timur menerima 907 laporan pada 2024. {channel}"
    assert facts(text) == {("35", None, 907, 2024)}


def test_a_dateline_with_the_dash_glued_to_the_first_word_is_no_region_reported_on():
    text = ("KUPANG, portal-ntt.com-Tercatat sebanyak 377 laporan masyarakat diterima Ombudsman RI Perwakilan "
            "Nusa Tenggara Timur sepanjang tahun 2024.")
    assert facts(text) == {("53", None, 377, 2024)}
