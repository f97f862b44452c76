"""Start `warta browse` as users do (the console script, a real process) and stop it."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

WARTA = Path(sys.executable).with_name("warta")


@contextmanager
def browsing(db: Path, *args: str, env: dict | None = None, timeout: float = 60):
    """`warta browse --port 0` on database `db`; yields (base URL, process), the process's output up to
    the URL in `process.startup`. Stopped with SIGTERM, which must end it with status 0."""
    proc = subprocess.Popen([str(WARTA), "browse", "--port", "0", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "WARTA_DB": str(db), **(env or {})})
    lines = []
    try:
        deadline = time.monotonic() + timeout
        url = None
        while url is None:
            line = proc.stdout.readline()
            if not line:
                raise AssertionError(f"warta browse ended (status {proc.wait()}): {''.join(lines)}")
            lines.append(line)
            if m := re.search(r"(http://127\.0\.0\.1:\d+)/warta", line):
                url = m.group(1)
            if time.monotonic() > deadline:
                raise AssertionError(f"warta browse did not start in {timeout} s: {''.join(lines)}")
        proc.startup = "".join(lines)
        yield url, proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        proc.stdout.close()


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")
