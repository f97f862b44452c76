"""Real crawls (`python -m spiders.crawl` subprocesses) of a loopback portal that misbehaves on purpose:
the crawl finishes (exit 0), archives the good pages, counts every failure by kind, honours Retry-After,
and never loses what an earlier crawl archived. Multi-page articles come back whole."""
from __future__ import annotations

import json
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest

from pipeline.archive import iter_archive
from pipeline.extract import extract_article

from .faultsite import (CP1252, CP1252_SENTENCE, FAULTS, GOOD, MULTI, MULTI_SENTENCES, RECOVERED, WHOLE,
                        WHOLE_SENTENCES, start)


@pytest.fixture
def site(tmp_path):
    s, server = start(tmp_path)
    yield s
    server.shutdown()
    server.server_close()


def summary_of(result) -> dict:
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def archived(site) -> dict[str, object]:
    return {p.url[len(site.base):]: p for p in iter_archive(site.data / "archive")}


def test_faulty_portal_is_crawled_to_the_end_and_loses_nothing(site):
    clean = summary_of(site.crawl())
    assert clean["errors"] == {} and clean["articles_archived"] == len(GOOD) + 2
    before = archived(site)
    assert set(GOOD) | {MULTI, WHOLE} == set(before)

    site.faulty = True
    result = site.crawl()
    summary = summary_of(result)
    # every failure counted by kind
    assert summary["errors"] == {"http_500": 1, "timeout": 1, "too_large": 1, "redirect_loop": 1}
    assert summary["skipped"] == {"archived": len(GOOD) + 2, "garbage": 1, "empty": 1, "not_html": 2}
    assert summary["articles_archived"] == len(RECOVERED)
    # and logged with its URL
    log = result.stderr
    for path, kind in FAULTS.items():
        if path not in RECOVERED:
            assert site.base + path in log, f"{kind} not logged"

    after = archived(site)
    assert set(after) == set(before) | RECOVERED  # nothing lost, nothing broken archived
    for path, page in before.items():
        assert after[path].html == page.html
    assert CP1252_SENTENCE in after[CP1252].html

    # the 429 was retried once, after its Retry-After: 1; the flaky 500 once (backoff 0.1 s)
    hits_429 = site.hits["/2024/07/pelayanan-terlalu-banyak-permintaan/"]
    assert len(hits_429) == 2 and hits_429[1] - hits_429[0] >= 0.95
    assert len(site.hits["/2024/07/pelayanan-error-sekali/"]) == 2
    assert len(site.hits["/2024/07/pelayanan-error-selalu/"]) == 2  # RETRY_TIMES=1: then given up


def test_multi_page_article_is_archived_in_parts_and_read_back_whole(site):
    summary = summary_of(site.crawl())
    assert summary["parts_archived"] == 2
    # the "next story" link in the article is not a page of it; each page fetched once
    assert [len(site.hits[MULTI + n]) for n in ("", "2", "3")] == [1, 1, 1]
    pages = archived(site)
    joined = pages[MULTI]
    assert [u[len(site.base):] for u in joined.part_urls] == [MULTI, MULTI + "2", MULTI + "3"]
    text = extract_article(joined.html, joined.url).text
    for sentence in MULTI_SENTENCES:
        assert text.count(sentence) == 1, sentence
    assert not any(MULTI + n in pages for n in ("2", "3"))  # parts are not articles of their own
    # a second crawl fetches none of the pages again
    again = summary_of(site.crawl())
    assert again["articles_archived"] == 0 and [len(site.hits[MULTI + n]) for n in ("", "2", "3")] == [1, 1, 1]


def test_single_page_variant_is_preferred_when_the_portal_says_so(site):
    summary = summary_of(site.crawl(single_page="?page=all"))
    assert summary["errors"] == {}
    assert site.hits[WHOLE + "?page=all"] and not site.hits[WHOLE]
    pages = archived(site)
    whole = pages[WHOLE]
    assert whole.url == site.base + WHOLE and whole.part_urls == (site.base + WHOLE + "?page=all",)
    text = extract_article(whole.html, whole.url).text
    assert all(s in text for s in WHOLE_SENTENCES)
    # articles without the variant answer 404 to it: the plain article is fetched instead
    assert summary["skipped"] == {"no_single_page_variant": len(GOOD) + 1}
    assert GOOD.keys() <= pages.keys() and all(site.hits[p] for p in GOOD)
    assert len(pages[MULTI].part_urls) == 3  # and then its pages are followed


def test_recrawl_after_lastmod_moved_is_conditional_and_304_keeps_the_copy(site):
    summary_of(site.crawl())
    before = archived(site)
    time.sleep(1.1)  # sitemap dates have second precision: the change must come after the fetch
    # every sitemap date moved past the archived copies (to now: a date in the future is no change)
    site.lastmod = datetime.now(timezone.utc).isoformat(timespec="seconds")
    site.conditional.clear()
    summary = summary_of(site.crawl())
    assert summary["skipped"].get("not_modified") == len(GOOD)
    assert summary["articles_archived"] == 2  # the two pages served without validators come again in full
    assert sorted(site.conditional) == sorted((p, '"v1-%d"' % len(GOOD[p])) for p in GOOD)
    assert {p: v.html for p, v in archived(site).items()} == {p: v.html for p, v in before.items()}


def test_settings_in_force_are_polite():
    from spiders.crawl import crawl_settings

    settings = crawl_settings(Path("/tmp/unused-archive"))
    assert "Warta" in settings.get("USER_AGENT") and "+http" in settings.get("USER_AGENT")  # name + contact
    assert settings.getbool("AUTOTHROTTLE_ENABLED") and settings.getbool("ROBOTSTXT_OBEY")
    assert 1 <= settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") <= 2
    assert settings.getfloat("DOWNLOAD_DELAY") > 0
    quick = crawl_settings(Path("/tmp/unused-archive"), throttle=False, overrides={"DOWNLOAD_TIMEOUT": "1"})
    assert not quick.getbool("AUTOTHROTTLE_ENABLED") and quick.getint("DOWNLOAD_TIMEOUT") == 1
