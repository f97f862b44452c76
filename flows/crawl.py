"""Run crawls, each in its own process (Twisted's reactor cannot be restarted in a process).

`run_crawl` is the library entry the nightly flow's task wraps and `crawl_many` runs several side by
side for `warta crawl`; both run without Prefect. `portal_health` is the rule that makes a failed night
loud (docs/operations.md, "When a run fails"):

    a portal FAILED when its crawl process failed (it crashed, was interrupted, timed out or refused
    its configuration, after its retries), or when it got no page at all (no 2xx/304 answer but
    robots.txt) and counted errors (DNS, refused or reset connections, timeouts, TLS, HTTP errors).

A portal that answered but listed nothing new is OK; so is one whose robots.txt forbids everything.
A run or crawl with a failed portal loads what the others brought, then ends Failed (exit status 1).

Crawl processes belong to the process group of the command that started them (flows.supervise): they
are stopped with it, however it ends.
"""
from __future__ import annotations

import json
import logging
import subprocess
import sys
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

#: How many portals are crawled at the same time (each crawl is one Scrapy process, mostly waiting on
#: its politeness delays: the bound is memory, ~100 MB a process, not CPU).
CRAWL_WORKERS = 4
OK, FAILED = "ok", "failed"


class CrawlError(RuntimeError):
    """The crawl process failed (bad configuration, or it crashed)."""


@dataclass
class CrawlSummary:
    portal: str
    returncode: int
    stats: dict = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return int(self.stats.get("pages_fetched", 0))


def portal_health(stats: dict | None, failure: str | None = None) -> dict:
    """One portal's health from its crawl summary (`stats`), or from the failure of its crawl process."""
    if failure is not None or stats is None:
        return {"status": FAILED, "reason": one_line(failure or "the crawl did not run"), "pages": 0,
                "articles": 0, "errors": {"crawl:failed": 1}}
    errors = {k: int(v) for k, v in (stats.get("errors") or {}).items()}
    pages_ok = int(stats.get("pages_ok", stats.get("pages_fetched", 0)))
    health = {"status": OK, "reason": "", "pages": int(stats.get("pages_fetched", 0)),
              "articles": int(stats.get("articles_archived", 0)), "errors": errors}
    if pages_ok == 0 and errors:
        health.update(status=FAILED, reason="no page answered: " + ", ".join(f"{k} {v}" for k, v in errors.items()))
    return health


def one_line(text: str) -> str:
    """The last meaningful line of a (multi-line) failure message."""
    lines = [ln.strip() for ln in str(text).splitlines() if ln.strip()]
    return lines[-1][:300] if lines else ""


def crawl_command(*, portal: str | None = None, url: str | None = None, portals_file: Path | None = None,
                  data_dir: Path, since: str | None = None, all_: bool = False, throttle: bool = True,
                  max_pages: int | None = None, shard: str | None = None) -> list[str]:
    if bool(portal) == bool(url):
        raise ValueError("give exactly one of portal or url")
    cmd = [sys.executable, "-m", "spiders.crawl", "--data", str(data_dir)]
    cmd += ["--portal", portal] if portal else ["--url", url]
    if portals_file:
        cmd += ["--portals", str(portals_file)]
    if since:
        cmd += ["--since", since]
    if all_:
        cmd.append("--all")
    if not throttle:
        cmd.append("--no-throttle")
    if max_pages:
        cmd += ["--max-pages", str(max_pages)]
    if shard:  # a crawl shard of the archive (crawls spread over machines: flows/cluster.py)
        cmd += ["--shard", shard]
    return cmd


def run_crawl(*, timeout: float | None = None, **kwargs) -> CrawlSummary:
    """Crawl one portal (or one URL) into the archive under `data_dir`; returns its summary.
    Raises CrawlError when the crawl process fails."""
    cmd = crawl_command(**kwargs)
    name = kwargs.get("portal") or kwargs.get("url")
    log.info("crawl %s: %s", name, " ".join(cmd))
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise CrawlError(f"crawl of {name} killed after its time limit of {timeout:.0f} s") from None
    stats = {}
    for line in reversed(proc.stdout.strip().splitlines()):
        try:
            stats = json.loads(line)
            break
        except json.JSONDecodeError:
            continue
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.strip().splitlines()[-15:])
        raise CrawlError(f"crawl of {name} exited with {proc.returncode}:\n{tail}")
    return CrawlSummary(portal=str(name), returncode=proc.returncode, stats=stats)


def crawl_many(targets: Iterable[dict], *, workers: int = CRAWL_WORKERS,
               on_done: Callable[[str, dict], None] | None = None, **common) -> dict[str, dict]:
    """Crawl each target (`{"portal": key}` or `{"url": url}`) in its own process, `workers` at a time.
    Returns each target's health (`portal_health`, with its crawl `stats`) by name, in the targets'
    order; `on_done(name, health)` is called in that order too."""
    targets = list(targets)

    def one(target: dict) -> tuple[str, dict]:
        name = target.get("portal") or target.get("url")
        try:
            summary = run_crawl(**target, **common)
        except CrawlError as exc:
            return name, {**portal_health(None, str(exc)), "stats": {}}
        return name, {**portal_health(summary.stats), "stats": summary.stats}

    results: dict[str, dict] = {}
    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(targets) or 1))) as pool:
        for name, health in pool.map(one, targets):
            results[name] = health
            if on_done:
                on_done(name, health)
    return results
