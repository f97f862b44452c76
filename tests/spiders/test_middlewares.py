"""Retry with backoff honouring Retry-After."""
from __future__ import annotations

import asyncio
from datetime import datetime, timezone

from scrapy.http import Request, Response
from scrapy.utils.test import get_crawler

from spiders.middlewares import BackoffRetryMiddleware, retry_after_seconds


def test_retry_after_seconds_and_http_date():
    now = datetime(2024, 3, 16, 12, 0, 0, tzinfo=timezone.utc)
    assert retry_after_seconds(b"7") == 7.0
    assert retry_after_seconds("Sat, 16 Mar 2024 12:00:30 GMT", now=now) == 30.0
    assert retry_after_seconds("Sat, 16 Mar 2024 11:00:00 GMT", now=now) == 0.0
    assert retry_after_seconds(b"soon") is None
    assert retry_after_seconds(None) is None


def make_mw(**settings):
    crawler = get_crawler(settings_dict={"RETRY_TIMES": 2, "RETRY_HTTP_CODES": [429, 503],
                                         "RETRY_BACKOFF_BASE": 2.0, "RETRY_BACKOFF_MAX": 5.0,
                                         "RETRY_AFTER_MAX": 10.0, **settings})
    return BackoffRetryMiddleware.from_crawler(crawler), crawler


def test_backoff_grows_and_is_capped_and_retry_after_wins():
    mw, _ = make_mw()
    plain = Response("https://a.id/x", status=503)
    assert [mw.backoff_delay(plain, n) for n in (1, 2, 3, 4)] == [2.0, 4.0, 5.0, 5.0]
    assert mw.backoff_delay(Response("https://a.id/x", status=429, headers={"Retry-After": "3"}), 1) == 3.0
    assert mw.backoff_delay(Response("https://a.id/x", status=429, headers={"Retry-After": "999"}), 1) == 10.0


def test_process_response_retries_then_gives_up():
    mw, crawler = make_mw()
    crawler.spider = crawler._create_spider("t")
    request = Request("https://a.id/x")
    busy = Response(request.url, status=429, headers={"Retry-After": "0"}, request=request)

    async def run():
        first = await mw.process_response(request, busy)
        second = await mw.process_response(first, busy)
        third = await mw.process_response(second, busy)
        ok = await mw.process_response(request, Response(request.url, status=200))
        return first, second, third, ok

    first, second, third, ok = asyncio.run(run())
    assert isinstance(first, Request) and first.meta["retry_times"] == 1
    assert isinstance(second, Request) and second.meta["retry_times"] == 2
    assert third is busy  # retries exhausted: the error response goes on to the errback
    assert ok.status == 200
