"""The browse snapshot: what it holds, atomic publishing, freshness, and the writer's hook."""
from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from datetime import datetime

import pytest

from pipeline.models import Facts
from pipeline.store import LoadItem, Store
from pipeline.store import snapshot as S
from pipeline.store import snapshot_build as B
from tests.pipeline.store_helpers import article, solok_facts
from tests.pipeline.store_helpers import sqlite_rows as rows

MPP_ONLY = "Bupati Tabanan meresmikan MPP di gedung eks Bappeda. Warga senang."
MAL_ONLY = "Pemkot Kediri membuka Mal Pelayanan Publik baru di pusat kota."
MALL_SHOP = "Sebuah mall baru dibuka; pelayanan parkir buruk, kata warga publik."


def load(db, version="0.1.0"):
    with Store.open(db) as store:
        store.load([
            LoadItem(article(1, published=datetime(2023, 5, 5)), solok_facts(year=2022, zone="hijau", grade="kategori A")),
            LoadItem(article(2, text=MPP_ONLY, portal="balipost", published=datetime(2024, 8, 20)), Facts()),
            LoadItem(article(3, text=MAL_ONLY, portal="jatim", published=datetime(2024, 9, 1)), Facts()),
            LoadItem(article(4, text=MALL_SHOP, portal="jatim", published=datetime(2024, 9, 2)), Facts()),
        ], version)


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    db = tmp_path_factory.mktemp("snap") / "warta.duckdb"
    load(db)
    done = S.publish(db)
    return db, done


def test_snapshot_beside_the_database_holds_every_table_and_view(published):
    db, done = published
    assert done.path == db.with_name("warta.sqlite") and done.bytes == done.path.stat().st_size
    names = {n for (n,) in rows(done.path, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    with Store.open(db, read_only=True) as store:
        expected = {n for (n,) in store.query(
            "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' UNION "
            "SELECT view_name FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal")[1]}
        counts = store.counts()
    assert expected <= names and {"facts", "articles_fts", S.INFO_TABLE} <= names
    for table in ("articles", "compliance", "mpp", "officials", "regions"):
        assert rows(done.path, f"SELECT count(*) FROM {table}")[0][0] == counts[table] == done.rows[table]


def test_views_are_materialised_with_lists_as_json(published):
    _, done = published
    (history,) = rows(done.path, "SELECT code, year, zone, grade, conflict, zones, sources, province_code "
                                 "FROM compliance_history")
    assert history == ("13.02", 2022, "hijau", "kategori A", 0, '["hijau"]', '["https://padek.example/berita/1"]', "13")
    (register,) = rows(done.path, "SELECT region_code, stage, planned_year, locations FROM mpp_register")
    assert register == ("13.02", "planned", 2024, '["Kompleks kantor Bupati Solok"]')


def test_fact_rows_carry_source_evidence_link_and_keys(published):
    _, done = published
    (c,) = rows(done.path, "SELECT source_url, published, portal, evidence_link, grade_category FROM compliance")
    assert c[:3] == ("https://padek.example/berita/1", "2023-05-05 00:00:00", "padek")
    assert c[3] == ("https://padek.example/berita/1#:~:text="
                    "Bupati%20Solok%20Epyardi%20Asda%20menerima%20hasil%20penilaian%20kepatuhan%202022.")
    assert c[4] == "A"
    fks = {(r[3], r[2], r[4]) for r in rows(done.path, "PRAGMA foreign_key_list(compliance)")}
    assert fks == {("article_id", "articles", "id"), ("region_code", "gazetteer_regions", "code"),
                   ("province_code", "gazetteer_provinces", "code")}
    assert rows(done.path, "SELECT province_code FROM mpp") == [("13",)]  # derived from its region
    assert rows(done.path, "SELECT label FROM gazetteer_regions WHERE code IN ('13.02', '13.72') ORDER BY code") == [
        ("Kabupaten Solok",), ("Kota Solok",)]


def test_facts_table_has_every_fact_but_mentions(published):
    _, done = published
    got = rows(done.path, "SELECT fact, region_code, year, summary, source_url FROM facts ORDER BY fact")
    assert got == [
        ("compliance", "13.02", 2022, "zone: hijau; grade: kategori A", "https://padek.example/berita/1"),
        ("mpp", "13.02", 2024, "status: planned; location: Kompleks kantor Bupati Solok", "https://padek.example/berita/1"),
        ("officials", "13.02", None, "name: Epyardi Asda; role: Bupati Solok; category: kepala_daerah",
         "https://padek.example/berita/1")]


def test_articles_have_facet_columns(published):
    _, done = published
    (a,) = rows(done.path, "SELECT date, regions, provinces, fact_types FROM articles WHERE id = 1")
    assert a == ("2023-05-05", '["Kabupaten Solok"]', '["Sumatera Barat"]',
                 '["compliance","mpp","officials","provinces","regions"]')


@pytest.mark.parametrize("query, ids", [
    ('"mal pelayanan publik"', [2, 3]),        # phrase: the MPP article by its synonym, not the shopping mall
    ("MPP", [2, 3]),                           # and the reverse
    ("parkir mall", [4]),                      # plain words: all must occur, anywhere
    ("mall pelayanan", [2, 3, 4]),             # 2 and 3 under their synonyms' words
    ('"pelayanan parkir"', [4]),
    ('"parkir pelayanan"', []),
])
def test_full_text_search_with_phrases_and_synonyms(published, query, ids):
    _, done = published
    from datasette.utils import escape_fts  # what datasette does to a query in its default mode

    found = rows(done.path, "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid",
                 [escape_fts(query)])
    assert [r[0] for r in found] == ids


def test_descriptions_come_from_the_schema_comments(published):
    db, done = published
    info = S.read_info(done.path)
    described = {d["name"]: d for d in json.loads(info["describe"])}
    with Store.open(db, read_only=True) as store:
        comment = store.query("SELECT comment FROM duckdb_tables() WHERE table_name = 'compliance'")[1][0][0]
        col = store.query("SELECT comment FROM duckdb_columns() WHERE table_name = 'mpp_register' "
                          "AND column_name = 'stage'")[1][0][0]
    assert described["compliance"]["comment"] == comment and described["compliance"]["fact"]
    assert described["mpp_register"]["columns"]["stage"] == col and described["mpp_register"]["kind"] == "view"
    assert described["compliance"]["columns"]["evidence_link"].startswith("The source URL opened at")
    assert not described["articles"]["fact"] and not described["sources"]["fact"]
    assert all(text for d in described.values() if d["name"] != "schema_version" for text in d["columns"].values())
    assert info["format"] == str(S.FORMAT) and info["source"] == S.identity(db)


def test_fresh_snapshot_is_not_rebuilt_and_force_rebuilds(published):
    db, done = published
    before = done.path.stat().st_ino
    assert S.is_fresh(db) and S.publish(db) is None and done.path.stat().st_ino == before
    again = S.publish(db, force=True)
    assert again is not None and done.path.stat().st_ino != before
    assert [p.name for p in db.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_a_new_fact_table_is_picked_up_without_code_changes(tmp_path):
    """Fact types come from the schema (a table with article_id), not from a list in this module."""
    import duckdb

    db = tmp_path / "warta.duckdb"
    load(db)
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE petitions (article_id BIGINT, region_code VARCHAR, year INTEGER, "
                "subject VARCHAR, evidence VARCHAR, extractor_version VARCHAR)")
    con.execute("COMMENT ON TABLE petitions IS 'Petitions to the DPRD.'")
    con.execute("COMMENT ON COLUMN petitions.subject IS 'What the complaint is about.'")
    con.execute("INSERT INTO petitions VALUES (1, '13.02', 2024, 'pungli', 'Warga mengadu soal pungli.', 'x')")
    con.close()
    done = S.publish(db)
    assert rows(done.path, "SELECT fact, summary, province_code, source_url FROM facts WHERE fact = 'petitions'") == [
        ("petitions", "subject: pungli", "13", "https://padek.example/berita/1")]
    assert rows(done.path, "SELECT fact_types FROM articles WHERE id = 1")[0][0] == \
        '["compliance","mpp","officials","petitions","provinces","regions"]'
    described = {d["name"]: d for d in json.loads(S.read_info(done.path)["describe"])}
    assert described["petitions"]["fact"] and described["petitions"]["columns"]["subject"] == "What the complaint is about."


def test_a_failed_build_leaves_the_published_snapshot(tmp_path, monkeypatch):
    db = tmp_path / "warta.duckdb"
    monkeypatch.setenv("WARTA_SNAPSHOT", "off")
    load(db)
    first = S.publish(db)
    with Store.open(db) as store:  # a new database is published
        store.load([LoadItem(article(9), Facts())], "0.1.0")

    def broken(con, sq, described):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(B, "STEPS", [broken])
    with pytest.raises(S.SnapshotError, match="cannot build the browse snapshot .*disk I/O error"):
        S.publish(db)
    assert rows(first.path, "SELECT count(*) FROM articles") == [(4,)]  # the old one, whole
    assert not S.is_fresh(db) and [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_writers_publish_the_snapshot_in_the_background_by_default(tmp_path, monkeypatch):
    monkeypatch.delenv("WARTA_SNAPSHOT")
    db = tmp_path / "warta.duckdb"
    load(db)  # returns without waiting for the snapshot
    assert S.wait_fresh(db, timeout=60), (tmp_path / "warta.sqlite.log").read_text() if (tmp_path / "warta.sqlite.log").exists() else "no log"
    assert rows(S.snapshot_path(db), "SELECT count(*) FROM articles") == [(4,)]
    # the builder logs its line after the snapshot is in place: on a loaded machine a moment later
    log = tmp_path / "warta.sqlite.log"
    deadline = time.monotonic() + 30
    while "published" not in log.read_text() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert "published" in log.read_text()
    with Store.open(db) as store:
        store.load([LoadItem(article(9), Facts())], "0.1.0")
    assert S.wait_fresh(db, timeout=60)
    assert rows(S.snapshot_path(db), "SELECT count(*) FROM articles") == [(5,)]


@pytest.mark.parametrize("mode, fresh", [("wait", True), ("off", False)])
def test_snapshot_modes(tmp_path, monkeypatch, mode, fresh):
    monkeypatch.setenv("WARTA_SNAPSHOT", mode)
    db = tmp_path / "warta.duckdb"
    load(db)
    assert S.is_fresh(db) is fresh
    with Store.open(db) as store:  # a writer that fails publishes neither database nor snapshot
        store.close(publish=False)
    assert S.is_fresh(db) is fresh


def test_bad_setting_is_logged_and_the_load_still_succeeds(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("WARTA_SNAPSHOT", "sometimes")
    db = tmp_path / "warta.duckdb"
    load(db)
    assert "WARTA_SNAPSHOT='sometimes'" in caplog.text
    with Store.open(db, read_only=True) as store:
        assert store.counts()["articles"] == 4


def test_missing_database_is_one_clear_error(tmp_path):
    from pipeline.store import StoreMissing

    with pytest.raises(StoreMissing, match="no Warta database at"):
        S.publish(tmp_path / "none.duckdb")


def test_evidence_link():
    url = "https://a.example/berita/1#komentar"
    assert B.evidence_link(url, "Kota Solok zona hijau.") == "https://a.example/berita/1#:~:text=Kota%20Solok%20zona%20hijau."
    long = "Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua-belas."
    assert B.evidence_link(url, long) == ("https://a.example/berita/1#:~:text=Satu%20dua%20tiga%20empat%20lima,"
                                          "delapan%20sembilan%20sepuluh%20sebelas%20dua%2Dbelas.")
    assert B.evidence_link(None, "x") is None and B.evidence_link("file:///x", "x") is None
    assert B.evidence_link(url, None) == url


def test_snapshot_path():
    from pathlib import Path

    assert S.snapshot_path(Path("/d/warta.duckdb")) == Path("/d/warta.sqlite")
    assert S.snapshot_path(Path("/d/x.sqlite")) == Path("/d/x.sqlite.sqlite")


def test_publish_apart_reports_or_says_why_in_one_line(tmp_path):
    """What `warta browse` runs: the builder in a process of its own, waited for."""
    with pytest.raises(S.SnapshotError, match=r"^no Warta database at .*none\.duckdb: nothing has been loaded"):
        S.publish_apart(tmp_path / "none.duckdb")
    db = tmp_path / "warta.duckdb"
    load(db)
    report, logged = S.publish_apart(db)
    assert re.fullmatch(rf"published {re.escape(str(db.with_name('warta.sqlite')))} \(4 articles, [\d.]+ MB\) in [\d.]+ s",
                        report) and logged == []
    assert S.is_fresh(db) and S.publish_apart(db)[0].endswith("warta.sqlite is up to date")
