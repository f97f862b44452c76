"""Reading the crawl archive: WARC files written by the spiders (see spiders/archive.py for the layout).

The pipeline and the spiders meet only here, at the file format: this module never imports spiders.
`iter_archive` yields each archived article response with its body decoded to text by the one page
decoder (pipeline.decode), as extraction decodes a page. Files still being
written (`.part`) are not read; a corrupt or truncated file is logged, and the records before the damage
are still yielded.
"""
from __future__ import annotations

import logging
import sqlite3
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
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


def _warc_files(archive_dir: Path, portals: set[str] | None) -> list[Path]:
    if not archive_dir.is_dir():
        return []
    files = []
    for portal_dir in sorted(p for p in archive_dir.iterdir() if p.is_dir()):
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


def iter_warc(path: Path, default_portal: str = "") -> Iterator[ArchivedPage]:
    """One page per article in one WARC file (multi-page articles joined, see the module docstring).

    Damage is logged; records before it are still yielded."""
    groups: dict[str, dict[int, ArchivedPage]] = {}
    yield from _iter_records(path, default_portal, groups)
    for first_url, pages in groups.items():
        ordered = [pages[n] for n in sorted(pages)]
        if 1 not in pages:
            log.warning("article %s: first page missing from %s, joining pages %s", first_url, path, sorted(pages))
        yield replace(join_parts(ordered), url=first_url, request_url=first_url)


def _iter_records(path: Path, default_portal: str, groups: dict) -> Iterator[ArchivedPage]:
    """Response records of one file: whole articles are yielded, pages of split articles go to `groups`."""
    try:
        with path.open("rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
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
                    offset=records.get_record_offset(),
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
    files = _warc_files(Path(archive_dir), portals)
    if skip_urls:
        files = _files_with_unknown_records(Path(archive_dir), files, skip_urls)
    for path in files:
        yield from iter_warc(path, default_portal=path.parent.name)


def _files_with_unknown_records(archive_dir: Path, files: list[Path], skip_urls: set[str]) -> list[Path]:
    index = archive_dir / INDEX_NAME
    if not index.exists():
        return files
    try:
        con = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
        try:
            rows = con.execute("SELECT warc_file, url, final_url FROM archived").fetchall()
        finally:
            con.close()
    except sqlite3.Error as exc:
        log.warning("archive index %s unreadable (%s): reading every WARC file", index, exc)
        return files
    known_files: dict[str, bool] = {}
    for warc_file, url, final_url in rows:
        done = url in skip_urls or final_url in skip_urls
        known_files[warc_file] = known_files.get(warc_file, True) and done
    keep = []
    for path in files:
        rel = path.relative_to(archive_dir).as_posix()
        if not known_files.get(rel, False):  # not indexed (salvaged, foreign) or holding something new
            keep.append(path)
    return keep
