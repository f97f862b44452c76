"""Full-text search over articles: BM25 over an index that every load keeps up to date.

The index is two ordinary tables in schema `search` (migration 003): `search.docs` (each article's
length in words) and `search.terms` (each article's stemmed words and their counts). A word is a run
of letters or digits of the title or text, lower-cased, accents removed, reduced by the Snowball
Indonesian stemmer (the `snowballstemmer` package: the algorithm of DuckDB's fts extension, in pure
Python), so "pelayanan", "layanan" and "melayani" meet.

The writer indexes the articles a load adds or changes, in the transaction that stores them
(`index_articles`, called by pipeline.store.load): the work and memory of a load are proportional to
its batch, never to the database (the fts extension had to rebuild its index over every article at
each publish). A writer that opens a database with unindexed articles (one written before the index
existed) indexes them, a thousand at a time (`index_missing`). Readers never write: a database
without the index tables (an older schema) is indexed in memory for that search, with a warning.

    from pipeline.store import Store
    from pipeline.store.search import search
    with Store.open(path, read_only=True) as store:
        result = search(store.con, "mal pelayanan publik", limit=5)
        for hit in result.hits: print(hit.title, hit.url, hit.snippet)
"""
from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

import duckdb
import pyarrow as pa

from pipeline.searchquery import WORD, Clause, Synonyms, parse
from pipeline.store.sql import registered, transaction

log = logging.getLogger(__name__)

#: BM25 parameters (the usual ones, as in Lucene and DuckDB's fts).
K1, B = 1.2, 0.75
#: Articles indexed per chunk when a writer catches up on unindexed articles.
CHUNK = 1000

_WORD = WORD
_local = threading.local()


@dataclass(frozen=True)
class Hit:
    id: int
    title: str | None
    published: datetime | None
    portal: str | None
    url: str
    score: float
    snippet: str


@dataclass
class SearchResult:
    query: str
    method: str  # "bm25" (the stored index) or "bm25-memory" (an older database, indexed for this search)
    hits: list[Hit] = field(default_factory=list)
    warning: str | None = None


# ---------------------------------------------------------------------- words and terms (pure)
def _stemmer():
    # Snowball stemmers keep state while stemming a word: one per thread. Imported here: the package
    # takes ~0.4 s to import (all its languages), which every store user (a run's input check) paid
    found = getattr(_local, "stemmer", None)
    if found is None:
        import snowballstemmer

        found = _local.stemmer = snowballstemmer.stemmer("indonesian")
    return found


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The index form of one word: lower-cased, accents removed, Snowball Indonesian stem
    ("Pelayanan" -> "layan", "dinilai" -> "nilai")."""
    word = word.lower()
    if not word.isascii():
        word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return _stemmer().stemWord(word)


def words(text: str | None) -> list[str]:
    """The words of `text` as the index sees them (before stemming)."""
    return _WORD.findall(text or "")


def terms(title: str | None, text: str | None) -> Counter[str]:
    """Stemmed term counts of one article's title and text."""
    return Counter(stem(w) for w in words(title) + words(text))


def index_tables(articles: Iterable[tuple[int, str | None, str | None]]) -> tuple[pa.Table, pa.Table]:
    """(docs, terms) Arrow tables for (id, title, text) rows."""
    doc_ids, lengths, term_col, term_ids, tfs = [], [], [], [], []
    for aid, title, text in articles:
        counts = terms(title, text)
        doc_ids.append(aid)
        lengths.append(sum(counts.values()))
        for term, n in counts.items():
            term_col.append(term)
            term_ids.append(aid)
            tfs.append(n)
    docs = pa.table({"article_id": pa.array(doc_ids, pa.int64()), "length": pa.array(lengths, pa.int32())})
    rows = pa.table({"term": pa.array(term_col, pa.string()), "article_id": pa.array(term_ids, pa.int64()),
                     "tf": pa.array(tfs, pa.int32())})
    return docs, rows


# ---------------------------------------------------------------------- keeping the index (writer)
def has_index(con: duckdb.DuckDBPyConnection) -> bool:
    return con.execute("SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'search' "
                       "AND table_name IN ('docs', 'terms')").fetchone()[0] == 2


def index_articles(con: duckdb.DuckDBPyConnection, articles: list[tuple[int, str | None, str | None]],
                   replace: bool = False) -> int:
    """Index (id, title, text) rows inside the caller's transaction; `replace`: the ids may be indexed
    already (changed texts), so their old entries are dropped first. Returns the articles indexed."""
    if not articles:
        return 0
    docs, rows = index_tables(articles)
    with registered(con, _warta_docs=docs, _warta_terms=rows):
        if replace:
            con.execute("DELETE FROM search.terms WHERE article_id IN (SELECT article_id FROM _warta_docs)")
            con.execute("DELETE FROM search.docs WHERE article_id IN (SELECT article_id FROM _warta_docs)")
        con.execute("INSERT INTO search.docs BY NAME SELECT * FROM _warta_docs")
        con.execute("INSERT INTO search.terms BY NAME SELECT * FROM _warta_terms")
    return len(articles)


def index_missing(con: duckdb.DuckDBPyConnection, chunk: int | None = None) -> int:
    """Index every article the index lacks (a database written before it existed), `chunk` articles
    per transaction; drop entries of articles that no longer exist. Returns the articles indexed."""
    chunk = chunk or CHUNK
    # every load indexes the articles it writes in its own transaction, so as many entries as articles
    # means nothing to do: counted from the tables' row counts, without reading a column (comparing
    # the ids reads both id columns whole, and DuckDB then keeps them cached: 25 MB of the writer's
    # memory at 100,000 articles). Only rows deleted from both tables by hand could hide a difference.
    articles, docs = (con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in ("articles", "search.docs"))
    if articles == docs:
        return 0
    done = 0
    while True:
        # the ids first, then the texts of those alone: a scan of every article's text on each writer
        # open held up to the writer's whole memory limit in DuckDB's cache (BENCHMARKS.md)
        ids = [i for (i,) in con.execute("SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM search.docs) "
                                         "ORDER BY id LIMIT ?", [chunk]).fetchall()]
        if not ids:
            break
        rows = con.execute("SELECT id, title, text FROM articles WHERE id IN (SELECT unnest(?::BIGINT[])) ORDER BY id",
                           [ids]).fetchall()
        with transaction(con):
            index_articles(con, rows)
        done += len(rows)
    orphans = con.execute("SELECT count(*) FROM search.docs WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
    if orphans:
        con.execute("DELETE FROM search.terms WHERE article_id NOT IN (SELECT id FROM articles)")
        con.execute("DELETE FROM search.docs WHERE article_id NOT IN (SELECT id FROM articles)")
    if done:
        log.info("search index: indexed %d articles that had no entry", done)
    return done


# ---------------------------------------------------------------------- searching
@dataclass(frozen=True)
class Filters:
    """What an article must also be: published (else fetched) within [since, until] (days, inclusive),
    carried by one of `portals` (any of its URLs), mentioning one of `regions` (kabupaten/kota codes)
    or `provinces` (province codes: the province or any of its kabupaten/kota), holding a fact of one
    of `facts` (fact tables). Empty: no condition."""

    since: date | None = None
    until: date | None = None
    portals: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    provinces: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()


_RANKED = """
    WITH q AS (SELECT DISTINCT unnest([{terms}]::VARCHAR[]) AS term),
    stats AS (SELECT count(*) AS n, avg(length) AS avgdl FROM {docs}),
    df AS (SELECT term, count(*) AS df FROM {index} WHERE term IN (SELECT term FROM q) GROUP BY term)
    SELECT t.article_id, sum(
        ln(1 + (stats.n - df.df + 0.5) / (df.df + 0.5))
        * t.tf * ({k1} + 1) / (t.tf + {k1} * (1 - {b} + {b} * d.length / stats.avgdl))) AS score
    FROM {index} t JOIN df USING (term) JOIN {docs} d USING (article_id) CROSS JOIN stats
    WHERE t.article_id IN ({candidates})
    GROUP BY t.article_id ORDER BY score DESC, t.article_id LIMIT {limit}
"""
_DETAILS = "SELECT id, title, published, portal, url, text FROM articles WHERE id IN ({ids})"
#: What separates two words of a phrase (anything but a letter or digit: as FTS5's unicode61 splits).
_GAP = r"[^\pL\pN]+"


def fact_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The fact tables of the database: every main table with an article_id but articles and sources."""
    return [t for (t,) in con.execute(
        "SELECT DISTINCT table_name FROM duckdb_columns() WHERE schema_name = 'main' AND column_name = 'article_id' "
        "AND table_name NOT IN ('articles', 'sources') AND table_name IN "
        "(SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main') ORDER BY 1").fetchall()]


def search(con: duckdb.DuckDBPyConnection, query: str, limit: int = 10, filters: Filters | None = None,
           match: str = "all", synonyms: Synonyms | None = None) -> SearchResult:
    """Articles matching `query`, best first (BM25 over title and text, Indonesian stemming).

    The query language is pipeline.searchquery's (FTS5's): words, "quoted phrases" and synonyms.
    `match="all"`: every word, phrase and synonym group must occur; `"any"`: at least one."""
    if match not in ("all", "any"):
        raise ValueError("match must be 'all' or 'any'")
    if limit < 1:
        raise ValueError("limit must be at least 1")
    query = " ".join(query.split())
    clauses = parse(query, synonyms)
    query_terms = sorted({stem(w) for c in clauses for f in c.forms for w in f})
    filters = filters or Filters()
    unknown = sorted(set(filters.facts) - set(fact_tables(con)))
    if unknown:
        raise ValueError(f"unknown fact type {', '.join(unknown)}; choose from {', '.join(fact_tables(con))}")
    if has_index(con):
        ranked = _ranked(con, "search.docs", "search.terms", clauses, query_terms, filters, match, limit)
        result = SearchResult(query, "bm25")
    else:
        warning = ("this database has no search index (an older schema: the next load adds it); "
                   "indexed in memory for this search")
        log.info(warning)
        docs, rows = index_tables(con.execute("SELECT id, title, text FROM articles").fetchall())
        with registered(con, _warta_docs=docs, _warta_terms=rows):
            ranked = _ranked(con, "_warta_docs", "_warta_terms", clauses, query_terms, filters, match, limit)
        result = SearchResult(query, "bm25-memory", warning=warning)
    result.hits = _hits(con, ranked, [w for c in clauses for f in c.forms for w in f])
    return result


def _lit(value) -> str:
    # Values go in as SQL literals (quotes doubled), not as parameters: the first query with
    # parameters makes duckdb's Python client import numpy and pandas (~1.2-1.7 s, measured with
    # duckdb 1.4.4: duckdb/duckdb-python#238), most of a `warta search` run.
    return "'" + str(value).replace("'", "''") + "'"


def _form_sql(index: str, form: tuple[str, ...]) -> str:
    """Articles in which `form` occurs: its one word (stemmed, through the index), or its words (each
    through the index) one after the other in the title or text (as written, case and accents aside)."""
    has = " INTERSECT ".join(f"SELECT article_id FROM {index} WHERE term = {_lit(stem(w))}" for w in form)
    if len(form) == 1:
        return has
    pattern = "(^|[^\\pL\\pN])" + _GAP.join(re.escape(w) for w in form) + "($|[^\\pL\\pN])"
    return (f"SELECT id FROM articles WHERE id IN ({has}) AND regexp_matches("
            f"strip_accents(lower(coalesce(title, '') || ' ' || text)), {_lit(pattern)})")


def _candidates(index: str, clauses: list[Clause], filters: Filters, match: str) -> str:
    parts = ["(" + " UNION ".join(_form_sql(index, f) for f in c.forms) + ")" for c in clauses]
    sql = f" {'INTERSECT' if match == 'all' else 'UNION'} ".join(parts)
    conditions = []
    if filters.since:
        conditions.append(f"coalesce(published, fetched_at) >= {_lit(filters.since.isoformat())}::TIMESTAMP")
    if filters.until:
        conditions.append(f"coalesce(published, fetched_at) < {_lit(filters.until.isoformat())}::DATE + 1")
    if filters.portals:
        conditions.append(f"id IN (SELECT article_id FROM sources WHERE portal IN ({', '.join(map(_lit, filters.portals))}))")
    places = []
    if filters.regions:
        places.append(f"SELECT article_id FROM regions WHERE code IN ({', '.join(map(_lit, filters.regions))})")
    if filters.provinces:
        codes = ", ".join(map(_lit, filters.provinces))
        places.append(f"SELECT article_id FROM provinces WHERE code IN ({codes}) "
                      f"UNION SELECT article_id FROM regions WHERE province_code IN ({codes})")
    if places:
        conditions.append(f"id IN ({' UNION '.join(places)})")
    if filters.facts:
        conditions.append("id IN (" + " UNION ".join(f'SELECT article_id FROM "{t}"' for t in filters.facts) + ")")
    if conditions:
        sql = f"SELECT id FROM articles WHERE id IN ({sql}) AND " + " AND ".join(conditions)
    return sql


def _ranked(con: duckdb.DuckDBPyConnection, docs: str, index: str, clauses: list[Clause], query_terms: list[str],
            filters: Filters, match: str, limit: int) -> list[tuple[int, float]]:
    return con.execute(_RANKED.format(docs=docs, index=index, terms=", ".join(map(_lit, query_terms)),
                                      candidates=_candidates(index, clauses, filters, match),
                                      limit=int(limit), k1=K1, b=B)).fetchall()


def _hits(con: duckdb.DuckDBPyConnection, ranked: list[tuple[int, float]], query_words: list[str]) -> list[Hit]:
    if not ranked:
        return []
    ids = [r[0] for r in ranked]
    rows = {r[0]: r for r in con.execute(_DETAILS.format(ids=", ".join(str(int(i)) for i in ids))).fetchall()}
    return [Hit(id=i, title=rows[i][1], published=rows[i][2], portal=rows[i][3], url=rows[i][4], score=float(score),
                snippet=snippet(rows[i][5], query_words, key=stem)) for i, score in ranked if i in rows]


# ---------------------------------------------------------------------- snippets (pure)
def snippet(text: str, query_words: list[str], width: int = 220, key=str.lower) -> str:
    """The sentence of `text` that contains most query words, cut to about `width` characters around
    its first match, with the matched words in «». Words are compared by `key` (search passes the
    index's stemmer, so "pelayanan" finds "layanan"). Without any match: the start of the text."""
    text = " ".join((text or "").split())
    if not text:
        return ""
    keys = {key(w) for w in query_words if w.strip()}
    sentences = re.split(r"(?<=[.!?])\s+", text)

    def matches(sentence: str) -> list[re.Match]:
        return [m for m in _WORD.finditer(sentence) if key(m.group()) in keys]

    best, best_matches = sentences[0], []
    for sentence in sentences:
        found = matches(sentence)
        if len({key(m.group()) for m in found}) > len({key(m.group()) for m in best_matches}):
            best, best_matches = sentence, found
    if not best_matches:
        return _cut(text, 0, width)
    start = max(0, best_matches[0].start() - width // 3)
    window_start, window = start, best[start:start + width]
    # mark matches inside the window (right to left keeps offsets valid)
    for m in reversed(best_matches):
        a, b = m.start() - window_start, m.end() - window_start
        if 0 <= a and b <= len(window):
            window = window[:a] + "«" + window[a:b] + "»" + window[b:]
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + width < len(best) else ""
    return prefix + window.strip() + suffix


def _cut(text: str, start: int, width: int) -> str:
    piece = text[start:start + width]
    return piece + ("…" if start + width < len(text) else "")
