"""Extract and tag the archive shard by shard: in this process, or on a Dask cluster (pipeline.distributed).

The archive is cut into shards (pipeline.archive.plan_shards: up to 200 articles of one WARC file).
`tag_shards` runs `tag_shard` on each, here when no cluster is given, else on the cluster's workers,
and yields the results *in the shards' order* to its caller: the single writer, which loads them
exactly as it loads what it tagged itself. So a run on a cluster stores what a serial run stores, row
for row: one code path, two places to run it.
"""
from __future__ import annotations

import logging
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from pipeline.archive import ArchivedPage, Shard, read_shard
from pipeline.models import Article, Facts

log = logging.getLogger(__name__)


@dataclass
class ShardResult:
    """What one shard gave: its articles with their facts, in archive order."""
    shard: Shard
    items: list[tuple[Article, Facts]] = field(default_factory=list)
    pages: int = 0                      # archived pages read
    no_text: list[tuple[str, str | None, str]] = field(default_factory=list)  # (url, portal, reason): no article
    extractor_version: str = ""
    worker: str = "local"               # the Dask worker that tagged it
    cpu_s: float = 0.0                  # CPU seconds spent on it (process time of the worker)


def tag_shard(shard: Shard, home_provinces: dict[str, str] | None = None,
              skip_urls: frozenset[str] = frozenset()) -> ShardResult:
    """Read, extract and tag one shard (what a worker runs; pure apart from reading the archive), with
    the nightly's own functions: pipeline.process.extract_pages and tag_article. Pages whose URL is in
    `skip_urls` are not extracted."""
    from pipeline.facts import EXTRACTOR_VERSION
    from pipeline.process import extract_pages, tag_article

    cpu = time.process_time()
    result = ShardResult(shard, extractor_version=EXTRACTOR_VERSION, worker=_worker_name())

    def pages() -> Iterator[ArchivedPage]:
        for page in read_shard(shard):
            result.pages += 1
            yield page

    for article in extract_pages(pages(), skip_urls=skip_urls, skipped=result.no_text):
        result.items.append((article, tag_article(article, home_provinces)))
    result.cpu_s = time.process_time() - cpu
    return result


def _worker_name() -> str:
    """The Dask worker running this, else "local" (without importing Dask in a serial run)."""
    if "distributed" not in sys.modules:
        return "local"
    from distributed import get_worker

    try:
        return get_worker().address
    except ValueError:
        return "local"


def tag_shards(shards: Iterable[Shard], *, home_provinces: dict[str, str] | None = None,
               client=None, window: int | None = None, skip_urls: set[str] | frozenset = frozenset()
               ) -> Iterator[ShardResult]:
    """`tag_shard` over `shards`, results in the shards' order: in this process, or on the Dask cluster
    of `client` (pipeline.distributed.cluster) with at most `window` shards in flight. `skip_urls`
    (pages already stored) matters only for a shard that is a whole file (plan_shards left out the
    stored pages of every indexed file), so only such a shard carries it to its worker."""
    home_provinces = dict(home_provinces or {})
    skip = frozenset(skip_urls)

    def args(shard: Shard) -> tuple:
        return shard, home_provinces, (skip if shard.offsets is None else frozenset())

    if client is None:
        for shard in shards:
            result = tag_shard(*args(shard))
            renew_tagger_if_grown()
            yield result
        return
    from pipeline.distributed import map_ordered

    yield from map_ordered(client, tag_shard_task, (args(s) for s in shards), window=window)


def tag_shard_task(args: tuple) -> ShardResult:
    """A shard's task on a worker: tag it, renew the tagger if its vocabulary has grown past the bound,
    then hand the freed memory back to the system."""
    try:
        return tag_shard(*args)
    finally:
        renew_tagger_if_grown()
        release_memory()


def renew_tagger_if_grown() -> bool:
    """Between shards: renew this process's spaCy pipeline once its vocabulary has grown past
    `WARTA_TAGGER_STRINGS` new strings (pipeline.nlp.renew_if_grown), so a long-lived worker's memory
    does not follow every distinct string it has met. Logged when it happens."""
    from pipeline.config import TAGGER_MAX_STRINGS, tagger_max_strings
    from pipeline.nlp import renew_if_grown

    try:
        bound = tagger_max_strings()
    except ValueError as exc:  # a worker that joined with a malformed setting: its shards still count
        _warn_once(f"{exc}; using the default, {TAGGER_MAX_STRINGS}")
        bound = TAGGER_MAX_STRINGS
    renewed = renew_if_grown(bound)
    if renewed:
        log.info("tagger renewed: its vocabulary had grown past the bound (WARTA_TAGGER_STRINGS)")
    return renewed


_warned: set[str] = set()


def _warn_once(message: str) -> None:
    if message not in _warned:
        _warned.add(message)
        log.warning(message)


def release_memory() -> None:
    """Return the C heap's free pages to the system (glibc's `malloc_trim`). Parsing a shard's pages
    churns through many small allocations; without this, a worker started without a Dask nanny (which
    sets MALLOC_TRIM_THRESHOLD_ for the workers it starts) keeps its peak heap for good. A no-op where
    the C library has no malloc_trim."""
    global _malloc_trim
    if _malloc_trim is None:
        import ctypes
        import ctypes.util

        try:
            _malloc_trim = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
        except (OSError, AttributeError):
            _malloc_trim = False
    if _malloc_trim:
        _malloc_trim(0)


_malloc_trim = None


#: Stored texts per task when re-tagging on a cluster.
TEXTS_PER_TASK = 25


@dataclass
class TextsResult:
    facts: list[Facts]
    extractor_version: str = ""
    worker: str = "local"


def _tag_texts_task(articles: list[Article], home_provinces: dict[str, str]) -> TextsResult:
    from pipeline.facts import EXTRACTOR_VERSION
    from pipeline.process import tag_article

    try:
        return TextsResult([tag_article(a, home_provinces) for a in articles], EXTRACTOR_VERSION, _worker_name())
    finally:
        renew_tagger_if_grown()


def tag_texts(articles: list[Article], *, client=None, home_provinces: dict[str, str] | None = None) -> list[Facts]:
    """Facts of articles already extracted (stored texts), in order: here, or spread over the cluster."""
    home_provinces = dict(home_provinces or {})
    if client is None:
        from pipeline.process import tag_article

        return [tag_article(a, home_provinces) for a in articles]
    from pipeline.distributed import map_ordered

    chunks = [articles[i:i + TEXTS_PER_TASK] for i in range(0, len(articles), TEXTS_PER_TASK)]
    return [f for result in map_ordered(client, _tag_texts_task, chunks, home_provinces) for f in result.facts]
