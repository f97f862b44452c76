"""The nightly flow: crawl → extract → tag → load, under Prefect, without a Prefect server.

Tasks are thin: each wraps a library function (flows.crawl.run_crawl, pipeline.process.load_new_pages)
that also runs without Prefect. Portals are crawled side by side, each in its own Scrapy process.
Extract, tag and load then stream through one task in bounded batches, so a night's memory does not
grow with its volume. With a Dask scheduler (`dask`), the portals are partitioned over its workers
(flows.cluster, one crawl shard per partition) and extract + tag run on them, shard by shard, while
this process loads the results in archive order (the single writer). Retries sit on the decorators; a crawl process is killed after its time limit.
Import this module only after flows.env.configure_prefect() (the CLI does that).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.task_runners import ThreadPoolTaskRunner

from flows.crawl import run_crawl
from pipeline.facttypes import FACT_TYPES
from pipeline.process import load_new_pages

#: How many portals are crawled at the same time (each crawl is one Scrapy process).
CRAWL_WORKERS = 4


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


#: A crawl process still running after this long is killed (and the task retried).
CRAWL_TIMEOUT_SECONDS = 4 * 3600


@task(name="crawl-portal", retries=2, retry_delay_seconds=30)
def crawl_portal(portal: str | None, url: str | None, portals_file: str | None, data_dir: str,
                 since: str | None, all_: bool, throttle: bool) -> dict:
    summary = run_crawl(portal=portal, url=url, portals_file=Path(portals_file) if portals_file else None,
                        data_dir=Path(data_dir), since=since, all_=all_, throttle=throttle,
                        timeout=CRAWL_TIMEOUT_SECONDS)
    return summary.stats


@task(name="extract-tag-load", retries=1, retry_delay_seconds=60, timeout_seconds=6 * 3600)
def extract_tag_load(data_dir: str, db: str, extractor_version: str, home_provinces: dict[str, str],
                     dask: str | None = None) -> dict:
    """Extract, tag and load what the archive holds and the database does not, in bounded batches;
    with `dask` (an address or scheduler file), extract and tag run on that cluster's workers and this
    process stays the single writer (docs/scaling.md)."""
    if not dask:
        return load_new_pages(Path(data_dir) / "archive", Path(db), extractor_version, home_provinces=home_provinces)
    from pipeline.distributed import cluster

    with cluster(dask) as client:
        return load_new_pages(Path(data_dir) / "archive", Path(db), extractor_version, home_provinces=home_provinces,
                              client=client)


@task(name="crawl-on-cluster", retries=1, retry_delay_seconds=60)
def crawl_on_dask(dask: str, keys: list[str], portals_file: str | None, data_dir: str, since: str | None,
                  all_: bool, throttle: bool) -> list[dict]:
    """The portals partitioned over the Dask workers, each partition into its own crawl shard
    (flows.cluster): one result per portal, {"portal", "shard", "stats"} or {..., "error"}."""
    from flows.cluster import crawl_on_cluster
    from pipeline.distributed import cluster

    with cluster(dask) as client:
        return crawl_on_cluster(client, keys, portals_file=portals_file, data_dir=data_dir, since=since, all_=all_,
                                throttle=throttle, timeout=CRAWL_TIMEOUT_SECONDS)


@flow(name="nightly", log_prints=False, task_runner=ThreadPoolTaskRunner(max_workers=CRAWL_WORKERS))
def nightly(portals: list[str] | None = None, url: str | None = None, portals_file: str | None = None,
            data_dir: str | None = None, db: str | None = None, since: str | None = None,
            all_: bool = False, throttle: bool = True, dask: str | None = None) -> dict:
    """Crawl the portals (or one URL), then extract, tag and load what is new. With `dask` (a Dask
    scheduler's address or scheduler file), the portals are crawled and extract + tag run on its workers."""
    from pipeline import config
    from pipeline.facts import EXTRACTOR_VERSION
    from spiders.portals import load_portals

    logger = get_run_logger()
    data_dir = str(Path(data_dir) if data_dir else config.data_dir())
    db = str(Path(db) if db else Path(data_dir) / "warta.duckdb")
    summary = RunSummary(database=db)
    table = load_portals(Path(portals_file) if portals_file else None)
    home_provinces = {p.key: p.province for p in table if p.province}
    if url:
        targets = [(None, url)]
    else:
        defined = [p.key for p in table]
        unknown = sorted(set(portals or ()) - set(defined))
        if unknown:
            raise ValueError(f"unknown portal(s): {', '.join(unknown)}")
        targets = [(key, None) for key in (portals or defined)]
    errors: Counter[str] = Counter()
    if dask and not url:  # the portals partitioned over the cluster's workers, one crawl shard each
        for result in crawl_on_dask(dask, [key for key, _ in targets], portals_file, data_dir, since, all_, throttle):
            summary.portals.append(result["portal"])
            if "error" in result:
                errors["crawl:failed"] += 1
                logger.error("crawl of %s failed: %s", result["portal"], result["error"])
                continue
            summary.pages_fetched += int(result["stats"].get("pages_fetched", 0))
            for kind, n in (result["stats"].get("errors") or {}).items():
                errors[f"crawl:{kind}"] += int(n)
        targets = []
    # portals are crawled side by side (each its own process; politeness is per domain)
    futures = [(key or target_url, crawl_portal.submit(key, target_url, portals_file, data_dir, since, all_, throttle))
               for key, target_url in targets]
    for name, future in futures:
        summary.portals.append(name)
        future.wait()
        state = future.state
        if state.is_completed():
            stats = state.result()
            summary.pages_fetched += int(stats.get("pages_fetched", 0))
            for kind, n in (stats.get("errors") or {}).items():
                errors[f"crawl:{kind}"] += int(n)
        else:  # one failing portal does not sink the run
            errors["crawl:failed"] += 1
            logger.error("crawl of %s failed: %s", name, state.message)
    stats = extract_tag_load(data_dir, db, EXTRACTOR_VERSION, home_provinces, dask)
    summary.articles_new = int(stats["new"].get("articles", 0))
    summary.facts = {spec.name: int(stats["new"].get(spec.table, 0)) for spec in FACT_TYPES}
    summary.errors = dict(errors)
    create_markdown_artifact(markdown=summary.markdown(), key="nightly-summary",
                             description="Warta nightly run summary")
    logger.info("nightly: %s", summary)
    return asdict(summary)
