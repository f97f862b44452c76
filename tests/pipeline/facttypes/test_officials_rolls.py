"""Officials in the shapes of the fifth accuracy round (issue 12, phase 5: error classes read on all
five development sets). Every sentence is written for this test: invented names and events, real
places. Each case: text, then the expected officials as (name, category, place), place the region
code, else the province code, else None. Names compare as the scorer compares them.
"""
from __future__ import annotations

import pytest

from pipeline.facts import tag_text
from tests.pipeline.facttypes.test_officials_names import _found, _key


NAME_CASES = [
    # --- Palembang's Kiagus and Kemas belong to the name, dotted or not ---------------------------
    ("Plt Kepala Perwakilan Ombudsman RI Sumatera Selatan, Kgs. Ahmad Rizal, menjelaskan hal itu.",
     [("Kgs. Ahmad Rizal", "ombudsman", "16")]),
    ("Kepala Dinas Sosial Kota Palembang Kgs Hendra Saputra membuka rapat.",
     [("Kgs Hendra Saputra", "perangkat_daerah", "16.71")]),
    ("Sekda Kota Palembang, Kms. Rudi Hartawan, hadir dalam acara itu.",
     [("Kms. Rudi Hartawan", "sekda", "16.71")]),
    ("Menurut Kgs. Ahmad Rizal, Kepala Perwakilan Ombudsman RI Sumatera Selatan, laporan naik.",
     [("Kgs. Ahmad Rizal", "ombudsman", "16")]),
    # --- the root words of an agency's field and a glued information agency are no names ----------
    ("Adapun Budiman, Sekretaris Dinas Energi dan Sumber Daya Mineral Aceh menjadi Kepala Dinas "
     "Energi dan Sumber Daya Mineral Aceh.",
     [("Budiman", "perangkat_daerah", "11")]),
    ("Ombudsman memberikan saran kepada Plt. Kepala Kantor Wilayah (Kakanwil) Badan Pertanahan Nasional "
     "(BPN) Provinsi Jateng.", []),
    ("Plt. Kepala Kantor Wilayah Badan Pertanahan Nasional Provinsi Jawa Tengah, Budi Santoso, hadir.",
     [("Budi Santoso", "pusat", "33")]),
    ('"Pengukuhan besok pagi," kata Kadis Kominfotik Rudi Hartanto dalam keterangannya, Senin.',
     [("Rudi Hartanto", "perangkat_daerah", None)]),
    ("Kepala Dinas Pariwisata dan Ekonomi Kreatif Kota Bukittinggi, Rina Marlina, hadir.",
     [("Rina Marlina", "perangkat_daerah", "13.75")]),
    # --- a province's name cut short right after a title: the name follows ------------------------
    ("Peresmian dilakukan langsung Gubernur Sumatera Budi Hartanto.",
     [("Budi Hartanto", "kepala_daerah", None)]),
    ("Acara dibuka Gubernur Kalimantan Rudi Saputra Wijaya di Palangka Raya.",
     [("Rudi Saputra Wijaya", "kepala_daerah", "62")]),
    # …the full province stays the place, and a name of two words after a cut-short province is read
    # as written
    ("Gubernur Sumatera Utara, Budi Hartanto hadir.", [("Budi Hartanto", "kepala_daerah", "12")]),
    ("Gubernur Jawa Tengah Budi Hartanto hadir.", [("Budi Hartanto", "kepala_daerah", "33")]),
    # --- a text cut off inside its last line: the line is a sentence in progress, not a headline --
    ("Acara itu dihadiri banyak pejabat.\nWakil Wali Kota Tebingtinggi Oki Dan",
     [("Oki Dan", "wakil_kepala_daerah", "12.76")]),
    ("Acara itu dihadiri banyak pejabat.\nKepala Dinas Kesehatan Kota Medan Rina Sari Dewi",
     [("Rina Sari Dewi", "perangkat_daerah", "12.71")]),
]

APPOINTMENT_CASES = [
    # --- "Penjabat Sementara (Pjs)" is an acting prefix like "Pelaksana Tugas (Plt)" --------------
    ("Asisten II Bidang Perekonomian Setda Provinsi Jambi, Dr. H. Rudi Hartono, S.Sos., M.Si. resmi "
     "dilantik sebagai Penjabat Sementara (Pjs) Bupati Kerinci oleh Gubernur Jambi, Budi, di Jambi.",
     [("Rudi Hartono", "kepala_daerah", "15.01"), ("Budi", "kepala_daerah", "15")]),
    ("Rudi Hartono dikukuhkan menjadi Penjabat Sementara Bupati Kerinci.",
     [("Rudi Hartono", "kepala_daerah", "15.01")]),
    ("Penjabat Sementara Wali Kota Jambi, Ahmad Yani, membuka rapat.",
     [("Ahmad Yani", "kepala_daerah", "15.71")]),
    # --- the former office in apposition between the name and "dikukuhkan / dilantik sebagai" -----
    ("Penjabat Sementara yang dilantik diantaranya,Hasan Basri, Kepala Dinas Pariwisata Provinsi Maluku "
     "Utara dikukuhkan sebagai Penjabat Sementara Walikota Ternate, Yosef Tan, M.Si., Kepala Dinas "
     "Pangan Provinsi Maluku Utara dikukuhkan sebagai Penjabat Sementara Bupati Halmahera Barat.",
     [("Hasan Basri", "kepala_daerah", "82.71"), ("Yosef Tan", "kepala_daerah", "82.01")]),
    ("Selanjutnya Rahmat Hidayat, Kepala Badan Kepegawaian Provinsi Gorontalo dilantik sebagai Pjs "
     "Bupati Boalemo.",
     [("Rahmat Hidayat", "kepala_daerah", "75.02")]),
    ("Dewi Sartika, Asisten Pemerintahan Setda Provinsi Lampung ditunjuk menjadi Pj Bupati Tanggamus.",
     [("Dewi Sartika", "kepala_daerah", "18.06")]),
    # …an office that ends in its own holder's name keeps that holder
    ("Pj Bupati Seruyan diduduki Sekda Kabupaten Budi Noor, Sekda Murung Raya Hartono selaku Pj Bupati "
     "Murung Raya.",
     [("Budi Noor", "kepala_daerah", "62.07"), ("Hartono", "kepala_daerah", "62.12")]),
    # --- "yang saat ini menjabat sebagai" links a name to its office -----------------------------
    ("Sementara itu, Mahmud, yang saat ini menjabat sebagai Kepala Badan Kesatuan Bangsa dan Politik "
     "Kabupaten Tuban, menerima hasil seleksi.",
     [("Mahmud", "perangkat_daerah", "35.23")]),
    ("Rina Wati yang saat ini menjabat Kepala Dinas Sosial Kota Kediri juga mendaftar.",
     [("Rina Wati", "perangkat_daerah", "35.71")]),
]

ROLL_CASES = [
    # --- a roll of members: bare titles after one link, the body told by the frame before ----------
    ("Presiden melantik sembilan anggota Ombudsman RI periode 2026-2031 di Istana Negara. Sembilan orang "
     "yang dilantik adalah Budi Hartanto sebagai Ketua, dan Rini Wulandari sebagai Wakil Ketua. Kemudian, "
     "Agus Salim Wijaya, Hendra Gunawan, Maria Ulfa sebagai anggota.",
     [("Budi Hartanto", "ombudsman", None), ("Rini Wulandari", "ombudsman", None),
      ("Agus Salim Wijaya", "ombudsman", None), ("Hendra Gunawan", "ombudsman", None),
      ("Maria Ulfa", "ombudsman", None)]),
    # …the body of a region, its place after it; "masing-masing" between the names and the link
    ("Pimpinan DPRD Kabupaten Kolaka Timur periode 2024-2029 resmi dilantik. Rudi Hartono sebagai Ketua, "
     "sedangkan Ahmad Yani dan Made Sutarja masing-masing sebagai Wakil Ketua.",
     [("Rudi Hartono", "legislatif", "74.11"), ("Ahmad Yani", "legislatif", "74.11"),
      ("Made Sutarja", "legislatif", "74.11")]),
    # …one name a line after a frame two sentences back, "menjadi" as the link
    ("Sumpah jabatan anggota Ombudsman RI digelar hari ini.\nAcara berlangsung khidmat.\n"
     "Yohana Sari menjadi Ketua, Petrus Lado menjadi Wakil Ketua.",
     [("Yohana Sari", "ombudsman", None), ("Petrus Lado", "ombudsman", None)]),
    # …names joined by "serta", the list after "yakni"
    ("Tiga pengganti antarwaktu DPRD Kota Kendari dilantik, yakni Andi Saputra, Laode Hasan serta Wa Ode Nur "
     "sebagai anggota.",
     [("Andi Saputra", "legislatif", "74.71"), ("Laode Hasan", "legislatif", "74.71"),
      ("Wa Ode Nur", "legislatif", "74.71")]),
    # --- names listed before one link to a full title hold it each ---------------------------------
    ("Gubernur melantik Budi Santoso, Rudi Hartono dan Hasan Basri sebagai Kepala Dinas di lingkungan Pemprov Jambi.",
     [("Budi Santoso", "perangkat_daerah", "15"), ("Rudi Hartono", "perangkat_daerah", "15"),
      ("Hasan Basri", "perangkat_daerah", "15")]),
    # …a title before a listed name ends the list: each holder keeps the office told with them
    ("Bupati Sleman Kustini, Wakil Bupati Danang, dan Budi sebagai anggota Ombudsman.",
     [("Kustini", "kepala_daerah", "34.04"), ("Danang", "wakil_kepala_daerah", "34.04"),
      ("Budi", "ombudsman", None)]),
]

PAIR_LIST_CASES = [
    # --- "kepala daerah" enumerated as "Head dan Deputy dari/(Place)" items: the second the deputy ---
    ("Kepala daerah yang mengambil cuti termasuk Andi Saputra dan Budi Rahman dari Kota Jambi, Hasan Basri "
     "dan Rudi Wijaya dari Kerinci, serta Yusuf Halim dari Tebo.",
     [("Andi Saputra", "kepala_daerah", "15.71"), ("Budi Rahman", "wakil_kepala_daerah", "15.71"),
      ("Hasan Basri", "kepala_daerah", "15.01"), ("Rudi Wijaya", "wakil_kepala_daerah", "15.01"),
      ("Yusuf Halim", "kepala_daerah", "15.09")]),
    ("Kepala daerah yang dilantik yaitu Budi Santoso dan Ahmad Yani (Kapuas), serta Rudi Hartono (Katingan).",
     [("Budi Santoso", "kepala_daerah", "62.03"), ("Ahmad Yani", "wakil_kepala_daerah", "62.03"),
      ("Rudi Hartono", "kepala_daerah", "62.06")]),
    # …one holder an item, each with a place, joined by "dan"
    ("Kepala daerah yang hadir antara lain Andi Saputra dari Kota Jambi dan Yusuf Halim dari Tebo.",
     [("Andi Saputra", "kepala_daerah", "15.71"), ("Yusuf Halim", "kepala_daerah", "15.09")]),
    # …a title naming none before the list: pairs joined by "dan" as by a dash
    ("Adapun bupati dan wakil bupati yang dilantik yakni Budi Santoso dan Ahmad Yani (Kapuas), Rudi "
     "Hartono-Hasan Basri (Katingan).",
     [("Budi Santoso", "kepala_daerah", "62.03"), ("Ahmad Yani", "wakil_kepala_daerah", "62.03"),
      ("Rudi Hartono", "kepala_daerah", "62.06"), ("Hasan Basri", "wakil_kepala_daerah", "62.06")]),
]

PLACE_CASES = [
    # --- a secretary or agency head with no place, in an article about a province's seat: the
    # province's when the sentence names the province's offices and no kabupaten/kota -------------
    ("PALANGKA RAYA - Gubernur Kalimantan Tengah melantik sepuluh penjabat di Kota Palangka Raya. Pelantikan "
     "itu dihadiri Wakil Gubernur, Budi Santoso, Ketua DPRD Provinsi, Rudi Hartono, Sekretaris Daerah, Hasan "
     "Basri dan pejabat lainnya.",
     [("Budi Santoso", "wakil_kepala_daerah", "62"), ("Rudi Hartono", "legislatif", "62"),
      ("Hasan Basri", "sekda", "62")]),
    ('GORONTALO - Pemerintah Provinsi Gorontalo menyiapkan pengukuhan tiga Pjs bupati. "Pengukuhan besok di '
     'Aula Rujab Gubernur," kata Kadis Kominfotik Rudi Hartanto dalam keterangannya.',
     [("Rudi Hartanto", "perangkat_daerah", "75")]),
    ("SAMARINDA - Wakil Gubernur Kaltim membuka rapat di Samarinda. Acara itu juga dihadiri Kepala Biro Umum, "
     "Rina Sari, dan Kepala Dinas Sosial, Budi Santoso.",
     [("Rina Sari", "perangkat_daerah", "64"), ("Budi Santoso", "perangkat_daerah", "64")]),
    # …an article with no main kabupaten/kota: the province's
    ("Pemerintah Provinsi Jambi menggelar rapat. Kepala Dinas Sosial, Budi Santoso, hadir.",
     [("Budi Santoso", "perangkat_daerah", "15")]),
    # …but the city's own: a city that is no seat, a sentence with no provincial office, a sentence
    # naming the city
    ("BITUNG - Pemkot Bitung menggelar rapat di Kota Bitung. Gubernur didampingi Sekretaris Daerah, Budi Santoso.",
     [("Budi Santoso", "sekda", "71.72")]),
    ("PALU - Pemkot Palu menyalurkan bantuan di Kota Palu. Kepala Dinas Sosial, Budi Santoso, mengatakan "
     "bantuan disalurkan hari ini.",
     [("Budi Santoso", "perangkat_daerah", "72.71")]),
    ("PALU - Kota Palu bersiap menyambut tamu di Kota Palu. Sekda Budi Santoso mengatakan Pemkot Palu siap "
     "membantu Gubernur.",
     [("Budi Santoso", "sekda", "72.71")]),
]

REPRESENTATIVE_CASES = [
    # --- a regional secretariat's numbered assistant standing in for a head: the head's government,
    # not the Ombudsman the sentence also names -----------------------------------------------------
    ("TANJUNG SELOR – Gubernur Kalimantan Utara (Kaltara), Drs. H. Budi Santoso, SH. diwakili oleh Asisten I "
     "Bidang Pemerintahan dan Kesejahteraan Rakyat, Rudi Hartono,S.Sos, M.Si., menerima langsung Kepala "
     "Ombudsman RI Perwakilan Kaltara, Maria Ulfa.",
     [("Budi Santoso", "kepala_daerah", "65"), ("Rudi Hartono", "perangkat_daerah", "65"),
      ("Maria Ulfa", "ombudsman", "65")]),
    ("Penyerahan piagam oleh Ketua Ombudsman RI Budi Santoso kepada Bupati Sidoarjo Ahmad Yani yang diwakili "
     "Asisten III dr. Rudi Hartono di Surabaya.",
     [("Budi Santoso", "ombudsman", None), ("Ahmad Yani", "kepala_daerah", "35.15"),
      ("Rudi Hartono", "perangkat_daerah", "35.15")]),
    ("Wali Kota Malang diwakili Kepala Dinas Sosial, Rina Sari, dalam acara di Kota Batu.",
     [("Rina Sari", "perangkat_daerah", "35.73")]),
    ("Bupati Sleman diwakili oleh Asisten II, Rina Sari, saat menerima tim Ombudsman RI Perwakilan DIY.",
     [("Rina Sari", "perangkat_daerah", "34.04")]),
    # …an Ombudsman assistant (no numeral) in an Ombudsman sentence stays the Ombudsman's
    ("Asisten Bidang Pencegahan, Rina Sari mengatakan, Ombudsman Perwakilan NTB menerima laporan.",
     [("Rina Sari", "ombudsman", "52")]),
]

CLAUSE_CASES = [
    # --- a purpose clause after a comma: the office after it is not the name's before the comma ------
    ("Tahap berikutnya adalah penentuan satu nama terbaik oleh Bupati Tuban, Budi Santoso, untuk ditetapkan "
     "sebagai sekretaris daerah definitif.",
     [("Budi Santoso", "kepala_daerah", "35.23")]),
    ("Pansel mengusulkan tiga nama kepada Wali Kota Kediri, Rina Sari, untuk dilantik menjadi Kepala Dinas Sosial.",
     [("Rina Sari", "kepala_daerah", "35.71")]),
    ("Hasil seleksi diserahkan kepada Gubernur Jambi, Ahmad Yani, guna ditetapkan sebagai Sekda Provinsi Jambi.",
     [("Ahmad Yani", "kepala_daerah", "15")]),
    # …while an appointment of the subject stays the subject's
    ("Budi Santoso, yang dilantik sebagai Sekda Tuban, hadir.", [("Budi Santoso", "sekda", "35.23")]),
    ("Wakil Bupati Tuban, Budi Santoso, hari ini dilantik sebagai Bupati definitif Tuban.",
     [("Budi Santoso", "kepala_daerah", "35.23")]),
    # --- a headline ending in a title: the byline on the next line names no holder ------------------
    ("Gubernur NTT Usulkan Dua Nama Penjabat Bupati ke Mendagri\nDjemi Amnifu - detikBali\nKupang -\n"
     "Pemerintah Provinsi NTT mengusulkan dua nama.", []),
    ("Wali Kota Kupang Lantik Pejabat Baru di Kantor Wali Kota\nYohanes Bria - Kupang\nPelantikan berjalan lancar.",
     []),
    # …a title hard-wrapped inside a sentence keeps its name on the next line
    ("Rombongan dipimpin Kepala Perwakilan Provinsi Kaltim,\nMulyadin. Turut hadir pejabat lain.",
     [("Mulyadin", "perangkat_daerah", "64")]),
]

OMBUDSMAN_CASES = [
    # --- "ORI pusat", "Ombudsman RI pusat": the national office, its member named after it ----------
    ("Kepala Ombudsman Bali, Ni Made Sari (kanan) bersama anggota ORI pusat Robert Tanu (kiri).",
     [("Ni Made Sari", "ombudsman", "51"), ("Robert Tanu", "ombudsman", None)]),
    ("Penilaian dipimpin Anggota Ombudsman RI pusat, Yohanes Lado, di Kota Kupang.",
     [("Yohanes Lado", "ombudsman", None)]),
    ("Kantor Ombudsman pusat di Jakarta menerima laporan.", []),
    # --- the Ombudsman's assistants' ranks make an assistant the Ombudsman's ------------------------
    ("Sementara itu, Eni Sartika sebagai Asisten Pratama II menambahkan ada dua OPD di Pemprov Banten yang "
     "masuk zona kuning.",
     [("Eni Sartika", "ombudsman", "36")]),
    ("Asisten Madya Rudi Hartono menjelaskan temuan di Kabupaten Lebak, Banten.",
     [("Rudi Hartono", "ombudsman", "36")]),
    # --- the passive prefix written apart: "di lantik", "di amanah kan" ------------------------------
    ("Konawe Utara – Herman Setiawan di amanah kan sebagai Ketua Dewan Perwakilan Rakyat Daerah (DPRD) "
     "Kabupaten Konawe Utara.",
     [("Herman Setiawan", "legislatif", "74.09")]),
    ("Budi Santoso di lantik sebagai Pj Bupati Kerinci oleh gubernur.", [("Budi Santoso", "kepala_daerah", "15.01")]),
    ("Rina Sari yang di tunjuk menjadi Plt Kepala Dinas Sosial Kota Jambi hadir.",
     [("Rina Sari", "perangkat_daerah", "15.71")]),
]

LINE_CASES = [
    # --- a place written in lower case after its kind or head word stays in the role ----------------
    ("Sedangkan masa jabatan Wali Kota Kupang, Jefri Kore dan Wakil Wali Kota kupang, Hermanus Mau baru akan "
     "berakhir Agustus 2022 nanti.",
     [("Jefri Kore", "kepala_daerah", "53.71"), ("Hermanus Mau", "wakil_kepala_daerah", "53.71")]),
    ("Acara itu dibuka Bupati sleman, Rina Sari, di Kabupaten Sleman.", [("Rina Sari", "kepala_daerah", "34.04")]),
    ("Kepala Dinas Sosial Kota padang, Budi Santoso, menyalurkan bantuan di Kota Padang.",
     [("Budi Santoso", "perangkat_daerah", "13.71")]),
    # --- a hard-wrapped sentence: its Title Case lines are no headlines ------------------------------
    ("Rombongan Ombudsman dipimpin Kepala Perwakilan Provinsi Kaltim,\nMulyadin. Turut hadir Sekretaris Badan "
     "Pengawas Kabupaten (Bawaskab) Kukar\nHerry Polo dan Kepala Bagian Organisasi dan Tata Laksana Setkab Kukar "
     "Pipin\nIndrayani.\nKunjungan tersebut terkait koordinasi.",
     [("Mulyadin", "ombudsman", "64"), ("Herry Polo", "perangkat_daerah", "64.02"),
      ("Pipin Indrayani", "perangkat_daerah", "64.02")]),
    # …while a headline after a line with no prose stays a headline
    ("Beranda\nBupati Sleman Kustini Resmikan Gedung Baru\nBupati Sleman, Kustini Sri Purnomo meresmikan gedung.",
     [("Kustini Sri Purnomo", "kepala_daerah", "34.04")]),
]

MERGE_CASES = [
    # --- two holders of one kind of office in two places, one name the start of the other: two people
    ("Mereka menggantikan Bupati dan Wakil Bupati Kabupaten Pringsewu Sujadi Saddat dan Fauzi, Bupati Tulang "
     "Bawang Barat Umar Ahmad dan wakilnya, Fauzi Hasan, yang telah menyelesaikan masa jabatannya.",
     [("Sujadi Saddat", "kepala_daerah", "18.10"), ("Fauzi", "wakil_kepala_daerah", "18.10"),
      ("Umar Ahmad", "kepala_daerah", "18.12"), ("Fauzi Hasan", "wakil_kepala_daerah", "18.12")]),
    ("Bupati Kapuas Budi Santoso hadir. Bupati Katingan Budi juga hadir.",
     [("Budi Santoso", "kepala_daerah", "62.03"), ("Budi", "kepala_daerah", "62.06")]),
    ("Wakil Wali Kota Palu Ahmad hadir bersama Wakil Wali Kota Kendari Ahmad Yani.",
     [("Ahmad", "wakil_kepala_daerah", "72.71"), ("Ahmad Yani", "wakil_kepala_daerah", "74.71")]),
    # …but one person's former and new office, or one office told twice, stay one person
    ("Budi Santoso, Kepala Dinas Sosial Kabupaten Kapuas, dilantik sebagai Pj Bupati Katingan. Pj Bupati "
     "Katingan Budi mengatakan siap.",
     [("Budi Santoso", "kepala_daerah", "62.06")]),
    ("Bupati Kapuas Budi Santoso hadir. Menurut Bupati Budi, layanan harus cepat.",
     [("Budi Santoso", "kepala_daerah", "62.03")]),
]

SHAPE_CASES = MERGE_CASES + LINE_CASES + OMBUDSMAN_CASES + ROLL_CASES + PAIR_LIST_CASES + PLACE_CASES + REPRESENTATIVE_CASES + CLAUSE_CASES

ROLL_NEGATIVES = [
    # "kepala daerah" with no enumeration opener, or items with no place
    "Kepala daerah mengapresiasi Budi Santoso dari Kota Jambi.",
    "Kepala daerah diminta menemui Budi Santoso dan Ahmad Yani di Kota Jambi.",
    "Kepala daerah yang hadir yaitu Budi Santoso dan Ahmad Yani.",
    # a bare member's title with no body told before, or followed by another body's name
    "Budi Santoso sebagai Ketua, dan Rini Wulandari sebagai Wakil Ketua.",
    "Rapat dipimpin Budi sebagai ketua tim. Ombudsman hadir.",
    "Panitia dibentuk Ombudsman. Budi Santoso sebagai Ketua Panitia.",
    # a bare member's title with no link to a name
    "Anggota Ombudsman RI hadir. Ketua, Budi Santoso, membuka rapat.",
]


@pytest.mark.parametrize("text,expected", SHAPE_CASES,
                         ids=[c[0][:40] for c in SHAPE_CASES])
def test_officials_roll_shapes(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}


@pytest.mark.parametrize("text", ROLL_NEGATIVES, ids=[t[:40] for t in ROLL_NEGATIVES])
def test_no_roll(text):
    assert tag_text(text).officials == []


@pytest.mark.parametrize("text,expected", NAME_CASES + APPOINTMENT_CASES,
                         ids=[c[0][:40] for c in NAME_CASES + APPOINTMENT_CASES])
def test_officials_rolls(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}


def test_sementara_alone_is_no_acting_prefix():
    # "sementara" opens an acting title only after "Penjabat"; alone it is "meanwhile"
    (found,) = tag_text("Sementara Bupati Kerinci, Budi Santoso, menyambut baik.").officials
    assert (found.name, found.role, found.category) == ("Budi Santoso", "Bupati Kerinci", "kepala_daerah")
    (found,) = tag_text("Penjabat Sementara (Pjs) Bupati Kerinci, Budi Santoso, hadir.").officials
    assert found.role == "Penjabat Sementara (Pjs) Bupati Kerinci"
