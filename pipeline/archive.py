"""Reading the crawl archive: WARC files written by the spiders (see spiders/archive.py for the layout).

The pipeline and the spiders meet only here, at the file format: this module never imports spiders.
`iter_archive` yields each archived article response with its body decoded to text by the one page
decoder (pipeline.decode), as extraction decodes a page. Files still being
written (`.part`) are not read; a corrupt or truncated file is logged, and the records before the damage
are still yielded. The archive directory and each of its crawl shards (`_shards/<name>/`, written by
crawls spread over several machines, each with its own portal folders and index) are read alike.

For work spread over processes or machines, `plan_shards` cuts the archive into `Shard`s (runs of
articles of one WARC file, found through the crawl's index, the pages of a multi-page article always
in one shard) and `read_shard` reads one: together they yield what `iter_archive` yields.
"""
from __future__ import annotations

import logging
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

import lxml.html
from lxml import etree
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from pipeline.decode import decode  # the one page decoder, shared with pipeline.extract

log = logging.getLogger(__name__)

#: The crawl's index of archived records (written by the spiders' archive pipeline).
INDEX_NAME = "index.sqlite"
#: The folder of the crawl shards under the archive directory (see spiders/archive.py).
SHARDS_DIR = "_shards"
#: Articles per shard (`plan_shards`): big enough that a task's overhead is small next to its work
#: (about 15 ms of CPU an article), small enough that a lost worker costs little to redo.
SHARD_ARTICLES = 200

PORTAL_HEADER = "WARC-Warta-Portal"
REQUEST_URL_HEADER = "WARC-Warta-Request-URL"
PART_OF_HEADER = "WARC-Warta-Part-Of"
PART_HEADER = "WARC-Warta-Part"


@dataclass(frozen=True)
class ArchivedPage:
    url: str
    portal: str
    html: str
    fetched_at: datetime
    content_type: str
    warc_path: Path
    offset: int
    #: The URL as discovered, before redirects (equals `url` when there were none).
    request_url: str = ""
    #: The encoding the body was decoded with (after any fallback).
    encoding: str = ""
    #: The URLs of the pages joined into this one, in order (empty for an article on one page).
    part_urls: tuple[str, ...] = ()


def archive_roots(archive_dir: Path) -> list[Path]:
    """The archive directory, then each of its crawl shards (each holds portal folders and an index)."""
    archive_dir = Path(archive_dir)
    shards = archive_dir / SHARDS_DIR
    return [archive_dir, *sorted(p for p in shards.iterdir() if p.is_dir())] if shards.is_dir() else [archive_dir]


def _warc_files(archive_dir: Path, portals: set[str] | None) -> list[Path]:
    if not archive_dir.is_dir():
        return []
    files = []
    for portal_dir in sorted(p for p in archive_dir.iterdir() if p.is_dir()):
        if portal_dir.name.startswith("_"):  # the crawl shards' folder: no portal key starts with "_"
            continue
        if portals is not None and portal_dir.name not in portals:
            continue
        files += sorted(portal_dir.glob("*.warc.gz")) + sorted(portal_dir.glob("*.warc"))
    return files


def _fetched_at(value: str | None) -> datetime:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (AttributeError, ValueError):
        return datetime.fromtimestamp(0, timezone.utc)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _content_element(root):
    """The element holding the article's paragraphs: the parent with the most paragraph text."""
    scores: dict = {}
    for p in root.iter("p"):
        parent = p.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + len(p.text_content().strip())
    if scores:
        return max(scores, key=scores.get)
    body = root.find(".//body")
    return body if body is not None else root


def join_parts(parts: list[ArchivedPage]) -> ArchivedPage:
    """The pages of one article (first page first) → one page: the article body of every later page
    is appended, in order, after the first page's. Pure; a page that cannot be parsed is left out."""
    if len(parts) == 1:
        return parts[0]
    first = parts[0]
    try:
        root = lxml.html.document_fromstring(first.html)
    except (etree.ParserError, ValueError) as exc:
        log.warning("cannot join the pages of %s (first page unparsable: %s)", first.url, exc)
        return first
    target = _content_element(root)
    for part in parts[1:]:
        try:
            other = lxml.html.document_fromstring(part.html)
        except (etree.ParserError, ValueError) as exc:
            log.warning("page %s of %s left out: %s", part.url, first.url, exc)
            continue
        for child in list(_content_element(other)):
            if child.tag in ("p", "h2", "h3", "h4", "ul", "ol", "table", "blockquote", "figure", "div"):
                target.append(child)
    html = lxml.html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>")
    return replace(first, html=html, part_urls=tuple(p.url for p in parts))


def _number(part: str) -> int:
    return int(part) if part.isdigit() else 0


def iter_warc(path: Path, default_portal: str = "", offsets: Iterable[int] | None = None) -> Iterator[ArchivedPage]:
    """One page per article in one WARC file (multi-page articles joined, see the module docstring);
    with `offsets`, only the records that start at those byte offsets.

    Damage is logged; records before it are still yielded."""
    groups: dict[str, dict[int, ArchivedPage]] = {}
    yield from _iter_records(path, default_portal, groups, offsets)
    for first_url, pages in groups.items():
        ordered = [pages[n] for n in sorted(pages)]
        if 1 not in pages:
            log.warning("article %s: first page missing from %s, joining pages %s", first_url, path, sorted(pages))
        yield replace(join_parts(ordered), url=first_url, request_url=first_url)


def _records(stream, offsets: Iterable[int] | None) -> Iterator[tuple[object, object]]:
    """(WARC record, its offset or a function giving it once the record is read): every record of the
    stream, or those at `offsets`. (warcio knows a record's offset only after reading it to its end.)"""
    if offsets is None:
        records = ArchiveIterator(stream)
        for record in records:
            yield record, records.get_record_offset
        return
    for offset in offsets:
        stream.seek(offset)
        record = next(iter(ArchiveIterator(stream)), None)
        if record is None:
            raise ArchiveLoadFailed(f"no record at offset {offset}")
        yield record, offset


def _iter_records(path: Path, default_portal: str, groups: dict,
                  offsets: Iterable[int] | None = None) -> Iterator[ArchivedPage]:
    """Response records of one file: whole articles are yielded, pages of split articles go to `groups`."""
    try:
        with path.open("rb") as stream:
            for record, offset in _records(stream, offsets):
                if record.format != "warc":  # warcio falls back to the old ARC format on junk
                    raise ArchiveLoadFailed(f"not a WARC record (read as {record.format})")
                if record.rec_type != "response":
                    continue
                headers = record.rec_headers
                content_type = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
                body = record.content_stream().read()
                if getattr(record.raw_stream, "limit", 0):  # fewer bytes than the record declared
                    raise ArchiveLoadFailed(f"record for {headers.get_header('WARC-Target-URI')} is truncated")
                html, encoding = decode(body, content_type)
                url = headers.get_header("WARC-Target-URI", "")
                page = ArchivedPage(
                    url=url,
                    portal=headers.get_header(PORTAL_HEADER) or default_portal,
                    html=html,
                    fetched_at=_fetched_at(headers.get_header("WARC-Date")),
                    content_type=content_type,
                    warc_path=path,
                    offset=offset() if callable(offset) else offset,
                    request_url=headers.get_header(REQUEST_URL_HEADER) or url,
                    encoding=encoding,
                )
                part_of, part = headers.get_header(PART_OF_HEADER), headers.get_header(PART_HEADER) or ""
                if not part_of:
                    yield page
                elif part == "all":  # the portal's single-page variant: the whole article
                    yield replace(page, url=part_of, request_url=part_of, part_urls=(page.url,))
                else:
                    groups.setdefault(part_of, {})[_number(part)] = page
    except (ArchiveLoadFailed, zlib.error, EOFError, OSError, ValueError) as exc:
        log.warning("skipping the rest of damaged WARC file %s: %s", path, exc)


def iter_archive(archive_dir: Path, portals: set[str] | None = None,
                 skip_urls: set[str] | None = None) -> Iterator[ArchivedPage]:
    """Every archived article page under `archive_dir` (optionally only some portals), oldest file first.

    With `skip_urls` (the URLs already processed), WARC files whose every indexed record is among them
    are not opened at all (the crawl's index, `index.sqlite`, says what each file holds), so a night
    with nothing new costs next to nothing however large the archive. Pages of the files that are
    read still come out whether known or not: callers filter by URL as before."""
    if not skip_urls:
        for root in archive_roots(archive_dir):
            for path in _warc_files(root, portals):
                yield from iter_warc(path, default_portal=path.parent.name)
        return
    opened: Path | None = None
    for shard in plan_shards(archive_dir, portals=portals, skip_urls=skip_urls):  # its files in order
        if shard.path != opened:
            opened = shard.path
            yield from iter_warc(shard.path, default_portal=shard.path.parent.name)


@dataclass(frozen=True)
class Shard:
    """A piece of the archive to process as one task: records of one WARC file.

    `offsets`: where the shard's records start (None: the whole file, for a file the index does not
    describe). `urls`: the URLs of its articles as the index knows them (as discovered and as
    fetched; empty for a whole file)."""
    path: Path
    offsets: tuple[int, ...] | None = None
    urls: tuple[str, ...] = field(default=(), compare=False)

    @property
    def key(self) -> str:
        """Stable name: the file and the first record's offset."""
        return f"{self.path}@{self.offsets[0] if self.offsets else 0}"


def read_shard(shard: Shard) -> Iterator[ArchivedPage]:
    """The articles of one shard (see `iter_warc`)."""
    return iter_warc(shard.path, default_portal=shard.path.parent.name, offsets=shard.offsets)


def plan_shards(archive_dir: Path, *, size: int = SHARD_ARTICLES, portals: set[str] | None = None,
                skip_urls: set[str] | frozenset = frozenset()) -> Iterator[Shard]:
    """The archive cut into shards of up to `size` articles each, in `iter_archive`'s order, lazily
    (the index is read one WARC file at a time: memory does not grow with the archive).

    The crawl's index says where each record starts and which records are pages of one article (those
    always go to one shard, after the file's whole articles, where `iter_warc` yields them). Articles whose URL is in `skip_urls` are left out, and a file left with
    nothing is not opened. A file the index does not describe (salvaged from elsewhere, or indexed
    before Warta recorded multi-page articles) is one shard of its own."""
    for root in archive_roots(archive_dir):
        with _IndexReader(root / INDEX_NAME) as index:
            for path in _warc_files(root, portals):
                units = index.units(path.relative_to(root).as_posix())
                if units is None:
                    yield Shard(path)
                    continue
                units = [u for u in units if not any(url in skip_urls for url in u[1])]
                for start in range(0, len(units), size):
                    chunk = units[start:start + size]
                    yield Shard(path, tuple(sorted(o for offsets, _ in chunk for o in offsets)),
                                tuple(url for _, urls in chunk for url in urls))


class _IndexReader:
    """Read-only access to one crawl index, file by file; a missing, old or unreadable index describes
    no file (each is then read whole)."""

    def __init__(self, path: Path):
        self.path, self.con = path, None

    def __enter__(self) -> "_IndexReader":
        if self.path.exists():
            try:
                self.con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
                if "part_of" not in {row[1] for row in self.con.execute("PRAGMA table_info(archived)")}:
                    self.con.close()
                    self.con = None
            except sqlite3.Error as exc:
                log.warning("archive index %s unreadable (%s): each WARC file is one shard", self.path, exc)
                self.con = None
        return self

    def __exit__(self, *exc) -> None:
        if self.con is not None:
            self.con.close()

    def units(self, warc_file: str) -> list[tuple[tuple[int, ...], tuple[str, ...]]] | None:
        """The file's articles in file order, as (record offsets, URLs); None when the index does not
        say of every record whether it is a page of a longer article."""
        if self.con is None:
            return None
        try:
            rows = self.con.execute("SELECT offset, url, final_url, part_of FROM archived WHERE warc_file = ? "
                                    "ORDER BY offset", (warc_file,)).fetchall()
        except sqlite3.Error as exc:
            log.warning("archive index %s unreadable (%s): %s read whole", self.path, exc, warc_file)
            return None
        if not rows or any(part_of is None for *_, part_of in rows):
            return None
        units: list[tuple[tuple[int, ...], tuple[str, ...]]] = []
        groups: dict[str, tuple[int, ...]] = {}  # first page's URL → its pages' offsets
        for offset, url, final_url, part_of in rows:
            if not part_of:
                units.append(((offset,), tuple(dict.fromkeys((url, final_url)))))
            else:
                groups[part_of] = groups.get(part_of, ()) + (offset,)
        # as iter_warc yields them: whole articles in file order, then the joined ones
        return units + [(offsets, (first,)) for first, offsets in groups.items()]
