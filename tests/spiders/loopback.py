"""A loopback site for real crawls of a bare URL (`python -m spiders.crawl --url`): its pages come from a
function of the path, and it logs every path it is asked for."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from .conftest import REPO


class RouteSite:
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
def route_site():
    """start(route) -> a RouteSite serving `route`; every site is shut down after the test."""
    sites = []

    def start(route) -> RouteSite:
        sites.append(RouteSite(route))
        return sites[-1]

    yield start
    for s in sites:
        s.server.shutdown()
        s.server.server_close()


