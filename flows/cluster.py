"""The crawl spread over a Dask cluster: portals partitioned over the workers, each partition crawling
into its own crawl shard of the archive (archive/_shards/<name>/: its own WARC files and index), so no
two machines ever write the same files. The loader reads every shard (pipeline.archive).

One task per partition runs on a worker and crawls its portals side by side, each in its own Scrapy
process (flows.crawl.run_crawl, as the nightly does on one machine). Partition i always writes shard
`p<i>`; a portal that lands in another partition on another night still skips what it archived before
(each crawl's index consults every other index). A failing portal is reported, never sinks the others.
"""
from __future__ import annotations

import logging
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from flows.crawl import CrawlError, run_crawl

log = logging.getLogger(__name__)

#: Portals crawled at the same time within one partition (each is one Scrapy process on the worker).
CRAWLS_PER_WORKER = 4


def partition(keys: list[str], n: int) -> list[list[str]]:
    """`keys` dealt round-robin into at most `n` non-empty partitions (order kept within each)."""
    n = max(1, min(n, len(keys)))
    return [keys[i::n] for i in range(n)]


def crawl_partition(keys: list[str], shard: str, *, portals_file: str | None, data_dir: str, since: str | None,
                    all_: bool, throttle: bool, timeout: float | None = None) -> list[dict]:
    """Crawl `keys` into crawl shard `shard` (what a worker runs): one result per portal,
    {"portal", "shard", "stats"} or {"portal", "shard", "error"}."""
    def one(key: str) -> dict:
        try:
            summary = run_crawl(portal=key, portals_file=Path(portals_file) if portals_file else None,
                                data_dir=Path(data_dir), since=since, all_=all_, throttle=throttle, shard=shard,
                                timeout=timeout)
            return {"portal": key, "shard": shard, "stats": summary.stats}
        except (CrawlError, OSError, ValueError) as exc:
            return {"portal": key, "shard": shard, "error": str(exc).splitlines()[0] if str(exc) else repr(exc)}

    with ThreadPoolExecutor(max_workers=CRAWLS_PER_WORKER) as pool:
        return list(pool.map(one, keys))


def crawl_on_cluster(client, keys: list[str], *, portals_file: str | None, data_dir: str, since: str | None = None,
                     all_: bool = False, throttle: bool = True, partitions: int | None = None,
                     timeout: float | None = None) -> list[dict]:
    """Crawl the portals `keys` on the cluster of `client`, in `partitions` partitions (default: one
    per worker); returns one result per portal (see `crawl_partition`), in the order of `keys`."""
    from pipeline.distributed import ClusterError, one_line

    if partitions is None:
        partitions = len(client.scheduler_info(n_workers=-1)["workers"])
    parts = partition(list(keys), partitions)
    futures = [client.submit(crawl_partition, part, f"p{i}", portals_file=portals_file, data_dir=data_dir,
                             since=since, all_=all_, throttle=throttle, timeout=timeout, pure=False,
                             key=f"warta-crawl-p{i}-{os.urandom(8).hex()}")  # never an earlier night's result
               for i, part in enumerate(parts)]
    try:
        done = client.gather(futures)
    except Exception as exc:  # noqa: BLE001 - a lost cluster is one line
        raise ClusterError(f"crawl on the Dask cluster at {client.scheduler.address} failed: {one_line(exc)}") from None
    by_key = {r["portal"]: r for results in done for r in results}
    return [by_key[k] for k in keys]
