"""The Store: open, migrate, load, query, publish.

Readers never break the writer, and never see a half-written load. DuckDB allows one read-write
process *or* many read-only processes per file, never both (measured with duckdb 1.4.4: a read-write
open fails with "Could not set lock on file … Conflicting lock is held" while a reader holds the file).
So the writer never opens the published file read-write:

1. it takes an exclusive lock on `<db>.lock` (a second writer fails at once, naming the file);
2. it copies the published `<db>` to `<db>.building` and works there (migrations, loads);
3. on a clean close it checkpoints, closes and publishes with `os.replace(<db>.building, <db>)`.

A reader that has the old file open keeps reading that consistent snapshot (on Linux the replaced
inode stays valid until it closes); the next reader opens the new file. If the writer fails or
crashes, `<db>` is untouched and the working copy is discarded or overwritten by the next writer.
The cost: each writer session copies the file once (a clone where the file system can share blocks,
btrfs or XFS: instant and no extra space; elsewhere a kernel-side copy, ~0.1 s for 50 MB).

Once published, the writer has the browse snapshot (`<db>.sqlite`, pipeline/store/snapshot.py)
rebuilt, by default by a separate process that it does not wait for.

Memory: DuckDB keeps what a connection has written cached until the database closes (measured: +10 MB
per 1,000 articles loaded, whatever its `memory_limit`). A writer therefore re-opens its working copy
after every `RECYCLE_ARTICLES` articles written (about 0.15 s each), so a night's load holds one
batch, not the night. What it reads DuckDB caches up to its `memory_limit` (default: 80 % of the
machine's memory), so the writer's connection has a fixed one (`WRITER_CONFIG`): loads that scan
growing tables do not hold more of the database the larger it grows. And it runs on one DuckDB thread
(`threads`; default: one per core): each thread holds its own working memory (scan buffers, hash
tables, the row groups a checkpoint rewrites) whose size follows the tables it works through, so on
two threads the writer's peaks came in pairs and grew with the database: at 100,000 articles its
checkpoints and person resolution rose 40–80 MB above its running level (BENCHMARKS.md, "The writer's
spikes"). A load's statements are small; one thread also spent less CPU on them.

Its checkpoints run under a lower limit still (`WRITER_CHECKPOINT_LIMIT`, SET for the CHECKPOINT and
the connection's own limit SET again after it): when a fact table passes a multiple of DuckDB's row
group (122,880 rows), the checkpoint's vacuum merges the small row groups it appended into a full one,
reading their columns at once; under the connection's 192 MB that cost +94–122 MB alone on the 100k
database and set the 100k writer's peaks (+50–80 MB over its level). Under the lower limit DuckDB first
evicts the blocks it cached for the lookups (each checkpoint of the writer is followed by a close, which
drops them anyway) and keeps the merge's buffers within it (BENCHMARKS.md, "The writer's checkpoints
under a lower memory limit"). A checkpoint that DuckDB cannot fit under it (DuckDB 1.4 then invalidates
the database; the file and its WAL are intact) runs again on a re-opened connection under its own limit.

Note: within one process DuckDB caches open databases by path, so a process that still holds a
read-only Store on `<db>` sees its old snapshot until it closes every connection to it.
"""
from __future__ import annotations

import fcntl
import logging
import os
from collections.abc import Iterable
from pathlib import Path

import duckdb
import pyarrow as pa

from pipeline.models import Facts
from pipeline.store import load as L
from pipeline.store import pages
from pipeline.store.errors import QueryFailed, StoreError, StoreLocked, StoreMissing, one_line
from pipeline.store.files import (_building, _copy, _discard, _fsync_dir, _lock, _lock_file, _unlock, _wal,
                                  discard_working_copy)
from pipeline.store.migrate import current_version, latest_version, migrate, newest_recorded
from pipeline.config import QUERY_MAX_ROWS, QUERY_TIME_LIMIT
from pipeline.store.readonly import Answer, check_statements, lock_reader, read_query, reader_connect_config
from pipeline.store.sql import lookup, registered, transaction

log = logging.getLogger(__name__)

MEMORY = ":memory:"
#: A file writer re-opens its DuckDB connection after writing this many articles (see the module doc).
RECYCLE_ARTICLES = 1000
#: The writer's DuckDB settings: a fixed memory limit (the block cache included) and one thread (see the
#: module doc).
WRITER_CONFIG = {"memory_limit": "192MB", "threads": 1}
#: DuckDB's memory limit during the writer's checkpoints only (see the module doc).
WRITER_CHECKPOINT_LIMIT = "48MB"


def _lock_error(path: Path, exc: Exception) -> StoreLocked:
    return StoreLocked(f"database {path} is locked by another writer process ({one_line(exc, 200)})")


def _connect_read_only(path: Path, verb: str) -> duckdb.DuckDBPyConnection:
    """A hardened read-only connection (pipeline.store.readonly.READER_CONFIG and READER_SESSION); a lock
    held by a writer raises StoreLocked, any other failure StoreError ("cannot <verb> database …")."""
    try:
        con = duckdb.connect(str(path), read_only=True, config=reader_connect_config())
    except duckdb.Error as exc:
        raise _open_error(path, verb, exc) from None
    try:
        return lock_reader(con)
    except duckdb.Error as exc:
        con.close()
        raise _open_error(path, verb, exc) from None


def _open_error(path: Path, verb: str, exc: Exception) -> StoreError:
    if isinstance(exc, duckdb.IOException) and "lock" in str(exc).lower():
        return _lock_error(path, exc)
    return StoreError(f"cannot {verb} database {path}: {one_line(exc)}")


def _connect_exporter(path: Path, out_dir: Path) -> duckdb.DuckDBPyConnection:
    """A read-only view of `path` that may write files under `out_dir` and nowhere else: an in-memory
    DuckDB allowed only those paths, with external access then turned off and its configuration locked,
    that attaches the database READ_ONLY and uses it."""
    con = duckdb.connect(MEMORY, config=reader_connect_config("enable_external_access"))
    try:
        con.execute("SET allowed_directories = ?", [[str(out_dir.resolve()) + os.sep]])
        con.execute("SET allowed_paths = ?", [[str(path), str(path) + ".wal"]])
        con.execute("SET enable_external_access = false")
        lock_reader(con)
        con.execute(f"ATTACH '{_sql_string(path)}' AS warta (READ_ONLY)")
        con.execute("USE warta")
    except duckdb.Error as exc:
        con.close()
        raise _open_error(path, "export", exc) from None
    return con


def _sql_string(value: object) -> str:
    return str(value).replace("'", "''")


def writer_active(path: str | Path) -> bool:
    """Whether a writer holds the database at `path` now (its `<db>.lock`), without waiting or taking it."""
    path = Path(path).resolve()
    lock = path.with_name(path.name + ".lock")
    if not lock.exists():
        return False
    try:
        with open(lock, "a+") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return True
            fcntl.flock(fh, fcntl.LOCK_UN)
    except OSError:
        return False
    return False


class Store:
    """A Warta database. Open with `Store.open(path, read_only=...)`; use as a context manager."""

    def __init__(self, con: duckdb.DuckDBPyConnection, *, path: Path | None = None, read_only: bool = False,
                 building: Path | None = None, lock_fh=None):
        self.con = con
        self.path = path
        self.read_only = read_only
        self._building = building
        self._lock_fh = lock_fh
        self._written = 0  # articles written since the connection was opened

    # ------------------------------------------------------------------ opening and closing
    @classmethod
    def open(cls, path: str | Path | None = None, read_only: bool = False) -> "Store":
        """Open the database at `path` (default: pipeline.config.db_path(); ":memory:" for tests).

        Writers migrate on open and publish on close; readers see the last published state.
        """
        if path is None:
            from pipeline.config import db_path

            path = db_path()
        if str(path) == MEMORY:
            con = duckdb.connect(MEMORY)
            _prepare(con)
            return cls(con, read_only=False)
        path = Path(path).resolve()
        return cls._open_reader(path) if read_only else cls._open_writer(path)

    @classmethod
    def open_for_export(cls, path: str | Path, out_dir: str | Path) -> "Store":
        """A reader of `path` whose connection may also write files under `out_dir`, and nowhere else
        (pipeline.store.export). Its query/df methods still run only SELECT/WITH/EXPLAIN."""
        return cls._open_reader(Path(path).resolve(), export_to=Path(out_dir))

    @classmethod
    def _open_reader(cls, path: Path, export_to: Path | None = None) -> "Store":
        if not path.exists():
            raise StoreMissing(f"no Warta database at {path}: nothing has been loaded yet (run a load first)")
        con = _connect_read_only(path, "open") if export_to is None else _connect_exporter(path, export_to)
        have, newest = current_version(con), newest_recorded(con)
        if newest > latest_version():
            con.close()
            raise StoreError(f"database {path} has schema version {newest}, newer than this code ({latest_version()})")
        if have < latest_version():
            log.warning("database %s has schema version %s (current %s): the next load migrates it",
                        path, have, latest_version())
        return cls(con, path=path, read_only=True)

    @classmethod
    def _open_writer(cls, path: Path) -> "Store":
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the database folder {path.parent}: {exc.strerror or exc}") from None
        lock_fh = _lock(path)
        if lock_fh is None:
            raise StoreLocked(f"database {path} is locked by another writer (lock file {_lock_file(path)})")
        building = _building(path)
        try:
            _discard(path)  # a dead writer's working copy (a crash, a full disk): gone before we copy
            if path.exists():
                cls._check_not_held_for_writing(path)
                try:
                    _copy(path, building)
                    wal = path.with_name(path.name + ".wal")
                    if wal.exists():  # left by a crashed foreign writer: replayed in the copy
                        _copy(wal, _wal(building))
                except OSError as exc:
                    raise StoreError(f"cannot copy database {path} to its working copy {building}: "
                                     f"{exc.strerror or exc}") from None
            try:
                con = duckdb.connect(str(building), config=WRITER_CONFIG)
            except duckdb.Error as exc:
                raise StoreError(f"cannot open database {path} (working copy {building}): {one_line(exc)}") from None
            try:
                _prepare(con)
            except duckdb.Error as exc:
                _close_quietly(con)
                raise StoreError(f"cannot prepare database {path} (working copy {building}): {one_line(exc)}") from None
            except BaseException:
                _close_quietly(con)
                raise
        except BaseException:
            _discard(path)
            _unlock(lock_fh)
            raise
        return cls(con, path=path, building=building, lock_fh=lock_fh)

    @staticmethod
    def _check_not_held_for_writing(path: Path) -> None:
        """Fail clearly if some process (not a Store) holds the published file read-write."""
        _connect_read_only(path, "read").close()

    def close(self, publish: bool = True) -> None:
        """Close; a file writer publishes its working copy (unless `publish` is False: then it is
        discarded and the published database stays as it was). A working copy that cannot be finished
        (a full disk during the last checkpoint) is discarded too, and StoreError says why."""
        if self.con is None:
            return
        failure = None
        published = False
        try:
            if self._building is not None and publish:
                try:
                    self._checkpoint()
                except duckdb.Error as exc:
                    failure = StoreError(f"cannot finish the load into {self.path} (working copy {self._building}: "
                                         f"{one_line(exc)}); the published database is unchanged")
                    publish = False
            if publish or self._building is None:
                self.con.close()
            else:
                _close_quietly(self.con)
            self.con = None
            if self._building is not None:
                if publish:
                    if _wal(self._building).exists():
                        failure = StoreError(f"working copy {self._building} was not checkpointed; not published")
                        _discard(self.path)
                    else:
                        try:
                            os.replace(self._building, self.path)
                            _fsync_dir(self.path.parent)
                            published = True
                        except OSError as exc:
                            failure = StoreError(f"cannot publish {self._building} as {self.path}: "
                                                 f"{exc.strerror or exc}")
                            _discard(self.path)
                else:
                    _discard(self.path)
        finally:
            if self._lock_fh is not None:
                _unlock(self._lock_fh)
                self._lock_fh = None
        if failure is not None:
            raise failure
        if published:  # every writer refreshes the browse snapshot (by default without waiting for it)
            from pipeline.store.snapshot import after_publish

            after_publish(self.path)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.close(publish=exc_type is None)

    # ------------------------------------------------------------------ writing
    def _writable(self) -> duckdb.DuckDBPyConnection:
        if self.con is None:
            raise StoreError("the store is closed")
        if self.read_only:
            raise StoreError(f"database {self.path} is open read-only")
        return self.con

    def load(self, batch: list[L.LoadItem], extractor_version: str) -> L.LoadStats:
        """Merge tagged articles (idempotent; see pipeline.store.load). One transaction per call."""
        try:
            stats = L.load(self._writable(), list(batch), extractor_version)
        except duckdb.Error as exc:
            raise self._write_error("load into", exc) from None
        self._wrote(stats.new["articles"] + stats.updated["articles"])
        return stats

    def replace_facts(self, updates: list[tuple[str, Facts]], extractor_version: str) -> L.LoadStats:
        """Re-processing: replace stored articles' facts, given as (article URL, Facts) pairs."""
        try:
            stats = L.replace_facts(self._writable(), list(updates), extractor_version)
        except duckdb.Error as exc:
            raise self._write_error("re-process", exc) from None
        self._wrote(stats.updated["articles"])
        return stats

    def record_portals(self, home_provinces: dict[str, str | None]) -> None:
        """Remember each portal's home province as this load used it (pipeline.store.pages)."""
        pages.record_portals(self._writable(), home_provinces)

    def remember_skipped(self, skipped: list[tuple[str, str | None, str]], extractor_version: str) -> int:
        """Remember (url, portal, reason) of archived pages that yielded no article."""
        return pages.remember_skipped(self._writable(), skipped, extractor_version)

    def home_provinces(self) -> dict[str, str]:
        """Portal key → home province, as the loads used them."""
        return pages.home_provinces(self.con)

    def skipped_urls(self, extractor_version: str) -> set[str]:
        """Archived pages that yielded no article under `extractor_version` (not to be extracted again)."""
        return pages.skipped_urls(self.con, extractor_version)

    def _write_error(self, verb: str, exc: Exception) -> StoreError:
        where = f"database {self.path}" + (f" (working copy {self._building})" if self._building else "")
        return StoreError(f"cannot {verb} {where}: {one_line(exc)}")

    def _checkpoint(self) -> None:
        """CHECKPOINT the working copy under WRITER_CHECKPOINT_LIMIT, the connection's limit SET again
        after. DuckDB 1.4 invalidates a database whose checkpoint runs out of memory (a FatalException;
        the file and its WAL stay as they were): then the working copy is re-opened, which replays the
        WAL, and checkpointed under the connection's limit. Any other failure raises as before."""
        try:
            self.con.execute(f"SET memory_limit = '{WRITER_CHECKPOINT_LIMIT}'")
            self.con.execute("CHECKPOINT")
            self.con.execute(f"SET memory_limit = '{WRITER_CONFIG['memory_limit']}'")
            return
        except duckdb.Error as exc:
            if not _out_of_memory(exc):
                raise
            log.warning("checkpoint under %s failed (%s); again under %s", WRITER_CHECKPOINT_LIMIT,
                     one_line(exc, 200), WRITER_CONFIG["memory_limit"])
        _close_quietly(self.con)
        self.con = duckdb.connect(str(self._building), config=WRITER_CONFIG)
        self.con.execute("CHECKPOINT")

    def _wrote(self, articles: int) -> None:
        """Count written articles; past RECYCLE_ARTICLES, checkpoint and re-open the working copy,
        which frees what DuckDB cached of the writes (see the module doc)."""
        self._written += articles
        if self._building is None or self._written < RECYCLE_ARTICLES:
            return
        try:
            self._checkpoint()
        except duckdb.Error as exc:
            raise self._write_error("checkpoint", exc) from None
        self.con.close()
        try:
            self.con = duckdb.connect(str(self._building), config=WRITER_CONFIG)
        except duckdb.Error as exc:
            self.con = None
            _discard(self.path)
            raise StoreError(f"cannot re-open working copy {self._building}: {one_line(exc)}") from None
        self._written = 0

    # ------------------------------------------------------------------ reading
    def _execute(self, sql: str, params: list | dict | None):
        """Run SQL; on a reader only SELECT/WITH/EXPLAIN (QueryRefused) and errors as QueryFailed."""
        if self.con is None:
            raise StoreError("the store is closed")
        if not self.read_only:
            return self.con.execute(sql, params) if params is not None else self.con.execute(sql)
        check_statements(self.con, sql)
        try:
            return self.con.execute(sql, params) if params is not None else self.con.execute(sql)
        except duckdb.Error as exc:
            raise QueryFailed(one_line(exc)) from None

    def query(self, sql: str, params: list | dict | None = None) -> tuple[list[str], list[tuple]]:
        """Run SQL; returns (column names, rows). A reader runs only SELECT/WITH/EXPLAIN."""
        cur = self._execute(sql, params)
        if cur.description is None:
            return [], []
        return [d[0] for d in cur.description], cur.fetchall()

    def df(self, sql: str, params: list | dict | None = None):
        """Run SQL; returns a pandas DataFrame (for notebooks). A reader runs only SELECT/WITH/EXPLAIN."""
        return self._execute(sql, params).df()

    def read_query(self, sql: str, *, time_limit: float = QUERY_TIME_LIMIT, max_rows: int = QUERY_MAX_ROWS) -> Answer:
        """A user's query (`warta query`): SELECT/WITH/EXPLAIN only (QueryRefused), interrupted after
        `time_limit` seconds (QueryTimeout), at most `max_rows` rows (the answer says when it was cut).
        See pipeline.store.readonly."""
        if self.con is None:
            raise StoreError("the store is closed")
        if not self.read_only:
            raise StoreError("read_query runs on a read-only store (Store.open(path, read_only=True))")
        return read_query(self.con, sql, time_limit=time_limit, max_rows=max_rows)

    def stored_hashes(self, urls: Iterable[str], condition: str = "TRUE", params: list | None = None) -> dict[str, str]:
        """Of these article URLs, those stored as an article whose row meets `condition` (SQL over the
        articles' columns, `?` for `params`) → their content hash. Looked up through the URL index, then
        by id, so that a writer's cache holds the blocks of these rows, not every article's URL."""
        if self.con is None:
            raise StoreError("the store is closed")
        ids = [i for (i,) in lookup(self.con, "SELECT id FROM articles WHERE url IN ({keys})", sorted(set(urls)))]
        where = condition.replace("{", "{{").replace("}", "}}")
        return dict(lookup(self.con, f"SELECT url, content_hash FROM articles WHERE id IN ({{keys}}) AND ({where})",
                           sorted(ids), params or []))

    def known_urls(self) -> set[str]:
        """Every stored URL (articles' own and their further sources): what a crawl may skip."""
        return {u for (u,) in self.con.execute("SELECT url FROM sources").fetchall()}

    def recent_texts(self, days: int = 30) -> list[tuple[str, str]]:
        """(url, text) of the articles fetched in the last `days` days (by `fetched_at`, else
        `loaded_at`): seeds the near-duplicate index so a copy arriving on a later night is recognised
        as a further source (pipeline.process.tag_articles(known_texts=...))."""
        return self.con.execute(
            "SELECT url, text FROM articles WHERE coalesce(fetched_at, loaded_at) >= now()::TIMESTAMP - to_days(?) "
            "ORDER BY id", [int(days)]).fetchall()

    def stale_articles(self, extractor_version: str) -> list[tuple[str, str | None, str, object]]:
        """(url, title, text, published) of articles whose facts come from another extractor version."""
        return self.con.execute(
            "SELECT url, title, text, published FROM articles WHERE extractor_version <> ? ORDER BY id",
            [extractor_version]).fetchall()

    def counts(self) -> dict[str, int]:
        """Rows per base table."""
        tables = [t for (t,) in self.con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND NOT internal "
            "ORDER BY table_oid").fetchall()]
        return {t: self.con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}

    def schema_version(self) -> int:
        return current_version(self.con)


# ---------------------------------------------------------------------- the writer's files
def _out_of_memory(exc: Exception) -> bool:
    """DuckDB ran out of its memory limit (an OutOfMemoryException, or the FatalException of a checkpoint
    that could not allocate a block)."""
    text = str(exc)
    return isinstance(exc, duckdb.OutOfMemoryException) or "could not allocate block" in text or "Out of Memory" in text


def _close_quietly(con: duckdb.DuckDBPyConnection) -> None:
    """Close a connection whose work is being thrown away (after a fatal error closing may fail too)."""
    try:
        con.close()
    except duckdb.Error as exc:
        log.debug("closing a discarded connection: %s", one_line(exc))


def _prepare(con: duckdb.DuckDBPyConnection) -> None:
    """What a writer does on open: migrate, refresh the gazetteer, index unindexed articles."""
    from pipeline.store.search import index_missing

    migrate(con)
    refresh_gazetteer(con)
    index_missing(con)


def refresh_gazetteer(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)load the gazetteer reference tables from pipeline.gazetteer (552 rows, one transaction)."""
    from pipeline.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    provs = pa.table({"code": [p.code for p in gaz.provinces.values()],
                      "name": [p.name for p in gaz.provinces.values()]})
    regs = pa.table({"code": [r.code for r in gaz.regions.values()], "name": [r.name for r in gaz.regions.values()],
                     "kind": [r.kind for r in gaz.regions.values()],
                     "province_code": [r.province_code for r in gaz.regions.values()]})
    with transaction(con):
        for table, data in (("gazetteer_provinces", provs), ("gazetteer_regions", regs)):
            con.execute(f"DELETE FROM {table}")
            with registered(con, _warta_gaz=data):
                con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _warta_gaz")
