"""warta_mpp: a list of MPPs told as examples goes on in a further sentence with a lead of its own and an example
word ("Di luar Jawa, misalnya Kota A dan B", "Contohnya Kabupaten C"): those governments share the list's
status (examples recalled: no year from the day of the news). Not a sentence whose government comes before the
example word, nor one long after the list. Shown by final6; invented sentences."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

FIRST = {R("kota", "Medan"), R("kota", "Semarang")}
MORE = {R("kabupaten", "Sleman"), R("kabupaten", "Bantul"), R("kabupaten", "Kulon Progo")}
LIST = ("Menurut Deputi, puluhan MPP sudah diluncurkan di berbagai kota.\n"
        "Beberapa di antaranya Kota Medan, Kota Semarang, dan lainnya.\n")


@pytest.mark.parametrize("more", [
    "\"Kalau kabupaten, contohnya Sleman, Bantul, Kulon Progo,\" tambahnya.",
    "Misalnya di Kabupaten Sleman, Bantul, dan Kulon Progo.",
    "Ada pula yang lain seperti Kabupaten Sleman, Bantul, dan Kulon Progo.",
])
def test_further_examples_share_the_lists_status(nlp, more):
    assert facts(nlp, LIST + more, datetime(2024, 5, 2)) == {(c, "launched", None) for c in FIRST | MORE}


@pytest.mark.parametrize("more", [
    "Kabupaten Sleman misalnya tengah menyiapkan gedung untuk pelayanan terpadu.",
    "Bupati Sleman, misalnya, mengapresiasi langkah tersebut.",
])
def test_a_government_before_the_example_word_is_no_further_example(nlp, more):
    found = facts(nlp, LIST + more, datetime(2024, 5, 2))
    assert not any(c in MORE and status == "launched" for c, status, _ in found)


def test_examples_with_no_list_before_them_get_no_status(nlp):
    text = ("Pemerintah terus membenahi pelayanan perizinan di daerah.\n"
            "Misalnya di Kabupaten Sleman, Bantul, dan Kulon Progo.")
    assert facts(nlp, text, datetime(2024, 5, 2)) == set()
