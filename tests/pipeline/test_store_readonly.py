"""The hardened reader connection (pipeline/store/readonly.py): settings a reader's output relies on."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.store import LoadItem, Store
from tests.pipeline.store_helpers import article, solok_facts

ROOT = Path(__file__).resolve().parents[2]

# Run as its own process: under pytest's captured output DuckDB's Python client starts with the progress
# bar off anyway, while a CLI process (a pipe or a terminal) starts with it on.
_SETTINGS = """
import sys
from pipeline.store import Store
db, out = sys.argv[1], sys.argv[2]
with Store.open(db, read_only=True) as store:
    print(store.con.execute("SELECT current_setting('enable_progress_bar')").fetchone()[0])
    try:
        store.con.execute("SET enable_progress_bar = true")
        print("changed")
    except Exception as exc:
        print(type(exc).__name__)
with Store.open_for_export(db, out) as store:
    print(store.con.execute("SELECT current_setting('enable_progress_bar')").fetchone()[0])
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("readonly") / "warta.duckdb"
    with Store.open(path) as store:
        store.load([LoadItem(article(1), solok_facts())], "test-1")
    return path


def test_a_reader_draws_no_progress_bar_into_its_output(db, tmp_path):
    """DuckDB draws a progress bar on stdout for a statement slower than two seconds; in a reader it
    landed before the JSON of a slow `warta search --format json`. Every read-only open (the CLI's
    queries and searches, snapshots) and the exporter's connection turn it off, and a reader cannot
    turn it back on (its configuration is locked)."""
    run = subprocess.run([sys.executable, "-c", _SETTINGS, str(db), str(tmp_path)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["False", "InvalidInputException", "False"]
