"""Crawl shards: a crawl given `--shard NAME` writes its own folder and index under archive/_shards/,
skips what any shard (or the archive itself) already holds, and the reader reads every shard; the
archive cut into work shards (`plan_shards` + `read_shard`) reads back exactly what `iter_archive` does,
each multi-page article whole in one shard."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from pipeline.archive import iter_archive, plan_shards, read_shard

from .faultsite import GOOD, MULTI, REPO, TEST_SETTINGS, WHOLE, start

pytestmark = pytest.mark.e2e


@pytest.fixture
def site(tmp_path):
    s, server = start(tmp_path)
    s.faulty = False
    yield s
    server.shutdown()
    server.server_close()


def command(site, *extra: str) -> list[str]:
    cmd = [sys.executable, "-m", "spiders.crawl", "--portal", "faulty", "--portals",
           str(site.portals(single_page="?page=all")), "--data", str(site.data), "--no-throttle", "--all", *extra]
    for k, v in TEST_SETTINGS.items():
        cmd += ["--set", f"{k}={v}"]
    return cmd


def crawl(site, *extra: str) -> dict:
    result = subprocess.run(command(site, *extra), capture_output=True, text=True, timeout=60, cwd=REPO)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def pages_by_shards(archive, size):
    shards = list(plan_shards(archive, size=size))
    return shards, [(p.url, p.html, p.part_urls) for s in shards for p in read_shard(s)]


def test_a_shard_has_its_own_files_and_index_and_the_reader_reads_every_shard(site):
    archive = site.data / "archive"
    first = crawl(site, "--shard", "host-a")
    assert first["articles_archived"] == len(GOOD) + 2  # the good pages, the multi-page and the whole one
    assert list((archive / "_shards" / "host-a" / "faulty").glob("*.warc.gz"))
    assert (archive / "_shards" / "host-a" / "index.sqlite").exists()
    assert not (archive / "faulty").exists() and not (archive / "index.sqlite").exists()
    # another shard skips what host-a holds (its index consults every other index)
    again = crawl(site, "--shard", "host-b")
    assert again["articles_archived"] == 0 and again["skipped"]["archived"] >= len(GOOD)
    pages = {p.url[len(site.base):]: p for p in iter_archive(archive)}
    assert set(GOOD) | {MULTI, WHOLE} == set(pages)
    assert len(pages[MULTI].part_urls) == 3

    # the rows say which records are pages of one article
    con = sqlite3.connect(archive / "_shards" / "host-a" / "index.sqlite")
    parts = con.execute("SELECT count(*) FROM archived WHERE part_of <> ''").fetchone()[0]
    con.close()
    assert parts == 3  # the three pages of MULTI (the ?page=all record of WHOLE is a whole article)

    # work shards read back exactly what iter_archive reads, in the same order, articles never split
    expected = [(p.url, p.html, p.part_urls) for p in iter_archive(archive)]
    for size in (1, 2, 100):
        shards, got = pages_by_shards(archive, size)
        assert got == expected, size
        assert all(s.offsets is not None for s in shards)
        assert max(len(s.urls) for s in shards) <= 2 * size
    assert len(pages_by_shards(archive, 1)[0]) == len(expected)
    # known URLs are left out before any file is opened
    known = {site.base + p for p in GOOD}
    left = [p.url for s in plan_shards(archive, skip_urls=known) for p in read_shard(s)]
    assert sorted(left) == sorted(site.base + p for p in (MULTI, WHOLE))


def test_the_archive_itself_and_a_shard_are_read_together(site):
    archive = site.data / "archive"
    crawl(site)  # into the archive itself
    assert (archive / "faulty").is_dir()
    shard = crawl(site, "--shard", "other")
    assert shard["articles_archived"] == 0  # the root index is consulted too
    assert not list((archive / "_shards" / "other").glob("*/*.warc.gz"))
    assert {p.url for p in iter_archive(archive)} == {p.url for s in plan_shards(archive) for p in read_shard(s)}


def test_a_bad_shard_name_is_a_usage_error(site):
    result = subprocess.run(command(site, "--shard", "../up"), capture_output=True, text=True, timeout=60, cwd=REPO)
    assert result.returncode == 2 and "--shard" in result.stderr
