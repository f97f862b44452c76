"""warta_regions: kabupaten/kota and province mentions with their Kemendagri codes.

Sentences are written for these tests in the style of regional portals across many provinces; each
case gives the exact set of region codes and province codes the text refers to.
"""
from __future__ import annotations

import pytest

from pipeline.gazetteer import get_gazetteer


def tag(nlp, text):
    doc = nlp(text)
    return doc, {s.kb_id_ for s in doc.spans["regions"]}, {s.kb_id_ for s in doc.spans["provinces"]}


def check(nlp, text, regions, provinces):
    _, got_r, got_p = tag(nlp, text)
    assert (got_r, got_p) == (set(regions), set(provinces)), text


# --- every region and province by its official form (generated from the gazetteer) -------------
_GAZ = get_gazetteer()


@pytest.mark.parametrize("code", sorted(_GAZ.regions))
def test_every_region_by_its_official_form(nlp, code):
    r = _GAZ.regions[code]
    prefix = "Kabupaten" if r.kind == "kabupaten" else "Kota"
    doc, got, _ = tag(nlp, f"Ombudsman menyerahkan hasil penilaian kepada {prefix} {r.name} pekan lalu.")
    assert got == {code}
    span = doc.spans["regions"][0]
    assert span.label_ == r.kind and span.text == r.name
    _, got_upper, _ = tag(nlp, f"{prefix.upper()} {r.name.upper()} – Pelayanan publik terus dibenahi.")
    assert got_upper == {code}


@pytest.mark.parametrize("code", sorted(_GAZ.provinces))
def test_every_province_by_its_official_form(nlp, code):
    p = _GAZ.provinces[code]
    doc, regions, provinces = tag(nlp, f"Pemerintah Provinsi {p.name} menerima rapor kepatuhan.")
    assert (regions, provinces) == (set(), {code})
    assert doc.spans["provinces"][0].label_ == "provinsi"


# --- government forms and titles -----------------------------------------------------------------
@pytest.mark.parametrize("text, regions, provinces", [
    ("Pemkab Sidoarjo meraih predikat kepatuhan tinggi.", {"35.15"}, set()),
    ("Pemkot Surabaya menambah gerai layanan.", {"35.78"}, set()),
    ("Pemko Pekanbaru menyiapkan gedung baru.", {"14.71"}, set()),
    ("Pemerintah Kabupaten Sleman menggandeng Ombudsman.", {"34.04"}, set()),
    ("Kab. Sumedang dan Kab Garut masuk zona hijau.", {"32.11", "32.05"}, set()),
    ("Bupati Banyuwangi membuka forum konsultasi publik.", {"35.10"}, set()),
    # a bare "Jakarta" is the province (DKI Jakarta): the capital as a place, as real news is labelled
    ("Wali Kota Ambon dan Walikota Ternate bertemu di Jakarta.", {"81.71", "82.71"}, {"31"}),
    ("Wako Bukittinggi meninjau pasar.", {"13.75"}, set()),
    ("Wakil Bupati Lombok Timur hadir mewakili bupati.", {"52.03"}, set()),
    ("Sekda Kabupaten Sanggau membuka rapat koordinasi.", {"61.03"}, set()),
    ("Ketua DPRD Kota Kendari meminta pemkot berbenah.", {"74.71"}, set()),
    ("Pj Bupati Buton Selatan meninjau puskesmas.", {"74.15"}, set()),
    ("Pemprov Kaltim menargetkan zona hijau.", set(), {"64"}),
    ("Gubernur Sulawesi Tenggara melantik pejabat.", set(), {"74"}),
    ("Ombudsman Perwakilan Kalteng memanggil kepala dinas.", set(), {"62"}),
    ("Kepala Ombudsman RI Perwakilan Provinsi Sulawesi Utara hadir.", set(), {"71"}),
    ("Ombudsman Kalsel membuka posko pengaduan.", set(), {"63"}),
    ("Pemerintah Kabupaten (Pemkab) Paser menyiapkan MPP.", {"64.01"}, set()),
])
def test_government_forms_and_titles(nlp, text, regions, provinces):
    check(nlp, text, regions, provinces)


def test_government_form_attributes(nlp):
    doc = nlp("Pemkab Bantul dan Kabupaten Gunungkidul hadir bersama Gubernur DIY.")
    by_text = {s.text: s for s in [*doc.spans["regions"], *doc.spans["provinces"]]}
    assert by_text["Bantul"]._.cue == "pemkab" and by_text["Bantul"]._.gov
    assert by_text["Gunungkidul"]._.cue == "kabupaten" and not by_text["Gunungkidul"]._.gov
    assert by_text["DIY"]._.cue == "gubernur" and by_text["DIY"]._.gov
    assert doc._.province_context == ["34"]


# --- abbreviations, variants and renamed regencies ------------------------------------------------
@pytest.mark.parametrize("text, regions, provinces", [
    ("Bupati HSU meresmikan gerai layanan terpadu.", {"63.08"}, set()),
    ("Pemkab Kukar dan Pemkab Kutim berbagi pengalaman.", {"64.02", "64.08"}, set()),
    ("Bupati Sidrap bertemu Bupati Pangkep di Makassar.", {"73.14", "73.10", "73.71"}, set()),
    ("Pemkab Madina dan Pemkab Tapteng menandatangani nota kesepahaman.", {"12.13", "12.01"}, set()),
    ("Warga TTS dan TTU mengeluhkan layanan air bersih.", {"53.02", "53.03"}, set()),
    ("Pemkab Mabar mempercepat perizinan di Labuan Bajo.", {"53.15"}, set()),
    ("Bupati KBB menghadiri rapat di Pemkot Tangsel.", {"32.17", "36.74"}, set()),
    ("Layanan di Kota Baubau dan Kota Bau-Bau sama saja.", {"74.72"}, set()),
    ("Wali Kota Palangka Raya membuka MPP.", {"62.71"}, set()),
    ("Pemkab Tolitoli dan Pemkab Fakfak belajar ke Kota Pangkalpinang.", {"72.04", "92.03", "19.71"}, set()),
    ("Pemkab Tanahdatar dan Pemkab Limapuluh Kota menerima piagam.", {"13.04", "13.07"}, set()),
    ("Pemerintah Kabupaten 50 Kota menambah loket.", {"13.07"}, set()),
    ("Kabupaten Toba Samosir kini bernama Kabupaten Toba.", {"12.12"}, set()),
    ("Dulu bernama Kabupaten Pontianak, kini Kabupaten Mempawah.", {"61.02"}, set()),
    ("Pemkab Selayar dan Pemkab Mamuju Utara mengirim utusan.", {"73.01", "76.01"}, set()),
    ("Ombudsman Sumbar, Sumut dan Sumsel menggelar rapat bersama.", set(), {"13", "12", "16"}),
    ("Kalbar, Kalteng, Kaltim dan Kaltara bersepakat.", set(), {"61", "62", "64", "65"}),
    ("Jabar, Jateng dan Jatim menjadi lokus penilaian.", set(), {"32", "33", "35"}),
    ("Perwakilan NTB dan NTT menyampaikan laporan.", set(), {"52", "53"}),
    ("Pemprov Sulsel, Sulteng, Sultra, Sulut dan Sulbar hadir.", set(), {"73", "72", "74", "71", "76"}),
    ("Gubernur Babel dan Gubernur Kepri bertemu.", set(), {"19", "21"}),
    ("Pemprov DKI dan Pemprov Malut menandatangani kerja sama.", set(), {"31", "82"}),
    ("Provinsi Papua Barat Daya (PBD) dan Papua Tengah resmi berdiri.", set(), {"96", "94"}),
    ("Pemerintah Kabupaten Solok, Sumatra Barat, menargetkan sepuluh besar.", {"13.02"}, {"13"}),
    ("Pelayanan publik di Kalimantan Selatan (Kalsel) membaik.", set(), {"63"}),
])
def test_abbreviations_variants_and_renamed(nlp, text, regions, provinces):
    check(nlp, text, regions, provinces)


# --- lists that drop the prefix -------------------------------------------------------------------
@pytest.mark.parametrize("text, regions", [
    ("Kabupaten Teluk Wondama, Teluk Bintuni, dan Manokwari Selatan masih di zona merah.",
     {"92.07", "92.06", "92.11"}),
    ("Kabupaten Balangan, Banjar, Tapin serta Kota Banjarbaru masuk zona hijau.",
     {"63.11", "63.03", "63.05", "63.72"}),
    ("Kabupaten Sanggau (89,55), Sambas (88,91) dan Sekadau (78,12) dinilai.", {"61.03", "61.01", "61.09"}),
    ("Pemkab Gowa, Maros dan Takalar berkoordinasi.", {"73.06", "73.09", "73.05"}),
    ("Kota Bogor, Depok, dan Bekasi menjadi penyangga ibu kota.", {"32.71", "32.76", "32.75"}),
])
def test_lists_dropping_the_prefix(nlp, text, regions):
    check(nlp, text, regions, set())


# --- datelines ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, regions", [
    ("Judul Berita\nMANOKWARI, Portal.com – Pemprov Papua Barat membuka layanan.", {"92.02"}),
    ("Judul Berita\nPONTIANAK – Pelayanan publik terus dibenahi.", {"61.71"}),
    ("Judul Berita\nPadang, Klikpositif - Dinas terkait memberikan penjelasan.", {"13.71"}),
    ("Judul Berita\nBATU – Taman kota dibuka kembali.", {"35.79"}),
    ("Judul Berita\nBENGKULU – Sejumlah instansi berbenah.", {"17.71"}),
    ("Judul Berita\nSOLOK – Gerai pengaduan dibuka.", {"13.72"}),
    ("Judul Berita\nSAMPIT – Pemkab Kotim meresmikan MPP.", {"62.02"}),
    ("Judul Berita\nAROSUKA – Pemkab Solok menerima piagam.", {"13.02"}),
    ("Judul Berita\nKANDANGAN – Warga antre di kantor kecamatan.", set()),
    ("Judul Berita\nTIGARAKSA – Pemkab Tangerang meresmikan MPP.", {"36.03"}),
    ("Judul Berita\nKUALA KAPUAS – Rapat evaluasi digelar di aula.", set()),
])
def test_datelines(nlp, text, regions):
    _, got, _ = tag(nlp, text)
    assert got == regions


# --- bare names, common words and namesakes --------------------------------------------------------
@pytest.mark.parametrize("text, regions, provinces", [
    ("Lebong berhasil naik ke zona hijau tahun ini.", {"17.07"}, set()),
    ("Dharmasraya dan Merangin menjadi sorotan.", {"13.10", "15.02"}, set()),
    ("Batu itu dipindahkan dengan alat berat.", set(), set()),
    ("Petani menjual batu bara ke pengepul.", set(), set()),
    ("Harga Batu Bara Naik Lagi\nHarga batu bara naik di Kalimantan Timur.", set(), {"64"}),
    ("Warga banjar adat di Gianyar menggelar upacara.", {"51.04"}, set()),
    ("Banjar Tegal di Kabupaten Badung, Bali menggelar upacara.", {"51.03"}, {"51"}),
    ("Perahu menyusuri Sungai Kapuas menuju hulu.", set(), set()),
    ("Wisatawan memadati Danau Toba saat libur panjang.", set(), set()),
    ("Wali Kota Bogor Bima Arya menerima rombongan.", {"32.71"}, set()),
    ("Dari Sabang sampai Merauke, pelayanan harus setara.", set(), set()),
    ("Rombongan tiba di Papua Nugini melalui pos lintas batas.", set(), set()),
    ("Pemain Semen Padang FC berlatih di Bank Nagari Arena.", set(), set()),
    ("Kantor baru berada di Jalan Sudirman, Desa Sumber Rejo.", set(), set()),
    ("Kecamatan Bogor Tengah mendapat bantuan.", set(), set()),
    ("Festival digelar di Nagari Batang Barus.", set(), set()),
    ("Mahasiswa Universitas Jambi meneliti layanan publik.", set(), set()),
    ("Pemkab Bone meraih WTP. Menurut Bupati, warga Bone puas.", {"73.08"}, set()),
    ("Ombudsman Sulsel mencatat layanan di Bone dan Sinjai membaik.", {"73.08", "73.07"}, {"73"}),
    ("Penyeberangan ke Buru dibuka. Kapal dari Ambon tiba pagi.", {"81.04", "81.71"}, set()),
    ("Di Maluku, kapal menuju Buru dan Kabupaten Seram Bagian Barat kembali berlayar.",
     {"81.04", "81.06"}, {"81"}),
    ("Warga Agam dan Pasaman antusias mengikuti sosialisasi Ombudsman Sumbar.", {"13.06", "13.08"}, {"13"}),
])
def test_bare_names_common_words_and_namesakes(nlp, text, regions, provinces):
    check(nlp, text, regions, provinces)


# --- kabupaten/kota pairs and kota named like their province ---------------------------------------
@pytest.mark.parametrize("text, regions, provinces", [
    ("Bupati Solok dan Wali Kota Solok hadir bersama.", {"13.02", "13.72"}, set()),
    ("Pemkab Malang menambah loket, sedangkan Kota Malang sudah punya MPP.", {"35.07", "35.73"}, set()),
    ("Pemkab Kupang bekerja sama dengan Pemkot Kupang.", {"53.01", "53.71"}, set()),
    ("Kabupaten Bekasi zona hijau. Warga Bekasi senang.", {"32.16"}, set()),
    ("Kota Tasikmalaya zona kuning. Di Tasikmalaya antrean masih panjang.", {"32.78"}, set()),
    ("Ombudsman Jabar menilai Bandung dan Cirebon.", {"32.73", "32.74"}, {"32"}),
    ("Provinsi Bengkulu masuk zona merah, begitu pula Kota Bengkulu.", {"17.71"}, {"17"}),
    ("Gubernur Jambi menyerahkan piagam kepada Wali Kota Jambi.", {"15.71"}, {"15"}),
    ("KOTA JAMBI – Pemkot Jambi menata kawasan Jambi Timur.", {"15.71"}, set()),
    ("Gubernur Gorontalo bertemu Bupati Gorontalo dan Wali Kota Gorontalo.", {"75.01", "75.71"}, {"75"}),
    ("Menurut dia, Bengkulu masih berada di zona merah.", set(), {"17"}),
    ("Ombudsman Kalsel menilai Kabupaten Banjar. Di Banjar, MPP sudah beroperasi.", {"63.03"}, {"63"}),
    ("Ombudsman Jabar menilai Kota Banjar dan Ciamis.", {"32.79", "32.07"}, {"32"}),
    ("Pemkab Tabanan di Bali. Mal baru dibuka di Kediri, Tabanan.", {"51.02"}, {"51"}),
])
def test_pairs_and_province_named_cities(nlp, text, regions, provinces):
    check(nlp, text, regions, provinces)


# --- provinces only when the text refers to them ----------------------------------------------------
@pytest.mark.parametrize("text, regions, provinces", [
    ("Pemkab Pandeglang meresmikan MPP pertama.", {"36.01"}, set()),
    ("MPP Kabupaten Sintang di Kalimantan Barat turut diresmikan.", {"61.05"}, {"61"}),
    ("Warga Muaro Jambi dan Kota Sungai Penuh antusias.", {"15.05", "15.72"}, set()),
    ("Pemkab Aceh Besar dan Pemkot Banda Aceh menandatangani MoU.", {"11.06", "11.71"}, set()),
    ("Pemkot Bandar Lampung dan Pemprov Lampung berkolaborasi.", {"18.71"}, {"18"}),
    ("Pemkab Maluku Tengah bersama Pemprov Maluku meninjau lokasi.", {"81.01"}, {"81"}),
    ("Rakor se-Kalbar diikuti seluruh kabupaten.", set(), {"61"}),
])
def test_provinces_only_when_referred_to(nlp, text, regions, provinces):
    check(nlp, text, regions, provinces)


# --- noise: related-article lines, headline, portal furniture --------------------------------------
def test_baca_juga_lines_are_not_evidence(nlp):
    text = ("Pemkab Lebong Raih Zona Hijau\n\nLEBONG – Pemkab Lebong meraih zona hijau.\n\n"
            "BACA JUGA: Banjir Rendam Tiga Desa di Kabupaten Seluma\n"
            "Baca juga:Wali Kota Bengkulu Tinjau Pasar\n\nBupati Lebong bersyukur.")
    check(nlp, text, {"17.07"}, set())


def test_related_headline_on_the_line_after_the_marker_is_skipped(nlp):
    text = ("Ombudsman Kalteng Gelar Workshop\n\nPALANGKA RAYA – Ombudsman Kalteng menggelar workshop.\n\n"
            "BACA JUGA:\n\nBupati Kapuas Hulu Resmikan Jembatan\n\nTags: Kabupaten Sintang, Kota Singkawang\n\n"
            "Peserta berasal dari pemda se-Kalteng.")
    check(nlp, text, {"62.71"}, {"62"})


def test_sentences_that_merely_start_like_markers_are_kept(nlp):
    text = "Topik diskusi di Kabupaten Kapuas adalah pelayanan.\nBaca selengkapnya tentang Pemkab Seruyan."
    check(nlp, text, {"62.03", "62.07"}, set())


def test_headline_counts(nlp):
    text = "Pemkot Tarakan Resmikan MPP di Kaltara\n\nGedung baru itu melayani 236 jenis layanan."
    check(nlp, text, {"65.71"}, {"65"})


def test_lowercase_common_nouns_are_not_names(nlp):
    check(nlp, "Kota itu ramai; padang rumput dan pati singkong dijual di pasar.", set(), set())


def test_empty_and_odd_input(nlp):
    for text in ("", "   \n\n", "—", "KABUPATEN", "Kabupaten Kabupaten Kota Kota", "(((("):
        doc = nlp(text)
        assert list(doc.spans["regions"]) == [] and list(doc.spans["provinces"]) == []
        assert doc._.province_context == []


# --- the portal's home province as a prior -------------------------------------------------------

def _codes(text, prior=None):
    from pipeline.facts import tag_text

    return {r.code for r in tag_text(text, province_prior=prior).regions}


def test_home_province_prior_resolves_names_the_article_leaves_open(nlp):
    text = "Warga Banjar antusias menyambut program layanan keliling dari pemerintah daerah."
    assert "63.03" in _codes(text, prior="63")  # Kabupaten Banjar, Kalimantan Selatan
    assert "32.79" in _codes("Pemerintah Kota Banjar membuka layanan keliling.", prior="63")  # stated: Kota Banjar
    assert "63.03" not in _codes(text, prior="32")


def test_prior_never_overrides_what_the_article_establishes(nlp):
    text = "Pemprov Jawa Barat meninjau layanan. Warga Banjar antusias menyambut program itu."
    assert "63.03" not in _codes(text, prior="63")
