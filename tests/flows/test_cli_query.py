"""`warta query` cannot change or reach anything but the database it reads: each attack of issue 17,
run as a user would type it (click's CliRunner, a real DuckDB file), is refused in one line and leaves
the database and the file system as they were; a query that runs forever is interrupted, a huge answer
is cut at the row cap."""
from __future__ import annotations

import hashlib
import json
import time
from datetime import datetime

import pytest
from click.testing import CliRunner

from flows.cli import cli
from pipeline.store import LoadItem, Store
from tests.pipeline.store_helpers import article, solok_facts


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "data" / "warta.duckdb"
    with Store.open(path) as store:
        store.load([LoadItem(article(n, published=datetime(2023, 5, n)), solok_facts(year=2022)) for n in (1, 2, 3)],
                   "0.1.0")
    return path


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def query(db, *args):
    return CliRunner().invoke(cli, ["query", *args], env={"WARTA_DB": str(db)}, catch_exceptions=False)


def refused(result, *words: str) -> str:
    """The run failed with exit 1 and one line on stderr naming `words`; returns that line."""
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    for word in words:
        assert word.lower() in lines[0].lower(), lines[0]
    assert "Traceback" not in result.output
    return lines[0]


def test_copy_over_the_database_is_refused(db):
    before = digest(db)
    refused(query(db, f"COPY (SELECT 'gone' AS a) TO '{db}' (FORMAT csv)"), "refused", "COPY")
    assert digest(db) == before


def test_attach_read_write_and_delete_is_refused_before_anything_runs(db):
    before = digest(db)
    line = refused(query(db, f"ATTACH '{db.parent}//warta.duckdb' AS w (READ_WRITE); DELETE FROM w.mpp"),
                   "refused", "ATTACH")
    assert "statement 1 of 2" in line
    assert digest(db) == before
    # a harmless first statement does not let a second one through
    refused(query(db, "SELECT 1; DELETE FROM mpp"), "statement 2 of 2", "DELETE")
    with Store.open(db, read_only=True) as store:
        assert store.counts()["mpp"] == 3


@pytest.mark.parametrize("sql, words", [
    ("DELETE FROM mpp", ["refused", "DELETE"]),
    ("UPDATE articles SET title = 'x'", ["refused", "UPDATE"]),
    ("CREATE TEMP TABLE t AS SELECT 1", ["refused", "CREATE"]),
    ("INSTALL httpfs", ["refused", "INSTALL (LOAD)"]),
    ("LOAD httpfs", ["refused", "LOAD"]),
    ("SET memory_limit = '1GB'", ["refused", "SET"]),
    ("RESET threads", ["refused", "RESET (SET)"]),
    ("PRAGMA enable_profiling", ["refused", "PRAGMA"]),
    ("CALL checkpoint()", ["refused", "CALL"]),
    ("CHECKPOINT", ["refused", "CHECKPOINT (CALL)"]),
    ("EXPLAIN ANALYZE DELETE FROM mpp", ["refused", "EXPLAIN of DELETE"]),
    ("EXPLAIN ANALYZE COPY mpp TO '/tmp/warta-mpp.csv'", ["refused", "EXPLAIN of COPY"]),
    ("/* hi */ EXPLAIN (FORMAT json) INSERT INTO mpp SELECT * FROM mpp", ["refused", "EXPLAIN of INSERT"]),
])
def test_statements_that_are_not_queries_are_refused(db, sql, words):
    before = digest(db)
    refused(query(db, sql), *words)
    assert digest(db) == before


@pytest.mark.parametrize("sql", [
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_text('/etc/hostname')",
    "SELECT * FROM glob('/**')",
    "SELECT * FROM read_parquet('/etc/passwd')",
    "SELECT * FROM sniff_csv('/etc/passwd')",
])
def test_no_file_but_the_database_can_be_read(db, sql):
    line = refused(query(db, sql), "Permission Error")
    assert "root:" not in line


def test_export_database_writes_nothing(db, tmp_path):
    target = tmp_path / "stolen"
    refused(query(db, f"EXPORT DATABASE '{target}'"), "refused", "EXPORT")
    assert not target.exists()


def test_copy_to_any_path_writes_nothing(db, tmp_path):
    target = tmp_path / "out.csv"
    refused(query(db, f"COPY (SELECT * FROM articles) TO '{target}'"), "refused", "COPY")
    assert not target.exists()


def test_a_query_that_runs_forever_is_interrupted_at_the_time_limit(db):
    started = time.monotonic()
    result = query(db, "--time-limit", "1",
                   "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT count(*) FROM r")
    elapsed = time.monotonic() - started
    refused(result, "time limit of 1 s")
    assert elapsed < 10


def test_a_huge_answer_is_cut_at_the_row_cap(db):
    started = time.monotonic()
    result = query(db, "--format", "csv", "SELECT range AS n FROM range(1000000000000)")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "n" and len(result.stdout.splitlines()) == 1 + 10_000
    assert result.stderr.strip() == "warning: answer cut at 10000 rows (--max-rows)"
    assert time.monotonic() - started < 20
    small = query(db, "--max-rows", "5", "--format", "json", "SELECT range AS n FROM range(7)")
    assert [r["n"] for r in json.loads(small.stdout)] == [0, 1, 2, 3, 4] and "cut at 5 rows" in small.stderr


@pytest.mark.parametrize("sql", [
    "SELECT code, year, zone FROM compliance_history ORDER BY year",
    "WITH c AS (SELECT * FROM compliance) SELECT count(*) AS n FROM c",
    "FROM mpp_register SELECT region_code",
    "DESCRIBE articles",
    "SHOW TABLES",
    "SUMMARIZE articles",
    "EXPLAIN SELECT * FROM articles",
    "EXPLAIN ANALYZE SELECT count(*) FROM articles",
    "PRAGMA version",
    "SELECT 1 AS a; SELECT 2 AS a",
])
def test_queries_still_run(db, sql):
    result = query(db, sql)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


def test_sql_mistakes_are_one_line(db):
    refused(query(db, "SELEC 1"), "Parser Error")
    refused(query(db, "SELECT * FROM no_such_table"), "Catalog Error", "no_such_table")


def test_the_table_shows_null_empty_integers_whole_and_links_uncut(db):
    long_url = "https://portal.example/" + "berita-" * 20 + "akhir"
    result = query(db, f"SELECT NULL AS region_code, CAST(NULL AS INTEGER) AS year, 2024 AS tahun, "
                       f"'{long_url}' AS url, repeat('kata ', 40) AS teks UNION ALL "
                       f"SELECT '13.02', 2023, 2025, 'x', 'pendek'")
    assert result.exit_code == 0, result.output
    assert "NaN" not in result.output and "None" not in result.output
    assert long_url in result.output  # a link is never cut
    assert "2023 " in result.output and "2023.0" not in result.output  # an integer beside a NULL stays one
    first, second = result.output.splitlines()[1:3]
    assert "kata kata" in first and first.rstrip().endswith("…") and len(first.split(long_url)[1].strip()) == 80
