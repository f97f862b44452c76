"""Archived pages → extracted, tagged articles, ready to load (pure apart from logging).

This is the extract and tag stage of the nightly run as a library: the flow's tasks call these
functions, and `warta reprocess` runs them again over the whole archive after the extractor improves.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from pipeline.models import Article, Facts
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
    """The one way an article is tagged, by the nightly run and by `warta reprocess` alike: its title
    and text, its publication time, and its portal's home province (`home_provinces`: portal key →
    Kemendagri province code) as the prior for place names."""
    from pipeline.facts import compose, tag_text

    prior = (home_provinces or {}).get(article.portal or "")
    return tag_text(compose(article.title, article.text), published=article.published, province_prior=prior)


def tag_articles(articles: Iterable[Article], *, known_texts: Iterable[tuple[str, str]] = (),
                 home_provinces: dict[str, str] | None = None) -> Iterator[LoadItem]:
    """Tag each article (`tag_article`); one whose text nearly duplicates an earlier one is marked as its
    copy. Nothing is built (no spaCy pipeline, no duplicate index) until there is a first article."""
    index = None
    for article in articles:
        if index is None:
            from pipeline.dedup import NearDuplicateIndex

            index = NearDuplicateIndex()
            for url, text in known_texts:
                index.add(url, text)
        dup = index.find(article.text)
        if dup is None:
            index.add(article.url, article.text)
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


def load_new_pages(archive_dir, db_path, extractor_version: str, *, batch_size: int = 500,
                   home_provinces: dict[str, str | None] | None = None) -> dict:
    """Extract, tag and load the archived pages the database does not hold yet, streaming.

    Pages already stored, and pages that yielded no article under this extractor version (remembered
    in the store), are not extracted again; archive files holding nothing else are not even opened
    (pipeline.archive.iter_archive). Memory stays bounded by `batch_size` articles, whatever the
    night's volume. The database is opened for writing only when there is something to write, once,
    and published when every batch is loaded (a crash before that leaves the published database as it
    was; the next run picks the pages up again). `home_provinces` (portal key → province code, None
    for a national portal) is the tagger's prior, and is remembered in the store for `warta reprocess`.
    Returns the counts: pages read, articles new, pages skipped, and new rows per table.
    """
    from pipeline.store import Store, StoreMissing

    try:
        with Store.open(db_path, read_only=True) as store:
            known = store.known_urls()
            if store.schema_version() >= 5:
                known |= store.skipped_urls(extractor_version)
            # a copy of a story stored on an earlier night is still recognised as its copy
            recent = store.recent_texts(days=RECENT_DAYS)
    except StoreMissing:
        known, recent = set(), []
    from pipeline.archive import iter_archive

    homes = {k: v for k, v in (home_provinces or {}).items() if v}
    skipped: list[tuple[str, str | None, str]] = []
    counted = _Counted(iter_archive(Path(archive_dir), skip_urls=known))
    batches = batched(tag_articles(extract_pages(counted, skip_urls=known, skipped=skipped), known_texts=recent,
                                   home_provinces=homes), batch_size)
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
    log.info("read %d archived pages (%d without an article); new rows: %s", counted.n, len(skipped), totals)
    return {"pages_read": counted.n, "pages_skipped": len(skipped), "new": totals}


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
