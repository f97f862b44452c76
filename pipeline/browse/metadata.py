"""datasette's metadata for the snapshot (pure): titles, descriptions, facets, search, canned queries,
source and licence.

Everything is derived from the snapshot's own description (`_warta_snapshot`, written by
pipeline.store.snapshot from the schema's COMMENT ON text), so a new fact table (a migration with its
comments) appears with its descriptions and the facets its columns allow, without a change here.
"""
from __future__ import annotations

import json

#: The database name in every URL: /warta, /warta/compliance.json.
DATABASE = "warta"

#: Columns faceted wherever a table or view has them, in this order.
FACETS = ("fact", "level", "province_code", "region_code", "year", "zone", "grade_category", "status", "stage",
          "category", "kind", "conflict", "portal")
#: JSON-array columns faceted by their items.
ARRAY_FACETS = ("regions", "provinces", "fact_types")
#: Tables that are reference data, not facts: no facets.
REFERENCE = ("gazetteer_provinces", "gazetteer_regions", "schema_version", "persons")
#: Tables of the snapshot that are machinery, not data (`maps` holds the SVGs the pages embed; its
#: areas are the table `map_areas`).
HIDDEN = ("_warta_snapshot", "schema_version", "maps")
#: Titles that humanising the name gets wrong.
TITLES = {"mpp": "MPP facts", "mpp_register": "MPP register", "facts": "All facts",
          "gazetteer_regions": "Kabupaten/kota (gazetteer)", "gazetteer_provinces": "Provinces (gazetteer)",
          "map_areas": "Map areas (the facts behind each province on the maps)"}
#: Label columns for foreign keys (datasette shows these instead of codes and ids).
LABELS = {"gazetteer_regions": "label", "gazetteer_provinces": "name", "articles": "title", "persons": "name"}
#: Default order of rows.
SORT_DESC = {"articles": "date", "compliance": "year", "compliance_history": "year", "facts": "published",
             "mpp": "year", "sources": "published", "officeholders": "last_seen"}

SOURCE = "Indonesian regional news portals (every fact row has its source_url); region codes: Kemendagri"
LICENSE = ("Extracted facts: MIT, like Warta's code; evidence sentences and article texts: quoted from and "
           "© their publishers, each with its URL; gazetteer: Kepmendagri 300.2.2-2138/2025 via cahyadsn/wilayah (MIT)")

_GOVERNMENT = ("code = trim(:{p}) OR lower(label) = lower(trim(:{p})) OR lower(name) = lower(trim(:{p}))")
_PROVINCE = "code = trim(:{p}) OR lower(name) = lower(trim(:{p}))"

#: Canned queries: name -> (tables they need, title, description, SQL).
QUERIES = {
    "region_facts": (
        ("facts", "gazetteer_regions"),
        "Everything about one kabupaten/kota",
        "Every fact about a kabupaten/kota (compliance results, MPP, officeholders, …) with its evidence and "
        "source. Give a code (13.02), a label (Kabupaten Solok) or a name (Solok: both Solok's).",
        """SELECT r.label AS region, f.fact, f.year, f.summary, f.evidence, f.evidence_link, f.source_url,
       f.published, f.fact_rowid
FROM facts f JOIN gazetteer_regions r ON r.code = f.region_code
WHERE f.region_code IN (SELECT code FROM gazetteer_regions WHERE """ + _GOVERNMENT.format(p="region") + """)
ORDER BY r.code, f.fact, f.year DESC, f.published""",
    ),
    "province_compliance": (
        ("compliance_history", "gazetteer_provinces"),
        "Compliance history of a province",
        "Ombudsman compliance results of a province's government and of its kabupaten/kota, year by year "
        "(conflicting reports flagged). Give a province code (13) or name (Sumatera Barat).",
        """SELECT h.level, h.code, h.name, h.year, h.zone, h.grade, h.score, h.conflict, h.zones, h.grades,
       h.articles, h.sources
FROM compliance_history h
WHERE h.province_code IN (SELECT code FROM gazetteer_provinces WHERE """ + _PROVINCE.format(p="province") + """)
ORDER BY h.level = 'region', h.name, h.year""",
    ),
    "mpp_overview": (
        ("mpp_register", "gazetteer_provinces"),
        "The MPP register",
        "Every kabupaten/kota with a Mal Pelayanan Publik reported: its furthest stage and the years of each "
        "stage, with sources. Optionally one province (code or name); empty for all.",
        """SELECT p.name AS province, m.region_name, m.kind, m.stage, m.planned_year, m.launched_year,
       m.operating_year, m.locations, m.articles, m.sources
FROM mpp_register m LEFT JOIN gazetteer_provinces p ON p.code = m.province_code
WHERE trim(:province) = '' OR m.province_code IN (SELECT code FROM gazetteer_provinces WHERE """
        + _PROVINCE.format(p="province") + """)
ORDER BY p.name, m.region_name""",
    ),
    "region_officeholders": (
        ("officeholders", "gazetteer_regions", "gazetteer_provinces"),
        "Officeholders of a region",
        "Who held which office of a kabupaten/kota (code, label or name) or of a province (code or name), "
        "first and last seen, with sources.",
        """SELECT o.person, o.category, o.roles, coalesce(r.label, p.name) AS office_of, o.first_seen, o.last_seen,
       o.articles, o.sources, o.person_id
FROM officeholders o
LEFT JOIN gazetteer_regions r ON r.code = o.region_code
LEFT JOIN gazetteer_provinces p ON p.code = o.province_code
WHERE o.region_code IN (SELECT code FROM gazetteer_regions WHERE """ + _GOVERNMENT.format(p="region") + """)
   OR (o.region_code IS NULL AND o.province_code IN (SELECT code FROM gazetteer_provinces WHERE """
        + _PROVINCE.format(p="region") + """))
ORDER BY office_of, o.category, o.first_seen""",
    ),
}


def title(name: str) -> str:
    return TITLES.get(name) or name.replace("_", " ").capitalize()


def metadata(info: dict[str, str]) -> dict:
    """datasette metadata for a snapshot, given its `_warta_snapshot` table (pipeline.store.snapshot.read_info)."""
    described = json.loads(info.get("describe") or "[]")
    names = {d["name"] for d in described}
    tables: dict[str, dict] = {}
    for d in described:
        columns = d.get("columns") or {}
        meta = {"title": title(d["name"]), "description": (d.get("comment") or "")
                + (" (A view of the database, materialised in this snapshot.)" if d.get("kind") == "view" else "")}
        meta["columns"] = {c: text for c, text in columns.items() if text}
        if d["name"] not in REFERENCE:
            facets = [c for c in FACETS if c in columns]
            facets += [{"array": c} for c in ARRAY_FACETS if c in columns]
            if facets:
                meta["facets"] = facets
        if d["name"] in LABELS:
            meta["label_column"] = LABELS[d["name"]]
        if SORT_DESC.get(d["name"]) in columns:
            meta["sort_desc"] = SORT_DESC[d["name"]]
        if d["name"] == "articles":
            meta.update(fts_table="articles_fts", fts_pk="id", searchmode="escaped")
            meta["description"] += (' Search: words must all occur; "a phrase" in quotes must occur as written; '
                                    "MPP finds mal pelayanan publik and the reverse (data/search/synonyms.toml).")
        tables[d["name"]] = meta
    for name in HIDDEN:
        tables.setdefault(name, {})["hidden"] = True
    queries = {name: {"title": t, "description": desc, "sql": sql, "hide_sql": True}
               for name, (needs, t, desc, sql) in QUERIES.items() if set(needs) <= names}
    built = info.get("built_at", "")
    return {
        "title": "Warta: facts on Indonesian local public services",
        "description": ("Ombudsman compliance results, Mal Pelayanan Publik (MPP) and officeholders of Indonesian "
                        "regional governments, read from regional news; every fact with its evidence sentence "
                        f"and source URL. Read-only snapshot built {built}."),
        "source": SOURCE,
        "license": LICENSE,
        "databases": {DATABASE: {
            "title": "Warta facts",
            "description": f"Snapshot of {info.get('database', '')} (schema version {info.get('schema_version', '?')}), "
                           f"built {built}.",
            "source": SOURCE,
            "license": LICENSE,
            "tables": tables,
            "queries": queries,
        }},
    }


#: datasette settings (`--setting`): what a researcher's browser needs, nothing that writes.
SETTINGS = {
    "default_page_size": 50,
    "truncate_cells_html": 300,
    "sql_time_limit_ms": 5000,
    "facet_time_limit_ms": 1000,
    "suggest_facets": False,
    "allow_download": True,
}
