"""Archived pages → extracted, tagged articles, ready to load (pure apart from logging).

This is the extract and tag stage of the nightly run as a library: the flow's tasks call these
functions, and `warta reprocess` runs them again over the whole archive after the extractor improves.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from pipeline.models import Article
from pipeline.store.load import LoadItem

log = logging.getLogger(__name__)

#: An extracted text shorter than this is no article (an index page, an error page, a stub).
MIN_TEXT_CHARS = 200
#: Syndicated copies are looked for among the articles stored in this many recent days.
RECENT_DAYS = 30


def extract_pages(pages: Iterable, *, skip_urls: set[str] = frozenset()) -> Iterator[Article]:
    """ArchivedPage records → Articles; pages already stored, or with no article text, are skipped."""
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
            log.info("skip %s: no article text (%d chars)", page.url, len(article.text or ""))
            continue
        yield article


def tag_articles(articles: Iterable[Article], *, known_texts: Iterable[tuple[str, str]] = (),
                 home_provinces: dict[str, str] | None = None) -> Iterator[LoadItem]:
    """Tag each article; one whose text nearly duplicates an earlier one is marked as its copy.
    `home_provinces`: portal key → home province code (a prior for place names). Nothing is built
    (no spaCy pipeline, no duplicate index) until there is a first article."""
    index = None
    for article in articles:
        if index is None:
            from pipeline.dedup import NearDuplicateIndex
            from pipeline.facts import compose, tag_text

            index = NearDuplicateIndex()
            for url, text in known_texts:
                index.add(url, text)
        dup = index.find(article.text)
        if dup is None:
            index.add(article.url, article.text)
        prior = (home_provinces or {}).get(article.portal or "")
        facts = tag_text(compose(article.title, article.text), published=article.published, province_prior=prior)
        yield LoadItem(article, facts, duplicate_of_url=dup)


def batched(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def load_new_pages(archive_dir, db_path, extractor_version: str, *, batch_size: int = 500,
                   home_provinces: dict[str, str] | None = None) -> dict:
    """Extract, tag and load the archived pages the database does not hold yet, streaming.

    Archive files holding nothing new are not even opened (pipeline.archive.iter_archive).
    Memory stays bounded by `batch_size` articles, whatever the night's volume. The database is opened
    for writing only when there is something new, once, and published when every batch is loaded (a
    crash before that leaves the published database as it was; the next run picks the pages up again).
    Returns the counts: pages read, articles new, and new rows per table.
    """
    from pipeline.store import Store, StoreMissing

    try:
        with Store.open(db_path, read_only=True) as store:
            known = store.known_urls()
            # a copy of a story stored on an earlier night is still recognised as its copy
            recent = store.recent_texts(days=RECENT_DAYS)
    except StoreMissing:
        known, recent = set(), []
    from pipeline.archive import iter_archive

    counted = _Counted(iter_archive(Path(archive_dir), skip_urls=known))
    batches = batched(tag_articles(extract_pages(counted, skip_urls=known), known_texts=recent,
                                   home_provinces=home_provinces), batch_size)
    totals: dict[str, int] = {}
    first = next(batches, None)
    if first is not None:
        with Store.open(db_path) as store:
            _add(totals, store.load(first, extractor_version).new)
            for batch in batches:
                _add(totals, store.load(batch, extractor_version).new)
    log.info("read %d archived pages; new rows: %s", counted.n, totals)
    return {"pages_read": counted.n, "new": totals}


class _Counted:
    def __init__(self, items: Iterable):
        self.items, self.n = items, 0

    def __iter__(self):
        for item in self.items:
            self.n += 1
            yield item


def _add(totals: dict[str, int], new) -> None:
    for table, n in new.items():
        totals[table] = totals.get(table, 0) + int(n)
