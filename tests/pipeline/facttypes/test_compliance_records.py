"""warta_compliance: results printed as records (a government's name on its own line, then one short
line per field: "Nilai kepatuhan: …", "Opini: …", "Kategori: …"); on texts written for these tests."""
from __future__ import annotations

from tests.pipeline.facttypes.test_compliance import R, results, tag


def test_numbered_records_with_labelled_fields(nlp):
    text = ("Ombudsman RI menyerahkan hasil penilaian kepatuhan standar pelayanan publik tahun 2023 kepada "
            "pemerintah daerah di Jawa Tengah. Berikut daftar hasilnya:\n"
            "1. Kabupaten Wonosobo\nNilai kepatuhan: 93,15\nOpini: kualitas tertinggi\nKategori: A\n"
            "2. Kota Magelang\nNilai kepatuhan: 84,02\nOpini: kualitas tinggi\nKategori: B\n"
            "3. Kabupaten Purworejo\nNilai kepatuhan: 70,44\nOpini: kualitas sedang\nKategori: C\n"
            "Editor: Ratna Sari")
    assert results(nlp, text) == {(R("kabupaten", "Wonosobo"), "hijau", 2023, 93.15),
                                  (R("kota", "Magelang"), "hijau", 2023, 84.02),
                                  (R("kabupaten", "Purworejo"), "kuning", 2023, 70.44)}


def test_record_fields_keep_their_grade_in_the_controlled_vocabulary(nlp):
    text = ("Hasil penilaian kepatuhan Ombudsman tahun 2023 untuk Kalimantan Barat:\n"
            "1. Kabupaten Sambas\nNilai kepatuhan: 81,70\nKategori: B\n")
    (result,) = tag(nlp, text)._.compliance
    assert (result.grade_category, result.score, result.zone) == ("B", 81.7, "hijau")
    assert "Nilai kepatuhan: 81,70" in result.evidence and "Kategori: B" in result.evidence


def test_heads_without_enumerator_and_fields_written_other_ways(nlp):
    # a head line with no number (a heading line for the discourse layer), "=" and a typo ";" as
    # separators, a bulleted field, a colour as the zone field
    text = ("Ombudsman Perwakilan Sulawesi Selatan mengumumkan hasil penilaian kepatuhan tahun 2021.\n"
            "Kabupaten Bone\nSkor = 62,85\nZona: Kuning\n"
            "Kabupaten Wajo\n- Nilai kepatuhan; 48,30\n- Predikat: kepatuhan rendah\n"
            "Kota Parepare\nNilai 88,40\nZona Hijau\n")
    assert results(nlp, text) == {(R("kabupaten", "Bone"), "kuning", 2021, 62.85),
                                  (R("kabupaten", "Wajo"), "merah", 2021, 48.3),
                                  (R("kota", "Parepare"), "hijau", 2021, 88.4)}


def test_a_heading_before_a_prose_paragraph_is_no_record(nlp):
    # the paragraph after the headline starts with a label but is a sentence, not a field
    text = ("Kota Kendari Naik Kelas\n"
            "Nilai kepatuhan Kota Kendari dalam penilaian Ombudsman tahun 2022 naik dibanding tahun lalu, kata "
            "kepala perwakilan di kantornya, namun hasil resminya baru diumumkan bulan depan.\n")
    assert results(nlp, text) == set()


def test_a_portal_label_line_under_a_name_gives_no_result(nlp):
    text = ("Ombudsman Sulawesi Tenggara menggelar sosialisasi penilaian kepatuhan tahun 2024.\n"
            "Kabupaten Kolaka\nKategori: Berita Daerah\nStatus: Terbit\n")
    assert results(nlp, text) == set()


def test_rows_on_one_line_without_a_sentence_end(nlp):
    text = ("Ombudsman RI merilis hasil penilaian kepatuhan tahun 2023 di Jawa Timur.\n"
            "Kabupaten Lamongan: nilai 91,20 | kategori A\n"
            "Kota Blitar: nilai 76,40 | kategori C\n"
            "Kota Kediri – 88,10 (B)\n")
    assert results(nlp, text) == {(R("kabupaten", "Lamongan"), "hijau", 2023, 91.2),
                                  (R("kota", "Blitar"), "kuning", 2023, 76.4),
                                  (R("kota", "Kediri"), "hijau", 2023, 88.1)}


def test_a_headline_naming_a_result_stays_a_heading(nlp):
    text = "Kota Blitar Raih Zona Hijau Kepatuhan\nOmbudsman menyerahkan hasil penilaian kepatuhan 2023 kepada pemda."
    assert results(nlp, text) == set()
