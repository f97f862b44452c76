"""The officials component on hand-written sentences in the press's shapes, across provinces.

Each case: text, then the expected officials as (name, category, place) where place is the region
code, else the province code, else None. Sentences are written for these tests (not dev articles).
"""
from __future__ import annotations

import pytest

from pipeline.facts import tag_text

CASES = [
    # title, comma, name
    ("Bupati Sleman, Kustini Sri Purnomo, meresmikan gedung MPP di Beran.",
     [("Kustini Sri Purnomo", "kepala_daerah", "34.04")]),
    ("Wali Kota Samarinda, Dr. H. Andi Harun, S.T., M.Si., membuka rapat koordinasi.",
     [("Andi Harun", "kepala_daerah", "64.72")]),
    ("Gubernur Jawa Timur, Khofifah Indar Parawansa, menyerahkan piagam kepada daerah.",
     [("Khofifah Indar Parawansa", "kepala_daerah", "35")]),
    # title, name without comma
    ("Pertemuan itu dipimpin Wakil Bupati Banyuwangi Sugirah di pendopo.",
     [("Sugirah", "wakil_kepala_daerah", "35.10")]),
    ("Kunjungan itu disambut langsung Bupati Gowa Adnan Purichta Ichsan dan jajaran.",
     [("Adnan Purichta Ichsan", "kepala_daerah", "73.06")]),
    # name first, office after
    ("Bima Arya, Wali Kota Bogor, mengatakan pelayanan harus terus dibenahi.",
     [("Bima Arya", "kepala_daerah", "32.71")]),
    ("Yeni Marlina selaku Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Agam menjelaskan prosedurnya.",
     [("Yeni Marlina", "perangkat_daerah", "13.06")]),
    ("Hal itu disampaikan Dwi Hartono, Kepala Bappeda Kota Palembang, kepada wartawan.",
     [("Dwi Hartono", "perangkat_daerah", "16.71")]),
    # degrees and honorifics, mangled ones too
    ("Sekretaris Daerah Kabupaten Bantul, Ir. Agus Budi Raharja, M.Si, membuka acara.",
     [("Agus Budi Raharja", "sekda", "34.02")]),
    ("Sekda Kabupaten Lombok Timur, Hj. Rahmawati Putri, S. Sos, M. Si, hadir dalam rapat itu.",
     [("Rahmawati Putri", "sekda", "52.03")]),
    ("Kepala Dinas Kesehatan Kabupaten Sumbawa, dr. Junaidi Rahman, Sp.PD, meninjau puskesmas.",
     [("Junaidi Rahman", "perangkat_daerah", "52.04")]),
    # organisation names with capitalised words
    ("Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Kabupaten Jember, Bambang Saputro, menyebut layanan perizinan naik.",
     [("Bambang Saputro", "perangkat_daerah", "35.09")]),
    ("Ketua Komisi A DPRD Kota Medan, Rudiyanto Simangunsong, meminta pemkot berbenah.",
     [("Rudiyanto Simangunsong", "legislatif", "12.71")]),
    ("Peluncuran itu dihadiri Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PANRB) Budi Santoso.",
     [("Budi Santoso", "pusat", None)]),
    # Ombudsman offices
    ("Kepala Perwakilan Ombudsman RI Sulawesi Selatan, Ismu Iskandar, menyerahkan hasil penilaian.",
     [("Ismu Iskandar", "ombudsman", "73")]),
    ("Kepala Ombudsman Perwakilan Jatim, Agus Muttaqin, meminta pemda berbenah.",
     [("Agus Muttaqin", "ombudsman", "35")]),
    ("Anggota Ombudsman RI, Robert Na Endi Jaweng, mengingatkan pentingnya standar layanan.",
     [("Robert Na Endi Jaweng", "ombudsman", None)]),
    # acting heads, sub-district and village
    ("Pj Bupati Aceh Besar, Muhammad Iswanto, meminta camat aktif melayani warga.",
     [("Muhammad Iswanto", "kepala_daerah", "11.06")]),
    ("Plt Kepala Diskominfo Kabupaten Ketapang Yanto Suhendra menjelaskan aplikasi layanan itu.",
     [("Yanto Suhendra", "perangkat_daerah", "61.04")]),
    ("Camat Kubung, Wendra Putra, ikut mendampingi rombongan di Kabupaten Solok.",
     [("Wendra Putra", "camat_desa", "13.02")]),
    # national
    ("Gedung itu diresmikan Wakil Presiden Gibran Rakabuming Raka pada Senin (3/3/2025).",
     [("Gibran Rakabuming Raka", "pusat", None)]),
    # name with initials, apostrophes
    ("Bupati Pesisir Selatan, Rusma Yul Anwar, menerima kunjungan itu bersama Wakil Bupati Rudi Hariyansyah.",
     [("Rusma Yul Anwar", "kepala_daerah", "13.01"), ("Rudi Hariyansyah", "wakil_kepala_daerah", "13.01")]),
    ("Wakil Wali Kota Kupang, Hermanus Man, membuka forum konsultasi publik.",
     [("Hermanus Man", "wakil_kepala_daerah", "53.71")]),
    ("Penghargaan itu diterima Gubernur Bali I Wayan Koster di Denpasar.",
     [("I Wayan Koster", "kepala_daerah", "51")]),
    ("Direktur RSUD dr. Soedarso, dr. Hary Agung Tjahyadi, menjelaskan antrean pasien di Kota Pontianak.",
     [("Hary Agung Tjahyadi", "perangkat_daerah", "61.71")]),
    ("Menteri Dalam Negeri Tito Karnavian meminta kepala daerah serius.",
     [("Tito Karnavian", "pusat", None)]),
    ("Deputi Bidang Pelayanan Publik Kementerian PANRB, Diah Natalisa, hadir secara daring.",
     [("Diah Natalisa", "pusat", None)]),
    ("Asisten Ombudsman RI Perwakilan Aceh, Ilyas Isti, memaparkan temuan.",
     [("Ilyas Isti", "ombudsman", "11")]),
    ("Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) Kabupaten Sumenep, Arief Rusdi, memaparkan data.",
     [("Arief Rusdi", "perangkat_daerah", "35.29")]),
    ('"Kami siap," kata Kepala DPMPTSP Kota Pontianak, Junaidi, Selasa (5/3/2024).',
     [("Junaidi", "perangkat_daerah", "61.71")]),
    ("Wakil Ketua DPRD Kota Tegal Wasmad Edi Susilo mengkritik lambatnya layanan.",
     [("Wasmad Edi Susilo", "legislatif", "33.76")]),
    ("Kabag Hukum Setda Kabupaten Tanah Datar, Yusrizal, S.H., M.H., menyampaikan materi.",
     [("Yusrizal", "perangkat_daerah", "13.04")]),
    ("Foto: Bupati Gowa Adnan Purichta Ichsan (tengah) meninjau MPP. (Humas)",
     [("Adnan Purichta Ichsan", "kepala_daerah", "73.06")]),
    ("Menurut Kapolres Malang AKBP Putu Kholis Aryana, situasi aman.",
     [("Putu Kholis Aryana", "lainnya", None)]),
    # an office without a place takes the article's government; the same person is one official
    ("Pemerintah Kabupaten Tanah Laut terus membenahi layanan. Kabupaten Tanah Laut kini punya MPP.\n"
     "Sekda Dahnial Kifli mengatakan layanan sudah terpadu. Bupati Sukamta menargetkan zona hijau.\n"
     "Dahnial menambahkan, antrean kini lebih singkat. Bupati Tanah Laut, H. Sukamta, meninjau lokasi.",
     [("Dahnial Kifli", "sekda", "63.01"), ("Sukamta", "kepala_daerah", "63.01")]),
    ("Kepala Ombudsman, Abdul Salam Pasaribu, menerima rombongan Pemkab Toba. Ombudsman Perwakilan "
     "Sumatera Utara menilai layanan Toba membaik. Wali Kota Medan Bobby Nasution juga hadir.\n"
     "Abdul Salam menyebut Sumatera Utara harus naik ke zona hijau.",
     [("Abdul Salam Pasaribu", "ombudsman", "12"), ("Bobby Nasution", "kepala_daerah", "12.71")]),
]

NEGATIVES = [
    "Bupati dan Wakil Bupati Banyumas berhalangan hadir dalam acara tersebut.",
    "Reporter : Muharista Delda\nEditor : Rahmat Hidayat",
    "Foto: Warga antre di Mal Pelayanan Publik Kota Padang. (Hendrik)",
    "Rapat digelar di Kantor Bupati Lebak, Senin (4/3/2024).",
    "Warga bernama Siti Aminah mengaku puas dengan pelayanan di kantor camat.",
    "Ketua panitia, Rudi Hartono, melaporkan jumlah peserta yang hadir.",
    "BACA JUGA: Bupati Garut Resmikan Jembatan Gantung di Desa Sukamaju",
    "Instruksi Bapak Bupati jelas, kata salah seorang staf.",
    "Kepala sekolah, Budi Hartawan, menjelaskan jadwal ujian.",
    "Bupati Solok dalam sambutannya menyebut MPP penting bagi warga.",
    "Wagub Resmikan MPP Kotim, Disebut Layak Jadi Model di Kalteng",
    "Penulis: Andi Saputra | Fotografer: Rina Wulandari",
    "Kegiatan ini berlangsung di Rumah Dinas Bupati Kampar, Kamis (12/5/2022).",
    "Peraturan Bupati Nomor 12 Tahun 2023 mengatur standar pelayanan.",
    "Hadir dalam kesempatan itu Inspektur, Kepala Bagian Hukum, Kepala Bappeda, dan Kepala Disdukcapil.",
]


def _keys(officials):
    return {(o.name, o.category, o.region_code or o.province_code) for o in officials}


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_officials_found(text, expected):
    facts = tag_text(text)
    assert _keys(facts.officials) == set(expected)


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:40] for t in NEGATIVES])
def test_not_officials(text):
    assert tag_text(text).officials == []


# --- second pass: general error classes seen on unseen articles --------------------------------
# Names compare as the scorer does (lower case, punctuation dropped: "Muh. Idris" -> "muh idris").
HARD_CASES = [
    # 1. organisation names with capitalised common words before the place and the name
    ("Kepala Keasistenan Pencegahan Maladministrasi Ombudsman RI Perwakilan Kalimantan Barat, "
     "Rahmat Hidayat, menjelaskan hasil penilaian kepatuhan.",
     [("Rahmat Hidayat", "ombudsman", "61")]),
    ("Kepala Keasistenan Pemeriksaan Laporan Ombudsman RI Perwakilan Sulawesi Tenggara, Muhammad "
     "Ilham Saputra, mengatakan laporan warga terus bertambah.",
     [("Muhammad Ilham Saputra", "ombudsman", "74")]),
    ("Kepala Keasistenan Penerimaan dan Verifikasi Laporan Ombudsman Perwakilan Gorontalo, "
     "Nurhasanah Pakaya, menerima aduan itu.",
     [("Nurhasanah Pakaya", "ombudsman", "75")]),
    ("Kepala Bidang Pengendalian Penduduk dan Keluarga Berencana DP3AP2KB Kabupaten Lombok Tengah, "
     "Lalu Sahnan Wirata, menyebut layanan KB keliling digelar tiap bulan.",
     [("Lalu Sahnan Wirata", "perangkat_daerah", "52.02")]),
    ("Kepala Seksi Penyelesaian Sengketa Administrasi Kantor Pertanahan Kabupaten Asahan, "
     "Togar Simanjuntak, hadir.", None),
    # 2. village and district heads whose role contains the place's own name
    ("Kepala Desa Sungai Ambawang Kuala, Abdul Manan, mengatakan warga Kabupaten Kubu Raya kini "
     "tak perlu ke kota untuk mengurus akta.",
     [("Abdul Manan", "camat_desa", "61.12")]),
    ("Kepala Desa Mekarsari, Kecamatan Cilaku, Kabupaten Cianjur, Dedi Supriadi, menjelaskan "
     "program itu.",
     [("Dedi Supriadi", "camat_desa", "32.03")]),
    ("Camat Tanjung Selor, Andi Amriampa, S.STP, mengatakan gerai itu melayani warga Bulungan.",
     [("Andi Amriampa", "camat_desa", "65.01")]),
    ("Kepala Distrik Mimika Baru, Kabupaten Mimika, Yance Beanal, mengatakan petugas disiagakan.",
     [("Yance Beanal", "camat_desa", "94.04")]),
    ("Pemkab Agam menggelar layanan keliling. Wali Nagari Sungai Pua, Irwan Effendi, menyambut "
     "baik kegiatan itu.",
     [("Irwan Effendi", "camat_desa", "13.06")]),
    ("Pemkab Jayapura membuka layanan di Sentani. Kepala Kampung Yoboi, Sefanya Wally, berharap "
     "layanan itu rutin.",
     [("Sefanya Wally", "camat_desa", "91.03")]),
    ("Pemkab Aceh Utara menggelar layanan terpadu. Keuchik Meunasah Baro, Munawar Khalil, "
     "mengapresiasi langkah itu.",
     [("Munawar Khalil", "camat_desa", "11.08")]),
    ("Perbekel Desa Panji, Kabupaten Buleleng, I Ketut Suandika, mengatakan layanan adminduk "
     "kini dibuka di kantor desa.",
     [("I Ketut Suandika", "camat_desa", "51.08")]),
    # 3. legislators with long roles
    ("Anggota DPRD Provinsi Jambi dari daerah pemilihan Kerinci dan Sungai Penuh, Edi Purwanto, "
     "meminta pelayanan dibenahi.",
     [("Edi Purwanto", "legislatif", "15")]),
    ("Ketua Fraksi Partai Golkar DPRD Kabupaten Kudus, Mardijanto, menyoroti antrean panjang.",
     [("Mardijanto", "legislatif", "33.19")]),
    ("Wakil Ketua DPRD Sulawesi Tengah, Aristan Mahmud, mendorong pemda berbenah.",
     [("Aristan Mahmud", "legislatif", "72")]),
    ("Hal itu disampaikan anggota Komisi II DPR RI, Rifqinizamy Karsayuda, di Banjarmasin.",
     [("Rifqinizamy Karsayuda", "legislatif", None)]),
    ("Anggota DPRD Kota Kendari dari dapil Kambu, La Ode Muh. Rajab Jinik, turut hadir.",
     [("La Ode Muh. Rajab Jinik", "legislatif", "74.71")]),
    # 4. long agency names
    ("Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Ternate, Muhammad Syafei Hasan, "
     "menyebut perekaman KTP meningkat.",
     [("Muhammad Syafei Hasan", "perangkat_daerah", "82.71")]),
    ("Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kabupaten Banyumas, "
     "Budi Setiawan, memaparkan rencana kerja.",
     [("Budi Setiawan", "perangkat_daerah", "33.02")]),
    ("Asisten Administrasi Umum Setprov Bengkulu, Gotri Suyanto, membuka rapat evaluasi.",
     [("Gotri Suyanto", "perangkat_daerah", "17")]),
    ("Asisten II Setda Kabupaten Ponorogo, Sumarno, menerima tim penilai.",
     [("Sumarno", "perangkat_daerah", "35.02")]),
    ("Kepala Bagian Organisasi Setda Kota Palu, Nur Afni Lasaka, memaparkan indeks pelayanan.",
     [("Nur Afni Lasaka", "perangkat_daerah", "72.71")]),
    # 5. abbreviated and initialled given names
    ("Sekda Kabupaten Bone, Ir. H. Muh. Andi Islamuddin, M.Si., membuka kegiatan itu.",
     [("Muh. Andi Islamuddin", "sekda", "73.08")]),
    ("Wakil Wali Kota Makassar, Abd. Rahman Bando, meninjau mal pelayanan publik.",
     [("Abd. Rahman Bando", "wakil_kepala_daerah", "73.71")]),
    ("Camat Binamu, A. Hamid Tola, hadir mewakili Bupati Jeneponto.",
     [("A. Hamid Tola", "camat_desa", "73.04")]),
    ("Kepala Bappeda Kabupaten Karangasem, I Gusti Ngurah Alit Wirawan, memaparkan data.",
     [("I Gusti Ngurah Alit Wirawan", "perangkat_daerah", "51.07")]),
    ("Kepala Dinas Kesehatan Kabupaten Buleleng, dr. Ni Luh Gede Sukardiasih, meninjau puskesmas.",
     [("Ni Luh Gede Sukardiasih", "perangkat_daerah", "51.08")]),
    ("Kepala DPMPTSP Kabupaten Bima, Moh. Nur Hasan, S.Sos., menyebut izin usaha naik.",
     [("Moh. Nur Hasan", "perangkat_daerah", "52.06")]),
    # 6. full names, including surnames that look like common words or places
    ("Bupati Tolikara, Willem Wandik, S.Sos., mengatakan pelayanan harus menjangkau distrik.",
     [("Willem Wandik", "kepala_daerah", "95.04")]),
    ("Kepala Ombudsman RI Perwakilan Papua, Ikhsan Fadillah, mengatakan laporan menurun. "
     "\"Kami terus memantau,\" kata Ikhsan.",
     [("Ikhsan Fadillah", "ombudsman", "91")]),
    ("Bupati Boven Digoel, Hengki Yaluwo Kemong, menerima tim Ombudsman.",
     [("Hengki Yaluwo Kemong", "kepala_daerah", "93.02")]),
    ("Wali Kota Tomohon, Caroll Joram Azarias Senduk, meluncurkan aplikasi layanan.",
     [("Caroll Joram Azarias Senduk", "kepala_daerah", "71.73")]),
    ("Sekda Kabupaten Lombok Timur, Lalu Juaini Taofik, memimpin apel pagi.",
     [("Lalu Juaini Taofik", "sekda", "52.03")]),
    ("Kepala Disdukcapil Kabupaten Toba, Pardamean Sitorus Pelawi, menyebut layanan jemput bola.",
     [("Pardamean Sitorus Pelawi", "perangkat_daerah", "12.12")]),
    ("Bupati Wajo, Amran Mahmud, didampingi Wakil Bupati Amran, meninjau lokasi.",
     [("Amran Mahmud", "kepala_daerah", "73.13")]),
    # 7. the place of an office inside a larger area
    ("Pemerintah Kota Jakarta Utara membuka gerai layanan di kantor kelurahan. Lurah Sunter Agung, "
     "Rina Marlina, mengatakan warga antusias. Gerai serupa ada di DKI Jakarta.",
     [("Rina Marlina", "camat_desa", "31.72")]),
    ("Wali Kota Palu Hadianto Rasyid meninjau layanan itu. Di Kabupaten Sigi, layanan serupa "
     "dibuka di desa. Kepala Desa Bora, Hasanudin Lamarauna, menyebut warga terbantu.",
     [("Hadianto Rasyid", "kepala_daerah", "72.71"),
      ("Hasanudin Lamarauna", "camat_desa", "72.10")]),
    # more shapes of the same classes
    ("Ketua Komisi I DPRD Kabupaten Bone, Andi Akbar Asfar, S.H., meminta evaluasi layanan.",
     [("Andi Akbar Asfar", "legislatif", "73.08")]),
    ("Anggota Komisi II DPR RI dari daerah pemilihan Kalimantan Selatan I, Rifqinizamy "
     "Karsayuda, hadir dalam rapat itu.",
     [("Rifqinizamy Karsayuda", "legislatif", None)]),
    ("Kepala Desa Wonorejo, Kecamatan Polanharjo, Klaten, Suwarno, menyambut rombongan.",
     [("Suwarno", "camat_desa", "33.10")]),
    ("Bupati Toba Poltak Sitorus meresmikan gedung itu bersama Kepala Dinas Kesehatan Toba "
     "Juliana Tambunan.",
     [("Poltak Sitorus", "kepala_daerah", "12.12"), ("Juliana Tambunan", "perangkat_daerah", "12.12")]),
    ("Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Sikka, Petrus Herlemus, "
     "menjelaskan rencana perbaikan jalan.",
     [("Petrus Herlemus", "perangkat_daerah", "53.07")]),
    ("Lurah Pademangan Barat, Muh. Yusuf Lubis, menyebut antrean berkurang di Jakarta Utara.",
     [("Muh. Yusuf Lubis", "camat_desa", "31.72")]),
    ("Kepala Bidang Pelayanan Pendaftaran Penduduk Disdukcapil Kabupaten Jeneponto, St. Aisyah, "
     "S.Sos, menjelaskan syaratnya.",
     [("St. Aisyah", "perangkat_daerah", "73.04")]),
    ("Camat Pangururan, Sahat Raja Simbolon, hadir. Bupati Samosir, Vandiko Gultom, didampingi "
     "Wakil Bupati Martua Sitanggang.",
     [("Sahat Raja Simbolon", "camat_desa", "12.17"), ("Vandiko Gultom", "kepala_daerah", "12.17"),
      ("Martua Sitanggang", "wakil_kepala_daerah", "12.17")]),
    ("Asisten III Setda Kota Kendari, Amir Hasan, mewakili Wali Kota Kendari, Sulkarnain Kadir, "
     "membuka acara.",
     [("Amir Hasan", "perangkat_daerah", "74.71"), ("Sulkarnain Kadir", "kepala_daerah", "74.71")]),
    ("Kepala Desa Sukamaju Kidul, Kecamatan Cikalong, Kabupaten Tasikmalaya, H. Endang Suherman, "
     "menuturkan hal itu.",
     [("Endang Suherman", "camat_desa", "32.06")]),
    ("Plt Kepala Distrik Sentani Kota, Yohanes Wali, meninjau kantor distrik.",
     [("Yohanes Wali", "camat_desa", None)]),
]

# the role-up-to-the-comma reading must not turn dates, other titles or headline words into names
HARD_NEGATIVES = [
    "Kepala Dinas Kesehatan Kota Padang, Kamis (4/4/2024), mengatakan stok obat aman.",
    "Kepala Dinas Sosial Kabupaten Sikka, Kepala Dinas Kesehatan, dan Camat Alok hadir dalam rapat.",
    "Hadir Bupati Maros, Wakil Bupati Maros, dan Ketua DPRD Maros dalam acara itu.",
    "Kepala Keasistenan Pencegahan Maladministrasi Ombudsman RI Perwakilan Riau, Senin, menyerahkan hasil.",
    "Bupati Kerinci Resmikan Gedung Pelayanan, Disebut Tercepat di Jambi",
    "BACA JUGA: Kepala Desa Sungai Pinang, Ahmad Yani, Raih Penghargaan",
]


def _norm_keys(officials):
    import re
    return {(" ".join(re.sub(r"[^a-z0-9 ]+", " ", o.name.lower()).split()), o.category,
             o.region_code or o.province_code) for o in officials}


@pytest.mark.parametrize("text,expected", [c for c in HARD_CASES if c[1] is not None],
                         ids=[c[0][:40] for c in HARD_CASES if c[1] is not None])
def test_officials_hard_shapes(text, expected):
    import re
    want = {(" ".join(re.sub(r"[^a-z0-9 ]+", " ", n.lower()).split()), c, p) for n, c, p in expected}
    assert _norm_keys(tag_text(text).officials) == want


@pytest.mark.parametrize("text", HARD_NEGATIVES, ids=[t[:40] for t in HARD_NEGATIVES])
def test_no_officials_in_hard_shapes(text):
    assert tag_text(text).officials == []
