"""flows.preflight on its own (the commands' refusals run as processes in tests/flows/test_lifecycle.py):
what a stopped writer left is removed before a run starts, never a working writer's copy."""
from __future__ import annotations

import pytest

from flows import preflight
from pipeline.store import LoadItem, Store
from tests.pipeline.test_store import V1, article, solok_facts


def _leftover(db) -> int:
    """What a writer killed mid-load leaves: `<db>.building` and its `.wal` (here 3 MB)."""
    (db.parent / f"{db.name}.building").write_bytes(b"\0" * 2_000_000)
    (db.parent / f"{db.name}.building.wal").write_bytes(b"\0" * 1_000_000)
    return 3_000_000


def test_a_stopped_writers_working_copy_is_removed_first(tmp_path):
    db = tmp_path / "warta.duckdb"
    with Store.open(db) as store:
        store.load([LoadItem(article(1), solok_facts())], V1)
    published = db.read_bytes()
    _leftover(db)
    said: list[str] = []
    preflight.check_database(db, said.append)
    assert not (tmp_path / "warta.duckdb.building").exists() and not (tmp_path / "warta.duckdb.building.wal").exists()
    assert said == [f"removed the working copy a stopped writer left of {db} (3.0 MB)"]
    assert db.read_bytes() == published  # the published database is untouched
    said.clear()
    preflight.check_database(db, said.append)  # nothing left: nothing said
    assert said == []


def test_a_working_writers_copy_is_left_alone(tmp_path):
    db = tmp_path / "warta.duckdb"
    with Store.open(db):  # a load at work holds the writer lock and its working copy
        building = sorted(p.name for p in tmp_path.iterdir() if ".building" in p.name)
        with pytest.raises(preflight.Busy, match="locked by another writer"):
            preflight.check_database(db, print)
        assert sorted(p.name for p in tmp_path.iterdir() if ".building" in p.name) == building != []


def test_a_leftover_without_a_published_database(tmp_path):
    db = tmp_path / "warta.duckdb"
    _leftover(db)  # the first load was killed: nothing published yet
    preflight.check_database(db)
    assert list(tmp_path.iterdir()) in ([], [tmp_path / "warta.duckdb.lock"])


@pytest.mark.parametrize("command", ["run", "crawl", "reprocess", "demo"])
@pytest.mark.parametrize("setting, value, says", [
    ("WARTA_TAGGER_STRINGS", "lots", "WARTA_TAGGER_STRINGS='lots': give a whole number of strings (0: never renew)"),
    ("WARTA_TAGGER_STRINGS", "-5", "WARTA_TAGGER_STRINGS='-5': give a whole number of strings (0: never renew)"),
    ("WARTA_SNAPSHOT", "Sometimes", "WARTA_SNAPSHOT='sometimes': choose background, wait, off"),
])
def test_a_malformed_setting_is_one_line_before_anything_starts(tmp_path, command, setting, value, says):
    """As an operator's shell runs it: the command stops on the setting, exit 1, and touches nothing."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    with Store.open(tmp_path / "warta.duckdb") as store:
        store.load([LoadItem(article(1), solok_facts())], V1)
    before = sorted((p.name, p.read_bytes() if p.is_file() else None) for p in tmp_path.rglob('*'))
    env = {**os.environ, "WARTA_DATA": str(tmp_path), "WARTA_DASK": "", setting: value}
    result = subprocess.run([sys.executable, "-m", "flows.cli", command], cwd=Path(__file__).resolve().parents[2],
                            capture_output=True, text=True, timeout=120, env=env)
    assert (result.returncode, result.stderr.splitlines()) == (1, [f"Error: {says}"])
    assert sorted((p.name, p.read_bytes() if p.is_file() else None) for p in tmp_path.rglob('*')) == before
    assert not (tmp_path / "archive").exists()  # nothing crawled
