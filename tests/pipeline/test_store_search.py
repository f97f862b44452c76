"""Full-text search: BM25 over the index every load keeps, older databases searched in memory."""
from __future__ import annotations

from datetime import date, datetime

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


def test_terms_are_lowercased_stemmed_counted_words():
    assert S.terms("Pelayanan Publik", "melayani layanan, dilayani; Café 2024 masing-masing") == {
        "layan": 4, "publik": 1, "cafe": 1, "2024": 1, "masing": 2}
    assert S.terms(None, "") == {}
    docs, rows = S.index_tables([(7, "Zona Hijau", "zona merah")])
    assert docs.to_pylist() == [{"article_id": 7, "length": 4}]
    assert sorted(map(tuple, (r.values() for r in rows.to_pylist()))) == [
        ("hijau", 7, 1), ("merah", 7, 1), ("zona", 7, 2)]


def test_every_load_indexes_its_articles_and_readers_use_the_index(db):
    with Store.open(db, read_only=True) as store:
        indexed = store.query("SELECT article_id FROM search.docs ORDER BY 1")[1]
        assert indexed == store.query("SELECT id FROM articles ORDER BY 1")[1] and len(indexed) == 4
        result = S.search(store.con, "peresmian mal pelayanan", limit=5, match="any")
    assert result.method == "bm25" and result.warning is None
    assert result.hits[0].url == "https://padek.example/berita/1"
    assert all(h.url != "https://padek.example/berita/3" for h in result.hits)  # nothing about MPP or service
    assert result.hits[0].title == "Judul 1" and result.hits[0].published == datetime(2024, 1, 1)
    assert "«Mal»" in result.hits[0].snippet and "«Pelayanan»" in result.hits[0].snippet


def test_stemming_matches_inflected_forms(db):
    with Store.open(db, read_only=True) as store:
        hits = S.search(store.con, "dinilai patuh", limit=5, match="any").hits  # nilai/menilai, patuh/kepatuhan
        both = S.search(store.con, "patuh layanan", limit=5).hits  # every word: kepatuhan … pelayanan
    assert [h.url for h in hits][:1] == ["https://padek.example/berita/2"]
    assert [h.url for h in both] == ["https://padek.example/berita/2"]


def test_ranking_prefers_more_matching_terms(db):
    with Store.open(db, read_only=True) as store:
        hits = S.search(store.con, "pelayanan publik zona hijau", limit=5, match="any").hits
    assert [h.url.rsplit("/", 1)[1] for h in hits] == ["2", "1"]
    assert hits[0].score > hits[1].score


def test_a_changed_text_is_reindexed_and_other_articles_are_left_alone(tmp_path):
    db = tmp_path / "warta.duckdb"
    load(db)
    with Store.open(db) as store:  # mark article 3's entries: a later load must not rebuild them
        store.con.execute("UPDATE search.terms SET tf = 99 WHERE article_id = 3")
    with Store.open(db) as store:
        store.load([LoadItem(article(1, text="Harga bawang merah turun di pasar."), Facts()),
                    LoadItem(article(9, text="Jembatan gantung desa diperbaiki."), Facts())], "0.1.0")
    with Store.open(db, read_only=True) as store:
        assert [h.url for h in S.search(store.con, "bawang").hits] == ["https://padek.example/berita/1"]
        assert S.search(store.con, "peresmian mal").hits == []  # article 1's old text is gone
        assert [h.url for h in S.search(store.con, "jembatan").hits] == ["https://padek.example/berita/9"]
        assert store.query("SELECT DISTINCT tf FROM search.terms WHERE article_id = 3")[1] == [(99,)]
        assert store.query("SELECT count(*) FROM search.docs")[1] == [(5,)]


def _old_database(path, texts=TEXTS):
    """A database at schema version 2 (before the search index) holding `texts` as articles."""
    from pipeline.store.migrate import migrate

    con = duckdb.connect(str(path))
    migrate(con, upto=2)
    for n, text in texts.items():
        con.execute("INSERT INTO articles (id, url, title, text, content_hash, extractor_version, loaded_at) "
                    "VALUES (?, ?, ?, ?, 'h' || ?, 'old', now()::TIMESTAMP)",
                    [n, f"https://padek.example/berita/{n}", f"Judul {n}", text, n])
    con.close()


def test_database_from_before_the_index_is_searched_in_memory_without_writing(tmp_path):
    old = tmp_path / "old.duckdb"
    _old_database(old)
    before = old.stat().st_mtime_ns
    with Store.open(old, read_only=True) as store:
        result = S.search(store.con, "cabai pasar")
    assert result.method == "bm25-memory" and "search index" in result.warning
    assert [h.url for h in result.hits] == ["https://padek.example/berita/3"]
    assert old.stat().st_mtime_ns == before


def test_a_writer_indexes_what_an_older_database_lacks_in_chunks(tmp_path, monkeypatch):
    old = tmp_path / "old.duckdb"
    _old_database(old)
    monkeypatch.setattr(S, "CHUNK", 3)  # 4 articles: two chunks
    with Store.open(old, read_only=True) as store:
        in_memory = S.search(store.con, "pelayanan publik zona hijau", match="any")
    with Store.open(old):
        pass
    with Store.open(old, read_only=True) as store:
        stored = S.search(store.con, "pelayanan publik zona hijau", match="any")
        assert store.query("SELECT count(*) FROM search.docs")[1] == [(4,)]
    assert stored.method == "bm25"
    assert [(h.url, round(h.score, 9)) for h in stored.hits] == [(h.url, round(h.score, 9)) for h in in_memory.hits]


def test_index_missing_drops_entries_of_removed_articles(tmp_path):
    db = tmp_path / "w.duckdb"
    load(db)
    with Store.open(db) as store:
        store.con.execute("DELETE FROM sources WHERE article_id = 4")
        store.con.execute("DELETE FROM articles WHERE id = 4")
        assert S.index_missing(store.con) == 0
        assert store.query("SELECT count(*) FROM search.terms WHERE article_id = 4")[1] == [(0,)]
        assert store.query("SELECT count(*) FROM search.docs")[1] == [(3,)]


def test_index_missing_reads_no_column_when_every_article_is_indexed(tmp_path):
    """A writer's open checks the index from the tables' row counts: comparing the ids would read both
    id columns whole into DuckDB's cache (25 MB of a writer's memory at 100,000 articles)."""
    db = tmp_path / "w.duckdb"
    load(db)

    def cached(con) -> int:
        return con.execute("SELECT memory_usage_bytes FROM duckdb_memory() WHERE tag = 'BASE_TABLE'").fetchone()[0]

    con = duckdb.connect(str(db))
    try:
        before = cached(con)
        assert S.index_missing(con) == 0
        assert cached(con) == before
        con.execute("SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM search.docs)").fetchall()
        assert cached(con) > before  # what the check did before: read the columns
    finally:
        con.close()


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


def test_search_does_not_pull_in_pandas(db):
    """A parameterised DuckDB query imports numpy and pandas (~1.5 s of a `warta search` run)."""
    import subprocess
    import sys

    code = ("import sys; from pipeline.store import Store; from pipeline.store.search import search\n"
            f"with Store.open({str(db)!r}, read_only=True) as s: hits = search(s.con, 'mal pelayanan').hits\n"
            "assert hits, 'no hits'; print('pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_new_extractor_version_reindexes_only_changed_titles_or_texts(tmp_path):
    db = tmp_path / "w.duckdb"
    load(db)
    with Store.open(db) as store:  # mark the index entries: untouched entries keep the mark
        store.con.execute("UPDATE search.terms SET tf = 99")
    retitled = article(2, text=TEXTS[2], published=datetime(2024, 1, 2))
    retitled.title = "Opini Ombudsman soal Solok"
    with Store.open(db) as store:
        store.load([LoadItem(article(n, text=TEXTS[n], published=datetime(2024, 1, n)), Facts()) for n in (1, 3)]
                   + [LoadItem(retitled, Facts())], "0.2.0")
        assert store.query("SELECT count(*) FROM articles WHERE extractor_version = '0.2.0'")[1] == [(3,)]
        marked = dict(store.query("SELECT article_id, bool_and(tf = 99) FROM search.terms GROUP BY 1")[1])
    assert marked == {1: True, 2: False, 3: True, 4: True}
    with Store.open(db, read_only=True) as store:
        assert [h.url for h in S.search(store.con, "opini").hits] == ["https://padek.example/berita/2"]


# ---------------------------------------------------------------------- phrases, synonyms, filters
PHRASES = {
    1: "Pemerintah Kabupaten Tabanan meresmikan MPP di gedung eks Bappeda.",
    2: "Pemkot Kediri membuka Mal Pelayanan Publik baru; Ombudsman menilai kepatuhan kota.",
    3: "Sebuah mall baru dibuka di Kediri; pelayanan parkir buruk, kata warga publik.",
    4: "Ombudsman menilai Kabupaten Solok masuk zona hijau.",
}


@pytest.fixture(scope="module")
def phrase_db(tmp_path_factory):
    from pipeline.models import ComplianceResult, Province, Region

    path = tmp_path_factory.mktemp("phrases") / "warta.duckdb"
    kediri = Facts(regions=[Region("35.71", "Kediri", "kota", "35")], provinces=[Province("35", "Jawa Timur")],
                   region_mentions=[("35.71", "Pemkot Kediri", PHRASES[2])])
    solok = Facts(regions=[Region("13.02", "Solok", "kabupaten", "13")],
                  compliance=[ComplianceResult("13.02", "13", 2023, "hijau", None, None, PHRASES[4])])
    facts = {1: Facts(), 2: kediri, 3: Facts(), 4: solok}
    with Store.open(path) as store:
        store.load([LoadItem(article(n, text=t, portal="jatim" if n in (2, 3) else "padek",
                                     published=datetime(2024, n, 1)), facts[n]) for n, t in PHRASES.items()], "0.1.0")
    return path


def ids(db, query, **kw):
    with Store.open(db, read_only=True) as store:
        return sorted(int(h.url.rsplit("/", 1)[1]) for h in S.search(store.con, query, limit=10, **kw).hits)


@pytest.mark.parametrize("query, expected", [
    ('"mal pelayanan publik"', [1, 2]),   # the phrase, and MPP (its synonym); not the mall with parking service
    ("mal pelayanan publik", [1, 2]),     # a synonym name unquoted is one clause too
    ("MPP", [1, 2]),                      # the reverse
    ('"pelayanan parkir"', [3]),
    ('"parkir pelayanan"', []),           # words in the wrong order are no phrase
    ("pelayanan parkir", [3]),            # all words: here, in any order
    ("ombudsman zona", [4]),
    ('"Pemkot Kediri" ombudsman', [2]),
    ('"kota kediri"', []),
])
def test_phrases_and_synonyms(phrase_db, query, expected):
    assert ids(phrase_db, query) == expected


def test_any_word(phrase_db):
    assert ids(phrase_db, "parkir zona", match="any") == [3, 4]
    assert ids(phrase_db, "parkir zona") == []


@pytest.mark.parametrize("filters, expected", [
    (S.Filters(since=date(2024, 2, 1), until=date(2024, 3, 1)), [2, 3]),  # days inclusive
    (S.Filters(until=date(2024, 1, 31)), [1]),
    (S.Filters(portals=("jatim",)), [2, 3]),
    (S.Filters(regions=("35.71",)), [2]),
    (S.Filters(provinces=("35",)), [2]),
    (S.Filters(provinces=("13",)), [4]),
    (S.Filters(facts=("compliance",)), [4]),
    (S.Filters(facts=("compliance", "regions")), [2, 4]),
    (S.Filters(portals=("jatim",), regions=("35.71",)), [2]),
])
def test_filters(phrase_db, filters, expected):
    assert ids(phrase_db, "kediri OR tabanan OR ombudsman OR mall", match="any", filters=filters) == expected


def test_unknown_fact_type_names_the_known_ones(phrase_db):
    with Store.open(phrase_db, read_only=True) as store, pytest.raises(ValueError, match="unknown fact type x; choose from complaints, compliance, mpp"):
        S.search(store.con, "kediri", filters=S.Filters(facts=("x",)))


def test_phrases_and_filters_on_a_database_without_the_index(tmp_path):
    old = tmp_path / "old.duckdb"
    _old_database(old, PHRASES)
    with Store.open(old, read_only=True) as store:
        result = S.search(store.con, '"mal pelayanan publik"')
        undated = S.search(store.con, '"mal pelayanan publik"', filters=S.Filters(until=date(2030, 1, 1)))
    assert result.method == "bm25-memory"
    assert sorted(h.url.rsplit("/", 1)[1] for h in result.hits) == ["1", "2"]
    assert undated.hits == []  # these articles have no date: a date range leaves them out
