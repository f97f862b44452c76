"""docs/schema.md, generated from the live schema (duckdb_tables/duckdb_views/duckdb_columns and the
COMMENT ON text of the migrations). `python -m pipeline.store --schema-doc --write` regenerates it;
tests fail when the file drifts from what this produces."""
from __future__ import annotations

from pathlib import Path

import duckdb

from pipeline.config import REPO_ROOT
from pipeline.store.migrate import current_version, migrate

DOC_PATH = REPO_ROOT / "docs" / "schema.md"


def _cell(text) -> str:
    return ("" if text is None else str(text)).replace("|", "\\|").replace("\n", " ")


def render(con: duckdb.DuckDBPyConnection) -> str:
    """Markdown describing every table and view of the database behind `con`."""
    version = current_version(con)
    lines = [
        "# Warta database schema",
        "",
        f"Generated from the live schema (version {version}) by `python -m pipeline.store --schema-doc --write`;",
        "do not edit by hand: descriptions come from `COMMENT ON` in `pipeline/store/migrations/*.sql`.",
        "",
        "The writer builds into `<db>.building` and publishes it atomically onto `<db>`; open `<db>` read-only",
        "(`Store.open(path, read_only=True)`) to query. Dates of facts are their article's `published`, else",
        "`fetched_at`.",
        "",
    ]
    kinds = (
        ("Tables", "SELECT table_name, comment FROM duckdb_tables() WHERE schema_name = 'main' AND NOT internal "
                   "ORDER BY table_oid", "main"),
        ("Views", "SELECT view_name, comment FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal "
                  "ORDER BY view_oid", "main"),
        ("Search index (schema `search`, kept by every load; `warta search` reads it)",
         "SELECT table_name, comment FROM duckdb_tables() WHERE schema_name = 'search' ORDER BY table_oid", "search"),
    )
    for heading, sql, schema in kinds:
        objects = con.execute(sql).fetchall()
        prefix = "" if schema == "main" else f"{schema}."
        lines += [f"## {heading}", ""]
        lines += [f"- [`{prefix}{name}`](#{prefix.replace('.', '')}{name})" for name, _ in objects] + [""]
        for name, comment in objects:
            lines += [f"### {prefix}{name}", "", _cell(comment) or "(no description)", "",
                      "| column | type | nullable | description |", "|---|---|---|---|"]
            for col, typ, nullable, ccomment in con.execute(
                    "SELECT column_name, data_type, is_nullable, comment FROM duckdb_columns() "
                    "WHERE schema_name = ? AND table_name = ? ORDER BY column_index", [schema, name]).fetchall():
                lines.append(f"| `{col}` | {typ} | {'yes' if nullable else 'no'} | {_cell(ccomment)} |")
            lines.append("")
    return "\n".join(lines)


def schema_doc() -> str:
    """The schema document of a fresh database at the latest version."""
    con = duckdb.connect(":memory:")
    try:
        migrate(con)
        return render(con)
    finally:
        con.close()


def write_schema_doc(path: Path = DOC_PATH) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(schema_doc(), encoding="utf-8")
    return path
