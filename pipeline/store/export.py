"""Export the database for analysts: one Parquet or CSV file (or year-partitioned Parquet folder) per
table and view, plus `manifest.json` (tables, their columns with DuckDB types, row counts, files,
extractor versions, export time).

    from pipeline.store.export import export
    manifest = export("data/warta.duckdb", "out/", fmt="parquet", tables=["compliance", "mpp_register"])

Every file keeps every column with its type:
- Parquet: the large fact tables (`PARTITIONS`) are folders partitioned by year with DuckDB's
  `COPY … (PARTITION_BY (year), WRITE_PARTITION_COLUMNS true)`: `compliance/year=2022/data_0.parquet`,
  `year=NULL` for unknown years, and `year` is also written inside each file with its type. Read a folder
  back from its files, not from the folder names: `pd.read_parquet("out/compliance", partitioning=None)`,
  `duckdb.read_parquet("out/compliance/*/*.parquet", hive_partitioning=False)`.
- CSV: one file per table or view (`compliance.csv`); list and struct columns are written as JSON
  (`["Kota Solok", "Padang"]`), named in the manifest's `json_columns`.

The export writes only what it owns. The folder must be empty or new, or hold an earlier export and
nothing else (the files its manifest lists); `overwrite` (`--force`) then replaces that export, and a
folder that holds anything else is refused, with or without it. Files are written into
`<out>/.warta-export/` (the export's working folder: removed at the start and end of every export) and
moved into place once every table is written, so a failed export leaves the earlier one as it was.

The database is read through a reader (it never blocks or disturbs a writer) whose DuckDB connection
may write files under the working folder and nowhere else (pipeline.store.database.Store.open_for_export).
"""
from __future__ import annotations

import json
import os
import shutil
from datetime import datetime, timezone
from pathlib import Path

import duckdb
from tqdm import tqdm

from pipeline.store.database import Store
from pipeline.store.errors import one_line

FORMATS = ("parquet", "csv")
MANIFEST = "manifest.json"
#: The export's working folder inside the output folder.
STAGING = ".warta-export"

#: Parquet only: table -> SQL expression of its partition year (articles: publication year, else fetch
#: year; compliance: assessment year). Other tables and views are small and written as one file.
PARTITIONS = {
    "articles": "year(coalesce(published, fetched_at))",
    "compliance": "year",
    "compliance_history": "year",
}
_NESTED = ("STRUCT", "MAP", "UNION")


class ExportError(ValueError):
    """Bad export request (unknown table, unknown format, a folder holding files the export did not
    write, output not writable)."""


def relations(store: Store) -> dict[str, str]:
    """Every exportable table and view of the database's main schema: name -> "table" or "view"."""
    _, rows = store.query(
        "SELECT table_name, 'table' FROM duckdb_tables() WHERE database_name = current_database() "
        "AND schema_name = 'main' AND NOT internal "
        "UNION ALL SELECT view_name, 'view' FROM duckdb_views() WHERE database_name = current_database() "
        "AND schema_name = 'main' AND NOT internal")
    return dict(sorted(rows))


def export(db: str | Path, out: str | Path, fmt: str = "parquet", tables: list[str] | None = None,
           *, overwrite: bool = False, progress: bool = True) -> dict:
    """Write the chosen tables/views (default: all) of database `db` into folder `out`; returns the
    manifest (also written to out/manifest.json). An earlier export in `out` is replaced only with
    `overwrite`; a folder holding anything else is refused (see the module doc)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: choose {' or '.join(FORMATS)}")
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out} exists and is not a directory")
    earlier = owned_files(out)
    strangers = foreign_files(out, earlier)
    if strangers:
        more = f" and {len(strangers) - 1} more" if len(strangers) > 1 else ""
        raise ExportError(f"{out} holds files no export wrote ({strangers[0]}{more}): export into an empty or new "
                          f"folder (--force replaces only an earlier export's own files)")
    if earlier and not overwrite:
        raise ExportError(f"{out / MANIFEST} already exists: {out} holds an earlier export (replace it with --force, "
                          f"or export into an empty or new folder)")
    staging = out / STAGING
    with Store.open_for_export(db, staging) as store:
        available = relations(store)
        chosen = list(dict.fromkeys(tables)) if tables else list(available)
        unknown = [t for t in chosen if t not in available]
        if unknown:
            raise ExportError(f"unknown table or view {', '.join(unknown)}; choose from {', '.join(available)}")
        try:
            out.mkdir(parents=True, exist_ok=True)
            shutil.rmtree(staging, ignore_errors=True)
            staging.mkdir()
        except OSError as exc:
            raise ExportError(f"cannot create {staging}: {exc.strerror}") from None
        try:
            entries = {}
            for name in tqdm(chosen, desc="export", unit="table", disable=not progress):
                entries[name] = _copy(store, name, available[name], staging, fmt)
            _, versions = store.query("SELECT extractor_version, count(*) FROM articles GROUP BY 1 ORDER BY 1")
            manifest = {
                "exported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "database": str(Path(db).resolve()),
                "schema_version": store.schema_version(),
                "format": fmt,
                "extractor_versions": {v: n for v, n in versions},
                "tables": entries,
            }
            (staging / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            _publish(out, staging, earlier, [f for e in entries.values() for f in e["files"]])
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return manifest


# ---------------------------------------------------------------------- what the folder holds
def owned_files(out: Path) -> set[str]:
    """Files (relative to `out`, with '/') that an earlier export in `out` wrote: its manifest and the
    files the manifest lists. Empty when there is no manifest; a manifest that cannot be read owns nothing
    but itself."""
    manifest = out / MANIFEST
    if not manifest.is_file() or manifest.is_symlink():
        return set()
    owned = {MANIFEST}
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
        listed = [f for t in data["tables"].values() for f in t["files"]]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return owned
    root = out.resolve()
    for name in listed:
        if not isinstance(name, str):
            continue
        path = (out / name)
        if path.resolve().is_relative_to(root) and ".." not in Path(name).parts:
            owned.add(Path(name).as_posix())
    return owned


def foreign_files(out: Path, owned: set[str]) -> list[str]:
    """Every file or link under `out` (recursively; the working folder aside) that `owned` does not
    list, sorted; a symbolic link always counts as foreign (it is never followed)."""
    if not out.is_dir():
        return []
    found = []
    for folder, dirs, files in os.walk(out):
        here = Path(folder)
        rel_dir = here.relative_to(out)
        if rel_dir == Path("."):
            dirs[:] = [d for d in dirs if d != STAGING]
        for d in list(dirs):
            if (here / d).is_symlink():
                found.append((rel_dir / d).as_posix())
                dirs.remove(d)
        for f in files:
            rel = (rel_dir / f).as_posix()
            if (here / f).is_symlink() or rel not in owned:
                found.append(rel)
    return sorted(found)


def _publish(out: Path, staging: Path, earlier: set[str], files: list[str]) -> None:
    """Replace the earlier export's files by the staged ones, the manifest last."""
    for name in sorted(earlier - {MANIFEST}):
        path = out / name
        path.unlink(missing_ok=True)
        _remove_empty_parents(path.parent, out)
    for name in files:
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging / name, target)
    os.replace(staging / MANIFEST, out / MANIFEST)


def _remove_empty_parents(folder: Path, root: Path) -> None:
    while folder != root and folder.is_relative_to(root):
        try:
            folder.rmdir()
        except OSError:  # not empty (or gone): stop
            return
        folder = folder.parent


# ---------------------------------------------------------------------- writing one table
def _copy(store: Store, name: str, kind: str, staging: Path, fmt: str) -> dict:
    quoted = _ident(name)
    columns = dict(store.query(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM {quoted})")[1])
    rows = store.query(f"SELECT count(*) FROM {quoted}")[1][0][0]
    partitioned = fmt == "parquet" and name in PARTITIONS
    select = ", ".join(_ident(c) for c in columns)
    if partitioned and PARTITIONS[name] != "year":
        select += f", {PARTITIONS[name]} AS year"
    json_columns = [c for c, t in columns.items() if fmt == "csv" and _nested(t)]
    if json_columns:
        select = ", ".join(f"to_json({_ident(c)}) AS {_ident(c)}" if c in json_columns else _ident(c) for c in columns)
    source = f"SELECT {select} FROM {quoted}"
    target = staging / (name if partitioned else f"{name}.{fmt}")
    if fmt == "parquet":
        options = "FORMAT parquet" + (", PARTITION_BY (year), WRITE_PARTITION_COLUMNS true" if partitioned else "")
    else:
        options = "FORMAT csv, HEADER true"
    try:
        store.con.execute(f"COPY ({source}) TO '{_sql_path(target)}' ({options})")
    except duckdb.Error as exc:
        raise ExportError(f"cannot export {name} to {target}: {one_line(exc)}") from None
    if partitioned:
        target.mkdir(exist_ok=True)  # no rows: DuckDB writes no partition at all; leave an empty folder
        files = sorted(p.relative_to(staging).as_posix() for p in target.rglob(f"*.{fmt}"))
        types = dict(store.query(f"SELECT column_name, column_type FROM (DESCRIBE {source})")[1])
    else:
        files = [target.name]
        types = columns
    entry = {"kind": kind, "rows": rows, "path": target.name, "partitioned_by": "year" if partitioned else None,
             "files": files, "columns": types}
    if fmt == "csv":
        entry["json_columns"] = json_columns
    return entry


def _nested(duckdb_type: str) -> bool:
    """A list, array, struct, map or union type: written as JSON in CSV."""
    return duckdb_type.endswith("]") or duckdb_type.upper().startswith(_NESTED)


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _sql_path(path: Path) -> str:
    return str(path.resolve()).replace("'", "''")
