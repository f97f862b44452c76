"""Full-text search: BM25 via the offline fts extension, index built at publish, reader fallbacks."""
from __future__ import annotations

from datetime import datetime

import duckdb
import pytest

from pipeline.models import Facts
from pipeline.store import LoadItem, Store
from pipeline.store import search as S
from tests.pipeline.store_helpers import article, solok_facts

TEXTS = {
    1: "Pemerintah Kabupaten Tabanan meresmikan Mal Pelayanan Publik di gedung eks Bappeda. Warga senang.",
    2: "Ombudsman menilai kepatuhan standar pelayanan publik. Kabupaten Solok masuk zona hijau tahun ini.",
    3: "Harga cabai di pasar tradisional naik menjelang hari raya.",
    4: "Bupati meninjau pembangunan jalan desa yang rusak akibat banjir.",
}


def load(db, texts=TEXTS):
    with Store.open(db) as store:
        store.load([LoadItem(article(n, text=t, published=datetime(2024, 1, n)), Facts()) for n, t in texts.items()],
                   "0.1.0")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """Read by every test (none writes to it)."""
    path = tmp_path_factory.mktemp("search") / "warta.duckdb"
    load(path)
    return path


def test_extension_ships_with_the_package():
    folder = S.extension_dir()
    assert folder is not None and list(folder.rglob("fts.duckdb_extension"))


def test_writer_builds_index_at_publish_and_reader_uses_it(db):
    with Store.open(db, read_only=True) as store:
        assert S.index_fingerprint(store.con) == S.fingerprint(store.con)
        result = S.search(store.con, "peresmian mal pelayanan", limit=5)
    assert result.method == "bm25" and result.warning is None
    assert result.hits[0].url == "https://padek.example/berita/1"
    assert all(h.url != "https://padek.example/berita/3" for h in result.hits)  # nothing about MPP or service
    assert result.hits[0].title == "Judul 1" and result.hits[0].published == datetime(2024, 1, 1)
    assert "«Mal»" in result.hits[0].snippet and "«Pelayanan»" in result.hits[0].snippet


def test_stemming_matches_inflected_forms(db):
    with Store.open(db, read_only=True) as store:
        hits = S.search(store.con, "dinilai patuh", limit=5).hits  # nilai/menilai, patuh/kepatuhan
    assert [h.url for h in hits][:1] == ["https://padek.example/berita/2"]


def test_ranking_prefers_more_matching_terms(db):
    with Store.open(db, read_only=True) as store:
        hits = S.search(store.con, "pelayanan publik zona hijau", limit=5).hits
    assert [h.url.rsplit("/", 1)[1] for h in hits] == ["2", "1"]
    assert hits[0].score > hits[1].score


def test_index_is_rebuilt_only_when_articles_change(tmp_path):
    db = tmp_path / "warta.duckdb"
    load(db)
    with Store.open(db) as store:
        assert S.build_index(store.con) is False
        store.load([LoadItem(article(9, text="Harga bawang merah turun di pasar."), Facts())], "0.1.0")
        assert S.build_index(store.con) is True
    with Store.open(db, read_only=True) as store:
        assert [h.url for h in S.search(store.con, "bawang").hits] == ["https://padek.example/berita/9"]


def test_database_without_index_is_searched_in_memory_without_writing(tmp_path, db):
    old = tmp_path / "old.duckdb"
    con = duckdb.connect(str(old))
    con.execute(f"ATTACH '{db}' AS src (READ_ONLY)")
    con.execute("COPY FROM DATABASE src TO old")  # the tables and views, no fts schema
    con.execute("DROP SCHEMA IF EXISTS fts_main_articles CASCADE")
    con.close()
    before = old.stat().st_mtime_ns
    with Store.open(old, read_only=True) as store:
        assert S.index_fingerprint(store.con) is None
        result = S.search(store.con, "cabai pasar")
    assert result.method == "bm25-memory" and "search index" in result.warning
    assert [h.url for h in result.hits] == ["https://padek.example/berita/3"]
    assert old.stat().st_mtime_ns == before


def test_without_fts_falls_back_to_ilike(db, monkeypatch):
    monkeypatch.setattr(S, "extension_dir", lambda: None)
    monkeypatch.setattr(S, "load_fts", _broken_load)
    with Store.open(db, read_only=True) as store:
        result = S.search(store.con, "banjir desa")
    assert result.method == "ilike" and "cannot be loaded" in result.warning
    assert [h.url for h in result.hits] == ["https://padek.example/berita/4"]


def _broken_load(con):
    raise S.SearchUnavailable("DuckDB full-text search (fts) cannot be loaded (test)")


def test_failed_index_build_does_not_block_publishing(tmp_path, monkeypatch):
    monkeypatch.setattr(S, "load_fts", _broken_load)
    path = tmp_path / "w.duckdb"
    load(path, {1: TEXTS[1]})
    with Store.open(path, read_only=True) as store:
        assert store.counts()["articles"] == 1
        assert S.index_fingerprint(store.con) is None


@pytest.mark.parametrize("query", ["", "   ", "?!"])
def test_empty_query_is_refused(db, query):
    with Store.open(db, read_only=True) as store, pytest.raises(ValueError, match="empty search"):
        S.search(store.con, query)


def test_no_match_gives_no_hits(db):
    with Store.open(db, read_only=True) as store:
        assert S.search(store.con, "kapal selam nuklir").hits == []


def test_snippet_marks_stem_matches_in_best_sentence():
    text = "Cuaca cerah hari ini. Pemkab meresmikan pelayanan terpadu di kantor bupati. Lain-lain."
    roots = {"meresmikan": "resmi", "pelayanan": "layan", "layanan": "layan"}
    out = S.snippet(text, ["layanan", "resmi"], key=lambda w: roots.get(w.lower(), w.lower()))
    assert out == "Pemkab «meresmikan» «pelayanan» terpadu di kantor bupati."
    assert S.snippet(text, ["layanan"]) == "Cuaca cerah hari ini. Pemkab meresmikan pelayanan terpadu di kantor bupati. Lain-lain."
    assert S.snippet("Tanpa kecocokan apa pun.", ["mpp"]) == "Tanpa kecocokan apa pun."
    assert S.snippet("", ["x"]) == ""
    long = "kata " * 200 + "Mal Pelayanan Publik dibuka. "
    cut = S.snippet(long, ["mal"], width=60)
    assert cut.startswith("…") and "«Mal»" in cut and len(cut) < 80


def test_solok_facts_fixture_loads_with_index(tmp_path):
    path = tmp_path / "f.duckdb"
    with Store.open(path) as store:
        store.load([LoadItem(article(1), solok_facts())], "0.1.0")
    with Store.open(path, read_only=True) as store:
        assert [h.url for h in S.search(store.con, "Solok").hits] == ["https://padek.example/berita/1"]
