"""Warta's datasette plugin (registered in-process by pipeline.browse.server, never installed):

* links: a fact's evidence_link as "evidence ↗", a JSON array of URLs (the views' sources) as a list of
  links, a `facts` row's fact_rowid as a link to that row in its own table;
* maps: the province maps stored in the snapshot (pipeline/browse/maps.py) on the pages of their fact
  tables and views, of the canned queries about a province and of each province, and links to them on
  the database page (`page_maps`, templates/_warta_maps.html);
* a new snapshot is served as soon as it is published: before a request, if `warta.sqlite` was
  replaced (a new inode), the database named `warta` is swapped for the new file, with its metadata.
  Each snapshot file is opened immutable; requests already running finish on the old one.
"""
from __future__ import annotations

import asyncio
import json
import os
import re
import threading
import time
from pathlib import Path

from datasette import hookimpl
from datasette.database import Database
from datasette.utils import tilde_decode
from markupsafe import Markup, escape

from pipeline.browse import maps as M
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
    if column in ("counted_rows", "fact_rows") and value.startswith(f"/{DATABASE}/"):
        return Markup(f'<a href="{escape(datasette.urls.path(value))}">{escape(value)}</a>')
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


# ---------------------------------------------------------------------- maps
_PROVINCE_CODE = re.compile(r"^\d{2}$")


@hookimpl
def extra_template_vars(template, database, table, request, datasette):
    if database != DATABASE or request is None:
        return {}

    async def maps():
        return {"warta_maps": await page_maps(datasette, template, table, request)}

    return maps


async def page_maps(datasette, template: str, table: str | None, request) -> dict | None:
    """What templates/_warta_maps.html shows on a page, None for a page without maps:
    {"maps": [{kind, title, caption, svg, areas: [...]}], "highlight": province code or None,
    "province": its name, "index": [(title, url)] (the database page's links to the maps)}."""
    db = datasette.get_database(DATABASE)
    if not await db.table_exists(M.MAPS_TABLE):
        return None  # a snapshot whose maps failed to draw
    if template == "database.html":
        rows = (await db.execute(f"SELECT kind, title FROM {M.MAPS_TABLE}")).rows
        order = {k: i for i, k in enumerate(M.KINDS)}
        index = [(title, datasette.urls.table(DATABASE, M.COUNTED[kind]) + f"#map-{kind}")
                 for kind, title in sorted(rows, key=lambda r: order.get(r[0], len(order)))]
        return {"index": index} if index else None
    kinds, highlight = [], None
    if template == "table.html":
        kind = M.TABLE_MAPS.get(table) or (request.args.get("fact") if table == "facts" else None)
        kinds, highlight = [kind], request.args.get("province_code")
    elif template == "row.html" and table == M.PROVINCE_TABLE:
        kinds, highlight = list(M.KINDS), tilde_decode(request.url_vars.get("pks", ""))
    elif template == "query.html":
        kind, param = M.QUERY_MAPS.get(tilde_decode(request.url_vars.get("table", "")), (None, None))
        kinds = [kind]
        if param and (wanted := (request.args.get(param) or "").strip()):
            found = (await db.execute("SELECT code FROM gazetteer_provinces WHERE code = :p OR lower(name) = lower(:p)",
                                      {"p": wanted})).rows
            highlight = found[0][0] if found else None
    kinds = [k for k in kinds if k in M.KINDS]
    if not kinds:
        return None
    if highlight is not None and not _PROVINCE_CODE.match(highlight):
        highlight = None  # it goes into a CSS selector: only a province code
    marks = ", ".join(f":k{i}" for i in range(len(kinds)))
    params = {f"k{i}": k for i, k in enumerate(kinds)}
    found = {r["kind"]: dict(r) for r in (await db.execute(
        f"SELECT kind, title, rule, caption, svg FROM {M.MAPS_TABLE} WHERE kind IN ({marks})", params)).rows}
    if not found:
        return None
    only = " AND a.province_code = :province" if template == "row.html" else ""
    areas = (await db.execute(
        f"SELECT a.*, p.name AS province FROM {M.AREAS_TABLE} a LEFT JOIN gazetteer_provinces p ON p.code = a.province_code "
        f"WHERE a.kind IN ({marks}){only} ORDER BY p.name", {**params, "province": highlight})).rows
    base = datasette.urls.database(DATABASE) + "/"
    out = []
    for kind in kinds:
        if kind not in found:
            continue
        m = found[kind]
        svg = m["svg"] if base == f"/{DATABASE}/" else m["svg"].replace(f'href="/{DATABASE}/', f'href="{base}')
        out.append({**m, "svg": Markup(svg), "areas": [_area(a, datasette) for a in areas if a["kind"] == kind]})
    name = None
    if highlight:
        rows = (await db.execute("SELECT name FROM gazetteer_provinces WHERE code = :c", {"c": highlight})).rows
        name = rows[0][0] if rows else None
    return {"maps": out, "highlight": highlight if name else None, "province": name,
            "one_province": template == "row.html"}


def _area(row, datasette) -> dict:
    area = dict(row)
    lines = (area["facts"] or "").split("\n")
    area["lines"] = lines[1:] if len(lines) > 1 else lines
    area["province_url"] = datasette.urls.row(DATABASE, M.PROVINCE_TABLE, area["province_code"])
    area["counted_rows"] = datasette.urls.path(area["counted_rows"])
    area["fact_rows"] = datasette.urls.path(area["fact_rows"])
    try:
        area["sources"] = [u for u in json.loads(area["sources"] or "[]") if u.startswith(("http://", "https://"))]
    except ValueError:
        area["sources"] = []
    return area
