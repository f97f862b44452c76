"""Archived pages → extracted, tagged articles, ready to load (pure apart from logging).

This is the extract and tag stage of the nightly run as a library: the flow's tasks call these
functions, and `warta reprocess` runs them again over the whole archive after the extractor improves.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from pipeline.models import Article
from pipeline.store.load import LoadItem

log = logging.getLogger(__name__)

#: An extracted text shorter than this is no article (an index page, an error page, a stub).
MIN_TEXT_CHARS = 200


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


def tag_articles(articles: Iterable[Article], *, known_texts: Iterable[tuple[str, str]] = ()) -> Iterator[LoadItem]:
    """Tag each article; one whose text nearly duplicates an earlier one is marked as its copy."""
    from pipeline.dedup import NearDuplicateIndex
    from pipeline.facts import compose, tag_text

    index = NearDuplicateIndex()
    for url, text in known_texts:
        index.add(url, text)
    for article in articles:
        dup = index.find(article.text)
        if dup is None:
            index.add(article.url, article.text)
        facts = tag_text(compose(article.title, article.text), published=article.published)
        yield LoadItem(article, facts, duplicate_of_url=dup)
