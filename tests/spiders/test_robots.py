"""robots.txt is obeyed for every request of a site, the first ones included: real crawls
(`python -m spiders.crawl --url`) against a loopback site that logs every path it is asked for
(tests/spiders/loopback.py)."""
from __future__ import annotations

import json

import pytest

from .conftest import article_html
from .loopback import route_site  # noqa: F401 (a fixture)

pytestmark = pytest.mark.e2e

ARTICLES = {
    "/2024/03/bupati-solok-resmikan-mal-pelayanan-publik/": "Bupati Solok Resmikan Mal Pelayanan Publik",
    "/2024/03/ombudsman-nilai-kepatuhan-pelayanan-publik-agam/": "Ombudsman Nilai Kepatuhan Pelayanan Publik Agam",
}
SECRET = "/2024/03/rahasia-bupati-soal-pelayanan-publik/"


def site_pages(base: str, robots: str) -> dict[str, tuple[str, bytes]]:
    """A generic WordPress-like site (home page listing, feed, REST API, sitemap) with this robots.txt."""
    html = "text/html; charset=utf-8"
    pages = {"/robots.txt": ("text/plain", robots.encode())}
    links = "".join(f'<a href="{p}">{t}</a>' for p, t in [*ARTICLES.items(), (SECRET, "Rahasia Pelayanan Publik")])
    pages["/"] = (html, f"<html><body><h1>Beranda</h1>{links}</body></html>".encode())
    for path, title in [*ARTICLES.items(), (SECRET, "Rahasia Bupati Soal Pelayanan Publik")]:
        pages[path] = (html, article_html(title, "Pelayanan publik di kabupaten itu dinilai.").encode())
    items = "".join(f"<item><title>{t}</title><link>{base}{p}</link></item>" for p, t in ARTICLES.items())
    pages["/feed/"] = ("application/rss+xml", f'<rss version="2.0"><channel>{items}</channel></rss>'.encode())
    pages["/wp-json/wp/v2/posts"] = ("application/json", json.dumps(
        [{"link": base + p, "title": {"rendered": t}} for p, t in ARTICLES.items()]).encode())
    urls = "".join(f"<url><loc>{base}{p}</loc></url>" for p in ARTICLES)
    pages["/sitemap.xml"] = ("application/xml", (
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>').encode())
    return pages


@pytest.fixture
def make_site(route_site):
    return lambda robots: route_site(lambda path, base: site_pages(base, robots).get(path))


def test_disallow_all_site_sees_nothing_but_robots_txt(make_site, tmp_path):
    site = make_site("User-agent: *\nDisallow: /\n")
    summary = site.crawl(tmp_path)
    assert set(site.paths) == {"/robots.txt"}, site.paths
    assert summary["articles_archived"] == 0
    assert summary["skipped"]["robots_disallowed"] >= 4  # /, /feed/, the REST listing, /robots.txt's own rules


def test_path_rules_hold_for_the_first_requests_too(make_site, tmp_path):
    # /feed/ and the REST API are among the very first requests (they wait for robots.txt together)
    site = make_site(f"User-agent: *\nDisallow: /feed/\nDisallow: /wp-json/\nDisallow: {SECRET}\n")
    summary = site.crawl(tmp_path)
    assert "/feed/" not in site.paths and "/wp-json/wp/v2/posts" not in site.paths, site.paths
    assert SECRET not in site.paths
    # what robots.txt allows is still crawled: the home page and the articles it links to on its own port
    assert "/" in site.paths and set(ARTICLES) <= set(site.paths), site.paths
    assert summary["articles_archived"] == len(ARTICLES)
