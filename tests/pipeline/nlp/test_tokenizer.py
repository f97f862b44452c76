"""Warta's Indonesian tokenizer (pipeline/nlp WartaIndonesian): abbreviations that must not end a
sentence, numbers glued to the word after them. Sentences written for these tests."""
from __future__ import annotations

import pytest

from pipeline.nlp import get_nlp


def _tokens(text):
    doc = get_nlp()(text)
    return [t.text for t in doc], [t.text for t in doc if t.is_sent_start]


@pytest.mark.parametrize("prefix", ["Pj.", "PJ.", "Plh.", "Pjs.", "Plt."])
def test_acting_prefix_with_a_full_stop_is_one_token_and_no_sentence_end(prefix):
    words, starts = _tokens(f"Rombongan disambut {prefix} Bupati Sintang Hendra Wijaya di pendopo.")
    assert prefix in words
    assert starts == ["Rombongan"]


@pytest.mark.parametrize("text,abbreviation", [
    ("Lima daerah itu yakni Kab. Sleman, Kota Magelang dan Kab. Kulon Progo.", "Kab."),
    ("Antrean terpanjang ada di Kec. Lembang, disusul Kecamatan Parongpong.", "Kec."),
    ("Penghargaan diterima Prov. Jambi serta KAB. Merangin.", "KAB."),
    ("Petugas mendata warga di kel. Sukajadi dan desa sekitarnya.", "kel."),
])
def test_a_kind_of_government_written_short_is_one_token_and_no_sentence_end(text, abbreviation):
    words, starts = _tokens(text)
    assert abbreviation in words
    assert len(starts) == 1


def test_a_full_stop_after_the_whole_word_still_ends_the_sentence():
    # "Kabupaten." or a sentence ending in a name is no abbreviation
    _, starts = _tokens("Bupati meresmikan gedung baru di ibu kota kabupaten. Kab baru itu dua tahun.")
    assert starts == ["Bupati", "Kab"]


@pytest.mark.parametrize("text,word", [
    ("Urutan nilai: 1.Kabupaten Sambas 88,10 dan 2.Kota Singkawang 80,05.", "Kabupaten"),
    ("Laporan per daerah: Kabupaten Poso 12, Donggala 40,Sigi 7, Kota Palu 21.", "Sigi"),
])
def test_a_number_glued_to_a_word_is_split_from_it(text, word):
    words, _ = _tokens(text)
    assert word in words


@pytest.mark.parametrize("text,token", [
    ("Nilai kepatuhan naik menjadi 83,96 tahun ini.", "83,96"),
    ("Sebanyak 1.250 laporan diterima.", "1.250"),
    ("Antrean dibuka pukul 08.30 WITA.", "08.30"),
])
def test_numbers_themselves_stay_whole(text, token):
    words, _ = _tokens(text)
    assert token in words
