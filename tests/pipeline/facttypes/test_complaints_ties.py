"""warta_complaints: a ranking of the governments reported on, each count in brackets, where governments
tied on one count are listed together before it ("Kabupaten C, D, dan Kabupaten E (3 laporan)"): the
count goes to each of them; a bare bracketed number among such a ranking is a count too. Elsewhere a
count after governments joined by "dan" stays their sum (no fact). Sentences written for these tests
(invented figures)."""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_complaints import facts
from tests.pipeline.facttypes.test_compliance import R

PADANG, AGAM, SOLOK = R("kota", "Padang"), R("kabupaten", "Agam"), R("kabupaten", "Solok")
PESSEL, TANAH_DATAR, PARIAMAN = R("kabupaten", "Pesisir Selatan"), R("kabupaten", "Tanah Datar"), R("kota", "Pariaman")
SIJUNJUNG, DHARMASRAYA = R("kabupaten", "Sijunjung"), R("kabupaten", "Dharmasraya")


def _regional(found: set[tuple]) -> set[tuple]:
    return {(region, count) for _, region, count, _ in found if region is not None}


@pytest.mark.parametrize("text, want", [
    # a tie at the end of the ranking, "dan" before the last name, one name without its kind
    ("Ombudsman Sumatera Barat mencatat instansi yang paling banyak dilaporkan sepanjang 2023 berada di Kota Padang "
     "(88 laporan), disusul Kabupaten Agam (31 laporan), Kabupaten Solok (12 laporan), serta Kabupaten Tanah Datar, "
     "Pesisir Selatan, dan Kota Pariaman (4 laporan).",
     {(PADANG, 88), (AGAM, 31), (SOLOK, 12), (TANAH_DATAR, 4), (PESSEL, 4), (PARIAMAN, 4)}),
    # two ties, one in the middle; "sebanyak" inside the brackets
    ("Data Ombudsman Sumbar tahun 2023 menunjukkan laporan terbanyak menyasar Kota Padang (sebanyak 88 laporan), "
     "Kabupaten Agam dan Kabupaten Solok (15 laporan), Kabupaten Pesisir Selatan (9 laporan), serta Kabupaten "
     "Sijunjung dan Kabupaten Dharmasraya (2 laporan).",
     {(PADANG, 88), (AGAM, 15), (SOLOK, 15), (PESSEL, 9), (SIJUNJUNG, 2), (DHARMASRAYA, 2)}),
    # commas only between the tied names, "pengaduan" as the report noun
    ("Menurut Ombudsman Sumatera Barat, pengaduan pada 2023 terbanyak ditujukan ke Kota Padang (88 pengaduan), "
     "Kabupaten Agam (31 pengaduan), lalu Kabupaten Tanah Datar, Kabupaten Solok, Kota Pariaman (5 pengaduan).",
     {(PADANG, 88), (AGAM, 31), (TANAH_DATAR, 5), (SOLOK, 5), (PARIAMAN, 5)}),
    # a bare bracketed number among the ranking
    ("Ombudsman Sumbar menyebut instansi yang paling banyak dilaporkan pada 2023 berada di Kota Padang (88 laporan), "
     "Kabupaten Agam (31 laporan), dan Kabupaten Solok (12).",
     {(PADANG, 88), (AGAM, 31), (SOLOK, 12)}),
])
def test_a_tie_in_a_bracketed_ranking_gives_each_name_the_count(text, want):
    assert _regional(facts(text)) == want


def test_governments_joined_before_one_count_outside_a_ranking_are_no_tie():
    # no ranking of bracketed counts: "hanya 7 laporan" is the three together
    text = ("Ombudsman Sumatera Barat menerima 140 laporan pada 2023. Kabupaten Tanah Datar, Kabupaten Solok dan "
            "Kota Pariaman hanya 7 laporan.")
    assert _regional(facts(text)) == set()


def test_one_bracketed_count_of_a_pair_is_no_tie():
    # a single government with a bracketed count beside a pair: not a ranking, the pair's count is their sum
    text = ("Ombudsman Sumatera Barat mencatat 140 laporan sepanjang 2023, di antaranya Kota Padang (88 laporan) "
            "serta Kabupaten Agam dan Kabupaten Solok (20 laporan).")
    assert not _regional(facts(text)) & {(AGAM, 20), (SOLOK, 20)}
