"""Bulk, idempotent loading of tagged articles (Arrow tables + `INSERT … SELECT`, never row by row).

How a batch merges with what is stored:

* a URL already stored as an article's own URL: unchanged when its text (content hash) and extractor
  version are the same; otherwise the article row is updated and its facts are *replaced*;
* a URL already stored as a further source of an article: unchanged;
* a new URL whose `duplicate_of_url` (the pipeline's near-duplicate hint) or whose exact content hash
  points to a stored article (or one earlier in the batch): a new row in `sources`, no new article;
* otherwise: a new article, its source row and its facts.

An article's facts come from its own text; a duplicate only adds a source URL.
"""
from __future__ import annotations

import hashlib
import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone

import duckdb
import pyarrow as pa

from pipeline.facttypes import FACT_TYPES
from pipeline.models import Article, Facts
from pipeline.store import persons as P
from pipeline.store import search as S
from pipeline.store.resolve import resolve_persons
from pipeline.store.sql import lookup, registered, transaction

log = logging.getLogger(__name__)

#: The fact tables, one per fact type of the registry (pipeline.facttypes), in table order.
FACT_TABLES = tuple(spec.table for spec in FACT_TYPES)

_S, _I, _F, _T = pa.string(), pa.int64(), pa.float64(), pa.timestamp("us")
_ARROW = {str: _S, int: _I, float: _F}
SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([("id", _I), ("url", _S), ("portal", _S), ("title", _S), ("published", _T),
                           ("author", _S), ("text", _S), ("fetched_at", _T), ("content_hash", _S),
                           ("extractor_version", _S), ("loaded_at", _T)]),
    "sources": pa.schema([("url", _S), ("article_id", _I), ("portal", _S), ("fetched_at", _T), ("published", _T)]),
    # a fact table's columns: article id, the record's fields, the spec's extra columns, version
    **{spec.table: pa.schema([(name, _ARROW[tp]) for name, tp in spec.columns()]) for spec in FACT_TYPES},
}


@dataclass
class LoadItem:
    """One tagged article to store. `duplicate_of_url`: the URL of an earlier copy of the same story
    (from near-duplicate detection), so this URL becomes a further source of that article."""

    article: Article
    facts: Facts
    duplicate_of_url: str | None = None


@dataclass
class LoadStats:
    """What a load changed. `new`/`updated`/`deleted`: rows per table."""

    new: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    deleted: Counter = field(default_factory=Counter)
    unchanged_articles: int = 0
    skipped: int = 0

    def as_dict(self) -> dict:
        return {"new": dict(self.new), "updated": dict(self.updated), "deleted": dict(self.deleted),
                "unchanged_articles": self.unchanged_articles, "skipped": self.skipped}


def content_hash(text: str) -> str:
    """sha1 of the cleaned text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _naive(dt: datetime | None, to_utc: bool) -> datetime | None:
    """TIMESTAMP columns are naive: `published` keeps the portal's wall-clock time, `fetched_at` is UTC."""
    if dt is None or dt.tzinfo is None:
        return dt
    return dt.astimezone(timezone.utc).replace(tzinfo=None) if to_utc else dt.replace(tzinfo=None)


def _derived(table: str, rows: list[dict]) -> list[dict]:
    """Columns the store derives itself: an official's name key (for person resolution); an
    official whose name has no key is not stored."""
    if table != "officials":
        return rows
    return [{**r, "name_key": P.name_key(r["name"])} for r in rows if r["name"] and P.name_key(r["name"])]


def fact_rows(article_id: int, facts: Facts, version: str) -> dict[str, list[dict]]:
    """The fact rows of one article (pure), one list per fact table. Exact duplicate rows are dropped."""
    rows: dict[str, list[dict]] = {}
    for spec in FACT_TYPES:
        seen, unique = set(), []
        for r in _derived(spec.table, spec.table_rows(facts)):
            key = tuple(r.items())
            if key not in seen:
                seen.add(key)
                unique.append({"article_id": article_id, **r, "extractor_version": version})
        rows[spec.table] = unique
    return rows


@dataclass
class Stored:
    """What the database already knows about a batch's URLs and hashes."""

    by_url: dict[str, tuple]  # url -> (article id, is its own URL, content hash, version, title)
    by_hash: dict[str, int]  # content hash -> article id


@dataclass
class Plan:
    articles_new: list[dict] = field(default_factory=list)
    articles_updated: list[dict] = field(default_factory=list)
    sources_new: list[dict] = field(default_factory=list)
    facts: dict[str, list[dict]] = field(default_factory=lambda: {t: [] for t in FACT_TABLES})
    replace_ids: list[int] = field(default_factory=list)  # articles whose stored facts are dropped first
    retext_ids: set[int] = field(default_factory=set)  # updated articles whose title or text changed (re-indexed)
    unchanged: int = 0
    skipped: int = 0


def plan(items: list[LoadItem], stored: Stored, version: str, next_id: int | None, now: datetime) -> Plan:
    """Decide what each item becomes (pure; see the module docstring). `next_id`: the id of the first new
    article (None when every item's URL is stored, so that none can be new)."""
    out = Plan()
    by_url = dict(stored.by_url)
    by_hash = dict(stored.by_hash)
    # items without a duplicate hint first, so a hint may point at an article earlier in the batch
    for item in sorted(_latest(items, out), key=lambda it: it.duplicate_of_url is not None):
        art = item.article
        text = art.text or ""
        chash = art.content_hash or content_hash(text)
        fetched = _naive(art.fetched_at, True) or now
        published = _naive(art.published, False)
        row = dict(url=art.url, portal=art.portal, title=art.title, published=published, author=art.author,
                   text=text, fetched_at=fetched, content_hash=chash, extractor_version=version, loaded_at=now)
        known = by_url.get(art.url)
        if known is not None:
            aid, own, old_hash, old_version, old_title = known
            if not own or (old_hash == chash and old_version == version):
                out.unchanged += 1
                continue
            out.articles_updated.append({"id": aid, **row})
            out.replace_ids.append(aid)
            if old_hash != chash or old_title != art.title:  # what the search index holds
                out.retext_ids.add(aid)
            by_url[art.url] = (aid, True, chash, version, art.title)
            by_hash[chash] = aid
            _add_facts(out, aid, item.facts, version)
            continue
        target = _duplicate_target(item, by_url, by_hash, chash)
        if target is not None:
            out.sources_new.append(dict(url=art.url, article_id=target, portal=art.portal,
                                        fetched_at=fetched, published=published))
            by_url[art.url] = (target, False, chash, version, art.title)
            continue
        aid = next_id
        next_id += 1
        out.articles_new.append({"id": aid, **row})
        out.sources_new.append(dict(url=art.url, article_id=aid, portal=art.portal,
                                    fetched_at=fetched, published=published))
        by_url[art.url] = (aid, True, chash, version, art.title)
        by_hash[chash] = aid
        _add_facts(out, aid, item.facts, version)
    return out


def _latest(items: list[LoadItem], out: Plan) -> list[LoadItem]:
    """The items to plan, one per URL (a URL twice in one batch: the last occurrence wins, in its place);
    an item without a URL is skipped and counted."""
    latest: dict[str, LoadItem] = {}
    for item in items:
        if item.article.url:
            latest.pop(item.article.url, None)
            latest[item.article.url] = item
        else:
            log.warning("skipped an article without a URL (title %r): the store keys articles by URL",
                        item.article.title)
            out.skipped += 1
    return list(latest.values())


def _duplicate_target(item: LoadItem, by_url: dict, by_hash: dict, chash: str) -> int | None:
    """The stored article a new URL is another source of: its duplicate hint's article when that is
    stored, else the article with the same content hash, else None."""
    if item.duplicate_of_url:
        hit = by_url.get(item.duplicate_of_url)
        if hit is not None:
            return hit[0]
        log.warning("%s: duplicate_of %s is not stored; storing it as its own article",
                    item.article.url, item.duplicate_of_url)
    return by_hash.get(chash)


def _add_facts(out: Plan, aid: int, facts: Facts, version: str) -> None:
    for table, rows in fact_rows(aid, facts, version).items():
        out.facts[table].extend(rows)


def arrow(table: str, rows: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=SCHEMAS[table])


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> int:
    if not rows:
        return 0
    with registered(con, _warta_rows=arrow(table, rows)):
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _warta_rows")
    return len(rows)


def _ids(ids: list[int]) -> pa.Table:
    return pa.table({"id": pa.array(ids, _I)})


def read_stored(con: duckdb.DuckDBPyConnection, items: list[LoadItem]) -> Stored:
    """What is stored of the items' URLs and, for the items whose URL is not stored, of their content
    hashes (the only ones `plan` looks up). URLs are looked up through the articles' URL index, and
    only those that are no article's own URL through the sources' one (see pipeline.store.sql.lookup)."""
    urls = sorted({it.article.url for it in items if it.article.url}
                  | {it.duplicate_of_url for it in items if it.duplicate_of_url})
    by_url = {url: (aid, True, chash, version, title) for aid, url, chash, version, title in lookup(
        con, "SELECT id, url, content_hash, extractor_version, title FROM articles WHERE url IN ({keys})", urls)}
    held = dict(lookup(con, "SELECT url, article_id FROM sources WHERE url IN ({keys})",
                       [u for u in urls if u not in by_url]))
    articles = {aid: rest for aid, *rest in lookup(
        con, "SELECT id, content_hash, extractor_version, title FROM articles WHERE id IN ({keys})",
        sorted(set(held.values())))}
    for url, aid in held.items():
        if aid in articles:
            by_url[url] = (aid, False, *articles[aid])
    hashes = {it.article.content_hash or content_hash(it.article.text or "") for it in items
              if it.article.url not in by_url}
    by_hash = {}
    if hashes:
        with registered(con, _warta_hashes=pa.table({"h": pa.array(sorted(hashes), _S)})):
            by_hash = dict(con.execute(
                "SELECT content_hash, min(id) FROM articles WHERE content_hash IN (SELECT h FROM _warta_hashes) "
                "GROUP BY content_hash").fetchall())
    return Stored(by_url, by_hash)


def delete_facts(con: duckdb.DuckDBPyConnection, article_ids: list[int], stats: LoadStats) -> None:
    if not article_ids:
        return
    with registered(con, _warta_ids=_ids(article_ids)):
        for table in FACT_TABLES:
            n = con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM _warta_ids)").fetchone()[0]
            stats.deleted[table] += n


def apply(con: duckdb.DuckDBPyConnection, p: Plan, stats: LoadStats) -> tuple[set[str], set[int]]:
    """Write a plan (inside the caller's transaction). Returns the officials' name keys it added or
    removed and the person ids the removed rows held (what person resolution must revisit)."""
    keys, pids = _officials_of(con, p.replace_ids)
    keys |= {r["name_key"] for r in p.facts["officials"]}
    stats.new["articles"] += _insert(con, "articles", p.articles_new)
    if p.articles_updated:
        with registered(con, _warta_upd=arrow("articles", p.articles_updated)):
            con.execute("""
                UPDATE articles SET portal = u.portal, title = u.title, published = u.published,
                    author = u.author, text = u.text, fetched_at = u.fetched_at, content_hash = u.content_hash,
                    extractor_version = u.extractor_version, loaded_at = u.loaded_at
                FROM _warta_upd u WHERE articles.id = u.id""")
        stats.updated["articles"] += len(p.articles_updated)
    S.index_articles(con, [(r["id"], r["title"], r["text"]) for r in p.articles_new])
    S.index_articles(con, [(r["id"], r["title"], r["text"]) for r in p.articles_updated if r["id"] in p.retext_ids],
                     replace=True)
    delete_facts(con, p.replace_ids, stats)
    stats.new["sources"] += _insert(con, "sources", p.sources_new)
    for table in FACT_TABLES:
        stats.new[table] += _insert(con, table, p.facts[table])
    stats.unchanged_articles += p.unchanged
    stats.skipped += p.skipped
    return keys, pids


def _officials_of(con: duckdb.DuckDBPyConnection, article_ids: list[int]) -> tuple[set[str], set[int]]:
    """Name keys and person ids of the stored officials of these articles."""
    if not article_ids:
        return set(), set()
    rows = con.execute("SELECT DISTINCT name_key, person_id FROM officials WHERE article_id IN (SELECT unnest(?::BIGINT[]))",
                       [article_ids]).fetchall()
    return {k for k, _ in rows}, {pid for _, pid in rows if pid is not None}


def load(con: duckdb.DuckDBPyConnection, items: list[LoadItem], version: str) -> LoadStats:
    """Merge a batch in one transaction: all of it is stored, or (on error) none of it."""
    stats = LoadStats()
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    with transaction(con):
        stored = read_stored(con, items)
        # the next id only where an item may become a new article: max(id) reads every article's id
        new = any(it.article.url and it.article.url not in stored.by_url for it in items)
        next_id = con.execute("SELECT coalesce(max(id), 0) + 1 FROM articles").fetchone()[0] if new else None
        keys, pids = apply(con, plan(items, stored, version, next_id, now), stats)
        resolve_persons(con, stats, keys, pids)
    return stats


def replace_facts(con: duckdb.DuckDBPyConnection, updates: list[tuple[str, Facts]], version: str) -> LoadStats:
    """Re-processing: replace the facts of stored articles (by their own URL) with `Facts` produced by
    extractor `version`, without re-fetching. Unknown URLs are skipped with a warning."""
    stats = LoadStats()
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    with transaction(con):
        ids = dict(lookup(con, "SELECT url, id FROM articles WHERE url IN ({keys})", sorted({u for u, _ in updates})))
        p = Plan()
        for url, facts in dict(updates).items():  # a URL given twice: the last Facts win
            aid = ids.get(url)
            if aid is None:
                log.warning("replace_facts: %s is not a stored article URL; skipped", url)
                p.skipped += 1
                continue
            p.replace_ids.append(aid)
            _add_facts(p, aid, facts, version)
        if p.replace_ids:
            with registered(con, _warta_ids=_ids(p.replace_ids)):
                con.execute("UPDATE articles SET extractor_version = ?, loaded_at = ? "
                            "WHERE id IN (SELECT id FROM _warta_ids)", [version, now])
            stats.updated["articles"] += len(p.replace_ids)
        keys, pids = apply(con, p, stats)
        resolve_persons(con, stats, keys, pids)
    return stats
