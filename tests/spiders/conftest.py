"""A tiny news portal served from 127.0.0.1: robots.txt, sitemap index, url set, news sitemap, RSS,
a paginated listing, articles (one windows-1252 page declared UTF-8, one PDF, one HTTP 500, one
disallowed by robots.txt). Every request path is logged, so tests can assert what was never fetched.
"""
from __future__ import annotations

import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def article_html(title: str, body: str, charset: str = "utf-8") -> str:
    return (f'<!doctype html><html><head><meta charset="{charset}"><title>{title}</title></head>'
            f"<body><article><h1>{title}</h1><p>{body}</p></article></body></html>")


#: path → (title, paragraph): the on-topic articles the crawl must archive.
ARTICLES = {
    "/2024/03/pemkab-solok-raih-zona-hijau-ombudsman/": (
        "Pemkab Solok Raih Zona Hijau Ombudsman",
        "Kabupaten Solok meraih predikat kepatuhan tinggi dari Ombudsman RI Perwakilan Sumbar."),
    "/2024/03/bupati-lebong-resmikan-mal-pelayanan-publik/": (
        "Bupati Lebong Resmikan Mal Pelayanan Publik",
        "Mal Pelayanan Publik Kabupaten Lebong mulai beroperasi pekan ini."),
    "/2024/04/wali-kota-padang-lantik-kepala-dinas/": (
        "Wali Kota Padang Lantik Kepala Dinas", "Sejumlah kepala dinas dilantik di Balai Kota Padang."),
    "/2024/04/ombudsman-kalsel-kunjungi-hss/": (
        "Ombudsman Kalsel Kunjungi HSS", "Kepala Perwakilan Ombudsman Kalsel bertemu Bupati HSS."),
    "/2024/05/sekda-kapuas-bahas-standar-pelayanan/": (
        "Sekda Kapuas Bahas Standar Pelayanan", "Rapat standar pelayanan digelar di Kuala Kapuas."),
    "/2024/05/pemkot-bengkulu-perkuat-pengaduan-warga/": (
        "Pemkot Bengkulu Perkuat Pengaduan Warga", "Layanan pengaduan kini dibuka 24 jam."),
}
#: Windows-1252 bytes behind a UTF-8 header: curly quotes and an en dash must survive.
CP1252_PATH = "/2024/06/gubernur-sumbar-tinjau-pelayanan-publik/"
CP1252_TEXT = "Gubernur menyebut \u201cpelayanan publik\u201d harus prima \u2013 kata beliau di Padang."
OFF_TOPIC = "/2024/03/resep-rendang-paling-enak-sedunia/"
DISALLOWED = "/2024/03/rahasia-bupati-soal-pelayanan/"
PDF_PATH = "/2024/04/dokumen-laporan-pelayanan-publik-bupati/"
ERROR_PATH = "/2024/04/bupati-agam-error-server-pelayanan/"
OLD_PATH = "/2019/01/bupati-lama-bahas-pelayanan-publik/"


@dataclass
class Site:
    base: str
    portals: Path
    data: Path
    requests: list[str] = field(default_factory=list)
    delay: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def expected_urls(self) -> set[str]:
        return {self.base + p for p in list(ARTICLES) + [CP1252_PATH, OLD_PATH]}

    def fetched(self, path: str) -> int:
        return sum(1 for r in self.requests if r.split("?")[0] == path)

    def crawl(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
        return subprocess.run(self.command(*args), capture_output=True, text=True, timeout=timeout, cwd=REPO)

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "spiders.crawl", "--portals", str(self.portals), "--data",
                str(self.data), "--no-throttle", *args]


def build_site(base: str) -> dict[str, tuple[str, bytes]]:
    """path → (content type, body)."""
    pages: dict[str, tuple[str, bytes]] = {}
    html = "text/html; charset=utf-8"
    for path, (title, body) in ARTICLES.items():
        pages[path] = (html, article_html(title, body).encode())
    pages[CP1252_PATH] = (html, article_html("Gubernur Sumbar Tinjau Pelayanan", CP1252_TEXT,
                                             charset="utf-8").encode("cp1252"))
    pages[OFF_TOPIC] = (html, article_html("Resep Rendang", "Masak rendang.").encode())
    pages[DISALLOWED] = (html, article_html("Rahasia", "Tidak boleh diambil.").encode())
    pages[OLD_PATH] = (html, article_html("Bupati Lama", "Pelayanan publik tahun 2019.").encode())
    pages[PDF_PATH] = ("application/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n%%EOF")
    pages["/robots.txt"] = ("text/plain", (f"User-agent: *\nDisallow: /2024/03/rahasia-\n\n"
                                           f"Sitemap: {base}/sitemap_index.xml\n").encode())
    pages["/sitemap_index.xml"] = ("application/xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
 <sitemap><loc>{base}/post-sitemap.xml</loc><lastmod>2024-06-01T00:00:00+00:00</lastmod></sitemap>
 <sitemap><loc>{base}/category-sitemap.xml</loc></sitemap>
 <sitemap><loc>{base}/news-sitemap.xml</loc></sitemap>
</sitemapindex>""".encode())
    urls = [p for p in ARTICLES][:4] + [OFF_TOPIC, DISALLOWED, PDF_PATH, ERROR_PATH]
    entries = "".join(f"<url><loc>{base}{p}</loc><lastmod>2024-05-0{i % 9 + 1}T08:00:00+07:00</lastmod></url>"
                      for i, p in enumerate(urls))
    entries += f"<url><loc>{base}{OLD_PATH}</loc><lastmod>2019-01-05</lastmod></url>"
    pages["/post-sitemap.xml"] = ("application/xml", (
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + entries + "</urlset>").encode())
    pages["/category-sitemap.xml"] = ("application/xml", b"<urlset/>")  # must never be fetched
    pages["/news-sitemap.xml"] = ("application/xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
 <url><loc>{base}{CP1252_PATH}</loc><news:news><news:publication>
  <news:name>Tes</news:name><news:language>id</news:language></news:publication>
  <news:publication_date>2024-06-02T09:00:00+07:00</news:publication_date>
  <news:title>Gubernur Sumbar Tinjau Pelayanan Publik</news:title></news:news></url>
</urlset>""".encode())
    items = "".join(f"<item><title>{t}</title><link>{base}{p}</link><pubDate>Mon, 06 May 2024 10:00:00 +0700"
                    f"</pubDate><description>{b}</description></item>" for p, (t, b) in list(ARTICLES.items())[3:])
    pages["/feed/"] = ("application/rss+xml", (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Tes</title>{items}</channel></rss>').encode())
    art = list(ARTICLES)
    pages["/kategori/daerah/"] = (html, (
        f'<html><body><a href="{art[0]}">Pemkab Solok</a><a href="/tentang-kami/">Tentang</a>'
        f'<a href="{OFF_TOPIC}">Resep</a><a href="/kategori/daerah/page/2/">Selanjutnya</a></body></html>').encode())
    pages["/kategori/daerah/page/2/"] = (html, (
        f'<html><body><a href="{art[5]}">Pemkot Bengkulu Perkuat Pengaduan Warga</a>'
        f'<a href="/kategori/daerah/page/3/" rel="next">Next</a></body></html>').encode())
    pages["/kategori/daerah/page/3/"] = (html, b"<html><body>halaman tiga</body></html>")
    return pages


def serve(site: Site, pages: dict[str, tuple[str, bytes]]) -> ThreadingHTTPServer:
    """Serve `pages` (filled in by the caller once the port is known) on 127.0.0.1."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server API)
            site.requests.append(self.path)
            path = self.path.split("?")[0]
            if path == ERROR_PATH:  # a server error the crawl retries (at once: Retry-After: 0), then counts
                self.send_response(500)
                self.send_header("Retry-After", "0")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if path not in pages:
                self.send_error(404)
                return
            if site.delay and path.startswith("/20"):
                with site.lock:  # one slow article at a time: they complete one after another
                    time.sleep(site.delay)
            ctype, body = pages[path]
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


PORTAL_TOML = """
[[portal]]
key = "tesportal"
name = "Tes Portal"
base_url = "{base}/"
province = "13"
layout = "wordpress"
feeds = ["/feed/"]
listings = ["/kategori/daerah/"]
article_pattern = '^/\\d{{4}}/\\d{{2}}/[^/]+/?$'
"""


@pytest.fixture
def site(tmp_path):
    pages: dict[str, tuple[str, bytes]] = {}
    s = Site(base="", portals=tmp_path / "portals.toml", data=tmp_path / "data")
    server = serve(s, pages)
    s.base = f"http://127.0.0.1:{server.server_address[1]}"
    pages.update(build_site(s.base))
    s.portals.write_text(PORTAL_TOML.format(base=s.base))
    yield s
    server.shutdown()
    server.server_close()
