"""Downloader middlewares of the portal spider."""
from __future__ import annotations

import logging
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Request, Response
from scrapy.utils.asyncio import sleep
from scrapy.utils.response import response_status_message

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
