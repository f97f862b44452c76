"""warta_compliance: a heading (count, zone, grade, year) stated once and scoped over a list of bare
region names that follows, on the lines or paragraphs after it, or named by "the same award"; the scope
closes at an unrelated sentence or a new heading. Sentences written for these tests."""
from __future__ import annotations

from tests.pipeline.facttypes.test_compliance import P, R, results


def _k(*names, province=None):
    return [R("kabupaten", n, province) for n in names]


def test_numbered_items_one_per_line_after_a_counted_heading(nlp):
    text = ("Ombudsman RI Perwakilan Kalimantan Barat menyerahkan hasil penilaian kepatuhan tahun 2023.\n"
            "Sebanyak 4 kabupaten meraih zona hijau, yakni:\n1. Kabupaten Sambas\n2. Kabupaten Sanggau\n"
            "3. Sintang\n4. Ketapang\n"
            "Gubernur Kalimantan Barat menyerahkan piagam di Kota Pontianak.")
    assert results(nlp, text) == {(c, "hijau", 2023, None) for c in _k("Sambas", "Sanggau", "Sintang", "Ketapang")}


def test_bare_lines_after_berikut_daftarnya_and_the_scope_closes(nlp):
    text = ("Hasil penilaian kepatuhan pelayanan publik Ombudsman tahun 2022 di Bali telah diumumkan. "
            "Tiga daerah masuk zona kuning. Berikut daftarnya.\nKabupaten Bangli\nKarangasem\nKlungkung\n"
            "Acara itu dihadiri Bupati Tabanan dan Bupati Jembrana.")
    assert results(nlp, text) == {(c, "kuning", 2022, None) for c in _k("Bangli", "Karangasem", "Klungkung")}


def test_one_item_a_paragraph_with_bullets_then_a_new_heading(nlp):
    text = ("Ombudsman merilis penilaian kepatuhan 2021 untuk Nusa Tenggara Timur.\n\n"
            "Adapun daerah yang masuk zona hijau antara lain:\n\n- Kabupaten Sikka.\n\n- Kabupaten Ende.\n\n"
            "Sementara yang masuk zona merah yaitu:\n\n- Kabupaten Alor.\n\n- Kabupaten Lembata.\n\n"
            "Kepala Ombudsman NTT berharap semua daerah berbenah.")
    assert results(nlp, text) == {(R("kabupaten", "Sikka"), "hijau", 2021, None),
                                  (R("kabupaten", "Ende"), "hijau", 2021, None),
                                  (R("kabupaten", "Alor"), "merah", 2021, None),
                                  (R("kabupaten", "Lembata"), "merah", 2021, None)}


def test_items_with_a_score_each_under_a_grade_heading(nlp):
    text = ("Penilaian kepatuhan Ombudsman RI tahun 2024 di Jambi selesai. "
            "Empat daerah meraih opini kualitas tertinggi sebagai berikut:\n"
            "1. Kabupaten Kerinci 92,15\n2. Kabupaten Merangin 90,40\n3. Kabupaten Bungo 89,05\n4. Kota Sungai Penuh 88,30\n"
            "Kabupaten Tebo mendapat penghargaan lain dari gubernur.")
    assert results(nlp, text) == {(R("kabupaten", "Kerinci"), "hijau", 2024, 92.15),
                                  (R("kabupaten", "Merangin"), "hijau", 2024, 90.4),
                                  (R("kabupaten", "Bungo"), "hijau", 2024, 89.05),
                                  (R("kota", "Sungai Penuh"), "hijau", 2024, 88.3)}


def test_the_same_award_names_its_list_and_a_connective_resumes_it(nlp):
    text = ("Ombudsman Sulawesi Selatan menyerahkan hasil penilaian kepatuhan 2024 di Makassar.\n"
            "Pemerintah Provinsi Sulawesi Selatan meraih kategori A dalam penilaian itu.\n"
            "Selain itu, tujuh kabupaten/kota lain menerima penghargaan serupa, yakni Kabupaten Gowa, Maros, "
            "Bone, dan Soppeng.\n"
            "Kemudian, untuk tingkat kota diraih Parepare dan Palopo.\n"
            "Bupati Luwu mengatakan pihaknya hadir di Makassar.")
    assert results(nlp, text) == {(P("Sulawesi Selatan"), "hijau", 2024, None),
                                  *{(c, "hijau", 2024, None) for c in _k("Gowa", "Maros", "Bone", "Soppeng")},
                                  (R("kota", "Parepare"), "hijau", 2024, None),
                                  (R("kota", "Palopo"), "hijau", 2024, None)}


def test_hal_yang_sama_takes_the_zone_just_told(nlp):
    text = ("Kabupaten Banggai meraih zona hijau dalam penilaian kepatuhan Ombudsman 2022. "
            "Hal yang sama diraih Kabupaten Morowali dan Kabupaten Poso.")
    assert results(nlp, text) == {(c, "hijau", 2022, None) for c in _k("Banggai", "Morowali", "Poso")}


def test_coordinated_subjects_able_to_obtain_a_zone(nlp):
    text = ("Hasil penilaian kepatuhan Ombudsman tahun 2024 untuk Kalimantan Timur meningkat. "
            "Kota Bontang dan Kabupaten Paser mampu mendapatkan predikat zona hijau dengan kualitas tertinggi.")
    assert results(nlp, text) == {(R("kota", "Bontang"), "hijau", 2024, None),
                                  (R("kabupaten", "Paser"), "hijau", 2024, None)}
    # … but an ability in the future or under a hope is no result
    for text in ("Penilaian kepatuhan Ombudsman 2024: Kabupaten Paser diharapkan mampu meraih zona hijau.",
                 "Penilaian kepatuhan Ombudsman 2024: Kabupaten Paser yakin mampu meraih zona hijau tahun depan.",
                 "Penilaian kepatuhan Ombudsman 2024: Kabupaten Paser belum mampu meraih zona hijau."):
        assert results(nlp, text) == set(), text


def test_a_list_cut_off_by_the_excerpt_keeps_its_heading(nlp):
    text = ("Hasil penilaian kepatuhan Ombudsman tahun 2023 di Riau diumumkan.\n"
            "Kemudian, ada 6 kabupaten memperoleh predikat zona hijau, yakni Siak, Pelalawan, Kampar,")
    assert results(nlp, text) == {(c, "hijau", 2023, None) for c in _k("Siak", "Pelalawan", "Kampar")}


def test_bullets_with_kab_abbreviations_under_a_category_heading(nlp):
    text = ("Penilaian kepatuhan Ombudsman tahun 2023 di Banten telah diumumkan. Kategori C diraih oleh 3 daerah berikut:\n"
            "- Kab. Lebak\n- Kab. Pandeglang\n- Kota Serang\n"
            "Sementara itu, Kabupaten Tangerang meraih penghargaan inovasi daerah.")
    assert results(nlp, text) == {(R("kabupaten", "Lebak"), "kuning", 2023, None),
                                  (R("kabupaten", "Pandeglang"), "kuning", 2023, None),
                                  (R("kota", "Serang"), "kuning", 2023, None)}


def test_a_counted_list_resumed_in_the_next_paragraph_without_a_connective(nlp):
    text = ("Hasil penilaian kepatuhan Ombudsman tahun 2022 di Jawa Barat diumumkan. Sebanyak 5 kabupaten/kota masuk "
            "zona kuning, antara lain Kabupaten Garut, Ciamis, Kuningan.\n\n"
            "Kabupaten Majalengka dan Kota Banjar.\n\nBupati Subang mengatakan Kabupaten Subang terus berbenah.")
    assert results(nlp, text) == {*{(c, "kuning", 2022, None) for c in _k("Garut", "Ciamis", "Kuningan", "Majalengka")},
                                  (R("kota", "Banjar"), "kuning", 2022, None)}
    # the list is complete at its count: a later paragraph of names is not part of it
    text = ("Hasil penilaian kepatuhan Ombudsman tahun 2022 di Jawa Barat diumumkan. Sebanyak 3 kabupaten masuk "
            "zona kuning, antara lain Kabupaten Garut, Ciamis, Kuningan.\n\n"
            "Kabupaten Majalengka dan Kota Banjar hadir di Bandung.")
    assert {r[0] for r in results(nlp, text)} == set(_k("Garut", "Ciamis", "Kuningan"))


def test_a_grade_stated_once_before_a_name_and_score_list_over_paragraphs(nlp):
    text = ("Penilaian kepatuhan Ombudsman 2024 Sumatera Barat: daerah lain memperoleh predikat kualitas tinggi dengan "
            "nilai B, yakni Kabupaten Agam 78,10, Kabupaten Solok 77,20.\n\n"
            "Kemudian Kota Pariaman 76,90, Kabupaten Pasaman 74,80.\n\n"
            "Selanjutnya Kabupaten Dharmasraya 73,10 dan Kota Sawahlunto 72,55.\n\n"
            "Bupati Pesisir Selatan mengatakan Kabupaten Pesisir Selatan meraih nilai 70,15 tahun lalu.")
    got = results(nlp, text)
    assert {(r[0], r[1], r[3]) for r in got if r[0] != R("kabupaten", "Pesisir Selatan")} == {
        (R("kabupaten", "Agam"), "hijau", 78.1), (R("kabupaten", "Solok"), "hijau", 77.2),
        (R("kota", "Pariaman"), "hijau", 76.9), (R("kabupaten", "Pasaman"), "hijau", 74.8),
        (R("kabupaten", "Dharmasraya"), "hijau", 73.1), (R("kota", "Sawahlunto"), "hijau", 72.55)}
    # the scope closed before the unrelated sentence: its government takes no zone told for the list
    assert all(r[1] is None for r in got if r[0] == R("kabupaten", "Pesisir Selatan"))


def test_a_quality_level_heading_numbered_items_with_scores_in_brackets(nlp):
    text = ("Hasil penilaian kepatuhan Ombudsman tahun 2023 di Sumatera Barat diumumkan. Opini kualitas sedang "
            "diraih daerah berikut:\n1. Kota Bukittinggi (69,12)\n2. Kabupaten Tanah Datar (68,40)\n"
            "Wakil Gubernur Sumatera Barat hadir di Padang.")
    assert results(nlp, text) == {(R("kota", "Bukittinggi"), "kuning", 2023, 69.12),
                                  (R("kabupaten", "Tanah Datar"), "kuning", 2023, 68.4)}
