"""The nightly flow: crawl → extract → tag → load, under Prefect, without a Prefect server.

Tasks are thin: each wraps a library function (flows.crawl.run_crawl, pipeline.process.load_new_pages)
that also runs without Prefect. Portals are crawled side by side, each in its own Scrapy process.
Extract, tag and load then stream through one task in bounded batches, so a night's memory does not
grow with its volume. Retries sit on the decorators; a crawl process is killed after its time limit.
With a Dask scheduler (`dask`), the portals are partitioned over its workers (flows.cluster, one crawl
shard per partition) and extract + tag run on them, shard by shard, while this process loads the
results in archive order (the single writer; docs/scaling.md).

A failed night is loud: a portal that failed (flows.crawl.portal_health: its crawl process failed, or
no page answered while errors were counted) does not stop the others from being loaded, but the flow
run then ends Failed (the flow returns a Failed state whose data is the summary), `warta run` exits 1,
and the summary is posted to `notify` when given. The summary lists every portal's health. Only one nightly run works on a data
directory at a time (flows.preflight's run lock). Import this module only after
flows.env.configure_prefect() (the CLI does that).
"""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.states import Failed
from prefect.task_runners import ThreadPoolTaskRunner

from flows.crawl import CRAWL_WORKERS, FAILED, portal_health, run_crawl
from flows.supervise import stop_requested
from pipeline.facttypes import FACT_TYPES
from pipeline.process import load_new_pages

#: A crawl process still running after this long is killed (and the task retried).
CRAWL_TIMEOUT_SECONDS = 4 * 3600


@dataclass
class RunSummary:
    portals: list[str] = field(default_factory=list)
    #: portal (or URL) → {"status": "ok"|"failed", "reason", "pages", "articles", "errors"}
    health: dict[str, dict] = field(default_factory=dict)
    pages_fetched: int = 0
    articles_new: int = 0
    facts: dict[str, int] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    database: str = ""
    seconds: float = 0.0

    @property
    def failed(self) -> list[str]:
        return [name for name, h in self.health.items() if h["status"] == FAILED]

    def headline(self) -> str:
        failed = self.failed
        if not failed:
            return f"{len(self.portals)} portal(s) crawled, all ok; {self.articles_new} new article(s)"
        detail = "; ".join(f"{name}: {self.health[name]['reason']}" for name in failed[:5])
        more = f"; and {len(failed) - 5} more" if len(failed) > 5 else ""
        return f"{len(failed)} of {len(self.portals)} portal(s) failed ({detail}{more})"

    def markdown(self) -> str:
        rows = "\n".join(f"| {k} | {v} |" for k, v in self.facts.items())
        errs = "\n".join(f"| {k} | {v} |" for k, v in self.errors.items()) or "| none | 0 |"
        health = "\n".join(f"| {name} | {'**FAILED**' if h['status'] == FAILED else 'ok'} | {h['pages']} | "
                           f"{h['articles']} | {h['reason'] or ', '.join(f'{k} {v}' for k, v in h['errors'].items())} |"
                           for name, h in self.health.items())
        return (f"# Warta nightly run\n\n**{self.headline()}**\n\n"
                f"Pages fetched: **{self.pages_fetched}**  \nArticles new: **{self.articles_new}**  \n"
                f"Database: `{self.database}`  \nTook {self.seconds:.0f} s\n\n"
                f"| portal | health | pages | articles archived | errors |\n|---|---|---|---|---|\n{health}\n\n"
                f"| facts | new rows |\n|---|---|\n{rows}\n\n| errors | count |\n|---|---|\n{errs}\n")


@task(name="crawl-portal", retries=2, retry_delay_seconds=30)
def crawl_portal(portal: str | None, url: str | None, portals_file: str | None, data_dir: str,
                 since: str | None, all_: bool, throttle: bool) -> dict:
    summary = run_crawl(portal=portal, url=url, portals_file=Path(portals_file) if portals_file else None,
                        data_dir=Path(data_dir), since=since, all_=all_, throttle=throttle,
                        timeout=CRAWL_TIMEOUT_SECONDS)
    return summary.stats


@task(name="extract-tag-load", retries=1, retry_delay_seconds=60, timeout_seconds=6 * 3600)
def extract_tag_load(data_dir: str, db: str, extractor_version: str, home_provinces: dict[str, str | None],
                     dask: str | None = None) -> dict:
    """Extract, tag and load what the archive holds and the database does not, in bounded batches;
    with `dask` (an address or scheduler file), extract and tag run on that cluster's workers and this
    process stays the single writer (docs/scaling.md)."""
    # a run told to stop publishes nothing (the task runs in a thread the worker's unwinding does not reach)
    if not dask:
        return load_new_pages(Path(data_dir) / "archive", Path(db), extractor_version, home_provinces=home_provinces,
                              stop=stop_requested)
    from pipeline.distributed import cluster

    with cluster(dask) as client:
        return load_new_pages(Path(data_dir) / "archive", Path(db), extractor_version, home_provinces=home_provinces,
                              client=client, stop=stop_requested)


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


def _crawl(targets, portals_file, data_dir, since, all_, throttle, dask):
    """Each target's crawl as (name, stats or None, failure message or None): on the Dask cluster's
    workers (the portals partitioned, one crawl shard per partition), else side by side here (each
    its own process; politeness is per domain)."""
    if dask and all(t.portal for t in targets):
        results = crawl_on_dask(dask, [t.portal for t in targets], portals_file, data_dir, since, all_, throttle)
        return [(r["portal"], r.get("stats"), r.get("error")) for r in results]
    futures = [(t.name, crawl_portal.submit(t.portal, t.url, portals_file, data_dir, since, all_, throttle))
               for t in targets]
    out = []
    for name, future in futures:
        future.wait()
        state = future.state
        out.append((name, state.result(), None) if state.is_completed() else (name, None, state.message))
    return out


def _notify(url: str | None, text: str, state: str, summary: dict | None) -> None:
    if not url:
        return
    from prefect.context import FlowRunContext

    from flows.notify import post_json

    ctx = FlowRunContext.get()
    name = ctx.flow_run.name if ctx and ctx.flow_run else None
    post_json(url, {"text": text, "state": state, "flow_run": name, "summary": summary})


def _notify_crashed(flow, flow_run, state) -> None:
    """on_crashed hook: the run was killed or its process died (no summary exists)."""
    from flows.notify import post_json

    url = (flow_run.parameters or {}).get("notify")
    if url:
        post_json(url, {"text": f"Warta nightly run crashed: {state.message or state.name}", "state": state.name,
                        "flow_run": flow_run.name, "summary": None})


@flow(name="nightly", log_prints=False, task_runner=ThreadPoolTaskRunner(max_workers=CRAWL_WORKERS),
      on_crashed=[_notify_crashed])
def nightly(portals: list[str] | None = None, url: str | None = None, portals_file: str | None = None,
            data_dir: str | None = None, db: str | None = None, since: str | None = None,
            all_: bool = False, throttle: bool = True, notify: str | None = None, dask: str | None = None) -> dict:
    """Crawl the portals (or one URL), then extract, tag and load what is new. Ends Failed (with the
    summary as the state's data) when a portal failed; `notify`: a URL the summary is POSTed to when the run fails.
    With `dask` (a Dask scheduler's address or scheduler file), the portals are crawled and extract + tag
    run on its workers."""
    from flows.preflight import acquire_run_lock, crawl_targets, release_run_lock
    from pipeline import config
    from pipeline.facts import EXTRACTOR_VERSION

    started = time.monotonic()
    logger = get_run_logger()
    data_dir = str(Path(data_dir) if data_dir else config.data_dir())
    db = str(Path(db) if db else Path(data_dir) / "warta.duckdb")
    try:
        held = acquire_run_lock(Path(data_dir), "nightly run")
    except Exception as exc:  # another run works on this data directory
        _notify(notify, f"Warta nightly run failed: {exc}", "Failed", None)
        raise
    try:
        targets, home_provinces = crawl_targets(portals, url, portals_file)
        summary = RunSummary(database=db)
        errors: Counter[str] = Counter()
        for name, stats, failure in _crawl(targets, portals_file, data_dir, since, all_, throttle, dask):
            summary.portals.append(name)
            if stats is not None:
                summary.pages_fetched += int(stats.get("pages_fetched", 0))
                for kind, n in (stats.get("errors") or {}).items():
                    errors[f"crawl:{kind}"] += int(n)
                summary.health[name] = portal_health(stats)
            else:  # one failing portal does not stop the others from being loaded
                errors["crawl:failed"] += 1
                summary.health[name] = portal_health(None, failure)
            if summary.health[name]["status"] == FAILED:
                logger.error("portal %s failed: %s", name, summary.health[name]["reason"])
        stats = extract_tag_load(data_dir, db, EXTRACTOR_VERSION, home_provinces, dask)
    except Exception as exc:
        _notify(notify, f"Warta nightly run failed: {exc}", "Failed", None)
        raise
    finally:
        if held:
            release_run_lock(Path(data_dir))
    summary.articles_new = int(stats["new"].get("articles", 0))
    summary.facts = {spec.name: int(stats["new"].get(spec.table, 0)) for spec in FACT_TYPES}
    summary.errors = dict(errors)
    summary.seconds = round(time.monotonic() - started, 1)
    create_markdown_artifact(markdown=summary.markdown(), key="nightly-summary",
                             description="Warta nightly run summary")
    logger.info("nightly: %s", summary.headline())
    if summary.failed:  # the flow run ends Failed, with the summary as its data (and no traceback)
        message = f"Warta nightly run failed: {summary.headline()}"
        _notify(notify, message, "Failed", asdict(summary))
        return Failed(message=message, data=asdict(summary))
    return asdict(summary)
