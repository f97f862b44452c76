"""Page metadata trafilatura does not give precisely, and trafilatura's metadata without what Warta never reads.

`_precise_published` reads the publication time from meta tags, JSON-LD and <time> (trafilatura gives a
day only); `_choose_published` picks the most precise time that agrees with trafilatura's day or the
dateline; `trafilatura_metadata` and `trafilatura_author` are trafilatura's own steps without its copies of
the tree. Used by `pipeline.extract`.
"""
from __future__ import annotations

import json
import logging
from datetime import datetime

from trafilatura import metadata as _tm

from pipeline import dates

log = logging.getLogger("pipeline.extract")


_DATE_META = (
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
    "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
    "dcterms.created", "sailthru.date", "parsely-pub-date", "content_publisheddate",
)


def _meta_values(tree) -> dict[str, str]:
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        val = (el.get("content") or "").strip()
        if key and val:
            out.setdefault(key, val)
    return out


def _jsonld_values(tree, keys=("datePublished", "dateCreated")) -> list[str]:
    found: list[str] = []

    def walk(node, depth=0):
        if depth > 8 or len(found) > 4:
            return
        if isinstance(node, dict):
            for k in keys:
                v = node.get(k)
                if isinstance(v, str):
                    found.append(v)
            for v in node.values():
                if isinstance(v, (dict, list)):
                    walk(v, depth + 1)
        elif isinstance(node, list):
            for v in node[:50]:
                walk(v, depth + 1)

    for el in tree.iter("script"):
        if (el.get("type") or "").lower() != "application/ld+json" or not el.text:
            continue
        try:
            walk(json.loads(el.text[:200_000]))
        except (ValueError, RecursionError):
            continue
    return found


def _precise_published(tree, now: datetime | None, metas: dict[str, str] | None = None) -> datetime | None:
    metas = _meta_values(tree) if metas is None else metas
    candidates = [metas[k] for k in _DATE_META if k in metas] + _jsonld_values(tree)
    for el in tree.iter("time"):
        if el.get("datetime"):
            candidates.append(el.get("datetime"))
            break
    for c in candidates:
        dt = dates.parse_date(c, now=now)
        if dt is not None:
            return dt
    return None


def _choose_published(precise: datetime | None, day: datetime | None, dateline: str | None,
                      now: datetime | None) -> datetime | None:
    """The most precise publication time that agrees with trafilatura's day (within a day)."""
    if precise is not None and (day is None or abs((precise.date() - day.date()).days) <= 1):
        return precise
    if dateline:
        dl = dates.parse_date(dateline, now=now)
        if dl is not None and (day is None or dl.date() == day.date()):
            return dl
    return day or precise


def trafilatura_metadata(tree, url: str | None, date_params: dict | None, *, author: bool = True):
    """`trafilatura.metadata.extract_metadata` without the fields Warta never reads.

    The same functions in the same order for title, author, URL, hostname, date and site name, then the
    same `clean_and_trim`, so these fields are exactly trafilatura's; categories, tags and the licence
    (XPath scans of the page's links: over 1 ms a page of the benchmark pages, an eighth of what
    `extract_article` cost with them) are left out. Nothing here changes the tree, so reading it before
    the text is what `bare_extraction(with_metadata=True)` did on its copy.

    `date_params=None` skips the date search (htmldate), for a page whose date Warta read itself.
    `author=False` leaves out trafilatura's search of the page for an author when the meta tags name
    none (`extract_author`, which copies the whole tree): `trafilatura_author` does it in place, after the
    text. tests/pipeline/test_extract.py compares the fields with extract_metadata's.
    """
    metadata = _tm.examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    try:
        metadata = _tm.extract_meta_json(tree, metadata)
    except Exception as err:  # bugs in trafilatura's json_metadata.py, as there
        log.debug("error in JSON metadata extraction: %s", err)
    if not metadata.title:
        metadata.title = _tm.extract_title(tree)
    if not metadata.author and author:
        metadata.author = _tm.extract_author(tree)
    if not metadata.url:
        metadata.url = _tm.extract_url(tree, url)
    if metadata.url:
        metadata.hostname = _tm.extract_domain(metadata.url, fast=True)
    if date_params is not None:
        date_config = {**date_params, "url": metadata.url}
        metadata.date = _tm.find_date(tree, **date_config)
        metadata.filedate = date_config.get("max_date")
    if not metadata.sitename:
        metadata.sitename = _tm.extract_sitename(tree)
    if metadata.sitename:
        metadata.sitename = metadata.sitename.lstrip("@")
        if metadata.sitename and "." not in metadata.sitename and not metadata.sitename[0].isupper():
            metadata.sitename = metadata.sitename.title()
    elif metadata.url:
        m = _tm.META_URL.match(metadata.url)
        if m:
            metadata.sitename = m[1]
    metadata.clean_and_trim()
    return metadata


def trafilatura_author(tree) -> str | None:
    """`trafilatura.metadata.extract_author` on the tree itself, which it prunes (the original works on a
    copy of the whole page): call it last."""
    author = _tm.extract_metainfo(_tm.prune_unwanted_nodes(tree, _tm.AUTHOR_DISCARD_XPATHS), _tm.AUTHOR_XPATHS,
                                  len_limit=120)
    if author:
        author = _tm.normalize_authors(None, author)
    return _tm.line_processing(_tm.unescape(author[:9999] + "…" if len(author) > 10000 else author)) \
        if author else author
