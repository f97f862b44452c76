"""The cached Sastrawi stemmer wrapper."""
from __future__ import annotations

from pipeline.nlp import stem as stem_module
from pipeline.nlp.stem import is_derived, is_root, stem


def test_affixed_words_reduce_to_their_root():
    assert stem("Pelayanan") == "layan"
    assert stem("kesehatan") == "sehat"
    assert stem("Pembangunan") == "bangun"
    assert stem("meresmikan") == "resmi"
    assert stem("diresmikan") == "resmi"


def test_names_and_roots_come_back_lower_cased():
    assert stem("Halikinnor") == "halikinnor"
    assert stem("Modal") == "modal"
    assert stem("") == ""


def test_is_root_and_is_derived():
    assert is_root("negara") and is_root("Modal")
    assert not is_root("epyardi")
    assert is_derived("Kependudukan") and is_derived("perizinan")
    assert not is_derived("Medison") and not is_derived("modal") and not is_derived("M.Si")


def test_stemmer_built_once_and_results_cached():
    stem.cache_clear()
    stem("perhubungan")
    stem("perhubungan")
    info = stem.cache_info()
    assert info.hits == 1 and info.misses == 1
    assert stem_module._stemmer() is stem_module._stemmer()
