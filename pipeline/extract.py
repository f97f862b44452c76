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
import json
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlparse

import trafilatura
from lxml import etree
from lxml.etree import strip_tags
from trafilatura import metadata as _tm
from trafilatura.core import trafilatura_sequence
from trafilatura.settings import Extractor, use_config
from trafilatura.xml import xmltotxt

from pipeline import clean, dates
from pipeline.decode import decode_html  # the one page decoder, shared with pipeline.archive
from pipeline.lang import NOISE
from pipeline.models import Article

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

# --------------------------------------------------------------------------------------------------
# What to prune before extraction (configuration as data)
# --------------------------------------------------------------------------------------------------
#: class/id substrings that are safe to match anywhere (no content wrapper carries them).
PRUNE_SUBSTRINGS = (
    "related", "terkait", "baca-juga", "bacajuga", "baca_juga", "read-also", "readalso", "sharedaddy",
    "share-", "-share", "social", "sosmed", "disqus", "breadcrumb", "newsletter", "populer", "trending",
    "recommend", "rekomendasi", "author-box", "authorbox", "fb-comment", "comment-box", "comments-box",
    "comment-section", "comments-section",
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
PRUNE_ELEMENTS = frozenset({"aside", "nav", "footer", "form", "iframe"})
#: Photo captions (<figcaption>, class/id with these): not pruned (removing blocks inside the article
#: changes trafilatura's choices elsewhere on the page) but their lines are dropped from the text.
CAPTION_ELEMENTS = frozenset({"figcaption"})
CAPTION_MARKER = re.compile(r"caption|ket[-_]?foto|keterangan[-_]?foto|foto[-_]?ket", re.IGNORECASE)
#: class tokens that state a flag or a taxonomy term of the block, not what it is ("no-share",
#: "has-sidebar", WordPress's "category-social-issues"): ignored when matching the lists above.
_STATE_TOKEN_RE = re.compile(r"(?<!\S)(?:no|not|has|with|without|is|hide|show|enable|disable|category)[-_]\S*")
#: Short blocks starting with these words are related-article links ("BACA JUGA: …"): the link
#: openings of pipeline/lang/noise.toml.
RELATED_LEADS = tuple(NOISE["links"])
#: The same lead in other languages ("Read more: …", "Lea también: …", "Lesen Sie auch"): such a block is
#: dropped when it is mostly a link, or the lead alone (a heading over a list of links).
OTHER_RELATED_LEADS = (
    "read more", "read also", "see also", "related articles", "related stories", "related posts",
    "lea también", "lee también", "lea más", "lea:", "le puede interesar", "puedes ver", "mira:",
    "notas relacionadas", "noticias relacionadas", "contenido relacionado", "leia também", "veja também",
    "lesen sie auch", "auch interessant", "zum weiterlesen", "mehr zum thema", "leggi anche", "lire aussi",
    "à lire aussi", "voir aussi", "czytaj też", "czytaj także", "zobacz też", "zobacz także",
)
#: Blocks that may hold such a link (a div only when it has no paragraph inside).
RELATED_BLOCKS = frozenset({"p", "li", "strong", "b", "span", "h2", "h3", "h4", "h5", "h6", "div"})
#: The list of links under a lone related heading: dropped with it when mostly links.
RELATED_LISTS = frozenset({"ul", "ol", "div", "section", "p", "a"})
_TOKEN_SET = frozenset(PRUNE_TOKENS)
_LEAD_CHARS = max(len(x) for x in RELATED_LEADS + OTHER_RELATED_LEADS)


_PRUNE_SUBSTRING_RE = re.compile("|".join(re.escape(x) for x in PRUNE_SUBSTRINGS))


def _mostly_links(el, chars: int, share: float = 0.5) -> bool:
    return chars > 0 and _link_chars(el) >= share * chars


_ATTRS_CACHE: dict[tuple[str | None, str | None], str | None] = {}
_LEADS = RELATED_LEADS + OTHER_RELATED_LEADS
_LEAD_INITIALS = frozenset(x[0] for x in _LEADS)


def _attrs_kind(cls: str | None, id_: str | None) -> str | None:
    """"block" when a class/id pair names a boilerplate block, "caption" when it names a photo caption,
    else None (cached: a page repeats its class strings, a portal its pages')."""
    key = (cls, id_)
    try:
        return _ATTRS_CACHE[key]
    except KeyError:
        pass
    attrs = f"{cls or ''} {id_ or ''}".lower()
    if "-" in attrs or "_" in attrs:
        attrs = _STATE_TOKEN_RE.sub("", attrs)
    if "hentry" not in attrs and (_PRUNE_SUBSTRING_RE.search(attrs) or not _TOKEN_SET.isdisjoint(attrs.split())):
        kind = "block"
    else:
        kind = "caption" if CAPTION_MARKER.search(attrs) else None
    if len(_ATTRS_CACHE) > 50_000:
        _ATTRS_CACHE.clear()
    _ATTRS_CACHE[key] = kind
    return kind


def _related_kind(el, tag: str) -> str | None:
    """"heading" for a lone related-articles heading, "block" for a related-article link, else None."""
    t = el.text
    if not t or t.isspace():
        if not len(el):
            return None
        t = el[0].text
        if not t:
            return None
    lead = t.lstrip()[:_LEAD_CHARS].lower()
    if not lead or lead[0] not in _LEAD_INITIALS or not lead.startswith(_LEADS):
        return None
    if tag == "div" and el.find(".//p") is not None:
        return None
    text = el.text_content().strip()
    if len(text) >= 300:
        return None  # a wrapper that merely starts with a link is kept
    if text.lower().rstrip(" :：»>-") in _LEADS:
        return "heading"
    if lead.startswith(RELATED_LEADS) or _mostly_links(el, len(text)):
        return "block"
    return None


def _boilerplate_kind(el) -> str | None:
    """"block" for a boilerplate block, "heading" for a lone related-articles heading, "caption" for a
    photo caption, else None."""
    tag = el.tag
    if tag in PRUNE_ELEMENTS:
        return "block"
    if tag in CAPTION_ELEMENTS:
        return "caption"
    cls, id_ = el.get("class"), el.get("id")
    if (cls or id_) and tag not in KEEP_ELEMENTS:
        kind = _attrs_kind(cls, id_)
        if kind is not None:
            return kind
    if tag in RELATED_BLOCKS:
        return _related_kind(el, tag)
    return None


#: class/id of the element that holds a post's text in common CMS themes (WordPress "entry-content",
#: Blogger "post-body", "article-body", schema.org's itemprop="articleBody", Indonesian themes'
#: "detail-content", "isi-berita", …). The largest such element and its ancestors are never pruned.
CONTENT_MARKER = re.compile(
    r"(?:article|post|entry|story|detail|read|news|single|blog|berita)[-_]?(?:content|body|text|isi)|"
    r"articlebody|isi[-_]?(?:berita|artikel)|txt-article|(?<![\w-])(?:entry|post)(?![\w-])", re.IGNORECASE)
#: Tags that may carry the marker (what trafilatura's own BODY_XPATH looks at, and table cells).
CONTENT_TAGS = ("div", "article", "section", "main", "td")
#: A matched block holding at least this share of the page's text is a wrapper of the article (an
#: ASP.NET page-wide <form>, an enclosing <noscript>), not boilerplate: it is kept and the walk looks
#: inside it ...
WRAPPER_SHARE = 0.3
#: ... unless most of that text is link text (a mega-menu, a link farm).
WRAPPER_MAX_LINK_SHARE = 0.8


def _link_chars(el) -> int:
    return sum(len(a.text_content()) for a in el.iter("a"))


_MARKER_CACHE: dict[tuple[str | None, str | None], bool] = {}


def _is_content_marker(cls: str | None, id_: str | None) -> bool:
    key = (cls, id_)
    hit = _MARKER_CACHE.get(key)
    if hit is None:
        hit = bool(CONTENT_MARKER.search(f"{cls or ''} {id_ or ''}"))
        if len(_MARKER_CACHE) > 50_000:
            _MARKER_CACHE.clear()
        _MARKER_CACHE[key] = hit
    return hit


def _article_ancestors(tree) -> tuple[object | None, set]:
    """The element holding the post's text (the largest CONTENT_MARKER element), and the set of it, the
    markers nested in it or around it that hold at least half as much text (a theme's "post" around
    its "entry-content"), and their ancestors."""
    found = []
    for el in tree.iter(CONTENT_TAGS):
        cls, id_ = el.get("class"), el.get("id")
        if ((cls or id_) and _is_content_marker(cls, id_)) or el.get("itemprop") == "articleBody":
            found.append((len(el.text_content()), el))
    if not found:
        return None, set()
    best_len, best = max(found, key=lambda x: x[0])
    keep = set()
    for n, el in found:
        if n >= 0.5 * best_len and n:
            keep.add(el)
            keep.update(el.iterancestors())
    return best, keep


def _lead_lines(body, limit: int = 4) -> list[str]:
    """Short texts of the blocks right before the article body, nearest first (where old CMS and pemda
    sites put the headline and the date, outside the body)."""
    out: list[str] = []
    el, climbs = body, 0
    while el is not None and len(out) < limit and climbs < 3:
        sib = el.getprevious()
        while sib is not None and len(out) < limit:
            if isinstance(sib.tag, str):
                t = " ".join(sib.text_content().split())
                if t:
                    if len(t) > 200:
                        return out
                    out.append(t)
            sib = sib.getprevious()
        el, climbs = el.getparent(), climbs + 1
    return out


#: A <form> holding this much text, little of it link text, wraps content (a shop's product form, a
#: CMS that puts the page in a form), not a search or comment form.
FORM_PROSE_CHARS = 1000


def _wraps_page(el, page_chars: int) -> bool:
    """True when `el` holds much of the page's text and little of it is link text."""
    chars = len(el.text_content())
    if el.tag == "form" and chars >= FORM_PROSE_CHARS and _link_chars(el) < 0.2 * chars:
        return True
    return chars >= WRAPPER_SHARE * page_chars and _link_chars(el) < WRAPPER_MAX_LINK_SHARE * chars


_CELLS = ("td", "th")
_TABLE_PARTS = frozenset({"table", "tbody", "thead", "tfoot", "tr", "td", "th"})


def _unwrap_layout_tables(keep: set) -> list:
    """A table with the article in one of its cells lays the page out (old CMS and pemda sites): the
    cells beside the article's (menus, agenda, visitor counters) are returned to be dropped, and the
    table, row and cell that hold the article become plain blocks, so that the article is read as
    paragraphs, not as one table row."""
    side = []
    for el in [e for e in keep if e.tag in _CELLS]:
        row = el.getparent()
        if row is None:
            continue
        side.extend(c for c in row if c.tag in _CELLS and c is not el and c not in keep)
        for part in (el, *el.iterancestors(*_TABLE_PARTS)):
            if part.tag in _TABLE_PARTS and part in keep:
                part.tag = "div"
    return side


@dataclass
class PageParts:
    """What pruning learns about the page besides what it drops."""

    captions: list[str] = field(default_factory=list)  # photo caption texts (see drop_caption_lines)
    lead: list[str] = field(default_factory=list)  # short blocks before the article body (_lead_lines)


def prune_boilerplate(tree, parts: PageParts | None = None) -> int:
    """Drop related-post/share/comment widgets, sidebars and "BACA JUGA" blocks in place (one pass).

    Tails (text after an element) are kept. The walk does not look inside a block it drops (on portal
    pages most elements sit in menus, sidebars and footers). A block that holds the post (its
    CONTENT_MARKER element or an ancestor of it, or most of the page's text) is never dropped, whatever
    its class says: the walk looks inside it. Photo captions met on the way and the blocks before the
    article body go into `parts`. Returns the number of blocks dropped.
    """
    doomed = []
    article, keep = _article_ancestors(tree)
    doomed.extend(_unwrap_layout_tables(keep))
    page_chars = -1
    under_heading = None
    walk = etree.iterwalk(tree, events=("start",))
    for _, el in walk:
        if not isinstance(el.tag, str):
            continue
        kind = _boilerplate_kind(el)
        if kind is None and el is under_heading and el.tag in RELATED_LISTS \
                and _mostly_links(el, len(el.text_content()), 0.6):
            kind = "block"  # the links listed under a lone "Berita Terkait" heading
        if kind == "caption":
            if parts is not None:
                caption = " ".join(el.text_content().split())
                if caption:
                    parts.captions.append(caption)
            walk.skip_subtree()
            continue
        if kind is None or el in keep or el.getparent() is None:
            continue
        if page_chars < 0:
            body = tree.find(".//body")
            page_chars = len((body if body is not None else tree).text_content())
        if kind == "block" and _wraps_page(el, page_chars):
            continue
        doomed.append(el)
        walk.skip_subtree()
        if kind == "heading":
            under_heading = el.getnext()
    for el in doomed:
        el.drop_tree()
    if parts is not None and article is not None:
        parts.lead = _lead_lines(article)
    return len(doomed)


_TABLE_EDGES = " |\t"


def drop_caption_lines(text: str, captions: list[str]) -> str:
    """Drop the lines of `text` that hold nothing but photo captions (a table cell's "| … |" included)."""
    if not captions or not text:
        return text
    out = []
    for line in text.split("\n"):
        rest = " ".join(line.split()).strip(_TABLE_EDGES)
        if rest:
            for caption in captions:
                if caption in rest:
                    rest = rest.replace(caption, " ")
            if not rest.strip(_TABLE_EDGES + "-–—.,"):
                continue
        out.append(line)
    return "\n".join(out)


def _config():
    cfg = use_config()
    cfg.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # signal-based; useless in threads and workers
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
