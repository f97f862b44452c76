"""Text units: sentences split at line breaks, headings and noise lines marked."""
from __future__ import annotations

import re

from pipeline.nlp.discourse import discourse_of
from pipeline.nlp.discourse.units import split_unit, units_matching


def _units(nlp, text):
    doc = nlp(text)
    return doc, discourse_of(doc).units


def test_lines_split_sentences_and_headlines_are_marked(nlp):
    text = ("Ombudsman Sultra Terima 412 Laporan\n"
            "KENDARI – Ombudsman menerima 412 laporan. Jumlah itu naik.\n"
            "BACA JUGA: Wali Kota Resmikan Pasar\n"
            "Foto: Kepala Ombudsman saat jumpa pers.")
    _, units = _units(nlp, text)
    kinds = [(u.text[:12], u.heading, u.noise, u.content) for u in units]
    assert kinds[0][1] and not kinds[0][3]  # the headline
    assert [u.text for u in units if u.content] == ["KENDARI – Ombudsman menerima 412 laporan.", "Jumlah itu naik."]
    assert all(u.noise for u in units if u.text.startswith(("BACA", "Foto")))


def test_list_item_lines_are_content(nlp):
    _, units = _units(nlp, "Berikut daftarnya:\n1. Pemerintah Kota Palu: 61 laporan\n2. Pemerintah Kabupaten Sigi: 34 laporan")
    assert [u.text for u in units if u.content][-2:] == ["Pemerintah Kota Palu: 61 laporan",
                                                          "Pemerintah Kabupaten Sigi: 34 laporan"]


def test_a_letter_grade_ends_a_sentence(nlp):
    _, units = _units(nlp, "Kota A masuk kategori C. Padahal tahun lalu masuk kategori B.")
    assert [u.text for u in units] == ["Kota A masuk kategori C.", "Padahal tahun lalu masuk kategori B."]


def test_split_unit_keeps_offsets(nlp):
    doc, units = _units(nlp, "Kota A sudah mengoperasikan MPP, sedangkan Kabupaten B baru merencanakannya.")
    unit = units[0]
    parts = split_unit(doc, unit, [unit.text.index(", sedangkan")])
    assert [p.text for p in parts] == ["Kota A sudah mengoperasikan MPP", ", sedangkan Kabupaten B baru merencanakannya."]
    assert all(doc.text[p.start:p.end] == p.text for p in parts)


def test_units_matching_flags_each_unit_once(nlp):
    doc, units = _units(nlp, "Penilaian kepatuhan Ombudsman. Banjir melanda. Kota A hijau.")
    assert units_matching(re.compile("banjir|ombudsman", re.I), doc.text, units) == [True, True, False]


def test_a_paragraph_without_its_full_stop_is_content(nlp):
    """A long line in sentence case is prose even without a final stop; a headline is short or
    capitalises its words."""
    text = ("Tujuh Kabupaten di Jambi Masuk Zona Hijau Penilaian Kepatuhan Pelayanan Publik Tahun 2022\n"
            "Kota Sungai Penuh meraih nilai tertinggi.\n"
            "Lalu ada dua kabupaten lagi yang mendapat predikat kepatuhan tinggi yaitu Kabupaten Kerinci "
            "dan Kabupaten Tebo (88,10)\n"
            "Bupati Tebo di lokasi acara")
    _, units = _units(nlp, text)
    kinds = {u.text[:10]: u.heading for u in units}
    assert kinds == {"Tujuh Kabu": True, "Kota Sunga": False, "Lalu ada d": False, "Bupati Teb": True}


def test_the_items_of_a_list_of_links_are_noise(nlp):
    text = ("Ombudsman menerima 120 laporan sepanjang 2024.\nBaca Juga:\n- Kota Singkawang Masuk Zona Merah\n"
            "- Dua Tahun Zona Kuning, Ombudsman Tagih Janji Bupati\nLaporan terbanyak soal pertanahan.\n"
            "- Satu butir daftar biasa yang bukan tautan.")
    units = discourse_of(nlp(text)).units
    noise = {u.text: u.noise for u in units}
    assert noise["- Kota Singkawang Masuk Zona Merah"] and noise["- Dua Tahun Zona Kuning, Ombudsman Tagih Janji Bupati"]
    assert not noise["Laporan terbanyak soal pertanahan."]
    assert not noise["- Satu butir daftar biasa yang bukan tautan."]


def test_a_sentence_broken_across_lines_is_no_heading(nlp):
    """A short line without a sentence end whose next line goes on in lower case is the first part
    of a sentence (content); a headline before a line that opens with a capital or a portal's name
    stays a heading."""
    text = ("Sementara enam daerah lainnya masuk zona kuning\n"
            "termasuk Pemerintah Kota Sukamaju dengan nilai 70,15.\n"
            "Ombudsman Serahkan Hasil Penilaian\n"
            "liputan6.com, Jakarta - Ombudsman menyerahkan hasil penilaian.\n"
            "Kota Sukamaju Masuk Zona Hijau\n"
            "Pemerintah Kota Sukamaju meraih zona hijau.")
    _, units = _units(nlp, text)
    kinds = {u.text[:12]: u.heading for u in units}
    assert kinds["Sementara en"] is False and kinds["termasuk Pem"] is False
    assert kinds["Ombudsman Se"] is True and kinds["Kota Sukamaj"] is True


def test_a_line_broken_off_inside_a_list_is_no_headline(nlp):
    for text in ("Ada 4 kabupaten memperoleh zona hijau, yakni Sambas, Sanggau, Sintang,",
                 "Daerah yang masuk zona kuning ialah Kabupaten Kapuas Hulu dan",
                 "Nilai tertinggi diraih oleh daerah yaitu"):
        _, units = _units(nlp, "Ombudsman menilai kepatuhan pemda.\n" + text)
        assert units[-1].content, text
    _, units = _units(nlp, "Ombudsman menilai kepatuhan pemda.\nKalbar Raih Zona Hijau")
    assert units[-1].heading


def test_token_lowers_are_each_tokens_lower_case(nlp):
    """The tokens' lower-case forms cut from the text's lower case where that is exact (ASCII, or
    one character for one with no final sigma), lowered one by one where it is not."""
    for text in ["Kota Palu – 88,10 masuk ZONA HIJAU.", "PALU (İNDONESIA) – nilai 88", "ΟΔΟΣ ΑΣΑ Kota A",
                 "Kabupaten ÄÖÜ – Kota B", "Kota K\u212a – tanpa nilai"]:
        d = discourse_of(nlp(text))
        assert d.token_lowers == [t.lower() for t in d.token_texts] == [t.text.lower() for t in d.doc], text
