"""A loopback portal that misbehaves on purpose, for real crawls (`python -m spiders.crawl` subprocesses).

Its sitemap lists good articles; once `site.faulty` is set it also lists articles that answer 500 (once,
then 200; or always), 429 with Retry-After: 1 (once, then 200), slowly, with garbage bytes, with
windows-1252 bytes declared UTF-8, with an empty body, a PDF, a PNG, a page larger than the test's
DOWNLOAD_MAXSIZE, and a redirect loop. It also serves a three-page article ("Halaman 1 2 3",
"Halaman selanjutnya", rel="next") and an article with a `?page=all` variant.
"""
from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

#: Limits the fault crawl runs with (the server's slow and huge answers exceed them).
TEST_SETTINGS = {"DOWNLOAD_TIMEOUT": "1", "DOWNLOAD_MAXSIZE": "300000", "DOWNLOAD_WARNSIZE": "0",
                 "RETRY_TIMES": "1", "RETRY_BACKOFF_BASE": "0.1", "REDIRECT_MAX_TIMES": "3"}
SLOW_SECONDS = 3.0
HUGE_BYTES = 1_000_000


def page(title: str, *paragraphs: str, extra: str = "", charset: str = "utf-8") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!doctype html><html><head><meta charset="{charset}"><title>{title}</title></head><body>'
            f'<nav><a href="/">Beranda</a> <a href="/kategori/daerah/">Daerah</a></nav>'
            f"<article><h1>{title}</h1><div class=\"entry-content\">{body}</div>{extra}</article>"
            f"<footer>Hak cipta Portal Tes</footer></body></html>")


def story(n: int, place: str) -> tuple[str, ...]:
    return (f"Bupati {place} meninjau pelayanan publik di kantor kecamatan pada hari ke-{n} bulan ini.",
            f"Ombudsman mencatat perbaikan standar pelayanan di {place} setelah penilaian kepatuhan tahun lalu.",
            f"Warga {place} menyampaikan bahwa antrean kini lebih singkat dan petugas lebih ramah.")


GOOD = {f"/2024/07/bupati-{p.lower()}-tinjau-pelayanan-publik/": page(f"Bupati {p} Tinjau Pelayanan", *story(i, p))
        for i, p in enumerate(["Solok", "Agam"])}
CP1252 = "/2024/07/gubernur-tinjau-pelayanan-cp1252/"
CP1252_SENTENCE = "Gubernur menyebut \u201cpelayanan publik\u201d harus prima \u2013 kata beliau."
FAULTS = {  # path → what it does
    "/2024/07/pelayanan-error-sekali/": "500 once",
    "/2024/07/pelayanan-error-selalu/": "500 always",
    "/2024/07/pelayanan-terlalu-banyak-permintaan/": "429 once",
    "/2024/07/pelayanan-lambat-sekali/": "slow",
    "/2024/07/pelayanan-sampah-biner/": "garbage",
    CP1252: "cp1252",
    "/2024/07/pelayanan-halaman-kosong/": "empty",
    "/2024/07/pelayanan-dokumen-pdf/": "pdf",
    "/2024/07/pelayanan-gambar-png/": "png",
    "/2024/07/pelayanan-halaman-raksasa/": "huge",
    "/2024/07/pelayanan-pengalihan-berputar/": "redirect-loop",
}
RECOVERED = {"/2024/07/pelayanan-error-sekali/", "/2024/07/pelayanan-terlalu-banyak-permintaan/", CP1252}

MULTI = "/2024/07/mal-pelayanan-publik-kota-tes-resmi-dibuka/"
MULTI_SENTENCES = [
    "Mal Pelayanan Publik Kota Tes resmi dibuka oleh wali kota pada Senin pagi di gedung bekas pasar.",
    "Pada halaman kedua wali kota menjelaskan bahwa dua puluh instansi kini melayani warga di satu gedung.",
    "Di halaman ketiga kepala dinas penanaman modal menyebut layanan izin usaha selesai dalam satu hari.",
]
WHOLE = "/2024/07/ombudsman-nilai-kepatuhan-kabupaten-tes/"
WHOLE_SENTENCES = ["Ombudsman menilai kepatuhan Kabupaten Tes masuk zona hijau dengan nilai tinggi tahun ini.",
                   "Bagian kedua berita ini hanya terbaca lengkap pada tampilan satu halaman penuh portal."]


def multi_page(n: int) -> str:
    base = MULTI.rstrip("/")
    numbers = " ".join(f'<a href="{base}/{k}">{k}</a>' if k != 1 else f'<a href="{MULTI}">1</a>' for k in (1, 2, 3))
    nav = f'<div class="paging">Halaman {numbers}</div>'
    if n < 3:
        nav += f'<a href="{base}/{n + 1}">Halaman selanjutnya</a>'
    nav += f'<a href="{WHOLE}">Berita selanjutnya: Ombudsman nilai kepatuhan</a>'
    head_next = f'<link rel="next" href="{base}/{n + 1}">' if n < 3 else ""
    filler = [f"Paragraf pendukung nomor {n}.{k} tentang layanan mal pelayanan publik bagi warga kota."
              for k in range(3)]
    html = page(f"MPP Kota Tes Resmi Dibuka ({n}/3)", MULTI_SENTENCES[n - 1], *filler, extra=nav)
    return html.replace("</head>", head_next + "</head>")


@dataclass
class FaultSite:
    base: str = ""
    tmp: Path = Path(".")
    faulty: bool = False
    #: sitemap <lastmod> of every URL (a later value on a re-crawl makes the crawler re-check them)
    lastmod: str = "2024-07-01T00:00:00+00:00"
    #: If-None-Match header of each article request, in order
    conditional: list[tuple[str, str | None]] = field(default_factory=list)
    hits: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def data(self) -> Path:
        return self.tmp / "data"

    def portals(self, **extra: str) -> Path:
        path = self.tmp / "portals.toml"
        fields = "".join(f'{k} = "{v}"\n' for k, v in extra.items())
        path.write_text(f'[[portal]]\nkey = "faulty"\nname = "Faulty"\nbase_url = "{self.base}/"\n'
                        f'sitemaps = ["/sitemap.xml"]\narticle_pattern = \'^/2024/07/[^/]+/?$\'\n{fields}')
        return path

    def crawl(self, *, settings: dict[str, str] = TEST_SETTINGS, timeout: float = 60,
              **portal_fields: str) -> subprocess.CompletedProcess:
        cmd = [sys.executable, "-m", "spiders.crawl", "--portal", "faulty", "--portals",
               str(self.portals(**portal_fields)), "--data", str(self.data), "--no-throttle", "--all"]
        for k, v in settings.items():
            cmd += ["--set", f"{k}={v}"]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=REPO)

    def sitemap_paths(self) -> list[str]:
        paths = list(GOOD) + [MULTI, WHOLE]
        return paths + list(FAULTS) if self.faulty else paths


def _handler(site: FaultSite):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def log_message(self, *args):
            pass

        def send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", **headers: str):
            try:  # the crawler hangs up on slow and huge answers: that is the point of those routes
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in headers.items():
                    self.send_header(k.replace("_", "-"), v)
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def do_GET(self):  # noqa: N802 (http.server API)
            with site.lock:
                site.hits[self.path].append(time.monotonic())
                count = len(site.hits[self.path])
            path, _, query = self.path.partition("?")
            if path == "/sitemap.xml":
                urls = "".join(f"<url><loc>{site.base}{p}</loc><lastmod>{site.lastmod}</lastmod></url>"
                               for p in site.sitemap_paths())
                return self.send(200, (f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/'
                                       f'schemas/sitemap/0.9">{urls}</urlset>').encode(), "application/xml")
            if query == "page=all" and path != WHOLE:  # only one article has a single-page variant
                return self.send(404, b"<html><body>404</body></html>")
            if path in GOOD:
                etag = '"v1-%d"' % len(GOOD[path])
                site.conditional.append((path, self.headers.get("If-None-Match")))
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return None
                return self.send(200, GOOD[path].encode(), ETag=etag)
            if path == MULTI:
                return self.send(200, multi_page(1).encode())
            if path.startswith(MULTI) and path[len(MULTI):] in ("2", "3"):
                return self.send(200, multi_page(int(path[len(MULTI):])).encode())
            if path == WHOLE:
                if query == "page=all":
                    return self.send(200, page("Ombudsman Nilai Kepatuhan", *WHOLE_SENTENCES).encode())
                return self.send(200, page("Ombudsman Nilai Kepatuhan", WHOLE_SENTENCES[0]).encode())
            kind = FAULTS.get(path) if site.faulty else None
            if kind == "500 once" and count == 1 or kind == "500 always":
                return self.send(500, b"<html><body>Internal Server Error</body></html>")
            if kind == "429 once" and count == 1:
                return self.send(429, b"<html><body>Terlalu banyak permintaan</body></html>", Retry_After="1")
            if kind in ("500 once", "429 once"):
                return self.send(200, page("Pulih", *story(9, "Pulih")).encode())
            if kind == "slow":
                time.sleep(SLOW_SECONDS)
                return self.send(200, page("Lambat", *story(8, "Lambat")).encode())
            if kind == "garbage":
                import random
                return self.send(200, random.Random(1).randbytes(8192), "text/html")
            if kind == "cp1252":
                return self.send(200, page("Gubernur", CP1252_SENTENCE, *story(7, "Padang")).encode("cp1252"))
            if kind == "empty":
                return self.send(200, b"")
            if kind == "pdf":
                return self.send(200, b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n", "application/pdf")
            if kind == "png":
                return self.send(200, b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")
            if kind == "huge":
                return self.send(200, page("Raksasa", "x" * HUGE_BYTES).encode())
            if kind == "redirect-loop":
                target = path + ("" if query == "step=2" else "?step=2")
                self.send_response(302)
                self.send_header("Location", target)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send(404, b"<html><body>404</body></html>")

    return Handler


def start(tmp: Path) -> tuple[FaultSite, ThreadingHTTPServer]:
    site = FaultSite(tmp=tmp)
    # a listen backlog larger than the crawl's parallel connections: with the default of 5, a burst of
    # connections waits for a SYN retransmit (1 s) and trips the test's 1 s DOWNLOAD_TIMEOUT
    server_class = type("FaultServer", (ThreadingHTTPServer,), {"request_queue_size": 128})
    server = server_class(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    return site, server
