"""Officials in further shapes of real regional news (issue 12, phase 2: error classes read on the
second development set). Every sentence is written for this test: invented names and events, real
places. Each case: text, then the expected officials as (name, category, place), place the region
code, else the province code, else None. Names compare as the scorer compares them.
"""
from __future__ import annotations

import pytest

from pipeline.facts import tag_text
from tests.pipeline.facttypes.test_officials_names import _found, _key


CASES = [
    # --- a head and a deputy installed as a pair, titles joined by a hyphen or a slash -----------
    ("Bupati-Wakil Bupati Hulu Sungai Selatan (HSS) Darmadi Yusuf - Hendra Kusuma dilantik pagi ini.",
     [("Darmadi Yusuf", "kepala_daerah", "63.06"), ("Hendra Kusuma", "wakil_kepala_daerah", "63.06")]),
    ("Kemudian Bupati - wakil Bupati Kabupaten Tabalong Yusuf Hamdani - M Anwar juga dilantik.",
     [("Yusuf Hamdani", "kepala_daerah", "63.09"), ("M Anwar", "wakil_kepala_daerah", "63.09")]),
    ("Bupati/Wakil Bupati Tabalong, Yusuf Hamdani dan Marwan Anwar juga dilantik.",
     [("Yusuf Hamdani", "kepala_daerah", "63.09"), ("Marwan Anwar", "wakil_kepala_daerah", "63.09")]),
    # …the deputy's title after the head's place, the term or "sebelumnya" before the names
    ("Bupati Bangli dan Wakil Bupati Bangli periode 2016-2021, I Made Sukarta dan Anak Agung Gde "
     "Mahendra, hadir.",
     [("I Made Sukarta", "kepala_daerah", "51.06"), ("Anak Agung Gde Mahendra", "wakil_kepala_daerah", "51.06")]),
    ("Sekedar tahu, Bupati dan Wakil Bupati Buton sebelumnya, Umar Samiun dan La Bakry dilantik pada 2017.",
     [("Umar Samiun", "kepala_daerah", "74.04"), ("La Bakry", "wakil_kepala_daerah", "74.04")]),
    # two titles, each with its own name, stay two
    ("Bupati Sleman Kustini Sri Purnomo dan Wakil Bupati Sleman Danang Maharsa hadir.",
     [("Kustini Sri Purnomo", "kepala_daerah", "34.04"), ("Danang Maharsa", "wakil_kepala_daerah", "34.04")]),
    # --- one person written two ways for one office: one official, under the first spelling ------
    ("Pj Bupati Sigi Andi Rustam Efendi hadir. Dalam sambutannya, Pj Bupati Sigi Rustam Andi Efendi "
     "mengatakan hal itu.",
     [("Andi Rustam Efendi", "kepala_daerah", "72.10")]),
    ("Gubernur Gorontalo, Hamdi Rusli membuka acara. Menurut Gubernur Hamdy Rusli, layanan harus cepat.",
     [("Hamdi Rusli", "kepala_daerah", "75")]),
    ('Wakil Bupati Ende, Stefanus Dopo membuka acara. "Kami siap," ujar Wabup Stef Dopo. Menurut Wabup '
     'Stef, camat harus hadir.',
     [("Stefanus Dopo", "wakil_kepala_daerah", "53.08")]),
    ("Pj. Gubernur Bali, Sang Nyoman Wiratama Jaya hadir. Pj. Gubernur Bali, Wiratama jaya memasuki ruangan.",
     [("Sang Nyoman Wiratama Jaya", "kepala_daerah", "51")]),
    # …but two people of one office stay two
    ("Bupati Gianyar I Made Wirata dan Pj Bupati Gianyar I Made Santika bertemu.",
     [("I Made Wirata", "kepala_daerah", "51.04"), ("I Made Santika", "kepala_daerah", "51.04")]),
    # --- holders listed after a title naming none, each with its place ------------------------------
    ("Adapun bupati dan wakil bupati yang dilantik hari ini yakni Budi Santoso-Ahmad Yani (Kapuas), "
     "Rudi Hartono-Hasan Basri (Katingan), dan Yosef-Markus (Seruyan).",
     [("Budi Santoso", "kepala_daerah", "62.03"), ("Ahmad Yani", "wakil_kepala_daerah", "62.03"),
      ("Rudi Hartono", "kepala_daerah", "62.06"), ("Hasan Basri", "wakil_kepala_daerah", "62.06"),
      ("Yosef", "kepala_daerah", "62.07"), ("Markus", "wakil_kepala_daerah", "62.07")]),
    ("Sementara itu wali kota yang dilantik adalah Fajar Nugroho-Siti Aminah dari Kota Palangka Raya.",
     [("Fajar Nugroho", "kepala_daerah", "62.71"), ("Siti Aminah", "wakil_kepala_daerah", "62.71")]),
    ("Bupati yang hadir antara lain Darmawan (Lamandau) dan Yusuf Efendi (Sukamara).",
     [("Darmawan", "kepala_daerah", "62.09"), ("Yusuf Efendi", "kepala_daerah", "62.08")]),
    # --- rotations: degrees, the former office after "sebelumnya" / "jabatan lama", the new one ----
    ("Pejabat yang dilantik yaitu Rahmat Hidayat ST MSi (Kepala Dinas Perhubungan) dan Joko Susilo HD "
     "S Sos MSE (Asisten I Bidang Pemerintahan) di Kabupaten Lahat.",
     [("Rahmat Hidayat", "perangkat_daerah", "16.04"), ("Joko Susilo HD", "perangkat_daerah", "16.04")]),
    ("Kemudian Dedi Kurnia SSTP MSi sebelumnya Lurah Air Hitam dilantik menjadi Kepala Sub Bagian "
     "Protokol pada Sekretariat Daerah Kabupaten Lahat.",
     [("Dedi Kurnia", "perangkat_daerah", "16.04")]),
    ("Selanjutnya Andri Saputra SIP jabatan sebelumnya Kepala Sub Bagian Umum pada Sekretariat Daerah "
     "dilantik menjadi Kepala Bagian Umum pada Sekretariat Daerah Kabupaten Lahat.",
     [("Andri Saputra", "perangkat_daerah", "16.04")]),
    ("Selain itu Andi Wijaya SE KP sebelumnya Kasi Pembangunan pada Kantor Camat Merapi Barat dilantik "
     "menjadi Lurah Air Hitam Kecamatan Lahat Selatan.",
     [("Andi Wijaya", "camat_desa", None)]),
    # …while "jabatan" before the name itself is no former office
    ("Gubernur Jambi melantik dan mengambil sumpah jabatan Ahmad Fauzi sebagai Penjabat Bupati Kerinci "
     "di Kota Jambi.",
     [("Ahmad Fauzi", "kepala_daerah", "15.01")]),
    # a village's name opened by a toponym word that is also an organisation word ("Air")
    ("Kepala Desa Air Putih Sutarno hadir.", [("Sutarno", "camat_desa", None)]),
    ("Kepala Seksi Pelayanan pada Dinas Kependudukan Kota Bogor, Rina Marlina, membuka layanan.",
     [("Rina Marlina", "perangkat_daerah", "32.71")]),
    # --- an office filled through a passive verb: the name that ends the clause holds it ----------
    ("Untuk Pj Wali Kota Solok ditunjuk Direktur Penataan Peraturan Perundang-undangan Kemendagri RI "
     "Hendra Gunawan. Sedangkan Pj Wali Kota Sawahlunto ditunjuk Sekda Sawahlunto Rudi Budaya Hartawan.",
     [("Hendra Gunawan", "kepala_daerah", "13.72"), ("Rudi Budaya Hartawan", "kepala_daerah", "13.73")]),
    ("Selama bupati cuti, jabatan Plh Bupati Agam dijabat oleh Sekda Agam Edi Busti SE MM.",
     [("Edi Busti", "kepala_daerah", "13.06")]),
    # --- a link after a relative clause or a lost office ---------------------------------------------
    ("Wali Kota Bima, Budi Santoso menggantikan Rahmat Hidayat yang kini menjabat sebagai Kepala Bagian "
     "(Kabag) Organisasi Setda Kota Bima.",
     [("Budi Santoso", "kepala_daerah", "52.72"), ("Rahmat Hidayat", "perangkat_daerah", "52.72")]),
    ("Surat itu memuat penghentian Ahmad Jaya dari jabatannya sebagai Bupati Halmahera Timur.",
     [("Ahmad Jaya", "kepala_daerah", "82.06")]),
    # --- the Ombudsman misspelt; dotted initials inside a name; a place the tagger left unmarked -----
    ('"Kami terus mendampingi," ujar Ketua Ombusman Perwakilan Kalimantan Tengah Rudi T.T Simon, '
     'Minggu (16/12).',
     [("Rudi T.T Simon", "ombudsman", "62")]),
    ("Kepala Dinas Kesehatan Kabupaten Sleman Budi A.R. Lubis hadir.",
     [("Budi A.R. Lubis", "perangkat_daerah", "34.04")]),
    ("Bupati Sleman, Budi Santoso S.H, membuka acara.", [("Budi Santoso", "kepala_daerah", "34.04")]),
    ("Dilantik pula Kepala Perwakilan Ombudsman Provinsi Papua Barat Yan Mandey dan Kepala Perwakilan "
     "Ombudsman Provinsi Suma",
     [("Yan Mandey", "ombudsman", "92")]),
    # --- categories and places: an assistant of the city secretary; the Ombudsman's own assistant;
    # an agency head placed in the government the sentence names ----------------------------------
    ("Asisten III Sekdako Pekanbaru Andi Rahman menerima penghargaan itu.",
     [("Andi Rahman", "perangkat_daerah", "14.71")]),
    ("Asisten Bidang Pencegahan, Budi Santoso mengatakan, Ombudsman Perwakilan NTB mengapresiasi "
     "Kabupaten Lombok Utara.",
     [("Budi Santoso", "ombudsman", "52")]),
    ("Asisten II Setda Kota Mataram, Budi Santoso, menerima penghargaan dari Ombudsman RI.",
     [("Budi Santoso", "perangkat_daerah", "52.71")]),
    ("Rombongan Pemerintah Kabupaten Paser dipimpin oleh Kepala Bagian Organisasi, Ahmad Fauzi, "
     "berkunjung ke Kutai Kartanegara. Mereka disambut Sekda Kutai Kartanegara, Sunggono.",
     [("Ahmad Fauzi", "perangkat_daerah", "64.01"), ("Sunggono", "sekda", "64.02")]),
    # --- the office's former holder after "menggantikan"; a present office after "adalah" -----------
    ("Gubernur Aceh melantik Yusran sebagai Pj Bupati Aceh Singkil menggantikan Dulmusrid Hasan.",
     [("Yusran", "kepala_daerah", "11.10"), ("Dulmusrid Hasan", "kepala_daerah", "11.10")]),
    ("Yusran adalah Sekda Aceh Singkil, ditunjuk menjadi Pj Bupati Aceh Singkil menggantikan Dulmusrid Hasan.",
     [("Yusran", "kepala_daerah", "11.10"), ("Dulmusrid Hasan", "kepala_daerah", "11.10")]),
    ("Bupati Bireuen, Ahmad Fauzi, menggantikan pejabat sebelumnya yang telah pensiun.",
     [("Ahmad Fauzi", "kepala_daerah", "11.11")]),
    # --- a title after "dilantik sebagai" with no name of its own is the sentence's subject's -------
    ("Wakil Bupati Kabupaten Halmahera Tengah, Ir Budi Santoso, yang juga merangkap sebagai Plt Bupati, "
     "hari ini secara resmi dilantik sebagai Bupati definitif Halmahera Tengah, oleh Gubernur Maluku Utara.",
     [("Budi Santoso", "kepala_daerah", "82.02")]),
    ("Kepala Dinas Kesehatan Kota Ternate, Rina Marlina, hadir saat Ahmad Yani dilantik sebagai Camat "
     "Ternate Selatan.",
     [("Rina Marlina", "perangkat_daerah", "82.71"), ("Ahmad Yani", "camat_desa", "82.71")]),
    # …a name that contains a place's word stays a name
    ("Wali Kota Bogor, Bima Arya, meresmikan MPP.", [("Bima Arya", "kepala_daerah", "32.71")]),
    # --- a nickname before the title it stands for ----------------------------------------------
    ("Tentang keberadaan MPP itu, Mas Dhito sapaan akrab Bupati Kediri mengatakan layanan sudah berjalan.",
     [("Mas Dhito", "kepala_daerah", "35.06")]),
    ("Menurut Bunda Ela, sapaan Wali Kota Batu, gerai akan ditambah.",
     [("Bunda Ela", "kepala_daerah", "35.79")]),
    # …or each with a title of its own in brackets; a head-and-deputy pair named before its titles
    ("Kepala daerah yang dilantik yakni Budi Santoso (Bupati Kapuas), Rudi Hartono (Bupati Katingan) "
     "dan Ahmad Yani (Wali Kota Palangka Raya).",
     [("Budi Santoso", "kepala_daerah", "62.03"), ("Rudi Hartono", "kepala_daerah", "62.06"),
      ("Ahmad Yani", "kepala_daerah", "62.71")]),
    ("Yusuf Hamdani dan Marwan Anwar dilantik sebagai Bupati dan Wakil Bupati Tabalong.",
     [("Yusuf Hamdani", "kepala_daerah", "63.09"), ("Marwan Anwar", "wakil_kepala_daerah", "63.09")]),
    ("Yusuf Hamdani-Marwan Anwar dilantik sebagai Bupati dan Wakil Bupati Tabalong periode 2021-2026.",
     [("Yusuf Hamdani", "kepala_daerah", "63.09"), ("Marwan Anwar", "wakil_kepala_daerah", "63.09")]),
    ("Para bupati yang dilantik ialah Budi Santoso-Ahmad Yani untuk Kabupaten Kapuas dan Rudi "
     "Hartono-Hasan Basri untuk Kabupaten Katingan.",
     [("Budi Santoso", "kepala_daerah", "62.03"), ("Ahmad Yani", "wakil_kepala_daerah", "62.03"),
      ("Rudi Hartono", "kepala_daerah", "62.06"), ("Hasan Basri", "wakil_kepala_daerah", "62.06")]),
    ("Posisi Plh Wali Kota Solok diemban Sekda Kota Solok Syaiful Anwar.",
     [("Syaiful Anwar", "kepala_daerah", "13.72")]),
    # --- the term of office between a role and its holder ------------------------------------------
    ("Rapat itu dipimpin Ketua DPRD Kolaka periode 2019-2024, Anwar Sadat yang kini menjadi calon bupati.",
     [("Anwar Sadat", "legislatif", "74.01")]),
    # --- Balinese noble names: "Anak Agung" opens the name ---------------------------------------
    ("Ketua DPRD Bangli, Anak Agung Ngurah Wira hadir dalam rapat itu.",
     [("Anak Agung Ngurah Wira", "legislatif", "51.06")]),
    ("Rapat dipimpin Wakil Bupati Tabanan Anak Agung Gde Putra Wiratama.",
     [("Anak Agung Gde Putra Wiratama", "wakil_kepala_daerah", "51.02")]),
    # …while "Anak" inside an agency's name stays the agency's
    ("Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Bangli, I Wayan Suta, hadir.",
     [("I Wayan Suta", "perangkat_daerah", "51.06")]),
    # --- "Habib" is written as part of the name (pipeline/lang/people.toml) ------------------------
    ("Hadir pula Wakil Bupati Tapin Habib Hasan Alaydrus dalam acara itu.",
     [("Habib Hasan Alaydrus", "wakil_kepala_daerah", "63.05")]),
    # --- words of a former office before a name linked to the new one -------------------------------
    ("Kemudian, Staf Ahli Gubernur Papua Bidang Ekonomi Yosep Wenda selaku Pjs Bupati Nduga.",
     [("Yosep Wenda", "kepala_daerah", "95.08")]),
    ("Staf Ahli Gubernur Papua bidang Pengembangan Otsus Markus Tebai sebagai Pjs Bupati Asmat.",
     [("Markus Tebai", "kepala_daerah", "93.04")]),
    ("Staf Ahli Bidang Pengembangan Masyarakat Adat Paulus Kambu sebagai Pjs Bupati Mappi.",
     [("Paulus Kambu", "kepala_daerah", "93.03")]),
    ("Yohanes Rudi dilantik sebagai Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Atap "
     "Kabupaten Kupang.",
     [("Yohanes Rudi", "perangkat_daerah", "53.01")]),
]

NEGATIVES = [
    # a keyword line cut off inside a place's name: the place's word alone is no name
    "Gubernur NTB lantik Pj Bupati Lombok Timur,Penjabat Gubernur NTB,Penjabat Bupati Lombok Tim",
    # a document's number, a status and "kali ini" after a title are no names
    "Penunjukan itu ditandai penyerahan Surat Gubernur Sulawesi Tenggara Nomor 131/222 tentang Plh Bupati.",
    "Belum ada penetapan Bupati dan Wakil Bupati Definitif hasil Pilkada 2020 di Kabupaten Buton.",
    "Kunjungan anggota DPRD Kabupaten Wajo Kali ini dipimpin langsung oleh ketua rombongan.",
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_officials_shapes(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:40] for t in NEGATIVES])
def test_no_officials(text):
    assert tag_text(text).officials == []
