"""User errors are one line everywhere: `Error: …`, a non-zero exit status, no traceback, from the real
`warta` program. The library raises its own error types (pipeline.store.StoreError and its kinds,
PortalConfigError, CrawlError, GoldError, ExportError); flows.cliutil.OneLineErrors is the one place
that turns them into a line and an exit status (75 when another writer holds the database)."""
from __future__ import annotations

import subprocess
import sys
from datetime import datetime

import pytest

from pipeline.store import LoadItem, Store
from tests.pipeline.store_helpers import article, solok_facts
from tests.userenv import REPO, user_environment

WARTA = REPO / ".venv" / "bin" / "warta"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("errors") / "warta.duckdb"
    with Store.open(path) as store:
        store.load([LoadItem(article(1, published=datetime(2023, 5, 5)), solok_facts(year=2022, zone="hijau"))], "0.1")
    return path


def warta(db, *args, **env):
    return subprocess.run([str(WARTA), *args], env=user_environment(WARTA_DB=str(db), WARTA_DATA=str(db.parent), **env),
                          capture_output=True, text=True, timeout=120)


def one_line(done, status: int, text: str) -> None:
    assert done.returncode == status, done.stdout + done.stderr
    assert done.stderr.startswith("Error: ") and done.stderr.count("\n") == 1, done.stderr
    assert text in done.stderr and "Traceback" not in done.stderr and done.stdout == ""


@pytest.mark.parametrize("sql, text", [
    ("SELECT region_code FROM nowhere", "Table with name nowhere does not exist"),
    ("SELEKT 1", "syntax error"),
    ("SELECT no_such_column FROM compliance_history", 'Referenced column "no_such_column" not found'),
    ("CREATE TABLE mine (a INTEGER)", "read-only"),
    ("DELETE FROM mpp", "read-only"),
])
def test_sql_errors_and_refused_writes(db, sql, text):
    one_line(warta(db, "query", sql), 1, text)


def test_the_readme_query_works(db):
    done = warta(db, "query", "SELECT region_code, year, zone, score, conflict FROM compliance_history "
                              "WHERE region_code = '13.02' ORDER BY year")
    assert done.returncode == 0 and "13.02" in done.stdout and "hijau" in done.stdout, done.stderr


def test_a_database_held_by_another_program(db, tmp_path):
    held = tmp_path / "held.duckdb"
    Store.open(held).close()
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; con = duckdb.connect(sys.argv[1]); "
                               "print('held', flush=True); time.sleep(120)", str(held)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        one_line(warta(held, "query", "SELECT 1"), 75, "is locked by another writer")
        one_line(warta(held, "facts", "13.02"), 75, "is locked by another writer")
    finally:
        holder.kill()
        holder.wait()


def test_missing_database_and_bad_gold_file(db, tmp_path):
    one_line(warta(tmp_path / "none.duckdb", "search", "solok"), 1, "no Warta database at")
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "1", "text": "x"}\nnot json\n')
    one_line(warta(db, "eval", str(gold)), 1, str(gold))


def test_library_errors_map_to_one_line_and_bugs_do_not_hide():
    import click
    from click.testing import CliRunner

    from flows.cliutil import OneLineErrors
    from pipeline.store import StoreLocked

    @click.group(cls=OneLineErrors)
    def tool():
        pass

    @tool.command()
    def locked():
        raise StoreLocked("database /x is locked by another writer\n(more detail)")

    @tool.command()
    def bug():
        raise KeyError("a bug")

    result = CliRunner().invoke(tool, ["locked"])
    assert result.exit_code == 75 and result.output == "Error: database /x is locked by another writer: (more detail)\n"
    result = CliRunner().invoke(tool, ["bug"])
    assert isinstance(result.exception, KeyError)  # a bug keeps its traceback
