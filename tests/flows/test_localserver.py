"""The loopback corpus server (flows/localserver.py) over real HTTP on 127.0.0.1."""
from __future__ import annotations

import http.client
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from email.utils import formatdate, parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from flows.corpus import PORTALS, ROBOTS_MARKER, disallowed_paths
from flows.localserver import HUGE_BYTES, main, serve_corpus

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    with serve_corpus(tmp_path_factory.mktemp("served")) as s:
        yield s


def fetch(url: str, method: str = "GET", headers: dict | None = None) -> tuple[int, dict, bytes]:
    """One raw request (no redirect following), returning status, headers and body."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        conn.request(method, target or "/", headers=headers or {})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def test_one_loopback_origin_per_portal(served):
    assert set(served) == set(PORTALS)
    origins = {urlsplit(u).netloc for u in served.values()}
    assert len(origins) == 3 and all(u.startswith("http://127.0.0.1:") for u in served.values())
    assert [p["base_url"] for p in served.portals] == [served[k] for k in PORTALS]
    assert (served.root / "warta-wp" / "robots.txt").is_file()


def test_content_types(served):
    wp, dw, lb = served["warta-wp"], served["warta-disway"], served["warta-lembaga"]
    cases = [(wp, "text/html; charset=utf-8"), (wp + "robots.txt", "text/plain; charset=utf-8"),
             (wp + "sitemap_index.xml", "application/xml"), (wp + "post-sitemap.xml", "application/xml"),
             (wp + "feed/", "application/rss+xml"), (wp + "category/daerah/page/2/", "text/html; charset=utf-8"),
             (dw + "rss", "application/rss+xml"), (dw + "kategori/pemerintahan?page=2", "text/html; charset=utf-8"),
             (lb + "perwakilan/feed/", "application/atom+xml"), (lb + "sitemap.xml", "application/xml")]
    for url, ctype in cases:
        status, headers, body = fetch(url)
        assert (status, headers["content-type"]) == (200, ctype), url
        assert int(headers["content-length"]) == len(body) > 0


def test_urllib_reads_an_article_from_its_sitemap(served):
    with urllib.request.urlopen(served["warta-disway"] + "sitemap.xml", timeout=10) as resp:
        sitemap = resp.read().decode()
    article = next(u for u in sitemap.split("<loc>")[1:] if "/read/" in u).split("</loc>")[0]
    with urllib.request.urlopen(article, timeout=10) as resp:
        page = resp.read().decode("utf-8")
    assert resp.status == 200 and "Reporter :" in page and "Berita Terkait" in page


def test_conditional_requests_get_304(served):
    url = served["warta-wp"] + "feed/"
    status, headers, body = fetch(url)
    etag, last_modified = headers["etag"], headers["last-modified"]
    assert status == 200 and etag.startswith('"') and parsedate_to_datetime(last_modified)
    status, headers304, body304 = fetch(url, headers={"If-None-Match": etag})
    assert (status, body304, headers304["etag"]) == (304, b"", etag)
    assert fetch(url, headers={"If-Modified-Since": last_modified})[0] == 304
    assert fetch(url, headers={"If-None-Match": '"other"'})[0] == 200
    assert fetch(url, headers={"If-Modified-Since": formatdate(0, usegmt=True)})[0] == 200
    # If-None-Match wins over If-Modified-Since (RFC 9110)
    assert fetch(url, headers={"If-None-Match": '"other"', "If-Modified-Since": last_modified})[0] == 200
    assert fetch(url, headers={"If-Modified-Since": "not a date"})[0] == 200


def test_last_modified_is_the_publication_time(served):
    listing = fetch(served["warta-wp"] + "category/daerah/")[2].decode()
    href = listing.split('<h3 class="jeg_post_title"><a href="')[1].split('"')[0]
    status, headers, page = fetch(served["warta-wp"].rstrip("/") + href)
    published = page.decode().split('property="article:published_time" content="')[1].split('"')[0]
    assert status == 200
    assert parsedate_to_datetime(headers["last-modified"]).timestamp() == \
        __import__("datetime").datetime.fromisoformat(published).timestamp()


def test_missing_pages_and_queries(served):
    lb, wp = served["warta-lembaga"], served["warta-wp"]
    assert fetch(wp + "2099/01/01/tidak-ada/")[0] == 404
    assert fetch(lb + "perwakilan/news?page=99")[0] == 404
    page1, page2 = fetch(lb + "perwakilan/news")[2], fetch(lb + "perwakilan/news?page=2")[2]
    assert page1 != page2 and fetch(lb + "perwakilan/news?page=1")[2] == page1
    assert fetch(wp + "robots.txt?utm_source=x")[0] == 200  # unknown query on a plain page: ignored
    for evil in ("/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc/passwd"):
        status, _, body = fetch(wp.rstrip("/") + evil)
        assert status == 404 and b"root:" not in body


def test_head_sends_headers_only(served):
    status, headers, body = fetch(served["warta-wp"] + "sitemap_index.xml", method="HEAD")
    assert status == 200 and body == b"" and int(headers["content-length"]) > 0 and headers["etag"]


def test_disallowed_pages_are_served(served):
    """robots.txt forbids them; obeying it is the crawler's job, so the server must still answer."""
    for key in PORTALS:
        status, _, body = fetch(served[key].rstrip("/") + disallowed_paths(key)[0])
        assert status == 200 and ROBOTS_MARKER.encode() in body


@pytest.mark.parametrize("route,status,ctype", [
    ("500", 500, "text/html; charset=utf-8"), ("429", 429, "text/html; charset=utf-8"),
    ("empty", 200, "text/html; charset=utf-8"), ("pdf", 200, "application/pdf"),
    ("garbage", 200, "text/html"), ("cp1252", 200, "text/html; charset=utf-8"),
    ("nope", 404, "text/html; charset=utf-8"),
])
def test_fault_routes(served, route, status, ctype):
    got, headers, body = fetch(served["warta-disway"] + f"_fault/{route}")
    assert (got, headers["content-type"]) == (status, ctype)
    if route == "429":
        assert headers["retry-after"] == "1"
    elif route == "empty":
        assert body == b"" and headers["content-length"] == "0"
    elif route == "pdf":
        assert body.startswith(b"%PDF-")
    elif route == "garbage":
        assert len(body) == 8192
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")
    elif route == "cp1252":
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")
        assert "\u201cSehat\u201d" in body.decode("cp1252")


def test_fault_slow_and_huge(served):
    start = time.monotonic()
    status, _, body = fetch(served["warta-wp"] + "_fault/slow")
    assert status == 200 and b"Lambat" in body and time.monotonic() - start >= 2.0
    status, headers, body = fetch(served["warta-wp"] + "_fault/huge")
    assert status == 200 and int(headers["content-length"]) == HUGE_BYTES == len(body)
    assert body.startswith(b"<html>") and body.endswith(b"</html>")


def test_a_client_that_drops_a_huge_download_does_not_hurt_the_server(served):
    parts = urlsplit(served["warta-wp"])
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    conn.request("GET", "/_fault/huge")
    resp = conn.getresponse()
    assert resp.read(1000).startswith(b"<html>")
    conn.close()
    assert fetch(served["warta-wp"] + "robots.txt")[0] == 200


def test_fault_redirect_loop(served):
    base = served["warta-lembaga"]
    status, headers, _ = fetch(base + "_fault/redirect-loop")
    assert status == 302 and headers["location"] == "/_fault/redirect-loop?step=2"
    status, headers, _ = fetch(base + "_fault/redirect-loop?step=2")
    assert status == 302 and headers["location"] == "/_fault/redirect-loop"
    with pytest.raises(urllib.error.HTTPError, match="infinite loop"):
        urllib.request.urlopen(base + "_fault/redirect-loop", timeout=10)


def test_shutdown_joins_threads_and_frees_ports(tmp_path):
    with serve_corpus(tmp_path, keys=["warta-wp"]) as s:
        url = s["warta-wp"]
        assert fetch(url + "robots.txt")[0] == 200
        assert set(s) == {"warta-wp"}
        port = urlsplit(url).port
        assert [t for t in threading.enumerate() if t.name == f"corpus-warta-wp-{port}"]
    assert not [t for t in threading.enumerate() if t.name == f"corpus-warta-wp-{port}"]
    with pytest.raises(ConnectionRefusedError):
        fetch(url + "robots.txt")


def test_fixed_ports_and_a_busy_port(tmp_path):
    with serve_corpus(tmp_path / "a", keys=["warta-wp"]) as first:
        port = urlsplit(first["warta-wp"]).port
    with serve_corpus(tmp_path / "b", keys=["warta-wp"], first_port=port) as again:
        assert again["warta-wp"] == f"http://127.0.0.1:{port}/"
        assert fetch(again["warta-wp"] + "robots.txt")[0] == 200
        with pytest.raises(OSError, match=f"warta-wp.*127.0.0.1:{port}"):
            with serve_corpus(tmp_path / "c", keys=["warta-wp"], first_port=port):
                pass
    with pytest.raises(ValueError, match="unknown portal"):
        with serve_corpus(tmp_path / "d", keys=["elsewhere"]):
            pass


def test_command_line_serves_until_interrupted(tmp_path):
    assert main([]) == 2
    proc = subprocess.Popen([sys.executable, "-m", "flows.localserver", str(tmp_path)], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        urls = {}
        for line in proc.stdout:
            if line.startswith("Ctrl-C"):
                break
            key, _, url = line.partition(" ")
            if key in PORTALS:
                urls[key] = url.strip()
        assert set(urls) == set(PORTALS)
        assert fetch(urls["warta-lembaga"] + "robots.txt")[0] == 200
        assert "[[portal]]" in (tmp_path / "portals.toml").read_text(encoding="utf-8")
        proc.send_signal(signal.SIGINT)
        # a clean stop joins the request threads, and a connection that never sends its request holds
        # one for CorpusHandler.timeout (another test's port probe can be one): room for that, under load
        assert proc.wait(timeout=60) == 0, proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_command_line_stops_on_a_signal_even_if_started_with_sigint_ignored(tmp_path, sig):
    """A shell starts a background job with SIGINT ignored (and a test runner may have it ignored too):
    the server still stops cleanly on Ctrl-C and on SIGTERM."""
    proc = subprocess.Popen([sys.executable, "-m", "flows.localserver", str(tmp_path)], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        for line in proc.stdout:
            if line.startswith("Ctrl-C"):
                break
        proc.send_signal(sig)
        assert proc.wait(timeout=60) == 0, proc.stderr.read()
        assert "stopped" in proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
