"""A portal's HTML → a clean `Article`: pure (never downloads), never raises on bad input.

Steps: decode bytes (declared charset, then a per-byte windows-1252 fallback for mixed pages, then
`charset_normalizer` when nothing is declared) → cap the size (`MAX_HTML_CHARS`) → parse once with
trafilatura's tolerant loader → read precise metadata ourselves (`article:published_time`, JSON-LD
`datePublished`, `og:site_name`: trafilatura gives the date as a day only) → prune boilerplate blocks
(`prune_boilerplate`) → trafilatura's metadata (title, site name, and the day only when the page states
no time: `trafilatura_metadata`, without the categories, tags and licence Warta never reads) →
trafilatura's text on the same tree, with its fallback (`trafilatura_text`: bare_extraction's steps
without its copy of the tree) → photo caption lines dropped → `clean.split_byline` → trafilatura's author
search, in place, last (`trafilatura_author`) → sha1 of the cleaned text. The page is parsed once.

Extraction choices (measured on trafilatura's own benchmark, `benchmarks/extraction_eval.py`, and on
Indonesian portal layouts, `benchmarks/boilerplate_id.py`; figures in BENCHMARKS.md):
- trafilatura's balanced mode with its readability/justext fallback, and its default MIN_EXTRACTED_SIZE:
  `favor_precision` lost more article than the boilerplate it kept out (.005 F1), and the pruning below
  does that job where it is sure.
- `include_comments=False`: reader comments are not the article.
- `include_tables=True`: compliance results are often published as a table of regions and scores.
- `prune_boilerplate` (one Python pass, instead of `prune_xpath`, which costs seconds on big pages with
  this many patterns) drops "BACA JUGA" blocks (and "Read more:", "Lea también:" …), related-post and
  share widgets, sidebars, tag lists and comment sections before extraction (trafilatura keeps "BACA
  JUGA" paragraphs), and the side cells of a layout table. It never drops the block that holds the post
  (a content-marker element such as "entry-content" or "post-body" and its ancestors, a block with a
  third of the page's text, a form full of prose): Blogger's "widget Blog", an ASP.NET page-wide <form>,
  an enclosing <nav> or <noscript>. Photo captions are not pruned (that changes trafilatura's choices
  elsewhere on the page) but their lines are dropped from the text.
- quotes stay as written (“…”, ‘…’, „…“, «…»): `clean` matches its patterns on folded ASCII
  forms and the tagger reads `clean.fold_quotes(text)`.
- pages over `BIG_PAGE_CHARS` are extracted with `fast=True` (no readability/justext fallback).
"""
from __future__ import annotations

import hashlib
import logging
import re
from datetime import datetime
from urllib.parse import urlparse

import trafilatura
from lxml.etree import strip_tags
from trafilatura.core import trafilatura_sequence
from trafilatura.settings import Extractor, use_config
from trafilatura.xml import xmltotxt

from pipeline import clean, dates
from pipeline.boilerplate import PageParts, drop_caption_lines, prune_boilerplate
from pipeline.decode import decode_html  # the one page decoder, shared with pipeline.archive
from pipeline.models import Article
from pipeline.pagemeta import _choose_published, _meta_values, _precise_published, trafilatura_author, \
    trafilatura_metadata

log = logging.getLogger(__name__)

#: Pages are cut to this many characters of HTML before parsing (real articles are < 500 KB; the
#: cap bounds the cost of a pathological page to about a second).
MAX_HTML_CHARS = 3_000_000
#: Bytes read before decoding (a multi-byte charset needs up to 4 bytes a character).
MAX_HTML_BYTES = 4 * MAX_HTML_CHARS
#: Above this size the readability/justext fallbacks (which double the cost) are skipped.
BIG_PAGE_CHARS = 2_000_000
#: trafilatura gives up on trees larger than this (elements in the extracted body).
MAX_TREE_SIZE = 20_000


def _config():
    cfg = use_config()
    cfg.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # signal-based; useless in threads and workers
    cfg.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
    cfg.set("DEFAULT", "MAX_TREE_SIZE", str(MAX_TREE_SIZE))
    return cfg


_CONFIG = _config()



def trafilatura_text(tree, url: str | None, fast: bool) -> str | None:
    """The text `trafilatura.bare_extraction(tree, …)` gives with Warta's options (`_CONFIG`, tables,
    no comments, no formatting, links or images, its fallback unless `fast`), or None where it gives no
    document. The same steps (`trafilatura_sequence`, the tree-size and output-size checks, `xmltotxt`)
    without bare_extraction's copy of the whole tree: the sequence works on copies of its own and leaves
    the tree as it was. tests/pipeline/test_extract.py compares it with bare_extraction."""
    options = Extractor(config=_CONFIG, output_format="python", fast=fast, comments=False, tables=True,
                        formatting=False, links=False, images=False, url=url)
    postbody, temp_text, _, temp_comments = trafilatura_sequence(tree, options, url)
    if options.max_tree_size and len(postbody) > options.max_tree_size:
        strip_tags(postbody, "hi")
        if len(postbody) > options.max_tree_size:
            return None
    if len(temp_text) < options.min_output_size and len(temp_comments) < options.min_output_comm_size:
        return None
    return xmltotxt(postbody, False)


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
    precise = _precise_published(tree, now, metas)
    big = len(html) > BIG_PAGE_CHARS
    if big:
        log.info("page %s is large (%d characters): fast extraction without fallbacks", url, len(html))

    parts = PageParts()
    prune_boilerplate(tree, parts)  # after our own metadata reading: the head and JSON-LD are untouched
    date_params = None if precise is not None else {
        "extensive_search": False, "original_date": True,
        "max_date": (now or dates.now_jakarta()).strftime("%Y-%m-%d")}
    try:  # as in bare_extraction(with_metadata=True): a TypeError/ValueError here means no document
        doc = trafilatura_metadata(tree, url, date_params, author=False)
        raw = trafilatura_text(tree, url, fast=big)
    except (TypeError, ValueError):
        doc = raw = None
    if raw is None:
        doc, raw = None, ""
    if not raw.strip():
        raw = _baseline_text(tree)
    text, byline = clean.split_byline(drop_caption_lines(raw, parts.captions))

    site = (doc.sitename if doc is not None else None) or metas.get("og:site_name") \
        or (doc.hostname if doc is not None else None) or (urlparse(url).hostname if url else None)
    title = _choose_title((doc.title if doc is not None else None) or metas.get("og:title")
                          or _first_text(tree, "h1") or _first_text(tree, "title"), text, site, parts.lead)
    day = dates.parse_date(doc.date, now=now) if doc is not None and doc.date else None
    dateline = byline.get("dateline") or next(
        (clean.fold_quotes(t) for t in parts.lead if clean.boilerplate_kind(t) in ("dateline", "meta")), None)
    published = _choose_published(precise, day, dateline, now)
    if doc is not None and not doc.author:
        doc.author = trafilatura_author(tree)  # prunes the tree: last
    author = clean.clean_author((doc.author if doc is not None else None) or byline.get("author")
                                or byline.get("reporter") or metas.get("author"))

    return Article(url=url, text=text, title=title or None, published=published, author=author or None,
                   site=site or None, content_hash=content_hash(text))


def _heading_like(line: str) -> bool:
    return 3 < len(line.split()) and len(line) <= 200 and not line.endswith((".", "!", "?", ",", ":"))


#: Titles that name the site, not the article ("Portal Resmi Pemerintah Kabupaten …").
_SITE_TITLE = re.compile(r"^(?:portal|website|situs|laman|web)\s+resmi\b|^official\s+(?:website|site|portal)\b",
                         re.IGNORECASE)


def _choose_title(title: str | None, text: str, site: str | None, lead: list[str] = ()) -> str | None:
    """The headline: trafilatura's title, unless it is generic (the site's name, a "Portal Resmi …"
    title, or under four words) while the text opens with a heading-like line, or a heading-like block
    stands right before the article body: that is then the headline."""
    title = clean.normalise(title).strip() if title else None
    first = text.split("\n", 1)[0] if text else ""
    generic = not title or (site and title.lower() == site.lower()) or len(title.split()) < 4 \
        or bool(_SITE_TITLE.match(title))
    if generic:
        if _heading_like(first):
            return first
        heading = next((t for t in lead if _heading_like(t) and not clean.boilerplate_kind(t)), None)
        if heading:
            return clean.normalise(heading)
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
