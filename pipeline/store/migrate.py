"""Versioned schema: numbered SQL files in migrations/ (`NNN_name.sql`), applied in order on open.

A migration is applied once, in its own transaction, and recorded in `schema_version`. Never edit a
migration that has shipped: add the next number (a view change is a new file with `CREATE OR REPLACE
VIEW`).
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


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The schema version of the database (0: empty, never migrated)."""
    exists = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = 'schema_version'"
    ).fetchone()[0]
    if not exists:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]


def migrate(con: duckdb.DuckDBPyConnection, upto: int | None = None) -> list[int]:
    """Apply every pending migration (up to `upto`); returns the versions applied."""
    con.execute(_VERSION_TABLE)
    have = current_version(con)
    if have > latest_version():
        raise RuntimeError(
            f"database schema version {have} is newer than this code knows ({latest_version()}): update Warta"
        )
    applied = []
    for mig in migrations():
        if mig.version <= have or (upto is not None and mig.version > upto):
            continue
        with transaction(con):
            con.execute(mig.sql)
            con.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)", [mig.version, mig.name])
        applied.append(mig.version)
    return applied
