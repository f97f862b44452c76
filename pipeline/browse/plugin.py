"""Warta's datasette plugin (registered in-process by pipeline.browse.server, never installed):

* links: a fact's evidence_link as "evidence ↗", a JSON array of URLs (the views' sources) as a list of
  links, a `facts` row's fact_rowid as a link to that row in its own table;
* a new snapshot is served as soon as it is published: before a request, if `warta.sqlite` was
  replaced (a new inode), the database named `warta` is swapped for the new file, with its metadata.
  Each snapshot file is opened immutable; requests already running finish on the old one.
"""
from __future__ import annotations

import asyncio
import json
import os
import threading
import time
from pathlib import Path

from datasette import hookimpl
from datasette.database import Database
from markupsafe import Markup, escape

from pipeline.browse.metadata import DATABASE, metadata
from pipeline.store.snapshot import read_info

#: Seconds between two checks for a new snapshot (a stat of one file).
CHECK_EVERY = 1.0
#: Seconds an old snapshot's connections stay open after a swap (for requests still running).
RETIRE_AFTER = 60.0

_connections = threading.local()


class SnapshotDatabase(Database):
    """An immutable database whose connections belong to this instance (datasette keys a thread's
    connection by database name, which a swapped snapshot shares with the one before)."""

    _serial = 0

    def __init__(self, ds, path: Path):
        super().__init__(ds, path=str(path), is_mutable=False)
        st = path.stat()
        self.inode = (st.st_ino, st.st_mtime_ns)
        info = read_info(path)
        self.info = info
        self.cached_hash = (info.get("source") or f"{st.st_ino}-{st.st_mtime_ns}").replace(":", "-")
        SnapshotDatabase._serial += 1
        self._key = f"warta_snapshot_{SnapshotDatabase._serial}"

    async def execute_fn(self, fn):
        if self.ds.executor is None:
            return await super().execute_fn(fn)

        def in_thread():
            conn = getattr(_connections, self._key, None)
            if conn is None:
                conn = self.connect()
                self.ds._prepare_connection(conn, self.name)
                setattr(_connections, self._key, conn)
            return fn(conn)

        return await asyncio.get_running_loop().run_in_executor(self.ds.executor, in_thread)


def attach(ds, path: Path) -> SnapshotDatabase:
    """Serve the snapshot at `path` as the `warta` database of `ds` (replacing the one served)."""
    db = SnapshotDatabase(ds, path)
    old = ds.databases.get(DATABASE)
    db.name = db.route = DATABASE
    ds.databases = {**ds.databases, DATABASE: db}
    ds._metadata_local = metadata(db.info)
    ds._warta_snapshot = path
    ds._warta_checked = time.monotonic()
    if old is not None:
        try:
            asyncio.get_running_loop().call_later(RETIRE_AFTER, old.close)
        except RuntimeError:  # no loop running (attached before serving)
            old.close()
    return db


def refresh(ds) -> bool:
    """Swap in a newly published snapshot; True if one was swapped in."""
    path = getattr(ds, "_warta_snapshot", None)
    now = time.monotonic()
    if path is None or now - ds._warta_checked < CHECK_EVERY:
        return False
    ds._warta_checked = now
    try:
        st = os.stat(path)
    except OSError:
        return False
    current = ds.databases.get(DATABASE)
    if current is not None and (st.st_ino, st.st_mtime_ns) == current.inode:
        return False
    attach(ds, Path(path))
    return True


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def swapping(scope, receive, send):
            if scope.get("type") == "http":
                refresh(datasette)
            await app(scope, receive, send)

        return swapping

    return wrap


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if database != DATABASE:
        return None
    if column == "fact_rowid" and isinstance(value, int):
        return _fact_row_link(row, value, datasette)
    if not isinstance(value, str):
        return None
    if column == "evidence_link" and value.startswith(("http://", "https://")):
        return Markup(f'<a href="{escape(value)}" title="Open the source at the evidence sentence">evidence ↗</a>')
    if value.startswith('["http'):
        try:
            urls = json.loads(value)
        except ValueError:
            return None
        if isinstance(urls, list) and all(isinstance(u, str) and u.startswith(("http://", "https://")) for u in urls):
            return Markup("<ul class=\"warta-sources\">" + "".join(
                f'<li><a href="{escape(u)}">{escape(u)}</a></li>' for u in urls) + "</ul>")
    return None


def _fact_row_link(row, value: int, datasette):
    """A `facts` row's link to the same fact in its own table."""
    try:
        fact = row["fact"]
    except (KeyError, IndexError):
        return None
    if not isinstance(fact, str):
        return None
    href = datasette.urls.row(DATABASE, fact, str(value))
    return Markup(f'<a href="{escape(href)}">{escape(fact)} #{value}</a>')
