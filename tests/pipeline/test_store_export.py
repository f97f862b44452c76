"""Export to Parquet/CSV: one file or year-partitioned folder per table and view, manifest, read-only."""
from __future__ import annotations

import json
from datetime import datetime

import pandas as pd
import pytest

from pipeline.store import LoadItem, Store
from pipeline.store.export import ExportError, export
from tests.pipeline.store_helpers import article, solok_facts


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "warta.duckdb"
    with Store.open(path) as store:
        store.load([LoadItem(article(1, published=datetime(2022, 3, 1)), solok_facts(year=2021, zone="kuning")),
                    LoadItem(article(2, published=datetime(2023, 3, 1)), solok_facts(year=2022, zone="hijau")),
                    LoadItem(article(3, published=datetime(2023, 6, 1)), solok_facts(year=2022, zone="hijau"))],
                   "0.1.0")
    return path


def test_parquet_export_of_everything(db, tmp_path):
    out = tmp_path / "out"
    manifest = export(db, out, progress=False)
    tables = manifest["tables"]
    assert {"articles", "compliance", "mpp", "officials", "officeholders", "compliance_history", "mpp_register",
            "gazetteer_regions"} <= set(tables)
    assert tables["articles"]["rows"] == 3 and tables["gazetteer_regions"]["rows"] == 514
    assert tables["officeholders"]["kind"] == "view" and tables["mpp"]["kind"] == "table"
    assert manifest["extractor_versions"] == {"0.1.0": 3} and manifest["format"] == "parquet"
    assert json.loads((out / "manifest.json").read_text()) == manifest
    # partitioned by year, read back as one table with its year column
    assert sorted(p.name for p in (out / "articles").iterdir()) == ["year=2022", "year=2023"]
    compliance = pd.read_parquet(out / "compliance")
    assert sorted(compliance["year"].astype(int)) == [2021, 2022, 2022]
    assert tables["compliance"]["partitioned_by"] == "year" and len(tables["compliance"]["files"]) == 2
    register = pd.read_parquet(out / "mpp_register.parquet")
    assert register.loc[0, "region_code"] == "13.02" and len(register.loc[0, "sources"]) == 3
    for entry in tables.values():
        for f in entry["files"]:
            assert (out / f).is_file()


def test_csv_export_of_chosen_tables(db, tmp_path):
    manifest = export(db, tmp_path, fmt="csv", tables=["mpp_register", "compliance_history"], progress=False)
    assert list(manifest["tables"]) == ["mpp_register", "compliance_history"]
    frame = pd.read_csv(tmp_path / "mpp_register.csv")
    assert list(frame["region_code"]) == [13.02] or list(frame["region_code"].astype(str)) == ["13.02"]
    history = pd.concat(pd.read_csv(p).assign(year=p.parent.name) for p in (tmp_path / "compliance_history").rglob("*.csv"))
    assert sorted(history["year"]) == ["year=2021", "year=2022"]
    assert not (tmp_path / "articles").exists()


def test_existing_output_needs_overwrite(db, tmp_path):
    export(db, tmp_path, tables=["mpp"], progress=False)
    with pytest.raises(ExportError, match="already exists"):
        export(db, tmp_path, tables=["mpp"], progress=False)
    assert export(db, tmp_path, tables=["mpp"], overwrite=True, progress=False)["tables"]["mpp"]["rows"] == 3


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
