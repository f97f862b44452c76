"""Versioned schema: numbered SQL files in migrations/ (`NNN_name.sql`), applied in order on open.

A migration is applied once, in its own transaction, and recorded in `schema_version`. Never edit a
migration that has shipped: add the next number (a view change is a new file with `CREATE OR REPLACE
VIEW`).

Branches merged after one another may renumber a migration that a working database already holds (the
ops branch's 004 and 005 became 005 and 006 after main's 004_complaints). A recorded migration is known
by its name: one recorded under another number is renumbered first, and every shipped migration not
recorded is then applied, in order, so such a database gains the one it missed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import duckdb

from pipeline.store.sql import transaction

_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")

_VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version    INTEGER PRIMARY KEY,
    name       VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
COMMENT ON TABLE schema_version IS 'Applied schema migrations (pipeline/store/migrations/NNN_name.sql), one row each.';
COMMENT ON COLUMN schema_version.version IS 'Migration number.';
COMMENT ON COLUMN schema_version.name IS 'Migration name (file name without number and extension).';
COMMENT ON COLUMN schema_version.applied_at IS 'When the migration was applied to this database.';
"""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


@lru_cache(maxsize=1)
def migrations() -> tuple[Migration, ...]:
    """All migrations shipped with the code, in order."""
    found = []
    for entry in resources.files("pipeline.store").joinpath("migrations").iterdir():
        m = _NAME.match(entry.name)
        if m:
            found.append(Migration(int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migration numbers must run 1..n without gaps, found {versions}")
    return tuple(found)


def latest_version() -> int:
    return migrations()[-1].version


def _recorded(con: duckdb.DuckDBPyConnection) -> dict[int, str]:
    """version → name of the migrations recorded in the database (empty: never migrated)."""
    exists = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = 'schema_version'"
    ).fetchone()[0]
    if not exists:
        return {}
    return dict(con.execute("SELECT version, name FROM schema_version").fetchall())


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The schema version of the database: the highest n with migrations 1..n all recorded (0: empty)."""
    recorded = _recorded(con)
    n = 0
    while n + 1 in recorded:
        n += 1
    return n


def newest_recorded(con: duckdb.DuckDBPyConnection) -> int:
    """The highest migration number recorded (above latest_version(): a database of newer code)."""
    return max(_recorded(con), default=0)


def _renumber(con: duckdb.DuckDBPyConnection) -> None:
    """Give a recorded migration the number it ships under now, when it was recorded under another."""
    shipped = {m.name: m.version for m in migrations()}
    moves = {v: shipped[name] for v, name in _recorded(con).items() if name in shipped and shipped[name] != v}
    if not moves:
        return
    with transaction(con):  # through negative numbers, so no two rows ever share a number
        for old in moves:
            con.execute("UPDATE schema_version SET version = ? WHERE version = ?", [-old, old])
        for old, new in moves.items():
            con.execute("UPDATE schema_version SET version = ? WHERE version = ?", [new, -old])


def migrate(con: duckdb.DuckDBPyConnection, upto: int | None = None) -> list[int]:
    """Apply every pending migration (up to `upto`), in order; returns the versions applied."""
    con.execute(_VERSION_TABLE)
    if newest_recorded(con) > latest_version():
        raise RuntimeError(f"database schema version {newest_recorded(con)} is newer than this code knows "
                           f"({latest_version()}): update Warta")
    _renumber(con)
    recorded = _recorded(con)
    applied = []
    for mig in migrations():
        if mig.version in recorded or (upto is not None and mig.version > upto):
            continue
        with transaction(con):
            con.execute(mig.sql)
            con.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)", [mig.version, mig.name])
        applied.append(mig.version)
    return applied
