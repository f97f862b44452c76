"""The generic portal spider: discovers article URLs of one portal and hands every article response to
the archive (spiders.archive.WarcArchivePipeline).

Discovery, in the standard ways: the portal's sitemaps (indexes, url sets, news sitemaps; robots.txt
`Sitemap:` lines when the portal lists none), RSS/Atom feeds, the WordPress REST API, and listing
pages followed through their pagination up to `WARTA_MAX_LISTING_PAGES`. A portal made from a bare
`--url` is discovered generically (robots.txt, /sitemap.xml, /sitemap_index.xml, /wp-sitemap.xml,
/feed/, /wp-json/wp/v2/posts, and the URL itself as a listing).

Before an article is fetched it must be on the portal's site, match `article_pattern` (or the generic
heuristic), be newer than `since` when its date is known, pass the topic filter (unless disabled) and
not be archived already (a page archived before is fetched again, conditionally, only when its
sitemap/feed date moved past the archived copy). Failures are counted by kind and never stop a crawl.

Whole articles: when the portal definition has `single_page` (`"?page=all"`, `"/all"`) the article is
fetched through that variant (falling back to the plain URL when the variant answers 404/410); otherwise
an article whose page links to its own next page (`/2`, `?page=2`, "Halaman selanjutnya", rel="next",
the "Halaman 1 2 3" numbers of Disway/Tribun) is followed page by page, up to `WARTA_MAX_ARTICLE_PAGES`.
Each page is archived with its part number and the first page's URL (spiders.archive writes them as
WARC headers); pipeline.archive joins the parts back into one article.

Garbage bytes served as text/html, empty bodies and non-HTML answers are skipped and counted, never
archived.
"""
from __future__ import annotations

import logging
import re
from datetime import date, datetime, time, timezone
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import scrapy
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
)
from scrapy.http import HtmlResponse, Request, Response
from scrapy.linkextractors import LinkExtractor
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.defer import CancelledError
from twisted.internet.error import (
    ConnectionLost,
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)
from twisted.web._newclient import ResponseFailed
from w3lib.url import url_query_cleaner

from spiders import discovery
from spiders.archive import ArchiveIndex
from spiders.discovery import Entry
from spiders.items import ArticlePage
from spiders.middlewares import OffsiteRedirect, PageBudget
from spiders.portals import Portal
from spiders.topic import is_on_topic, slug_words

log = logging.getLogger(__name__)

#: Query parameters that only track visitors: dropped so one article has one URL.
TRACKING_PARAMS = ("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "fbclid",
                   "gclid", "amp", "_ga")
_NON_HTML_EXT = re.compile(r"\.(jpe?g|png|gif|webp|svg|bmp|ico|pdf|docx?|xlsx?|pptx?|zip|rar|gz|xml|"
                           r"json|mp3|mp4|m4a|webm|avi|css|js|txt)$", re.IGNORECASE)
_NOT_ARTICLE_SEGMENTS = {"tag", "tags", "category", "kategori", "author", "penulis", "page", "feed",
                         "search", "cari", "indeks", "index", "wp-content", "wp-admin", "wp-json",
                         "wp-login.php", "topik", "topic", "label", "login", "register", "video", "foto",
                         "galeri", "gallery"}
_DATE_IN_PATH = re.compile(r"/(19|20)\d{2}/[01]?\d/")
_NUMERIC_ID = re.compile(r"(^|[/-])\d{4,}([/-]|$)")
_SKIP_CHILD_SITEMAP = re.compile(r"(^|[-_/])(page|category|categories|tag|tags|post_tag|author|user|"
                                 r"users|taxonom\w*|attachment|image|video|product|web-stories)"
                                 r"[-_]?(sitemap)?\d*\.xml", re.IGNORECASE)
_NEXT_TEXTS = {"next", "next »", "next ›", "»", "›", "selanjutnya", "berikutnya", "lanjut",
               "halaman berikutnya", "older posts", "older entries", "berita lainnya", "›› "}
_PAGE_IN_URL = re.compile(r"(/page/(\d+)/?$)|([?&](page|paged|hal|halaman|p)=(\d+))", re.IGNORECASE)
WP_POSTS_PER_PAGE = 100
#: Query parameters and trailing path numbers that number the pages of one article.
_PART_QUERY_KEYS = {"page", "halaman", "hal", "p", "paged"}
_PART_IN_PATH = re.compile(r"/(\d{1,2})/?$")
#: Share of control bytes above which a body served as HTML is garbage (real HTML has none).
MAX_CONTROL_BYTE_SHARE = 0.01
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def normalise_url(url: str) -> str:
    """Drop the fragment and tracking parameters."""
    return url_query_cleaner(url, TRACKING_PARAMS, remove=True, keep_fragments=False)


def article_part(url: str) -> tuple[str, int]:
    """(the article's URL without its page marker, the page number): `/slug/2`, `/slug?page=2` → 2.

    The first page and an unnumbered URL are page 1. Only a one- or two-digit last path segment counts
    as a page number (a longer number is an article id).
    """
    parts = urlsplit(normalise_url(url))
    number = 1
    kept = []
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key.lower() in _PART_QUERY_KEYS and value.isdigit():
            number = int(value)
        else:
            kept.append((key, value))
    path = parts.path
    match = _PART_IN_PATH.search(path)
    if match and number == 1 and path[: match.start()].strip("/"):
        number = int(match.group(1))
        path = path[: match.start()]
    return urlunsplit(parts._replace(path=path.rstrip("/") or "/", query=urlencode(kept), fragment="")), number


def looks_like_garbage(body: bytes) -> bool:
    """True for bytes that cannot be an HTML page: NULs or control bytes (random data, a binary file
    mislabelled text/html). UTF-16 pages (with a BOM) are not garbage."""
    head = body[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    controls = sum(head.count(bytes([b])) for b in _CONTROL_BYTES)
    return controls > MAX_CONTROL_BYTE_SHARE * max(len(head), 1)


def looks_like_article(url: str) -> bool:
    """Generic article heuristic for portals without `article_pattern`.

    An article path has a date (`/2024/03/...`) or a numeric id (`/read/46870/...`) and a slug of two
    or more words, or a slug of four or more words on its own; never a tag/category/author/feed page
    or a non-HTML file.
    """
    path = urlsplit(url).path
    if not path.strip("/") or _NON_HTML_EXT.search(path.rstrip("/")):
        return False
    segments = [s.lower() for s in path.split("/") if s]
    if any(s in _NOT_ARTICLE_SEGMENTS for s in segments):
        return False
    words = len(slug_words(url))
    if _DATE_IN_PATH.search(path + "/") or _NUMERIC_ID.search(path):
        return words >= 2
    return words >= 4


class PortalSpider(scrapy.Spider):
    name = "portal"

    def __init__(self, portal: Portal, since: date | datetime | None = None, topic_filter: bool = True,
                 max_listing_pages: int | None = None, **kwargs):
        super().__init__(name=f"portal:{portal.key}", **kwargs)
        self.portal = portal
        if isinstance(since, datetime):
            self.since = since if since.tzinfo else since.replace(tzinfo=timezone.utc)
        elif isinstance(since, date):
            self.since = datetime.combine(since, time.min, tzinfo=timezone.utc)
        else:
            self.since = None
        self.topic_filter = topic_filter
        self.max_listing_pages = max_listing_pages
        self.pattern = portal.compiled_pattern()
        self.index: ArchiveIndex | None = None
        self._considered: set[str] = set()
        # No allow_domains: Scrapy compares it with host *and port*, so a site served on an explicit port
        # (`--url http://host:8080/`) had no link of its own; consider() keeps the portal's links (Portal.owns).
        self._links = LinkExtractor(unique=True)
        self._sitemaps_requested = 0

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        if spider.max_listing_pages is None:
            spider.max_listing_pages = crawler.settings.getint("WARTA_MAX_LISTING_PAGES", 5)
        spider.max_sitemap_depth = crawler.settings.getint("WARTA_MAX_SITEMAP_DEPTH", 3)
        spider.max_sitemaps = crawler.settings.getint("WARTA_MAX_SITEMAPS", 500)
        archive_dir = crawler.settings.get("WARTA_ARCHIVE_DIR")
        if archive_dir:
            spider.index = ArchiveIndex(Path(archive_dir), crawler.settings.get("WARTA_ARCHIVE_SHARD") or None)
        crawler.signals.connect(spider._close_index, signal=scrapy.signals.spider_closed, weak=False)
        return spider

    def _close_index(self, spider) -> None:
        if self.index is not None:
            self.index.close()

    # -- bookkeeping -------------------------------------------------------------------------------
    def _count(self, kind: str, reason: str) -> int:
        """Count one more `kind/reason`; returns how many were counted before."""
        if self.crawler is None:
            return 0
        key = f"warta/{kind}/{reason}"
        before = self.crawler.stats.get_value(key, 0)
        self.crawler.stats.inc_value(key)
        return before

    def _discovery_request(self, url: str, *, guessed: bool = False, **meta) -> Request:
        return Request(url, callback=self.parse_discovery, errback=self.errback,
                       meta={"guessed": guessed, **meta}, priority=10)

    def _sitemap_request(self, url: str, *, depth: int = 0, guessed: bool = False) -> Request | None:
        """A sitemap to fetch (`depth`: indexes above it), or None (counted) past WARTA_MAX_SITEMAP_DEPTH
        or WARTA_MAX_SITEMAPS."""
        if depth > self.max_sitemap_depth:
            if not self._count("skipped", "sitemap_too_deep"):
                log.warning("sitemap index nested deeper than %d (WARTA_MAX_SITEMAP_DEPTH), not followed: %s",
                            self.max_sitemap_depth, url)
            return None
        if self._sitemaps_requested >= self.max_sitemaps:
            if not self._count("skipped", "sitemap_limit"):
                log.warning("%d sitemaps fetched (WARTA_MAX_SITEMAPS): no more in this crawl, first left: %s",
                            self.max_sitemaps, url)
            return None
        self._sitemaps_requested += 1
        return self._discovery_request(url, guessed=guessed, sitemap_depth=depth)

    # -- start ------------------------------------------------------------------------------------
    def start_urls_plan(self) -> list[Request]:
        """The discovery requests this portal starts from."""
        p = self.portal
        base = p.base_url
        requests: list[Request] = []
        if not p.sitemaps or p.generic:
            requests.append(Request(urljoin(base, "/robots.txt"), callback=self.parse_robots,
                                    errback=self.errback, meta={"guessed": True}, priority=20))
        requests += [r for r in map(self._sitemap_request, p.sitemaps) if r is not None]
        requests += [self._discovery_request(u) for u in p.feeds]
        if p.generic:
            requests += [self._discovery_request(urljoin(base, "/feed/"), guessed=True),
                         self._discovery_request(self.wp_posts_url(1), guessed=True, wp_page=1)]
        requests += [Request(u, callback=self.parse_listing, errback=self.errback,
                             meta={"listing_page": 1}, priority=5) for u in p.listings]
        return requests

    async def start(self):
        for request in self.start_urls_plan():
            yield request

    def wp_posts_url(self, page: int) -> str:
        query = {"per_page": WP_POSTS_PER_PAGE, "page": page, "_fields": "link,title,excerpt,date_gmt"}
        if self.since:
            query["after"] = self.since.strftime("%Y-%m-%dT%H:%M:%S")
        return urljoin(self.portal.base_url, "/wp-json/wp/v2/posts") + "?" + urlencode(query)

    # -- discovery --------------------------------------------------------------------------------
    def parse_robots(self, response: Response):
        sitemaps = discovery.robots_sitemaps(response.body, response.url)
        requests = [self._sitemap_request(url) for url in sitemaps]
        if not sitemaps and (self.portal.generic or not self.portal.feeds and not self.portal.listings):
            requests += [self._sitemap_request(urljoin(self.portal.base_url, path), guessed=True)
                         for path in ("/sitemap_index.xml", "/sitemap.xml", "/wp-sitemap.xml")]
        yield from (r for r in requests if r is not None)

    def parse_discovery(self, response: Response):
        """A sitemap, feed or API page, whatever the URL promised: sniffed by content."""
        try:
            body = discovery.maybe_gunzip(response.body, self.settings.getint("DOWNLOAD_MAXSIZE"))
        except Exception as exc:  # a truncated or bomb .gz: skip it, keep crawling
            log.warning("unreadable compressed discovery document %s: %s", response.url, exc)
            self._count("errors", "bad_gzip")
            return
        ctype = response.headers.get(b"Content-Type", b"").decode("latin-1")
        kind = discovery.sniff(body, ctype)
        if kind == discovery.SITEMAP_INDEX:
            _, children = discovery.parse_sitemap(body, response.url)
            for child in children:
                if self.since and child.lastmod and child.lastmod < self.since:
                    self._count("skipped", "sitemap_too_old")
                elif _SKIP_CHILD_SITEMAP.search(urlsplit(child.url).path):
                    self._count("skipped", "sitemap_not_posts")
                elif self.portal.owns(child.url):
                    request = self._sitemap_request(child.url, depth=response.meta.get("sitemap_depth", 0) + 1)
                    if request is not None:
                        yield request
        elif kind == discovery.URLSET:
            _, entries = discovery.parse_sitemap(body, response.url)
            yield from self.consider_all(entries)
        elif kind in (discovery.RSS, discovery.ATOM):
            yield from self.consider_all(discovery.parse_feed(body, response.url))
        elif kind == discovery.WP_JSON:
            entries = discovery.parse_wp_json(body, response.url)
            yield from self.consider_all(entries)
            page = response.meta.get("wp_page", 1)
            total = response.headers.get(b"X-WP-TotalPages")
            more = int(total) > page if total and total.isdigit() else len(entries) >= WP_POSTS_PER_PAGE
            if more and page < self.max_listing_pages:
                yield self._discovery_request(self.wp_posts_url(page + 1), wp_page=page + 1)
        elif kind == discovery.HTML:
            yield from self.parse_listing(response)
        else:
            log.info("not a sitemap, feed or listing: %s", response.url)
            self._count("skipped", "unknown_discovery")

    def consider_all(self, entries: list[Entry]):
        for entry in entries:
            request = self.consider(entry)
            if request is not None:
                yield request

    def consider(self, entry: Entry, *, from_listing: bool = False) -> Request | None:
        """The article request for a discovered entry, or None (counted) when it is not wanted."""
        url = normalise_url(entry.url)
        if url in self._considered:
            return None
        self._considered.add(url)
        if not self.portal.owns(url):
            if not from_listing:
                self._count("skipped", "offsite")
            return None
        if not (self.pattern.search(urlsplit(url).path) if self.pattern else looks_like_article(url)):
            if not from_listing:
                self._count("skipped", "not_article")
            return None
        if self.since and entry.lastmod and entry.lastmod < self.since:
            self._count("skipped", "too_old")
            return None
        if self.topic_filter and not is_on_topic(url, entry.title, entry.summary):
            self._count("skipped", "off_topic")
            return None
        meta = {"request_url": url, "refetch": False}
        headers = {}
        previous = self.index.lookup(url) if self.index is not None else None
        if previous is not None:
            # a date in the future is a portal's mistake, not a change: it would re-fetch every night
            moved = entry.lastmod is not None and previous.fetched_at < entry.lastmod <= datetime.now(timezone.utc)
            if not moved:
                self._count("skipped", "archived")
                return None
            meta["refetch"] = True
            if previous.etag:
                headers["If-None-Match"] = previous.etag
            if previous.last_modified:
                headers["If-Modified-Since"] = previous.last_modified
        # dont_filter: articles are de-duplicated above (`_considered`); Scrapy's duplicate filter would
        # otherwise drop the second hop of a redirect loop silently instead of failing it (counted).
        whole = self.portal.single_page_url(url)
        if whole is not None and whole != url:
            meta["whole_variant"] = True
            return Request(whole, callback=self.parse_article, errback=self.errback, meta=meta, headers=headers,
                           dont_filter=True)
        return Request(url, callback=self.parse_article, errback=self.errback, meta=meta, headers=headers,
                       dont_filter=True)

    def parse_listing(self, response: Response):
        """A listing page: article links (anchor text as title) and, within bounds, the next page."""
        if not isinstance(response, HtmlResponse):
            self._count("skipped", "listing_not_html")
            return
        for link in self._links.extract_links(response):
            request = self.consider(Entry(link.url, title=link.text.strip() or None), from_listing=True)
            if request is not None:
                yield request
        page = response.meta.get("listing_page", 1)
        if page >= self.max_listing_pages:
            return
        for url in self.next_page_urls(response):
            yield Request(url, callback=self.parse_listing, errback=self.errback,
                          meta={"listing_page": page + 1}, priority=5)

    def next_page_urls(self, response: HtmlResponse) -> list[str]:
        """Pagination links of a listing: rel=next, "Selanjutnya"/"Next"/"»" anchors, or the page n+1 link."""
        found: list[str] = []
        for href in response.css("link[rel~=next]::attr(href), a[rel~=next]::attr(href)").getall():
            found.append(response.urljoin(href))
        current = _page_number(response.url)
        for a in response.css("a[href]"):
            href = response.urljoin(a.attrib["href"])
            text = " ".join(" ".join(a.css("::text").getall()).split()).lower()
            classes = (a.attrib.get("class", "") + " " + a.attrib.get("aria-label", "")).lower()
            if text in _NEXT_TEXTS or re.search(r"\bnext\b", classes):
                found.append(href)
            elif _page_number(href) == current + 1 and text == str(current + 1):
                found.append(href)
        out = []
        for url in dict.fromkeys(normalise_url(u) for u in found):
            if self.portal.owns(url) and url != normalise_url(response.url):
                out.append(url)
        return out[:1]

    # -- articles ---------------------------------------------------------------------------------
    def parse_article(self, response: Response):
        ctype = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
        if not isinstance(response, HtmlResponse) and "html" not in ctype:
            log.info("not HTML (%s), skipped: %s", ctype or "no content type", response.url)
            self._count("skipped", "not_html")
            return
        if not response.body.strip():
            log.info("empty page skipped: %s", response.url)
            self._count("skipped", "empty")
            return
        if looks_like_garbage(response.body):
            log.warning("garbage bytes served as HTML, skipped: %s", response.url)
            self._count("skipped", "garbage")
            return
        meta = response.meta
        request_url = meta.get("request_url", response.url)
        refetch = meta.get("refetch", False)
        if meta.get("whole_variant"):  # the whole article on one page: archived as part "all" of its URL
            yield ArticlePage(portal=self.portal.key, request_url=request_url, response=response,
                              refetch=refetch, part_of=request_url, part=ArticlePage.WHOLE)
            return
        part_of = meta.get("part_of")
        part = meta.get("part", 1)
        next_url = self.next_part_url(response, part_of or request_url, part)
        if part_of is None and next_url is None:  # a whole article
            yield ArticlePage(portal=self.portal.key, request_url=request_url, response=response, refetch=refetch)
            return
        first = part_of or request_url
        yield ArticlePage(portal=self.portal.key, request_url=request_url, response=response, refetch=refetch,
                          part_of=first, part=part)
        if next_url is None:
            return
        if part >= self.settings.getint("WARTA_MAX_ARTICLE_PAGES", 20):
            log.warning("article has more than %d pages, rest not fetched: %s", part, first)
            self._count("skipped", "article_pages_beyond_limit")
            return
        yield Request(next_url, callback=self.parse_article, errback=self.errback, priority=1,
                      meta={"request_url": next_url, "part_of": first, "part": part + 1, "refetch": refetch})

    def next_part_url(self, response: HtmlResponse, first_url: str, part: int) -> str | None:
        """The link to page `part + 1` of the article first fetched as `first_url`, if the page has one.

        Any link or anchor counts (rel="next", "Halaman selanjutnya", the numbers of "Halaman 1 2 3",
        `?page=all` aside) as long as it is the same article's URL numbered `part + 1`: a "next story"
        link to another article never matches.
        """
        base, _ = article_part(first_url)
        hrefs = response.css("link[rel~=next]::attr(href), a[href]::attr(href)").getall()
        for href in hrefs:
            url = response.urljoin(href.strip())
            if not self.portal.owns(url):
                continue
            candidate, number = article_part(url)
            if number == part + 1 and candidate == base:
                return normalise_url(url)
        return None

    def errback(self, failure):
        request = failure.request
        if failure.check(HttpError):
            status = failure.value.response.status
            if request.meta.get("whole_variant") and status in (404, 410):
                plain = request.meta["request_url"]
                log.info("no whole-article variant (HTTP %d), fetching %s as it is", status, plain)
                self._count("skipped", "no_single_page_variant")
                meta = {k: v for k, v in request.meta.items() if k not in ("whole_variant", "retry_times")}
                return [Request(plain, callback=self.parse_article, errback=self.errback, meta=meta,
                                headers=request.headers, dont_filter=True)]
            if status == 304:
                self._count("skipped", "not_modified")
            elif request.meta.get("guessed") and status in (404, 410):
                self._count("skipped", "no_such_entry_point")
            else:
                log.warning("HTTP %d: %s", status, request.url)
                self._count("errors", f"http_{status}")
        elif failure.check(PageBudget):
            self._count("skipped", "page_budget")
        elif failure.check(OffsiteRedirect):
            log.warning("redirected off the portal's site, not followed: %s", request.url)
            self._count("skipped", "offsite_redirect")
        elif failure.check(IgnoreRequest) and "redirect" in str(failure.value).lower():
            log.warning("too many redirects (a loop?): %s", request.url)
            self._count("errors", "redirect_loop")
        elif failure.check(IgnoreRequest):
            reason = "robots_disallowed" if "robots" in str(failure.value).lower() else "ignored"
            log.info("%s: %s", reason, request.url)
            self._count("skipped", reason)
        elif failure.check(TimeoutError, TCPTimedOutError, DownloadTimeoutError):
            log.warning("timeout: %s", request.url)
            self._count("errors", "timeout")
        elif failure.check(DNSLookupError, CannotResolveHostError):
            log.warning("DNS lookup failed: %s", request.url)
            self._count("errors", "dns")
        elif failure.check(CancelledError, DownloadCancelledError) or "max size" in str(failure.value).lower():
            log.warning("too large or cancelled, skipped: %s", request.url)
            self._count("errors", "too_large")
        elif failure.check(ConnectionRefusedError, ConnectionLost, ResponseFailed, DownloadConnectionRefusedError,
                           DownloadFailedError):
            log.warning("connection failed: %s (%s)", request.url, failure.value)
            self._count("errors", "connection")
        else:
            log.warning("failed: %s (%r)", request.url, failure.value)
            self._count("errors", type(failure.value).__name__)


def _page_number(url: str) -> int:
    match = _PAGE_IN_URL.search(url)
    if not match:
        return 1
    return int(match.group(2) or match.group(5))
