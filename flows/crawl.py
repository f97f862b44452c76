"""Run one crawl in its own process (Twisted's reactor cannot be restarted in a process).

`run_crawl` is the library entry the flow's task wraps; it runs without Prefect too.
"""
from __future__ import annotations

import json
import logging
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)


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
    """Crawl one portal (or one URL) into the archive under `data_dir`; returns its summary."""
    cmd = crawl_command(**kwargs)
    name = kwargs.get("portal") or kwargs.get("url")
    log.info("crawl %s: %s", name, " ".join(cmd))
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
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
