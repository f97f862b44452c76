"""Re-extract and re-tag stored articles from the crawl archive after the extractor improves.

Nothing is fetched: each stored article's page is read back from the WARC archive, extracted and
tagged again with the current code, and its facts are *replaced* (never duplicated):

* the re-extracted text is unchanged → `Store.replace_facts` (new facts, new extractor version);
* the re-extracted text changed (a better extractor) → `Store.load`, which updates the article row
  and replaces its facts (same article id, so further sources stay attached);
* the page is not in the archive any more, or re-extraction finds no article text → the stored text
  is re-tagged (`replace_facts`): the article keeps its text and gets current facts.

By default only articles whose facts came from another extractor version than
`pipeline.facts.EXTRACTOR_VERSION` are reprocessed; `all_=True` reprocesses every article.
Everything happens in one writer session: the database is published once, at the end, or not at all
(a crash leaves the published database as it was; run again).
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tqdm import tqdm

from pipeline.models import Article, Facts
from pipeline.process import batched
from pipeline.store import LoadItem, Store, content_hash
from pipeline.store.load import FACT_TABLES

log = logging.getLogger(__name__)

BATCH_SIZE = 200


@dataclass
class Stored:
    url: str
    title: str | None
    text: str
    published: object
    content_hash: str


@dataclass
class ReprocessSummary:
    extractor_version: str = ""
    articles: int = 0            # articles selected for reprocessing
    from_archive: int = 0        # re-extracted from their archived page
    text_changed: int = 0        # ... whose extracted text changed (article row updated)
    from_stored_text: int = 0    # no usable archived page: stored text re-tagged
    facts_deleted: dict[str, int] = field(default_factory=dict)
    facts_new: dict[str, int] = field(default_factory=dict)
    database: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


def current_version() -> str:
    """The extractor version in force (read at call time, so a changed constant is honoured)."""
    from pipeline import facts

    return facts.EXTRACTOR_VERSION


def select_articles(store: Store, version: str, all_: bool) -> dict[str, Stored]:
    """Stored articles to reprocess, by URL: those from another extractor version (or all)."""
    _, rows = store.query(
        "SELECT url, title, text, published, content_hash FROM articles "
        "WHERE ? OR extractor_version IS DISTINCT FROM ? ORDER BY id", [all_, version])
    return {url: Stored(url, title, text or "", published, chash or content_hash(text or ""))
            for url, title, text, published, chash in rows}


def archived_articles(archive_dir: Path, wanted: set[str]) -> Iterator[Article]:
    """Re-extract the archived pages of the `wanted` URLs (the first archived copy of each)."""
    from pipeline.archive import iter_archive
    from pipeline.process import extract_pages

    pages = (p for p in iter_archive(Path(archive_dir)) if p.url in wanted)
    return extract_pages(pages)


def tag(article: Article) -> Facts:
    from pipeline.facts import compose, tag_text

    return tag_text(compose(article.title, article.text), published=article.published)


def reprocess(db: str | Path, archive_dir: str | Path, *, all_: bool = False, batch_size: int = BATCH_SIZE,
              progress: bool | None = None) -> ReprocessSummary:
    """Reprocess stored articles (see the module docstring). `progress`: show a tqdm bar (None: only
    on a terminal). Raises pipeline.store.StoreError (StoreLocked while a nightly run loads)."""
    version = current_version()
    summary = ReprocessSummary(extractor_version=version, database=str(db))
    deleted: dict[str, int] = {}
    new: dict[str, int] = {}

    def count(stats) -> None:
        for table in FACT_TABLES:
            deleted[table] = deleted.get(table, 0) + int(stats.deleted.get(table, 0))
            new[table] = new.get(table, 0) + int(stats.new.get(table, 0))

    with Store.open(db) as store:
        targets = select_articles(store, version, all_)
        summary.articles = len(targets)
        log.info("reprocess: %d article(s) to re-extract and re-tag with extractor %s", len(targets), version)
        done: set[str] = set()
        with tqdm(total=len(targets), desc="reprocess", unit="article", disable=(not progress) if progress
                  is not None else None) as bar:
            fresh = archived_articles(Path(archive_dir), set(targets)) if targets else iter(())
            for batch in batched(fresh, batch_size):
                replace: list[tuple[str, Facts]] = []
                reload: list[LoadItem] = []
                for article in batch:
                    facts = tag(article)
                    stored = targets.get(article.url)
                    if stored is not None and content_hash(article.text) == stored.content_hash:
                        replace.append((article.url, facts))
                    else:
                        reload.append(LoadItem(article, facts))
                if replace:
                    count(store.replace_facts(replace, version))
                if reload:
                    count(store.load(reload, version))
                summary.from_archive += len(batch)
                summary.text_changed += len(reload)
                done.update(a.url for a in batch)
                bar.update(len(batch))
            rest = [s for url, s in targets.items() if url not in done]
            if rest:
                log.warning("reprocess: %d article(s) have no usable archived page; re-tagging their stored text",
                            len(rest))
            for batch in batched(rest, batch_size):
                pairs = [(s.url, tag(Article(url=s.url, text=s.text, title=s.title, published=s.published)))
                         for s in batch]
                count(store.replace_facts(pairs, version))
                summary.from_stored_text += len(batch)
                bar.update(len(batch))
    summary.facts_deleted, summary.facts_new = deleted, new
    return summary
