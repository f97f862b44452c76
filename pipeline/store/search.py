"""Full-text search over articles: BM25 ranking with DuckDB's fts extension and its Indonesian stemmer.

The extension comes from the installed `duckdb-ext-fts` package (its wheel ships
`duckdb_ext/extensions/v<duckdb>/<platform>/fts.duckdb_extension`); it is loaded from there, never
installed from the network (`autoinstall_known_extensions` is switched off).

Readers never write. The writer builds the index into its working copy just before it publishes
(`build_index`, called by `Store.close`), together with a fingerprint of the indexed articles
(`fts_main_articles.warta_fingerprint`). A reader whose file has no index, or a stale one (a database
written before the index existed, or by other means), gets an index built in memory from its own
snapshot, with a logged warning. If the extension cannot load at all, `search` falls back to a
case-insensitive substring search (ILIKE on every word) and says so in `SearchResult.method`.

    from pipeline.store import Store
    from pipeline.store.search import search
    with Store.open(path, read_only=True) as store:
        result = search(store.con, "mal pelayanan publik", limit=5)
        for hit in result.hits: print(hit.title, hit.url, hit.snippet)
"""
from __future__ import annotations

import importlib.util
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import duckdb

log = logging.getLogger(__name__)

INDEX_SCHEMA = "fts_main_articles"
FINGERPRINT_TABLE = f"{INDEX_SCHEMA}.warta_fingerprint"
_CREATE_INDEX = "PRAGMA create_fts_index('articles', 'id', 'title', 'text', stemmer='indonesian', overwrite=1)"
# Fingerprint of what the index covers: ids and text hashes of every article.
_FINGERPRINT_SQL = ("SELECT count(*) || ':' || coalesce(md5(string_agg(id::VARCHAR || '/' || content_hash || '/' "
                    "|| coalesce(title, ''), ',' ORDER BY id)), '') FROM articles")
_WORD = re.compile(r"\w+", re.UNICODE)


class SearchUnavailable(RuntimeError):
    """The fts extension cannot be loaded on this platform."""


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
    method: str  # "bm25" (persisted index), "bm25-memory" (index built for this read), "ilike" (no fts)
    hits: list[Hit] = field(default_factory=list)
    warning: str | None = None


# ---------------------------------------------------------------------- the extension
def extension_dir() -> Path | None:
    """The `extensions` folder of the installed duckdb-ext-fts package, or None."""
    spec = importlib.util.find_spec("duckdb_ext")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        candidate = Path(folder) / "extensions"
        if candidate.is_dir():
            return candidate
    return None


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    """Load fts into `con` from the installed package (offline). Raises SearchUnavailable."""
    folder = extension_dir()
    try:
        con.execute("SET autoinstall_known_extensions = false")
        if folder is not None:
            con.execute("SET extension_directory = ?", [str(folder)])
        con.execute("LOAD fts")
    except duckdb.Error as exc:
        where = folder or "no duckdb_ext package installed"
        raise SearchUnavailable(f"DuckDB full-text search (fts) cannot be loaded ({where}): "
                                f"{str(exc).splitlines()[0][:200]}") from None


# ---------------------------------------------------------------------- the index
def fingerprint(con: duckdb.DuckDBPyConnection) -> str:
    return con.execute(_FINGERPRINT_SQL).fetchone()[0]


def index_fingerprint(con: duckdb.DuckDBPyConnection) -> str | None:
    """The fingerprint stored with the persisted index, or None when there is no index."""
    try:
        row = con.execute(f"SELECT fingerprint FROM {FINGERPRINT_TABLE}").fetchone()
    except duckdb.CatalogException:
        return None
    return row[0] if row else None


def build_index(con: duckdb.DuckDBPyConnection, *, force: bool = False) -> bool:
    """Build (or rebuild) the BM25 index of articles in a writable connection; skipped when the
    stored fingerprint says the articles have not changed. Returns True when it (re)built."""
    current = fingerprint(con)
    if not force and index_fingerprint(con) == current:
        return False
    load_fts(con)
    con.execute(_CREATE_INDEX)
    con.execute(f"CREATE OR REPLACE TABLE {FINGERPRINT_TABLE} (fingerprint VARCHAR, built_at TIMESTAMP)")
    con.execute(f"INSERT INTO {FINGERPRINT_TABLE} VALUES (?, now()::TIMESTAMP)", [current])
    return True


def build_index_quietly(con: duckdb.DuckDBPyConnection) -> None:
    """`build_index` for the writer's publish step: a failure is logged, never blocks publishing
    (readers then index their snapshot in memory)."""
    try:
        build_index(con)
    except SearchUnavailable as exc:
        log.warning("search index not built: %s", exc)
    except duckdb.Error as exc:
        log.warning("search index not built: %s", str(exc).splitlines()[0][:300])


# ---------------------------------------------------------------------- searching
_RANKED = """
    SELECT id, score FROM (
        SELECT id, {schema}match_bm25(id, ?) AS score FROM articles
    ) WHERE score IS NOT NULL ORDER BY score DESC, id LIMIT ?
"""
_DETAILS = "SELECT id, title, published, portal, url, text FROM articles WHERE id IN ({marks})"


def search(con: duckdb.DuckDBPyConnection, query: str, limit: int = 10) -> SearchResult:
    """Articles matching `query`, best first (BM25 over title and text, Indonesian stemming)."""
    query = " ".join(query.split())
    if not _WORD.search(query):
        raise ValueError("empty search: give at least one word")
    if limit < 1:
        raise ValueError("limit must be at least 1")
    try:
        load_fts(con)
    except SearchUnavailable as exc:
        warning = f"{exc}; falling back to plain substring search (no ranking by relevance)"
        log.info(warning)
        return _ilike(con, query, limit, warning)
    if index_fingerprint(con) == fingerprint(con):
        ranked = con.execute(_RANKED.format(schema=f"{INDEX_SCHEMA}."), [query, limit]).fetchall()
        result = SearchResult(query, "bm25")
    else:
        warning = "this database has no up-to-date search index (it is built when a load publishes); indexed in memory for this search"
        log.info(warning)
        ranked = _ranked_in_memory(con, query, limit)
        result = SearchResult(query, "bm25-memory", warning=warning)
    result.hits = _hits(con, ranked, query)
    return result


def _ranked_in_memory(con: duckdb.DuckDBPyConnection, query: str, limit: int) -> list[tuple[int, float]]:
    table = con.execute("SELECT id, title, text FROM articles").arrow()
    mem = duckdb.connect(":memory:")
    try:
        load_fts(mem)
        mem.register("_warta_articles", table)
        mem.execute("CREATE TABLE articles AS SELECT * FROM _warta_articles")
        mem.execute(_CREATE_INDEX)
        return mem.execute(_RANKED.format(schema=f"{INDEX_SCHEMA}."), [query, limit]).fetchall()
    finally:
        mem.close()


def _ilike(con: duckdb.DuckDBPyConnection, query: str, limit: int, warning: str) -> SearchResult:
    words = _WORD.findall(query)
    where = " AND ".join("(coalesce(title, '') || ' ' || text) ILIKE ?" for _ in words)
    rows = con.execute(f"SELECT id, 0.0 FROM articles WHERE {where} ORDER BY published DESC NULLS LAST, id LIMIT ?",
                       [f"%{w}%" for w in words] + [limit]).fetchall()
    return SearchResult(query, "ilike", _hits(con, rows, query, stemmed=False), warning)


def _hits(con: duckdb.DuckDBPyConnection, ranked: list[tuple[int, float]], query: str,
          stemmed: bool = True) -> list[Hit]:
    if not ranked:
        return []
    ids = [r[0] for r in ranked]
    rows = {r[0]: r for r in con.execute(_DETAILS.format(marks=", ".join("?" * len(ids))), ids).fetchall()}
    words = _WORD.findall(query)
    key = str.lower
    if stemmed:  # compare words as the index does: by their Snowball Indonesian stem
        vocabulary = {w.lower() for r in rows.values() for w in _WORD.findall(f"{r[1] or ''} {r[5] or ''}")}
        vocabulary |= {w.lower() for w in words}
        stems = dict(con.execute("SELECT w, stem(w, 'indonesian') FROM unnest(?) AS t(w)", [sorted(vocabulary)]).fetchall())
        key = lambda w: stems.get(w.lower(), w.lower())  # noqa: E731
    return [Hit(id=i, title=rows[i][1], published=rows[i][2], portal=rows[i][3], url=rows[i][4], score=float(score),
                snippet=snippet(rows[i][5], words, key=key)) for i, score in ranked if i in rows]


# ---------------------------------------------------------------------- snippets (pure)
def snippet(text: str, words: list[str], width: int = 220, key=str.lower) -> str:
    """The sentence of `text` that contains most query words, cut to about `width` characters around
    its first match, with the matched words in «». Words are compared by `key` (search passes the
    index's stemmer, so "pelayanan" finds "layanan"). Without any match: the start of the text."""
    text = " ".join((text or "").split())
    if not text:
        return ""
    keys = {key(w) for w in words if w.strip()}
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
