"""Loopback HTTP server for the bundled corpus: one origin (127.0.0.1, ephemeral port) per portal.

    with serve_corpus(tmp_path) as urls:        # {"warta-wp": "http://127.0.0.1:40123/", ...}
        urls.portals                            # the portal definitions (data/portals.toml schema)

Static files come from the tree that flows/corpus.py writes; Content-Type follows the file extension,
every response carries `Last-Modified` and a content `ETag`, and conditional requests get 304.
Paths under `/_fault/` misbehave on purpose for crawler robustness tests (see FAULTS).

Operators: `python -m flows.localserver DIR` generates the sites into DIR, serves them until Ctrl-C and
prints the URLs.
"""
from __future__ import annotations

import hashlib
import random
import signal
import sys
import threading
import time
from contextlib import contextmanager
from email.utils import formatdate, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

from flows.corpus import CONTENT_TYPES, PORTALS, build_sites, candidate_files

HOST = "127.0.0.1"
SLOW_SECONDS = 2.0
HUGE_BYTES = 10 * 1024 * 1024
_CHUNK = 64 * 1024

FAULTS = {
    "500": "500 Internal Server Error",
    "429": "429 Too Many Requests with Retry-After: 1",
    "slow": f"200 after sleeping {SLOW_SECONDS:g} s",
    "garbage": "200, random bytes declared text/html",
    "cp1252": "200, windows-1252 bytes declared text/html; charset=utf-8",
    "empty": "200 with an empty body",
    "pdf": "200, application/pdf",
    "huge": f"200, a {HUGE_BYTES // (1024 * 1024)} MB HTML page",
    "redirect-loop": "302 to the other half of a two-step redirect loop",
}
_CP1252_TEXT = ("<html><head><title>Berita \u201cSehat\u201d</title></head><body><p>Wali Kota menyebut "
                "layanan \u2018caf\u00e9\u2019 warga \u2013 bukan mal \u2014 sudah dibuka \u20ac 5 juta.</p>"
                "</body></html>")
_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n")


class CorpusServer(ThreadingHTTPServer):
    """Serves one portal's tree. Request threads are joined on close (no keep-alive: HTTP/1.0)."""

    daemon_threads = False
    block_on_close = True
    request_queue_size = 128  # parallel crawls: the default backlog of 5 makes clients wait and resend

    def __init__(self, root: Path, port: int = 0):
        self.root = Path(root)
        super().__init__((HOST, port), CorpusHandler)

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.server_address[1]}/"


class CorpusHandler(BaseHTTPRequestHandler):
    server: CorpusServer
    server_version = "WartaCorpus/1.0"
    protocol_version = "HTTP/1.0"
    timeout = 10  # a client that stalls while sending its request is dropped

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - quiet: no stderr spam
        pass

    def do_HEAD(self) -> None:
        self._handle(send_body=False)

    def do_GET(self) -> None:
        self._handle(send_body=True)

    # ------------------------------------------------------------------ static files
    def _handle(self, send_body: bool) -> None:
        parts = urlsplit(self.path)
        try:
            if parts.path.startswith("/_fault/"):
                return self._fault(parts.path[len("/_fault/"):].strip("/"), parts.query, send_body)
            file = self._resolve(parts.path, parts.query)
            if file is None:
                return self._simple(HTTPStatus.NOT_FOUND, b"<html><body><h1>404 Halaman tidak ditemukan</h1>"
                                    b"</body></html>", send_body)
            data = file.read_bytes()
        except (BrokenPipeError, ConnectionResetError):
            return
        etag = '"' + hashlib.sha1(data).hexdigest() + '"'
        mtime = int(file.stat().st_mtime)
        headers = {"ETag": etag, "Last-Modified": formatdate(mtime, usegmt=True)}
        if self._not_modified(etag, mtime):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            for k, v in headers.items():
                self.send_header(k, v)
            self.end_headers()
            return
        ctype = CONTENT_TYPES.get(file.suffix, "application/octet-stream")
        self._send(HTTPStatus.OK, data, ctype, send_body, headers)

    def _resolve(self, path: str, query: str) -> Path | None:
        root = self.server.root.resolve()
        for c in candidate_files(path, query):
            f = (root / c).resolve()
            if f.is_file() and f.is_relative_to(root):
                return f
        if query:  # an unknown query on a page without query variants is ignored, like a real server
            plain = self._resolve(path, "")
            if plain is not None and not any(plain.parent.glob(plain.stem + "@*")):
                return plain
        return None

    def _not_modified(self, etag: str, mtime: int) -> bool:
        inm = self.headers.get("If-None-Match")
        if inm is not None:  # RFC 9110: If-None-Match takes precedence over If-Modified-Since
            tags = [t.strip() for t in inm.split(",")]
            return "*" in tags or etag in tags or ("W/" + etag) in tags
        ims = self.headers.get("If-Modified-Since")
        if ims:
            try:
                return mtime <= int(parsedate_to_datetime(ims).timestamp())
            except (TypeError, ValueError, IndexError, OverflowError):
                return False
        return False

    # ------------------------------------------------------------------ responses
    def _send(self, status: int, data: bytes, ctype: str, send_body: bool,
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if send_body and data:
            self.wfile.write(data)

    def _simple(self, status: int, body: bytes, send_body: bool, headers: dict | None = None) -> None:
        self._send(status, body, "text/html; charset=utf-8", send_body, headers)

    def _fault(self, name: str, query: str, send_body: bool) -> None:
        if name == "500":
            self._simple(HTTPStatus.INTERNAL_SERVER_ERROR, b"<html><body>Internal Server Error</body></html>",
                         send_body)
        elif name == "429":
            self._simple(HTTPStatus.TOO_MANY_REQUESTS, b"<html><body>Terlalu banyak permintaan</body></html>",
                         send_body, {"Retry-After": "1"})
        elif name == "slow":
            time.sleep(SLOW_SECONDS)
            self._simple(HTTPStatus.OK, b"<html><body><p>Lambat tapi sampai.</p></body></html>", send_body)
        elif name == "garbage":
            self._send(HTTPStatus.OK, random.Random(1).randbytes(8192), "text/html", send_body)
        elif name == "cp1252":
            self._send(HTTPStatus.OK, _CP1252_TEXT.encode("cp1252"), "text/html; charset=utf-8", send_body)
        elif name == "empty":
            self._send(HTTPStatus.OK, b"", "text/html; charset=utf-8", send_body)
        elif name == "pdf":
            self._send(HTTPStatus.OK, _PDF, "application/pdf", send_body)
        elif name == "huge":
            self._huge(send_body)
        elif name == "redirect-loop":
            target = "/_fault/redirect-loop" + ("" if query == "step=2" else "?step=2")
            self.send_response(HTTPStatus.FOUND)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self._simple(HTTPStatus.NOT_FOUND, b"<html><body>unknown fault</body></html>", send_body)

    def _huge(self, send_body: bool) -> None:
        head = b"<html><head><title>Halaman besar</title></head><body>"
        tail = b"</body></html>"
        para = b"<p>Paragraf pengisi halaman yang sangat panjang untuk menguji batas ukuran.</p>\n"
        n = (HUGE_BYTES - len(head) - len(tail)) // len(para)
        filler = b" " * (HUGE_BYTES - len(head) - len(tail) - n * len(para))
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(HUGE_BYTES))
        self.end_headers()
        if not send_body:
            return
        try:
            self.wfile.write(head)
            block = para * (_CHUNK // len(para))
            per_block = _CHUNK // len(para)
            for _ in range(n // per_block):
                self.wfile.write(block)
            self.wfile.write(para * (n % per_block) + filler + tail)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (e.g. a download size limit): that is the point of this route


class ServedCorpus(dict):
    """portal key -> base URL, plus `.portals` (the definitions) and `.root` (the generated tree)."""

    portals: list[dict]
    root: Path


@contextmanager
def serve_corpus(out_dir: Path, keys: list[str] | None = None,
                 first_port: int | None = None, articles_path: Path | None = None) -> Iterator[ServedCorpus]:
    """Bind one loopback port per portal, generate the sites for those URLs into `out_dir`, serve them,
    and shut every server down (threads joined) on exit.

    Ports are ephemeral unless `first_port` is given (then first_port, first_port + 1, …: stable URLs,
    so a second run over the same data directory finds the same articles). `articles_path`: another
    articles file than the bundled corpus (the benchmarks' synthetic one)."""
    keys = list(keys or PORTALS)
    out_dir = Path(out_dir)
    servers: list[CorpusServer] = []
    threads: list[threading.Thread] = []
    try:
        for i, key in enumerate(keys):
            port = first_port + i if first_port else 0
            try:
                servers.append(CorpusServer(out_dir / key, port))
            except OSError as exc:
                raise OSError(f"cannot serve {key} on 127.0.0.1:{port}: {exc.strerror or exc}") from None
        served = ServedCorpus({k: s.base_url for k, s in zip(keys, servers)})
        served.portals = (build_sites(out_dir, dict(served), articles_path=articles_path) if articles_path
                          else build_sites(out_dir, dict(served)))
        served.root = out_dir
        for key, s in zip(keys, servers):
            t = threading.Thread(target=s.serve_forever, kwargs={"poll_interval": 0.1},
                                 name=f"corpus-{key}-{s.server_address[1]}", daemon=True)
            t.start()
            threads.append(t)
        yield served
    finally:
        for s, t in zip(servers, threads):
            s.shutdown()
            t.join()
        for s in servers:
            s.server_close()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1 or argv[0].startswith("-"):
        print("usage: python -m flows.localserver DIR\n  generate the bundled portals into DIR and serve "
              "them on 127.0.0.1 until Ctrl-C", file=sys.stderr)
        return 2
    from flows.corpus import write_portals_toml

    _stop_on_signals()
    out = Path(argv[0])
    try:  # Ctrl-C at any point (even while starting) stops the servers cleanly through serve_corpus
        with serve_corpus(out) as served:
            write_portals_toml(served.portals, out / "portals.toml")
            for key, url in served.items():
                print(f"{key:15s} {url}")
            print(f"portal table: {out / 'portals.toml'}\nfaults: <base>/_fault/{{{','.join(FAULTS)}}}\n"
                  "Ctrl-C to stop", flush=True)
            while True:
                time.sleep(3600)
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
    return 0


def _stop(signum, frame) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def _stop_on_signals() -> None:
    """Ctrl-C (SIGINT) and SIGTERM stop the servers cleanly, whatever this process inherited: a shell
    starts a background job (`… &`) with SIGINT ignored, and Python then leaves it ignored."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, _stop)


if __name__ == "__main__":
    sys.exit(main())
