"""`warta facts`, `warta search`, `warta export` through click's CliRunner on a real DuckDB file."""
from __future__ import annotations

import json
from datetime import datetime

import pytest
from click.testing import CliRunner

from flows.cli import cli
from pipeline.facttypes.complaints import Complaint
from pipeline.models import Facts
from pipeline.store import LoadItem, Store
from tests.pipeline.store_helpers import article, solok_facts


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "warta.duckdb"
    with Store.open(path) as store:
        store.load([
            LoadItem(article(1, published=datetime(2023, 5, 5)), solok_facts(year=2022, zone="hijau")),
            LoadItem(article(2, published=datetime(2024, 2, 1)), solok_facts(name="Jon Firman Pandu", year=2023,
                                                                                 zone=None, grade="kategori A")),
            LoadItem(article(3, text="Mal Pelayanan Publik Tabanan diresmikan bupati.", published=datetime(2024, 8, 20)),
                     Facts()),
            LoadItem(article(4, text="Ombudsman Sumbar menerima laporan masyarakat tentang pelayanan.",
                             published=datetime(2025, 1, 10)),
                     Facts(complaints=[Complaint("13", "13.02", 31, 2024, "Pemkab Solok dilaporkan 31 kali.")])),
        ], "0.1.0")
    return path


def run(db, *args):
    return CliRunner().invoke(cli, list(args), env={"WARTA_DB": str(db)}, catch_exceptions=False)


@pytest.mark.parametrize("region", ["13.02", "Kabupaten Solok", "Kab. Solok", "kabupaten solok"])
def test_facts_for_a_region(db, region):
    result = run(db, "facts", region)
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith("Kabupaten Solok (13.02), Sumatera Barat")
    assert "Epyardi Asda: Bupati Solok" in out and "Jon Firman Pandu: Bupati Solok" in out
    assert "2022: zona hijau" in out and "2023: kategori A" in out
    assert "2023-05-05  https://padek.example/berita/1" in out
    assert "stage: planned  (planned 2024)" in out
    assert "Reports to the Ombudsman\n  2024: 31 reports\n      2025-01-10  https://padek.example/berita/4" in out


def test_facts_as_json(db):
    result = run(db, "facts", "13.02", "--format", "json")
    data = json.loads(result.output)
    assert data["code"] == "13.02" and data["articles"] == 2
    assert [c["year"] for c in data["compliance"]] == [2023, 2022]
    assert data["compliance"][1]["sources"] == [{"url": "https://padek.example/berita/1", "date": "2023-05-05 00:00"}]
    assert {o["person"] for o in data["officials"]} == {"Epyardi Asda", "Jon Firman Pandu"}
    assert data["mpp"]["stage"] == "planned" and data["mpp"]["evidence"][0]["url"].startswith("https://padek")
    assert [(c["year"], c["count"], c["office_province_code"]) for c in data["complaints"]] == [(2024, 31, "13")]


def test_region_without_facts(db):
    result = run(db, "facts", "HSS")
    assert result.exit_code == 0
    assert result.output.startswith("Kabupaten Hulu Sungai Selatan (63.06), Kalimantan Selatan")
    assert "(none reported)" in result.output and "(no MPP reported)" in result.output
    assert "(no report counts)" in result.output


@pytest.mark.parametrize("region, message", [
    ("Solok", "'Solok' is ambiguous: 13.02 Kabupaten Solok (Sumatera Barat), 13.72 Kota Solok"),
    ("Atlantis", "unknown region 'Atlantis'"),
    ("Solokk", "did you mean"),
    ("13", "13 is a province code"),
    ("99.99", "no kabupaten/kota with code 99.99"),
])
def test_facts_user_errors_are_one_line(db, region, message):
    result = run(db, "facts", region)
    assert result.exit_code == 1
    assert message in result.output and result.output.count("\n") == 1 and "Traceback" not in result.output


def test_search_prints_ranked_hits(db):
    result = run(db, "search", "mal", "pelayanan", "--limit", "1")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "1. Judul 3"
    assert lines[1] == "   2024-08-20 · padek · https://padek.example/berita/3"
    assert "«Mal» «Pelayanan» Publik Tabanan" in lines[2]
    assert "2." not in result.output


def test_search_json_and_no_match(db):
    data = json.loads(run(db, "search", "Solok", "--format", "json").output)
    assert data["method"] == "bm25" and {h["url"] for h in data["hits"]} == {
        "https://padek.example/berita/1", "https://padek.example/berita/2"}
    assert "no article matches" in run(db, "search", "kapal selam").output


def test_export_writes_files_and_manifest(db, tmp_path):
    out = tmp_path / "exp"
    result = run(db, "export", "--format", "csv", "--out", str(out), "--table", "compliance", "--table", "mpp_register")
    assert result.exit_code == 0, result.output
    assert "exported 2 table(s), 3 rows, as csv" in result.output
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["tables"]["compliance"]["rows"] == 2 and (out / "mpp_register.csv").is_file()
    again = run(db, "export", "--out", str(out), "--table", "compliance", "--format", "csv")
    assert again.exit_code == 1 and "already exists" in again.output and "--force" in again.output
    assert run(db, "export", "--out", str(out), "--table", "compliance", "--format", "csv", "--force").exit_code == 0


@pytest.mark.parametrize("args, message", [
    (["export", "--out", "X", "--table", "nope"], "unknown table or view nope"),
    (["export", "--out", "X", "--format", "xlsx"], "Invalid value for '--format'"),
    (["search", "?!"], "empty search"),
    (["search", "x", "--limit", "0"], "Invalid value for '-n' / '--limit'"),
])
def test_user_errors(db, tmp_path, args, message):
    args = [str(tmp_path / a) if a == "X" else a for a in args]
    result = run(db, *args)
    assert result.exit_code != 0 and message in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("args", [["facts", "13.02"], ["search", "solok"], ["export", "--out", "OUT"]])
def test_missing_database(tmp_path, args):
    args = [str(tmp_path / "o") if a == "OUT" else a for a in args]
    result = run(tmp_path / "none.duckdb", *args)
    assert result.exit_code == 1
    assert result.output.startswith("Error: no Warta database at") and result.output.count("\n") == 1


@pytest.mark.slow
def test_on_the_demo_database(demo_run, tmp_path):
    """The real flow published the index: search ranks from it; facts and export read the real corpus."""
    db = demo_run["db"]
    data = json.loads(run(db, "search", "mal pelayanan publik diresmikan", "--format", "json").output)
    assert data["method"] == "bm25" and 5 <= len(data["hits"]) < 10  # an MPP (by any name) and resmi-
    assert all("MPP" in h["snippet"] or "elayanan" in h["snippet"] for h in data["hits"])
    anyword = json.loads(run(db, "search", "mal pelayanan publik diresmikan", "--any", "--format", "json").output)
    assert len(anyword["hits"]) == 10
    assert "MPP" in data["hits"][0]["title"] and data["hits"][0]["url"].startswith("http://127.0.0.1")
    facts = json.loads(run(db, "facts", "Kabupaten Solok", "--format", "json").output)
    assert "Epyardi Asda" in {o["person"] for o in facts["officials"]}
    assert any(c["zone"] == "hijau" and c["sources"] for c in facts["compliance"])
    result = run(db, "export", "--out", str(tmp_path / "x"), "--quiet")
    assert result.exit_code == 0
    manifest = json.loads((tmp_path / "x" / "manifest.json").read_text())
    with Store.open(db, read_only=True) as store:
        counts = store.counts()
    assert counts["articles"] > 20
    assert {t: manifest["tables"][t]["rows"] for t in counts} == counts
