"""A portal's HTML → a clean `Article`: pure (never downloads), never raises on bad input.

Steps: decode bytes (declared charset, then a per-byte windows-1252 fallback for mixed pages, then
`charset_normalizer` when nothing is declared) → cap the size (`MAX_HTML_CHARS`) → parse once with
trafilatura's tolerant loader → read precise metadata ourselves (`article:published_time`, JSON-LD
`datePublished`, `og:site_name`: trafilatura gives the date as a day only) → prune boilerplate blocks →
trafilatura's metadata (title, author, day, site name: `trafilatura_metadata`, without the categories,
tags and licence Warta never reads) → `trafilatura.bare_extraction` (text only) on the same tree, with the
choices below → `clean.split_byline` → sha1 of the cleaned text. The page is parsed once.

Extraction choices (deliberate, measured on tests/fixtures/html):
- `favor_precision=True`: regional portals surround the story with related headlines naming other
  regencies; a missed sentence costs less than a wrong region.
- `include_comments=False`: reader comments are not the article.
- `include_tables=True`: compliance results are often published as a table of regions and scores.
- `prune_boilerplate` (one Python pass, instead of `prune_xpath`, which costs seconds on big pages with
  this many patterns) drops "BACA JUGA" blocks, related-post and share widgets, sidebars, tag lists and
  comment sections before extraction (trafilatura keeps "BACA JUGA" paragraphs).
- pages over `BIG_PAGE_CHARS` are extracted with `fast=True` (no readability/justext fallback).
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
from datetime import datetime
from urllib.parse import urlparse

import trafilatura
from lxml import etree
from trafilatura import metadata as _tm
from trafilatura.settings import use_config

from pipeline import clean, dates
from pipeline.decode import decode_html  # the one page decoder, shared with pipeline.archive
from pipeline.models import Article

log = logging.getLogger(__name__)

#: Pages are cut to this many characters of HTML before parsing (real articles are < 500 KB; the
#: cap bounds the cost of a pathological page to about a second).
MAX_HTML_CHARS = 3_000_000
#: Bytes read before decoding (a multi-byte charset needs up to 4 bytes a character).
MAX_HTML_BYTES = 4 * MAX_HTML_CHARS
#: Above this size the readability/justext fallbacks (which double the cost) are skipped.
BIG_PAGE_CHARS = 500_000
#: trafilatura gives up on trees larger than this (elements in the extracted body).
MAX_TREE_SIZE = 20_000

# --------------------------------------------------------------------------------------------------
# What to prune before extraction (configuration as data)
# --------------------------------------------------------------------------------------------------
#: class/id substrings that are safe to match anywhere (no content wrapper carries them).
PRUNE_SUBSTRINGS = (
    "related", "terkait", "baca-juga", "bacajuga", "baca_juga", "read-also", "readalso", "sharedaddy",
    "share-", "-share", "social", "sosmed", "disqus", "breadcrumb", "newsletter", "populer", "trending",
    "recommend", "rekomendasi", "author-box", "authorbox",
)
#: class/id tokens matched exactly (as substrings they would hit wrappers such as "has-sidebar").
PRUNE_TOKENS = (
    "sidebar", "widget", "tags", "tag-links", "post-tags", "tagcloud", "share", "footer", "site-footer",
    "menu", "navbar", "nav", "ads", "advertisement", "iklan", "banner", "pagination", "nav-links",
    "comments", "comment-list", "commentlist", "comment-respond", "comments-area", "respond", "komentar",
)
#: Never pruned by a class/id match, whatever their class says (a wrapper may carry any class).
KEEP_ELEMENTS = frozenset({"html", "body", "main", "article"})
#: Elements that are never article text.
PRUNE_ELEMENTS = frozenset({"aside", "nav", "footer", "form", "noscript", "iframe"})
#: Short blocks starting with these words are related-article links ("BACA JUGA: …").
RELATED_LEADS = ("baca juga", "lihat juga", "baca pula", "simak juga", "berita terkait")
#: Blocks that may hold such a link (a div only when it has no paragraph inside).
RELATED_BLOCKS = frozenset({"p", "li", "strong", "b", "span", "h3", "h4", "div"})
_TOKEN_SET = frozenset(PRUNE_TOKENS)


_PRUNE_SUBSTRING_RE = re.compile("|".join(re.escape(x) for x in PRUNE_SUBSTRINGS))


def _lead_text(el) -> str:
    """The first words of an element: its own text, else its first child's."""
    t = (el.text or "").lstrip()
    if not t and len(el):
        t = (el[0].text or "").lstrip()
    return t[:20].lower()


def _is_boilerplate_block(el) -> bool:
    tag = el.tag
    if tag in PRUNE_ELEMENTS:
        return True
    if tag not in KEEP_ELEMENTS:
        attrs = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if attrs != " " and (_PRUNE_SUBSTRING_RE.search(attrs) or not _TOKEN_SET.isdisjoint(attrs.split())):
            return True
    if tag in RELATED_BLOCKS and _lead_text(el).startswith(RELATED_LEADS):
        if tag != "div" or el.find(".//p") is None:
            return len(el.text_content()) < 300  # a wrapper that merely starts with a link is kept
    return False


def prune_boilerplate(tree) -> int:
    """Drop related-post/share/comment widgets, sidebars and "BACA JUGA" blocks in place (one pass).

    Tails (text after an element) are kept. The walk does not look inside a block it drops (on portal
    pages most elements sit in menus, sidebars and footers). Returns the number of blocks dropped.
    """
    doomed = []
    walk = etree.iterwalk(tree, events=("start",))
    for _, el in walk:
        if isinstance(el.tag, str) and _is_boilerplate_block(el) and el.getparent() is not None:
            doomed.append(el)
            walk.skip_subtree()
    for el in doomed:
        el.drop_tree()
    return len(doomed)


def _config():
    cfg = use_config()
    cfg.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # signal-based; useless in threads and workers
    cfg.set("DEFAULT", "MIN_EXTRACTED_SIZE", "120")  # short regional news items are real articles
    cfg.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
    cfg.set("DEFAULT", "MAX_TREE_SIZE", str(MAX_TREE_SIZE))
    return cfg


_CONFIG = _config()

# --------------------------------------------------------------------------------------------------
# Metadata trafilatura does not give precisely
# --------------------------------------------------------------------------------------------------
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


def _precise_published(tree, now: datetime | None) -> datetime | None:
    metas = _meta_values(tree)
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


def trafilatura_metadata(tree, url: str | None, date_params: dict):
    """`trafilatura.metadata.extract_metadata` without the fields Warta never reads.

    The same functions in the same order for title, author, URL, hostname, date and site name, then the
    same `clean_and_trim`, so these fields are exactly trafilatura's; categories, tags and the licence
    (XPath scans of the page's links: over 1 ms a page of the benchmark pages, an eighth of what
    `extract_article` cost with them) are left out. Nothing here changes the tree, so reading it before
    `bare_extraction` is what `bare_extraction(with_metadata=True)` did on its copy.
    tests/pipeline/test_extract.py compares the fields with extract_metadata's.
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
    if not metadata.author:
        metadata.author = _tm.extract_author(tree)
    if not metadata.url:
        metadata.url = _tm.extract_url(tree, url)
    if metadata.url:
        metadata.hostname = _tm.extract_domain(metadata.url, fast=True)
    date_config = {**date_params, "url": metadata.url}
    metadata.date = _tm.find_date(tree, **date_config)
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
    metadata.filedate = date_config.get("max_date")
    metadata.clean_and_trim()
    return metadata


# --------------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------------
def content_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def extract_article(html: str | bytes, url: str | None = None, *, now: datetime | None = None) -> Article:
    """Extract one article from a page; never raises, never downloads.

    Bad input (empty, binary junk, no body, broken markup) gives an Article with empty or partial
    text. `now` bounds the publication date (no future dates; default: now in Asia/Jakarta).
    """
    try:
        return _extract(html, url, now)
    except Exception:  # the contract: a bad page is a logged skip, not a crash
        log.warning("extraction failed for %s", url, exc_info=True)
        return Article(url=url, text="", content_hash=content_hash(""))


def _extract(html, url, now) -> Article:
    if isinstance(html, (bytes, bytearray, memoryview)):
        data = bytes(html)
        if len(data) > MAX_HTML_BYTES:
            log.warning("page %s has %d bytes: reading the first %d", url, len(data), MAX_HTML_BYTES)
            data = data[:MAX_HTML_BYTES]
        html = decode_html(data)
    if not isinstance(html, str):
        log.warning("page %s is %s, not HTML: skipped", url, type(html).__name__)
        return Article(url=url, text="", content_hash=content_hash(""))
    if len(html) > MAX_HTML_CHARS:
        log.warning("page %s has %d characters of HTML: extracting from the first %d", url, len(html),
                    MAX_HTML_CHARS)
        html = html[:MAX_HTML_CHARS]
    html = html.replace("\x00", "")
    if not html.strip():
        return Article(url=url, text="", content_hash=content_hash(""))

    tree = trafilatura.load_html(html)
    if tree is None:
        log.info("page %s has no parsable HTML", url)
        return Article(url=url, text="", content_hash=content_hash(""))
    metas = _meta_values(tree)
    precise = _precise_published(tree, now)
    big = len(html) > BIG_PAGE_CHARS
    if big:
        log.info("page %s is large (%d characters): fast extraction without fallbacks", url, len(html))

    prune_boilerplate(tree)  # after our own metadata reading: the head and JSON-LD are untouched
    date_params = {"extensive_search": True, "original_date": True,
                   "max_date": (now or dates.now_jakarta()).strftime("%Y-%m-%d")}
    try:  # as in bare_extraction(with_metadata=True): a TypeError/ValueError here means no document
        doc = trafilatura_metadata(tree, url, date_params)
    except (TypeError, ValueError):
        doc = None
    if doc is not None:
        body = trafilatura.bare_extraction(
            tree, url=url, with_metadata=False, favor_precision=True, include_comments=False,
            include_tables=True, include_images=False, include_links=False, fast=big,
            config=_CONFIG, date_extraction_params=date_params,
        )
        if body is None:
            doc = None
        else:
            doc.text = body.text
    raw = (doc.text if doc is not None else "") or ""
    if not raw.strip():
        raw = _baseline_text(tree)
    text, byline = clean.split_byline(raw)

    site = (doc.sitename if doc is not None else None) or metas.get("og:site_name") \
        or (doc.hostname if doc is not None else None) or (urlparse(url).hostname if url else None)
    title = _choose_title((doc.title if doc is not None else None) or metas.get("og:title")
                          or _first_text(tree, "h1") or _first_text(tree, "title"), text, site)
    day = dates.parse_date(doc.date, now=now) if doc is not None and doc.date else None
    published = _choose_published(precise, day, byline.get("dateline"), now)
    author = clean.clean_author((doc.author if doc is not None else None) or byline.get("author")
                                or byline.get("reporter") or metas.get("author"))

    return Article(url=url, text=text, title=title or None, published=published, author=author or None,
                   site=site or None, content_hash=content_hash(text))


def _heading_like(line: str) -> bool:
    return 3 < len(line.split()) and len(line) <= 200 and not line.endswith((".", "!", "?", ",", ":"))


def _choose_title(title: str | None, text: str, site: str | None) -> str | None:
    """The headline: trafilatura's title, unless it is generic (the site's name, or under four words)
    while the text opens with a heading-like line, which is then the headline."""
    title = clean.normalise(title).strip() if title else None
    first = text.split("\n", 1)[0] if text else ""
    generic = not title or (site and title.lower() == site.lower()) or len(title.split()) < 4
    if generic and _heading_like(first):
        return first
    return title or None


def _first_text(tree, tag: str) -> str | None:
    for el in tree.iter(tag):
        t = " ".join(el.itertext()).strip()
        if t:
            return t
    return None


def _baseline_text(tree) -> str:
    """trafilatura's simple fallback (JSON-LD articleBody, <article>, paragraphs) for pages it rejects."""
    try:
        _, text, _ = trafilatura.baseline(tree)
    except Exception:
        log.debug("baseline extraction failed", exc_info=True)
        return ""
    return text or ""


def extract_text_record(text: str) -> Article:
    """An Article from plain text (the `{"id", "text"}` form of the fact contract).

    The same clean-up applies; a lone dateline ("Sabtu 16 Mar 2024 - 23:15 WIB") becomes `published`,
    the reporter/author line `author`, and a short first line without a full stop the `title`.
    """
    if not isinstance(text, str):
        text = ""
    cleaned, byline = clean.split_byline(text)
    first = cleaned.split("\n", 1)[0] if cleaned else ""
    title = first if first and len(first) <= 200 and not first.endswith((".", "!", "?")) else None
    published = dates.parse_date(byline["dateline"]) if "dateline" in byline else None
    return Article(url=None, text=cleaned, title=title, published=published,
                   author=byline.get("author") or byline.get("reporter"), content_hash=content_hash(cleaned))
