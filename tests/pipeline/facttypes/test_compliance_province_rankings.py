"""warta_compliance: a ranking of provinces written bare, each with its value ("Jawa Timur dengan nilai 99,76,
Kalimantan Timur 95,47, … dan Sumatera Barat 87,96"): every province of the list is a provincial government
with its result (pipeline.nlp.discourse.mentions VALUED_COORDINATION_GAP); provinces with years or counts
between them are no such list. Sentences written for these tests (invented figures)."""
from __future__ import annotations

import pytest

from pipeline.facts import tag_text


@pytest.mark.parametrize("text, want", [
    # "dengan nilai" after the first, bare values after the others, ", dan" before the last
    ("Ombudsman RI menyebut lima provinsi terbaik di zona hijau secara berurutan adalah Jawa Tengah dengan nilai "
     "96,10, Bali 94,25, Lampung 90,40, Riau 88,05, dan Aceh 85,50.",
     {("P33", "hijau", 96.1), ("P51", "hijau", 94.25), ("P18", "hijau", 90.4), ("P14", "hijau", 88.05),
      ("P11", "hijau", 85.5)}),
    # values in brackets, "dan" without a comma
    ("Hasil penilaian kepatuhan Ombudsman RI menempatkan Jawa Tengah (96,10), Bali (94,25) dan Lampung (90,40) "
     "di zona hijau.",
     {("P33", "hijau", 96.1), ("P51", "hijau", 94.25), ("P18", "hijau", 90.4)}),
    # "nilai" after every item, "serta"
    ("Ombudsman RI mencatat provinsi di zona kuning antara lain Riau nilai 75,10, Sumatera Selatan nilai 70,20, "
     "serta Kalimantan Barat nilai 66,30.",
     {("P14", "kuning", 75.1), ("P16", "kuning", 70.2), ("P61", "kuning", 66.3)}),
    # "skor", the zone told before the list in its own clause
    ("Tiga provinsi masuk zona merah kepatuhan menurut Ombudsman RI, yakni Papua dengan skor 40,5, Maluku 38,2 "
     "dan Aceh 35,9.",
     {("P91", "merah", 40.5), ("P81", "merah", 38.2), ("P11", "merah", 35.9)}),
])
def test_a_ranking_of_bare_provinces_with_values_gives_each_its_result(text, want):
    assert _province_results(text) == want


def _province_results(text: str) -> set[tuple]:
    """(province, zone, score) of each provincial government's result."""
    return {(f"P{c.province_code}", c.zone, c.score) for c in tag_text(text).compliance if c.region_code is None}


def test_provinces_with_years_between_them_are_no_ranking():
    text = ("Ombudsman RI merilis penilaian kepatuhan. Kota Batu meraih zona hijau dengan nilai 90,10. Wali kota "
            "pernah studi banding ke Jawa Tengah 2019, Bali 2020, dan Jawa Barat 2021.")
    assert _province_results(text) == set()


def test_provinces_with_counts_of_something_else_get_no_result():
    text = ("Ombudsman RI menyebut Kabupaten Sleman masuk zona hijau. Jumlah lokus penilaian: Jawa Tengah 12, Bali 8 "
            "dan Jawa Barat 15.")
    assert _province_results(text) == set()
