"""The DuckDB store: migrations, idempotent loads, re-processing, views, persons, schema doc."""
from __future__ import annotations

from datetime import datetime

import duckdb
import pytest

from pipeline.models import ComplianceResult, Facts, MppFact, Official, Province
from pipeline.store import LoadItem, Store, StoreError, StoreLocked, StoreMissing, latest_version
from pipeline.store.migrate import current_version, migrate, migrations
from pipeline.store.schemadoc import DOC_PATH, schema_doc
from tests.pipeline.store_helpers import SOLOK, SUMBAR, article, solok_facts

V1, V2 = "0.1.0", "0.2.0"
from pipeline.store.load import FACT_TABLES  # noqa: E402 - one per fact type of the registry


def batch(n: int = 3) -> list[LoadItem]:
    return [LoadItem(article(i), solok_facts()) for i in range(1, n + 1)]


@pytest.fixture
def db(tmp_path):
    return tmp_path / "warta.duckdb"


def test_fresh_file_is_migrated_to_latest(db):
    with Store.open(db) as store:
        assert store.schema_version() == latest_version() == len(migrations())
        counts = store.counts()
    assert {"articles", "sources", "regions", "provinces", "officials", "persons", "compliance", "mpp",
            "gazetteer_regions", "gazetteer_provinces", "schema_version"} <= set(counts)
    assert counts["gazetteer_regions"] == 514 and counts["gazetteer_provinces"] == 38
    with Store.open(db, read_only=True) as store:
        views = {v for (v,) in store.query("SELECT view_name FROM duckdb_views() WHERE NOT internal")[1]}
        assert {"officeholders", "compliance_history", "mpp_register"} <= views
        assert store.query("SELECT version FROM schema_version ORDER BY 1")[1] == [(v,) for v in range(1, latest_version() + 1)]


def test_older_version_file_is_migrated_keeping_its_rows(db):
    con = duckdb.connect(str(db))
    migrate(con, upto=1)
    assert current_version(con) == 1
    con.execute("INSERT INTO articles VALUES (7, 'https://x.example/a', 'x', 'T', NULL, NULL, 'teks', NULL, "
                "'h', '0.0.1', now()::TIMESTAMP)")
    con.execute("INSERT INTO sources VALUES ('https://x.example/a', 7, 'x', NULL, NULL)")
    con.execute("INSERT INTO compliance VALUES (7, '13.02', '13', 2021, 'merah', 'E', NULL, 'kalimat', '0.0.1')")
    con.close()
    with Store.open(db) as store:
        assert store.schema_version() == latest_version()
        _, rows = store.query("SELECT code, year, zone, sources FROM compliance_history")
    assert rows == [("13.02", 2021, "merah", ["https://x.example/a"])]


def test_failing_migration_is_rolled_back(db, monkeypatch):
    import pipeline.store.migrate as M

    shipped = migrations()
    broken = M.Migration(len(shipped) + 1, "broken", "CREATE TABLE half_done (x INTEGER); SELECT * FROM nowhere;")
    monkeypatch.setattr(M, "migrations", lambda: (*shipped, broken))
    con = duckdb.connect(str(db))
    with pytest.raises(duckdb.Error):
        migrate(con)
    assert current_version(con) == len(shipped)
    assert con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'half_done'").fetchone()[0] == 0
    con.close()


def test_load_counts_and_twice_adds_nothing(db):
    with Store.open(db) as store:
        stats = store.load(batch(), V1)
        assert stats.new["articles"] == 3 and stats.new["sources"] == 3
        first = store.counts()
        assert first["articles"] == 3 and first["officials"] == 3 and first["compliance"] == 3
        assert first["regions"] == 3 and first["provinces"] == 3 and first["mpp"] == 3
        again = store.load(batch(), V1)
        assert again.unchanged_articles == 3 and not again.new["articles"] and not again.new["officials"]
        assert store.counts() == first
    # a new writer session (copy, load, publish) is just as idempotent
    with Store.open(db) as store:
        store.load(batch(), V1)
        assert store.counts() == first
        assert store.known_urls() == {f"https://padek.example/berita/{i}" for i in (1, 2, 3)}


def test_new_extractor_version_replaces_facts(db):
    with Store.open(db) as store:
        store.load(batch(2), V1)
        newer = [LoadItem(article(1), solok_facts(zone="kuning")), LoadItem(article(2), solok_facts(zone="kuning"))]
        stats = store.load(newer, V2)
        assert stats.updated["articles"] == 2 and stats.deleted["compliance"] == 2 and stats.new["compliance"] == 2
        _, rows = store.query("SELECT zone, extractor_version, count(*) FROM compliance GROUP BY ALL")
        assert rows == [("kuning", V2, 2)]
        assert store.query("SELECT DISTINCT extractor_version FROM articles")[1] == [(V2,)]
        assert store.counts()["officials"] == 2


def test_edited_text_under_same_url_updates_article(db):
    with Store.open(db) as store:
        store.load([LoadItem(article(1), solok_facts())], V1)
        store.load([LoadItem(article(1, text="Teks yang sudah diralat."), solok_facts(zone="merah"))], V1)
        assert store.query("SELECT text FROM articles")[1] == [("Teks yang sudah diralat.",)]
        assert store.query("SELECT zone FROM compliance")[1] == [("merah",)]


def test_replace_facts_reprocesses_without_refetching(db):
    with Store.open(db) as store:
        store.load(batch(2), V1)
        assert [u for u, *_ in store.stale_articles(V2)] == [article(1).url, article(2).url]
        stats = store.replace_facts([(article(1).url, solok_facts(zone="merah")), ("https://nowhere/x", Facts())], V2)
        assert stats.skipped == 1 and stats.deleted["compliance"] == 1
        _, rows = store.query("SELECT a.url, c.zone, c.extractor_version FROM compliance c "
                              "JOIN articles a ON a.id = c.article_id ORDER BY a.url")
        assert rows == [(article(1).url, "merah", V2), (article(2).url, "hijau", V1)]
        assert [u for u, *_ in store.stale_articles(V2)] == [article(2).url]


def test_duplicates_become_sources_of_one_article(db):
    original = article(1)
    near_dup = article(1, text="Berita nomor 1 tentang Solok, versi portal lain.", portal="antara")
    exact_copy = article(5, text=original.text, portal="haluan")
    with Store.open(db) as store:
        store.load([LoadItem(original, solok_facts())], V1)
        stats = store.load([LoadItem(near_dup, solok_facts(), duplicate_of_url=original.url),
                            LoadItem(exact_copy, solok_facts())], V1)
        assert stats.new["sources"] == 2 and not stats.new["articles"] and not stats.new["compliance"]
        assert store.counts()["articles"] == 1
        _, rows = store.query("SELECT sources FROM compliance_history")
        assert rows == [(sorted([original.url, near_dup.url, exact_copy.url]),)]
        # reloading the duplicates changes nothing
        store.load([LoadItem(near_dup, solok_facts(), duplicate_of_url=original.url)], V1)
        assert store.counts()["sources"] == 3


def test_duplicate_hint_pointing_within_the_batch(db):
    a, b = article(1), article(2, portal="antara")
    with Store.open(db) as store:
        store.load([LoadItem(b, solok_facts(), duplicate_of_url=a.url), LoadItem(a, solok_facts())], V1)
        assert store.counts()["articles"] == 1 and store.counts()["sources"] == 2


def test_same_url_twice_in_one_batch_stores_the_last(db):
    with Store.open(db) as store:
        stats = store.load([LoadItem(article(1), solok_facts(zone="hijau")),
                            LoadItem(article(1, text="Versi kedua."), solok_facts(zone="merah"))], V1)
        assert stats.new["articles"] == 1
        assert store.query("SELECT a.text, c.zone FROM articles a JOIN compliance c ON c.article_id = a.id")[1] == [
            ("Versi kedua.", "merah")]


def test_article_without_url_is_skipped_and_rest_loaded(db, caplog):
    no_url = article(9)
    no_url.url = None
    with Store.open(db) as store:
        stats = store.load([LoadItem(no_url, solok_facts()), LoadItem(article(1), solok_facts())], V1)
        assert stats.skipped == 1 and store.counts()["articles"] == 1
    assert "without a URL" in caplog.text


def test_compliance_history_flags_conflicts(db):
    items = [
        LoadItem(article(1, published=datetime(2023, 3, 1)), solok_facts(zone="hijau", grade="A")),
        LoadItem(article(2, published=datetime(2023, 4, 1)), solok_facts(zone="kuning", grade="a")),
        LoadItem(article(3, published=datetime(2023, 5, 1)), solok_facts(zone="hijau", year=2021)),
        LoadItem(article(4, published=datetime(2023, 6, 1)), Facts(
            provinces=[SUMBAR], compliance=[ComplianceResult(None, "13", 2022, "hijau", None, None, "Pemprov")])),
        LoadItem(article(5, published=datetime(2023, 7, 1)), solok_facts(zone=None, grade="a", year=2021)),
    ]
    with Store.open(db) as store:
        store.load(items, V1)
        cols, rows = store.query("SELECT level, code, name, year, zone, grade, conflict, zones, grades, articles "
                                 "FROM compliance_history ORDER BY level, code, year")
    assert rows == [
        ("province", "13", "Sumatera Barat", 2022, "hijau", None, False, ["hijau"], [], 1),
        ("region", "13.02", "Solok", 2021, "hijau", "a", False, ["hijau"], ["a"], 2),
        ("region", "13.02", "Solok", 2022, None, "A", True, ["hijau", "kuning"], ["A", "a"], 2),
    ]


def test_compliance_history_names_region_and_province_codes(db):
    """The README's first research query: results by `region_code`, as in every fact table."""
    items = [LoadItem(article(1), solok_facts(zone="hijau", year=2022)),
             LoadItem(article(2), Facts(provinces=[SUMBAR], compliance=[
                 ComplianceResult(None, "13", 2022, "hijau", None, None, "Pemprov")]))]
    with Store.open(db) as store:
        store.load(items, V1)
        _, rows = store.query("SELECT region_code, province_code, level, year, zone, conflict FROM compliance_history "
                              "ORDER BY level")
        _, solok = store.query("SELECT region_code, year, zone, score, conflict FROM compliance_history "
                               "WHERE region_code = '13.02' ORDER BY year")
    assert rows == [(None, "13", "province", 2022, "hijau", False), ("13.02", "13", "region", 2022, "hijau", False)]
    assert solok == [("13.02", 2022, "hijau", None, False)]


def test_main_database_gains_the_codes(tmp_path):
    """A database of main before the merge of ops (migrations 1-4, complaints last) is migrated by the next
    writer, 005 then 006, in order; readers then see the codes."""
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    migrate(con, upto=4)
    assert current_version(con) == 4
    con.close()
    with Store.open(path) as store:
        store.load([LoadItem(article(1), solok_facts(zone="hijau", year=2022))], V1)
    with Store.open(path, read_only=True) as store:
        assert store.schema_version() == latest_version() == 8
        assert store.query("SELECT version, name FROM schema_version ORDER BY applied_at, version")[1] == [
            (1, "tables"), (2, "views"), (3, "search_index"), (4, "complaints"),
            (5, "compliance_history_codes"), (6, "portals_and_skipped_pages"), (7, "grade_category"),
            (8, "mpp_province")]
        assert store.query("SELECT region_code, province_code FROM compliance_history")[1] == [("13.02", "13")]


def test_ops_branch_database_is_renumbered_and_gains_complaints(tmp_path):
    """A database written by the ops branch before it merged main recorded its migrations as 004 and 005:
    they are known by name, renumbered 005 and 006, and the complaints migration it missed is applied."""
    import pipeline.store.migrate as M

    shipped = {m.name: m for m in migrations()}
    path = tmp_path / "ops.duckdb"
    con = duckdb.connect(str(path))
    migrate(con, upto=3)
    for old, name in ((4, "compliance_history_codes"), (5, "portals_and_skipped_pages")):
        con.execute(shipped[name].sql)
        con.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)", [old, name])
    con.execute("INSERT INTO portals VALUES ('warta-wp', '13', now()::TIMESTAMP)")
    assert M.current_version(con) == 5 and M.newest_recorded(con) == 5
    assert migrate(con) == [4, 7, 8]
    assert con.execute("SELECT version, name FROM schema_version ORDER BY version").fetchall() == [
        (1, "tables"), (2, "views"), (3, "search_index"), (4, "complaints"),
        (5, "compliance_history_codes"), (6, "portals_and_skipped_pages"), (7, "grade_category"),
        (8, "mpp_province")]
    assert con.execute("SELECT count(*) FROM complaints").fetchone() == (0,)
    assert con.execute("SELECT key, province FROM portals").fetchall() == [("warta-wp", "13")]
    assert migrate(con) == []
    con.close()


def test_compliance_history_agrees_on_the_grade_category_not_its_wording(db):
    items = [
        LoadItem(article(1, published=datetime(2024, 3, 1)), solok_facts(grade="kategori A", year=2023)),
        LoadItem(article(2, published=datetime(2024, 4, 1)), solok_facts(grade="Opini Kualitas Tertinggi", year=2023)),
        LoadItem(article(3, published=datetime(2024, 5, 1)), solok_facts(grade="kategori A", year=2022)),
        LoadItem(article(4, published=datetime(2024, 6, 1)), solok_facts(grade="kategori B", year=2022)),
    ]
    with Store.open(db) as store:
        store.load(items, V1)
        _, rows = store.query("SELECT year, grade, grade_category, conflict, grades, grade_categories "
                              "FROM compliance_history ORDER BY year")
        _, stored = store.query("SELECT DISTINCT grade, grade_category FROM compliance ORDER BY grade")
    assert rows == [(2022, None, None, True, ["kategori A", "kategori B"], ["A", "B"]),
                    (2023, None, "A", False, ["Opini Kualitas Tertinggi", "kategori A"], ["A"])]
    assert stored == [("Opini Kualitas Tertinggi", "A"), ("kategori A", "A"), ("kategori B", "B")]


def test_officeholders_and_person_resolution(db):
    items = [
        LoadItem(article(1, published=datetime(2022, 2, 1)), solok_facts(name="Epyardi")),
        LoadItem(article(2, published=datetime(2023, 8, 1)), solok_facts(name="H. Epyardi Asda")),
        LoadItem(article(3, published=datetime(2024, 1, 5)), solok_facts(name="Epyardi Asda")),
        # same first word in another region: a different person
        LoadItem(article(4), Facts(officials=[Official("Epyardi", "Camat", "camat_desa", "13.03", "13", "s")])),
    ]
    with Store.open(db) as store:
        store.load(items[:1], V1)  # the one-word name arrives first, alone
        alone = store.query("SELECT person_id FROM officials")[1]
        store.load(items[1:], V1)
        persons = store.query("SELECT name, aliases FROM persons ORDER BY id")[1]
        assert persons == [("Epyardi Asda", ["Epyardi", "Epyardi Asda", "H. Epyardi Asda"]), ("Epyardi", ["Epyardi"])]
        _, rows = store.query("SELECT person, category, region_code, first_seen, last_seen, articles, len(sources) "
                              "FROM officeholders ORDER BY region_code")
        assert rows[0] == ("Epyardi Asda", "kepala_daerah", "13.02", datetime(2022, 2, 1), datetime(2024, 1, 5), 3, 3)
        assert rows[1][:3] == ("Epyardi", "camat_desa", "13.03")
        # the id the one-word name got first is kept by the merged person
        assert store.query("SELECT DISTINCT person_id FROM officials WHERE region_code = '13.02'")[1] == alone


def test_ambiguous_single_name_is_not_merged(db):
    sent = "s"
    facts = Facts(officials=[Official("Budi Santoso", "Kepala Dinas", "perangkat_daerah", "13.02", "13", sent),
                             Official("Budi Hartono", "Sekda", "sekda", "13.02", "13", sent),
                             Official("Budi", "Kepala Bagian", "perangkat_daerah", "13.02", "13", sent)])
    with Store.open(db) as store:
        store.load([LoadItem(article(1), facts)], V1)
        assert store.query("SELECT count(DISTINCT person_id), count(*) FROM officials")[1] == [(3, 3)]


def test_mpp_register(db):
    def mpp(status, year, n, loc=None):
        return LoadItem(article(n, published=datetime(2020 + n, 1, 1)),
                        Facts(regions=[SOLOK], mpp=[MppFact("13.02", status, year, loc, "kalimat")]))
    with Store.open(db) as store:
        store.load([mpp("planned", 2021, 1, "Alahan Panjang"), mpp("planned", None, 2), mpp("launched", 2023, 3),
                    LoadItem(article(4), Facts(mpp=[MppFact(None, "operating", 2024, None, "tanpa daerah")]))], V1)
        _, rows = store.query("SELECT region_code, region_name, stage, planned_year, planned_first_seen, "
                              "launched_year, operating_year, locations, articles FROM mpp_register")
    assert rows == [("13.02", "Solok", "launched", 2021, datetime(2021, 1, 1), 2023, None, ["Alahan Panjang"], 3)]


def test_mpp_facts_carry_their_province(db, tmp_path):
    """A region's MPP carries its province; a province's own MPP only the province (migration 008); rows
    stored before that migration get their region's province."""
    with Store.open(db) as store:
        store.load([LoadItem(article(1), Facts(regions=[SOLOK], mpp=[
            MppFact("13.02", "launched", 2024, None, "kalimat", "13"),
            MppFact(None, "launched", 2023, None, "MPP Provinsi Sumatera Barat", "13")]))], V1)
        _, rows = store.query("SELECT region_code, province_code, status FROM mpp ORDER BY region_code NULLS LAST")
        _, register = store.query("SELECT region_code, province_code FROM mpp_register")
    assert rows == [("13.02", "13", "launched"), (None, "13", "launched")]
    assert register == [("13.02", "13")]  # the register lists regions' MPPs only
    old = tmp_path / "before008.duckdb"
    con = duckdb.connect(str(old))
    migrate(con, upto=7)
    con.execute("INSERT INTO mpp (article_id, region_code, status, extractor_version) VALUES "
                "(1, '13.02', 'planned', '0.4.0'), (2, NULL, 'planned', '0.4.0')")
    migrate(con)
    assert con.execute("SELECT region_code, province_code FROM mpp ORDER BY article_id").fetchall() == [
        ("13.02", "13"), (None, None)]
    con.close()


def test_failed_load_changes_nothing(db, monkeypatch):
    import pipeline.store.load as L

    with Store.open(db) as store:
        store.load(batch(1), V1)
        before = store.counts()

        def boom(*a, **k):
            raise RuntimeError("disk on fire")
        monkeypatch.setattr(L, "resolve_persons", boom)
        with pytest.raises(RuntimeError):
            store.load([LoadItem(article(8), solok_facts())], V1)
        assert store.counts() == before


def test_timezone_aware_dates(db):
    from datetime import timedelta, timezone

    wib = timezone(timedelta(hours=7))
    art = article(1)
    art.published = datetime(2023, 1, 2, 8, 0, tzinfo=wib)
    art.fetched_at = datetime(2024, 1, 2, 8, 0, tzinfo=wib)
    with Store.open(db) as store:
        store.load([LoadItem(art, Facts())], V1)
        assert store.query("SELECT published, fetched_at FROM articles")[1] == [
            (datetime(2023, 1, 2, 8, 0), datetime(2024, 1, 2, 1, 0))]


def test_memory_store_for_unit_tests():
    with Store.open(":memory:") as store:
        store.load(batch(2), V1)
        assert store.counts()["articles"] == 2


def test_read_only_open_of_missing_file_is_clear(tmp_path):
    with pytest.raises(StoreMissing, match="no Warta database at .*nope.duckdb"):
        Store.open(tmp_path / "nope.duckdb", read_only=True)


def test_reader_cannot_write(db):
    with Store.open(db) as store:
        store.load(batch(1), V1)
    with Store.open(db, read_only=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.load(batch(1), V1)


def test_second_writer_fails_with_one_clear_line(db):
    with Store.open(db) as store:
        store.load(batch(1), V1)
        with pytest.raises(StoreLocked) as err:
            Store.open(db)
        assert str(db) in str(err.value) and "\n" not in str(err.value)
    # after the first writer closes, writing works again and the data is there
    with Store.open(db) as store:
        assert store.counts()["articles"] == 1


def test_failed_writer_session_publishes_nothing(db):
    with Store.open(db) as store:
        store.load(batch(1), V1)
    with pytest.raises(RuntimeError):
        with Store.open(db) as store:
            store.load(batch(3), V1)
            raise RuntimeError("crash after the load, before publishing")
    with Store.open(db, read_only=True) as store:
        assert store.counts()["articles"] == 1
    assert not db.with_name(db.name + ".building").exists()


def test_writer_reopens_its_working_copy_and_loses_nothing(db, monkeypatch):
    from pipeline.store import database

    monkeypatch.setattr(database, "RECYCLE_ARTICLES", 2)
    with Store.open(db) as store:
        first = store.con
        store.load([LoadItem(article(1), solok_facts())], V1)
        assert store.con is first  # under the threshold: same connection
        store.load([LoadItem(article(i), solok_facts()) for i in (2, 3)], V1)
        assert store.con is not first  # past it: re-opened
        store.load([LoadItem(article(4), solok_facts())], V1)
        assert store.counts()["articles"] == 4
    with Store.open(db, read_only=True) as store:
        counts = store.counts()
        assert counts["articles"] == 4 and counts["officials"] == 4 * len(solok_facts().officials)
        assert store.query("SELECT count(*) FROM search.docs")[1] == [(4,)]


def _writer_settings(con) -> tuple[int, str]:
    threads, limit = con.execute("SELECT current_setting('threads'), current_setting('memory_limit')").fetchone()
    return int(threads), limit


def test_the_writer_runs_on_one_duckdb_thread_with_a_fixed_memory_limit_also_after_reopening(db, monkeypatch):
    """Each DuckDB thread holds its own working memory, sized by the tables it works through: the
    writer's connection has one thread and a fixed memory limit (WRITER_CONFIG), the first one and
    every one it re-opens after RECYCLE_ARTICLES; readers keep DuckDB's default (one per core)."""
    from pipeline.store import database

    monkeypatch.setattr(database, "RECYCLE_ARTICLES", 2)
    with Store.open(db) as store:
        assert _writer_settings(store.con) == (1, "183.1 MiB")  # 192 MB as DuckDB reports it
        first = store.con
        store.load([LoadItem(article(i), solok_facts()) for i in (1, 2)], V1)
        assert store.con is not first  # re-opened ...
        assert _writer_settings(store.con) == (1, "183.1 MiB")  # ... with the same settings
    with Store.open(db, read_only=True) as store:
        assert _writer_settings(store.con)[0] == duckdb.connect(":memory:").execute(
            "SELECT current_setting('threads')").fetchone()[0]


class _SeesCheckpoints:
    """A writer's connection that records DuckDB's memory limit at each CHECKPOINT it runs."""

    def __init__(self, con, seen: list):
        self._con, self.seen = con, seen

    def execute(self, sql, *args):
        if sql == "CHECKPOINT":
            self.seen.append(self._con.execute("SELECT current_setting('memory_limit')").fetchone()[0])
        return self._con.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._con, name)


def test_the_writer_checkpoints_under_a_lower_memory_limit_and_restores_its_own(db, monkeypatch):
    """A checkpoint's vacuum merges row groups under the connection's memory limit: the writer's recycles
    and its last checkpoint run under WRITER_CHECKPOINT_LIMIT (48 MB), and the connection is back at its
    own 192 MB after each (WRITER_CONFIG; the lookups' cache)."""
    from pipeline.store import database

    monkeypatch.setattr(database, "RECYCLE_ARTICLES", 2)
    seen: list[str] = []
    with Store.open(db) as store:
        store.con = _SeesCheckpoints(store.con, seen)
        store.load([LoadItem(article(1), solok_facts())], V1)  # under RECYCLE_ARTICLES: no checkpoint
        assert seen == []
        store.load([LoadItem(article(2), solok_facts())], V1)  # past RECYCLE_ARTICLES: checkpoint, re-open
        assert seen == ["45.7 MiB"]  # 48 MB as DuckDB reports it
        assert _writer_settings(store.con) == (1, "183.1 MiB")  # the re-opened connection: its own limit
        store.load([LoadItem(article(3), solok_facts())], V1)
        store.con = _SeesCheckpoints(store.con, seen)
        store._checkpoint()  # as close() does before publishing
        assert seen == ["45.7 MiB", "45.7 MiB"]
        assert _writer_settings(store.con) == (1, "183.1 MiB")  # restored after it
        store.con = store.con._con
    with Store.open(db, read_only=True) as store:
        assert store.counts()["articles"] == 3


def test_a_checkpoint_that_runs_out_of_the_lower_limit_runs_again_under_the_writers_own(db, monkeypatch, caplog):
    """DuckDB 1.4 invalidates a database whose checkpoint cannot allocate under its limit; the writer
    re-opens its working copy (the WAL replayed) and checkpoints under its own limit: nothing lost."""
    from pipeline.store import database

    monkeypatch.setattr(database, "RECYCLE_ARTICLES", 3)
    monkeypatch.setattr(database, "WRITER_CHECKPOINT_LIMIT", "64KB")  # less than one block of 256 KB
    with caplog.at_level("INFO", logger="pipeline.store.database"):
        with Store.open(db) as store:
            store.load(batch(3), V1)  # a recycle: its checkpoint fails under 64 KB, then passes
            store.load([LoadItem(article(4), solok_facts())], V1)
    assert sum("checkpoint under 64KB failed" in r.getMessage() for r in caplog.records) >= 1
    with Store.open(db, read_only=True) as store:
        counts = store.counts()
        assert counts["articles"] == 4 and counts["officials"] == 4 * len(solok_facts().officials)
    assert not db.with_name(db.name + ".building").exists() and not db.with_name(db.name + ".wal").exists()


def test_a_failed_writer_after_reopening_still_publishes_nothing(db, monkeypatch):
    from pipeline.store import database

    monkeypatch.setattr(database, "RECYCLE_ARTICLES", 1)
    with Store.open(db) as store:
        store.load(batch(1), V1)
    with pytest.raises(RuntimeError):
        with Store.open(db) as store:
            store.load([LoadItem(article(i), solok_facts()) for i in (2, 3)], V1)
            raise RuntimeError("crash after a re-open, before publishing")
    with Store.open(db, read_only=True) as store:
        assert store.counts()["articles"] == 1


def test_working_copy_is_byte_identical(tmp_path):
    from pipeline.store.files import _copy

    src, dst = tmp_path / "a.bin", tmp_path / "b.bin"
    src.write_bytes(bytes(range(256)) * 4096)
    _copy(src, dst)
    assert dst.read_bytes() == src.read_bytes()


def test_schema_doc_is_current():
    assert DOC_PATH.read_text(encoding="utf-8") == schema_doc(), (
        "docs/schema.md drifted from the schema: run python -m pipeline.store --schema-doc --write")


def test_schema_doc_documents_every_column():
    doc = schema_doc()
    for table in ("articles", "sources", "officials", "persons", "compliance_history", "officeholders", "mpp_register"):
        assert f"### {table}" in doc
    undocumented = [line for line in doc.splitlines() if line.startswith("| `") and line.endswith("|  |")]
    assert undocumented == []


def test_lookups_in_chunks_find_every_stored_url(db, monkeypatch):
    """A writer looks URLs up `LOOKUP_KEYS` at a time (pipeline.store.sql.lookup): articles by their
    own URL, further sources, stale articles and replaced facts are all found across chunks."""
    import pipeline.store.sql as sql

    monkeypatch.setattr(sql, "LOOKUP_KEYS", 2)
    copy = article(9, text=article(1).text, portal="haluan")  # the same text: a further source of 1
    with Store.open(db) as store:
        store.load(batch(5) + [LoadItem(copy, solok_facts())], V1)
        assert store.counts()["articles"] == 5 and store.counts()["sources"] == 6
        again = store.load(batch(5) + [LoadItem(copy, solok_facts())], V1)
        assert again.unchanged_articles == 6 and not again.new["articles"] and not again.new["sources"]
        urls = [article(i).url for i in range(1, 6)] + [copy.url, "https://nowhere/x"]
        _, hashes = store.query("SELECT url, content_hash FROM articles ORDER BY id")
        assert store.stored_hashes(urls) == dict(hashes) and len(hashes) == 5  # not the source, not the unknown
        stats = store.replace_facts([(article(i).url, solok_facts(zone="merah")) for i in (1, 3, 5)], V2)
        assert stats.updated["articles"] == 3
        assert sorted(store.stored_hashes(urls, "extractor_version IS DISTINCT FROM ?", [V2])) == \
            [article(2).url, article(4).url]
