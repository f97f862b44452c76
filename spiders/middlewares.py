"""Downloader middlewares of the portal spider."""
from __future__ import annotations

import logging
from collections import Counter
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.http import Request, Response
from scrapy.robotstxt import RobotParser
from scrapy.utils.asyncio import sleep
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import response_status_message
from twisted.internet.defer import Deferred

log = logging.getLogger(__name__)


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """A `Retry-After` header value (delay in seconds or an HTTP date) as seconds from now."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware, waiting before each retry of an HTTP error.

    The wait honours `Retry-After` (seconds or date) when the server sends one, capped at
    `RETRY_AFTER_MAX`; otherwise it is `RETRY_BACKOFF_BASE * 2 ** (attempt - 1)`, capped at
    `RETRY_BACKOFF_MAX`. The wait happens after the download slot is freed, so other requests go on.
    """

    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE")
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX")
        self.retry_after_max = settings.getfloat("RETRY_AFTER_MAX")

    def backoff_delay(self, response: Response, attempt: int) -> float:
        hinted = retry_after_seconds(response.headers.get(b"Retry-After"))
        if hinted is not None:
            return min(hinted, self.retry_after_max)
        return min(self.backoff_base * 2 ** max(attempt - 1, 0), self.backoff_max)

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        delay = self.backoff_delay(response, retry.meta["retry_times"])
        if delay > 0:
            log.info("HTTP %d for %s: retrying in %.1f s", response.status, request.url, delay)
            await sleep(delay)
        return retry


class EveryRequestRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's RobotsTxtMiddleware, with every request that waits for a site's robots.txt given the rules.

    Scrapy 2.14-2.19 (scrapy/scrapy#6802, "Refactor RobotsTxtMiddleware to use async def
    process_request()"; still so on Scrapy's main branch in August 2026) has each waiting request
    `await maybe_deferred_to_future(d)` on the one Deferred of the site. Under the asyncio reactor that is
    `Deferred.asFuture`, which consumes the result: the first waiter gets the parsed rules and every later
    one gets None, which the middleware reads as "no robots.txt, allow everything". So a site's first
    requests (the home page, the feed, the REST listing: all waiting together) were fetched even under
    `Disallow: /`. Here each waiter gets its own Deferred, fired with the rules and handing them on (what
    Scrapy did before 2.14). Remove once the upstream middleware relays the result to every waiter
    (tests/spiders/test_robots.py fails with Scrapy's own middleware).
    """

    async def robot_parser(self, request: Request) -> RobotParser | None:
        pending = self._parsers.get(urlparse_cached(request).netloc)
        if not isinstance(pending, Deferred):  # unknown site (the first request fetches) or rules known
            return await super().robot_parser(request)
        waiter: Deferred[RobotParser | None] = Deferred()

        def relay(parser: RobotParser | None) -> RobotParser | None:
            waiter.callback(parser)
            return parser

        pending.addCallback(relay)
        return await maybe_deferred_to_future(waiter)


class PageBudget(IgnoreRequest):
    """A request dropped because its site's page budget for this crawl is spent."""


class PageBudgetMiddleware:
    """At most `WARTA_MAX_PAGES_PER_SITE` requests per site (host and port) in one crawl: discovery
    documents, listings and article pages alike; robots.txt and retries of a counted request are free.
    Past the budget a request is dropped with PageBudget (the spider counts it as skipped/page_budget) and
    the first drop is logged as a warning."""

    def __init__(self, budget: int):
        self.budget = budget
        self.spent: Counter[str] = Counter()

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.getint("WARTA_MAX_PAGES_PER_SITE"))

    def process_request(self, request: Request) -> None:
        if request.meta.get("dont_obey_robotstxt") or request.meta.get("retry_times"):
            return
        site = urlparse_cached(request).netloc
        if self.spent[site] >= self.budget:
            if self.spent[site] == self.budget:
                log.warning("page budget of %d requests for %s spent (WARTA_MAX_PAGES_PER_SITE): "
                            "dropping the rest of this crawl's requests to it", self.budget, site)
                self.spent[site] += 1
            raise PageBudget(f"page budget of {self.budget} requests for {site} spent")
        self.spent[site] += 1


class OffsiteRedirect(IgnoreRequest):
    """A request (a redirect, in practice) to a host that is not the portal's own."""


class OwnSiteMiddleware:
    """Every request goes to the crawled portal's own site (`Portal.owns`: its host, with or without
    www., any port or scheme). The spider only ever asks for its own pages, but Scrapy follows a redirect
    wherever it points, and article requests carry `dont_filter` (which Scrapy's OffsiteMiddleware
    obeys): so a portal answering with a redirect to another site (another domain, a cloud metadata
    address, a private network) would have us fetch it. Such a request is dropped with OffsiteRedirect
    (counted by the spider as skipped/offsite_redirect)."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        portal = getattr(self.crawler.spider, "portal", None)
        if portal is not None and not portal.owns(request.url):
            raise OffsiteRedirect(f"not on {portal.host}: {request.url}")
