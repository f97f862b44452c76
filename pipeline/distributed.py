"""Running Warta's shards on a Dask cluster (dask.distributed): connecting, the workers' tagger, and an
ordered map for the single writer. pipeline.shards says what a shard's task does; this module only
says where it runs.

What Dask does, and we do not: scheduling, moving tasks and results, and re-running the tasks of a
worker that dies (the client still holds their futures, so the scheduler computes them again on
another worker). What we add: at most `window` shards in flight, so memory stays flat however large
the archive and the writer never holds more than the window; results handed over in the shards' order;
a check that every worker tags with this process's extractor version; and a cluster that is not there,
or goes away, turned into a one-line `ClusterError`.

Each worker builds its tagger (the spaCy pipeline, the gazetteer) once, when the client registers
`TaggerPlugin` (a worker that joins later builds it when it joins), never per shard. Workers need this
checkout's code and the archive at the same path (a shared file system): see docs/scaling.md.
"""
from __future__ import annotations

import asyncio
import logging
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from distributed import Client, KilledWorker
from distributed.diagnostics.plugin import WorkerPlugin

log = logging.getLogger(__name__)

#: Seconds to wait for the scheduler to answer.
CONNECT_TIMEOUT = 10.0
#: Seconds to wait for the scheduler to have a worker (workers started with it take a few seconds).
WORKER_TIMEOUT = 60.0
#: Shards in flight per worker thread: enough that no worker waits while the writer loads.
WINDOW_PER_THREAD = 2
#: Seconds of Dask's statistical profile a worker keeps (one profile per second). Dask keeps 1,000 by
#: default (`distributed.admin.low-level-log-length`), twice (all tasks, and by task prefix); with the
#: tagger's deep call stacks each second's profiles take 110-130 kB, so a worker grew by ~120 MB over
#: its first 17 minutes of work (BENCHMARKS.md, "The workers' memory"). A minute is enough for the
#: dashboard's profile page.
PROFILE_SECONDS = 60


class ClusterError(RuntimeError):
    """The Dask cluster is not there, went away, or cannot run Warta's tasks (a one-line message)."""


class TaggerPlugin(WorkerPlugin):
    """Builds the tagger (spaCy pipeline, gazetteer) once in each worker process: when registered, or
    when a worker joins later."""

    name = "warta-tagger"

    async def setup(self, worker) -> None:
        bound_profile_history(worker)
        # in a thread: the worker's event loop keeps answering the scheduler (and signals) meanwhile
        seconds = await asyncio.get_running_loop().run_in_executor(None, build_tagger)
        log.info("warta tagger built on %s in %.1f s", worker.address, seconds)


def check_workers(client: Client) -> None:
    """Each worker reads its own WARTA_* settings: a malformed one on any worker is a ClusterError
    naming that worker, before any shard is sent (a worker that joins later and has one keeps the
    default, saying so in its log: pipeline.shards.renew_tagger_if_grown)."""
    try:
        problems = client.run(settings_problem)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"the Dask workers did not answer: {one_line(exc)}") from None
    for address, problem in sorted(problems.items()):
        if problem:
            raise ClusterError(f"Dask worker {address}: {problem}")


def settings_problem() -> str | None:
    """On a worker: why its WARTA_* settings do not parse (pipeline.config.check), or None."""
    from pipeline import config

    try:
        config.check()
    except ValueError as exc:
        return str(exc)
    return None


def bound_profile_history(worker, seconds: int = PROFILE_SECONDS) -> None:
    """Keep at most `seconds` of the worker's statistical profile (its newest), never more than Dask's
    own setting. The profiler keeps running: the dashboard still shows what the worker does now."""
    for name in ("profile_history", "profile_keys_history"):
        history = getattr(worker, name, None)
        if history is not None and (history.maxlen is None or history.maxlen > seconds):
            setattr(worker, name, deque(history, maxlen=seconds))


def build_tagger() -> float:
    """Build this process's tagger (cached for the process); returns the seconds it took."""
    from pipeline.gazetteer import get_gazetteer
    from pipeline.nlp import get_nlp

    t = time.perf_counter()
    get_nlp()
    get_gazetteer()
    return time.perf_counter() - t


def is_scheduler_file(address: str) -> bool:
    """`--dask` names a scheduler file (`dask scheduler --scheduler-file`) rather than an address."""
    return "://" not in address and (address.endswith(".json") or Path(address).is_file())


@contextmanager
def cluster(address: str, *, timeout: float = CONNECT_TIMEOUT, worker_timeout: float = WORKER_TIMEOUT
            ) -> Iterator[Client]:
    """A client of the Dask scheduler at `address` (`tcp://host:port`, or the path of the scheduler
    file that `dask scheduler --scheduler-file` wrote) whose workers have built the tagger.
    Raises ClusterError (one line) when the scheduler does not answer or has no worker."""
    try:
        if is_scheduler_file(address):
            deadline = time.monotonic() + timeout  # a scheduler just started may not have written it yet
            while not Path(address).is_file() or not Path(address).stat().st_size:
                if time.monotonic() > deadline:
                    raise ClusterError(f"no Dask scheduler file at {address} (after {timeout:g} s)")
                time.sleep(0.2)
            client = Client(scheduler_file=address, timeout=timeout, set_as_default=False)
        else:
            client = Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError, TypeError, KeyError) as exc:
        raise ClusterError(f"no Dask scheduler at {address}: {one_line(exc)}") from None
    try:
        try:
            client.wait_for_workers(1, timeout=worker_timeout)
        except (TimeoutError, OSError) as exc:
            raise ClusterError(f"the Dask scheduler at {address} has no worker ({one_line(exc)})") from None
        client.register_plugin(TaggerPlugin(), name=TaggerPlugin.name)
        check_workers(client)
        yield client
    finally:
        client.close()


def map_ordered(client: Client, fn: Callable, items: Iterable, *args, window: int | None = None) -> Iterator:
    """fn(item, *args) for each item on the cluster; results yielded in the items' order, with at most
    `window` tasks in flight (default: 2 per worker thread). Results carrying an `extractor_version`
    must carry this process's."""
    from pipeline.facts import EXTRACTOR_VERSION

    if window is None:
        threads = sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values())
        window = max(2, WINDOW_PER_THREAD * threads)
    todo = iter(items)
    pending: deque = deque()

    def submit() -> None:
        for item in todo:
            pending.append(client.submit(fn, item, *args, pure=False, key=f"warta-{fn.__name__}-{os.urandom(8).hex()}"))
            return

    for _ in range(window):
        submit()
    try:
        while pending:
            future = pending.popleft()
            try:
                result = future.result()
            except Exception as exc:  # noqa: BLE001 - every way a cluster fails becomes one line
                raise _cluster_error(exc, client) from None
            finally:
                future.release()
            version = getattr(result, "extractor_version", EXTRACTOR_VERSION)
            if version != EXTRACTOR_VERSION:
                raise ClusterError(f"worker {getattr(result, 'worker', '?')} tags with extractor {version}, this "
                                   f"process with {EXTRACTOR_VERSION}: run the same checkout everywhere")
            submit()
            yield result
    finally:  # stopped early (an error, the writer gave up): nothing left running for us
        for other in pending:
            other.cancel()


def _cluster_error(exc: Exception, client: Client) -> Exception:
    where = f"Dask cluster at {client.scheduler.address}"
    if isinstance(exc, KilledWorker):
        return ClusterError(f"{where}: a shard killed every worker that ran it ({one_line(exc)})")
    if isinstance(exc, (OSError, TimeoutError)) or type(exc).__name__ in (
            "CancelledError", "FutureCancelledError", "CommClosedError"):
        return ClusterError(f"{where} went away: {one_line(exc)}")
    return exc  # an error in Warta's own code on a worker: raised as the serial run would raise it


def one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__
