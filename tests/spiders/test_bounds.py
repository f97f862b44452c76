"""Bounded crawls: a chain of sitemap indexes and a huge sitemap index stop at their limits, a site's
page budget holds, `--url` with an explicit port follows the site's own links, and a redirect off the
site is not followed. Real crawls
(`python -m spiders.crawl --url`) against loopback sites that log every path they serve."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from .conftest import REPO, article_html

pytestmark = pytest.mark.e2e
ARTICLE = re.compile(r"^/2024/05/bupati-(\d+)-resmikan-mal-pelayanan-publik/$")


class Site:
    """A loopback site whose pages come from `route(path, base)` -> (content type, body), ("redirect",
    location) or None (404)."""

    def __init__(self, route):
        self.paths: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server API)
                path = self.path.split("?")[0]
                site.paths.append(path)
                found = route(path, site.base)
                if found is None:
                    self.send_error(404)
                    return
                ctype, body = found
                if ctype == "redirect":
                    self.send_response(302)
                    self.send_header("Location", body)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def crawl(self, data, *settings: str) -> dict:
        sets = [a for s in settings for a in ("--set", s)]
        proc = subprocess.run([sys.executable, "-m", "spiders.crawl", "--url", self.base + "/", "--data", str(data),
                               "--no-throttle", "--all", *sets], capture_output=True, text=True, timeout=180, cwd=REPO)
        assert proc.returncode == 0, proc.stderr[-3000:]
        return json.loads(proc.stdout.strip().splitlines()[-1])

    def count(self, pattern: str) -> int:
        return sum(1 for p in self.paths if re.search(pattern, p))


@pytest.fixture
def serve():
    sites = []

    def start(route) -> Site:
        sites.append(Site(route))
        return sites[-1]

    yield start
    for s in sites:
        s.server.shutdown()
        s.server.server_close()


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


def test_a_chain_of_sitemap_indexes_stops_at_the_depth_limit(serve, tmp_path):
    def route(path, base):
        if path == "/robots.txt":
            return "text/plain", f"Sitemap: {base}/chain/0.xml\n".encode()
        if match := re.fullmatch(r"/chain/(\d+)\.xml", path):  # each index lists the next one, forever
            n = int(match.group(1))
            return index([f"{base}/chain/{n + 1}.xml", f"{base}/posts/{n}.xml"])
        if match := re.fullmatch(r"/posts/(\d+)\.xml", path):
            return urlset([article_url(base, int(match.group(1)))])
        return article(path)

    site = serve(route)
    summary = site.crawl(tmp_path)  # default WARTA_MAX_SITEMAP_DEPTH = 3
    assert site.count(r"^/chain/") == 4  # the robots.txt sitemap and three nested indexes below it
    assert summary["skipped"]["sitemap_too_deep"] == 2  # /chain/4.xml and /posts/3.xml (issue 17 saw 3,001 fetches)
    assert summary["articles_archived"] == 3


def test_a_huge_sitemap_index_stops_at_the_sitemap_limit(serve, tmp_path):
    def route(path, base):
        if path == "/robots.txt":
            return "text/plain", f"Sitemap: {base}/sitemap_index.xml\n".encode()
        if path == "/sitemap_index.xml":
            return index([f"{base}/posts/{n}.xml" for n in range(3000)])
        if match := re.fullmatch(r"/posts/(\d+)\.xml", path):
            return urlset([article_url(base, int(match.group(1)))])
        return article(path)

    site = serve(route)
    summary = site.crawl(tmp_path, "WARTA_MAX_SITEMAPS=20")
    assert site.count(r"\.xml$") == 20  # the index and 19 of its children
    assert summary["skipped"]["sitemap_limit"] == 3000 - 19
    assert summary["articles_archived"] == 19


def test_a_site_gets_no_more_requests_than_its_page_budget(serve, tmp_path):
    def route(path, base):
        if path == "/sitemap.xml":
            return urlset([article_url(base, n) for n in range(100)])
        if path == "/robots.txt":
            return "text/plain", b"User-agent: *\nAllow: /\n"
        return article(path)

    site = serve(route)
    summary = site.crawl(tmp_path, "WARTA_MAX_PAGES_PER_SITE=15")
    # the robots middleware's fetch of robots.txt is free; everything else counts, discovery included (the
    # spider's own robots.txt request, for its Sitemap lines, too)
    assert site.paths.count("/robots.txt") == 2 and len(site.paths) - 1 == 15
    assert summary["skipped"]["page_budget"] > 80
    assert 0 < summary["articles_archived"] < 15


def test_url_with_an_explicit_port_follows_its_own_links(serve, tmp_path):
    def route(path, base):
        if path == "/":  # no robots.txt, sitemap, feed or API: only the home page's links lead anywhere
            links = "".join(f'<a href="{article_url(base, n)}">Bupati {n}</a>' for n in range(3))
            links += '<a href="http://127.0.0.2:9/2024/05/bupati-9-resmikan-mal-pelayanan-publik/">elsewhere</a>'
            return "text/html; charset=utf-8", f"<html><body>{links}</body></html>".encode()
        return article(path)

    site = serve(route)
    summary = site.crawl(tmp_path)
    assert summary["articles_archived"] == 3
    assert site.count(ARTICLE.pattern) == 3


def test_a_redirect_off_the_site_is_not_followed(serve, tmp_path):
    elsewhere = serve(lambda path, base: article(path))  # another host: "localhost", not "127.0.0.1"
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

    site = serve(route)
    summary = site.crawl(tmp_path)
    assert elsewhere.paths == []
    assert summary["skipped"]["offsite_redirect"] == 2
    assert summary["articles_archived"] == 1
