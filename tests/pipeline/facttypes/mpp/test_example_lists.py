"""warta_mpp: a group of MPPs told with its status, and some of its members given as examples in the next
sentence: after a part of the group and an opener ("Beberapa di antaranya adalah …", "Sebagian di antaranya,
…"), ending with "dan lainnya", "dll." or a name the gazetteer does not know. The examples are MPPs the story
recalls: the group's sentence dates them, the day of the news does not. Shown by final6 ("Beberapa
diantaranya adalah di …, dan lainnya"); on sentences written for these tests (invented places and years)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

SULSEL = {R("kota", "Makassar"), R("kota", "Parepare"), R("kabupaten", "Bone")}


@pytest.mark.parametrize("second", [
    "Beberapa di antaranya adalah di Kota Makassar, Kota Parepare dan Kabupaten Bone.",
    "Beberapa diantaranya adalah Kota Makassar, Kota Parepare, Kabupaten Bone, dan lainnya.",
    "Sebagian di antaranya, Kota Makassar, Kota Parepare dan Kabupaten Bone dll.",
    "Di antaranya, Kota Makassar, Kota Parepare, Kabupaten Bone dan Lorem Ipsum.",
])
def test_examples_of_a_group_take_its_status(nlp, second):
    text = "Menurut Deputi, sudah banyak MPP yang diluncurkan di Sulawesi Selatan. " + second
    got = facts(nlp, text, datetime(2024, 3, 5))
    assert {(code, status) for code, status, _ in got} == {(c, "launched") for c in SULSEL}


def test_examples_take_the_groups_year_not_the_news_day(nlp):
    text = ("Deputi meninjau persiapan peluncuran MPP Kabupaten Gowa, Senin (4/3/2024). Sudah banyak MPP yang "
            "diluncurkan di Sulawesi Selatan, katanya. Beberapa di antaranya adalah Kota Makassar, Kota Parepare dan "
            "Kabupaten Bone.")
    assert {(c, "launched", None) for c in SULSEL} <= facts(nlp, text)
    dated = ("Pada 2019 sudah banyak MPP yang diluncurkan di Sulawesi Selatan. Beberapa di antaranya adalah Kota "
             "Makassar, Kota Parepare dan Kabupaten Bone.")
    assert facts(nlp, dated, datetime(2024, 3, 5)) == {(c, "launched", 2019) for c in SULSEL}


@pytest.mark.parametrize("second", [
    "Beberapa di antaranya masih kekurangan petugas, kata warga Kota Makassar dan Kabupaten Bone.",
    "Di antaranya, Kota Makassar dan Kabupaten Bone yang menjadi percontohan nasional.",
])
def test_a_sentence_saying_more_than_the_list_gives_no_examples(nlp, second):
    text = "Menurut Deputi, sudah banyak MPP yang diluncurkan di Sulawesi Selatan. " + second
    assert not any(code in SULSEL for code, _, _ in facts(nlp, text, datetime(2024, 3, 5)))
