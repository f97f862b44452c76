"""The nightly flow: crawl → extract → tag → load, under Prefect, without a Prefect server.

Tasks are thin: each wraps a library function (flows.crawl.run_crawl, pipeline.process,
pipeline.store) that also runs without Prefect. Retries and timeouts sit on the decorators.
Import this module only after flows.env.configure_prefect() (the CLI does that).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact

from flows.crawl import CrawlError, run_crawl
from pipeline.archive import iter_archive
from pipeline.models import Article
from pipeline.process import extract_pages, tag_articles
from pipeline.store import LoadItem, Store, StoreMissing

FACT_TYPES = ("regions", "provinces", "officials", "compliance", "mpp")


@dataclass
class RunSummary:
    portals: list[str] = field(default_factory=list)
    pages_fetched: int = 0
    articles_new: int = 0
    facts: dict[str, int] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    database: str = ""

    def markdown(self) -> str:
        rows = "\n".join(f"| {k} | {v} |" for k, v in self.facts.items())
        errs = "\n".join(f"| {k} | {v} |" for k, v in self.errors.items()) or "| none | 0 |"
        return (f"# Warta nightly run\n\nPortals: {', '.join(self.portals) or '-'}  \n"
                f"Pages fetched: **{self.pages_fetched}**  \nArticles new: **{self.articles_new}**  \n"
                f"Database: `{self.database}`\n\n| facts | new rows |\n|---|---|\n{rows}\n\n"
                f"| errors | count |\n|---|---|\n{errs}\n")


@task(name="crawl-portal", retries=2, retry_delay_seconds=30, timeout_seconds=4 * 3600)
def crawl_portal(portal: str | None, url: str | None, portals_file: str | None, data_dir: str,
                 since: str | None, all_: bool, throttle: bool) -> dict:
    summary = run_crawl(portal=portal, url=url, portals_file=Path(portals_file) if portals_file else None,
                        data_dir=Path(data_dir), since=since, all_=all_, throttle=throttle)
    return summary.stats


@task(name="extract-articles", timeout_seconds=4 * 3600)
def extract_articles(data_dir: str, db: str) -> list[Article]:
    try:
        with Store.open(Path(db), read_only=True) as store:
            known = store.known_urls()
    except StoreMissing:
        known = set()
    pages = iter_archive(Path(data_dir) / "archive")
    return list(extract_pages(pages, skip_urls=known))


@task(name="tag-articles", timeout_seconds=4 * 3600)
def tag(articles: list[Article]) -> list[LoadItem]:
    return list(tag_articles(articles))


@task(name="load-facts", retries=2, retry_delay_seconds=60, timeout_seconds=3600)
def load_facts(items: list[LoadItem], db: str, extractor_version: str) -> dict:
    with Store.open(Path(db)) as store:
        return store.load(items, extractor_version).as_dict()


@flow(name="nightly", log_prints=False)
def nightly(portals: list[str] | None = None, url: str | None = None, portals_file: str | None = None,
            data_dir: str | None = None, db: str | None = None, since: str | None = None,
            all_: bool = False, throttle: bool = True) -> dict:
    """Crawl the portals (or one URL), then extract, tag and load what is new."""
    from pipeline import config
    from pipeline.facts import EXTRACTOR_VERSION
    from spiders.portals import load_portals

    logger = get_run_logger()
    data_dir = str(Path(data_dir) if data_dir else config.data_dir())
    db = str(Path(db) if db else Path(data_dir) / "warta.duckdb")
    summary = RunSummary(database=db)
    if url:
        targets = [(None, url)]
    else:
        defined = [p.key for p in load_portals(Path(portals_file) if portals_file else None)]
        unknown = sorted(set(portals or ()) - set(defined))
        if unknown:
            raise ValueError(f"unknown portal(s): {', '.join(unknown)}")
        targets = [(key, None) for key in (portals or defined)]
    errors: Counter[str] = Counter()
    for key, target_url in targets:
        name = key or target_url
        summary.portals.append(name)
        state = crawl_portal(key, target_url, portals_file, data_dir, since, all_, throttle, return_state=True)
        if state.is_completed():
            stats = state.result()
            summary.pages_fetched += int(stats.get("pages_fetched", 0))
            for kind, n in (stats.get("errors") or {}).items():
                errors[f"crawl:{kind}"] += int(n)
        else:  # one failing portal does not sink the run
            errors["crawl:failed"] += 1
            logger.error("crawl of %s failed: %s", name, state.message)
    articles = extract_articles(data_dir, db)
    items = tag(articles)
    stats = load_facts(items, db, EXTRACTOR_VERSION)
    summary.articles_new = int(stats["new"].get("articles", 0))
    summary.facts = {t: int(stats["new"].get(t, 0)) for t in FACT_TYPES}
    summary.errors = dict(errors)
    create_markdown_artifact(markdown=summary.markdown(), key="nightly-summary",
                             description="Warta nightly run summary")
    logger.info("nightly: %s", summary)
    return asdict(summary)
