"""Roll-calls of officials: one line or one item per person, each with its own office and place
(issue 12, round 7: layout). Every sentence is written for this test: invented names and events, real
places. Each case: text, then the expected officials as (name, category, place), place the region
code, else the province code, else None.
"""
from __future__ import annotations

import pytest

from pipeline.facts import tag_text
from tests.pipeline.facttypes.test_officials_names import _found, _key


LINE_CASES = [
    # --- item lines with no sentence end are items, not headlines ----------------------------------
    # bullets, "sebagai", provinces, ranks before a name
    ("Mendagri melantik empat penjabat gubernur, Selasa (5/9). Daftar penjabat yang dilantik:\n"
     "- Budi Santoso sebagai Pj Gubernur Jawa Barat\n- Rudi Hartono sebagai Pj Gubernur Kalimantan Barat\n"
     "- Komjen Pol (Purn) Hasan Basri sebagai Pj Gubernur Sulawesi Tenggara\n"
     "- Yusuf Halim sebagai Pj Gubernur Sulawesi Selatan\nPelantikan berlangsung di Jakarta.",
     [("Budi Santoso", "kepala_daerah", "32"), ("Rudi Hartono", "kepala_daerah", "61"),
      ("Hasan Basri", "kepala_daerah", "74"), ("Yusuf Halim", "kepala_daerah", "73")]),
    # bare lines, no bullet, no heading colon, two links ("sebagai", "menjadi"), a blank line after
    ("Para penjabat bupati yang dilantik hari ini\nBudi Santoso sebagai Pj Bupati Kampar\n"
     "Rudi Hartono menjadi Pj Bupati Siak\n\nPelantikan berlangsung di Pekanbaru.",
     [("Budi Santoso", "kepala_daerah", "14.01"), ("Rudi Hartono", "kepala_daerah", "14.08")]),
    # bullets of another kind, a kota among kabupaten
    ("Gubernur Jambi melantik tiga penjabat kepala daerah.\n• Agus Salim sebagai Penjabat Bupati Kerinci\n"
     "• Dedi Kurnia sebagai Penjabat Wali Kota Sungai Penuh\n• Joko Susilo sebagai Penjabat Bupati Tebo",
     [("Agus Salim", "kepala_daerah", "15.01"), ("Dedi Kurnia", "kepala_daerah", "15.72"),
      ("Joko Susilo", "kepala_daerah", "15.09")]),
    # numbered lines, the office after a dash
    ("Gubernur Riau melantik tiga penjabat bupati, Senin.\n1. Budi Santoso - Pj Bupati Kampar\n"
     "2. Rudi Hartono - Pj Bupati Siak\n3. Hasan Basri - Pj Bupati Pelalawan\nPelantikan berlangsung di Pekanbaru.",
     [("Budi Santoso", "kepala_daerah", "14.01"), ("Rudi Hartono", "kepala_daerah", "14.08"),
      ("Hasan Basri", "kepala_daerah", "14.05")]),
    # the office first as each line's label
    ("Berikut para penjabat yang dilantik Gubernur Riau:\nPj Bupati Kampar: Budi Santoso\nPj Bupati Siak: "
     "Rudi Hartono\nPj Wali Kota Dumai: Hasan Basri\nPelantikan berlangsung di Pekanbaru.",
     [("Budi Santoso", "kepala_daerah", "14.01"), ("Rudi Hartono", "kepala_daerah", "14.08"),
      ("Hasan Basri", "kepala_daerah", "14.72")]),
    # the office first as each line's label, a comma after it, under a line that tells the installation
    ("Gubernur Riau melantik dua penjabat bupati, Senin.\nPj Bupati Kampar, Budi Santoso\nPj Bupati Siak, "
     "Rudi Hartono\nPelantikan berlangsung di Pekanbaru.",
     [("Budi Santoso", "kepala_daerah", "14.01"), ("Rudi Hartono", "kepala_daerah", "14.08")]),
    # --- the place as each line's label, the bare offices in brackets after the names --------------
    # a head and a deputy a line, no comma in one line (it would read as a Title Case headline alone)
    ("Struktur pemerintahan di empat kabupaten. Mereka adalah:\nKabupaten Mamuju: Dr. Hj. Sinta Dewi, SH., "
     "M.Si (Bupati) dan Yudi Permadi, S.T (Wakil Bupati).\nKabupaten Majene: H. Ahmad Syukur, SE., MM "
     "(Bupati) dan Dr. Hj. Ratnasari, M.Pd (Wakil Bupati).\nKabupaten Polewali Mandar: H. Samsu Mahfud "
     "(Bupati) dan Hj. Andi Nurul Masdar (Wakil Bupati).\nKabupaten Mamasa: Wempi Sambo, SE., MM (Bupati) "
     "dan Drs. H. Sudarman (Wakil Bupati).\nKehadiran para kepala daerah ini menjadi simbol kekompakan.",
     [("Sinta Dewi", "kepala_daerah", "76.02"), ("Yudi Permadi", "wakil_kepala_daerah", "76.02"),
      ("Ahmad Syukur", "kepala_daerah", "76.05"), ("Ratnasari", "wakil_kepala_daerah", "76.05"),
      ("Samsu Mahfud", "kepala_daerah", "76.04"), ("Andi Nurul Masdar", "wakil_kepala_daerah", "76.04"),
      ("Wempi Sambo", "kepala_daerah", "76.03"), ("Sudarman", "wakil_kepala_daerah", "76.03")]),
    # --- degrees after the name, the sentencizer breaking inside them -------------------------------
    # numbered items, degrees with full stops and commas before "sebagai"
    ("Gubernur mengukuhkan para penjabat berikut:\n1. Budi Santoso, S.STP., M.Si sebagai Pj Bupati Kampar;\n"
     "2. Dr. Rudi Hartono, ST., MT sebagai Pj Bupati Siak;\n3. drg. Hasan Basri, M.Han sebagai Pj Bupati "
     "Pelalawan;\n4. Drs. Ahmad Yani, MM., MA sebagai Pj Bupati Bengkalis.\nPengukuhan digelar besok.",
     [("Budi Santoso", "kepala_daerah", "14.01"), ("Rudi Hartono", "kepala_daerah", "14.08"),
      ("Hasan Basri", "kepala_daerah", "14.05"), ("Ahmad Yani", "kepala_daerah", "14.03")]),
    # inline roll, "Name, Degree. dilantik sebagai <office>" over commas and "dan"
    ("Wali Kota Tegal melantik pejabat eselon II. Pejabat yang dilantik antara lain Drs. Joko Susilo, SH. "
     "dilantik sebagai Inspektur, Agus Salim, AP. dilantik sebagai Kepala Bagian Umum Setda dan Dedi "
     "Kurnia, S.IP., M.Si. dilantik sebagai Lurah Krandon.",
     {("Joko Susilo", "perangkat_daerah"), ("Agus Salim", "perangkat_daerah"), ("Dedi Kurnia", "camat_desa")}),
]

NEGATIVES = [
    # a headline alone (no bullet, no neighbouring item line) still gives no name
    ("Warga Sambut Budi Santoso sebagai Pj Gubernur Bali\nDENPASAR - Warga menyambut kedatangan penjabat "
     "gubernur di bandara, Senin.", set()),
    # a sentence that ends in a degree is not joined to a capitalised sentence after it: the guest is no
    # official, the host keeps his own office
    ("Tamu undangan antara lain pengusaha Rudi Hartono, SE. Bupati Siak Budi Santoso menyambut mereka.",
     {("Budi Santoso", "kepala_daerah", "14.08")}),
    # bulleted lines that link no office are no roll ("Gubernur Bali Tinjau …" stays a headline)
    ("Berita terkait:\n- Gubernur Bali Tinjau Banjir Di Jembrana\n- Bupati Badung Resmikan Pasar Baru\n"
     "Hujan deras melanda Bali sejak Senin.", set()),
    # bulleted lines with a dash that name no holder stay headlines
    ("Berita lain:\n- Bupati Badung - Resmikan Pasar Baru\n- Gubernur Bali - Tinjau Banjir Di Jembrana\n"
     "Hujan deras melanda Bali sejak Senin.", set()),
    # two headline-like lines with a label each but different first words are no roll
    ("Gubernur Bali: Pasar Harus Bersih\nBupati Badung: Kami Siap Bantu\nPara pedagang menyambut baik "
     "rencana itu.", set()),
    # headlines labelled alike with a comma, after a line that neither opens a list nor tells an installation
    ("Berita terkait\nBupati Siak, Warga Minta Jalan Diperbaiki\nBupati Siak, Pasar Baru Dibuka Pekan Depan\n"
     "Bupati Siak, Banjir Surut Senin\nHujan deras melanda Riau.", set()),
    # labelled alike, but after no line that opens a list: headlines still
    ("Bupati Siak: Pasar Harus Bersih\nBupati Kampar: Warga Siap Bantu\nPara pedagang menyambut baik "
     "rencana itu.", set()),
]


@pytest.mark.parametrize("text,expected", LINE_CASES, ids=[c[0][:40] for c in LINE_CASES])
def test_roll_call_items_keep_their_own_office(text, expected):
    if isinstance(expected, set):  # (name, category) only: the place is the article's
        assert {(n, c) for n, c, _ in _found(text)} == {(_key(n), c) for n, c in expected}
    else:
        assert _found(text) == {(_key(n), c, p) for n, c, p in expected}


@pytest.mark.parametrize("text,expected", NEGATIVES, ids=[c[0][:40] for c in NEGATIVES])
def test_roll_call_reading_stays_closed(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}


def test_degree_is_never_a_name():
    names = {o.name for o in tag_text("Daftar penjabat:\n1. Budi Santoso, S.STP., M.Si sebagai Pj Bupati "
                                      "Kampar;\n2. drg. Hasan Basri, M.Han sebagai Pj Bupati Siak;").officials}
    assert names == {"Budi Santoso", "Hasan Basri"}


DEPUTY_CASES = [
    # --- "<Head title> NAME dengan / bersama / beserta wakilnya NAME2", one pair a line --------------
    ("Keenam pasangan yang dilantik yakni, Wali Kota Mataram Budi Santoso dengan wakilnya TGH Ahmad Zaini.\n"
     "Bupati Lombok Utara Rudi Hartono bersama wakilnya Hasan Basri.\nBupati Dompu Yusuf Halim beserta "
     "wakilnya, Markus Lado.\nSerta Bupati Lombok Tengah Joko Susilo dan wakilnya Agus Salim.",
     [("Budi Santoso", "kepala_daerah", "52.71"), ("Ahmad Zaini", "wakil_kepala_daerah", "52.71"),
      ("Rudi Hartono", "kepala_daerah", "52.08"), ("Hasan Basri", "wakil_kepala_daerah", "52.08"),
      ("Yusuf Halim", "kepala_daerah", "52.05"), ("Markus Lado", "wakil_kepala_daerah", "52.05"),
      ("Joko Susilo", "kepala_daerah", "52.02"), ("Agus Salim", "wakil_kepala_daerah", "52.02")]),
    # --- one person told twice: a former office, then the office given ("ditugaskan sebagai") ------
    # the second mention by the given name after an initial, and by an inner word of the name
    ("Gubernur Maluku Utara melantik dua penjabat sementara bupati. Yang dilantik adalah M. Rudi Hartono "
     "yang merupakan Kepala Dinas Pertanian. Rudi ditugaskan sebagai pejabat sementara Bupati Halmahera "
     "Barat. Selanjutnya, pejabat sementara Bupati Halmahera Utara diduduki oleh Muhammad Irwanto Ali. "
     "Irwanto adalah Kepala Biro Organisasi Setda Maluku Utara.",
     [("M. Rudi Hartono", "kepala_daerah", "82.01"), ("Muhammad Irwanto Ali", "kepala_daerah", "82.03")]),
]

DEPUTY_NEGATIVES = [
    # "dengan wakilnya" followed by no name gives no deputy
    ("Bupati Siak Budi Santoso dengan wakilnya yang baru meninjau pasar, Senin.",
     [("Budi Santoso", "kepala_daerah", "14.08")]),
    # two different people: a one-word name that is no inner word of the other's is not merged
    ("Bupati Siak Muhammad Irwanto Ali membuka rapat. Sekda Siak Hartono memaparkan anggaran.",
     [("Muhammad Irwanto Ali", "kepala_daerah", "14.08"), ("Hartono", "sekda", "14.08")]),
]


@pytest.mark.parametrize("text,expected", DEPUTY_CASES + DEPUTY_NEGATIVES,
                         ids=[c[0][:40] for c in DEPUTY_CASES + DEPUTY_NEGATIVES])
def test_deputies_and_second_mentions(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}


NAME_FORM_CASES = [
    # an honorific fused with an initial, written with a full stop (the sentencizer broke after it)
    ("Pelaksana Tugas (Plt) Wali Kota Tegal, HM. Rudi Hartono M.MPd secara resmi melantik sejumlah pejabat.",
     [("M Rudi Hartono", "kepala_daerah", "33.76")]),
    ("Bupati Dompu HM. Agus Salim membuka acara.", [("M Agus Salim", "kepala_daerah", "52.05")]),
    # capitals that belong to the name, between commas
    ("Keputusan ini diumumkan oleh Juru Bicara Pemerintah Aceh, Ahmad MTA, dalam konferensi pers.",
     [("Ahmad MTA", "lainnya", "11")]),
    # a degree in capitals after the name (Sarjana Sastra)
    ("Acara itu dihadiri oleh Wakil Bupati Siak, Budi Santoso SS, Jumat (30/1/2026).",
     [("Budi Santoso", "wakil_kepala_daerah", "14.08")]),
]

NAME_FORM_NEGATIVES = [
    # degrees in capitals between commas stay degrees ("SEAK MPA"), two capitals before a name stay initials
    ("Kepala Dinas Kesehatan Kota Bitung, Dian Rubianty SEAK MPA, mengatakan stok cukup.",
     [("Dian Rubianty", "perangkat_daerah", "71.72")]),
    ("Kepala Dinas PU Kota Bitung HR Tumiwa mengatakan jalan rusak.", [("HR Tumiwa", "perangkat_daerah", "71.72")]),
]


@pytest.mark.parametrize("text,expected", NAME_FORM_CASES + NAME_FORM_NEGATIVES,
                         ids=[c[0][:40] for c in NAME_FORM_CASES + NAME_FORM_NEGATIVES])
def test_name_forms(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}


LABEL_CASES = [
    # --- lines labelled with a place under a frame that names the office once (labels.py) ----------
    # a colon after the place, no sentence end, the frame's heading line ends in a colon
    ("Gubernur Riau melantik penjabat bupati yang baru. Mereka yang dilantik:\nKabupaten Kampar: Budi Santoso\n"
     "Kabupaten Siak: Rudi Hartono\nKabupaten Pelalawan: Hasan Basri\nPelantikan berlangsung di Pekanbaru.",
     [("Budi Santoso", "kepala_daerah", "14.01"), ("Rudi Hartono", "kepala_daerah", "14.08"),
      ("Hasan Basri", "kepala_daerah", "14.05")]),
    # bullets, honorifics and degrees around the names, "ditetapkan" as the frame
    ("Mendagri menetapkan penjabat bupati di tiga daerah:\n- Kabupaten Kampar: Drs. Budi Santoso, S.STP., M.Si\n"
     "- Kabupaten Siak: Rudi Hartono, SH\n- Kabupaten Pelalawan: Dr. Hasan Basri\nKeputusan itu berlaku sejak Senin.",
     [("Budi Santoso", "kepala_daerah", "14.01"), ("Rudi Hartono", "kepala_daerah", "14.08"),
      ("Hasan Basri", "kepala_daerah", "14.05")]),
    # numbered, a dash after the place, a kota among the kabupaten
    ("Penjabat wali kota dan bupati yang dilantik hari ini\n1. Kota Dumai - Agus Salim\n2. Kabupaten Siak - "
     "Dedi Kurnia\n\nAcara berlangsung khidmat.",
     [("Agus Salim", "kepala_daerah", "14.72"), ("Dedi Kurnia", "kepala_daerah", "14.08")]),
    # a head and a deputy a line, after a dash or "dan", the frame calling them pairs
    ("Gubernur NTB melantik pasangan bupati dan wakil bupati terpilih:\nKabupaten Dompu: Hasan Basri - Yusuf "
     "Halim\nKabupaten Bima: H. Agus Salim, SE dan Dedi Kurnia, MM\nPelantikan berlangsung di Mataram.",
     [("Hasan Basri", "kepala_daerah", "52.05"), ("Yusuf Halim", "wakil_kepala_daerah", "52.05"),
      ("Agus Salim", "kepala_daerah", "52.06"), ("Dedi Kurnia", "wakil_kepala_daerah", "52.06")]),
    # the name first, the place after it in brackets, after "untuk", after a dash
    ("Gubernur Riau melantik tiga penjabat bupati:\n1. Budi Santoso (Kabupaten Kampar)\n2. Rudi Hartono "
     "(Kabupaten Siak)\n3. Hasan Basri (Kabupaten Pelalawan)",
     [("Budi Santoso", "kepala_daerah", "14.01"), ("Rudi Hartono", "kepala_daerah", "14.08"),
      ("Hasan Basri", "kepala_daerah", "14.05")]),
    ("Gubernur Riau melantik dua penjabat kepala daerah, Senin.\n- Budi Santoso, SH untuk Kabupaten Kampar\n"
     "- Rudi Hartono untuk Kota Dumai\nPelantikan berlangsung di Pekanbaru.",
     [("Budi Santoso", "kepala_daerah", "14.01"), ("Rudi Hartono", "kepala_daerah", "14.72")]),
    ("Gubernur Riau melantik dua penjabat bupati, Senin.\n1. Budi Santoso - Kabupaten Kampar\n2. Rudi "
     "Hartono - Kabupaten Siak\nPelantikan berlangsung di Pekanbaru.",
     [("Budi Santoso", "kepala_daerah", "14.01"), ("Rudi Hartono", "kepala_daerah", "14.08")]),
    # the offices as labels, a pair after each ("Bupati dan Wakil Bupati X: A - B.")
    ("Gubernur NTB melantik pasangan kepala daerah terpilih:\nBupati dan Wakil Bupati Lombok Utara: Budi "
     "Santoso - Rudi Hartono.\nBupati dan Wakil Bupati Dompu: Hasan Basri - Yusuf Halim.\n"
     "Pelantikan berlangsung di Mataram.",
     [("Budi Santoso", "kepala_daerah", "52.08"), ("Rudi Hartono", "wakil_kepala_daerah", "52.08"),
      ("Hasan Basri", "kepala_daerah", "52.05"), ("Yusuf Halim", "wakil_kepala_daerah", "52.05")]),
]

LABEL_NEGATIVES = [
    # candidates hold no office yet
    ("Pasangan calon bupati dan wakil bupati yang mendaftar:\nKabupaten Dompu: Hasan Basri - Yusuf Halim\n"
     "Kabupaten Bima: Agus Salim - Dedi Kurnia\nPendaftaran ditutup Senin.", []),
    # the labels carry figures, not names
    ("Gubernur NTB melantik bupati Dompu dan Bima, lalu menyerahkan bantuan:\nKabupaten Dompu: Rp 5 miliar\n"
     "Kabupaten Bima: Rp 3 miliar\nBantuan itu untuk korban banjir.", []),
    # bulleted headlines that close with a place stay headlines
    ("Berita terkait:\n- Bupati Badung Resmikan Pasar Di Kabupaten Badung\n- Gubernur Bali Tinjau Banjir Di "
     "Kabupaten Jembrana\nHujan deras melanda Bali sejak Senin.", []),
    # people listed with their home places under a frame with no office: no officials
    ("Peserta yang dilantik menjadi pengurus karang taruna:\n1. Budi Santoso (Kabupaten Kampar)\n2. Rudi "
     "Hartono (Kabupaten Siak)", []),
    # the frame names no regional office: committee chairs are no officials of the places
    ("Ketua panitia lomba di tiga daerah ditetapkan:\nKabupaten Kampar: Budi Santoso\nKabupaten Siak: "
     "Rudi Hartono\nLomba digelar pekan depan.", []),
]


@pytest.mark.parametrize("text,expected", LABEL_CASES + LABEL_NEGATIVES,
                         ids=[c[0][:40] for c in LABEL_CASES + LABEL_NEGATIVES])
def test_place_labelled_lines(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}


OPENER_CASES = [
    # a list opener written capitalised mid-sentence is no word of the name after it
    ("Untuk Penjabat Bupati Tapanuli Selatan, Budi Santoso, Kepala Badan Perizinan Sumut Disusul Hasan Basri, "
     "Kepala Badan Pemberdayaan Masyarakat Desa menjadi Penjabat Bupati Labuhanbatu.",
     [("Budi Santoso", "kepala_daerah", "12.03"), ("Hasan Basri", "kepala_daerah", "12.10")]),
    ("Gubernur melantik tiga penjabat. Diikuti Rudi Hartono sebagai Penjabat Bupati Kampar.",
     [("Rudi Hartono", "kepala_daerah", "14.01")]),
    # …while a noble title that is also a connective elsewhere stays in the name ("Lalu")
    ("Bupati Lombok Tengah Lalu Budi Santoso membuka acara.", [("Lalu Budi Santoso", "kepala_daerah", "52.02")]),
]


@pytest.mark.parametrize("text,expected", OPENER_CASES, ids=[c[0][:40] for c in OPENER_CASES])
def test_list_openers_are_no_name_words(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}
