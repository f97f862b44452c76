"""datasette metadata from a snapshot's description (pure)."""
from __future__ import annotations

import json

from pipeline.browse import metadata as M


def info(*described):
    return {"describe": json.dumps(list(described)), "built_at": "2026-12-01T00:00:00+00:00",
            "database": "/d/warta.duckdb", "schema_version": "3"}


def table(name, columns, comment="A table.", kind="table", fact=False):
    return {"name": name, "kind": kind, "comment": comment, "columns": columns, "fact": fact}


def test_titles_descriptions_and_facets_follow_the_columns():
    meta = M.metadata(info(
        table("compliance", {"region_code": "Assessed.", "year": "Year.", "zone": "Zone.", "evidence": "S."}, fact=True),
        table("complaints", {"province_code": "P.", "portal": "Portal.", "subject": "What."}, fact=True),
        table("mpp_register", {"stage": "Stage."}, comment="MPP per region.", kind="view"),
        table("gazetteer_regions", {"code": "Code.", "province_code": "P.", "label": "Label."}),
    ))
    tables = meta["databases"]["warta"]["tables"]
    assert tables["compliance"]["facets"] == ["region_code", "year", "zone"]
    assert tables["complaints"]["facets"] == ["province_code", "portal"]  # a new fact type needs no code here
    assert tables["complaints"]["columns"]["subject"] == "What." and tables["complaints"]["title"] == "Complaints"
    assert tables["mpp_register"]["title"] == "MPP register"
    assert tables["mpp_register"]["description"].startswith("MPP per region. (A view")
    assert "facets" not in tables["gazetteer_regions"] and tables["gazetteer_regions"]["label_column"] == "label"
    assert tables["_warta_snapshot"] == {"hidden": True}
    assert meta["license"] and meta["source"] and "2026-12-01" in meta["description"]


def test_canned_queries_need_their_tables():
    only = M.metadata(info(table("facts", {"region_code": "R."}), table("gazetteer_regions", {"code": "C."})))
    assert set(only["databases"]["warta"]["queries"]) == {"region_facts"}
    assert only["databases"]["warta"]["queries"]["region_facts"]["hide_sql"] is True


def test_articles_are_searchable_with_array_facets():
    meta = M.metadata(info(table("articles", {"portal": "P.", "date": "D.", "regions": "R.", "fact_types": "F."})))
    articles = meta["databases"]["warta"]["tables"]["articles"]
    assert articles["fts_table"] == "articles_fts" and articles["searchmode"] == "escaped"
    assert articles["facets"] == ["portal", {"array": "regions"}, {"array": "fact_types"}]
    assert articles["sort_desc"] == "date" and "phrase" in articles["description"]
