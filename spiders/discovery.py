"""Discovery documents → candidate URLs. Pure functions: bytes in, `Entry` records out.

Handles robots.txt `Sitemap:` lines, sitemap indexes, url sets (with `<lastmod>`), Google news
sitemaps (`<news:title>`, `<news:publication_date>`), RSS 2.0, Atom and the WordPress REST API
(`/wp-json/wp/v2/posts`). Malformed XML is parsed in lxml's recover mode; what cannot be read yields
nothing rather than raising.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from html import unescape
from urllib.parse import urljoin

import dateparser
import lxml.etree
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import sitemap_urls_from_robots

#: Kinds a discovery document can be sniffed as.
SITEMAP_INDEX, URLSET, RSS, ATOM, WP_JSON, HTML, UNKNOWN = (
    "sitemapindex", "urlset", "rss", "atom", "wp_json", "html", "unknown")

_TAG_RE = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Entry:
    """A URL found in a discovery document, with what the document says about it."""

    url: str
    lastmod: datetime | None = None
    title: str | None = None
    summary: str | None = None


def parse_date(value: str | None) -> datetime | None:
    """ISO 8601 (sitemaps, Atom, WP), RFC 822 (RSS) or anything dateparser reads; aware UTC or None."""
    if not value or not value.strip():
        return None
    value = value.strip()
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            parsed = dateparser.parse(value, settings={"RETURN_AS_TIMEZONE_AWARE": False})
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        # Indonesian portals that omit the zone almost always mean WIB (UTC+7); UTC is close enough
        # for a crawl cut-off and keeps the comparison well defined.
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


def _clean_text(value: str | None) -> str | None:
    if not value:
        return None
    text = " ".join(unescape(_TAG_RE.sub(" ", value)).split())
    return text or None


def maybe_gunzip(body: bytes, max_size: int = 0) -> bytes:
    """Sitemaps are often served as `.xml.gz` without Content-Encoding: unpack them."""
    if body[:2] == b"\x1f\x8b":
        return gunzip(body, max_size=max_size)
    return body


def _localname(tag: object) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2].lower()


def _xml_root(body: bytes) -> lxml.etree._Element | None:
    parser = lxml.etree.XMLParser(recover=True, resolve_entities=False, no_network=True,
                                  remove_comments=True, remove_pis=True, huge_tree=False)
    try:
        return lxml.etree.fromstring(body.strip(), parser=parser)
    except (lxml.etree.XMLSyntaxError, ValueError):
        return None


def sniff(body: bytes, content_type: str = "") -> str:
    """What kind of discovery document `body` is, by content rather than by what the URL promised."""
    head = body.lstrip()[:2048]
    low = head.lower()
    ctype = content_type.lower()
    if head[:1] in (b"[", b"{"):
        return WP_JSON
    if b"<sitemapindex" in low:
        return SITEMAP_INDEX
    if b"<urlset" in low:
        return URLSET
    if b"<rss" in low or b"<rdf:rdf" in low:
        return RSS
    if b"<feed" in low:
        return ATOM
    if b"<html" in low or b"<!doctype html" in low or "html" in ctype:
        return HTML
    return UNKNOWN


def robots_sitemaps(body: bytes, base_url: str) -> list[str]:
    """The `Sitemap:` lines of a robots.txt, absolute."""
    return list(dict.fromkeys(sitemap_urls_from_robots(body, base_url=base_url)))


def parse_sitemap(body: bytes, base_url: str = "") -> tuple[str, list[Entry]]:
    """A sitemap index or url set → (kind, entries). News sitemap titles and dates are kept."""
    root = _xml_root(body)
    if root is None:
        return UNKNOWN, []
    kind = _localname(root.tag)
    if kind not in (SITEMAP_INDEX, URLSET):
        return UNKNOWN, []
    child_tag = "sitemap" if kind == SITEMAP_INDEX else "url"
    entries: list[Entry] = []
    for node in root:
        if _localname(node.tag) != child_tag:
            continue
        loc = lastmod = title = None
        for el in node.iter():
            name = _localname(el.tag)
            text = (el.text or "").strip()
            if name == "loc" and loc is None:
                loc = text
            elif name == "lastmod":
                lastmod = parse_date(text) or lastmod
            elif name == "publication_date" and lastmod is None:
                lastmod = parse_date(text)
            elif name == "title" and title is None:
                title = _clean_text(text)
        if loc:
            entries.append(Entry(urljoin(base_url, loc), lastmod, title))
    return kind, entries


def parse_feed(body: bytes, base_url: str = "") -> list[Entry]:
    """RSS 2.0 / RSS 1.0 / Atom → entries with title, summary and date."""
    root = _xml_root(body)
    if root is None:
        return []
    entries: list[Entry] = []
    for node in root.iter():
        name = _localname(node.tag)
        if name not in ("item", "entry"):
            continue
        link = title = summary = date = None
        for el in node:
            child = _localname(el.tag)
            text = el.text or ""
            if child == "link":
                href = el.get("href")
                if href is not None:  # Atom: prefer rel=alternate (or no rel)
                    if el.get("rel", "alternate") == "alternate" and link is None:
                        link = href.strip()
                elif text.strip() and link is None:
                    link = text.strip()
            elif child == "guid" and link is None and el.get("isPermaLink", "true") == "true":
                if text.strip().startswith("http"):
                    link = text.strip()
            elif child == "title":
                title = _clean_text(text)
            elif child in ("description", "summary") and summary is None:
                summary = _clean_text(text)
            elif child in ("pubdate", "published", "updated", "date") and date is None:
                date = parse_date(text)
        if link:
            entries.append(Entry(urljoin(base_url, link), date, title, summary))
    return entries


def parse_wp_json(body: bytes, base_url: str = "") -> list[Entry]:
    """The WordPress REST API post list (`/wp-json/wp/v2/posts`) → entries."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(data, list):
        return []
    entries = []
    for post in data:
        if not isinstance(post, dict) or not isinstance(post.get("link"), str):
            continue

        def rendered(name: str) -> str | None:
            value = post.get(name)
            return _clean_text(value.get("rendered")) if isinstance(value, dict) else None

        date = parse_date((post.get("date_gmt") or "") + ("+00:00" if post.get("date_gmt") else "")) \
            or parse_date(post.get("modified_gmt"))
        entries.append(Entry(urljoin(base_url, post["link"]), date, rendered("title"), rendered("excerpt")))
    return entries
