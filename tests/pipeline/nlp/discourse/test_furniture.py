"""Portal furniture over several lines (pipeline/nlp/discourse/furniture.py): link blocks and site menus,
and where they end. Texts written for these tests."""
from __future__ import annotations

import pytest

from pipeline.nlp.discourse.furniture import (furniture_spans, headline_run_spans, link_block_spans, lone_bullet_spans,
                                              menu_bar_spans, menu_spans, ticker_line_spans, ticker_spans)

BODY = "Pemerintah Kabupaten Sigi meresmikan mal pelayanan publik pada Senin pagi di kantor bupati."


def covered(text: str, spans) -> list[str]:
    return [text[a:b] for a, b in spans]


@pytest.mark.parametrize("block", [
    # a heading alone, then headlines without bullets
    "Baca Juga\nBupati Poso Tinjau Jalan Rusak\nKota Palu Gelar Festival Teluk\nWarga Donggala Keluhkan Air",
    # a heading with a colon, bullet items, one ending in a question mark
    "Berita Terkini:\n- Gubernur Sulteng Buka Pameran\n- Siapa Calon Wali Kota Palu?\n- Harga Cabai Naik",
    # an English heading, headlines and teasers cut off, a time line, blank lines between
    "Recent Posts\n\nKPU Poso Gelar Debat Kedua\n\nPOSO, PORTALA - Komisi Pemilihan Umum Kabupaten Poso sukses…\n\n"
    "4 jam lalu\n\nTim Sigi Juara Turnamen",
    # teasers of a portal, the last one cut by the excerpt's end
    "PORTALA.ID - Bawaslu Kota Palu memetakan kerawanan di tempat…\nPORTALA.ID - Survei terbaru soal Pilgub Sulteng "
    "menunjukkan bahwa…\nPORTALA.ID, DONGGALA - Ketua DPRD Kabupaten Donggala mengaku kecew",
])
def test_a_link_block_runs_from_its_heading_to_the_prose(block):
    text = f"{BODY}\n{block}\nSementara itu, pelayanan di mal tersebut dibuka setiap hari kerja mulai pukul delapan."
    assert covered(text, link_block_spans(text)) == [block]


@pytest.mark.parametrize("text", [
    # a related link inline: one line, the article goes on
    f"BACA JUGA: Bupati Poso Tinjau Jalan\n{BODY}",
    # a headline and a subheading of the article itself: no heading of links before them
    f"Sigi Resmikan MPP\nLayanan Satu Atap untuk Warga\n{BODY}",
    # a list of the article introduced by a sentence ending in a colon
    f"{BODY} Layanan yang tersedia:\n- Dinas Kependudukan Kabupaten Sigi\n- Kantor Pajak\n- Polres Sigi",
])
def test_no_link_block_without_a_heading_alone_or_a_teaser(text):
    assert link_block_spans(text) == []


def test_a_site_menu_before_the_first_prose_line():
    menu = "  • Beranda\n  • Lintas Daerah\n    • Kota Palu\n    • Kabupaten Sigi\n    • Banggai Kepulauan\n  • Redaksi"
    text = f"Close Menu\nPortal Sulteng\n{menu}\nSigi Resmikan MPP\n{BODY}"
    got = covered(text, menu_spans(text))
    assert got == [line for line in menu.split("\n")]


@pytest.mark.parametrize("text", [
    # bullet items after the prose started: the article's list
    f"{BODY}\n• Kota Palu\n• Kabupaten Sigi\n• Kabupaten Poso",
    # two bullets only
    "• Beranda\n• Kota Palu\n" + BODY,
    # bullets with figures: a table of the article, not a menu
    "• Kota Palu 12 laporan\n• Kabupaten Sigi 4 laporan\n• Kabupaten Poso 3 laporan\n" + BODY,
])
def test_no_menu_after_the_prose_nor_of_two_items_nor_with_figures(text):
    assert menu_spans(text) == []


def test_furniture_is_both():
    text = f"• Beranda\n• Kota Palu\n• Redaksi\n{BODY}\nBaca Juga\nBupati Poso Tinjau Jalan"
    assert covered(text, furniture_spans(text)) == ["Baca Juga\nBupati Poso Tinjau Jalan", "• Beranda", "• Kota Palu",
                                                     "• Redaksi"]


@pytest.mark.parametrize("bar", [
    # a portal's regional menu, bars between the items
    "Palu | Sigi | Poso | Donggala | Parimo | Tolitoli",
    # a breadcrumb
    "Beranda » Sulawesi Tengah » Kabupaten Sigi",
    # dots between the items, a separator at the line's ends too
    "| Nasional · Daerah · Kota Palu · Olahraga |",
])
def test_a_menu_bar_is_one_line_of_short_items_between_separators(bar):
    text = f"Portal Sulteng\n{bar}\nSigi Resmikan MPP\n{BODY}\n{bar}"
    assert covered(text, menu_bar_spans(text)) == [bar, bar]


@pytest.mark.parametrize("line", [
    # a table's row: figures
    "Kota Palu | 85,20 | Zona Hijau",
    # the article's list under a label: a colon
    "Zona hijau: Kota Palu | Kabupaten Sigi | Kabupaten Poso",
    # a caption with its credit: two items
    "Bupati Sigi meninjau gedung MPP | Foto Istimewa",
    # items as long as a sentence
    "Pemerintah Kabupaten Sigi meresmikan gedung layanan baru | Warga menyambut dengan antusias | Antrean panjang",
])
def test_no_menu_bar_in_a_table_row_a_labelled_list_a_caption_or_long_items(line):
    text = f"{BODY}\n{line}"
    assert menu_bar_spans(text) == []


@pytest.mark.parametrize("text, ticker", [
    # the heading alone, its headline on the next line
    (f"BREAKING NEWS :\nWali Kota Palu Jadi Pelopor Layanan Digital\nSigi Resmikan MPP\n{BODY}",
     "BREAKING NEWS :\nWali Kota Palu Jadi Pelopor Layanan Digital"),
    # the headline after the heading's colon
    (f"Sigi Resmikan MPP\nBreaking News: Bupati Poso Tinjau Banjir\n{BODY}", "Breaking News: Bupati Poso Tinjau Banjir"),
])
def test_a_ticker_is_its_heading_and_one_headline(text, ticker):
    assert covered(text, ticker_spans(text)) == [ticker]


@pytest.mark.parametrize("text", [
    # the words inside the prose
    f"{BODY} Breaking news itu disiarkan televisi lokal di Kota Palu.",
    f"Kabar peresmian itu menjadi breaking news di Kota Palu.\n{BODY}",
    # the heading alone, then the article's prose: the prose is no ticker
    f"Breaking News\n{BODY}",
])
def test_no_ticker_in_prose(text):
    assert all("Palu" not in seg and "Sigi" not in seg for seg in covered(text, ticker_spans(text)))


# --- runs of other articles' headlines without a heading (final7: a ticker's bullets over the article,
# related headlines between its paragraphs)
TICKER_BULLETS = ("- Gubernur Sulteng Buka Pameran Kopi di Kota Palu\n- Harga Beras di Poso Mulai Turun Jelang Panen Raya\n"
                  "- Wali Kota Palu Resmikan Taman Bacaan 24 Jam\n- Bupati Sigi: Jalan Desa Rampung Tahun Depan")
INLINE_HEADLINES = ("Tim Voli Donggala Juara Turnamen Antar Kecamatan\nKenapa Harga Cabai Naik Lagi Jelang Lebaran?\n"
                    "Warga Poso Keluhkan Lampu Jalan Padam Berhari-hari\nBerikut Jadwal Kapal Feri Palu ke Balikpapan Pekan Ini")
LEAD = "Pemerintah Kabupaten Sigi meraih zona hijau dalam penilaian kepatuhan Ombudsman tahun ini."
MORE = "Sementara itu, Bupati Sigi meminta seluruh perangkat daerah menjaga capaian tersebut."


@pytest.mark.parametrize("text, run", [
    (f"{TICKER_BULLETS}\nSigi Raih Zona Hijau Ombudsman\n{LEAD}\n{MORE}", TICKER_BULLETS),
    (f"Sigi Raih Zona Hijau Ombudsman\n{LEAD}\n{INLINE_HEADLINES}\n{MORE}", INLINE_HEADLINES),
])
def test_a_run_of_other_articles_headlines_is_furniture(text, run):
    assert covered(text, headline_run_spans(text)) == [run]
    assert run in covered(text, furniture_spans(text))


@pytest.mark.parametrize("text", [
    # the title, a byline with its time and separators, a caption: the article's opening, no run
    f"Sigi Raih Zona Hijau dari Ombudsman RI\nRedaksi | Senin, 11/12/2023 10:15 WIB\nBupati Sigi Terima Piagam di Jakarta "
    f"Bersama Sekda\n{LEAD}",
    # the title and a caption printed twice, then the prose
    f"Ombudsman Beri Sigi Piagam Zona Hijau Tahun Ini\nFoto Bersama Bupati Sigi dan Kepala Perwakilan Ombudsman\n"
    f"Foto Bersama Bupati Sigi dan Kepala Perwakilan Ombudsman\n{LEAD}",
    # the article's own bulleted roll call after its prose: the lines share their linking word
    f"{LEAD} Gubernur melantik para penjabat berikut.\n- Ahmad Fauzi sebagai Pj Bupati Kabupaten Poso\n"
    f"- Rina Marlina sebagai Pj Bupati Kabupaten Sigi\n- Yusuf Mahmud sebagai Pj Wali Kota Palu",
    # a bulleted list opening alike before the prose ("Bupati …"): a roll call, no run of headlines
    "- Bupati Poso Ahmad Fauzi Hadir Langsung\n- Bupati Sigi Rina Marlina Hadir Langsung\n- Bupati Donggala Yusuf "
    f"Mahmud Hadir Langsung\n{LEAD}",
    # the article's own numbered roll call after its prose: names and offices, each its own opening word
    f"{LEAD} Gubernur melantik tiga penjabat.\n1. Ahmad Fauzi - Pj Bupati Kabupaten Poso\n"
    f"2. Rina Marlina - Pj Bupati Kabupaten Sigi\n3) Yusuf Mahmud (Pj Wali Kota Palu) Hari Ini\n{MORE}",
    # a table's rows with scores between paragraphs
    f"{LEAD}\nKota Palu Meraih Nilai 88,10 Zona Hijau Tahun Ini\nKabupaten Poso Meraih Nilai 71,40 Zona Kuning Tahun "
    f"Ini\nKabupaten Donggala Meraih Nilai 65,00 Zona Kuning\n{MORE}",
    # prose lines between paragraphs end like sentences
    f"{LEAD}\nKepala Perwakilan Ombudsman Sulteng Menyerahkan Piagam Itu Kepada Bupati.\nBupati Sigi Menerima Piagam Itu "
    f"Dengan Bangga.\nSeluruh Kepala Dinas Hadir Dalam Acara Itu.\n{MORE}",
])
def test_no_run_of_headlines_in_a_title_a_roll_call_a_table_or_prose(text):
    assert headline_run_spans(text) == []


# --- round 10: numbered headlines, one rule for the region tagger and the officials reader
NUMBERED_HEADLINES = ("1. Gubernur Sulteng Resmikan Jembatan Baru Di Kabupaten Poso\n2. Harga Beras Di Palu Mulai "
                      "Turun Jelang Panen Raya\n3) Bupati Sigi Tinjau Jalan Desa Yang Rusak Parah")


@pytest.mark.parametrize("text", [f"{NUMBERED_HEADLINES}\n{LEAD}\n{MORE}", f"{LEAD}\n{NUMBERED_HEADLINES}\n{MORE}",
                                  f"{LEAD}\n{MORE}\n{NUMBERED_HEADLINES}"])
def test_a_numbered_run_of_headlines_with_their_verbs_is_furniture(text):
    assert covered(text, headline_run_spans(text)) == [NUMBERED_HEADLINES]


@pytest.mark.parametrize("text", [
    # a numbered roll call: the office after the holder, apart by a dash or in brackets
    f"{LEAD}\n1. Ahmad Fauzi Hasibuan - Penjabat Bupati Kabupaten Poso\n2. Rina Marlina Siregar - Penjabat Bupati "
    f"Kabupaten Sigi\n3. Yusuf Mahmud (Penjabat Wali Kota Palu Sampai Tahun Depan)\n{MORE}",
    # a numbered roll call of offices and holders, no verb
    f"{LEAD}\n1. Kepala Dinas Kesehatan Kabupaten Sigi Ahmad Fauzi\n2. Kepala Dinas Pendidikan Kabupaten Sigi Rina "
    f"Marlina\n3. Sekretaris Daerah Kabupaten Poso Yusuf Mahmud\n{MORE}",
    # the article's own numbered agenda in Title Case: nouns, no headline's verb
    f"{LEAD}\n1. Peningkatan Kualitas Pelayanan Publik Di Kabupaten Sigi\n2. Penguatan Pengawasan Internal Di Seluruh "
    f"Perangkat Daerah\n3. Pembangunan Mal Pelayanan Publik Di Kota Palu\n{MORE}",
])
def test_no_run_of_headlines_in_a_numbered_roll_call_or_agenda(text):
    assert headline_run_spans(text) == []


# --- a lone bulleted headline between two paragraphs (final8: a portal's related headline in the prose)
LONE_BULLET = "• Ombudsman Sulteng Kunjungi Polres Donggala Lakukan Penilaian Layanan"


@pytest.mark.parametrize("text", [f"{LEAD}\n{LONE_BULLET}\n{MORE}", f"{LEAD}\n{MORE}\n- Bupati Poso Resmikan Pasar "
                                                                      f"Rakyat Di Tentena\n{MORE}"])
def test_a_lone_bulleted_headline_in_the_prose_is_furniture(text):
    line = text.split("\n")[-2]
    assert line in covered(text, lone_bullet_spans(text))
    assert line in covered(text, furniture_spans(text))


@pytest.mark.parametrize("text", [
    # the article's one-item list after a colon
    f"{LEAD} Satu-satunya instansi yang belum bergabung:\n• Kantor Pertanahan Kabupaten Donggala Resmikan Loket\n{MORE}",
    # the article's one-item list without a headline's verb
    f"{LEAD}\n• Dinas Kependudukan Dan Pencatatan Sipil Kabupaten Donggala\n{MORE}",
    # two bullets in a row: a list, not a lone headline (a run before the prose is the run rule's)
    f"{LEAD}\n• Ombudsman Kunjungi Polres Donggala Pekan Ini\n• Ombudsman Kunjungi Polres Poso Pekan Depan\n{MORE}",
    # a bulleted headline-like line as the text's last line: no prose after it
    f"{LEAD}\n{MORE}\n{LONE_BULLET}",
    # the article's lead paragraph after a bulleted title: no prose before it
    f"{LONE_BULLET}\n{LEAD}\n{MORE}",
])
def test_no_lone_bulleted_headline_in_a_list_of_the_article_or_at_its_edges(text):
    assert lone_bullet_spans(text) == []


# --- a plain run of headlines with their verbs before the prose, after the title (final5)
TITLE = "Sigi Raih Zona Hijau Ombudsman"
PLAIN_RUN = ("DPRD Sulteng Minta Jalan Desa Di Poso Segera Diperbaiki\nKetua Komisi III Tinjau Banjir Di Kabupaten "
             "Donggala\nDPRD Sulteng Dorong Pemkot Palu Tambah Armada Sampah")


@pytest.mark.parametrize("text", [f"{TITLE}\n{PLAIN_RUN}\n{LEAD}\n{MORE}",
                                  f"{TITLE}\nPortala.id, Palu - Ketua Komisi I DPRD Sulawesi Tengah (Sulteng), Ahmad, menilai operasional layanan publik di Kabupaten Sig\n"
                                  f"{PLAIN_RUN}\n\n{LEAD}"])
def test_a_plain_run_of_headlines_with_their_verbs_after_the_title_is_furniture(text):
    assert covered(text, headline_run_spans(text)) == [PLAIN_RUN]


@pytest.mark.parametrize("text", [
    # the run opens the text: its first line is the article's title
    f"{PLAIN_RUN}\n{LEAD}\n{MORE}",
    # title, subtitle and caption before the prose, without headlines' verbs
    f"{TITLE}\nLayanan Satu Atap Untuk Warga Kabupaten Sigi Dan Sekitarnya\nBupati Sigi Bersama Kepala Perwakilan "
    f"Ombudsman Sulteng\nFoto Bersama Bupati Sigi Dan Jajaran Perangkat Daerah\n{LEAD}",
    # a roll call before the prose opening alike, verbs in a minority
    f"{TITLE}\nBupati Poso Ahmad Fauzi Hadir Di Lokasi Acara\nBupati Sigi Rina Marlina Hadir Di Lokasi Acara\n"
    f"Bupati Donggala Yusuf Mahmud Tinjau Lokasi Acara\n{LEAD}",
])
def test_no_plain_run_before_the_prose_at_the_text_s_top_or_without_verbs(text):
    assert headline_run_spans(text) == []


# --- a headline ticker on one line over the title (final4)
TICKER_LINE = ("Awas! Jalan Lintas Poso Ambles Lagi Usai Hujan Deras Warga Donggala Keluhkan Air Bersih Macet, Dinas "
               "Turun Tangan Jelang Lebaran, Harga Cabai Di Pasar Palu Melonjak Tajam Dishub Sigi Rilis Jadwal Baru "
               "Kapal, Cek Rutenya Festival Teluk Digelar Lagi, Semangat Baru Wisata Parigi Moutong")


@pytest.mark.parametrize("text", [f"{TICKER_LINE}\n\n{TITLE}\n{LEAD}\n{MORE}", f"{TITLE}\n{TICKER_LINE}\n{LEAD}"])
def test_a_headline_ticker_on_one_line_before_the_prose_is_furniture(text):
    assert covered(text, ticker_line_spans(text)) == [TICKER_LINE]
    assert TICKER_LINE in covered(text, furniture_spans(text))


@pytest.mark.parametrize("text", [
    # the lead paragraph: mostly lower case
    f"{TITLE}\nPALU - Pemerintah Kabupaten Sigi, Kabupaten Poso dan Kota Palu meraih zona hijau dalam penilaian "
    f"kepatuhan Ombudsman yang diumumkan di Jakarta pada Senin pagi oleh pimpinan lembaga itu bersama menteri.\n{MORE}",
    # a list of the article's in Title Case before the prose: commas every few words
    f"{TITLE}\nKabupaten Sigi, Kabupaten Poso, Kota Palu, Kabupaten Donggala, Kabupaten Parigi Moutong, Kabupaten "
    f"Tojo Una-Una, Kabupaten Banggai, Kabupaten Morowali, Kabupaten Buol, Kabupaten Tolitoli, Kabupaten Banggai "
    f"Laut\n{LEAD}",
    # a roll call in Title Case: a colon and brackets
    f"{TITLE}\nKabupaten Sigi: Ahmad Fauzi (Bupati) Dan Rina Marlina (Wakil Bupati) Bersama Seluruh Kepala Dinas "
    f"Kabupaten Sigi Yang Hadir Dalam Acara Penyerahan Piagam Zona Hijau Ombudsman Republik Indonesia Perwakilan "
    f"Sulawesi Tengah Di Palu\n{LEAD}",
    # the same ticker after the prose started: not judged here
    f"{TITLE}\n{LEAD}\n{TICKER_LINE}",
    # a title of ordinary length
    f"{TITLE} Dan Kota Palu Raih Nilai Tertinggi Di Sulawesi Tengah\n{LEAD}",
])
def test_no_headline_ticker_line_in_a_lead_a_list_a_roll_call_or_a_title(text):
    assert ticker_line_spans(text) == []
