"""Export to Parquet/CSV: every column with its type in every file (read back and compared with the
database), the manifest, and an export that writes and replaces only what it owns."""
from __future__ import annotations

import json
import os
from datetime import datetime

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.models import ComplianceResult, Facts
from pipeline.store import LoadItem, QueryRefused, Store
from pipeline.store.export import MANIFEST, STAGING, ExportError, export
from tests.pipeline.store_helpers import SOLOK, SUMBAR, article, solok_facts


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "warta.duckdb"
    no_year = Facts(regions=[SOLOK], provinces=[SUMBAR], compliance=[
        ComplianceResult("13.02", "13", None, "kuning", None, 71.5, "Solok masuk zona kuning.")])
    undated = article(4)
    undated.published = None
    with Store.open(path) as store:
        store.load([LoadItem(article(1, published=datetime(2022, 3, 1)), solok_facts(year=2021, zone="kuning")),
                    LoadItem(article(2, published=datetime(2023, 3, 1)), solok_facts(year=2022, zone="hijau")),
                    LoadItem(article(3, published=datetime(2023, 6, 1)), solok_facts(year=2022, zone="hijau")),
                    LoadItem(undated, no_year)],
                   "0.1.0")
    return path


def files_under(folder) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


# ---------------------------------------------------------------------- every column, with its type
def database_rows(con, table: str, columns: list[str]) -> str:
    return f"SELECT {', '.join(columns)} FROM w.{table}"


def assert_same_rows(con, table: str, exported_sql: str, columns: list[str]) -> None:
    """The exported rows are the database's rows, as multisets, with the same column types."""
    ours = database_rows(con, table, columns)
    theirs = f"SELECT {', '.join(columns)} FROM ({exported_sql})"
    diff = con.execute(f"SELECT count(*) FROM (({ours}) EXCEPT ALL ({theirs})) UNION ALL "
                       f"SELECT count(*) FROM (({theirs}) EXCEPT ALL ({ours}))").fetchall()
    assert diff == [(0,), (0,)], table
    def types(sql: str) -> list[tuple[str, str]]:
        return [(r[0], r[1]) for r in con.execute(f"DESCRIBE {sql}").fetchall()]

    assert types(ours) == types(theirs), table


@pytest.fixture
def checker(db):
    con = duckdb.connect(":memory:")
    con.execute(f"ATTACH '{db}' AS w (READ_ONLY)")
    yield con
    con.close()


def test_parquet_keeps_every_column_with_its_type(db, tmp_path, checker):
    out = tmp_path / "out"
    manifest = export(db, out, progress=False)
    tables = manifest["tables"]
    assert {"articles", "compliance", "mpp", "officials", "officeholders", "compliance_history", "mpp_register",
            "gazetteer_regions", "persons", "sources"} <= set(tables)
    assert manifest["extractor_versions"] == {"0.1.0": 4} and manifest["format"] == "parquet"
    assert json.loads((out / MANIFEST).read_text()) == manifest
    assert files_under(out) == {MANIFEST} | {f for t in tables.values() for f in t["files"]}
    for name, entry in tables.items():
        columns = [f'"{c}"' for c in entry["columns"] if not (name == "articles" and c == "year")]
        files = ", ".join(f"'{out / f}'" for f in entry["files"])
        assert_same_rows(checker, name, f"SELECT * FROM read_parquet([{files}], hive_partitioning = false)", columns)
        assert entry["rows"] == checker.execute(f"SELECT count(*) FROM w.{name}").fetchone()[0]
    # year-partitioned folders: the year is in the files too, with its type, NULL included
    assert sorted(p.name for p in (out / "compliance").iterdir()) == ["year=2021", "year=2022", "year=NULL"]
    compliance = pq.read_table(out / "compliance", partitioning=None)
    assert compliance.schema.field("year").type == pa.int32()
    assert sorted(compliance.column("year").to_pylist(), key=str) == [2021, 2022, 2022, None]
    articles = pq.read_table(out / "articles", partitioning=None)
    assert sorted(articles.column("year").to_pylist()) == [2022, 2023, 2023, 2024]  # the undated one: fetch year
    register = pq.read_table(out / "mpp_register.parquet").to_pylist()
    assert register[0]["region_code"] == "13.02" and len(register[0]["sources"]) == 3


def test_csv_is_one_file_per_table_with_lists_as_json(db, tmp_path, checker):
    manifest = export(db, tmp_path, fmt="csv", progress=False)
    tables = manifest["tables"]
    assert all(entry["files"] == [f"{name}.csv"] for name, entry in tables.items())
    assert tables["mpp_register"]["json_columns"] == ["locations", "sources"]
    assert "aliases" in tables["persons"]["json_columns"] and tables["articles"]["json_columns"] == []
    for name, entry in tables.items():
        types = entry["columns"]
        read_as = {c: ("VARCHAR" if c in entry["json_columns"] else t) for c, t in types.items()}
        columns = [f'"{c}"' for c in types]
        decoded = ", ".join(f'CAST("{c}"::JSON AS {t}) AS "{c}"' if c in entry["json_columns"] else f'"{c}"'
                            for c, t in types.items())
        source = (f"SELECT {decoded} FROM read_csv('{tmp_path / entry['files'][0]}', header = true, "
                  f"columns = {read_as!r}, allow_quoted_nulls = false)")
        assert_same_rows(checker, name, source, columns)
    line = (tmp_path / "mpp_register.csv").read_text().splitlines()[1]
    assert '"[""https://padek.example/berita/' in line  # a JSON list in a quoted CSV field


# ---------------------------------------------------------------------- writes only what it owns
def test_an_earlier_export_is_replaced_only_with_force(db, tmp_path):
    export(db, tmp_path, tables=["mpp", "mpp_register"], progress=False)
    with pytest.raises(ExportError, match="already exists.*--force"):
        export(db, tmp_path, tables=["mpp"], progress=False)
    manifest = export(db, tmp_path, tables=["mpp"], overwrite=True, progress=False)
    assert manifest["tables"]["mpp"]["rows"] == 3 and list(manifest["tables"]) == ["mpp"]
    # the earlier export's files are gone with it: the folder holds exactly what the manifest lists
    assert files_under(tmp_path) == {MANIFEST, "mpp.parquet"}


def test_force_never_deletes_a_file_it_did_not_write(db, tmp_path):
    export(db, tmp_path, progress=False)
    thesis = tmp_path / "articles" / "thesis.txt"
    thesis.write_text("years of work")
    before = files_under(tmp_path)
    with pytest.raises(ExportError, match="holds files no export wrote \\(articles/thesis.txt\\)"):
        export(db, tmp_path, overwrite=True, progress=False)
    assert thesis.read_text() == "years of work" and files_under(tmp_path) == before


@pytest.mark.parametrize("overwrite", [False, True])
def test_a_folder_with_other_files_is_refused(db, tmp_path, overwrite):
    (tmp_path / "notes.md").write_text("mine")
    with pytest.raises(ExportError, match="holds files no export wrote \\(notes.md\\)"):
        export(db, tmp_path, overwrite=overwrite, progress=False)
    assert files_under(tmp_path) == {"notes.md"}


def test_a_manifest_cannot_claim_files_outside_the_folder_or_links(db, tmp_path):
    out = tmp_path / "out"
    export(db, out, tables=["mpp"], progress=False)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    manifest = json.loads((out / MANIFEST).read_text())
    manifest["tables"]["mpp"]["files"] += ["../victim.txt", str(victim)]
    (out / MANIFEST).write_text(json.dumps(manifest))
    export(db, out, tables=["mpp"], overwrite=True, progress=False)
    assert victim.read_text() == "keep me"
    os.symlink(victim, out / "link.parquet")
    with pytest.raises(ExportError, match="link.parquet"):
        export(db, out, tables=["mpp"], overwrite=True, progress=False)
    assert victim.read_text() == "keep me"


def test_the_exporter_writes_nowhere_but_its_working_folder(db, tmp_path):
    with Store.open_for_export(db, tmp_path / "out" / STAGING) as store:
        with pytest.raises(duckdb.PermissionException):
            store.con.execute(f"COPY (SELECT 1) TO '{tmp_path / 'elsewhere.csv'}'")
        with pytest.raises(duckdb.PermissionException):
            store.con.execute("SELECT * FROM read_csv('/etc/passwd')")
        with pytest.raises(QueryRefused):
            store.query(f"COPY (SELECT 1) TO '{tmp_path / 'out' / STAGING / 'x.csv'}'")
    assert not (tmp_path / "elsewhere.csv").exists()


@pytest.mark.parametrize("kwargs, message", [
    (dict(tables=["nope"]), "unknown table or view nope"),
    (dict(fmt="xlsx"), "unknown format"),
])
def test_bad_requests(db, tmp_path, kwargs, message):
    with pytest.raises(ExportError, match=message):
        export(db, tmp_path / "x", progress=False, **kwargs)
    assert not (tmp_path / "x").exists()


def test_export_is_a_reader_alongside_other_readers(db, tmp_path):
    with Store.open(db, read_only=True) as other:
        manifest = export(db, tmp_path, tables=["articles"], progress=False)
        assert other.counts()["articles"] == manifest["tables"]["articles"]["rows"]
    before = db.stat().st_mtime_ns
    export(db, tmp_path / "again", progress=False)
    assert db.stat().st_mtime_ns == before
