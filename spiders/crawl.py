"""One crawl, in its own process (the Twisted reactor cannot be restarted):

    python -m spiders.crawl (--portal KEY [--portals FILE] | --url URL) [--data DIR]
                            [--since YYYY-MM-DD] [--all] [--max-pages N] [--no-throttle] [--shard NAME]
                            [--set NAME=VALUE ...]

Logs go to stderr; the last line on stdout is a JSON summary the flows parse:
`{"portal", "pages_fetched", "pages_ok" (2xx/304 answers but robots.txt), "articles_archived", "parts_archived", "skipped": {reason: n}, "errors": {kind: n},
"finish_reason"}`. Exit status: 0 when the crawl ran (even if pages failed: they are counted),
2 on a usage or configuration error, 3 when the crawl was interrupted.
"""
from __future__ import annotations

import json
import os
import re
import sys
from datetime import datetime
from pathlib import Path

import click
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from spiders.archive import SHARD_RE
from spiders.portal import PortalSpider
from spiders.portals import DEFAULT_PORTALS, Portal, PortalConfigError, find_portal, load_portals, portal_for_url

#: Same default as pipeline.config.data_dir() (spiders do not import pipeline).
DEFAULT_DATA = Path(__file__).resolve().parent.parent / "data"
EXIT_CONFIG = 2
EXIT_INTERRUPTED = 3


def data_dir(option: Path | None) -> Path:
    """--data, else $WARTA_DATA, else the checkout's data/."""
    return (option or Path(os.environ.get("WARTA_DATA") or DEFAULT_DATA)).resolve()


def parse_overrides(values: tuple[str, ...] | list[str]) -> dict[str, str]:
    """`NAME=VALUE` strings → {NAME: VALUE}; raises click.BadParameter naming a malformed one."""
    out = {}
    for value in values:
        name, sep, setting = value.partition("=")
        if not sep or not re.fullmatch(r"[A-Z][A-Z0-9_]*", name.strip()):
            raise click.BadParameter(f"expected NAME=VALUE with an upper-case Scrapy setting name, got {value!r}",
                                     param_hint="--set")
        out[name.strip()] = setting.strip()
    return out


def crawl_settings(archive_dir: Path, *, throttle: bool = True, max_listing_pages: int | None = None,
                   overrides: dict[str, str] | None = None, shard: str | None = None) -> Settings:
    """The settings in force for one crawl: spiders/settings.py, then the command line's choices."""
    settings = Settings()
    settings.setmodule("spiders.settings", priority="project")
    settings.set("WARTA_ARCHIVE_DIR", str(archive_dir), priority="cmdline")
    if shard:
        settings.set("WARTA_ARCHIVE_SHARD", shard, priority="cmdline")
    if max_listing_pages is not None:
        settings.set("WARTA_MAX_LISTING_PAGES", max_listing_pages, priority="cmdline")
    if not throttle:
        settings.set("AUTOTHROTTLE_ENABLED", False, priority="cmdline")
        settings.set("DOWNLOAD_DELAY", 0, priority="cmdline")
        settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", 8, priority="cmdline")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    return settings


def summarise(portal_key: str, stats: dict) -> dict:
    """The crawl's stats → the one-line summary."""
    def group(prefix: str) -> dict[str, int]:
        return {k[len(prefix):]: v for k, v in sorted(stats.items()) if k.startswith(prefix)}

    def answered(prefix: str) -> int:  # 2xx and 304 responses
        return sum(v for k, v in stats.items() if k.startswith(prefix) and
                   (k[len(prefix):].startswith("2") or k[len(prefix):] == "304"))

    return {
        "portal": portal_key,
        "pages_fetched": stats.get("downloader/response_count", 0),
        # pages that answered (2xx or 304), robots.txt aside: zero with errors means the portal failed
        "pages_ok": answered("downloader/response_status_count/") - answered("robotstxt/response_status_count/"),
        "articles_archived": stats.get("warta/archived", 0),
        "parts_archived": stats.get("warta/archived_parts", 0),
        "skipped": group("warta/skipped/"),
        "errors": group("warta/errors/"),
        "finish_reason": stats.get("finish_reason"),
    }


def run_crawl(portal: Portal, archive_dir: Path, *, since: datetime | None = None, topic_filter: bool = True,
              max_listing_pages: int | None = None, throttle: bool = True,
              overrides: dict[str, str] | None = None, shard: str | None = None) -> dict:
    """Run one crawl of `portal` in this process (once per process) and return its summary."""
    process = CrawlerProcess(crawl_settings(archive_dir, throttle=throttle, max_listing_pages=max_listing_pages,
                                            overrides=overrides, shard=shard))
    crawler = process.create_crawler(PortalSpider)
    process.crawl(crawler, portal=portal, since=since, topic_filter=topic_filter,
                  max_listing_pages=max_listing_pages)
    process.start()
    return summarise(portal.key, crawler.stats.get_stats())


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--portal", "portal_key", metavar="KEY", help="Key of a portal in the portal table.")
@click.option("--portals", "portals_file", type=click.Path(path_type=Path), default=DEFAULT_PORTALS,
              show_default=True, help="The portal table (TOML).")
@click.option("--url", help="Crawl a site with no definition (generic discovery from this URL).")
@click.option("--data", "data_option", type=click.Path(file_okay=False, path_type=Path),
              help="Data directory (default: $WARTA_DATA, else the checkout's data/). Archive goes to DIR/archive.")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Skip URLs whose sitemap lastmod or feed date is older than this day.")
@click.option("--all", "all_topics", is_flag=True, help="Lift the topic filter: fetch every article.")
@click.option("--max-pages", type=click.IntRange(min=1), help="Listing/API pages followed per entry point.")
@click.option("--no-throttle", is_flag=True, help="AutoThrottle and download delay off (tests, benchmarks).")
@click.option("--shard", metavar="NAME",
              help="Write to the crawl shard NAME (DIR/archive/_shards/NAME/, its own WARC files and index) "
                   "instead of the archive itself: one shard per machine when crawls are spread over several.")
@click.option("--set", "set_values", multiple=True, metavar="NAME=VALUE",
              help="Override a Scrapy/Warta setting for this run, e.g. DOWNLOAD_TIMEOUT=5 (repeatable).")
def main(portal_key, portals_file, url, data_option, since, all_topics, max_pages, no_throttle, shard, set_values):
    """Crawl one portal, archiving its article pages to WARC."""
    if bool(portal_key) == bool(url):
        raise click.UsageError("give exactly one of --portal KEY or --url URL")
    overrides = parse_overrides(set_values)
    if shard and not SHARD_RE.match(shard):
        raise click.BadParameter("lower-case letters, digits, hyphens and underscores", param_hint="--shard")
    try:
        if portal_key:
            portal = find_portal(load_portals(portals_file), portal_key)
        else:
            known = load_portals(portals_file) if Path(portals_file).exists() else []
            portal = portal_for_url(url, known)
    except PortalConfigError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_CONFIG)
    summary = run_crawl(portal, data_dir(data_option) / "archive", since=since, topic_filter=not all_topics,
                        max_listing_pages=max_pages, throttle=not no_throttle, overrides=overrides, shard=shard)
    click.echo(json.dumps(summary, sort_keys=True))
    sys.exit(0 if summary["finish_reason"] == "finished" else EXIT_INTERRUPTED)


if __name__ == "__main__":
    main()
