"""Officials told by discourse shapes (issue 12, phase 4: the shapes of final2's misses): a frame
stated once over a list of bare pairs, roll-calls of titled pairs, predecessors. Every sentence is
written for this test: invented names and events, real places. Each case: text, then the expected
officials as (name, category, place), place the region code, else the province code.
"""
from __future__ import annotations

import pytest

from pipeline.facts import tag_text
from tests.pipeline.facttypes.test_officials_names import _found, _key

# --- O1: an installation introduces its inductees once, then lists "Head-Deputy (Place)" items ----
PAIR_LISTS = [
    # "masing-masing", pairs over two sentences resumed by "Kemudian", a head alone at the end; the
    # office's kind from the place (a kota's wali kota)
    ("Gubernur Kalimantan Tengah melantik empat kepala daerah hasil pilkada di Palangka Raya, Senin. "
     "Mereka yang dilantik masing-masing Budi Santoso-Ahmad Yani (Seruyan), Rudi Hartono – Hasan Basri "
     "(Palangka Raya), dan Joko Susilo-Dedi Kurnia (Lamandau).\nKemudian, Taufik Hidayat (Sukamara).",
     [("Budi Santoso", "kepala_daerah", "62.07"), ("Ahmad Yani", "wakil_kepala_daerah", "62.07"),
      ("Rudi Hartono", "kepala_daerah", "62.71"), ("Hasan Basri", "wakil_kepala_daerah", "62.71"),
      ("Joko Susilo", "kepala_daerah", "62.09"), ("Dedi Kurnia", "wakil_kepala_daerah", "62.09"),
      ("Taufik Hidayat", "kepala_daerah", "62.08")]),
    # numbered lines, the cue word inside the bracket, the frame two sentences before
    ("Gubernur melantik pasangan bupati hasil pilkada serentak. Acara berlangsung khidmat. Berikut "
     "daftarnya:\n1. Yohanes Lamba - Markus Tadi (Kabupaten Toraja Utara)\n2. Sofyan Hadi - Ilham "
     "Jaya (Kabupaten Luwu)",
     [("Yohanes Lamba", "kepala_daerah", "73.26"), ("Markus Tadi", "wakil_kepala_daerah", "73.26"),
      ("Sofyan Hadi", "kepala_daerah", "73.17"), ("Ilham Jaya", "wakil_kepala_daerah", "73.17")]),
    # provinces in the brackets: governors and their deputies; "yakni" and "serta"
    ("Presiden melantik dua pasang gubernur dan wakil gubernur di Istana, yakni Andi Firmansyah-Rahmat "
     "Hidayat (Sulawesi Barat) serta Yusuf Mahmud-Rudi Santoso (Gorontalo).",
     [("Andi Firmansyah", "kepala_daerah", "76"), ("Rahmat Hidayat", "wakil_kepala_daerah", "76"),
      ("Yusuf Mahmud", "kepala_daerah", "75"), ("Rudi Santoso", "wakil_kepala_daerah", "75")]),
    # bullet lines after "sebagai berikut", a pair per line
    ("Pelantikan tiga bupati dan wakil bupati digelar di aula kantor gubernur. Mereka yang dilantik "
     "sebagai berikut:\n- Hendra Wijaya-Agus Salim (Bengkayang)\n- Paulus Ramli-Stefanus Asun (Landak)\n"
     "- Darius Ansel (Sanggau)",
     [("Hendra Wijaya", "kepala_daerah", "61.07"), ("Agus Salim", "wakil_kepala_daerah", "61.07"),
      ("Paulus Ramli", "kepala_daerah", "61.08"), ("Stefanus Asun", "wakil_kepala_daerah", "61.08"),
      ("Darius Ansel", "kepala_daerah", "61.03")]),
    # the scope closes: a later "Name (Place)" in a sentence of its own is no inductee
    ("Gubernur melantik dua bupati, masing-masing Budi Santoso-Ahmad Yani (Seruyan) dan Rudi "
     "Hartono-Hasan Basri (Lamandau). Acara itu dimeriahkan penyanyi Dewi Lestari (Sukamara) dan "
     "pelawak Joko Tingkir.",
     [("Budi Santoso", "kepala_daerah", "62.07"), ("Ahmad Yani", "wakil_kepala_daerah", "62.07"),
      ("Rudi Hartono", "kepala_daerah", "62.09"), ("Hasan Basri", "wakil_kepala_daerah", "62.09")]),
]

PAIR_LIST_NEGATIVES = [
    # candidates hold no office
    "Tiga pasangan calon bupati mendaftar ke KPU, yakni Budi Santoso-Ahmad Yani (Seruyan), Rudi "
    "Hartono-Hasan Basri (Lamandau) dan Joko Susilo-Dedi Kurnia (Sukamara).",
    # no installation or regional-head frame
    "Turnamen catur diikuti Budi Santoso-Ahmad Yani (Seruyan) dan Rudi Hartono-Hasan Basri (Lamandau).",
    # people with places but no dash-joined pair: no list of installed pairs
    "Para pejabat yang dilantik yakni Budi Santoso (Seruyan) dan Rudi Hartono (Lamandau).",
    # the frame too far before the list
    "Gubernur melantik dua bupati pekan lalu. Hujan turun sejak pagi. Jalan macet. Warga berkumpul. "
    "Lomba lari diikuti Budi Santoso-Ahmad Yani (Seruyan) dan Rudi Hartono-Hasan Basri (Lamandau).",
]

# --- O2: a roll-call repeating "<head> dan <deputy> <place> <term>" before each pair ---------------
ROLL_CALLS = [
    # the term as a bare year range; pairs joined by a dash or "dan"; the last after "serta"
    ("Ketiga pasang kepala daerah itu adalah Gubernur dan Wakil Gubernur Jambi 2021-2026 Budi Santoso-"
     "Ahmad Yani, Gubernur dan Wakil Gubernur Bengkulu 2021-2026 Rudi Hartono dan Hasan Basri serta "
     "Gubernur dan Wakil Gubernur Lampung 2021-2026 Joko Susilo-Dedi Kurnia.",
     [("Budi Santoso", "kepala_daerah", "15"), ("Ahmad Yani", "wakil_kepala_daerah", "15"),
      ("Rudi Hartono", "kepala_daerah", "17"), ("Hasan Basri", "wakil_kepala_daerah", "17"),
      ("Joko Susilo", "kepala_daerah", "18"), ("Dedi Kurnia", "wakil_kepala_daerah", "18")]),
    # "periode" before the term, no term at all, the last pair joined by "dan" before the full stop
    ("Yang dilantik ialah Bupati dan Wakil Bupati Seruyan periode 2024-2029 Yusuf Hamdani-Marwan Anwar, "
     "Bupati dan Wakil Bupati Lamandau Agus Salim dan Hendra Wijaya, dan Bupati dan Wakil Bupati "
     "Sukamara Paulus Ramli dan Darius Ansel.",
     [("Yusuf Hamdani", "kepala_daerah", "62.07"), ("Marwan Anwar", "wakil_kepala_daerah", "62.07"),
      ("Agus Salim", "kepala_daerah", "62.09"), ("Hendra Wijaya", "wakil_kepala_daerah", "62.09"),
      ("Paulus Ramli", "kepala_daerah", "62.08"), ("Darius Ansel", "wakil_kepala_daerah", "62.08")]),
    # wali kota pairs parted by semicolons
    ("Mendagri melantik Wali Kota dan Wakil Wali Kota Bima 2023-2028 Arif Rahman-Feri Sofian; Wali Kota "
     "dan Wakil Wali Kota Mataram 2023-2028 Mohan Roliskana-Mujiburrahman Alwi.",
     [("Arif Rahman", "kepala_daerah", "52.72"), ("Feri Sofian", "wakil_kepala_daerah", "52.72"),
      ("Mohan Roliskana", "kepala_daerah", "52.71"), ("Mujiburrahman Alwi", "wakil_kepala_daerah", "52.71")]),
    # a deputy named after a time qualifier and a copula
    ("Sedangkan Wakil Gubernur Riau hingga 2019 adalah Taufik Hidayat.",
     [("Taufik Hidayat", "wakil_kepala_daerah", "14")]),
    # the scope closes: people named after the roll-call get no role
    ("Yang dilantik adalah Bupati dan Wakil Bupati Seruyan 2024-2029 Budi Santoso-Ahmad Yani. Turut hadir "
     "pengusaha Hendra Gunawan dan Agus Salim.",
     [("Budi Santoso", "kepala_daerah", "62.07"), ("Ahmad Yani", "wakil_kepala_daerah", "62.07")]),
]


@pytest.mark.parametrize("text,expected", ROLL_CALLS, ids=[c[0][:40] for c in ROLL_CALLS])
def test_roll_calls(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}


@pytest.mark.parametrize("text,expected", PAIR_LISTS, ids=[c[0][:40] for c in PAIR_LISTS])
def test_pair_lists(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}


@pytest.mark.parametrize("text", PAIR_LIST_NEGATIVES, ids=[t[:40] for t in PAIR_LIST_NEGATIVES])
def test_pair_lists_closed(text):
    assert tag_text(text).officials == []


# --- O3: a former holder told after the new one; a head's deputy by a possessive -----------------
# --- O10: an acting head filled from another post: the installed post wins ------------------------
# --- O4: dotted initials opening a name --------------------------------------------------------------
RELATED = [
    ("Kepala Dinas Kesehatan Kalsel Budi Santoso menjadi Penjabat Wali Kota Banjarbaru yang sebelumnya "
     "dijabat oleh Ahmad Yani.",
     [("Budi Santoso", "kepala_daerah", "63.72"), ("Ahmad Yani", "kepala_daerah", "63.72")]),
    # "sebelumnya dijabat" without "oleh", and "mengisi kursi" as the appointment
    ("Selain itu, Kepala Dinas Pertanian Rudi Hartono menjadi Penjabat Bupati Tapin yang sebelumnya "
     "dijabat Hasan Basri, dan Kepala Badan Keuangan Daerah Joko Susilo mengisi kursi Bupati Balangan "
     "yang sebelumnya dijabat Dedi Kurnia.",
     [("Rudi Hartono", "kepala_daerah", "63.05"), ("Hasan Basri", "kepala_daerah", "63.05"),
      ("Joko Susilo", "kepala_daerah", "63.11"), ("Dedi Kurnia", "kepala_daerah", "63.11")]),
    # the inductee named after an office following "adalah", not before it
    ("Kelima orang yang dilantik adalah Kepala Badan Kepegawaian Daerah Kalsel Budi Sulaiman menjadi "
     "Penjabat Wali Kota Banjarbaru yang sebelumnya dijabat oleh Hasanudin.",
     [("Budi Sulaiman", "kepala_daerah", "63.72"), ("Hasanudin", "kepala_daerah", "63.72")]),
    ("Yang dilantik adalah Kepala Dinas Pekerjaan Umum Martinus Luhan menjadi Penjabat Bupati Tapin.",
     [("Martinus Luhan", "kepala_daerah", "63.05")]),
    ("Taufik Hidayat resmi menduduki kursi Bupati Sambas yang selama ini dijabat Agus Salim.",
     [("Taufik Hidayat", "kepala_daerah", "61.01"), ("Agus Salim", "kepala_daerah", "61.01")]),
    # "dan wakilnya, NAME": the deputy of the head just named; the scope ends at the next head
    ("Mereka mengisi jabatan yang ditinggalkan Bupati Lamandau Agus Salim dan wakilnya, Hendra Wijaya, "
     "serta Bupati Seruyan Paulus Ramli dan wakilnya Darius Ansel yang telah habis masa jabatannya.",
     [("Agus Salim", "kepala_daerah", "62.09"), ("Hendra Wijaya", "wakil_kepala_daerah", "62.09"),
      ("Paulus Ramli", "kepala_daerah", "62.07"), ("Darius Ansel", "wakil_kepala_daerah", "62.07")]),
    # acting heads filled from a home post: a comma before the verb, "diduduki", a "selaku" item
    ("Berikut penjabat yang dilantik itu.\nPj Wali Kota Palangka Raya, dijabat Sekretaris Daerah (Sekda) "
     "Kota Palangka Raya Budi Santoso, Pj Bupati Kapuas dijabat Sekda Kapuas Ahmad Yani, Pj Bupati "
     "Seruyan diduduki Sekda Kabupaten Rudi Hartono, Sekda Lamandau Hasan Basri selaku Pj Bupati "
     "Lamandau dan Pj Bupati Sukamara dijabat Kepala Dinas Pendidikan Joko Susilo.",
     [("Budi Santoso", "kepala_daerah", "62.71"), ("Ahmad Yani", "kepala_daerah", "62.03"),
      ("Rudi Hartono", "kepala_daerah", "62.07"), ("Hasan Basri", "kepala_daerah", "62.09"),
      ("Joko Susilo", "kepala_daerah", "62.08")]),
    ("Jabatan Pj Bupati Katingan, diisi oleh Kepala Bappeda Kalteng Yusuf Hamdani, mulai hari ini.",
     [("Yusuf Hamdani", "kepala_daerah", "62.06")]),
    # dotted initials opening a name, in a numbered list and after a deputy's title
    ("Nama pejabat yang dilantik adalah:\n1. Budi Santoso sebagai Bupati Seruyan\n2. M.S. Hartono "
     "sebagai Bupati Lamandau",
     [("Budi Santoso", "kepala_daerah", "62.07"), ("M.S. Hartono", "kepala_daerah", "62.09")]),
    ("Gubernur Bali melantik Bupati Badung, I Made Sukarta dan Wakil Bupati, A.A. Gde Mahendra untuk "
     "periode 2020-2025.",
     [("I Made Sukarta", "kepala_daerah", "51.03"), ("A.A. Gde Mahendra", "wakil_kepala_daerah", "51.03")]),
]

# the former holder told in a relative clause about the new one, no other person before it
RELATED += [
    ("Pelantikan dilakukan oleh Penjabat Gubernur Kalimantan Selatan Budi Santoso, yang juga baru dilantik "
     "pada Senin (10/8) oleh Menteri Dalam Negeri menggantikan Ahmad Yani yang telah selesai masa jabatannya.",
     [("Budi Santoso", "kepala_daerah", "63"), ("Ahmad Yani", "kepala_daerah", "63")]),
    ("Bupati Tapin Budi Santoso, yang menggantikan Ahmad Yani sejak 2020, membuka acara.",
     [("Budi Santoso", "kepala_daerah", "63.05"), ("Ahmad Yani", "kepala_daerah", "63.05")]),
]

RELATED_NEGATIVES = [
    # another person in the clause: the replacing is not about the holder's office
    ("Bupati Tapin Budi Santoso, yang kemarin bertemu Rudi Hartono menggantikan ban mobil.",
     [("Budi Santoso", "kepala_daerah", "63.05")]),
    ("Bupati Tapin Budi Santoso, yang mengutus Rudi Hartono menggantikan Ahmad Yani di rapat itu, absen.",
     [("Budi Santoso", "kepala_daerah", "63.05")]),
    # "wakilnya" with no name after it, a "sebelumnya dijabat" with a common word: no extra person
    ("Bupati Lamandau Agus Salim dan wakilnya hadir dalam acara itu.", [("Agus Salim", "kepala_daerah", "62.09")]),
    ("Budi Santoso menjadi Pj Bupati Tapin yang sebelumnya dijabat selama lima tahun.",
     [("Budi Santoso", "kepala_daerah", "63.05")]),
    # a degree in dots after a name is no initial of the next
    ("Bupati Seruyan Budi Santoso S.H. membuka acara.", [("Budi Santoso", "kepala_daerah", "62.07")]),
]


@pytest.mark.parametrize("text,expected", RELATED + RELATED_NEGATIVES, ids=[c[0][:40] for c in RELATED + RELATED_NEGATIVES])
def test_related_holders(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}


# --- a role told once, then "<Place> NAME" items after a list opener: each takes its own place ------
PLACE_LISTS = [
    # the role of the holder read in the sentence before; "dijabat oleh" in the first item only
    ("Kepala Perwakilan Ombudsman Kalbar Budi Santoso hadir. Empat provinsi lainnya masing-masing "
     "Provinsi Jambi dijabat oleh Ahmad Yani, Lampung Hasan Basri, Jawa Tengah Rudi Hartono, dan Riau "
     "Joko Susilo.",
     [("Budi Santoso", "ombudsman", "61"), ("Ahmad Yani", "ombudsman", "15"), ("Hasan Basri", "ombudsman", "18"),
      ("Rudi Hartono", "ombudsman", "33"), ("Joko Susilo", "ombudsman", "14")]),
    # a title in the list's own sentence wins over the holder read before; a colon after each place
    ("Sekda Kalbar Budi Santoso memimpin rapat. Pj bupati di tiga kabupaten lainnya, yakni Kabupaten "
     "Seruyan: Ahmad Yani, Kabupaten Lamandau: Hasan Basri, serta Kabupaten Sukamara: Rudi Hartono.",
     [("Budi Santoso", "sekda", "61"), ("Ahmad Yani", "kepala_daerah", "62.07"),
      ("Hasan Basri", "kepala_daerah", "62.09"), ("Rudi Hartono", "kepala_daerah", "62.08")]),
    # kota places after "yaitu"
    ("Wali Kota Palangka Raya Fairid Naparin membuka rapat para kepala daerah. Kepala daerah lain yang "
     "hadir yaitu Kabupaten Kapuas Ben Brahim dan Kabupaten Katingan Sakariyas.",
     [("Fairid Naparin", "kepala_daerah", "62.71"), ("Ben Brahim", "kepala_daerah", "62.03"),
      ("Sakariyas", "kepala_daerah", "62.06")]),
    # the role in lower case, its unit alone before a comma ("sebagai kepala perwakilan, …")
    ("Seleksi pimpinan Ombudsman Kalimantan Barat rampung. Untuk ORI Kalbar, Budi Santoso ditetapkan "
     "sebagai kepala perwakilan, menyingkirkan dua pesaingnya. Empat provinsi lainnya masing-masing "
     "Provinsi Jambi dijabat oleh Ahmad Yani, Lampung Hasan Basri, Jawa Tengah Rudi Hartono, dan Riau "
     "Joko Susilo.",
     [("Budi Santoso", "ombudsman", "61"), ("Ahmad Yani", "ombudsman", "15"), ("Hasan Basri", "ombudsman", "18"),
      ("Rudi Hartono", "ombudsman", "33"), ("Joko Susilo", "ombudsman", "14")]),
    # the scope closes: a list of guests with places, no places or offices named before it
    ("Kepala Perwakilan Ombudsman Kalbar Budi Santoso hadir. Hadir pula para tokoh, yakni Jawa Tengah "
     "Ahmad Yani dan Lampung Hasan Basri.",
     [("Budi Santoso", "ombudsman", "61")]),
    # …one item is no list
    ("Kepala Perwakilan Ombudsman Kalbar Budi Santoso hadir. Satu provinsi lainnya yakni Lampung Hasan "
     "Basri.",
     [("Budi Santoso", "ombudsman", "61")]),
]


@pytest.mark.parametrize("text,expected", PLACE_LISTS, ids=[c[0][:40] for c in PLACE_LISTS])
def test_place_lists(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}


# --- O9: a dense attendee list: relatives before a title are not its holder, ordinals, a cabinet -----
ATTENDEES = [
    ("Sumpah jabatan dihadiri Wakil Presiden Budi Santoso, Istri Wakil Presiden Ratna Budi Santoso, "
     "Presiden ke-3 Ahmad Yani, Presiden ke-5 Dewi Lestari, Ketua DPR Rudi Hartono, para menteri Kabinet "
     "Maju serta pimpinan lembaga lainnya.",
     [("Budi Santoso", "pusat", None), ("Ahmad Yani", "pusat", None), ("Dewi Lestari", "pusat", None),
      ("Rudi Hartono", "legislatif", None)]),
    ("Turut hadir Bupati Seruyan Yusuf Hamdani dan istri Bupati Seruyan, Ratna Sari.",
     [("Yusuf Hamdani", "kepala_daerah", "62.07")]),
    ("Acara dibuka oleh Gubernur Jambi Hasan Basri didampingi ajudan Gubernur Jambi Joko Susilo.",
     [("Hasan Basri", "kepala_daerah", "15")]),
    # a grandchild's event: the name after the title is the holder's
    ("Menteri datang dalam acara aqiqah cucu Gubernur Jambi, H Hasan Basri di Jambi, Sabtu.",
     [("Hasan Basri", "kepala_daerah", "15")]),
    ("Wali Kota ke-12 Palangka Raya, Fairid Naparin, membuka acara.",
     [("Fairid Naparin", "kepala_daerah", "62.71")]),
]


@pytest.mark.parametrize("text,expected", ATTENDEES, ids=[c[0][:40] for c in ATTENDEES])
def test_attendee_lists(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}


# --- O5/O12 and agency short names: a line cut after a comma, venues named after an office ----------
FORMS = [
    # a text cut off after "NAME," is prose, not a headline
    ("Hadir di antaranya Bupati Asahan Surya,", [("Surya", "kepala_daerah", "12.09")]),
    ("Turut hadir Wali Kota Bima Arif Rahman,", [("Arif Rahman", "kepala_daerah", "52.72")]),
    # a venue named after an office is no person
    ("Budi di sela pelantikan di Anjong Mon Mata Komplek Meuligoe Gubernur Aceh, Banda Aceh, Kamis, "
     "berharap banyak.", []),
    ("Acara digelar di Balai Sakti Raya Gubernur Jambi, Senin.", []),
    # …while a name written right before its title after a verb stays
    ("Acara dihadiri Budi Santoso Wakil Bupati Seruyan.", [("Budi Santoso", "wakil_kepala_daerah", "62.07")]),
    # a coordinator of a public unit is an official; of a rally or a foundation not
    ("Data itu disampaikan Kepala Ombudsman RI Perwakilan Gorontalo Budi Santoso, didampingi Koordinator "
     "Tim Penerimaan dan Verifikasi Laporan, Ahmad Yani serta Asisten Ombudsman, Rudi Hartono.",
     [("Budi Santoso", "ombudsman", "75"), ("Ahmad Yani", "ombudsman", "75"), ("Rudi Hartono", "ombudsman", "75")]),
    ("Diskusi itu menghadirkan Koordinator Urusan Pengaduan Kebijakan dan Pelaporan DPM-PTSP Kota "
     "Tanjungpinang, Hasanudin di Tanjungpinang.", [("Hasanudin", "perangkat_daerah", "21.72")]),
    ("Koordinator lapangan aksi, Budi Santoso, meminta warga tertib.", []),
    ("Koordinator Wilayah Yayasan Peduli Anak, Budi Santoso, hadir.", []),
    # an acting head written without "Kepala"
    ("Plt Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Kabupaten Tanah Laut, Budi "
     "Santoso, mengatakan MPP memudahkan warga.", [("Budi Santoso", "perangkat_daerah", "63.01")]),
    ("Plt Badan Keuangan Daerah Kota Bima Ahmad Yani hadir.", [("Ahmad Yani", "perangkat_daerah", "52.72")]),
    # an agency's own short name after "Dinas"/"Badan" belongs to the role, not to the name
    ("Kepala Dinas Perkimtan Erlin Hardi selaku Pj Bupati Kapuas.", [("Erlin Hardi", "kepala_daerah", "62.03")]),
    ("Kepala Dinas Perkimtan Seruyan Erlin Hardi mengatakan rumah layak huni akan dibangun.",
     [("Erlin Hardi", "perangkat_daerah", "62.07")]),
    ("Kepala Badan Kesbangpol Lamandau Ahmad Yani hadir.", [("Ahmad Yani", "perangkat_daerah", "62.09")]),
]


@pytest.mark.parametrize("text,expected", FORMS, ids=[c[0][:40] for c in FORMS])
def test_forms(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}
