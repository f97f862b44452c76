"""Boilerplate pruning before extraction: one pass over a portal page's tree.

`prune_boilerplate` drops "BACA JUGA" blocks (and "Read more:", "Lea también:" …), related-post and share
widgets, sidebars, tag lists and comment sections, and the side cells of a layout table, in place, before
trafilatura reads the tree; it never drops the block that holds the post. `drop_caption_lines` drops the
lines of the extracted text that hold nothing but photo captions. Used by `pipeline.extract`; the reasons
for each choice are in that module's documentation and in BENCHMARKS.md.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from pipeline.lang import NOISE

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
