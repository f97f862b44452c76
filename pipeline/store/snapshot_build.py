"""What a browse snapshot holds: the published DuckDB database's tables and views copied into a new
SQLite file (`build`), then the steps that add pages (`STEPS`: facts, search, maps), and the values
derived on the way (`evidence_link`). Publishing it (where, whether, atomically, in which process) is
pipeline/store/snapshot.py, whose documentation describes the snapshot's tables."""
from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote, urldefrag

import duckdb

from pipeline.searchquery import load_synonyms, other_names

log = logging.getLogger("pipeline.store.snapshot")

#: Bumped whenever what a snapshot holds changes: an older snapshot is then rebuilt.
FORMAT = 2
#: Table of the snapshot that describes it (hidden in datasette).
INFO_TABLE = "_warta_snapshot"
#: Fact tables that record mentions, not facts about a government: left out of `facts`.
MENTION_TABLES = ("regions", "provinces")
#: Tables with an article_id that are not fact tables.
NOT_FACTS = ("articles", "sources")

#: column name -> (table, column) it refers to, where both exist in the snapshot.
FOREIGN_KEYS = {
    "article_id": ("articles", "id"),
    "region_code": ("gazetteer_regions", "code"),
    "province_code": ("gazetteer_provinces", "code"),
    "person_id": ("persons", "id"),
}
#: (table, column) -> referenced table, for the mention tables whose `code` is a gazetteer code.
CODE_KEYS = {("regions", "code"): "gazetteer_regions", ("provinces", "code"): "gazetteer_provinces"}

#: Descriptions of the columns and tables the snapshot adds to the schema's own.
DERIVED = {
    "source_url": "URL of the article this fact was read in (its own URL; further copies are in sources).",
    "published": "The article's publication time (else when it was fetched).",
    "portal": "Portal key of the article.",
    "evidence_link": "The source URL opened at the evidence sentence (a text fragment, #:~:text=, "
                     "which Chromium-based browsers highlight).",
    "province_code@compliance_history": "Province of the government (its own code for a province-level result).",
    "label@gazetteer_regions": "Kabupaten X or Kota X: the name as a label.",
    "date@articles": "Publication day, else the day it was fetched (YYYY-MM-DD).",
    "regions@articles": "Kabupaten/kota the article mentions (JSON array of labels).",
    "provinces@articles": "Provinces the article mentions (JSON array of names).",
    "fact_types@articles": "Fact tables holding a fact from this article (JSON array).",
    "search_synonyms@articles": "Other names of what the article mentions (data/search/synonyms.toml), "
                                "indexed so that a search for any name finds it.",
}
FACTS_TABLE = {
    "comment": "Every fact of every fact table, one row each, with a one-line summary, its evidence and "
               "its source: everything known about a kabupaten/kota in one place.",
    "columns": {
        "fact": "Fact table the row comes from (compliance, mpp, officials, ...).",
        "fact_rowid": "The row in that table (its page shows every column).",
        "region_code": "Kabupaten/kota the fact is about; NULL for provincial or national facts.",
        "province_code": "Province the fact is about.",
        "year": "Year the fact states (assessment year, MPP year), when the table has one.",
        "summary": "The fact's own columns, as 'column: value; …'.",
        "evidence": "The sentence that states the fact.",
        "evidence_link": DERIVED["evidence_link"],
        "source_url": DERIVED["source_url"],
        "published": DERIVED["published"],
        "portal": DERIVED["portal"],
        "article_id": "The article (articles.id).",
    },
}
#: Columns of a fact table that `facts` has as columns of its own (not in its summary).
_FACT_COMMON = ("article_id", "region_code", "province_code", "year", "evidence", "extractor_version",
                "name_key", "person_id", "source_url", "published", "portal", "evidence_link", "grade_category")


@dataclass
class Described:
    """A table or view of the snapshot, with the schema's descriptions."""

    name: str
    kind: str  # "table" or "view" (a materialised view)
    comment: str | None
    columns: dict[str, str | None] = field(default_factory=dict)
    fact: bool = False  # a fact table (has article_id; neither articles nor sources)


# ---------------------------------------------------------------------- building
def build(con: duckdb.DuckDBPyConnection, path: Path, *, source: str = "", database: Path | None = None,
          previous: Path | None = None) -> dict[str, int]:
    """Write the snapshot of the database behind `con` to the new SQLite file `path`; returns rows per
    table. `previous`, the snapshot it replaces, is attached read-only as `previous` while the steps
    run, for a step to reuse what it built there."""
    path.unlink(missing_ok=True)
    sq = sqlite3.connect(str(path), uri=True)  # uri: to attach `previous` read-only (a plain path stays a path)
    try:
        sq.execute("PRAGMA journal_mode = OFF")
        sq.execute("PRAGMA synchronous = OFF")
        described = describe(con)
        rows = {}
        for rel in described:
            rows[rel.name] = _copy(con, sq, rel, described)
        attached = _attach_previous(sq, previous)
        for step in STEPS:
            for extra in step(con, sq, described):
                described.append(extra)
                rows[extra.name] = sq.execute(f'SELECT count(*) FROM "{extra.name}"').fetchone()[0]
        if attached:
            sq.commit()  # DETACH cannot run inside the transaction the steps' inserts opened
            sq.execute("DETACH DATABASE previous")
        schema_version = con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]
        info = {
            "format": str(FORMAT),
            "source": source,
            "database": str(database or ""),
            "schema_version": str(schema_version),
            "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "rows": json.dumps(rows),
            "describe": json.dumps([asdict(d) for d in described], ensure_ascii=False),
        }
        sq.execute(f"CREATE TABLE {INFO_TABLE} (key TEXT PRIMARY KEY, value TEXT)")
        sq.executemany(f"INSERT INTO {INFO_TABLE} VALUES (?, ?)", list(info.items()))
        sq.commit()
        sq.execute("VACUUM")  # compact pages: what datasette reads is the smallest file
    finally:
        sq.close()
    return rows


def _attach_previous(sq: sqlite3.Connection, previous: Path | None) -> bool:
    if previous is None:
        return False
    try:
        sq.execute("ATTACH DATABASE ? AS previous", (f"file:{quote(str(previous))}?mode=ro&immutable=1",))
    except sqlite3.Error as exc:  # nothing is lost: the steps build everything again
        log.warning("browse snapshot: cannot read the previous snapshot %s (%s)", previous, exc)
        return False
    return True


def describe(con: duckdb.DuckDBPyConnection) -> list[Described]:
    """The main schema's tables and views with their COMMENT ON descriptions, tables first."""
    out = []
    for name, kind, comment in con.execute(
            "SELECT table_name, 'table', comment FROM duckdb_tables() WHERE schema_name = 'main' AND NOT internal "
            "UNION ALL SELECT view_name, 'view', comment FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal "
            "ORDER BY 2, 1").fetchall():
        cols = dict(con.execute("SELECT column_name, comment FROM duckdb_columns() WHERE schema_name = 'main' "
                                f"AND table_name = {_literal(name)} ORDER BY column_index").fetchall())
        out.append(Described(name, kind, comment, cols, fact=kind == "table" and "article_id" in cols
                             and name not in NOT_FACTS))
    return out


def _types(con: duckdb.DuckDBPyConnection, name: str) -> dict[str, str]:
    return dict(con.execute("SELECT column_name, data_type FROM duckdb_columns() WHERE schema_name = 'main' "
                            f"AND table_name = {_literal(name)} ORDER BY column_index").fetchall())


def _literal(text: str) -> str:
    # SQL literals, not parameters: duckdb's first parameterised query imports pandas (~1 s; see
    # pipeline/store/search.py), which would be most of a small snapshot's time
    return "'" + text.replace("'", "''") + "'"


def _select(column: str, dtype: str) -> str:
    """The DuckDB expression that gives `column` as a SQLite value."""
    q = f'r."{column}"'
    t = dtype.upper()
    if t.endswith("]") or t.startswith(("STRUCT", "MAP", "UNION")):
        return f"to_json({q})::VARCHAR"
    if t.startswith(("TIMESTAMP", "DATE", "TIME", "INTERVAL", "UUID", "BLOB", "BIT")):
        return f"{q}::VARCHAR"
    if t == "BOOLEAN":
        return f"{q}::INTEGER"
    if t.startswith(("DECIMAL", "HUGEINT", "UHUGEINT")):
        return f"{q}::DOUBLE"
    return q


def _affinity(dtype: str) -> str:
    t = dtype.upper()
    if t.endswith("]") or t.startswith(("STRUCT", "MAP", "UNION")):
        return "TEXT"
    if t == "BOOLEAN" or t.endswith("INT") or t in ("BIGINT", "INTEGER", "SMALLINT", "TINYINT", "UBIGINT",
                                                     "UINTEGER", "USMALLINT", "UTINYINT"):
        return "INTEGER"
    if t in ("DOUBLE", "FLOAT", "REAL") or t.startswith(("DECIMAL", "HUGEINT", "UHUGEINT")):
        return "REAL"
    return "TEXT"


def _primary_key(con: duckdb.DuckDBPyConnection, name: str) -> list[str]:
    found = con.execute("SELECT constraint_column_names FROM duckdb_constraints() WHERE schema_name = 'main' "
                        f"AND table_name = {_literal(name)} AND constraint_type = 'PRIMARY KEY'").fetchall()
    return list(found[0][0]) if found else []


def _copy(con: duckdb.DuckDBPyConnection, sq: sqlite3.Connection, rel: Described, described: list[Described]) -> int:
    """Copy one table or view, with the columns the snapshot derives for it."""
    names = {d.name for d in described}
    types = _types(con, rel.name)
    cols = list(types)
    joins, extra, python = _derived(rel, cols, names, described)
    for column in [e[0] for e in extra] + [p[0] for p in python]:
        rel.columns.setdefault(column, None)
    for column in rel.columns:
        if rel.columns[column] is None:
            rel.columns[column] = DERIVED.get(f"{column}@{rel.name}") or DERIVED.get(column)

    all_cols = cols + [e[0] for e in extra] + [p[0] for p in python]
    sql_types = {c: _affinity(t) for c, t in types.items()}
    sql_types.update({e[0]: e[2] for e in extra})
    sql_types.update({p[0]: "TEXT" for p in python})
    pk = _primary_key(con, rel.name) if rel.kind == "table" else []
    sq.execute(f'CREATE TABLE "{rel.name}" ({", ".join(_definitions(rel.name, all_cols, sql_types, pk, names))})')

    exprs = [_select(c, t) for c, t in types.items()] + [e[1] for e in extra]
    order = "ORDER BY r.rowid" if rel.kind == "table" else ""
    cur = con.execute(f"SELECT {', '.join(exprs)} FROM \"{rel.name}\" r {' '.join(joins)} {order}")
    insert = f'INSERT INTO "{rel.name}" VALUES ({", ".join("?" for _ in all_cols)})'
    base = cols + [e[0] for e in extra]
    total = 0
    while chunk := cur.fetchmany(5000):
        if python:
            chunk = [row + tuple(fn(dict(zip(base, row))) for _, fn in python) for row in chunk]
        sq.executemany(insert, chunk)
        total += len(chunk)
    for c in all_cols:
        if (c in FOREIGN_KEYS or (rel.name, c) in CODE_KEYS or c in ("year", "portal")) and pk != [c]:
            sq.execute(f'CREATE INDEX "{rel.name}_{c}" ON "{rel.name}" ("{c}")')
    return total


def _derived(rel: Described, cols: list[str], names: set[str], described: list[Described]):
    """The joins and derived columns a relation gets in the snapshot.

    Returns (joins, extra, python): `extra` holds (column, DuckDB expression, SQLite type) computed in the
    SELECT, `python` holds (column, function of the row as a dict) computed while copying.
    """
    joins: list[str] = []
    extra: list[tuple[str, str, str]] = []
    if rel.fact and "articles" in names:
        joins.append("LEFT JOIN articles a ON a.id = r.article_id")
        extra += [("source_url", "a.url", "TEXT"),
                  ("published", "coalesce(a.published, a.fetched_at)::VARCHAR", "TEXT"),
                  ("portal", "a.portal", "TEXT")]
    if "region_code" in cols and "province_code" not in cols and "gazetteer_regions" in names:
        joins.append("LEFT JOIN gazetteer_regions gr ON gr.code = r.region_code")
        extra.append(("province_code", "gr.province_code", "TEXT"))
    if rel.name == "compliance_history":
        joins.append("LEFT JOIN gazetteer_regions gr ON r.level = 'region' AND gr.code = r.code")
        extra.append(("province_code", "CASE WHEN r.level = 'province' THEN r.code ELSE gr.province_code END", "TEXT"))
    if rel.name == "gazetteer_regions":
        extra.append(("label", "CASE r.kind WHEN 'kota' THEN 'Kota ' ELSE 'Kabupaten ' END || r.name", "TEXT"))
    if rel.name == "articles":
        extra += _article_columns(described)
    extra = [e for e in extra if e[0] not in cols]
    python = []
    if "evidence" in cols and any(e[0] == "source_url" for e in extra):
        python.append(("evidence_link", lambda r: evidence_link(r["source_url"], r["evidence"])))
    if rel.name == "articles":
        synonyms = load_synonyms()
        python.append(("search_synonyms",
                       lambda r: " · ".join(other_names(f"{r['title'] or ''}\n{r['text'] or ''}", synonyms)) or None))
    return joins, extra, python


def _definitions(name: str, all_cols: list[str], sql_types: dict[str, str], pk: list[str],
                 names: set[str]) -> list[str]:
    """Column, primary-key and foreign-key definitions of a snapshot table."""
    defs = []
    for c in all_cols:
        d = f'"{c}" {sql_types[c]}'
        if pk == [c] and sql_types[c] == "INTEGER":
            d += " PRIMARY KEY"
        defs.append(d)
    if pk and not (len(pk) == 1 and sql_types[pk[0]] == "INTEGER"):
        defs.append("PRIMARY KEY (" + ", ".join(f'"{c}"' for c in pk) + ")")
    for c in all_cols:
        ref = CODE_KEYS.get((name, c)) or (FOREIGN_KEYS.get(c) or (None,))[0]
        ref_col = "code" if (name, c) in CODE_KEYS else (FOREIGN_KEYS.get(c) or (None, None))[1]
        if ref and ref in names and ref != name and not (pk == [c]):
            defs.append(f'FOREIGN KEY ("{c}") REFERENCES "{ref}" ("{ref_col}")')
    return defs


def _article_columns(described: list[Described]) -> list[tuple[str, str, str]]:
    names = {d.name for d in described}
    out = [("date", "coalesce(r.published, r.fetched_at)::DATE::VARCHAR", "TEXT")]
    if "regions" in names:
        out.append(("regions", "(SELECT to_json(list(DISTINCT CASE m.kind WHEN 'kota' THEN 'Kota ' ELSE 'Kabupaten ' END "
                               "|| m.name ORDER BY 1))::VARCHAR FROM regions m WHERE m.article_id = r.id AND m.name IS NOT NULL)",
                    "TEXT"))
    if "provinces" in names:
        out.append(("provinces", "(SELECT to_json(list(DISTINCT m.name ORDER BY m.name))::VARCHAR FROM provinces m "
                                 "WHERE m.article_id = r.id AND m.name IS NOT NULL)", "TEXT"))
    facts = [d.name for d in described if d.fact]
    if facts:
        union = " UNION ALL ".join(f"SELECT '{t}' AS t, article_id FROM \"{t}\"" for t in facts)
        out.append(("fact_types", f"(SELECT to_json(list(DISTINCT f.t ORDER BY f.t))::VARCHAR FROM ({union}) f "
                                  "WHERE f.article_id = r.id)", "TEXT"))
    return out


# ---------------------------------------------------------------------- steps after the copy
def facts_step(con: duckdb.DuckDBPyConnection, sq: sqlite3.Connection, described: list[Described]) -> list[Described]:
    """The `facts` table: every fact row of every fact table but the mentions, one shape."""
    columns = FACTS_TABLE["columns"]
    sq.execute("CREATE TABLE facts (" + ", ".join(f'"{c}" {"INTEGER" if c in ("fact_rowid", "year", "article_id") else "TEXT"}'
                                                  for c in columns) +
               ', FOREIGN KEY ("article_id") REFERENCES articles ("id")'
               ', FOREIGN KEY ("region_code") REFERENCES gazetteer_regions ("code")'
               ', FOREIGN KEY ("province_code") REFERENCES gazetteer_provinces ("code"))')
    for rel in described:
        if not rel.fact or rel.name in MENTION_TABLES:
            continue
        own = [c for c in rel.columns if c not in _FACT_COMMON]
        summary = " || ".join(f"coalesce('{c}: ' || \"{c}\" || '; ', '')" for c in own) or "''"
        pick = {c: (f'"{c}"' if c in rel.columns else "NULL") for c in columns}
        pick.update(fact=f"'{rel.name}'", fact_rowid="rowid", summary=f"rtrim({summary}, '; ')")
        sq.execute(f"INSERT INTO facts SELECT {', '.join(pick[c] for c in columns)} FROM \"{rel.name}\"")
    for c in ("region_code", "province_code", "article_id", "fact"):
        sq.execute(f'CREATE INDEX "facts_{c}" ON facts ("{c}")')
    return [Described("facts", "table", FACTS_TABLE["comment"], dict(columns))]


def search_step(con: duckdb.DuckDBPyConnection, sq: sqlite3.Connection, described: list[Described]) -> list[Described]:
    """`articles_fts`: SQLite FTS5 over the articles' title, text and search_synonyms (datasette's search)."""
    if "articles" not in {d.name for d in described}:
        return []
    sq.execute('CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, search_synonyms, content="articles", '
               'content_rowid="id", tokenize="unicode61 remove_diacritics 2")')
    sq.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
    sq.execute("INSERT INTO articles_fts (articles_fts) VALUES ('optimize')")
    return []


def maps_step(con: duckdb.DuckDBPyConnection, sq: sqlite3.Connection, described: list[Described]) -> list[Described]:
    """`maps` and `map_areas`: the province maps of the browse pages, drawn from the published database
    with pipeline.maps' measures (pipeline/browse/maps.py), so the server never reads DuckDB; copied
    from the previous snapshot when nothing they are drawn from changed."""
    from pipeline.browse import maps  # light: pandas and matplotlib are imported only to draw
    from pipeline.store.database import Store

    names = {d.name for d in described}
    digests = {name: con.execute(f'SELECT count(*), hash(list(hash(t) ORDER BY hash(t))) FROM "{name}" t').fetchone()
               for name in maps.RELATIONS if name in names}
    fingerprint = maps.fingerprint(digests)
    drawn = maps.reuse(sq, fingerprint)
    if drawn is not None:
        return maps.write(sq, drawn, fingerprint)
    drawn, failed = maps.draw_all(Store(con, read_only=True))
    return maps.write(sq, drawn, None if failed else fingerprint)


#: Run after the relations are copied, in order (see the module doc).
STEPS: list[Callable[[duckdb.DuckDBPyConnection, sqlite3.Connection, list[Described]], list[Described]]] = [
    facts_step, search_step, maps_step]


# ---------------------------------------------------------------------- derived values (pure)
def evidence_link(url: str | None, evidence: str | None, words: int = 5) -> str | None:
    """`url` with a text fragment that finds `evidence` on the page (its first and last few words for a
    long sentence): https://…/page#:~:text=Nilainya%20terus,kategori%20A%20pada%202024."""
    if not url or not url.startswith(("http://", "https://")):
        return None
    text = " ".join((evidence or "").split())
    if not text:
        return url
    base = urldefrag(url).url

    def enc(s: str) -> str:
        return quote(s, safe="").replace("-", "%2D")

    parts = text.split(" ")
    if len(parts) <= 2 * words:
        return f"{base}#:~:text={enc(text)}"
    return f"{base}#:~:text={enc(' '.join(parts[:words]))},{enc(' '.join(parts[-words:]))}"
