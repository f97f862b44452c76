"""Bounded crawls: a chain of sitemap indexes and a huge sitemap index stop at their limits, a site's
page budget holds, `--url` with an explicit port follows the site's own links, and a redirect off the
site is not followed. Real crawls (`python -m spiders.crawl --url`) against loopback sites that log every
path they serve (tests/spiders/loopback.py)."""
from __future__ import annotations

import re

import pytest

from .conftest import article_html
from .loopback import route_site  # noqa: F401 (a fixture)

pytestmark = pytest.mark.e2e
ARTICLE = re.compile(r"^/2024/05/bupati-(\d+)-resmikan-mal-pelayanan-publik/$")

XML = "application/xml"


def index(children: list[str]) -> tuple[str, bytes]:
    body = "".join(f"<sitemap><loc>{c}</loc></sitemap>" for c in children)
    return XML, f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</sitemapindex>'.encode()


def urlset(urls: list[str]) -> tuple[str, bytes]:
    body = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
    return XML, f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>'.encode()


def article(path: str) -> tuple[str, bytes] | None:
    match = ARTICLE.match(path)
    if not match:
        return None
    return "text/html; charset=utf-8", article_html(f"Bupati {match.group(1)} Resmikan Mal Pelayanan Publik",
                                                    "Mal Pelayanan Publik mulai melayani warga.").encode()


def article_url(base: str, n: int) -> str:
    return f"{base}/2024/05/bupati-{n}-resmikan-mal-pelayanan-publik/"


def test_a_chain_of_sitemap_indexes_stops_at_the_depth_limit(route_site, tmp_path):
    def route(path, base):
        if path == "/robots.txt":
            return "text/plain", f"Sitemap: {base}/chain/0.xml\n".encode()
        if match := re.fullmatch(r"/chain/(\d+)\.xml", path):  # each index lists the next one, forever
            n = int(match.group(1))
            return index([f"{base}/chain/{n + 1}.xml", f"{base}/posts/{n}.xml"])
        if match := re.fullmatch(r"/posts/(\d+)\.xml", path):
            return urlset([article_url(base, int(match.group(1)))])
        return article(path)

    site = route_site(route)
    summary = site.crawl(tmp_path)  # default WARTA_MAX_SITEMAP_DEPTH = 3
    assert site.count(r"^/chain/") == 4  # the robots.txt sitemap and three nested indexes below it
    assert summary["skipped"]["sitemap_too_deep"] == 2  # /chain/4.xml and /posts/3.xml (issue 17 saw 3,001 fetches)
    assert summary["articles_archived"] == 3


def test_a_huge_sitemap_index_stops_at_the_sitemap_limit(route_site, tmp_path):
    def route(path, base):
        if path == "/robots.txt":
            return "text/plain", f"Sitemap: {base}/sitemap_index.xml\n".encode()
        if path == "/sitemap_index.xml":
            return index([f"{base}/posts/{n}.xml" for n in range(3000)])
        if match := re.fullmatch(r"/posts/(\d+)\.xml", path):
            return urlset([article_url(base, int(match.group(1)))])
        return article(path)

    site = route_site(route)
    summary = site.crawl(tmp_path, "WARTA_MAX_SITEMAPS=20")
    assert site.count(r"\.xml$") == 20  # the index and 19 of its children
    assert summary["skipped"]["sitemap_limit"] == 3000 - 19
    assert summary["articles_archived"] == 19


def test_a_site_gets_no_more_requests_than_its_page_budget(route_site, tmp_path):
    def route(path, base):
        if path == "/sitemap.xml":
            return urlset([article_url(base, n) for n in range(100)])
        if path == "/robots.txt":
            return "text/plain", b"User-agent: *\nAllow: /\n"
        return article(path)

    site = route_site(route)
    summary = site.crawl(tmp_path, "WARTA_MAX_PAGES_PER_SITE=15")
    # the robots middleware's fetch of robots.txt is free; everything else counts, discovery included (the
    # spider's own robots.txt request, for its Sitemap lines, too)
    assert site.paths.count("/robots.txt") == 2 and len(site.paths) - 1 == 15
    assert summary["skipped"]["page_budget"] > 80
    assert 0 < summary["articles_archived"] < 15


def test_url_with_an_explicit_port_follows_its_own_links(route_site, tmp_path):
    def route(path, base):
        if path == "/":  # no robots.txt, sitemap, feed or API: only the home page's links lead anywhere
            links = "".join(f'<a href="{article_url(base, n)}">Bupati {n}</a>' for n in range(3))
            links += '<a href="http://127.0.0.2:9/2024/05/bupati-9-resmikan-mal-pelayanan-publik/">elsewhere</a>'
            return "text/html; charset=utf-8", f"<html><body>{links}</body></html>".encode()
        return article(path)

    site = route_site(route)
    summary = site.crawl(tmp_path)
    assert summary["articles_archived"] == 3
    assert site.count(ARTICLE.pattern) == 3


def test_a_redirect_off_the_site_is_not_followed(route_site, tmp_path):
    elsewhere = route_site(lambda path, base: article(path))  # another host: "localhost", not "127.0.0.1"
    target = elsewhere.base.replace("127.0.0.1", "localhost")

    def route(path, base):
        if path == "/robots.txt":
            return "text/plain", f"Sitemap: {base}/sitemap.xml\n".encode()
        if path == "/sitemap.xml":
            return urlset([article_url(base, n) for n in range(3)])
        if path == "/2024/05/bupati-1-resmikan-mal-pelayanan-publik/":
            return "redirect", f"{target}{path}"
        if path == "/2024/05/bupati-2-resmikan-mal-pelayanan-publik/":
            return "redirect", "http://169.254.169.254/latest/meta-data/"
        return article(path)

    site = route_site(route)
    summary = site.crawl(tmp_path)
    assert elsewhere.paths == []
    assert summary["skipped"]["offsite_redirect"] == 2
    assert summary["articles_archived"] == 1
