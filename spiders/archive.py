"""The archive: every fetched article response becomes a WARC `response` record.

Layout under the archive directory (setting `WARTA_ARCHIVE_DIR`, `<data>/archive` by default):

    <portal_key>/<UTC timestamp>-<pid>.warc.gz    one gzip WARC per crawl run, one member per record
    <portal_key>/<...>.warc.gz.part               the file of a run still writing (never read)
    index.sqlite                                   one row per archived URL (see `ArchiveIndex`)
    _shards/<shard>/                               a crawl shard: the same layout again (portal folders
                                                   and its own index.sqlite), written by one group of
                                                   crawls (setting `WARTA_ARCHIVE_SHARD`)

Crawls spread over several machines each write their own shard, so no two hosts ever write the same
SQLite index or WARC folder (SQLite must not be shared for writing over a network file system). Each
crawl still skips what any shard holds: its index looks URLs up in the root's and every shard's index
(read-only). The reader (pipeline/archive.py) reads the root and every shard. A portal key never starts
with "_", so `_shards` is never a portal's folder.

Each record is flushed and then its index row committed, in that order. A crawl killed halfway
leaves a `.part` file whose committed records are whole: the next run of the portal cuts the file
after the last committed record and renames it (`salvage_stale_parts`), and re-fetches only the
pages that were not committed. So every page is archived once, and no half file is ever visible.

This is the whole contract between spiders and pipeline: pipeline/archive.py reads these files.
"""
from __future__ import annotations

import hashlib
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from http import HTTPStatus
from io import BytesIO
from pathlib import Path

from scrapy.exceptions import NotConfigured
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from spiders.items import ArticlePage
from spiders.procs import pid_alive

log = logging.getLogger(__name__)

INDEX_NAME = "index.sqlite"
PART_SUFFIX = ".part"
#: The folder under the archive directory that holds the crawl shards.
SHARDS_DIR = "_shards"
SHARD_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
#: Extra WARC headers Warta writes on each record.
PORTAL_HEADER = "WARC-Warta-Portal"
REQUEST_URL_HEADER = "WARC-Warta-Request-URL"
#: On each page of a multi-page article: the first page's URL (as discovered) and the page number
#: ("1", "2", …; "all" for the portal's single-page variant of the article). pipeline/archive.py joins them.
PART_OF_HEADER = "WARC-Warta-Part-Of"
PART_HEADER = "WARC-Warta-Part"
# Scrapy hands us the decoded body: headers describing the transfer encoding would now lie.
_DROPPED_HEADERS = {b"content-encoding", b"transfer-encoding", b"content-length"}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS archived (
    url           TEXT PRIMARY KEY,   -- the URL as discovered (before redirects)
    final_url     TEXT NOT NULL,      -- the URL of the archived response
    portal        TEXT NOT NULL,
    warc_file     TEXT NOT NULL,      -- relative to the archive dir, final name (no .part)
    offset        INTEGER NOT NULL,
    length        INTEGER NOT NULL,
    fetched_at    TEXT NOT NULL,      -- ISO 8601 UTC
    etag          TEXT,
    last_modified TEXT,
    sha1          TEXT NOT NULL,      -- of the archived (decoded) body
    part_of       TEXT                -- '' for a whole article (also a portal's single-page variant), the
                                      -- first page's URL for one page of a multi-page article, NULL when
                                      -- written before Warta recorded it
);
CREATE INDEX IF NOT EXISTS archived_final_url ON archived (final_url);
CREATE INDEX IF NOT EXISTS archived_warc_file ON archived (warc_file);
"""


@dataclass(frozen=True)
class IndexEntry:
    url: str
    final_url: str
    portal: str
    warc_file: str
    offset: int
    length: int
    fetched_at: datetime
    etag: str | None
    last_modified: str | None
    sha1: str
    #: '' for a whole article, the first page's URL (as discovered) for one page of a multi-page one.
    part_of: str = ""


def shard_dir(archive_dir: Path, shard: str | None) -> Path:
    """Where a crawl writes: the archive directory itself, or its crawl shard `shard`."""
    if not shard:
        return archive_dir
    if not SHARD_RE.match(shard):
        raise ValueError(f"bad archive shard name {shard!r}: lower-case letters, digits, hyphens and underscores")
    return archive_dir / SHARDS_DIR / shard


_COLUMNS = "url, final_url, portal, warc_file, offset, length, fetched_at, etag, last_modified, sha1, part_of"


class ArchiveIndex:
    """The index of archived URLs (SQLite: transactional, safe for crawls of several portals at once).

    With `shard`, the index of that crawl shard; lookups then also see the root's and every other
    shard's index (read-only), so a portal moved to another shard does not fetch its archive again."""

    def __init__(self, archive_dir: Path, shard: str | None = None):
        self.dir = shard_dir(archive_dir, shard)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.path = self.dir / INDEX_NAME
        self._con = sqlite3.connect(self.path, timeout=30)
        self._con.execute("PRAGMA journal_mode=WAL")
        self._con.executescript(_SCHEMA)
        columns = {row[1] for row in self._con.execute("PRAGMA table_info(archived)")}
        if "part_of" not in columns:  # an index written before part_of was recorded: its rows stay NULL
            self._con.execute("ALTER TABLE archived ADD COLUMN part_of TEXT")
        self._con.commit()
        self._selects = {self._con: _COLUMNS}
        self._others: list[sqlite3.Connection] = []
        for other in [archive_dir / INDEX_NAME, *sorted((archive_dir / SHARDS_DIR).glob(f"*/{INDEX_NAME}"))]:
            if not other.exists() or other.resolve() == self.path.resolve():
                continue
            try:
                con = sqlite3.connect(f"file:{other}?mode=ro", uri=True, timeout=30)
                columns = {row[1] for row in con.execute("PRAGMA table_info(archived)")}
            except sqlite3.Error as exc:
                log.warning("archive index %s unreadable (%s): not consulted", other, exc)
                continue
            self._selects[con] = _COLUMNS if "part_of" in columns else _COLUMNS.replace("part_of", "''")
            self._others.append(con)

    def lookup(self, url: str) -> IndexEntry | None:
        """The latest archived record of `url` (as discovered or as fetched) in this index or, for a
        crawl shard, in any other index of the archive (`warc_file` is relative to the entry's own index)."""
        found = []
        for con in [self._con, *self._others]:
            try:
                row = con.execute(f"SELECT {self._selects[con]} FROM archived WHERE url = ? OR final_url = ? "
                                  "ORDER BY fetched_at DESC LIMIT 1", (url, url)).fetchone()
            except sqlite3.Error as exc:
                if con is self._con:
                    raise
                log.warning("archive index lookup failed (%s): one index not consulted", exc)
                continue
            if row is not None:
                values = list(row)
                values[6] = datetime.fromisoformat(values[6])
                values[10] = values[10] or ""
                found.append(IndexEntry(*values))
        return max(found, key=lambda e: e.fetched_at) if found else None

    def record(self, entry: IndexEntry) -> None:
        self.record_many([entry])

    def record_many(self, entries: list[IndexEntry]) -> None:
        """Index records, in one transaction."""
        with self._con:
            self._con.executemany(
                f"INSERT OR REPLACE INTO archived ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(e.url, e.final_url, e.portal, e.warc_file, e.offset, e.length, e.fetched_at.isoformat(), e.etag,
                  e.last_modified, e.sha1, e.part_of or "") for e in entries])

    def committed_end(self, warc_file: str) -> int:
        """Byte offset just past the last record of `warc_file` that the index knows."""
        (end,) = self._con.execute(
            "SELECT coalesce(max(offset + length), 0) FROM archived WHERE warc_file = ?", (warc_file,)
        ).fetchone()
        return int(end)

    def count(self, portal: str | None = None) -> int:
        if portal is None:
            return self._con.execute("SELECT count(*) FROM archived").fetchone()[0]
        return self._con.execute("SELECT count(*) FROM archived WHERE portal = ?", (portal,)).fetchone()[0]

    def close(self) -> None:
        for con in [self._con, *self._others]:
            con.close()


def salvage_stale_parts(archive_dir: Path, portal_dir: Path, index: ArchiveIndex) -> list[Path]:
    """Finish the `.part` files left by killed crawls: keep their committed records, drop the rest.

    A `.part` file of a process still running is left alone. Returns the files made visible.
    """
    made = []
    for part in sorted(portal_dir.glob(f"*.warc.gz{PART_SUFFIX}")):
        final = part.with_name(part.name[: -len(PART_SUFFIX)])
        try:
            pid = int(final.name.split(".")[0].rsplit("-", 1)[1])
        except (IndexError, ValueError):
            pid = -1
        if pid > 0 and pid_alive(pid):
            continue
        end = index.committed_end(final.relative_to(archive_dir).as_posix())
        if end == 0:
            log.warning("removing %s: a killed crawl left it with no committed record", part)
            part.unlink()
            continue
        with part.open("r+b") as fh:
            fh.truncate(end)
        part.rename(final)
        log.warning("salvaged %s from a killed crawl (%d bytes of committed records)", final, end)
        made.append(final)
    return made


def _utc_stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%SZ")


class WarcArchivePipeline:
    """Item pipeline: writes each `ArticlePage` as a WARC response record and indexes it.

    A URL already in the index (as discovered or as finally fetched) is not written again, unless the
    spider marked the page as a deliberate re-fetch of a changed page.
    """

    def __init__(self, archive_dir: Path, crawler, shard: str | None = None):
        self.root = archive_dir
        self.shard = shard
        #: where this crawl's files and index go: the archive directory, or its crawl shard
        self.archive_dir = shard_dir(archive_dir, shard)
        self.crawler = crawler
        self.index: ArchiveIndex | None = None
        self._fh = None
        self._writer: WARCWriter | None = None
        self._part: Path | None = None
        self._final: Path | None = None
        self._written: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler):
        value = crawler.settings.get("WARTA_ARCHIVE_DIR")
        if not value:
            raise NotConfigured("WARTA_ARCHIVE_DIR is not set: the crawl has nowhere to archive pages")
        return cls(Path(value), crawler, crawler.settings.get("WARTA_ARCHIVE_SHARD") or None)

    @property
    def portal_key(self) -> str:
        return self.crawler.spider.portal.key

    def open_spider(self) -> None:
        self.index = ArchiveIndex(self.root, self.shard)
        portal_dir = self.archive_dir / self.portal_key
        portal_dir.mkdir(parents=True, exist_ok=True)
        salvage_stale_parts(self.archive_dir, portal_dir, self.index)

    def _open_file(self) -> None:
        now = datetime.now(timezone.utc)
        self._final = self.archive_dir / self.portal_key / f"{_utc_stamp(now)}-{os.getpid()}.warc.gz"
        self._part = self._final.with_name(self._final.name + PART_SUFFIX)
        self._fh = self._part.open("wb")
        self._writer = WARCWriter(self._fh, gzip=True)

    def process_item(self, item):
        if not isinstance(item, ArticlePage):
            return item
        stats = self.crawler.stats
        response = item.response
        if item.request_url in self._written or response.url in self._written:
            stats.inc_value("warta/skipped/duplicate")
            return item
        if not item.refetch and (self.index.lookup(item.request_url) or self.index.lookup(response.url)):
            stats.inc_value("warta/skipped/archived")
            return item
        if self._fh is None:
            self._open_file()
        fetched_at = datetime.now(timezone.utc)
        body = response.body
        headers = [(k.decode("latin-1"), b", ".join(v).decode("latin-1"))
                   for k, v in response.headers.items() if k.lower() not in _DROPPED_HEADERS]
        headers.append(("Content-Length", str(len(body))))
        status_line = f"{response.status} {_reason(response.status)}"
        http_headers = StatusAndHeaders(status_line, headers, protocol="HTTP/1.1")
        warc_headers = {
            "WARC-Date": fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            PORTAL_HEADER: item.portal,
            REQUEST_URL_HEADER: item.request_url,
        }
        if item.part_of:
            warc_headers[PART_OF_HEADER] = item.part_of
            warc_headers[PART_HEADER] = "all" if item.part == ArticlePage.WHOLE else str(item.part)
        record = self._writer.create_warc_record(
            response.url, "response", payload=BytesIO(body), length=len(body), http_headers=http_headers,
            warc_headers_dict=warc_headers,
        )
        offset = self._fh.tell()
        self._writer.write_record(record)
        self._fh.flush()
        length = self._fh.tell() - offset
        self.index.record(IndexEntry(
            url=item.request_url, final_url=response.url, portal=item.portal,
            warc_file=self._final.relative_to(self.archive_dir).as_posix(), offset=offset, length=length,
            fetched_at=fetched_at, etag=_header(response, b"ETag"),
            last_modified=_header(response, b"Last-Modified"), sha1=hashlib.sha1(body).hexdigest(),
            part_of=item.part_of if item.part_of and item.part != ArticlePage.WHOLE else "",
        ))
        self._written.update((item.request_url, response.url))
        stats.inc_value("warta/archived" if item.part <= 1 else "warta/archived_parts")
        return item

    def close_spider(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._part.rename(self._final)
            log.info("archived %d pages to %s",
                     self.crawler.stats.get_value("warta/archived", 0), self._final)
            self._fh = None
        if self.index is not None:
            self.index.close()


def _header(response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"
