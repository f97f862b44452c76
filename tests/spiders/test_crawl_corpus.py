"""Real crawls of the bundled demo portals (flows.localserver) — WordPress, Disway and lembaga layouts."""
from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from flows.corpus import PORTALS, ROBOTS_MARKER, article_path, disallowed_paths, load_articles, write_portals_toml
from flows.localserver import serve_corpus
from pipeline.archive import iter_archive

pytestmark = pytest.mark.e2e
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    with serve_corpus(root / "sites") as served:
        write_portals_toml(served.portals, root / "portals.toml")
        yield served, root


def crawl(root: Path, key: str, data: Path, *extra: str) -> dict:
    proc = subprocess.run([sys.executable, "-m", "spiders.crawl", "--portal", key, "--portals",
                           str(root / "portals.toml"), "--data", str(data), "--no-throttle", *extra],
                          capture_output=True, text=True, timeout=120, cwd=REPO)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("key", list(PORTALS))
def test_every_article_archived_once_and_robots_obeyed(corpus, key, tmp_path):
    served, root = corpus
    summary = crawl(root, key, tmp_path / "data", "--all")
    base = served[key].rstrip("/")
    expected = {base + article_path(key, a) for a in load_articles() if a.portal == key}
    pages = list(iter_archive(tmp_path / "data" / "archive", {key}))
    counts = Counter(p.request_url for p in pages)
    assert set(counts) == expected and set(counts.values()) == {1}
    assert summary["articles_archived"] == len(expected)
    assert not any(ROBOTS_MARKER in p.html for p in pages)
    assert not any(p.url.startswith(base + d) for p in pages for d in disallowed_paths(key))
    assert all(len(p.html) > 500 for p in pages)

    if key == "warta-wp":  # incremental: a second run archives nothing new
        again = crawl(root, key, tmp_path / "data", "--all")
        assert again["articles_archived"] == 0
        assert Counter(p.request_url for p in iter_archive(tmp_path / "data" / "archive")) == counts
