"""pipeline.store.sql: lookups by key read through the column's index, not the whole column.

What the writer's flat memory rests on (BENCHMARKS.md, "The writer's lookups"): DuckDB keeps every
block a query reads in its cache, so a lookup that scans a column holds that whole column, at any
size of the database. These tests fail if DuckDB stops reading `col IN (?, …)` through the index."""
from __future__ import annotations

import duckdb
import pytest

from pipeline.store import sql

ROWS = 200_000


def _cached(con) -> int:
    """Bytes DuckDB holds of the stored tables and their indexes."""
    return con.execute("SELECT sum(memory_usage_bytes) FROM duckdb_memory() "
                       "WHERE tag IN ('BASE_TABLE', 'ART_INDEX')").fetchone()[0]


@pytest.fixture(scope="module")
def urls_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("sql") / "urls.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE pages (id BIGINT PRIMARY KEY, url VARCHAR NOT NULL UNIQUE, hash VARCHAR)")
    con.execute(f"INSERT INTO pages SELECT i, 'https://portal.example/berita/' || i || '/judul-panjang-' || md5(i::VARCHAR), "
                f"sha1(i::VARCHAR) FROM range(1, {ROWS + 1}) t(i)")
    con.close()
    return path


def test_a_lookup_reads_the_index_not_the_column(urls_db):
    con = duckdb.connect(str(urls_db), read_only=True)
    try:
        keys = [u for (u,) in con.execute("SELECT url FROM pages WHERE id BETWEEN 100000 AND 100199").fetchall()]
    finally:
        con.close()
    con = duckdb.connect(str(urls_db), read_only=True)
    try:
        start = _cached(con)
        rows = sql.lookup(con, "SELECT url, hash FROM pages WHERE url IN ({keys})", keys)
        by_index = _cached(con) - start
    finally:
        con.close()
    con = duckdb.connect(str(urls_db), read_only=True)
    try:
        start = _cached(con)
        scanned = con.execute("SELECT url, hash FROM pages WHERE url IN (SELECT unnest(?::VARCHAR[]))", [keys]).fetchall()
        by_scan = _cached(con) - start
    finally:
        con.close()
    assert sorted(rows) == sorted(scanned) and len(rows) == 200
    assert by_index * 2 < by_scan, (by_index, by_scan)


def test_a_lookup_runs_in_chunks(urls_db, monkeypatch):
    monkeypatch.setattr(sql, "LOOKUP_KEYS", 7)
    con = duckdb.connect(str(urls_db), read_only=True)
    try:
        keys = [u for (u,) in con.execute("SELECT url FROM pages WHERE id <= 20").fetchall()] + ["https://nowhere/x"]
        rows = sql.lookup(con, "SELECT id FROM pages WHERE url IN ({keys}) AND id > ?", keys, [5])
    finally:
        con.close()
    assert sorted(i for (i,) in rows) == list(range(6, 21))
    assert sql.lookup(duckdb.connect(), "SELECT 1 WHERE 1 IN ({keys})", []) == []
