"""pipeline.clean: boilerplate lines go, every real sentence stays."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean import boilerplate_kind, clean_author, clean_text, normalise, split_byline

#: Lines seen on Indonesian portals that are not article text.
BOILERPLATE = [
    "BACA JUGA: Jadwal Penyeberangan Kapal Motor Kembali Normal",
    "BACA JUGA:BKD Kejar Distribusi SPPT PBB-P2 Paling Lambat April 2024",
    "Baca juga : Harga Karet Naik",
    "Baca Juga",
    "Lihat juga: Banjir di Kabupaten Agam",
    "Berita Terkait",
    "Loading plugin...",
    "Loading...",
    "Loading…",
    "Discussion about this post",
    "Kategori :",
    "Kategori : Daerah, Pemerintahan",
    "Tags: ombudsman, pelayanan publik",
    "Editor :",
    "Editor : M. Rizki Amanda Lubis",
    "Reporter : Muharista Delda",
    "Penulis: Andi Saputra",
    "Sumber : Humas Pemkab Solok",
    "Editor: Yuliana | Reporter: Rendy Saputra",
    "Foto: Suasana penyerahan hasil penilaian kepatuhan di Balai Petitih. (Ist)",
    "FOTO/ANTARA: Warga antre di loket pelayanan",
    "Foto Bersama Kepala Perwakilan Ombudsman RI Kalsel dengan Bupati HSS dan jajaran",
    "• ,",
    "• - +",
    "ARTIKEL • Kamis, 04/03/2021 • Rujalinor",
    "Berita | 12 Maret 2024 | Admin",
    "Artikel",
    "Sabtu 16 Mar 2024 - 23:15 WIB",
    "Kamis, 04/03/2021",
    "Senin, 5 Desember 2022 10:00 WITA",
    "Copyright © 2024 KabarNagari. All rights reserved.",
    "© 2022 Radar Tarakan",
    "Hak cipta dilindungi undang-undang.",
    "Halaman selanjutnya",
    "Halaman 2 dari 3",
    "Simak berita dan artikel lainnya di Google News",
    "Ikuti saluran WhatsApp Kabar Nagari untuk update berita terkini",
    "Dapatkan update berita pilihan setiap hari dengan bergabung di WhatsApp Channel kami",
    "Yuk gabung channel Telegram kami",
    "ADVERTISEMENT",
    "Scroll untuk melanjutkan membaca",
    "Bagikan",
    "2 komentar",
]

#: Real sentences, several of them starting like boilerplate: all must survive unchanged.
SENTENCES = [
    "Foto bersama dilakukan usai acara penyerahan piagam.",
    "Kategori A diberikan kepada daerah dengan nilai 88 sampai 100.",
    "Sumber dana pembangunan MPP berasal dari APBD Kabupaten Solok tahun 2023.",
    "Editor senior media itu tidak hadir dalam rapat.",
    "Rapat berlangsung di Kantor Bupati Kapuas, Selasa (12/3/2019), dipimpin Wakil Bupati.",
    "Kabupaten Lebong meraih nilai 87,31 dengan opini kualitas tinggi (zona hijau).",
    "Mal Pelayanan Publik (MPP)",
    "Luncurkan Mall Pelayanan Publik",
    "Ia mengajak warga mengikuti perkembangan layanan MPP melalui akun resmi pemkab.",
    "Simak juga penjelasan kepala dinas: layanan kini buka hingga pukul 15.00 WIB, kata Toto di Tana Paser pada "
    "Kamis (12/2/2026) di hadapan para camat, lurah, kepala desa dan tokoh masyarakat yang hadir dalam rapat "
    "koordinasi evaluasi gerai MPP, yang berlangsung hingga siang hari dan diikuti sesi tanya jawab panjang "
    "tentang jadwal peresmian MPP oleh KemenPAN-RB, gangguan jaringan internet di beberapa gerai, dan "
    "kesiapan petugas di setiap loket layanan.",
]


@pytest.mark.parametrize("line", BOILERPLATE)
def test_boilerplate_line_is_removed(line):
    assert boilerplate_kind(line) is not None
    assert clean_text(f"Bupati meresmikan MPP.\n{line}\nWarga menyambut baik.") == \
        "Bupati meresmikan MPP.\nWarga menyambut baik."


@pytest.mark.parametrize("sentence", SENTENCES)
def test_real_sentence_is_kept(sentence):
    assert clean_text(f"Bupati meresmikan MPP.\n{sentence}") == f"Bupati meresmikan MPP.\n{sentence}"


@pytest.mark.parametrize("line, expected", [
    ("Bupati Solok bersama tim mendatangi pabrik di Nagari Batang Barus, Kabupaten Solok.(Ist)",
     "Bupati Solok bersama tim mendatangi pabrik di Nagari Batang Barus, Kabupaten Solok."),
    ("Warga mengurus dokumen di MPP (Dok)", "Warga mengurus dokumen di MPP"),
    ("Kami menjadikan lantai 3 Pasar Kandangan sebagai lokasi MPP,\" pungkasnya (rj)",
     "Kami menjadikan lantai 3 Pasar Kandangan sebagai lokasi MPP,\" pungkasnya"),
    ("Camat se Kabupaten Solok hadir.(Hendrik)", "Camat se Kabupaten Solok hadir."),
    ("MPP diresmikan menteri. (Humas Pemkab Tangerang)", "MPP diresmikan menteri."),
    ("Acara ditutup.(Ist) (rj)", "Acara ditutup."),
    # parentheses that are content stay
    ("Rapat digelar Rabu (3/3/2021).", "Rapat digelar Rabu (3/3/2021)."),
    ("Nilai Kabupaten Kerinci (87,31)", "Nilai Kabupaten Kerinci (87,31)"),
    ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP)",
     "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP)"),
])
def test_credit_tails(line, expected):
    assert clean_text(line) == expected


def test_lone_baca_juga_takes_its_headline_along():
    text = "Paragraf pertama.\nBaca Juga:\nBanjir Rendam Tiga Kecamatan\nParagraf kedua yang panjang."
    assert clean_text(text) == "Paragraf pertama.\nParagraf kedua yang panjang."


def test_lone_baca_juga_takes_its_bulleted_headlines_along():
    text = ("Paragraf pertama.\nBaca Juga:\n- Banjir Rendam Tiga Kecamatan\n- Dua Tahun Zona Merah, Bupati Dikritik\n"
            "Paragraf kedua yang panjang.\n- Butir daftar biasa tetap ada")
    assert clean_text(text) == "Paragraf pertama.\nParagraf kedua yang panjang.\n- Butir daftar biasa tetap ada"


def test_portal_noise_block():
    text = ("• ,\n  • - +\n\nArtikel\n\nOmbudsman Kalsel Kunjungi Kabupaten Hulu Sungai Selatan\n"
            "ARTIKEL • Kamis, 04/03/2021 • Rujalinor\n \nFoto Bersama Kepala Perwakilan Ombudsman RI Kalsel\n\n"
            "Kandangan - Ombudsman Kalsel melaksanakan program kunjungan, Rabu (3/3/2021).\n\n"
            "  Selain itu Bupati menyampaikan komitmen pelayanan publik,\" pungkasnya (rj)    \n\n\n"
            "Loading plugin...\n\n\n\nLoading...\n\nLoading...\nDiscussion about this post")
    assert clean_text(text) == (
        "Ombudsman Kalsel Kunjungi Kabupaten Hulu Sungai Selatan\n"
        "Kandangan - Ombudsman Kalsel melaksanakan program kunjungan, Rabu (3/3/2021).\n"
        "Selain itu Bupati menyampaikan komitmen pelayanan publik,\" pungkasnya")


def test_normalise_spaces_not_letters_nor_quotes():
    """Quotes are what the article says: kept as written (trafilatura's benchmark checks 96 quoted snippets)."""
    assert normalise("‘’Masih banyak contoh,’’ tukas Mustarani") == "‘’Masih banyak contoh,’’ tukas Mustarani"
    assert normalise("“Kami” ‘siap’\u00a0Syara’ Basandi\u200b") == "“Kami” ‘siap’ Syara’ Basandi"
    assert normalise("„Ja“, sagte er. «Oui» dit-elle.") == "„Ja“, sagte er. «Oui» dit-elle."
    assert clean_text("Kata  dia\t\tdi   Padang.") == "Kata dia di Padang."
    assert normalise("Andre\u0301") == "André"  # NFC composes, the letter stays


def test_fold_quotes_for_matching():
    from pipeline.clean import fold_quotes

    assert fold_quotes("‘’Masih banyak contoh,’’ tukas Mustarani") == '"Masih banyak contoh," tukas Mustarani'
    assert fold_quotes("“Kami” ‘siap’ Syara’ Basandi Jum´at") == "\"Kami\" 'siap' Syara' Basandi Jum'at"
    assert fold_quotes("tanpa tanda kutip") == "tanpa tanda kutip"


def test_cleaning_keeps_quotes_and_classifies_as_before():
    """Lines are classified on their folded form (the patterns are ASCII) and kept as written."""
    text = ("“Kami siap melayani,” kata Bupati.\nBaca juga:\nBupati Lantik Camat Baru\n"
            "Sumber: Humas\nKata dia, ‘’pelayanan harus cepat’’.\nDiposting pada Jum´at, 12 Maret 2024")
    cleaned, info = split_byline(text)
    assert cleaned == "“Kami siap melayani,” kata Bupati.\nKata dia, ‘’pelayanan harus cepat’’."
    assert info["dateline"] == "Diposting pada Jum'at, 12 Maret 2024"
    # a headline-like line ending in a closing quotation is content, not the headline under "Baca juga:"
    assert clean_text("Baca juga:\nIa berkata, “tidak”") == "Ia berkata, “tidak”"
    assert clean_text("Baca juga:\nIa berkata, „nein“") == "Ia berkata, „nein“"


def test_normalise_replaces_exactly_the_translation_table():
    from pipeline.clean import _TRANSLATE

    for code in _TRANSLATE:  # the regular expression that replaced str.translate covers every entry
        line = f"a{chr(code)}b é"
        assert normalise(line) == line.translate(_TRANSLATE)


def test_split_byline_text_is_clean_text():
    """split_byline cleans the lines it has already split and classified: the same as clean_text."""
    for text in BOILERPLATE + SENTENCES + ["Paragraf pertama.\nBaca Juga:\nBanjir Rendam Tiga Kecamatan\nParagraf.",
                                           "Isi berita.(Ist)\nKata dia. (Humas Setda)\n(Ist)\nEditor : A"]:
        assert split_byline(text)[0] == clean_text(text)


def test_split_byline():
    text = ("Judul Berita Daerah\nSabtu 16 Mar 2024 - 23:15 WIB\nReporter : Muharista Delda\n"
            "Editor : M. Rizki Amanda Lubis\nIsi berita di sini.\nEditor: Yuliana | Reporter: Lain\nKategori :")
    cleaned, info = split_byline(text)
    assert cleaned == "Judul Berita Daerah\nIsi berita di sini."
    assert info == {"dateline": "Sabtu 16 Mar 2024 - 23:15 WIB", "reporter": "Muharista Delda",
                    "editor": "M. Rizki Amanda Lubis"}
    _, info = split_byline("Isi.\nEditor: Yuliana | Reporter: Rendy Saputra\nPenulis :")
    assert info == {"editor": "Yuliana", "reporter": "Rendy Saputra"}
    assert split_byline("") == ("", {})


def test_clean_author():
    assert clean_author("Penulis André Sitompul") == "André Sitompul"
    assert clean_author("Oleh: Andi Saputra") == "Andi Saputra"
    assert clean_author("Redaksi KabarNagari") == "Redaksi KabarNagari"
    assert clean_author("  ") is None and clean_author(None) is None


def test_non_str_input():
    assert clean_text(None) == "" and clean_text(b"bytes") == "" and clean_text("") == ""


_noisy = st.lists(st.one_of(st.sampled_from(BOILERPLATE + SENTENCES + ["", " ", "(Ist)", "Baca juga:"]),
                            st.text(max_size=80)), max_size=30).map("\n".join)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=5000), _noisy, st.builds(lambda s, n: s * n, st.text(max_size=10),
                                                           st.integers(0, 50000))))
def test_clean_text_never_raises_and_is_idempotent(text):
    out = clean_text(text)
    assert isinstance(out, str)
    assert clean_text(out) == out
    _, info = split_byline(text)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in info.items())
