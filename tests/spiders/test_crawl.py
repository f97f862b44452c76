"""Real crawls: `python -m spiders.crawl` in a subprocess against the loopback test portal."""
from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import time
from collections import Counter

import pytest

from pipeline.archive import iter_archive
from spiders.archive import INDEX_NAME

from .conftest import ARTICLES, CP1252_PATH, CP1252_TEXT, DISALLOWED, ERROR_PATH, OFF_TOPIC, OLD_PATH, PDF_PATH

pytestmark = pytest.mark.e2e


def summary_of(proc: subprocess.CompletedProcess) -> dict:
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def archived_urls(site) -> Counter:
    return Counter(page.request_url for page in iter_archive(site.data / "archive"))


def test_crawl_archives_each_article_once_and_respects_robots(site):
    summary = summary_of(site.crawl("--portal", "tesportal"))
    assert summary["portal"] == "tesportal"
    assert summary["articles_archived"] == len(site.expected_urls) == 8
    assert summary["errors"] == {"http_500": 1}
    assert summary["skipped"]["robots_disallowed"] == 1
    assert summary["skipped"]["not_html"] == 1
    assert summary["skipped"]["off_topic"] >= 1
    counts = archived_urls(site)
    assert set(counts) == site.expected_urls and set(counts.values()) == {1}
    assert site.fetched(DISALLOWED) == 0, "a page disallowed by robots.txt was fetched"
    assert site.fetched(OFF_TOPIC) == 0, "the topic filter let an off-topic slug through"
    assert site.fetched("/category-sitemap.xml") == 0
    assert site.fetched(PDF_PATH) == 1
    assert site.fetched("/kategori/daerah/page/3/") == 1  # pagination followed

    pages = {p.url: p for p in iter_archive(site.data / "archive")}
    cp1252 = pages[site.base + CP1252_PATH]
    assert CP1252_TEXT in cp1252.html and "\ufffd" not in cp1252.html
    first = pages[site.base + next(iter(ARTICLES))]
    assert first.portal == "tesportal" and "predikat kepatuhan tinggi" in first.html
    assert not list((site.data / "archive" / "tesportal").glob("*.part"))

    # A second crawl finds nothing new and fetches no article again.
    site.requests.clear()
    again = summary_of(site.crawl("--portal", "tesportal"))
    assert again["articles_archived"] == 0
    assert again["skipped"]["archived"] >= 7
    refetched = {r for r in site.requests if r.startswith("/20")}
    # Only what was never archived is tried again: the server error and the PDF.
    assert refetched == {ERROR_PATH, PDF_PATH}
    assert archived_urls(site) == counts


def test_since_cuts_by_sitemap_date(site):
    summary = summary_of(site.crawl("--portal", "tesportal", "--since", "2020-01-01"))
    assert site.fetched(OLD_PATH) == 0
    assert summary["skipped"]["too_old"] == 1
    assert site.base + OLD_PATH not in archived_urls(site)


def test_killed_crawl_restarted_archives_each_page_once(site):
    site.delay = 0.4
    proc = subprocess.Popen(site.command("--portal", "tesportal"), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=site.portals.parent)
    index = site.data / "archive" / INDEX_NAME
    deadline = time.monotonic() + 30
    committed = 0
    while time.monotonic() < deadline and committed < 2:
        time.sleep(0.1)
        if index.exists():
            try:
                with sqlite3.connect(index) as con:
                    committed = con.execute("SELECT count(*) FROM archived").fetchone()[0]
            except sqlite3.OperationalError:
                pass
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 2 <= committed < 8, "the crawl was not caught halfway"
    parts = list((site.data / "archive" / "tesportal").glob("*.warc.gz.part"))
    assert len(parts) == 1
    assert list(iter_archive(site.data / "archive")) == []  # nothing half-written is visible

    site.delay = 0
    summary = summary_of(site.crawl("--portal", "tesportal"))
    counts = archived_urls(site)
    assert set(counts) == site.expected_urls and set(counts.values()) == {1}
    assert 1 <= summary["articles_archived"] <= 8 - committed
    assert not list((site.data / "archive" / "tesportal").glob("*.part"))


def test_config_errors_exit_non_zero_with_a_clear_message(site, tmp_path):
    unknown = site.crawl("--portal", "nope")
    assert unknown.returncode == 2 and "no portal with key 'nope'" in unknown.stderr
    bad = tmp_path / "bad.toml"
    bad.write_text('[[portal]]\nkey = "x"\nname = "X"\nbase_url = "not a url"\n')
    proc = site.crawl("--portal", "x", "--portals", str(bad))
    assert proc.returncode == 2
    assert "portal 'x': field 'base_url'" in proc.stderr
    both = site.crawl("--portal", "tesportal", "--url", site.base)
    assert both.returncode == 2
