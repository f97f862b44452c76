"""The topic filter decides from slug, title and summary; it is permissive when nothing is known."""
from __future__ import annotations

import pytest

from spiders.topic import is_on_topic, slug_words


@pytest.mark.parametrize("url", [
    "https://klikpositif.com/2023/05/06/terbaik-tingkat-sumbar-kabupaten-solok-bidik-10-besar-pelayanan-publik/",
    "https://rakyatbengkulu.disway.id/read/46870/pemkab-lebong-minta-kecamatan-menjaga-sinergitas",
    "https://ombudsman.go.id/perwakilan/news/r/pwkmedia--ombudsman-kalsel-kunjungi-kabupaten-hulu-sungai-selatan",
    "https://prnewspresisi.com/2025/02/24/wakil-bupati-solok-pimpin-rakor/",
    "https://example.id/2024/01/mal-pelayanan-publik-segera-dibuka/",
    "https://example.id/2024/01/walikota-padang-tinjau-mpp/",
])
def test_slugs_on_the_beat_pass(url):
    assert is_on_topic(url)


def test_off_topic_slug_is_rejected():
    assert not is_on_topic("https://klikpositif.com/2023/05/06/resep-rendang-paling-enak/")
    assert not is_on_topic("https://example.id/2024/01/persib-menang-tipis-di-kandang/")


def test_title_or_summary_can_rescue_a_bland_slug():
    url = "https://example.id/2024/01/rapat-koordinasi-hari-senin/"
    assert not is_on_topic(url)
    assert is_on_topic(url, title="Rapat Koordinasi Pemkab Agam")
    assert is_on_topic(url, summary="Ombudsman menilai kepatuhan standar pelayanan")


def test_url_without_words_is_kept():
    assert slug_words("https://example.id/read/46870") == []
    assert is_on_topic("https://example.id/read/46870")
    assert is_on_topic("https://example.id/berita/123456.html")


def test_terms_match_word_starts_only():
    # "asn" must not match inside "pasnya", "opd" not inside words.
    assert not is_on_topic("https://example.id/2024/01/pasnya-lagu-baru-band-lokal/")
