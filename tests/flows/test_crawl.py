"""The rule that makes a failed night loud (flows.crawl.portal_health), on crawl summaries."""
from __future__ import annotations

import pytest

from flows.crawl import FAILED, OK, portal_health


@pytest.mark.parametrize("stats, status, reason", [
    ({"pages_fetched": 7, "pages_ok": 7, "articles_archived": 2, "errors": {}}, OK, ""),
    # answered, nothing new, one dead entry point: fine (the summary still counts the 404)
    ({"pages_fetched": 4, "pages_ok": 3, "articles_archived": 0, "errors": {"http_404": 1}}, OK, ""),
    # robots.txt forbids everything: nothing fetched, nothing failed
    ({"pages_fetched": 1, "pages_ok": 0, "articles_archived": 0, "errors": {}, "skipped": {"robots_disallowed": 3}},
     OK, ""),
    ({"pages_fetched": 0, "pages_ok": 0, "articles_archived": 0, "errors": {"dns": 3}}, FAILED,
     "no page answered: dns 3"),
    # robots.txt answered 200, every entry point 503: still no page
    ({"pages_fetched": 4, "pages_ok": 0, "articles_archived": 0, "errors": {"http_503": 3}}, FAILED,
     "no page answered: http_503 3"),
])
def test_health_from_a_crawl_summary(stats, status, reason):
    health = portal_health(stats)
    assert (health["status"], health["reason"]) == (status, reason)
    assert health["errors"] == stats["errors"]


def test_a_failed_crawl_process_is_a_failed_portal():
    health = portal_health(None, "crawl of klikpositif exited with 2:\nTraceback …\nerror: bad table")
    assert health == {"status": FAILED, "reason": "error: bad table", "pages": 0, "articles": 0,
                      "errors": {"crawl:failed": 1}}
