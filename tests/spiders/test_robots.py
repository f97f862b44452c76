"""robots.txt is obeyed for every request of a site, the first ones included: real crawls
(`python -m spiders.crawl --url`) against a loopback site that logs every path it is asked for."""
from __future__ import annotations

import json
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from .conftest import REPO, article_html

pytestmark = pytest.mark.e2e

ARTICLES = {
    "/2024/03/bupati-solok-resmikan-mal-pelayanan-publik/": "Bupati Solok Resmikan Mal Pelayanan Publik",
    "/2024/03/ombudsman-nilai-kepatuhan-pelayanan-publik-agam/": "Ombudsman Nilai Kepatuhan Pelayanan Publik Agam",
}
SECRET = "/2024/03/rahasia-bupati-soal-pelayanan-publik/"


class LoggingSite:
    """A generic WordPress-like site on 127.0.0.1 (home page listing, feed, REST API, sitemap) with the
    given robots.txt; `paths` is every path asked for, in order."""

    def __init__(self, robots: str):
        self.paths: list[str] = []
        self.pages: dict[str, tuple[str, bytes]] = {"/robots.txt": ("text/plain", robots.encode())}
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server API)
                site.paths.append(self.path.split("?")[0])
                found = site.pages.get(self.path.split("?")[0])
                if found is None:
                    self.send_error(404)
                    return
                ctype, body = found
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
        html = "text/html; charset=utf-8"
        links = "".join(f'<a href="{p}">{t}</a>' for p, t in [*ARTICLES.items(), (SECRET, "Rahasia Pelayanan Publik")])
        self.pages["/"] = (html, f"<html><body><h1>Beranda</h1>{links}</body></html>".encode())
        for path, title in [*ARTICLES.items(), (SECRET, "Rahasia Bupati Soal Pelayanan Publik")]:
            self.pages[path] = (html, article_html(title, "Pelayanan publik di kabupaten itu dinilai.").encode())
        items = "".join(f"<item><title>{t}</title><link>{self.base}{p}</link></item>" for p, t in ARTICLES.items())
        self.pages["/feed/"] = ("application/rss+xml", f'<rss version="2.0"><channel>{items}</channel></rss>'.encode())
        self.pages["/wp-json/wp/v2/posts"] = ("application/json", json.dumps(
            [{"link": self.base + p, "title": {"rendered": t}} for p, t in ARTICLES.items()]).encode())
        urls = "".join(f"<url><loc>{self.base}{p}</loc></url>" for p in ARTICLES)
        self.pages["/sitemap.xml"] = ("application/xml", (
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>').encode())
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def crawl(site: LoggingSite, data) -> dict:
    proc = subprocess.run([sys.executable, "-m", "spiders.crawl", "--url", site.base + "/", "--data", str(data),
                           "--no-throttle", "--all"], capture_output=True, text=True, timeout=120, cwd=REPO)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.fixture
def make_site():
    sites = []

    def make(robots: str) -> LoggingSite:
        sites.append(LoggingSite(robots))
        return sites[-1]

    yield make
    for s in sites:
        s.close()


def test_disallow_all_site_sees_nothing_but_robots_txt(make_site, tmp_path):
    site = make_site("User-agent: *\nDisallow: /\n")
    summary = crawl(site, tmp_path)
    assert set(site.paths) == {"/robots.txt"}, site.paths
    assert summary["articles_archived"] == 0
    assert summary["skipped"]["robots_disallowed"] >= 4  # /, /feed/, the REST listing, /robots.txt's own rules


def test_path_rules_hold_for_the_first_requests_too(make_site, tmp_path):
    # /feed/ and the REST API are among the very first requests (they wait for robots.txt together)
    site = make_site(f"User-agent: *\nDisallow: /feed/\nDisallow: /wp-json/\nDisallow: {SECRET}\n")
    summary = crawl(site, tmp_path)
    assert "/feed/" not in site.paths and "/wp-json/wp/v2/posts" not in site.paths, site.paths
    assert SECRET not in site.paths
    # what robots.txt allows is still crawled: the home page and the articles it links to on its own port
    assert "/" in site.paths and set(ARTICLES) <= set(site.paths), site.paths
    assert summary["articles_archived"] == len(ARTICLES)
