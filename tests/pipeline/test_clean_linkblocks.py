"""clean_text drops a block of other articles' links whole: its heading alone on a line, then its
headlines, bullet items, teasers and short lines, up to the prose (pipeline/lang/linkblocks.py). Texts
written for these tests."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.lang.linkblocks import block_heading, block_line

FIRST = "Paragraf pertama tentang mal pelayanan publik di Kabupaten Sigi."
NEXT = "Paragraf berikutnya menjelaskan jam layanan mal itu setiap hari kerja."


@pytest.mark.parametrize("block", [
    "Baca Juga\nBupati Poso Tinjau Jalan Rusak\nWali Kota Palu Buka Festival\nTujuh Instansi di Lingkungan Pemkab Donggala Terima Penghargaan",
    "Berita Terkini:\n- Gubernur NTB Nilai Satgas Belum Perlu\n- Siapa Calon Wali Kota Bima?\n- Harga Cabai Naik",
    "Check Also\nKPU Bolmong Gelar Debat Ketiga\nPORTALA BOLMONG – KPU Kabupaten Bolaang Mongondow sukses menggelar…",
    "Recent Posts\nTim Mamuju Juara Piala Bupati\nPOLMAN, PORTALA - Tim asal Polewali Mandar kalah…\n4 jam lalu\nSuara di Kampung Tabone",
])
def test_a_block_of_links_goes_whole(block):
    assert clean_text(f"{FIRST}\n{block}\n{NEXT}") == f"{FIRST}\n{NEXT}"


@pytest.mark.parametrize("text", [
    # an inline related link is one line: the next line stays
    f"{FIRST}\nBaca juga: Bupati Poso Tinjau Jalan\nDinas Penanaman Modal Kabupaten Sigi Buka Layanan\n{NEXT}",
    # no heading: a subheading of the article stays
    f"{FIRST}\nLayanan Satu Atap untuk Warga\n{NEXT}",
])
def test_lines_without_a_block_heading_stay(text):
    assert clean_text(text) == text.replace("Baca juga: Bupati Poso Tinjau Jalan\n", "")


def test_the_prose_that_resumes_stays_even_in_lower_case_without_a_full_stop():
    text = f"{FIRST}\nBaca Juga\nBupati Poso Tinjau Jalan\nmenurut kepala dinas layanan itu dibuka setiap hari kerja mulai pagi"
    assert clean_text(text) == f"{FIRST}\nmenurut kepala dinas layanan itu dibuka setiap hari kerja mulai pagi"


@pytest.mark.parametrize("line, heading", [("Baca Juga", True), ("Berita Terkini:", True), ("Check Also", True),
                                           ("Recent Posts", True), ("Baca juga: Bupati Poso Tinjau Jalan", False),
                                           ("Berita terkini dari Kota Palu hari ini.", False)])
def test_block_heading(line, heading):
    assert block_heading(line) is heading


@pytest.mark.parametrize("line, goes_on", [
    ("Bupati Poso Tinjau Jalan Rusak", True), ("- Siapa Calon Wali Kota Bima?", True), ("4 jam lalu", True),
    ("PORTALA.ID - Bawaslu Kota Palu memetakan kerawanan di tempat…", True),
    ("Paragraf berikutnya menjelaskan jam layanan.", False),
    ("menurut kepala dinas layanan itu dibuka setiap hari kerja mulai pagi", False),
])
def test_block_line(line, goes_on):
    assert block_line(line) is goes_on
