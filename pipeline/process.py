"""Archived pages → extracted, tagged articles, ready to load (pure apart from logging).

This is the extract and tag stage of the nightly run as a library: the flow's tasks call these
functions, and `warta reprocess` runs them again over the whole archive after the extractor improves.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.models import Article, Facts

if TYPE_CHECKING:  # not imported at run time: Dask workers import this module, and never the store
    from pipeline.store.load import LoadItem

log = logging.getLogger(__name__)

#: An extracted text shorter than this is no article (an index page, an error page, a stub).
MIN_TEXT_CHARS = 200
#: Syndicated copies are looked for among the articles stored in this many recent days.
RECENT_DAYS = 30


def extract_pages(pages: Iterable, *, skip_urls: set[str] = frozenset(),
                  skipped: list[tuple[str, str | None, str]] | None = None) -> Iterator[Article]:
    """ArchivedPage records → Articles; pages already stored, or with no article text, are skipped.
    `skipped`: a list that receives (url, portal, reason) of every page that yielded no article."""
    from pipeline.extract import extract_article

    seen: set[str] = set()
    for page in pages:
        if page.url in skip_urls or page.url in seen:
            continue
        seen.add(page.url)
        article = extract_article(page.html, page.url)
        article.portal = page.portal
        article.fetched_at = page.fetched_at
        if len(article.text or "") < MIN_TEXT_CHARS:
            reason = f"no article text ({len(article.text or '')} chars)"
            log.info("skip %s: %s", page.url, reason)
            if skipped is not None:
                skipped.append((page.url, page.portal, reason))
            continue
        yield article


def tag_article(article: Article, home_provinces: dict[str, str] | None = None) -> Facts:
    """The one way an article is tagged, by the nightly run and by `warta reprocess` alike, in this
    process or on a Dask worker (pipeline.shards): its title and text, its publication time, and its
    portal's home province (`home_provinces`: portal key → Kemendagri province code) as the prior for
    place names."""
    from pipeline.facts import compose, tag_text

    prior = (home_provinces or {}).get(article.portal or "")
    return tag_text(compose(article.title, article.text), published=article.published, province_prior=prior)


class DuplicateMarker:
    """Marks an article whose text nearly duplicates an earlier one (of this run, or among `known_texts`,
    the recently stored) as its copy. Nothing is built until the first article."""

    def __init__(self, known_texts: Iterable[tuple[str, str]] = ()):
        self.known_texts, self.index = known_texts, None

    def copy_of(self, article: Article) -> str | None:
        """The URL of the article this one copies, else None (and it is remembered as an original)."""
        if self.index is None:
            from pipeline.dedup import NearDuplicateIndex

            self.index = NearDuplicateIndex()
            for url, text in self.known_texts:
                self.index.add(url, text)
        dup = self.index.find(article.text)
        if dup is None:
            self.index.add(article.url, article.text)
        return dup


def tag_articles(articles: Iterable[Article], *, known_texts: Iterable[tuple[str, str]] = (),
                 home_provinces: dict[str, str] | None = None) -> Iterator[LoadItem]:
    """Tag each article (`tag_article`); one whose text nearly duplicates an earlier one is marked as its
    copy (`DuplicateMarker`). Nothing is built (no spaCy pipeline, no duplicate index) until there is a
    first article."""
    from pipeline.store.load import LoadItem

    marker = DuplicateMarker(known_texts)
    for article in articles:
        dup = marker.copy_of(article)
        yield LoadItem(article, tag_article(article, home_provinces), duplicate_of_url=dup)


def batched(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class Stopped(Exception):
    """The caller asked a load to stop (`stop()` turned true): nothing of it was published."""


def load_new_pages(archive_dir, db_path, extractor_version: str, *, batch_size: int = 500,
                   home_provinces: dict[str, str | None] | None = None, client=None,
                   stop: Callable[[], bool] | None = None) -> dict:
    """Extract, tag and load the archived pages the database does not hold yet, streaming.

    The archive is read in shards (pipeline.archive.plan_shards): pages already stored, and pages that
    yielded no article under this extractor version (remembered in the store), are left out, and
    files holding nothing else are not even opened. Each shard is extracted and tagged by
    pipeline.shards.tag_shard (pipeline.process.extract_pages and tag_article): in this process, or
    with `client` (pipeline.distributed.cluster) on that Dask cluster's workers. This process, the
    single writer, takes the results in archive order, marks near-duplicates and loads them, so both
    ways store the same rows. Memory stays bounded by `batch_size` articles plus the shards in flight,
    whatever the night's volume. The database is opened for writing only when there is something to
    write, once, and published when every batch is loaded (a crash before that leaves the published
    database as it was; the next run picks the pages up again). `home_provinces` (portal key →
    province code, None for a national portal) is the tagger's prior, and is remembered in the store
    for `warta reprocess`. Returns the counts: pages read, articles new, pages skipped, and new rows
    per table. `stop` (say, "the run was told to stop") is asked after each shard and right before
    publishing: once it is true the load raises Stopped and publishes nothing.
    """
    from pipeline.archive import plan_shards
    from pipeline.shards import tag_shards
    from pipeline.store import LoadItem, Store

    known, recent = _stored_state(db_path, extractor_version)
    homes = {k: v for k, v in (home_provinces or {}).items() if v}
    pages = [0]
    skipped: list[tuple[str, str | None, str]] = []
    marker = DuplicateMarker(recent)

    def items() -> Iterator[LoadItem]:
        seen: set[str] = set()  # a page archived twice (in two files) is loaded once
        for result in tag_shards(plan_shards(Path(archive_dir), skip_urls=known), client=client,
                                 home_provinces=homes, skip_urls=known):
            _check(stop)
            pages[0] += result.pages
            skipped.extend(result.no_text)
            for article, facts in result.items:
                if article.url in seen:
                    continue
                seen.add(article.url)
                yield LoadItem(article, facts, duplicate_of_url=marker.copy_of(article))

    batches = batched(items(), batch_size)
    totals: dict[str, int] = {}
    first = next(batches, None)
    if first is not None or skipped:
        with Store.open(db_path) as store:
            store.record_portals(home_provinces or {})
            for batch in ([first] if first else []):
                _add(totals, store.load(batch, extractor_version).new)
            for batch in batches:
                _add(totals, store.load(batch, extractor_version).new)
            store.remember_skipped(skipped, extractor_version)
            _check(stop)  # the last moment before the store publishes on leaving the block
    log.info("read %d archived pages (%d without an article); new rows: %s", pages[0], len(skipped), totals)
    return {"pages_read": pages[0], "pages_skipped": len(skipped), "new": totals}


def _check(stop: Callable[[], bool] | None) -> None:
    if stop is not None and stop():
        raise Stopped("the load was told to stop; nothing of it was published")


def _stored_state(db_path, extractor_version: str) -> tuple[set[str], list]:
    """What the store already holds: the URLs not to read again (stored, or without an article under this
    extractor version), and the recent texts a copy of a stored story is recognised by (nothing when
    there is no database yet)."""
    from pipeline.store import Store, StoreMissing

    try:
        with Store.open(db_path, read_only=True) as store:
            known = store.known_urls()
            if store.schema_version() >= 5:
                known |= store.skipped_urls(extractor_version)
            # a copy of a story stored on an earlier night is still recognised as its copy
            return known, store.recent_texts(days=RECENT_DAYS)
    except StoreMissing:
        return set(), []


def _add(totals: dict[str, int], new) -> None:
    for table, n in new.items():
        totals[table] = totals.get(table, 0) + int(n)
