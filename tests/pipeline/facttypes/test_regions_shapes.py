"""warta_regions on the shapes real regional news writes places in (issue 12: error classes seen on
real articles). Sentences are written for these tests; each case gives the exact set of region codes
and province codes the text refers to."""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_regions import check


@pytest.mark.parametrize("text, regions, provinces", [
    # a bare Jakarta is the province, as a venue or a dateline, also after the portal's name
    ("Penghargaan diserahkan di Jakarta, Rabu (29/12/2021).", set(), {"31"}),
    ("Acara digelar di Hotel Borobudur Jakarta, Kamis.", set(), {"31"}),
    ("KABARSULSEL.COM, JAKARTA - Ombudsman RI menyerahkan hasil penilaian.", set(), {"31"}),
    ("Jakarta Pusat dan Jakarta Barat masuk zona kuning.", {"31.71", "31.73"}, set()),
    # the press spelling of Yogyakarta in the province's name
    ("Provinsi yang masuk zona kuning adalah Banten, DI Jogjakarta dan Bali.", set(), {"36", "34", "51"}),
    # a province named in brackets after a region, also where its name is the region's too
    ("Daerah itu antara lain Kota Gorontalo, Bone Bolango (Gorontalo) dan Kota Ambon (Maluku).",
     {"75.71", "75.03", "81.71"}, {"75", "81"}),
    # a bare name in a list of provinces is the province
    ("Posisinya di bawah Aceh, Kalimantan Barat, Jambi, dan Banten.", set(), {"11", "61", "15", "36"}),
    # a list grouped by province: the name before the colon is the province, a bare name after it a kabupaten
    ("Daerah zona merah:\n1. Jambi: Kota Jambi\n2. Jambi: Muaro Jambi\n3. Jawa Tengah: Tegal\n4. Bengkulu: Kaur",
     {"15.71", "15.05", "33.28", "17.04"}, {"15", "33", "17"}),
    ("Hasilnya: Jawa Barat: Bandung, Jawa Tengah: Kota Semarang.", {"32.04", "33.74"}, {"32", "33"}),
    # the outlet's name in brackets after a dateline names no place
    ("Mataram (NTB Satu) – Pemerintah Kota Bima menggelar rapat koordinasi.", {"52.71", "52.72"}, set()),
    ("Kendari (Sultra Terkini) - Ombudsman menerima laporan warga Kota Baubau.", {"74.71", "74.72"}, set()),
    # the latest-news links under their heading name no place of the article
    ("Pemerintah Kota Bima menggelar rapat koordinasi MPP.\nBerita Terkini:\n- Gempa di NTB: Warga Diminta Waspada",
     {"52.72"}, set()),
    # the Ombudsman's name for its DKI Jakarta office
    ("Ombudsman RI Perwakilan Jakarta Raya menerima laporan itu pekan lalu.", set(), {"31"}),
    ("Kepala perwakilan baru dilantik untuk Kepulauan Riau, Jakarta Raya dan Jawa Tengah.", set(), {"21", "31", "33"}),
])
def test_provinces(nlp, text, regions, provinces):
    check(nlp, text, regions, provinces)


@pytest.mark.parametrize("text, regions, provinces", [
    # later words of a name in lower case, after a cue or in a name of more than common words
    ("Nilai terendah diraih Kabupaten Labuhan batu dan Kabupaten Pakpak bharat.", {"12.10", "12.15"}, set()),
    ("Ombudsman juga menyinggung Kepulauan riau.", set(), {"21"}),
    ("Hasil tambang batu bara dikirim lewat sungai.", set(), set()),
    # a name whose first word is in lower case: a name only right after a head written with a capital
    ("MPP sudah berdiri di Kabupaten Tapin, Kota banjarmasin dan Kabupaten hulu Sungai Utara.",
     {"63.05", "63.71", "63.08"}, set()),
    ("Pemkot batu menata alun-alun.", {"35.79"}, set()),
    ("Warga membawa batu dan pasir ke kota batu itu.", set(), set()),
    ("Para petani kota tanah laut itu pulang.", set(), set()),
    # a number glued to the next item
    ("Laporan per daerah: Kabupaten Poso 12, Donggala 40,Sigi 7, Kota Palu 21.",
     {"72.02", "72.03", "72.10", "72.71"}, set()),
    ("Peringkatnya: 1.Kabupaten Sambas dan 2.Kota Singkawang.", {"61.01", "61.72"}, set()),
    # a bare name in a list of kabupaten, where only the kota of that name is in the article's province
    ("Yang disurvei yaitu Kabupaten Bandung, Kabupaten Bandung Barat, Purwakarta, Banjar, dan Cimahi.",
     {"32.04", "32.17", "32.14", "32.79", "32.77"}, set()),
    # police commands: Polres is the kabupaten's, Polresta and "X Kota" the kota's
    ("Penghargaan diberikan kepada Polres Kediri, Polres Blitar Kota dan Polresta Malang.",
     {"35.06", "35.72", "35.73"}, set()),
    # "Walkot", an abbreviation of wali kota
    ("Walkot Bekasi meninjau gerai itu.", {"32.75"}, set()),
    # a place word that ends a person's name
    ("Penilaian dihadiri Yohanes Ambon selaku Asisten Ombudsman di Kabupaten Kepulauan Yapen.",
     {"91.05"}, set()),
    # a teaser of another article: a portal's name, a dash, an ellipsis
    ("Pemkab Boalemo meraih zona hijau.\nKABARGORONTALO.ID - Bawaslu Kota Gorontalo memetakan kerawanan di…",
     {"75.02"}, set()),
])
def test_regions(nlp, text, regions, provinces):
    check(nlp, text, regions, provinces)


# a hill's or a custom's name is no reference to the place it contains (sentences of our own)
@pytest.mark.parametrize("text,regions,provinces", [
    ("Karnaval digelar di Desa Bukit Pariaman. Bupati Kutai Kartanegara ikut hadir.", {"64.02"}, set()),
    ("Di gedung itu disediakan pelaminan dengan adat Aceh, kata Wali Kota Banda Aceh.", {"11.71"}, set()),
    ("Warga Bukittinggi dan Kota Pariaman hadir dalam acara itu.", {"13.75", "13.77"}, set()),
])
def test_hill_and_custom_are_no_reference(nlp, text, regions, provinces):
    check(nlp, text, regions, provinces)


# --- a national list of examples: bare names across provinces (final6) ------------------------------
@pytest.mark.parametrize("text, regions", [
    # a risky name and a kabupaten/kota pair among places of several provinces: the list's places
    ("Pemkot Bengkulu sedang menyiapkan mal pelayanan publik. Untuk tingkat kota misalnya di Pekanbaru, Padang, "
     "Banyuwangi, Bandung.", {"17.71", "14.71", "13.71", "35.10", "32.73"}),
])
def test_a_national_list_of_examples_keeps_its_namesakes(nlp, text, regions):
    check(nlp, text, regions, set())


@pytest.mark.parametrize("text, regions", [
    # a list within one province keeps the article's reading; a bare pair name outside a list stays a namesake
    ("Pemkot Bengkulu sedang menyiapkan mal pelayanan publik, meniru pelayanan di Bandung.", {"17.71"}),
    ("Pemkot Bengkulu dan Pemkab Seluma meninjau mal pelayanan publik. Rombongan juga singgah di Padang.",
     {"17.71", "17.05"}),
])
def test_no_namesake_outside_a_national_list(nlp, text, regions):
    check(nlp, text, regions, set())


@pytest.mark.parametrize("text, regions", [
    # a dateline naming one of a kabupaten/kota pair is the one the article names (final7)
    ("SERANG – Bupati Serang melantik sepuluh camat di pendopo. Pejabat Pemkab Serang turut hadir.", {"36.04"}),
    ("SERANG – Wali Kota Serang membuka pasar murah di alun-alun kota.", {"36.73"}),
    # a dateline alone, or beside both, stays the kota
    ("SERANG – Gubernur Banten membuka pasar murah di alun-alun.", {"36.73"}),
    ("SERANG – Pemkab Serang dan Pemkot Serang menandatangani kerja sama air bersih.", {"36.04", "36.73"}),
    # … named as a government or an office; a pair member named only as a place (an address) leaves the
    # dateline the kota (final8)
    ("Serang (ANTARA) – Guru SD Cikande, Kabupaten Serang, dilantik Gubernur Banten menjadi kepala dinas.",
     {"36.04", "36.73"}),
    ("SERANG – Kepala Dinas Kesehatan Kabupaten Serang membuka posyandu di Cikande.", {"36.04"}),
])
def test_a_datelines_pair_name_is_the_one_the_article_names(nlp, text, regions):
    check(nlp, text, regions, {"36"} if "Banten" in text else set())


@pytest.mark.parametrize("text, regions, provinces", [
    # OKI, the Organisasi Kerja Sama Islam, in a story of another province is no regency (final7)
    ("Peresmian MPP Batam ditunda karena Presiden menghadiri pertemuan OKI yang digelar mendadak.", {"21.71"}, set()),
    # the regency by its cue, or in a story of Sumatera Selatan
    ("Pemkab OKI meraih zona hijau dari Ombudsman.", {"16.02"}, set()),
    ("Ombudsman Sumsel menyebut OKI kembali meraih nilai tertinggi.", {"16.02"}, {"16"}),
])
def test_oki_is_the_regency_only_with_a_cue_or_its_province(nlp, text, regions, provinces):
    check(nlp, text, regions, provinces)


@pytest.mark.parametrize("text, regions", [
    # after an office, a word that would end an organisation's name ("Indah", "Raya") opens the holder's name
    # (final5)
    ("Pelantikan dihadiri Bupati Dompu dan Bupati Bima Indah Permatasari di Mataram.", {"52.05", "52.06", "52.71"}),
    # … elsewhere it still makes the name an organisation's or a place's own ("Bima Indah", a housing estate)
    ("Warga Perumahan Bima Indah mengeluhkan banjir.", set()),
])
def test_an_office_names_the_place_before_its_holder(nlp, text, regions):
    check(nlp, text, regions, set())


@pytest.mark.parametrize("text, regions", [
    # "Mineral dan Batubara" is the coal directorate's name, no regency (final4); the regency keeps its cue
    ("Dirjen Mineral dan Batubara Kementerian ESDM meninjau tambang.", set()),
    ("Dirjen Mineral dan Batubara bertemu Bupati Batubara di Lima Puluh.", {"12.19"}),
])
def test_the_coal_directorate_names_no_regency(nlp, text, regions):
    check(nlp, text, regions, set())


@pytest.mark.parametrize("text, regions", [
    # "Bintuni", the press's short form of Teluk Bintuni (final4), with an office's cue and bare
    ("Sekda Papua Barat melantik caretaker Bupati Bintuni di Manokwari.", {"92.06", "92.02"}),
    ("Warga Bintuni menyambut pembukaan jalan baru.", {"92.06"}),
])
def test_bintuni_is_teluk_bintuni(nlp, text, regions):
    check(nlp, text, regions, {"92"} if "Papua" in text else set())

