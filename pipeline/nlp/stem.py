"""Indonesian stemming (Sastrawi, from the `pysastrawi` package), cached per word.

Sastrawi costs 0.1–3 ms a word (more for unknown words such as names), so every lookup goes through
an LRU cache and the stemmer (with its ~30,000-word root dictionary) is built once per process.

    stem("Pelayanan") -> "layan"      is_root("modal") -> True      is_derived("Kesehatan") -> True
"""
from __future__ import annotations

from functools import lru_cache

from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

__all__ = ["stem", "is_root", "is_derived"]


@lru_cache(maxsize=1)
def _stemmer():
    # the factory returns a CachedStemmer around the real one; its unbounded cache is replaced by ours
    return StemmerFactory().create_stemmer().delegatedStemmer


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The root of one word, lower-cased ("Pembangunan" -> "bangun"). A word Sastrawi cannot reduce
    to a dictionary root (most personal names) comes back lower-cased and otherwise unchanged.
    Punctuation is dropped as Sastrawi does; a string of several words is stemmed word by word."""
    if not word:
        return ""
    return _stemmer().stem(word)


def is_root(word: str) -> bool:
    """True when the lower-cased word is itself in Sastrawi's root dictionary ("modal", "negara")."""
    return word.lower() in _stemmer().dictionary.words


def is_derived(word: str) -> bool:
    """True when the word is an affixed form of a dictionary root ("Kesehatan" -> "sehat"): a common
    Indonesian word, hardly ever a personal name."""
    low = word.lower()
    if not low.isalpha():
        return False
    root = stem(low)
    return bool(root) and root != low
