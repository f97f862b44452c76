"""The README's browse section runs as written, on the demo database (tests/conftest.py::demo_run):
its `warta search` commands print hits, `warta browse` serves the pages its table lists."""
from __future__ import annotations

import os
import re
import shlex
import signal
import subprocess
import time
import urllib.parse
from pathlib import Path

import pytest

from pipeline.store import snapshot as S
from tests.flows.browse_helpers import get

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("## Browsing the facts in a web browser")
    return text[start:text.index("\n## ", start + 1)]


def commands(kind: str) -> list[str]:
    """The `$ ` lines of the section's console blocks that run `warta <kind>`, comments cut."""
    found = []
    for block in re.findall(r"```console\n(.*?)```", section(), re.S):
        for line in block.splitlines():
            if line.startswith("$ ") and shlex.split(line[2:], comments=True)[1] == kind:
                found.append(line[2:])
    return found


def run_env(db: Path) -> dict:
    return {**os.environ, "WARTA_DB": str(db)}


def argv(command: str) -> list[str]:
    args = shlex.split(command, comments=True)
    assert args[0] == ".venv/bin/warta"
    return [str(ROOT / args[0])] + args[1:]


def test_the_section_has_its_commands_and_screenshot():
    assert len(commands("search")) == 3 and len(commands("browse")) == 2
    assert "![" in section() and (ROOT / "docs" / "browse-region.png").is_file()


def test_search_commands_print_hits(demo_run):
    for command in commands("search"):
        out = subprocess.run(argv(command), capture_output=True, text=True, env=run_env(demo_run["db"]), cwd=ROOT)
        assert out.returncode == 0, (command, out.stderr)
        assert out.stdout.startswith("1. "), (command, out.stdout)


def serving_url(proc: subprocess.Popen, timeout: float = 180) -> tuple[str | None, str]:
    """Read the server's output until it says where it serves (the base URL) or exits (None); returns
    that and what it printed. Lines before it (the snapshot it built, warnings) are expected."""
    import queue
    import threading

    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in iter(proc.stdout.readline, "")] + [lines.put(None)],
                     daemon=True).start()
    printed = []
    deadline = time.monotonic() + timeout
    while True:
        try:
            line = lines.get(timeout=max(0.01, deadline - time.monotonic()))
        except queue.Empty:
            return None, "".join(printed)
        if line is None:  # it exited
            return None, "".join(printed)
        printed.append(line)
        found = re.search(r"^Serving the facts at (http://127\.0\.0\.1:\d+)/warta", line)
        if found:
            return found.group(1), "".join(printed)


def test_browse_commands_serve_the_listed_pages(demo_run):
    db = demo_run["db"]
    assert S.wait_fresh(db, timeout=120)
    pages = re.findall(r"^\| `(/warta[^`]*)` \|", section(), re.M)
    assert len(pages) >= 8
    for command in commands("browse"):
        proc = subprocess.Popen(argv(command), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                env=run_env(db), cwd=ROOT)
        try:
            base, printed = serving_url(proc)
            if base is None and "--port" not in command:
                # the default port is someone else's right now (a demo running?): as written, the
                # command must then fail with one line that says so
                assert proc.wait(timeout=60) == 1 and "cannot listen on 127.0.0.1:8001" in printed, printed
                assert printed.count("Error: ") == 1, printed
                continue
            assert base, printed
            for page in pages:
                path, _, query = page.partition("?")
                url = base + urllib.parse.quote(path) + ("?" + urllib.parse.quote(query, safe="=&+") if query else "")
                status, body = get(url)
                assert status == 200, (page, body[:300])
                if path.endswith(".json"):
                    assert body.startswith("[{"), page  # rows as JSON
                elif path != "/warta":
                    assert re.search(r"\d+ rows?", body), page  # a table or query with its rows
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)
            returncode = proc.wait(timeout=60)
        assert returncode in (0, 1), returncode
