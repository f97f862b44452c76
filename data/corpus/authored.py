"""Articles written for Warta, with their gold labels (the form of the dev set's `gold` field).

The events, people, scores and quotes are fictional: they were written in the style of regional
portals to exercise hard cases (lists that drop the "Kabupaten" prefix, prose tables, a kabupaten and
a kota of the same name, abbreviations, the 2022+ "opini kualitas" scheme, "Name, Office" order, a
COVID-19 "zona merah", a shopping mall that is no MPP, a kecamatan named like a regency, a market
named like a regency; complaint figures beside consultations and reports followed up). Do not cite them as news. Regions and provinces use the official names of
data/wilayah/regencies.csv and provinces.csv.
"""
from __future__ import annotations


def kab(name: str, province: str) -> dict:
    return {"kind": "kabupaten", "name": name, "province": province}


def kota(name: str, province: str) -> dict:
    return {"kind": "kota", "name": name, "province": province}


def official(name, role, category, region=None, province=None) -> dict:
    return {"name": name, "role": role, "category": category, "region": region, "province": province}


def result(year, zone, grade=None, score=None, region=None, province=None) -> dict:
    return {"region": region, "province": province, "year": year, "zone": zone, "grade": grade, "score": score}


def mpp(region, status, year=None, location=None) -> dict:
    return {"region": region, "status": status, "year": year, "location": location}


def complaint(count, year, province, region=None) -> dict:
    return {"province": province, "region": region, "count": count, "year": year}


PB, SU, JT, SS, AC, BA, NB, NT = ("Papua Barat", "Sumatera Utara", "Jawa Timur", "Sulawesi Selatan", "Aceh",
                                  "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur")
JA, MA = "Jambi", "Maluku"

AUTHORED: list[dict] = [
    dict(
        id="w001", portal="warta-lembaga", published="2023-02-08T14:20:00+09:00", author="Humas Papua Barat",
        title="Manokwari Raih Zona Hijau, Teluk Wondama hingga Manokwari Selatan Masih Kuning",
        text="""MANOKWARI – Ombudsman Republik Indonesia Perwakilan Papua Barat menyerahkan hasil Penilaian Kepatuhan Standar Pelayanan Publik tahun 2022 kepada pemerintah daerah di wilayah kerjanya, Rabu (8/2/2023), di Aula Kantor Gubernur Papua Barat.

Kepala Perwakilan Ombudsman RI Papua Barat, Yosias Mandowen, menyampaikan bahwa Kabupaten Manokwari menjadi satu-satunya pemerintah kabupaten yang masuk zona hijau dengan predikat kepatuhan tinggi dan nilai 82,47.

"Kabupaten Teluk Wondama, Teluk Bintuni, dan Manokwari Selatan masih berada di zona kuning atau kepatuhan sedang. Kami minta ketiganya segera membenahi standar pelayanan di unit layanan dasar," kata Yosias.

Foto: Penyerahan hasil penilaian kepatuhan di Aula Kantor Gubernur Papua Barat. (Humas)

Adapun Kabupaten Pegunungan Arfak memperoleh nilai 41,20 sehingga masuk zona merah dengan predikat kepatuhan rendah. Pemerintah Provinsi Papua Barat sendiri meraih nilai 76,05 dan berada di zona kuning.

Sekretaris Daerah Provinsi Papua Barat, Frans Rumbiak, yang menerima hasil penilaian mewakili gubernur, berjanji seluruh organisasi perangkat daerah akan memperbaiki standar pelayanan sebelum penilaian berikutnya.

Wakil Bupati Manokwari, Yohanis Rumbewas, mengatakan capaian zona hijau menjadi modal bagi Pemkab Manokwari. Ia menambahkan, pemkab menargetkan Mal Pelayanan Publik (MPP) Manokwari mulai beroperasi pada 2024.

"Kami sudah siapkan gedung dan sedang berkoordinasi dengan instansi vertikal agar layanan bisa dipusatkan di satu tempat," ujarnya. (hms)""",
        gold={"regions": [kab("Manokwari", PB), kab("Teluk Wondama", PB), kab("Teluk Bintuni", PB),
                          kab("Manokwari Selatan", PB), kab("Pegunungan Arfak", PB)],
              "provinces": [PB],
              "officials": [official("Yosias Mandowen", "Kepala Perwakilan Ombudsman RI Papua Barat", "ombudsman",
                                     province=PB),
                            official("Frans Rumbiak", "Sekretaris Daerah Provinsi Papua Barat", "sekda", province=PB),
                            official("Yohanis Rumbewas", "Wakil Bupati Manokwari", "wakil_kepala_daerah",
                                     region=kab("Manokwari", PB))],
              "compliance": [result(2022, "hijau", "kepatuhan tinggi", 82.47, region=kab("Manokwari", PB)),
                             result(2022, "kuning", "kepatuhan sedang", region=kab("Teluk Wondama", PB)),
                             result(2022, "kuning", "kepatuhan sedang", region=kab("Teluk Bintuni", PB)),
                             result(2022, "kuning", "kepatuhan sedang", region=kab("Manokwari Selatan", PB)),
                             result(2022, "merah", "kepatuhan rendah", 41.20, region=kab("Pegunungan Arfak", PB)),
                             result(2022, "kuning", None, 76.05, province=PB)],
              "mpp": [mpp(kab("Manokwari", PB), "planned", 2024)]},
    ),
    dict(
        id="w002", portal="warta-lembaga", published="2022-01-05T15:10:00+07:00", author="Humas Sumut",
        title="Deli Serdang Tertinggi, Ini Nilai Kepatuhan Pemda di Sumut 2021",
        text="""MEDAN – Ombudsman RI Perwakilan Sumatera Utara merilis hasil Penilaian Kepatuhan Standar Pelayanan Publik 2021 bagi pemerintah kabupaten/kota yang menjadi lokus penilaian di Sumut, Rabu (5/1/2022).

Kepala Ombudsman RI Perwakilan Sumut, Tigor Manurung, mengatakan penilaian dilakukan terhadap produk layanan di dinas kependudukan, perizinan, kesehatan dan pendidikan.

Nilai tertinggi diraih Kabupaten Deli Serdang (88,12), disusul Kota Binjai (84,50) dan Kabupaten Serdang Bedagai (81,03). Ketiganya masuk zona hijau dengan predikat kepatuhan tinggi.

Di zona kuning terdapat Kota Medan (72,40), Kabupaten Langkat (66,18) dan Kota Tebing Tinggi (58,90). Sementara Kabupaten Karo (47,35) dan Kabupaten Nias Barat (32,80) masih tertahan di zona merah.

Kabupaten Simalungun, yang pada penilaian 2020 masuk zona hijau, tidak menjadi lokus penilaian tahun ini.

"Daerah yang masih merah jangan berkecil hati. Kami siap mendampingi, asal ada komitmen dari kepala daerah," kata Tigor.

Asisten Pemerintahan Setda Kota Medan, Rizal Harahap, mengakui layanan di sejumlah kecamatan belum memajang standar pelayanan. Ia berjanji Pemkot Medan memperbaikinya pada triwulan pertama 2022. (humas)""",
        gold={"regions": [kab("Deli Serdang", SU), kota("Binjai", SU), kab("Serdang Bedagai", SU), kota("Medan", SU),
                          kab("Langkat", SU), kota("Tebing Tinggi", SU), kab("Karo", SU), kab("Nias Barat", SU),
                          kab("Simalungun", SU)],
              "provinces": [SU],
              "officials": [official("Tigor Manurung", "Kepala Ombudsman RI Perwakilan Sumut", "ombudsman", province=SU),
                            official("Rizal Harahap", "Asisten Pemerintahan Setda Kota Medan", "perangkat_daerah",
                                     region=kota("Medan", SU))],
              "compliance": [result(2021, "hijau", "kepatuhan tinggi", 88.12, region=kab("Deli Serdang", SU)),
                             result(2021, "hijau", "kepatuhan tinggi", 84.50, region=kota("Binjai", SU)),
                             result(2021, "hijau", "kepatuhan tinggi", 81.03, region=kab("Serdang Bedagai", SU)),
                             result(2021, "kuning", None, 72.40, region=kota("Medan", SU)),
                             result(2021, "kuning", None, 66.18, region=kab("Langkat", SU)),
                             result(2021, "kuning", None, 58.90, region=kota("Tebing Tinggi", SU)),
                             result(2021, "merah", None, 47.35, region=kab("Karo", SU)),
                             result(2021, "merah", None, 32.80, region=kab("Nias Barat", SU)),
                             result(2020, "hijau", None, None, region=kab("Simalungun", SU))],
              "mpp": []},
    ),
    dict(
        id="w003", portal="warta-wp", published="2024-01-30T16:05:00+07:00", author="Dimas Prasetyo",
        title="Pemkot Kediri Raih Opini Kualitas Tertinggi, Pemkab Kediri Kategori B",
        text="""KEDIRI – Pemerintah Kota (Pemkot) Kediri meraih Opini Kualitas Tertinggi dalam Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2023 dari Ombudsman RI. Pemkot Kediri berada di kategori A dengan nilai 93,67.

Piagam diserahkan Kepala Perwakilan Ombudsman RI Jawa Timur, Dwi Hartanto, di Surabaya, Selasa (30/1/2024). Wali Kota Kediri, Bambang Setiadi, menerima langsung piagam tersebut.

Menurut Bambang, Mal Pelayanan Publik (MPP) Kota Kediri yang beroperasi sejak 2021 di Jalan Basuki Rahmat ikut mendongkrak nilai. "Di Kediri, warga kini cukup datang ke satu gedung untuk mengurus puluhan layanan," ujarnya.

BACA JUGA: Jalur Pendakian Gunung Kelud Ditutup Sementara untuk Perbaikan

Dari kabupaten tetangga, Pemkab Kediri memperoleh Opini Kualitas Tinggi kategori B dengan nilai 86,20. Sekretaris Daerah Kabupaten Kediri, Sugeng Widodo, yang hadir mewakili bupati, mengatakan pemkab menargetkan kategori A pada penilaian berikutnya.

Di wilayah Ombudsman Jatim lainnya, Kota Blitar mendapat Opini Kualitas Sedang kategori C dengan nilai 71,15, sedangkan Kabupaten Tulungagung masuk kategori D atau Opini Kualitas Rendah dengan nilai 55,40.

Dwi Hartanto meminta daerah yang nilainya turun segera menyusun rencana aksi. "Penilaian ini bukan lomba, tetapi potret pelayanan yang dirasakan warga," katanya. (dps)""",
        gold={"regions": [kota("Kediri", JT), kab("Kediri", JT), kota("Blitar", JT), kab("Tulungagung", JT),
                          kota("Surabaya", JT)],
              "provinces": [JT],
              "officials": [official("Dwi Hartanto", "Kepala Perwakilan Ombudsman RI Jawa Timur", "ombudsman", province=JT),
                            official("Bambang Setiadi", "Wali Kota Kediri", "kepala_daerah", region=kota("Kediri", JT)),
                            official("Sugeng Widodo", "Sekretaris Daerah Kabupaten Kediri", "sekda",
                                     region=kab("Kediri", JT))],
              "compliance": [result(2023, "hijau", "kategori A", 93.67, region=kota("Kediri", JT)),
                             result(2023, "hijau", "kategori B", 86.20, region=kab("Kediri", JT)),
                             result(2023, "kuning", "kategori C", 71.15, region=kota("Blitar", JT)),
                             result(2023, "merah", "kategori D", 55.40, region=kab("Tulungagung", JT))],
              "mpp": [mpp(kota("Kediri", JT), "operating", 2021, "Jalan Basuki Rahmat")]},
    ),
    dict(
        id="w004", portal="warta-disway", published="2024-05-14T13:25:00+08:00", author="Rahmawati Syam",
        editor="Andi Baso",
        title="MPP Gowa Resmi Diluncurkan, Maros Menyusul Tahun Depan",
        text="""SUNGGUMINASA – Mal Pelayanan Publik (MPP) Kabupaten Gowa resmi diluncurkan, Selasa (14/5/2024). Peluncuran dilakukan Andi Rahman Syah, Bupati Gowa, bersama Muhammad Ilham Hasan, Kepala Perwakilan Ombudsman RI Sulsel, di Gedung MPP Jalan Masjid Raya, Sungguminasa.

MPP Gowa menghimpun 210 jenis layanan dari 28 instansi, mulai dari Disdukcapil, Samsat, kantor pajak, BPJS hingga kantor imigrasi.

BACA JUGA:Jalan Poros Malino Kembali Dibuka Usai Longsor

"Warga tidak perlu lagi bolak-balik ke banyak kantor. Semua layanan kami dekatkan," kata Andi Rahman Syah.

Muhammad Ilham Hasan berharap keberadaan MPP tidak sekadar memindahkan loket. Menurutnya, standar pelayanan dan kanal pengaduan harus tersedia di setiap gerai.

Hadir pula Nurhayati Daeng Ngai, Kepala Dinas Penanaman Modal dan PTSP Kabupaten Gowa, yang menyebut warga Kota Makassar juga bisa memanfaatkan layanan perizinan di MPP Gowa.

Sementara itu, Pemerintah Kabupaten Maros berencana membangun MPP pada 2025 di Kompleks Kantor Bupati Maros. Hal itu disampaikan Andi Muh Fadli, Sekretaris Daerah Kabupaten Maros, yang turut hadir dalam peluncuran.""",
        gold={"regions": [kab("Gowa", SS), kab("Maros", SS), kota("Makassar", SS)],
              "provinces": [SS],
              "officials": [official("Andi Rahman Syah", "Bupati Gowa", "kepala_daerah", region=kab("Gowa", SS)),
                            official("Muhammad Ilham Hasan", "Kepala Perwakilan Ombudsman RI Sulsel", "ombudsman",
                                     province=SS),
                            official("Nurhayati Daeng Ngai", "Kepala Dinas Penanaman Modal dan PTSP Kabupaten Gowa",
                                     "perangkat_daerah", region=kab("Gowa", SS)),
                            official("Andi Muh Fadli", "Sekretaris Daerah Kabupaten Maros", "sekda",
                                     region=kab("Maros", SS))],
              "compliance": [],
              "mpp": [mpp(kab("Gowa", SS), "launched", 2024, "Jalan Masjid Raya, Sungguminasa"),
                      mpp(kab("Maros", SS), "planned", 2025, "Kompleks Kantor Bupati Maros")]},
    ),
    dict(
        id="w005", portal="warta-lembaga", published="2024-12-12T10:45:00+07:00", author="Humas Aceh",
        title="Aceh Singkil Masuk Kategori E, Banda Aceh Pertahankan Opini Kualitas Tertinggi",
        text="""BANDA ACEH – Ombudsman RI Perwakilan Aceh menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2024 kepada pemerintah daerah di Aceh, Kamis (12/12/2024).

Kepala Ombudsman RI Perwakilan Aceh, Teuku Rizal Fahmi, menyebut Kota Banda Aceh kembali meraih Opini Kualitas Tertinggi atau kategori A dengan nilai 94,12. Pada penilaian 2023, Banda Aceh juga berada di kategori A.

Kabupaten Aceh Besar berada di kategori B (Opini Kualitas Tinggi) dengan nilai 84,66, sedangkan Kabupaten Pidie mendapat kategori C dengan nilai 70,02. Adapun Pemerintah Aceh memperoleh kategori B dengan nilai 83,10.

Foto: Kepala Ombudsman RI Perwakilan Aceh menyerahkan hasil penilaian kepada perwakilan pemerintah daerah. (Humas)

Nilai terendah dicatat Kabupaten Aceh Singkil yang hanya mengantongi 38,75 dan masuk kategori E atau Opini Kualitas Terendah.

Penjabat Bupati Aceh Singkil, Azmi Syahputra, mengakui banyak unit layanan belum memiliki standar pelayanan dan sarana bagi penyandang disabilitas. "Kami terima hasil ini sebagai cambuk," ujarnya.

Wali Kota Banda Aceh, Zainal Arifin Daud, mengatakan pemkot akan memperluas layanan daring agar warga tidak perlu datang ke kantor. (humas)""",
        gold={"regions": [kota("Banda Aceh", AC), kab("Aceh Besar", AC), kab("Pidie", AC), kab("Aceh Singkil", AC)],
              "provinces": [AC],
              "officials": [official("Teuku Rizal Fahmi", "Kepala Ombudsman RI Perwakilan Aceh", "ombudsman",
                                     province=AC),
                            official("Azmi Syahputra", "Penjabat Bupati Aceh Singkil", "kepala_daerah",
                                     region=kab("Aceh Singkil", AC)),
                            official("Zainal Arifin Daud", "Wali Kota Banda Aceh", "kepala_daerah",
                                     region=kota("Banda Aceh", AC))],
              "compliance": [result(2024, "hijau", "kategori A", 94.12, region=kota("Banda Aceh", AC)),
                             result(2023, "hijau", "kategori A", None, region=kota("Banda Aceh", AC)),
                             result(2024, "hijau", "kategori B", 84.66, region=kab("Aceh Besar", AC)),
                             result(2024, "kuning", "kategori C", 70.02, region=kab("Pidie", AC)),
                             result(2024, "hijau", "kategori B", 83.10, province=AC),
                             result(2024, "merah", "kategori E", 38.75, region=kab("Aceh Singkil", AC))],
              "mpp": []},
    ),
    dict(
        id="w006", portal="warta-wp", published="2024-08-20T12:30:00+08:00", author="Komang Ariawan",
        title="MPP Tabanan Diresmikan, Warga Tak Perlu Lagi ke Denpasar",
        text="""TABANAN – Pemerintah Kabupaten Tabanan meresmikan Mal Pelayanan Publik (MPP) di Gedung Eks Kantor Bappeda, Jalan Pahlawan, Selasa (20/8/2024). Peresmian ditandai pemukulan kulkul oleh Bupati Tabanan, I Nyoman Wirata.

MPP Tabanan menghimpun 120 jenis layanan dari 18 instansi, mulai dari Disdukcapil, Samsat, BPJS Kesehatan hingga Kantor Pertanahan. Sebelumnya, warga harus mengurus sejumlah izin ke Kota Denpasar.

"Pelayanan yang cepat dan pasti adalah hak warga. MPP ini jawaban kami," kata I Nyoman Wirata.

Kepala Perwakilan Ombudsman RI Bali, Ni Putu Ayu Sari, berharap MPP membantu Tabanan mempertahankan zona hijau yang diraih pada penilaian kepatuhan 2022.

BACA JUGA: Harga Cabai Rawit di Denpasar Tembus Rp90 Ribu per Kilogram

Pada hari yang sama, sebuah pusat perbelanjaan baru, Kediri Plaza Mall, juga dibuka di Kecamatan Kediri, Tabanan. Kepala Dinas Perindustrian dan Perdagangan Kabupaten Tabanan, Ni Made Sukerti, menegaskan mal tersebut merupakan investasi swasta dan tidak terkait dengan MPP.

"Jangan keliru, mal di Kediri itu tempat belanja. Layanan administrasi tetap di MPP Jalan Pahlawan," ujarnya. (kmg)""",
        gold={"regions": [kab("Tabanan", BA), kota("Denpasar", BA)],
              "provinces": [BA],
              "officials": [official("I Nyoman Wirata", "Bupati Tabanan", "kepala_daerah", region=kab("Tabanan", BA)),
                            official("Ni Putu Ayu Sari", "Kepala Perwakilan Ombudsman RI Bali", "ombudsman",
                                     province=BA),
                            official("Ni Made Sukerti", "Kepala Dinas Perindustrian dan Perdagangan Kabupaten Tabanan",
                                     "perangkat_daerah", region=kab("Tabanan", BA))],
              "compliance": [result(2022, "hijau", None, None, region=kab("Tabanan", BA))],
              "mpp": [mpp(kab("Tabanan", BA), "launched", 2024, "Gedung Eks Kantor Bappeda, Jalan Pahlawan")]},
    ),
    dict(
        id="w007", portal="warta-disway", published="2021-07-16T17:40:00+08:00", author="Lalu Fathurrahman",
        editor="Sri Wahyuni",
        title="Mataram dan Kota Bima Zona Merah Covid-19, Layanan Tatap Muka Dibatasi",
        text="""MATARAM – Satuan Tugas Penanganan Covid-19 NTB menetapkan Kota Mataram dan Kota Bima sebagai zona merah penularan Covid-19, Jumat (16/7/2021). Kabupaten Lombok Timur dan Kabupaten Bima berstatus zona oranye.

Ketua Harian Satgas yang juga Sekretaris Daerah Provinsi NTB, Lalu Hamdani, meminta kabupaten/kota menekan mobilitas warga selama dua pekan ke depan.

BACA JUGA:Stok Oksigen di Sejumlah Rumah Sakit Mulai Menipis

Pembatasan layanan tatap muka juga berlaku di Mal Pelayanan Publik Kota Mataram yang beroperasi sejak 2019. Warga diminta memakai layanan daring dan mengambil nomor antrean lebih dulu.

Wali Kota Bima, Arifin Muchtar, mengatakan pemkot menutup sementara pasar malam dan membatasi jam operasional rumah makan. Di wilayah kabupaten, Wakil Bupati Bima, Dahlan Ramli, meminta camat mengaktifkan kembali posko di tiap desa.

Kepala Ombudsman RI Perwakilan NTB, Baiq Nurlaili, mengingatkan agar pembatasan tidak menurunkan mutu pelayanan. "Kota Mataram sudah masuk zona hijau kepatuhan pada penilaian 2019. Jangan sampai pandemi jadi alasan pelayanan turun," ujarnya.""",
        gold={"regions": [kota("Mataram", NB), kota("Bima", NB), kab("Lombok Timur", NB), kab("Bima", NB)],
              "provinces": [NB],
              "officials": [official("Lalu Hamdani", "Sekretaris Daerah Provinsi NTB", "sekda", province=NB),
                            official("Arifin Muchtar", "Wali Kota Bima", "kepala_daerah", region=kota("Bima", NB)),
                            official("Dahlan Ramli", "Wakil Bupati Bima", "wakil_kepala_daerah", region=kab("Bima", NB)),
                            official("Baiq Nurlaili", "Kepala Ombudsman RI Perwakilan NTB", "ombudsman", province=NB)],
              "compliance": [result(2019, "hijau", None, None, region=kota("Mataram", NB))],
              "mpp": [mpp(kota("Mataram", NB), "operating", 2019)]},
    ),
    dict(
        id="w008", portal="warta-lembaga", published="2025-11-04T15:30:00+08:00", author="Humas NTT",
        title="Ombudsman NTT Dorong Kabupaten Kupang Segera Wujudkan MPP",
        text="""KUPANG – Kepala Perwakilan Ombudsman RI NTT, Yohanes Bria Seran, berkunjung ke Kantor Bupati Kupang di Oelamasi, Selasa (4/11/2025). Ia diterima Wakil Bupati Kupang, Yakobus Lopo, bersama Sekretaris Daerah Kabupaten Kupang, Hendrikus Manafe.

Yohanes menyebut Kabupaten Kupang termasuk daerah di NTT yang belum memiliki Mal Pelayanan Publik, berbeda dengan Kota Kupang yang MPP-nya telah beroperasi sejak 2022.

"Warga Kabupaten Kupang masih harus ke kota untuk mengurus banyak hal. Itu biaya dan waktu," kata Yohanes.

Dalam penilaian kepatuhan 2024, Kabupaten Kupang masih berada di kategori C. Sementara Sumba Barat, Sumba Timur, dan Manggarai Barat sudah masuk kategori A.

Yakobus Lopo mengatakan Pemkab Kupang menargetkan MPP beroperasi pada 2026 di gedung eks Kantor Camat Kupang Tengah. Kepala Dinas Kependudukan dan Pencatatan Sipil, Maria Goreti Nalle, menambahkan layanan adminduk akan menjadi gerai pertama yang dibuka.

Loading...""",
        gold={"regions": [kab("Kupang", NT), kota("Kupang", NT), kab("Sumba Barat", NT), kab("Sumba Timur", NT),
                          kab("Manggarai Barat", NT)],
              "provinces": [NT],
              "officials": [official("Yohanes Bria Seran", "Kepala Perwakilan Ombudsman RI NTT", "ombudsman",
                                     province=NT),
                            official("Yakobus Lopo", "Wakil Bupati Kupang", "wakil_kepala_daerah",
                                     region=kab("Kupang", NT)),
                            official("Hendrikus Manafe", "Sekretaris Daerah Kabupaten Kupang", "sekda",
                                     region=kab("Kupang", NT)),
                            official("Maria Goreti Nalle", "Kepala Dinas Kependudukan dan Pencatatan Sipil",
                                     "perangkat_daerah", region=kab("Kupang", NT))],
              "compliance": [result(2024, "kuning", "kategori C", None, region=kab("Kupang", NT)),
                             result(2024, "hijau", "kategori A", None, region=kab("Sumba Barat", NT)),
                             result(2024, "hijau", "kategori A", None, region=kab("Sumba Timur", NT)),
                             result(2024, "hijau", "kategori A", None, region=kab("Manggarai Barat", NT))],
              "mpp": [mpp(kota("Kupang", NT), "operating", 2022),
                      mpp(kab("Kupang", NT), "planned", 2026, "gedung eks Kantor Camat Kupang Tengah")]},
    ),
    # ---- off-topic local news: no compliance or MPP facts, but regions and officials to tag correctly
    dict(
        id="w009", portal="warta-wp", published="2025-09-10T18:15:00+08:00", author="Yoseph Lewuk",
        title="Atlet Dayung Sikka Borong Tiga Emas di Porprov NTT",
        text="""ENDE – Kontingen Kabupaten Sikka membawa pulang tiga medali emas dari cabang olahraga dayung pada Pekan Olahraga Provinsi (Porprov) NTT di Kabupaten Ende, Rabu (10/9/2025).

Ketiga emas diraih di nomor perahu naga 500 meter putra, kayak tunggal putri dan kano ganda putra. Tuan rumah Ende harus puas dengan dua emas.

Kepala Dinas Kepemudaan dan Olahraga Kabupaten Sikka, Stefanus Lewar, mengatakan hasil itu buah latihan rutin di Teluk Maumere sejak awal tahun.

"Anak-anak berlatih pagi dan sore selama delapan bulan. Kami bangga," katanya.

Di klasemen sementara, Sikka berada di posisi ketiga di bawah Kota Kupang dan Kabupaten Ende. Porprov NTT akan ditutup Sabtu pekan ini. (ysp)""",
        gold={"regions": [kab("Sikka", NT), kab("Ende", NT), kota("Kupang", NT)],
              "provinces": [NT],
              "officials": [official("Stefanus Lewar", "Kepala Dinas Kepemudaan dan Olahraga Kabupaten Sikka",
                                     "perangkat_daerah", region=kab("Sikka", NT))],
              "compliance": [], "mpp": []},
    ),
    dict(
        id="w010", portal="warta-disway", published="2023-11-27T07:30:00+07:00", author="Putri Ginting",
        editor="Hendra Sembiring",
        title="BMKG: Hujan Lebat Berpotensi Guyur Langkat dan Karo Tiga Hari ke Depan",
        text="""MEDAN – Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memprakirakan hujan lebat disertai angin kencang berpotensi mengguyur Kabupaten Langkat dan Kabupaten Karo hingga Rabu (29/11/2023).

Prakirawan BMKG Stasiun Meteorologi Kualanamu menyebut wilayah pesisir Kota Medan dan Kabupaten Deli Serdang juga perlu mewaspadai genangan saat hujan turun bersamaan dengan air pasang.

BACA JUGA:Jalur Medan-Berastagi Padat Jelang Libur Akhir Pekan

Kepala Pelaksana BPBD Langkat, Irwan Syahputra, mengatakan pihaknya telah menyiagakan perahu karet dan personel di kecamatan yang rawan banjir.

"Warga di bantaran sungai kami imbau mengungsi lebih awal bila hujan turun lebih dari tiga jam," ujarnya.

Di dataran tinggi Karo, pengendara yang melintas di jalur Berastagi diminta berhati-hati karena potensi pohon tumbang dan longsor.""",
        gold={"regions": [kab("Langkat", SU), kab("Karo", SU), kota("Medan", SU), kab("Deli Serdang", SU)],
              "provinces": [],
              "officials": [official("Irwan Syahputra", "Kepala Pelaksana BPBD Langkat", "perangkat_daerah",
                                     region=kab("Langkat", SU))],
              "compliance": [], "mpp": []},
    ),
    dict(
        id="w011", portal="warta-wp", published="2024-08-19T09:50:00+08:00", author="Komang Ariawan",
        title="Harga Cabai Rawit di Denpasar Tembus Rp90 Ribu per Kilogram",
        text="""DENPASAR – Harga cabai rawit di Pasar Badung, Kota Denpasar, melonjak hingga Rp90 ribu per kilogram, Senin (19/8/2024). Sepekan sebelumnya harga masih berkisar Rp55 ribu per kilogram.

Pedagang menyebut pasokan dari Kabupaten Karangasem berkurang karena hujan yang turun hampir setiap hari merusak tanaman cabai petani.

"Pembeli sekarang hanya beli seperempat kilo, bahkan ada yang beli lima ribu rupiah saja," kata Made Sriani, pedagang di lantai dasar pasar.

Kepala Dinas Perdagangan Kota Denpasar, I Wayan Suarta, mengatakan pemkot akan menggelar pasar murah di empat kecamatan pekan depan untuk menahan laju harga.

Selain cabai, harga bawang merah juga naik menjadi Rp42 ribu per kilogram, sementara harga beras medium relatif stabil. (kmg)""",
        gold={"regions": [kota("Denpasar", BA), kab("Karangasem", BA)],
              "provinces": [],
              "officials": [official("I Wayan Suarta", "Kepala Dinas Perdagangan Kota Denpasar", "perangkat_daerah",
                                     region=kota("Denpasar", BA))],
              "compliance": [], "mpp": []},
    ),
    dict(
        id="w012", portal="warta-disway", published="2025-08-23T20:05:00+07:00", author="Munawar Gayo",
        editor="Nurul Aini",
        title="Ribuan Pengunjung Padati Festival Kopi Gayo di Takengon",
        text="""TAKENGON – Ribuan pengunjung memadati Festival Kopi Gayo di Lapangan Musara Alun, Takengon, Kabupaten Aceh Tengah, Sabtu (23/8/2025). Festival tahunan ini menghadirkan 60 stan kopi dari petani dan pelaku usaha.

Wakil Bupati Aceh Tengah, Firdaus Ilham, membuka festival dan menyebut kopi arabika Gayo sebagai penopang ekonomi ribuan keluarga di dataran tinggi Gayo.

BACA JUGA:Jalan Lintas Takengon Kembali Normal Usai Longsor

Selain dari Aceh Tengah, peserta juga datang dari Kabupaten Bener Meriah dan Gayo Lues. Panitia menggelar lomba sangrai kopi, kelas seduh manual, dan pameran alat pascapanen.

"Kami ingin anak muda melihat kopi bukan hanya sebagai kebun orang tua, tetapi juga usaha yang menjanjikan," kata Firdaus.

Festival berlangsung hingga Senin dan ditutup dengan pagelaran tari saman massal.""",
        gold={"regions": [kab("Aceh Tengah", AC), kab("Bener Meriah", AC), kab("Gayo Lues", AC)],
              "provinces": [],
              "officials": [official("Firdaus Ilham", "Wakil Bupati Aceh Tengah", "wakil_kepala_daerah",
                                     region=kab("Aceh Tengah", AC))],
              "compliance": [], "mpp": []},
    ),
    dict(
        id="w013", portal="warta-wp", published="2025-01-14T11:10:00+07:00", author="Rahmat Hidayat",
        editor="Sri Wahyuni",
        title="Ombudsman Jambi Terima 318 Laporan Sepanjang 2024, Pemkab Muaro Jambi Terbanyak Dilaporkan",
        text="""JAMBI – Ombudsman Republik Indonesia Perwakilan Jambi menerima 318 laporan masyarakat sepanjang tahun 2024. Angka itu naik dibanding tahun 2023 yang berjumlah 271 laporan.

Kepala Perwakilan Ombudsman RI Jambi, Dedy Kurniawan, mengatakan pemerintah daerah yang paling banyak dilaporkan adalah Pemerintah Kabupaten Muaro Jambi dengan 46 laporan, disusul Pemerintah Kota Jambi dengan 39 laporan dan Pemerintah Kabupaten Batanghari dengan 22 laporan.

"Sebagian besar laporan menyangkut pelayanan administrasi kependudukan, pertanahan, dan penundaan berlarut," kata Dedy saat menyampaikan laporan akhir tahun di kantornya, Selasa (14/1/2025).

BACA JUGA: Banjir Rendam Ratusan Rumah di Sarolangun

Foto: Kepala Perwakilan Ombudsman RI Jambi menyampaikan laporan akhir tahun. (Humas)

Menurut Dedy, sebanyak 184 laporan telah selesai ditindaklanjuti hingga akhir Desember. Ia meminta pemerintah kabupaten dan kota memperkuat unit pengaduan agar keluhan warga tidak berlarut-larut.""",
        gold={"regions": [kab("Muaro Jambi", JA), kota("Jambi", JA), kab("Batanghari", JA)],
              "provinces": [JA],
              "officials": [official("Dedy Kurniawan", "Kepala Perwakilan Ombudsman RI Jambi", "ombudsman",
                                     province=JA)],
              "compliance": [], "mpp": [],
              "complaints": [complaint(318, 2024, JA), complaint(271, 2023, JA),
                             complaint(46, 2024, JA, kab("Muaro Jambi", JA)),
                             complaint(39, 2024, JA, kota("Jambi", JA)),
                             complaint(22, 2024, JA, kab("Batanghari", JA))]},
    ),
    dict(
        id="w014", portal="warta-lembaga", published="2025-07-08T09:30:00+09:00", author="Humas Ombudsman Maluku",
        title="Semester I 2025, Ombudsman Maluku Catat 97 Laporan Masyarakat",
        text="""AMBON – Ombudsman RI Perwakilan Maluku mencatat 97 laporan masyarakat selama semester I tahun 2025, dari Januari hingga Juni. Kota Ambon menjadi daerah dengan instansi terlapor terbanyak, yakni 31 laporan, disusul Kabupaten Maluku Tengah dengan 18 laporan.

Kepala Perwakilan Ombudsman RI Maluku, Hasan Slamat, menjelaskan bahwa selain laporan, pihaknya juga melayani 142 konsultasi nonlaporan melalui telepon, media sosial, dan kunjungan langsung.

"Kami berharap pemerintah daerah di Maluku lebih terbuka menerima keluhan warga dan menyelesaikannya sebelum sampai ke Ombudsman," ujar Hasan dalam keterangan tertulis, Selasa (8/7/2025).

Ia menambahkan, substansi yang paling banyak dilaporkan adalah kepegawaian, pendidikan, dan layanan kesehatan.""",
        gold={"regions": [kota("Ambon", MA), kab("Maluku Tengah", MA)],
              "provinces": [MA],
              "officials": [official("Hasan Slamat", "Kepala Perwakilan Ombudsman RI Maluku", "ombudsman",
                                     province=MA)],
              "compliance": [], "mpp": [],
              "complaints": [complaint(97, 2025, MA), complaint(31, 2025, MA, kota("Ambon", MA)),
                             complaint(18, 2025, MA, kab("Maluku Tengah", MA))]},
    ),
]
