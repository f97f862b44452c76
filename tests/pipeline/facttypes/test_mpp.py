"""warta_mpp: Mal Pelayanan Publik facts, on labelled sentences written for these tests (varied
provinces and phrasings, not copies of the dev set), through the whole spaCy pipeline."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R, tag


def facts(nlp, text, published=None) -> set[tuple]:
    return {(m.region_code, m.status, m.year) for m in tag(nlp, text, published)._.mpp}


# ---------------------------------------------------------------------------------------------
# Status, region, year
# ---------------------------------------------------------------------------------------------

def test_launched_with_date_and_location(nlp):
    text = ("Bupati Sleman meresmikan Mal Pelayanan Publik (MPP) Kabupaten Sleman di Jalan Magelang, "
            "Kamis (12/3/2020).")
    [m] = tag(nlp, text)._.mpp
    assert (m.region_code, m.status, m.year) == (R("kabupaten", "Sleman"), "launched", 2020)
    assert m.location == "Jalan Magelang"
    assert m.evidence == text


@pytest.mark.parametrize("sentence, status", [
    ("Peluncuran MPP Kabupaten Banyuwangi dilakukan pada 2017.", "launched"),
    ("Mal Pelayanan Publik Kabupaten Banyuwangi diluncurkan Menteri PANRB pada 2017.", "launched"),
    ("Menteri PANRB meluncurkan Mall Pelayanan Publik Kabupaten Banyuwangi pada 2017.", "launched"),
    ("Sejak diresmikannya MPP Kabupaten Banyuwangi pada 2017, antrean perizinan berkurang.", "launched"),
    ("MPP Kabupaten Banyuwangi resmi dibuka untuk warga pada 2017.", "launched"),
    ("MPP Kabupaten Banyuwangi sudah beroperasi sejak 2017.", "operating"),
    ("Pengoperasian MPP Kabupaten Banyuwangi dimulai pada 2017.", "operating"),
    ("MPP Kabupaten Banyuwangi telah melayani warga sejak tahun 2017.", "operating"),
    ("Pemkab Banyuwangi berencana membangun Mal Pelayanan Publik pada 2017.", "planned"),
    ("Pembangunan MPP Kabupaten Banyuwangi direncanakan rampung pada 2017.", "planned"),
    ("MPP Kabupaten Banyuwangi dijadwalkan diresmikan pada 2017.", "planned"),
    ("Pemkab Banyuwangi akan segera meluncurkan Mal Pelayanan Publik pada 2017.", "planned"),
])
def test_inflections_of_the_trigger_verbs(nlp, sentence, status):
    text = "Pelayanan publik di Banyuwangi terus dibenahi. " + sentence
    assert facts(nlp, text, datetime(2017, 1, 5)) == {(R("kabupaten", "Banyuwangi"), status, 2017)}


def test_planned_year_may_lie_after_publication(nlp):
    text = "Pemkot Palembang berencana membangun Mal Pelayanan Publik di kawasan Jakabaring pada 2024."
    [m] = tag(nlp, text, datetime(2023, 6, 1))._.mpp
    assert (m.region_code, m.status, m.year) == (R("kota", "Palembang"), "planned", 2024)
    assert m.location == "kawasan Jakabaring"


def test_operating_since(nlp):
    text = "MPP Kota Batam sudah beroperasi sejak tahun 2019 dan melayani ratusan warga setiap hari."
    assert facts(nlp, text, datetime(2021, 4, 1)) == {(R("kota", "Batam"), "operating", 2019)}


def test_this_year_is_the_publication_year(nlp):
    text = "Pemkab Kotabaru akan meluncurkan Mal Pelayanan Publik tahun ini."
    assert facts(nlp, text, datetime(2022, 2, 14)) == {(R("kabupaten", "Kotabaru"), "planned", 2022)}


def test_typo_year_gives_no_year(nlp):
    text = "MPP Kabupaten Solok Selatan diresmikan Bupati, Jumat (5/5/3023)."
    assert facts(nlp, text, datetime(2023, 5, 6)) == {(R("kabupaten", "Solok Selatan"), "launched", None)}


def test_launch_year_from_the_next_sentence_about_the_same_event(nlp):
    text = ("MPP Kabupaten Kubu Raya akhirnya diresmikan.\n"
            "Peresmian dilakukan Gubernur Kalimantan Barat, Rabu (14/6/2023), di halaman kantor bupati.")
    assert facts(nlp, text) == {(R("kabupaten", "Kubu Raya"), "launched", 2023)}


def test_soft_launch_and_planned_inauguration(nlp):
    text = ("Pemkab Kutai Kartanegara menggelar soft launching Mal Pelayanan Publik pekan lalu.\n"
            "Peresmian MPP tersebut dijadwalkan pada Juni 2024 oleh Menteri PANRB.")
    assert facts(nlp, text, datetime(2024, 3, 1)) == {
        (R("kabupaten", "Kutai Kartanegara"), "launched", 2024),  # "pekan lalu": the news of March 2024 (written)
        (R("kabupaten", "Kutai Kartanegara"), "planned", 2024),
    }


def test_launched_and_operating_earlier(nlp):
    text = ("MPP Kota Kupang diresmikan Menteri PANRB, Senin (5/12/2022).\n"
            "Kepala DPMPTSP mengatakan MPP itu sebenarnya telah beroperasi sejak 1 Maret 2021.")
    assert facts(nlp, text) == {(R("kota", "Kupang"), "launched", 2022),
                                (R("kota", "Kupang"), "operating", 2021)}


# ---------------------------------------------------------------------------------------------
# Which government
# ---------------------------------------------------------------------------------------------

def test_several_mpps_launched_at_once(nlp):
    text = ("Menteri PANRB meresmikan empat Mal Pelayanan Publik (MPP) di Jawa Timur, Selasa "
            "(22/11/2022). Keempatnya adalah MPP Kabupaten Jember, MPP Kabupaten Lumajang, MPP Kota "
            "Madiun dan MPP Kabupaten Ngawi.")
    expected = {(R("kabupaten", c), "launched", 2022) for c in ("Jember", "Lumajang", "Ngawi")}
    assert facts(nlp, text) == expected | {(R("kota", "Madiun"), "launched", 2022)}


def test_other_mpps_of_the_same_ceremony_add_nothing(nlp):
    text = ("MPP Kota Sorong diresmikan Wakil Presiden, Senin (5/12/2022), bersamaan dengan 26 MPP lain "
            "dari berbagai daerah.")
    assert facts(nlp, text) == {(R("kota", "Sorong"), "launched", 2022)}


def test_government_named_before_the_mpp(nlp):
    text = "Pemkab Barito Selatan membuka Mal Pelayanan Publik yang sudah beroperasi sejak Januari 2021."
    assert facts(nlp, text, datetime(2021, 3, 1)) == {(R("kabupaten", "Barito Selatan"), "operating", 2021)}


def test_the_article_region_when_the_sentence_names_none(nlp):
    text = ("Pemkab Purworejo terus membenahi pelayanan publik.\n"
            "Menurut Kepala DPMPTSP, MPP tersebut diresmikan pada 2021 dan kini menyediakan 150 jenis "
            "layanan bagi warga Kabupaten Purworejo.")
    assert facts(nlp, text, datetime(2022, 1, 3)) == {(R("kabupaten", "Purworejo"), "launched", 2021)}


def test_mpp_housed_in_a_shopping_mall_is_an_mpp(nlp):
    text = ("MPP Kota Bekasi menempati lantai dasar Mal Bekasi Cyber Park dan mulai melayani warga "
            "sejak 2019.")
    [m] = tag(nlp, text, datetime(2020, 1, 1))._.mpp
    assert (m.region_code, m.status, m.year) == (R("kota", "Bekasi"), "operating", 2019)
    assert m.location == "lantai dasar Mal Bekasi Cyber Park"


def test_why_it_was_built_is_no_plan(nlp):
    text = ("MPP Kabupaten Gresik diresmikan pada 2019.\n"
            "Bupati mengatakan MPP dibangun untuk mempermudah warga mengurus izin.")
    assert facts(nlp, text, datetime(2020, 1, 1)) == {(R("kabupaten", "Gresik"), "launched", 2019)}


def test_planned_location_in_the_next_sentence(nlp):
    text = ("Pemerintah Kabupaten Agam akan segera meluncurkan mal pelayanan publik (MPP).\n"
            "Rencananya layanan tersedia di Lubuk Basung, Tiku dan Kompleks kantor Bupati Agam.")
    [m] = tag(nlp, text)._.mpp
    assert (m.region_code, m.status, m.year) == (R("kabupaten", "Agam"), "planned", None)
    assert m.location == "Lubuk Basung, Tiku dan Kompleks kantor Bupati Agam"


# ---------------------------------------------------------------------------------------------
# Not MPP facts
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # shopping malls
    "Pemkot Medan menyambut rencana pembangunan mal baru oleh investor di pusat kota.",
    "Pusat perbelanjaan baru akan dibangun dan diresmikan di Kota Kendari tahun depan.",
    # the acronym in another sense (masa persiapan pensiun)
    "Sebanyak 20 ASN Pemkab Sragen memasuki MPP dan akan resmi pensiun tahun ini.",
    # an MPP mentioned without any status
    "Warga Kabupaten Klaten mengeluhkan antrean panjang di MPP.",
    # the official website of an MPP is no launch
    "Informasi layanan dapat dilihat di laman resmi MPP Kota Cilegon.",
])
def test_not_an_mpp_fact(nlp, text):
    assert facts(nlp, text, datetime(2023, 1, 1)) == set()


def test_generic_hope_for_other_regions_names_none(nlp):
    text = ("MPP Kabupaten Sumedang diresmikan pada 2021.\n"
            "Menteri berharap kabupaten/kota lain yang belum memiliki MPP segera membangunnya.")
    assert facts(nlp, text, datetime(2021, 6, 1)) == {(R("kabupaten", "Sumedang"), "launched", 2021)}


def test_each_event_takes_the_year_written_after_it(nlp):
    text = ("Mal Pelayanan Publik (MPP) Kabupaten Bandung Barat mulai beroperasi pada Senin (5/2/2024) "
            "setelah soft launching pada Desember 2023.")
    assert facts(nlp, text, datetime(2024, 2, 5)) == {
        (R("kabupaten", "Bandung Barat"), "operating", 2024),
        (R("kabupaten", "Bandung Barat"), "launched", 2023)}


def test_resmi_beroperasi_is_one_launch(nlp):
    text = "MPP Kabupaten Karawang resmi beroperasi pada Kamis (9/3/2023)."
    assert facts(nlp, text) == {(R("kabupaten", "Karawang"), "launched", 2023)}


def test_relative_years(nlp):
    text = ("Lima MPP kabupaten di Sulawesi Barat diresmikan tahun lalu. Sementara MPP Kabupaten Mamuju "
            "Tengah masih dalam tahap pembangunan dan ditargetkan rampung tahun depan.")
    assert facts(nlp, text, datetime(2024, 5, 20)) == {(R("kabupaten", "Mamuju Tengah"), "planned", 2025)}


def test_a_provinces_own_mpp_is_no_regional_fact(nlp):
    text = ("Pemkab Majene terus berbenah. Gubernur meresmikan MPP Provinsi Sulawesi Barat di Mamuju, "
            "Senin (20/5/2024).")
    # the province's own fact (tests/pipeline/facttypes/mpp/test_province.py), none of Majene
    assert facts(nlp, text) == {(None, "launched", 2024)}


def test_a_target_governs_its_clause(nlp):
    text = ("Pemerintah Kabupaten Tana Toraja menargetkan Mal Pelayanan Publik (MPP) mulai beroperasi "
            "pada pertengahan 2023. Saat ini gedung MPP di kompleks perkantoran Pemkab sedang direnovasi.")
    assert facts(nlp, text, datetime(2023, 3, 2)) == {(R("kabupaten", "Tana Toraja"), "planned", 2023)}


def test_neighbouring_government_launched_earlier(nlp):
    text = ("Wali Kota Sukabumi meresmikan Mal Pelayanan Publik (MPP) Kota Sukabumi, Jumat (21/8/2020). "
            "Sebelumnya, Pemkab Sukabumi telah lebih dulu meluncurkan MPP pada 2019.")
    assert facts(nlp, text) == {(R("kota", "Sukabumi"), "launched", 2020),
                                (R("kabupaten", "Sukabumi"), "launched", 2019)}


def test_the_government_nearest_before_the_status_word(nlp):
    text = ("Ombudsman menyebut Kabupaten Kupang belum memiliki Mal Pelayanan Publik, berbeda dengan "
            "Kota Kupang yang MPP-nya telah beroperasi sejak 2022.")
    assert facts(nlp, text, datetime(2025, 11, 4)) == {(R("kota", "Kupang"), "operating", 2022)}


def test_the_mpp_itself_is_not_its_location(nlp):
    text = "Pembatasan layanan juga berlaku di Mal Pelayanan Publik Kota Mataram yang beroperasi sejak 2019."
    [m] = tag(nlp, text, datetime(2021, 7, 16))._.mpp
    assert (m.region_code, m.status, m.year, m.location) == (R("kota", "Mataram"), "operating", 2019, None)


def test_month_ahead_is_this_or_next_year(nlp):
    text = ("Wakil Bupati Bantaeng meninjau persiapan gedung Mal Pelayanan Publik (MPP) Kabupaten "
            "Bantaeng. MPP ini rencananya diluncurkan Mei mendatang.")
    assert facts(nlp, text, datetime(2021, 4, 7)) == {(R("kabupaten", "Bantaeng"), "planned", 2021)}
    assert facts(nlp, text, datetime(2021, 8, 7)) == {(R("kabupaten", "Bantaeng"), "planned", 2022)}


def test_party_council_acronym_is_no_mpp(nlp):
    text = "Ketua MPP Partai Amanat Nasional Kota Padang resmi dilantik dan akan segera bekerja."
    assert facts(nlp, text, datetime(2023, 1, 1)) == set()


# ---------------------------------------------------------------------------------------------
# Error classes of the third blind set (sentences written for these tests)
# ---------------------------------------------------------------------------------------------

def test_event_noun_referring_back_gives_no_new_fact(nlp):
    text = ("Bupati Lamongan meresmikan Mal Pelayanan Publik (MPP) Kabupaten Lamongan, Senin (3/6/2024). "
            "Dengan peresmian ini, warga Lamongan tak perlu lagi ke MPP Kabupaten Gresik, yang sudah "
            "beroperasi sejak 2019.")
    assert facts(nlp, text) == {(R("kabupaten", "Lamongan"), "launched", 2024),
                                (R("kabupaten", "Gresik"), "operating", 2019)}


def test_attending_the_inauguration_is_no_launch_of_ones_own(nlp):
    text = ("Mal Pelayanan Publik Kabupaten Bandung Barat diresmikan, Selasa (5/3/2024). Wali Kota "
            "Cimahi, Budi Santoso, yang hadir dalam peresmian, menyebut MPP Kota Cimahi menjadi rujukan.")
    assert facts(nlp, text) == {(R("kabupaten", "Bandung Barat"), "launched", 2024)}


def test_building_sentence_refers_to_the_mpp_named_before(nlp):
    text = ("KLATEN – Pemkab Klaten mulai membangun gedung Mal Pelayanan Publik di kawasan eks Pasar "
            "Srago. Peletakan batu pertama dilakukan Bupati Klaten, Senin (6/1/2025). Gedung tiga lantai "
            "itu ditargetkan mulai melayani warga pada akhir 2026.")
    assert facts(nlp, text, datetime(2025, 1, 7)) == {(R("kabupaten", "Klaten"), "planned", 2026)}


def test_governments_listed_before_the_status(nlp):
    text = ("Layanan publik di Kalimantan Barat terus berbenah. Kota Pontianak dan Kabupaten Kubu Raya "
            "yang lebih dulu mengoperasikan MPP menjadi rujukan. Kabupaten Sekadau, Melawi, dan Kapuas "
            "Hulu menargetkan MPP mereka bisa diresmikan pada 2026.")
    assert facts(nlp, text, datetime(2025, 5, 1)) == {
        (R("kota", "Pontianak"), "operating", None), (R("kabupaten", "Kubu Raya"), "operating", None),
        (R("kabupaten", "Sekadau"), "planned", 2026), (R("kabupaten", "Melawi"), "planned", 2026),
        (R("kabupaten", "Kapuas Hulu"), "planned", 2026)}


def test_besides_is_no_list(nlp):
    text = ("Pelayanan publik makin dekat. Selain Kota Pontianak, Kabupaten Sambas juga sudah memiliki "
            "MPP yang beroperasi sejak 2023.")
    assert facts(nlp, text) == {(R("kabupaten", "Sambas"), "operating", 2023)}


def test_governments_listed_after_the_mpp_and_no_year_of_another(nlp):
    text = ("Kabupaten Ngawi sudah punya Mal Pelayanan Publik yang beroperasi sejak 2021. MPP di Kota "
            "Madiun dan Kabupaten Magetan juga sudah lama beroperasi.")
    assert facts(nlp, text) == {(R("kabupaten", "Ngawi"), "operating", 2021),
                                (R("kota", "Madiun"), "operating", None),
                                (R("kabupaten", "Magetan"), "operating", None)}


def test_same_day_launch_takes_the_year_of_the_other(nlp):
    text = ("Mal Pelayanan Publik (MPP) Kota Palopo resmi diluncurkan, Senin (5/12/2022). Selain Palopo, "
            "MPP Kabupaten Luwu juga diresmikan pada hari yang sama.")
    assert facts(nlp, text) == {(R("kota", "Palopo"), "launched", 2022), (R("kabupaten", "Luwu"), "launched", 2022)}


def test_preparing_an_mpp_is_a_plan(nlp):
    text = ("Pelayanan publik di Papua Pegunungan masih tertinggal. Sementara itu, Kabupaten Lanny Jaya "
            "tengah menyiapkan MPP pertama di wilayahnya.")
    assert facts(nlp, text) == {(R("kabupaten", "Lanny Jaya"), "planned", None)}
    text = ("Kepala DPMPTSP Kabupaten Timor Tengah Utara mengatakan pemkab tengah menyiapkan gedung eks "
            "Kantor Bappeda di Kefamenanu untuk dijadikan Mal Pelayanan Publik.")
    assert facts(nlp, text) == {(R("kabupaten", "Timor Tengah Utara"), "planned", None)}


def test_mpp_named_as_the_place_of_service_is_operating(nlp):
    text = ("Banyak warga dari Kabupaten Muna ikut mencetak KTP-el di gerai Disdukcapil di Mal Pelayanan "
            "Publik (MPP) Kendari, kata Kepala Disdukcapil.")
    assert facts(nlp, text) == {(R("kota", "Kendari"), "operating", None)}


def test_contrast_splits_the_facts_of_two_mpps(nlp):
    text = ("Kota Dumai sudah mengoperasikan Mal Pelayanan Publik sejak 2019, sedangkan MPP Kabupaten "
            "Bengkalis, yang diresmikan pada 2021, menjadi yang kedua di pesisir.")
    assert facts(nlp, text) == {(R("kota", "Dumai"), "operating", 2019),
                                (R("kabupaten", "Bengkalis"), "launched", 2021)}


def test_status_stems_skip_words_that_cannot_be_status_words():
    from pipeline.facttypes.mpp.status import STATUS_STEMS as _STATUS_STEMS, status_stem as _status_stem
    from pipeline.nlp.stem import stem

    for word in ("peresmian", "diresmikan", "beroperasi", "menargetkan", "pembangunan", "dijadwalkan",
                 "melayani", "dibuka", "kehadiran", "diusulkan", "menjelang", "peluncuran", "rencananya"):
        assert _status_stem(word) == stem(word) and stem(word) in _STATUS_STEMS, word
    for word in ("epyardi", "kabupaten", "sinergitas", "2024"):
        assert _status_stem(word) == word and stem(word) not in _STATUS_STEMS


# ---------------------------------------------------------------------------------------------
# Several MPPs in one sentence or list
# ---------------------------------------------------------------------------------------------

def test_counted_launch_then_the_list_with_provinces_in_parentheses(nlp):
    text = ("Menteri PANRB meresmikan secara serentak lima Mal Pelayanan Publik (MPP) secara daring dari "
            "Jakarta, Kamis (14/8/2025). Kelima MPP tersebut tersebar di tiga pulau, yaitu: Kabupaten Sinjai "
            "(Sulawesi Selatan), Kota Bima (Nusa Tenggara Barat), Kabupaten Lahat dan Kabupaten Muara Enim "
            "(Sumatera Selatan), serta Kota Ternate (Maluku Utara).")
    assert facts(nlp, text) == {
        (R("kabupaten", "Sinjai"), "launched", 2025), (R("kota", "Bima"), "launched", 2025),
        (R("kabupaten", "Lahat"), "launched", 2025), (R("kabupaten", "Muara Enim"), "launched", 2025),
        (R("kota", "Ternate"), "launched", 2025)}


def test_counted_launch_including_one_government(nlp):
    text = ("Menteri PANRB meresmikan 11 MPP secara serentak, Rabu (3/9/2025), termasuk di Kabupaten Paser. "
            "Bupati Paser menyebut MPP itu melengkapi layanan perizinan.")
    assert facts(nlp, text) == {(R("kabupaten", "Paser"), "launched", 2025)}


def test_operating_mpps_listed_after_yakni(nlp):
    text = ("Saat ini sudah empat MPP yang beroperasi di Provinsi Jambi, yakni di Kabupaten Kerinci, Bungo, "
            "Tebo dan Kota Sungai Penuh.")
    assert facts(nlp, text) == {(R("kabupaten", c), "operating", None) for c in ("Kerinci", "Bungo", "Tebo")} | {
        (R("kota", "Sungai Penuh"), "operating", None)}


def test_pilot_regions_listed_in_the_next_sentence_past_an_unknown_name(nlp):
    text = ("Menteri PANRB meluncurkan MPP Digital yang pada tahap awal diterapkan di 12 MPP kabupaten/kota, "
            "Selasa (8/7/2025). Adapun daerah percontohan MPP Digital yakni Kabupaten Sragen, Klaten, "
            "Kotawaringin, Sukamara, Kota Salatiga dan Kota Pekalongan.")
    expected = {(R("kabupaten", c), "launched", 2025) for c in ("Sragen", "Klaten", "Sukamara")}
    assert facts(nlp, text) == expected | {(R("kota", c), "launched", 2025) for c in ("Salatiga", "Pekalongan")}


# ---------------------------------------------------------------------------------------------
# Having an MPP; whose MPP a sentence tells of
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Pelayanan perizinan makin mudah. Di Kota Padang sudah memiliki Mal Pelayanan Publik.", "operating"),
    ("Dari 11 kabupaten/kota, baru Kabupaten Agam yang punya MPP.", "operating"),
    ("Pemkab Agam telah dibentuk Mal Pelayanan Publik di eks gedung Bappeda.", "operating"),
    ("Kabupaten Agam kini mempunyai sebuah MPP di pusat kota.", "operating"),
    ("Kabupaten Agam tahun depan akan memiliki MPP.", "planned"),
    ("Kabupaten Agam belum memiliki MPP.", None),
])
def test_having_an_mpp_is_operating(nlp, text, expected):
    got = {s for _, s, _ in facts(nlp, text, datetime(2024, 2, 1))}
    assert got == ({expected} if expected else set())


def test_existing_mpps_counted_and_listed(nlp):
    text = ("Bupati mendorong agar seluruh kabupaten/kota di Sumbar memiliki MPP. Saat ini, baru terdapat tiga "
            "Mal Pelayanan Publik di Sumbar yaitu di Kabupaten Agam, Kota Padang Panjang dan Kota Solok.")
    assert facts(nlp, text) == {(R("kabupaten", "Agam"), "operating", None),
                                (R("kota", "Padang Panjang"), "operating", None),
                                (R("kota", "Solok"), "operating", None)}


def test_a_hope_for_governments_in_general_or_the_rest_names_none(nlp):
    text = ("Kota Sorong menjadi tuan rumah rapat pelayanan publik. Ombudsman berharap agar pemerintah "
            "kabupaten/kota di Papua Barat Daya dapat membangun Mal Pelayanan Publik. Selebihnya, kata dia, "
            "telah menerapkan sistem MPP meskipun belum memiliki bangunan sendiri.")
    assert facts(nlp, text) == set()


def test_a_province_named_before_the_status_is_its_own_mpp(nlp):
    text = ("Pemprov Bengkulu mendorong MPP di semua kabupaten. Kota Bengkulu menjadi tuan rumah acara itu. "
            "Di Bengkulu, MPP provinsi telah diresmikan sejak Maret 2023. Provinsi Bengkulu juga memiliki "
            "MPP sendiri yang berlokasi di Jalan Pembangunan, Kota Bengkulu.")
    # the province's own (tests/pipeline/facttypes/mpp/test_province.py), no regional fact
    assert facts(nlp, text) == {(None, "operating", None)}


@pytest.mark.parametrize("text", [
    "Untuk MPP, yang ada baru soft launching, yaitu Kabupaten Sumba Timur dan Rote Ndao.",
    "Di Nusa Tenggara Timur baru dua MPP yang diresmikan, yaitu MPP Kabupaten Sumba Timur dan Rote Ndao.",
    "Di Nusa Tenggara Timur dua MPP sudah soft launching, yaitu Kabupaten Sumba Timur dan Rote Ndao.",
])
def test_governments_listed_after_the_status_word(nlp, text):
    assert facts(nlp, text) == {(R("kabupaten", "Sumba Timur"), "launched", None),
                                (R("kabupaten", "Rote Ndao"), "launched", None)}


# ---------------------------------------------------------------------------------------------
# The year of a launch or plan told once in the story
# ---------------------------------------------------------------------------------------------

def test_launch_year_told_once_further_in_the_story(nlp):
    text = ("Mal Pelayanan Publik (MPP) Kabupaten Sinjai akhirnya diresmikan Menteri PANRB.\n"
            "Bupati Sinjai mengatakan MPP itu menampung 20 instansi.\n"
            "Kepala DPMPTSP menambahkan antrean perizinan kini jauh lebih pendek.\n"
            "Peresmian MPP berlangsung di halaman kantor bupati, Kamis (14/8/2025).")
    assert facts(nlp, text) == {(R("kabupaten", "Sinjai"), "launched", 2025)}


def test_no_story_year_when_the_story_tells_several(nlp):
    text = ("MPP Kabupaten Sinjai akhirnya diresmikan Menteri PANRB.\n"
            "Bupati Sinjai mengatakan MPP itu menampung 20 instansi.\n"
            "Kepala DPMPTSP menambahkan antrean perizinan kini jauh lebih pendek.\n"
            "MPP Kabupaten Bulukumba lebih dulu diresmikan pada 2021, sedangkan MPP Kabupaten Bone diresmikan "
            "pada 2023.")
    assert (R("kabupaten", "Sinjai"), "launched", None) in facts(nlp, text)


def test_plan_year_from_the_headline(nlp):
    text = ("Bupati Lahat Targetkan Mal Pelayanan Publik Beroperasi Tahun 2026\n\n"
            "Pemkab Lahat tengah menyiapkan gedung eks Dinas Pendidikan untuk dijadikan Mal Pelayanan Publik.")
    assert facts(nlp, text, datetime(2025, 3, 4)) == {(R("kabupaten", "Lahat"), "planned", 2026)}


@pytest.mark.parametrize("when, published, year", [
    ("Jumat", datetime(2021, 1, 2), 2021),
    ("Kamis", datetime(2021, 1, 1), 2020),  # the Thursday before a Friday 1 January
    ("Rabu (30/12)", datetime(2021, 1, 2), 2020),
    ("Rabu (6/1)", datetime(2021, 1, 8), 2021),
])
def test_a_past_launch_day_without_a_year(nlp, when, published, year):
    text = f"Menteri PANRB meresmikan MPP Kota Bima di Bima, {when}."
    assert facts(nlp, text, published) == {(R("kota", "Bima"), "launched", year)}


def test_a_weekly_day_or_a_plan_day_gives_no_year(nlp):
    text = "MPP Kota Bima sudah beroperasi dan buka setiap Sabtu."
    assert facts(nlp, text, datetime(2021, 1, 8)) == {(R("kota", "Bima"), "operating", None)}
    text = "MPP Kota Bima dijadwalkan diresmikan Senin depan."
    assert facts(nlp, text, datetime(2021, 1, 8)) == {(R("kota", "Bima"), "planned", None)}


def test_each_status_word_takes_the_government_before_it(nlp):
    text = ("MPP Kabupaten Sigi diresmikan Gubernur, Senin (3/2/2025). Dengan peresmian ini, Sigi menjadi daerah "
            "ketiga yang memiliki MPP, setelah Kota Palu dan Kabupaten Donggala yang lebih dulu mengoperasikan MPP.")
    assert facts(nlp, text) == {(R("kabupaten", "Sigi"), "launched", 2025), (R("kota", "Palu"), "operating", None),
                                (R("kabupaten", "Donggala"), "operating", None)}


def test_having_the_mpp_a_story_launches_is_that_launch(nlp):
    text = ("SIGI – Pemerintah Kabupaten Sigi akhirnya memiliki Mal Pelayanan Publik (MPP). Gedung dua lantai itu "
            "diresmikan Bupati Sigi, Senin (3/2/2025).")
    assert facts(nlp, text) == {(R("kabupaten", "Sigi"), "launched", 2025)}


def test_a_wish_for_all_governments_is_no_plan_of_the_mpp_named(nlp):
    text = ("Wakil Gubernur, dalam kunjungan ke MPP Kabupaten Sigi yang diresmikan pada 2023, mendorong seluruh "
            "kabupaten di Sulteng segera memiliki MPP.")
    assert facts(nlp, text) == {(R("kabupaten", "Sigi"), "launched", 2023)}


# ---------------------------------------------------------------------------------------------
# Status words: what is a plan, a launch, an operation
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kabupaten Seluma telah menerapkan sistem MPP meskipun belum memiliki bangunan sendiri.",
    "Bupati Seluma meninjau MPP Kabupaten Seluma di kompleks eks Pasar Tanjung Bangun, Senin (7/10/2019).",
    "Kehadiran MPP di Kabupaten Seluma adalah bentuk dukungan dalam membangun pelayanan publik yang baik.",
    "MPP Kabupaten Seluma menjadi wujud amanah untuk bangun birokrasi yang melayani.",
])
def test_a_building_or_building_something_else_is_no_plan(nlp, text):
    assert facts(nlp, text) == set()


@pytest.mark.parametrize("text", [
    "Pemkab Bombana menggelar soft opening Mal Pelayanan Publik, Rabu (11/11/2020).",
    "Grand opening Mal Pelayanan Publik Kabupaten Bombana digelar Rabu (11/11/2020).",
    "Bupati Bombana membuka Mal Pelayanan Publik (MPP) Kabupaten Bombana, Rabu (11/11/2020).",
    "Mal Pelayanan Publik Kabupaten Bombana yang sudah dibuka sejak 11 November 2020 ramai dikunjungi warga.",
])
def test_opening_is_a_launch(nlp, text):
    assert facts(nlp, text) == {(R("kabupaten", "Bombana"), "launched", 2020)}


def test_opening_hours_tell_it_operates(nlp):
    text = "MPP Kabupaten Bombana dibuka setiap hari kerja mulai pukul 08.00 WITA."
    assert facts(nlp, text) == {(R("kabupaten", "Bombana"), "operating", None)}


def test_opening_an_mpp_told_operating_is_history(nlp):
    text = ("Ombudsman mengapresiasi keberanian Pemkab Bombana membuka MPP. Sejak awal Januari 2019, MPP "
            "Bombana sudah beroperasi dengan delapan OPD di dalamnya.")
    assert facts(nlp, text) == {(R("kabupaten", "Bombana"), "operating", 2019)}


def test_a_launch_in_a_year_after_publication_is_planned_with_the_launch_year(nlp):
    text = ("Pembangunan Mal Pelayanan Publik (MPP) Kabupaten Lingga sedang berlangsung. \u201cDitargetkan "
            "Desember 2025 selesai pengerjaannya, dan di awal tahun 2026 bisa diresmikan,\u201d ujar Bupati Lingga.")
    assert facts(nlp, text, datetime(2025, 7, 2)) == {(R("kabupaten", "Lingga"), "planned", 2026)}


def test_partly_operating_is_no_plan(nlp):
    text = "MPP Kota Lubuk Linggau sendiri belum sepenuhnya beroperasi, baru beberapa loket yang melayani."
    assert facts(nlp, text) == {(R("kota", "Lubuk Linggau"), "operating", None)}


def test_prepared_since_a_year_is_no_operation(nlp):
    text = ("Menteri PANRB meresmikan MPP Kota Lubuklinggau, Jumat (27/11/2020). Wali Kota menambahkan MPP "
            "Lubuklinggau dipersiapkan sejak 2018.")
    assert facts(nlp, text) == {(R("kota", "Lubuk Linggau"), "launched", 2020)}


def test_an_event_noun_standing_alone_tells_of_the_mpp_of_the_story(nlp):
    text = ("Ombudsman mengunjungi Mal Pelayanan Publik (MPP) Kota Tidore Kepulauan, Kamis (12/5/2022).\n"
            "Menurut Ombudsman, MPP ini belum melengkapi fasilitas pendukung.\n"
            "Jelang peresmian yang direncanakan pada 28 Mei 2022, fasilitas seperti toilet dan ruang laktasi "
            "harus dilengkapi.")
    assert facts(nlp, text, datetime(2022, 5, 13)) == {(R("kota", "Tidore Kepulauan"), "planned", 2022)}


def test_a_later_grand_opening_of_the_government_of_the_story(nlp):
    text = ("Pemkot Tidore Kepulauan menggelar soft opening Mal Pelayanan Publik (15/12/2020).\n"
            "Sekda mengatakan 16 instansi sudah bergabung.\n"
            "Di antaranya kantor pajak, perbankan, dan BPJS.\n"
            "Jumlah instansi masih bisa bertambah.\n"
            "Disamping itu, Pemkot Tidore Kepulauan juga nantinya akan melakukan grand opening yang belum "
            "ditentukan jadwalnya.")
    assert facts(nlp, text, datetime(2020, 12, 15)) == {(R("kota", "Tidore Kepulauan"), "launched", 2020),
                                                        (R("kota", "Tidore Kepulauan"), "planned", None)}


def test_an_event_noun_after_the_launch_of_something_else_gives_nothing(nlp):
    text = ("Mal Pelayanan Publik (MPP) Kota Tidore Kepulauan sudah melayani 30 jenis izin.\n"
            "Wali Kota juga menghadiri peresmian jembatan di Kecamatan Oba, Senin (5/2/2024).\n"
            "Peresmian dilakukan bersama Gubernur, Senin (5/2/2024).")
    assert facts(nlp, text, datetime(2024, 2, 6)) == {(R("kota", "Tidore Kepulauan"), "operating", None)}


def test_a_launch_that_will_happen_today_has_happened(nlp):
    text = "Pemkot Tidore Kepulauan akan menggelar soft opening Mal Pelayanan Publik pada hari ini (15/12/2020)."
    assert facts(nlp, text, datetime(2020, 12, 15)) == {(R("kota", "Tidore Kepulauan"), "launched", 2020)}


def test_a_collective_after_a_list_tells_of_each(nlp):
    text = ("Di Papua Selatan, MPP baru soft launching, yaitu Kabupaten Merauke dan Mappi. Keduanya akan segera "
            "diresmikan oleh Menteri PANRB.")
    assert facts(nlp, text) == {(R("kabupaten", c), s, None) for c in ("Merauke", "Mappi")
                                for s in ("launched", "planned")}


def test_a_status_word_takes_no_government_of_another_clause(nlp):
    text = ("Ombudsman menyambut baik usulan DPRD agar sejumlah daerah menyediakan MPP, karena dari 10 "
            "kabupaten/kota baru Kabupaten Halmahera Utara yang memiliki mal pelayanan publik.")
    assert facts(nlp, text) == {(R("kabupaten", "Halmahera Utara"), "operating", None)}


def test_this_mpp_right_after_a_provinces_own_is_the_provinces(nlp):
    text = ("Kota Kendari menjadi tuan rumah rapat itu.\n"
            "Provinsi Sulawesi Tenggara juga memiliki MPP sendiri yang berlokasi di kantor DPMPTSP, Kendari.\n"
            "MPP ini diresmikan setahun yang lalu yakni pada 22 Januari 2022.")
    assert facts(nlp, text) == {(None, "launched", 2022), (None, "operating", None)}  # the province's, not Kendari's


def test_this_mpp_right_after_a_regions_is_that_regions(nlp):
    text = ("Pemkot Kendari terus membenahi pelayanan di Kota Kendari, kata Wali Kota Kendari. Kabupaten Kolaka "
            "menyiapkan gedung eks Bappeda untuk dijadikan MPP Kabupaten Kolaka.\nMPP ini ditargetkan beroperasi "
            "pada 2026.")
    assert facts(nlp, text, datetime(2025, 1, 1)) == {(R("kabupaten", "Kolaka"), "planned", 2026)}


def test_running_for_years_before_a_dated_launch(nlp):
    text = ("Wali Kota Madiun mengatakan MPP Kota Madiun sudah berjalan tiga tahun namun baru secara resmi "
            "diluncurkan pada tahun 2022.")
    assert facts(nlp, text, datetime(2023, 2, 7)) == {(R("kota", "Madiun"), "operating", None),
                                                      (R("kota", "Madiun"), "launched", 2022)}


@pytest.mark.parametrize("intro", ["atau SiPaDu", "(SiPaDu)", "yang diberi nama \u201cSiPaDu\u201d"])
def test_a_local_name_names_the_mpp_alone(nlp, intro):
    text = (f"Wali Kota Binjai meresmikan Mal Pelayanan Publik Kota Binjai {intro} di Jalan Sudirman, Senin "
            "(11/9/2023).\nWarga berharap layanan makin cepat.\n"
            "\u201cPengoperasian SiPaDu akan dilaksanakan di triwulan pertama tahun 2024,\u201d ujarnya.")
    assert facts(nlp, text) == {(R("kota", "Binjai"), "launched", 2023), (R("kota", "Binjai"), "planned", 2024)}


def test_no_local_name_from_an_ordinary_word_or_the_acronym(nlp):
    text = ("Mal Pelayanan Publik (MPP) Kota Binjai atau Pemko Binjai diresmikan, Senin (11/9/2023).\n"
            "Pemko akan menambah layanan pada 2024.")
    assert facts(nlp, text) == {(R("kota", "Binjai"), "launched", 2023)}


# ---------------------------------------------------------------------------------------------
# A list of MPPs told over several units (a national launch listing its regions)
# ---------------------------------------------------------------------------------------------

def test_a_launch_list_resumed_over_paragraphs(nlp):
    text = ("Menteri PANRB meresmikan 12 MPP secara virtual, Rabu (9/10/2024).\n"
            "Ke-12 MPP yang diresmikan hari ini di antaranya, yakni Kabupaten Sumba Timur di Provinsi NTT, "
            "Kabupaten Nias; Kota Sibolga: Kabupaten Pesisir Selatan.\n"
            "Kabupaten Bone; Kabupaten Wajo; Kota Parepare.\n"
            "Selanjutnya, Kabupaten Buton; Kota Ternate; dan Kabupaten Halmahera Utara.\n"
            "Menurut Menteri, MPP mendekatkan layanan kepada warga.")
    want = {(R("kabupaten", "Sumba Timur"), "launched", 2024), (R("kabupaten", "Nias"), "launched", 2024),
            (R("kota", "Sibolga"), "launched", 2024), (R("kabupaten", "Pesisir Selatan"), "launched", 2024),
            (R("kabupaten", "Bone"), "launched", 2024), (R("kabupaten", "Wajo"), "launched", 2024),
            (R("kota", "Parepare"), "launched", 2024), (R("kabupaten", "Buton"), "launched", 2024),
            (R("kota", "Ternate"), "launched", 2024), (R("kabupaten", "Halmahera Utara"), "launched", 2024)}
    assert facts(nlp, text) == want


def test_a_counted_launch_listed_on_item_lines(nlp):
    text = ("Sebanyak empat MPP diresmikan Menteri PANRB pada Kamis (5/9/2024), yaitu:\n1. Kabupaten Sumba Barat\n"
            "2. Kota Bima\n3. Kabupaten Tanah Laut\n4. Kabupaten Kapuas Hulu\nPeresmian dilakukan secara daring.")
    assert facts(nlp, text) == {(R("kabupaten", "Sumba Barat"), "launched", 2024), (R("kota", "Bima"), "launched", 2024),
                                (R("kabupaten", "Tanah Laut"), "launched", 2024),
                                (R("kabupaten", "Kapuas Hulu"), "launched", 2024)}


def test_a_bare_list_resumes_only_a_list_that_ended_its_unit(nlp):
    # the list of the launch ends before the date: a later line of names is not its continuation
    text = ("MPP Kabupaten Bone dan Kota Parepare diresmikan pada Senin (3/6/2024) oleh Menteri PANRB.\n"
            "Kabupaten Wajo; Kabupaten Soppeng.")
    assert facts(nlp, text) == {(R("kabupaten", "Bone"), "launched", 2024), (R("kota", "Parepare"), "launched", 2024)}
    # too far from the list: other sentences between
    text = ("Tiga MPP diresmikan Menteri PANRB, Senin (3/6/2024), yakni MPP Kabupaten Bone, Kota Parepare dan "
            "Kabupaten Wajo.\nAcara dihadiri para bupati.\nMereka berterima kasih.\nWarga menyambut gembira.\n"
            "Kabupaten Soppeng; Kabupaten Sinjai.")
    assert (R("kabupaten", "Soppeng"), "launched", 2024) not in facts(nlp, text)


# ---------------------------------------------------------------------------------------------
# Having and existing: lists of the governments that have an MPP
# ---------------------------------------------------------------------------------------------

def test_an_mpp_that_exists_in_listed_regions_operates(nlp):
    text = ("Menurut data Kementerian PANRB, MPP baru ada di empat kabupaten/kota seperti Kota Bengkulu, "
            "Rejang Lebong, Mukomuko, dan Kaur.")
    assert facts(nlp, text, datetime(2024, 5, 2)) == {
        (R("kota", "Bengkulu"), "operating", None), (R("kabupaten", "Rejang Lebong"), "operating", None),
        (R("kabupaten", "Mukomuko"), "operating", None), (R("kabupaten", "Kaur"), "operating", None)}


@pytest.mark.parametrize("sentence, want", [
    ("\u201cMPP yang sudah ada di Kota Salatiga saat ini menjadi contoh,\u201d ujar Ketua DPRD, Rabu (3/5/2023).",
     {("kota", "Salatiga", "operating")}),
    ("Ia berharap nantinya MPP juga ada di Kabupaten Temanggung.", {("kabupaten", "Temanggung", "planned")}),
    ("Sayangnya MPP belum ada di Kabupaten Temanggung.", set()),
])
def test_existence_negation_and_hope(nlp, sentence, want):
    text = "Rombongan DPRD meninjau layanan perizinan. " + sentence
    assert {(m[0], m[1]) for m in facts(nlp, text, datetime(2023, 5, 4))} == {(R(k, n), s) for k, n, s in want}


def test_those_having_one_listed_after_a_bare_having_word(nlp):
    text = ("\u201cPembangunan MPP terus kami dorong, namun baru tiga daerah yang memiliki, yaitu Kota Dumai, "
            "Kabupaten Siak dan Kabupaten Bengkalis,\u201d katanya, Senin (4/9/2023).")
    assert facts(nlp, text) == {(R("kota", "Dumai"), "operating", None), (R("kabupaten", "Siak"), "operating", None),
                                (R("kabupaten", "Bengkalis"), "operating", None)}


def test_regions_left_out_of_a_plan_because_they_have_one(nlp):
    text = ("\u201cTahun ini MPP dibangun di semua kabupaten di DIY (kecuali Kabupaten Sleman dan Kota Yogyakarta, "
            "karena sudah punya),\u201d kata Gubernur.")
    assert facts(nlp, text, datetime(2023, 3, 1)) == {(R("kabupaten", "Sleman"), "operating", None),
                                                      (R("kota", "Yogyakarta"), "operating", None)}


def test_a_dateline_is_not_the_subject_of_a_counted_group(nlp):
    text = ("Kota Jambi (ANTARA) - Gubernur mencatat baru tiga kabupaten di Provinsi Jambi yang telah memiliki "
            "Mal Pelayanan Publik (MPP).")
    assert facts(nlp, text, datetime(2023, 3, 1)) == set()


# ---------------------------------------------------------------------------------------------
# Counters inside an MPP, visits, conditions and counterfactuals
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Pemkab Musi Rawas menargetkan membuka 15 gerai layanan di Mal Pelayanan Publik (MPP) tahun ini.",
    "Bupati Musi Rawas meresmikan loket Samsat di Mal Pelayanan Publik (MPP), Selasa (4/6/2024).",
    "Pemkab Musi Rawas juga meluncurkan dua gerai baru di MPP pekan lalu.",
])
def test_counters_opened_in_an_mpp_tell_it_runs(nlp, sentence):
    text = "Pelayanan perizinan di Kabupaten Musi Rawas terus dibenahi. " + sentence
    assert {(m[0], m[1]) for m in facts(nlp, text, datetime(2024, 6, 5))} == {(R("kabupaten", "Musi Rawas"), "operating")}


def test_counters_do_not_hide_the_mpps_own_launch(nlp):
    text = "Bupati Musi Rawas meresmikan MPP Kabupaten Musi Rawas yang berisi 15 gerai, Selasa (4/6/2024)."
    assert facts(nlp, text) == {(R("kabupaten", "Musi Rawas"), "launched", 2024)}


@pytest.mark.parametrize("visit", [
    "mengunjungi fasilitas Mal Pelayanan Publik (MPP) milik Pemerintah Kabupaten Gowa",
    "melakukan studi tiru ke MPP Kabupaten Gowa",
    "berkunjung langsung ke MPP Kabupaten Gowa",
])
def test_a_visited_mpp_runs(nlp, visit):
    text = f"Rombongan Pemkab Takalar {visit}, Kamis (2/3/2023)."
    assert facts(nlp, text) == {(R("kabupaten", "Gowa"), "operating", None)}


def test_a_launch_under_a_condition_is_a_plan(nlp):
    text = ("Pemkab Lombok Utara akan membuka MPP sementara di Pasar Tanjung. Apabila memenuhi syarat, kementerian "
            "akan memberi izin untuk soft launching.")
    assert {(m[0], m[1]) for m in facts(nlp, text, datetime(2025, 9, 1))} == {(R("kabupaten", "Lombok Utara"), "planned")}


def test_what_should_have_run_does_not_run(nlp):
    text = ("Menurut Kepala DPMPTSP, seharusnya MPP Kabupaten Lombok Utara sudah beroperasi pada 2024, namun "
            "lokasinya belum siap. Pemkab Lombok Utara akan membuka MPP sementara di Pasar Tanjung.")
    assert {(m[0], m[1]) for m in facts(nlp, text, datetime(2025, 9, 1))} == {(R("kabupaten", "Lombok Utara"), "planned")}


def test_starting_to_operate_is_the_opening(nlp):
    text = ("Pemerintah Kota Lhokseumawe mulai mengoperasikan Mal Pelayanan Publik di lantai 2 Pasar Inpres, "
            "Senin (4/11/2019).")
    assert facts(nlp, text) == {(R("kota", "Lhokseumawe"), "operating", 2019), (R("kota", "Lhokseumawe"), "launched", 2019)}
    text = "Pemerintah Kota Lhokseumawe akan mulai mengoperasikan Mal Pelayanan Publik pada 2020."
    assert facts(nlp, text, datetime(2019, 6, 1)) == {(R("kota", "Lhokseumawe"), "planned", 2020)}


def test_a_misspelt_mpp_is_still_named(nlp):
    text = "Wali Kota Lhokseumawe meresmikan Mal Pelayan Publik Kota Lhokseumawe, Senin (4/11/2019)."
    assert facts(nlp, text) == {(R("kota", "Lhokseumawe"), "launched", 2019)}


def test_a_start_dated_by_a_later_month_of_this_year_is_a_plan(nlp):
    text = "\u201cMPP Kabupaten Poso sudah mulai beroperasi di bulan Oktober tahun ini,\u201d kata Bupati."
    assert facts(nlp, text, datetime(2023, 6, 8)) == {(R("kabupaten", "Poso"), "planned", 2023)}
    assert facts(nlp, text, datetime(2023, 11, 8)) == {(R("kabupaten", "Poso"), "operating", 2023),
                                                       (R("kabupaten", "Poso"), "launched", 2023)}


def test_a_launch_list_on_bullet_lines_after_an_opener(nlp):
    text = ("Menteri PANRB meresmikan tiga MPP secara serentak, Selasa (8/10/2024). MPP yang diresmikan meliputi:\n"
            "- Kabupaten Banjar\n- Kota Banjarbaru\n- Kabupaten Tapin\nAcara berlangsung di Jakarta.")
    assert facts(nlp, text) == {(R("kabupaten", "Banjar", "Kalimantan Selatan"), "launched", 2024),
                                (R("kota", "Banjarbaru"), "launched", 2024), (R("kabupaten", "Tapin"), "launched", 2024)}


def test_a_list_resumed_with_a_connective_after_a_coordinated_list(nlp):
    text = ("Peresmian serentak itu mencakup MPP di Kabupaten Banjar, Kota Banjarbaru, Kabupaten Tapin.\n"
            "Kemudian Kabupaten Balangan, Kabupaten Tabalong dan Kota Banjarmasin.")
    got = {(m[0], m[1]) for m in facts(nlp, text, datetime(2024, 10, 8))}
    assert got == {(R(k, n, "Kalimantan Selatan") if n == "Banjar" else R(k, n), "launched") for k, n in [
        ("kabupaten", "Banjar"), ("kota", "Banjarbaru"), ("kabupaten", "Tapin"), ("kabupaten", "Balangan"),
        ("kabupaten", "Tabalong"), ("kota", "Banjarmasin")]}
