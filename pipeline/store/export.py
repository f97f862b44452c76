"""Export the database for analysts: one Parquet or CSV file (or year-partitioned folder) per table
and view, plus `manifest.json` (tables, row counts, extractor versions, export time).

    from pipeline.store.export import export
    manifest = export("data/warta.duckdb", "out/", fmt="parquet", tables=["compliance", "mpp_register"])

The database is opened read-only (a reader: it never blocks or disturbs a writer). Large fact tables
are partitioned by year with DuckDB's `COPY … (PARTITION_BY (year))` into hive folders
(`compliance/year=2022/data_0.parquet`, `year=NULL` for unknown years); pandas, pyarrow and DuckDB
read such a folder back as one table with its `year` column.
"""
from __future__ import annotations

import json
import shutil
from datetime import datetime, timezone
from pathlib import Path

from tqdm import tqdm

from pipeline.store.database import Store

FORMATS = ("parquet", "csv")
MANIFEST = "manifest.json"

#: table -> SQL expression of its partition year (articles: publication year, else fetch year;
#: compliance: assessment year). Other tables and views are small and written as one file.
PARTITIONS = {
    "articles": "year(coalesce(published, fetched_at))",
    "compliance": "year",
    "compliance_history": "year",
}


class ExportError(ValueError):
    """Bad export request (unknown table, unknown format, output not writable)."""


def relations(store: Store) -> dict[str, str]:
    """Every exportable table and view of the main schema: name -> "table" or "view"."""
    _, rows = store.query(
        "SELECT table_name, 'table' FROM duckdb_tables() WHERE schema_name = 'main' AND NOT internal "
        "UNION ALL SELECT view_name, 'view' FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal")
    return dict(sorted(rows))


def export(db: str | Path, out: str | Path, fmt: str = "parquet", tables: list[str] | None = None,
           *, overwrite: bool = False, progress: bool = True) -> dict:
    """Write the chosen tables/views (default: all) of database `db` into folder `out`; returns the
    manifest (also written to out/manifest.json). Existing outputs of the same tables are replaced
    only with `overwrite`."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: choose {' or '.join(FORMATS)}")
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out} exists and is not a directory")
    with Store.open(db, read_only=True) as store:
        available = relations(store)
        chosen = list(dict.fromkeys(tables)) if tables else list(available)
        unknown = [t for t in chosen if t not in available]
        if unknown:
            raise ExportError(f"unknown table or view {', '.join(unknown)}; choose from {', '.join(available)}")
        targets = {t: _target(out, t, fmt) for t in chosen}
        clashes = [str(p) for p in targets.values() if p.exists()]
        if clashes and not overwrite:
            raise ExportError(f"{clashes[0]} already exists (export into an empty folder, or overwrite it: --force)")
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ExportError(f"cannot create {out}: {exc.strerror}") from None
        entries = {}
        for name in tqdm(chosen, desc="export", unit="table", disable=not progress):
            entries[name] = _copy(store, name, available[name], targets[name], fmt)
        _, versions = store.query("SELECT extractor_version, count(*) FROM articles GROUP BY 1 ORDER BY 1")
        manifest = {
            "exported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "database": str(Path(db).resolve()),
            "schema_version": store.schema_version(),
            "format": fmt,
            "extractor_versions": {v: n for v, n in versions},
            "tables": entries,
        }
    (out / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest


def _target(out: Path, name: str, fmt: str) -> Path:
    return out / name if name in PARTITIONS else out / f"{name}.{fmt}"


def _copy(store: Store, name: str, kind: str, target: Path, fmt: str) -> dict:
    if target.is_dir():
        shutil.rmtree(target)
    elif target.exists():
        target.unlink()
    options = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
    quoted = f'"{name}"'
    rows = store.query(f"SELECT count(*) FROM {quoted}")[1][0][0]
    entry = {"kind": kind, "rows": rows, "path": target.name, "partitioned_by": None}
    if name in PARTITIONS:
        source = f"SELECT *{'' if PARTITIONS[name] == 'year' else ', ' + PARTITIONS[name] + ' AS year'} FROM {quoted}"
        store.query(f"COPY ({source}) TO '{_sql_path(target)}' ({options}, PARTITION_BY (year))")
        if not target.exists():  # no rows: DuckDB writes no partition at all; leave an empty folder
            target.mkdir(parents=True)
        entry["partitioned_by"] = "year"
        entry["files"] = sorted(str(p.relative_to(target.parent)) for p in target.rglob(f"*.{fmt}"))
    else:
        store.query(f"COPY (SELECT * FROM {quoted}) TO '{_sql_path(target)}' ({options})")
        entry["files"] = [target.name]
    return entry


def _sql_path(path: Path) -> str:
    return str(path.resolve()).replace("'", "''")
