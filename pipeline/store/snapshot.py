"""The browse snapshot: the published database as one read-only SQLite file, for datasette.

datasette reads SQLite, and a DuckDB file cannot be read by one process while another writes it, so
`warta browse` never touches the DuckDB file: it serves `<db>.sqlite` (`warta.sqlite` beside
`warta.duckdb`), which this module builds from the *published* database:

* every table and view of the main schema, views materialised (lists as JSON arrays, times as ISO text,
  booleans as 0/1), with primary and foreign keys (article_id -> articles, region_code ->
  gazetteer_regions, province_code -> gazetteer_provinces, person_id -> persons), so datasette shows
  names for codes and links every fact to its article;
* each fact row (a table with `article_id`) also carries its article's `source_url`, `published` date
  and `portal`, an `evidence_link` (the source URL with a text fragment, `#:~:text=`, which opens the
  page at the evidence sentence in Chromium-based browsers); compliance's `grade_category` is the
  stored column (pipeline/facttypes/compliance/grades.py sets it when tagging), never derived here;
* `facts`: every fact of every fact table (mentions of regions and provinces aside), one row each,
  with a one-line summary: what "everything about one kabupaten/kota" reads;
* `articles` with `date`, `regions`, `provinces` and `fact_types` (JSON arrays for facets) and
  `search_synonyms` (the other names of what it mentions, data/search/synonyms.toml), and
  `articles_fts`, an FTS5 index over title, text and search_synonyms;
* `maps` and `map_areas`: the province maps of the browse pages (compliance, MPP, complaints), drawn
  from the published database when the snapshot is built, each province linked to its facts
  (pipeline/browse/maps.py);
* `_warta_snapshot`: where it came from (the DuckDB file's identity), when it was built, and the
  schema's descriptions (COMMENT ON) of every table and column, which `pipeline.browse` turns into
  datasette's titles and column descriptions.

Publishing is atomic: the snapshot is written to a temporary file beside the target and renamed onto
it, so a reader sees the old snapshot or the new one, never half of one; one builder at a time (a lock
file), and a snapshot already built from the current database is not rebuilt. A writer calls
`after_publish(db)` when it has published (pipeline.store.database.Store.close): by default that starts
`python -m pipeline.store.snapshot DB` as a separate process and returns at once, so the nightly never
waits for it (WARTA_SNAPSHOT, pipeline/config.py). A failed build leaves the previous snapshot in place
and says why in `<snapshot>.log`.

More pages add a step to `STEPS` (as the maps did): a function (duckdb connection, sqlite connection,
the tables described so far) -> list of `Described` tables it wrote, run after the relations are copied.
While the steps run, the snapshot being replaced is attached read-only as `previous`, so that a step
can copy what it built there instead of building it again (the maps do when their inputs are unchanged).
"""
from __future__ import annotations

import fcntl
import json
import logging
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote, urldefrag

import duckdb

from pipeline import config
from pipeline.searchquery import load_synonyms, other_names

log = logging.getLogger(__name__)

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


class SnapshotError(RuntimeError):
    """A snapshot that cannot be built (the message names the files)."""


@dataclass
class Described:
    """A table or view of the snapshot, with the schema's descriptions."""

    name: str
    kind: str  # "table" or "view" (a materialised view)
    comment: str | None
    columns: dict[str, str | None] = field(default_factory=dict)
    fact: bool = False  # a fact table (has article_id; neither articles nor sources)


@dataclass
class Published:
    path: Path
    seconds: float
    bytes: int
    rows: dict[str, int]


# ---------------------------------------------------------------------- where and whether
def snapshot_path(db: str | Path) -> Path:
    """`warta.duckdb` -> `warta.sqlite`, beside it."""
    db = Path(db)
    target = db.with_suffix(".sqlite")
    return target if target != db else db.with_name(db.name + ".sqlite")


def identity(db: Path) -> str:
    """What distinguishes one published database from the next (each publish is a new file)."""
    st = db.stat()
    return f"{st.st_ino}:{st.st_mtime_ns}:{st.st_size}"


def read_info(snapshot: str | Path) -> dict[str, str]:
    """The `_warta_snapshot` table of a snapshot ({} when there is none or it cannot be read)."""
    snapshot = Path(snapshot)
    if not snapshot.exists():
        return {}
    try:
        con = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
        try:
            return dict(con.execute(f"SELECT key, value FROM {INFO_TABLE}").fetchall())
        finally:
            con.close()
    except sqlite3.Error:
        return {}


def is_fresh(db: str | Path, snapshot: str | Path | None = None) -> bool:
    """True when the snapshot was built, by this code's format, from the database as published now."""
    db = Path(db).resolve()
    info = read_info(snapshot or snapshot_path(db))
    return db.exists() and info.get("format") == str(FORMAT) and info.get("source") == identity(db)


# ---------------------------------------------------------------------- publishing
@contextmanager
def _builder_lock(target: Path) -> Iterator[None]:
    with open(target.with_name(target.name + ".lock"), "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def publish(db: str | Path, *, force: bool = False) -> Published | None:
    """Build the snapshot of the published database `db` and rename it into place; None when the
    snapshot is already built from this database (unless `force`). Waits for a builder already
    running."""
    from pipeline.store.database import StoreError, StoreMissing, _connect_read_only, _fsync_dir

    db = Path(db).resolve()
    if not db.exists():
        raise StoreMissing(f"no Warta database at {db}: nothing has been loaded yet (run a load first)")
    target = snapshot_path(db)
    with _builder_lock(target):
        if not force and is_fresh(db, target):
            return None
        started = time.monotonic()
        source = identity(db)  # before opening: if a writer publishes meanwhile, the next check rebuilds
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            con = _connect_read_only(db, "snapshot")
            try:
                rows = build(con, tmp, source=source, database=db, previous=target if target.exists() else None)
            finally:
                con.close()
            os.replace(tmp, target)
        except (duckdb.Error, sqlite3.Error, OSError) as exc:
            raise SnapshotError(f"cannot build the browse snapshot {target} of {db}: {exc}") from None
        except StoreError:
            raise
        finally:
            tmp.unlink(missing_ok=True)
        _fsync_dir(target.parent)
        return Published(target, time.monotonic() - started, target.stat().st_size, rows)


def after_publish(db: str | Path) -> None:
    """What a writer does once it has published `db`: refresh the snapshot as WARTA_SNAPSHOT says
    (default: in a separate process, without waiting). Never raises: a failed snapshot must not
    fail the load that was just published (it is logged, and `warta browse` rebuilds a stale one)."""
    try:
        mode = config.snapshot_mode()
    except ValueError as exc:
        log.error("%s; snapshot not refreshed", exc)
        return
    if mode == "off":
        return
    db = Path(db).resolve()
    try:
        if mode == "wait":
            publish(db)
            return
        logfile = snapshot_path(db).with_suffix(".sqlite.log")
        with open(logfile, "a", encoding="utf-8") as out:
            subprocess.Popen(_builder(db), stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                             env=_builder_env(), start_new_session=True, close_fds=True)
    except Exception as exc:  # noqa: BLE001 - see the docstring
        log.error("browse snapshot of %s not refreshed: %s", db, exc)


def publish_apart(db: str | Path) -> tuple[str, list[str]]:
    """Publish the snapshot of `db` in a separate process and wait for it: what `warta browse` does, so
    that the server never opens the DuckDB file nor keeps what drawing the maps imports (pandas,
    matplotlib: about 100 MB). Returns the builder's report ("published … in 0.6 s", or "… is up to
    date") and what it logged (a map it could not draw); raises SnapshotError with its one-line error."""
    try:
        done = subprocess.run(_builder(Path(db).resolve()), stdin=subprocess.DEVNULL, capture_output=True,
                              text=True, env=_builder_env())
    except OSError as exc:
        raise SnapshotError(f"cannot start the snapshot builder: {exc.strerror or exc}") from None
    lines = done.stdout.strip().splitlines()
    report = lines[-1].split(" ", 1)[-1] if lines else ""  # without its time stamp
    logged = [line for line in done.stderr.splitlines() if line.strip()]
    if done.returncode != 0:
        raise SnapshotError(report.removeprefix("error: ") if report.startswith("error: ") else
                            f"the snapshot builder failed (status {done.returncode}): "
                            + (logged[-1] if logged else "no output"))
    return report, logged


def _builder(db: Path) -> list[str]:
    return [sys.executable, "-m", "pipeline.store.snapshot", str(db)]


def _builder_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(config.REPO_ROOT),
                                                                       os.environ.get("PYTHONPATH")]))}


def wait_fresh(db: str | Path, timeout: float = 60.0) -> bool:
    """Wait until the snapshot of `db` is built from the database as published now; False on timeout."""
    deadline = time.monotonic() + timeout
    while not is_fresh(db):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


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
    exprs = [_select(c, t) for c, t in types.items()]
    sql_types = {c: _affinity(t) for c, t in types.items()}
    joins = []
    extra: list[tuple[str, str, str]] = []  # (column, DuckDB expression, SQLite type)
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
    python = []  # (column, function of the row as a dict)
    if "evidence" in cols and any(e[0] == "source_url" for e in extra):
        python.append(("evidence_link", lambda r: evidence_link(r["source_url"], r["evidence"])))
    if rel.name == "articles":
        synonyms = load_synonyms()
        python.append(("search_synonyms",
                       lambda r: " · ".join(other_names(f"{r['title'] or ''}\n{r['text'] or ''}", synonyms)) or None))
    for column, _, _ in extra:
        rel.columns.setdefault(column, None)
    for column, _ in python:
        rel.columns.setdefault(column, None)
    for column in rel.columns:
        if rel.columns[column] is None:
            rel.columns[column] = DERIVED.get(f"{column}@{rel.name}") or DERIVED.get(column)

    all_cols = cols + [e[0] for e in extra] + [p[0] for p in python]
    sql_types.update({e[0]: e[2] for e in extra})
    sql_types.update({p[0]: "TEXT" for p in python})
    pk = _primary_key(con, rel.name) if rel.kind == "table" else []
    defs = []
    for c in all_cols:
        d = f'"{c}" {sql_types[c]}'
        if pk == [c] and sql_types[c] == "INTEGER":
            d += " PRIMARY KEY"
        defs.append(d)
    if pk and not (len(pk) == 1 and sql_types[pk[0]] == "INTEGER"):
        defs.append("PRIMARY KEY (" + ", ".join(f'"{c}"' for c in pk) + ")")
    for c in all_cols:
        ref = CODE_KEYS.get((rel.name, c)) or (FOREIGN_KEYS.get(c) or (None,))[0]
        ref_col = "code" if (rel.name, c) in CODE_KEYS else (FOREIGN_KEYS.get(c) or (None, None))[1]
        if ref and ref in names and ref != rel.name and not (pk == [c]):
            defs.append(f'FOREIGN KEY ("{c}") REFERENCES "{ref}" ("{ref_col}")')
    sq.execute(f'CREATE TABLE "{rel.name}" ({", ".join(defs)})')

    order = "ORDER BY r.rowid" if rel.kind == "table" else ""
    query = (f"SELECT {', '.join(exprs + [e[1] for e in extra])} FROM \"{rel.name}\" r {' '.join(joins)} {order}")
    insert = f'INSERT INTO "{rel.name}" VALUES ({", ".join("?" for _ in all_cols)})'
    cur = con.execute(query)
    base = cols + [e[0] for e in extra]
    total = 0
    while True:
        chunk = cur.fetchmany(5000)
        if not chunk:
            break
        if python:
            chunk = [row + tuple(fn(dict(zip(base, row))) for _, fn in python) for row in chunk]
        sq.executemany(insert, chunk)
        total += len(chunk)
    for c in all_cols:
        if c in FOREIGN_KEYS or (rel.name, c) in CODE_KEYS or c in ("year", "portal"):
            if pk != [c]:
                sq.execute(f'CREATE INDEX "{rel.name}_{c}" ON "{rel.name}" ("{c}")')
    return total


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


def main(argv: list[str] | None = None) -> int:
    """`python -m pipeline.store.snapshot DB [--force]`: publish the snapshot of DB (what a writer starts)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m pipeline.store.snapshot", description=main.__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("--force", action="store_true", help="Rebuild even if the snapshot is fresh.")
    args = parser.parse_args(argv)
    stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
    try:
        done = publish(args.db, force=args.force)
    except Exception as exc:  # noqa: BLE001 - one line for the log; the previous snapshot stays
        print(f"{stamp} error: {exc}", flush=True)
        return 1
    if done is None:
        print(f"{stamp} {snapshot_path(args.db.resolve())} is up to date", flush=True)
    else:
        print(f"{stamp} published {done.path} ({done.rows.get('articles', 0)} articles, "
              f"{done.bytes / 1e6:.1f} MB) in {done.seconds:.2f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
