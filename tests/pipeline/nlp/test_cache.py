"""The cache of built pipelines (pipeline/nlp/cache.py): same facts, rebuilt when broken or stale."""
from __future__ import annotations

import pickle

import pytest

from pipeline.nlp import build_nlp, cache

TEXT = ("Bupati Solok, H. Epyardi Asda, meresmikan Mal Pelayanan Publik pada 2023. Ombudsman RI Perwakilan "
        "Sumatera Barat menerima 287 laporan masyarakat sepanjang 2023.")


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("WARTA_CACHE", str(tmp_path))
    return tmp_path


def _facts(nlp):
    from pipeline.facts import facts_from_doc
    from pipeline.nlp.text import remember_text

    doc = remember_text(nlp.make_doc(TEXT), TEXT)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return facts_from_doc(doc).to_contract("x")


def test_a_cached_pipeline_gives_the_same_facts(cache_dir):
    built = build_nlp()
    cache.store(built)
    assert cache.path().parent == cache_dir and cache.path().exists()
    loaded = cache.load()
    assert loaded is not None and loaded.pipe_names == built.pipe_names
    assert _facts(loaded) == _facts(built)


def test_a_broken_cache_is_ignored_and_replaced(cache_dir):
    cache.path().parent.mkdir(parents=True, exist_ok=True)
    cache.path().write_bytes(b"not a pickle")
    assert cache.load() is None
    cache.store(build_nlp())
    assert isinstance(pickle.loads(cache.path().read_bytes()).pipe_names, list)


def test_an_unwritable_cache_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("WARTA_CACHE", str(blocker / "sub"))  # a directory under a file cannot exist
    cache.store(build_nlp())
    assert cache.load() is None


def test_the_key_follows_the_sources():
    key = cache.key()
    assert len(key) == 16 and key == cache.key()
