"""Reprocess the archive shard by shard: flat memory, published as it goes, resumable, on a cluster or not.

This is what `warta reprocess` runs. Nothing is fetched: each stored article's page is read back from
the WARC archive, extracted and tagged again with the current code, by the functions the nightly run
uses (pipeline.shards.tag_shard: `extract_pages`, `tag_article`, with the home provinces the loads
recorded), and its facts are *replaced* (never duplicated):

* the re-extracted text is unchanged → `Store.replace_facts` (new facts, new extractor version);
* the re-extracted text changed (a better extractor) → `Store.load`, which updates the article row
  and replaces its facts (same article id, so further sources stay attached);
* the page is not in the archive any more, or re-extraction finds no article text → the stored text
  is re-tagged (`replace_facts`): the article keeps its text and gets current facts.

Which articles: those whose facts came from another extractor version than the current one, or with
`all_` every article loaded before this reprocess started. The archive is cut into shards
(pipeline.archive.plan_shards); a shard none of whose articles is still to do is never read. Shards
are extracted and tagged in this process or on a Dask cluster (pipeline.shards.tag_shards) and loaded
in archive order by this process, the single writer.

Memory stays flat: no list of articles is held, only the shards in flight. The writer publishes every
`checkpoint_seconds` (a new writer session each time: pipeline.store's atomic publish), so a kill loses
at most that much work, and running the same command again resumes: what was published is no longer
stale (or, with `all_`, was loaded after the start recorded in `<db>.reprocess.json`), so its shards are
skipped. `max_seconds` bounds one call (the Prefect flow runs the reprocess as a chain of such tasks):
no single task or timeout caps the archive's size.
"""
from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from tqdm import tqdm

from pipeline.archive import SHARD_ARTICLES, Shard, plan_shards
from pipeline.models import Article, Facts
from pipeline.shards import release_memory, tag_shards
from pipeline.store import LoadItem, Store, content_hash
from pipeline.store.load import FACT_TABLES

log = logging.getLogger(__name__)

#: The writer publishes (and a new session starts) after this many seconds of work.
CHECKPOINT_SECONDS = 900
#: Stored texts re-tagged per batch (articles with no usable archived page).
TEXT_BATCH = 200


@dataclass
class ReprocessSummary:
    extractor_version: str = ""
    articles: int = 0            # articles to reprocess when this call started
    from_archive: int = 0        # re-extracted from their archived page
    text_changed: int = 0        # ... whose extracted text changed (article row updated)
    from_stored_text: int = 0    # no usable archived page: stored text re-tagged
    facts_deleted: dict[str, int] = field(default_factory=dict)
    facts_new: dict[str, int] = field(default_factory=dict)
    database: str = ""
    shards_read: int = 0         # shards extracted and tagged
    shards_skipped: int = 0      # shards with nothing left to do (never read)
    publishes: int = 0           # writer sessions published
    tag_cpu_s: float = 0.0       # CPU seconds spent extracting and tagging shards (wherever they ran)
    write_cpu_s: float = 0.0     # CPU seconds of this process spent writing (loads, publishes)
    resumed: bool = False        # an earlier `all_` run was picked up where it stopped
    done: bool = False           # nothing left to reprocess (False: max_seconds ran out; call again)

    def as_dict(self) -> dict:
        return asdict(self)


def current_version() -> str:
    """The extractor version in force (read at call time, so a changed constant is honoured)."""
    from pipeline import facts

    return facts.EXTRACTOR_VERSION


def state_path(db: str | Path) -> Path:
    """Where an `all_` reprocess records when it started (removed when it finishes)."""
    db = Path(db)
    return db.with_name(db.name + ".reprocess.json")


def _started(db: Path, version: str) -> tuple[datetime, bool]:
    """(start of the `all_` reprocess in progress, whether it is resumed); records a new start."""
    path = state_path(db)
    try:
        state = json.loads(path.read_text())
        if state.get("extractor_version") == version:
            return datetime.fromisoformat(state["started"]), True
    except (OSError, ValueError, KeyError):
        pass
    started = datetime.now(timezone.utc).replace(tzinfo=None)  # as the store writes loaded_at
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps({"extractor_version": version, "started": started.isoformat()}))
    os.replace(tmp, path)
    return started, False


class _Writer:
    """The single writer: one store session at a time, published every `checkpoint` seconds."""

    def __init__(self, db: Path, version: str, condition: str, params: list, checkpoint: float,
                 summary: ReprocessSummary):
        self.db, self.version, self.checkpoint, self.summary = db, version, checkpoint, summary
        self.condition, self.params = condition, params
        self.store: Store | None = None
        self.opened = 0.0

    def open(self) -> Store:
        if self.store is None:
            self.store = Store.open(self.db)
            self.opened = time.monotonic()
        return self.store

    def publish_if_due(self) -> None:
        if self.store is not None and time.monotonic() - self.opened >= self.checkpoint:
            self.close()

    def close(self, publish: bool = True) -> None:
        if self.store is not None:
            store, self.store = self.store, None
            store.close(publish=publish)
            if publish:
                self.summary.publishes += 1
                log.info("reprocess: published %s", self.db)

    def count(self, stats) -> None:
        for table in FACT_TABLES:
            self.summary.facts_deleted[table] = self.summary.facts_deleted.get(table, 0) + int(stats.deleted.get(table, 0))
            self.summary.facts_new[table] = self.summary.facts_new.get(table, 0) + int(stats.new.get(table, 0))

    def pending(self, urls: Iterable[str]) -> dict[str, str]:
        """Of these article URLs, those still to reprocess → their stored content hash."""
        urls = list(dict.fromkeys(urls))
        if not urls:
            return {}
        return self.open().stored_hashes(urls, self.condition, self.params)

    def apply(self, items: list[tuple[Article, Facts]]) -> int:
        """Replace the facts of the shard's articles still to do; returns how many."""
        todo = self.pending(a.url for a, _ in items)
        replace, reload = [], []
        for article, facts in items:
            stored = todo.pop(article.url, None)
            if stored is None:
                continue  # not stored, or done already (a second archived copy)
            if content_hash(article.text) == stored:
                replace.append((article.url, facts))
            else:
                reload.append(LoadItem(article, facts))
        store = self.open()
        if replace:
            self.count(store.replace_facts(replace, self.version))
        if reload:
            self.count(store.load(reload, self.version))
        self.summary.text_changed += len(reload)
        return len(replace) + len(reload)


def reprocess(db: str | Path, archive_dir: str | Path, *, all_: bool = False, client=None,
              home_provinces: dict[str, str] | None = None, shard_size: int = SHARD_ARTICLES,
              checkpoint_seconds: float = CHECKPOINT_SECONDS, max_seconds: float | None = None,
              progress: bool | None = None) -> ReprocessSummary:
    """Reprocess stored articles (see the module docstring). `client`: a dask.distributed Client to
    extract and tag on (pipeline.distributed.cluster), else this process. `home_provinces`: portal key →
    home province code (the tagger's prior; default: as the nightly's loads recorded them). `progress`: a tqdm bar (None: only on a
    terminal). Raises pipeline.store.StoreError (StoreLocked while another writer loads) and
    pipeline.distributed.ClusterError."""
    db = Path(db)
    version = current_version()
    summary = ReprocessSummary(extractor_version=version, database=str(db))
    if all_:
        started, summary.resumed = _started(db, version)
        condition, params = "loaded_at < ?", [started]
    else:
        condition, params = "extractor_version IS DISTINCT FROM ?", [version]
    deadline = time.monotonic() + max_seconds if max_seconds is not None else None
    writer = _Writer(db, version, condition, params, checkpoint_seconds, summary)
    try:
        store = writer.open()
        if home_provinces is None:  # the nightly run's inputs: each portal's home province as the loads used it
            home_provinces = store.home_provinces() if store.schema_version() >= 5 else {}
        _, ((summary.articles,),) = store.query(f"SELECT count(*) FROM articles WHERE {condition}", params)
        log.info("reprocess: %d article(s) to re-extract and re-tag with extractor %s", summary.articles, version)
        with tqdm(total=summary.articles, desc="reprocess", unit="article",
                  disable=(not progress) if progress is not None else None) as bar:
            out_of_time = False
            if summary.articles:
                results = tag_shards(_wanted_shards(writer, archive_dir, shard_size), client=client,
                                     home_provinces=home_provinces)
                out_of_time = _store_shards(results, writer, summary, bar, deadline)
            if not out_of_time:
                out_of_time = _retag_stored_texts(writer, client, home_provinces, bar, deadline)
        cpu = time.process_time()
        writer.close()
        summary.write_cpu_s = round(summary.write_cpu_s + time.process_time() - cpu, 3)
        summary.tag_cpu_s = round(summary.tag_cpu_s, 3)
    except BaseException:
        writer.close(publish=False)  # what was published stays; this session's work is redone next time
        raise
    summary.done = not out_of_time
    if summary.done and all_:
        state_path(db).unlink(missing_ok=True)
    return summary


def _store_shards(results, writer: _Writer, summary: ReprocessSummary, bar, deadline: float | None) -> bool:
    """Store each tagged shard as it comes (`results`: tag_shards' generator, closed here); True when the
    deadline stopped it."""
    try:
        for result in results:
            summary.shards_read += 1
            summary.tag_cpu_s += result.cpu_s
            cpu = time.process_time()
            n = writer.apply(result.items)
            result = None  # the shard's articles are stored: nothing of them is kept
            release_memory()
            writer.publish_if_due()
            summary.write_cpu_s += time.process_time() - cpu
            summary.from_archive += n
            bar.update(n)
            if deadline is not None and time.monotonic() >= deadline:
                return True
        return False
    finally:
        results.close()


def _wanted_shards(writer: _Writer, archive_dir, shard_size: int) -> Iterator[Shard]:
    """The archive's shards that hold an article still to do (a whole-file shard is always read)."""
    for shard in plan_shards(Path(archive_dir), size=shard_size):
        if shard.offsets is not None and not writer.pending(shard.urls):
            writer.summary.shards_skipped += 1
            continue
        yield shard


def _retag_stored_texts(writer: _Writer, client, home_provinces, bar, deadline) -> bool:
    """Re-tag the stored text of the articles still to do (no usable archived page). True when
    `deadline` came first."""
    from pipeline.shards import tag_texts

    last_id = -1
    while True:
        _, rows = writer.open().query(
            f"SELECT id, url, title, text, published, portal FROM articles WHERE id > ? AND {writer.condition} "
            "ORDER BY id LIMIT ?", [last_id, *writer.params, TEXT_BATCH])
        if not rows:
            return False
        if writer.summary.from_stored_text == 0:
            log.warning("reprocess: articles with no usable archived page: re-tagging their stored text")
        last_id = rows[-1][0]
        articles = [Article(url=url, text=text or "", title=title, published=published, portal=portal)
                    for _, url, title, text, published, portal in rows]
        facts = tag_texts(articles, client=client, home_provinces=home_provinces)
        writer.count(writer.open().replace_facts([(a.url, f) for a, f in zip(articles, facts)], writer.version))
        writer.summary.from_stored_text += len(articles)
        bar.update(len(articles))
        writer.publish_if_due()
        if deadline is not None and time.monotonic() >= deadline:
            return True

