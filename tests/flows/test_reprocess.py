"""Reprocess after the extractor changes: facts replaced from the archive, never duplicated.

Works on a copy of the session's demo database (demo_run: the bundled corpus crawled over real HTTP
and loaded by the real nightly flow), reading the same real WARC archive.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.store import Store, StoreLocked

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(600)]

from pipeline.facttypes import FACT_TYPES  # noqa: E402
from pipeline.store.load import FACT_TABLES  # noqa: E402 - one per fact type of the registry

#: every column but the article id and extractor version (and the person id, re-resolved on each load)
FACT_COLUMNS = {spec.table: ", ".join(["a.url"] + [c for c, _ in spec.columns()
                                                   if c not in ("article_id", "extractor_version")])
                for spec in FACT_TYPES}


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every fact row, with its article's URL, as a sorted list (duplicates kept) per table."""
    with Store.open(db, read_only=True) as store:
        out = {}
        for t in FACT_TABLES:
            _, rows = store.query(f"SELECT {FACT_COLUMNS[t]} FROM {t} JOIN articles a ON a.id = {t}.article_id")
            out[t] = sorted(rows, key=repr)
        return out


def versions(db: Path) -> dict[str, set[str]]:
    with Store.open(db, read_only=True) as store:
        return {t: {v for (v,) in store.query(f"SELECT DISTINCT extractor_version FROM {t}")[1]}
                for t in ("articles", *FACT_TABLES)}


def counts(db: Path) -> dict[str, int]:
    with Store.open(db, read_only=True) as store:
        return store.counts()


@pytest.fixture(scope="module")
def original(demo_run):
    return {"snapshot": snapshot(demo_run["db"]), "counts": counts(demo_run["db"])}


@pytest.fixture
def workdir(demo_run, tmp_path):
    """A data directory with a copy of the demo database and the demo's archive (linked, read only)."""
    shutil.copyfile(demo_run["db"], tmp_path / "warta.duckdb")
    (tmp_path / "archive").symlink_to(demo_run["data"] / "archive", target_is_directory=True)
    return tmp_path


def test_version_change_replaces_every_fact_once(workdir, original, monkeypatch):
    from flows.reprocess import reprocess

    db = workdir / "warta.duckdb"
    before = versions(db)["articles"]
    assert len(before) == 1 and "test-next" not in before
    monkeypatch.setattr("pipeline.facts.EXTRACTOR_VERSION", "test-next")
    summary = reprocess(data_dir=str(workdir), db=str(db))
    n_articles = original["counts"]["articles"]
    assert summary["extractor_version"] == "test-next"
    assert summary["articles"] == n_articles > 0
    assert summary["from_archive"] == n_articles and summary["from_stored_text"] == 0
    # facts replaced, not duplicated: the same rows as the fresh load, each once, all of the new version
    assert counts(db) == original["counts"]
    assert snapshot(db) == original["snapshot"]
    assert all(v == {"test-next"} for t, v in versions(db).items() if original["counts"][t]), versions(db)
    assert sum(summary["facts_deleted"].values()) == sum(summary["facts_new"].values()) \
        == sum(original["counts"][t] for t in FACT_TABLES)
    # nothing is stale any more: a second reprocess selects nothing and changes nothing
    again = reprocess(data_dir=str(workdir), db=str(db))
    assert again["articles"] == 0 and sum(again["facts_new"].values()) == 0
    assert counts(db) == original["counts"]


def test_changed_text_updates_the_article_in_place(workdir, original, monkeypatch):
    """An article stored with other text (an older extractor): reprocess restores the archive's
    extraction in the same article row (same id), and its facts with it."""
    from pipeline.reprocess import reprocess

    db = workdir / "warta.duckdb"
    with Store.open(db) as store:
        (aid, url, n_regions), = store.query(
            "SELECT a.id, a.url, count(*) FROM articles a JOIN regions r ON r.article_id = a.id "
            "GROUP BY ALL ORDER BY 3 DESC, 1 LIMIT 1")[1]
        store.query("DELETE FROM regions WHERE article_id = ?", [aid])
        store.query("UPDATE articles SET text = 'teks lama', content_hash = 'old', extractor_version = 'old' "
                    "WHERE id = ?", [aid])
    summary = reprocess(db, workdir / "archive", progress=False)
    assert (summary.articles, summary.from_archive, summary.text_changed) == (1, 1, 1)
    with Store.open(db, read_only=True) as store:
        (new_id, text, version), = store.query("SELECT id, text, extractor_version FROM articles WHERE url = ?",
                                               [url])[1]
    assert new_id == aid and text != "teks lama" and len(text) > 200
    assert version == summary.extractor_version
    assert snapshot(db) == original["snapshot"] and counts(db) == original["counts"]


def test_without_archive_the_stored_text_is_retagged(workdir, original, monkeypatch):
    from pipeline.reprocess import reprocess

    (workdir / "archive").unlink()
    (workdir / "archive").mkdir()
    monkeypatch.setattr("pipeline.facts.EXTRACTOR_VERSION", "test-text")
    db = workdir / "warta.duckdb"
    summary = reprocess(db, workdir / "archive", progress=False)
    assert summary.from_archive == 0 and summary.from_stored_text == original["counts"]["articles"]
    assert counts(db) == original["counts"]
    assert all(v == {"test-text"} for t, v in versions(db).items() if original["counts"][t])


def test_cli_reprocess_all_and_locked_database(workdir, original, monkeypatch):
    from flows.cli import cli

    monkeypatch.setenv("WARTA_DATA", str(workdir))
    monkeypatch.delenv("WARTA_DB", raising=False)
    result = CliRunner().invoke(cli, ["reprocess", "--all"])
    assert result.exit_code == 0, result.output
    assert f"articles:          {original['counts']['articles']} (from the archive" in result.output
    assert counts(workdir / "warta.duckdb") == original["counts"]
    with Store.open(workdir / "warta.duckdb"):  # a nightly load holds the writer lock
        locked = CliRunner().invoke(cli, ["reprocess"])
    assert locked.exit_code == 75 and "locked by another writer" in locked.output  # busy: try later
    assert counts(workdir / "warta.duckdb") == original["counts"]


def test_cli_without_database_is_a_user_error(tmp_path, monkeypatch):
    from flows.cli import cli

    monkeypatch.setenv("WARTA_DATA", str(tmp_path))
    monkeypatch.delenv("WARTA_DB", raising=False)
    result = CliRunner().invoke(cli, ["reprocess"])
    assert result.exit_code == 1 and "nothing to reprocess" in result.output
    assert not (tmp_path / "warta.duckdb").exists()
