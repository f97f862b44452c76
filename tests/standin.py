"""Loopback stand-ins for the portals of the real portal table, reached through a local HTTPS proxy.

The acceptance tests and the documentation tests run what a user types (`warta run`,
`warta run --portal klikpositif`, `warta run --url https://a-portal.example/`) with no fixture-provided
configuration: the real default table (data/portals.toml) is loaded and validated by the real code,
and every URL in it is requested exactly as written. Only the network differs: the crawl processes
get `https_proxy` pointing at `StandinProxy` on 127.0.0.1, which answers each CONNECT for a host of
the table with a TLS tunnel (a throwaway self-signed certificate) to a stand-in of that portal.

Why a proxy and not another portal table, a hosts file or a hook in our code:
* another table (`--portals-file`) would not test the default path, which is what broke in the field;
* a hook that rewrites hosts (an environment variable our code reads) is a code path users never take;
* a hosts file needs root and port 443, and would resolve names for every process on the machine.
A proxy is the standard transport an operator behind a corporate proxy uses: Scrapy's stock
HttpProxyMiddleware (on by default) reads `https_proxy`, and nothing in spiders/, pipeline/ or flows/
knows about it. Scrapy does not verify TLS certificates by default (DOWNLOAD_VERIFY_CERTIFICATES is
False), so the stand-in's certificate is accepted as a real portal's would be. Hosts are never
resolved here: the proxy refuses any host it does not stand in for (502), so nothing leaves 127.0.0.1.
Prefect's client talks to its own server on 127.0.0.1 directly (`no_proxy`).

A stand-in is built from the portal's own definition: robots.txt, each configured sitemap (an index
where the name says so), feed and listing at its exact URL, and two articles of the bundled corpus at
URLs of the portal's `article_pattern` (`ARTICLE_SHAPES`: add a shape when a new portal's pattern
matches none). Hosts shared by several portals (detik.com's regional sections) get one site.
"""
from __future__ import annotations

import html
import json
import ssl
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from flows.corpus import SourceArticle, load_articles
from spiders.portal import looks_like_article
from spiders.portals import Portal, load_portals, portal_for_url
from spiders.topic import is_on_topic

HOST = "127.0.0.1"
#: The example host the README crawls with `--url` (a site nobody configured).
EXAMPLE_URL = "https://a-portal.example/"
ARTICLES_PER_PORTAL = 2

#: URL shapes tried, in order, for a portal's articles: the first one its `article_pattern` (or the
#: generic heuristic) accepts is used. `{base}` is the path of the portal's base_url.
ARTICLE_SHAPES = (
    "{base}{y}/{m}/{d}/{slug}/",           # WordPress, Tribun
    "/read/{id}/{slug}",                   # Disway
    "/berita/{id}/{slug}",                 # Antara
    "/read/{y}/{m}/{d}/{id}/{slug}",       # Kompas
    "{base}berita/d-{id}/{slug}",          # detik regional sections
    "/daerah/{id}/{slug}",                 # Jawa Pos Radar
    "/perwakilan/news/r/{slug}",           # Ombudsman
)


class NoShape(ValueError):
    """No ARTICLE_SHAPES entry matches the portal's article_pattern."""


def article_url(portal: Portal, article: SourceArticle, number: int) -> str:
    base = urlsplit(portal.base_url)
    day = article.published or datetime(2024, 1, 1, tzinfo=timezone.utc)
    pattern = portal.compiled_pattern()
    for shape in ARTICLE_SHAPES:
        path = shape.format(base=base.path if base.path.endswith("/") else base.path + "/", y=f"{day:%Y}",
                            m=f"{day:%m}", d=f"{day:%d}", id=460000 + number, slug=article.slug)
        url = f"{base.scheme}://{base.netloc}{path}"
        if portal.owns(url) and (pattern.search(path) if pattern else looks_like_article(url)):
            return url
    raise NoShape(f"portal {portal.key!r}: no stand-in URL shape matches article_pattern "
                  f"{portal.article_pattern!r}; add one to tests/standin.py ARTICLE_SHAPES")


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def article_page(portal: Portal, article: SourceArticle) -> bytes:
    published = (f'<meta property="article:published_time" content="{article.published.isoformat()}">'
                 if article.published else "")
    paragraphs = "\n".join(f"<p>{_esc(p)}</p>" for p in article.paragraphs)
    return (f'<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8"><title>{_esc(article.title)} - '
            f'{_esc(portal.name)}</title>{published}<meta property="og:site_name" content="{_esc(portal.name)}">'
            f'</head><body><header><nav><a href="{_esc(portal.base_url)}">Beranda</a></nav></header>\n'
            f'<main><article><h1>{_esc(article.title)}</h1>\n<p class="byline">{_esc(article.author)}</p>\n'
            f'{paragraphs}\n</article></main><footer>© {_esc(portal.name)}</footer></body></html>\n'
            ).encode("utf-8")


@dataclass
class Site:
    """One host: path (with query, if any) → (content type, body)."""

    host: str
    routes: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    sitemaps: list[str] = field(default_factory=list)

    def put(self, url: str, ctype: str, body: bytes | str) -> None:
        parts = urlsplit(url)
        key = parts.path + (f"?{parts.query}" if parts.query else "")
        self.routes[key] = (ctype, body.encode("utf-8") if isinstance(body, str) else body)

    def get(self, path: str) -> tuple[str, bytes] | None:
        if path in self.routes:
            return self.routes[path]
        return self.routes.get(path.split("?", 1)[0])


def _urlset(entries: list[tuple[str, SourceArticle]]) -> str:
    rows = "\n".join(f"  <url><loc>{_esc(url)}</loc>"
                     + (f"<lastmod>{a.published.isoformat()}</lastmod>" if a.published else "") + "</url>"
                     for url, a in entries)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{rows}\n</urlset>\n")


def _rss(portal: Portal, entries: list[tuple[str, SourceArticle]]) -> str:
    items = "\n".join(
        f"<item><title>{_esc(a.title)}</title><link>{_esc(url)}</link>"
        + (f"<pubDate>{format_datetime(a.published)}</pubDate>" if a.published else "")
        + f"<description>{_esc(a.paragraphs[0][:300])}</description></item>" for url, a in entries)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{_esc(portal.name)}</title><link>{_esc(portal.base_url)}</link>\n{items}\n</channel></rss>\n")


def _listing(portal: Portal, entries: list[tuple[str, SourceArticle]]) -> str:
    links = "\n".join(f'<li><a href="{_esc(url)}">{_esc(a.title)}</a></li>' for url, a in entries)
    return (f'<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8"><title>{_esc(portal.name)}</title>'
            f"</head><body><h1>{_esc(portal.name)}</h1><ul>\n{links}\n</ul></body></html>\n")


def _wp_json(entries: list[tuple[str, SourceArticle]]) -> str:
    return json.dumps([{"link": url, "title": {"rendered": a.title},
                        "excerpt": {"rendered": f"<p>{_esc(a.paragraphs[0][:300])}</p>"},
                        "date_gmt": a.published.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
                        if a.published else None} for url, a in entries])


def add_portal(sites: dict[str, Site], portal: Portal, articles: list[SourceArticle], number: int) -> list[str]:
    """Add `portal`'s stand-in to `sites` (by host); returns its article URLs."""
    host = urlsplit(portal.base_url).hostname
    site = sites.setdefault(host, Site(host))
    entries = [(article_url(portal, a, number + i), a) for i, a in enumerate(articles)]
    for url, a in entries:
        site.put(url, "text/html; charset=utf-8", article_page(portal, a))
    for sitemap in portal.sitemaps:
        name = urlsplit(sitemap).path.rsplit("/", 1)[-1]
        if "index" in name or name == "wp-sitemap.xml":
            child = sitemap.rsplit("/", 1)[0] + "/post-sitemap1.xml"
            site.put(sitemap, "application/xml",
                     '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/'
                     f'schemas/sitemap/0.9"><sitemap><loc>{_esc(child)}</loc></sitemap></sitemapindex>\n')
            site.put(child, "application/xml", _urlset(entries))
        else:
            site.put(sitemap, "application/xml", _urlset(entries))
        site.sitemaps.append(sitemap)
    for feed in portal.feeds:
        site.put(feed, "application/rss+xml", _rss(portal, entries))
    for listing in portal.listings:
        site.put(listing, "text/html; charset=utf-8", _listing(portal, entries))
    if portal.generic:  # what generic discovery asks a site nobody configured
        root = portal.base_url.rstrip("/")
        site.put(root + "/sitemap.xml", "application/xml", _urlset(entries))
        site.sitemaps.append(root + "/sitemap.xml")
        site.put(root + "/feed/", "application/rss+xml", _rss(portal, entries))
        site.put(root + "/wp-json/wp/v2/posts", "application/json", _wp_json(entries))
    lines = ["User-agent: *", "Disallow: /wp-admin/", ""] + [f"Sitemap: {s}" for s in site.sitemaps]
    site.put(f"{urlsplit(portal.base_url).scheme}://{host}/robots.txt", "text/plain; charset=utf-8",
             "\n".join(lines) + "\n")
    return [url for url, _ in entries]


@dataclass
class Standins:
    sites: dict[str, Site]
    #: portal key (or the example URL) → its stand-in article URLs
    articles: dict[str, list[str]]


def build_standins(portals: list[Portal] | None = None, extra_urls: tuple[str, ...] = (EXAMPLE_URL,)) -> Standins:
    """Stand-ins for every portal of the table (default: the real one) and for `extra_urls` (sites
    nobody configured, discovered generically). Each portal gets ARTICLES_PER_PORTAL on-topic corpus
    articles, the newest first, so a `--since` of the recent past still finds some."""
    portals = load_portals() if portals is None else portals
    pool = sorted((a for a in load_articles() if a.published and is_on_topic(f"https://x/{a.slug}", a.title)),
                  key=lambda a: a.published, reverse=True)
    sites: dict[str, Site] = {}
    articles: dict[str, list[str]] = {}
    targets = [(p.key, p) for p in portals] + [(url, portal_for_url(url, [])) for url in extra_urls]
    for i, (name, portal) in enumerate(targets):
        chosen = [pool[(i * ARTICLES_PER_PORTAL + k) % len(pool)] for k in range(ARTICLES_PER_PORTAL)]
        articles[name] = add_portal(sites, portal, chosen, 1000 * i)
    return Standins(sites, articles)


# ------------------------------------------------------------------------------------ the proxy
def self_signed_context(folder: Path) -> ssl.SSLContext:
    """A server TLS context with a throwaway self-signed certificate (valid for two days)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "warta portal stand-in")])
    now = datetime.now(timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(hours=1))
            .not_valid_after(now + timedelta(days=2)).sign(key, hashes.SHA256()))
    cert_file, key_file = folder / "standin.crt", folder / "standin.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return context


class StandinProxy(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, standins: Standins, tls: ssl.SSLContext):
        self.standins = standins
        self.tls = tls
        #: every URL requested through the proxy, in order ("https://host/path?query")
        self.requests: list[str] = []
        self.refused: list[str] = []
        super().__init__((HOST, 0), ProxyHandler)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.server_address[1]}"

    @property
    def env(self) -> dict[str, str]:
        """The environment a process needs to reach the stand-ins (and only them)."""
        return {"https_proxy": self.url, "HTTPS_PROXY": self.url, "no_proxy": "127.0.0.1,localhost",
                "NO_PROXY": "127.0.0.1,localhost"}


class SiteHandler(BaseHTTPRequestHandler):
    """Serves one stand-in site over an established (TLS) tunnel."""

    protocol_version = "HTTP/1.0"
    timeout = 10

    def __init__(self, request, client_address, server: StandinProxy, site: Site, scheme: str):
        self.site, self.scheme = site, scheme
        super().__init__(request, client_address, server)

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:
        self._serve(body=True)

    def do_HEAD(self) -> None:
        self._serve(body=False)

    def _serve(self, body: bool) -> None:
        self.server.requests.append(f"{self.scheme}://{self.site.host}{self.path}")
        found = self.site.get(self.path)
        status, (ctype, data) = (HTTPStatus.OK, found) if found else (
            HTTPStatus.NOT_FOUND, ("text/html; charset=utf-8", b"<html><body>404</body></html>"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if body:
            self.wfile.write(data)


class ProxyHandler(BaseHTTPRequestHandler):
    server: StandinProxy
    protocol_version = "HTTP/1.0"
    timeout = 10

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        pass

    def do_CONNECT(self) -> None:
        host = self.path.rsplit(":", 1)[0].lower()
        site = self.server.standins.sites.get(host)
        if site is None:
            self.server.refused.append(self.path)
            self.send_error(HTTPStatus.BAD_GATEWAY, f"no stand-in for {host}")
            return
        self.send_response(HTTPStatus.OK, "Connection established")
        self.end_headers()
        self.wfile.flush()
        try:
            tunnel = self.server.tls.wrap_socket(self.connection, server_side=True)
        except (ssl.SSLError, OSError):
            self.close_connection = True
            return
        try:
            SiteHandler(tunnel, self.client_address, self.server, site, "https")
        except (ssl.SSLError, OSError):
            pass
        self.close_connection = True

    def do_GET(self) -> None:  # plain-HTTP proxying: an absolute URL
        parts = urlsplit(self.path)
        site = self.server.standins.sites.get((parts.hostname or "").lower())
        if site is None:
            self.server.refused.append(self.path)
            self.send_error(HTTPStatus.BAD_GATEWAY, f"no stand-in for {parts.hostname}")
            return
        self.server.requests.append(self.path)
        found = site.get(parts.path + (f"?{parts.query}" if parts.query else ""))
        status, (ctype, data) = (HTTPStatus.OK, found) if found else (
            HTTPStatus.NOT_FOUND, ("text/html; charset=utf-8", b"<html><body>404</body></html>"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@contextmanager
def standin_proxy(standins: Standins | None = None) -> Iterator[StandinProxy]:
    """Serve the stand-ins (default: every portal of the real table, and EXAMPLE_URL) behind a proxy
    on 127.0.0.1; use `.env` in the environment of the processes under test."""
    standins = standins or build_standins()
    with tempfile.TemporaryDirectory(prefix="warta-standin-") as tmp:
        proxy = StandinProxy(standins, self_signed_context(Path(tmp)))
        thread = threading.Thread(target=proxy.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True,
                                  name="standin-proxy")
        thread.start()
        try:
            yield proxy
        finally:
            proxy.shutdown()
            thread.join()
            proxy.server_close()
