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

Memory: DuckDB keeps what a connection has written cached until the database closes (measured: +10 MB
per 1,000 articles loaded, whatever its `memory_limit`). A writer therefore re-opens its working copy
after every `RECYCLE_ARTICLES` articles written (about 0.15 s each), so a night's load holds one
batch, not the night.

Note: within one process DuckDB caches open databases by path, so a process that still holds a
read-only Store on `<db>` sees its old snapshot until it closes every connection to it.
"""
from __future__ import annotations

import fcntl
import logging
import os
import shutil
from pathlib import Path

import duckdb
import pyarrow as pa

from pipeline.models import Facts
from pipeline.store import load as L
from pipeline.store import pages
from pipeline.store.migrate import current_version, latest_version, migrate
from pipeline.store.sql import registered, transaction

log = logging.getLogger(__name__)

MEMORY = ":memory:"
#: A file writer re-opens its DuckDB connection after writing this many articles (see the module doc).
RECYCLE_ARTICLES = 1000


class StoreError(RuntimeError):
    """A database that cannot be opened or used; the message names the file."""


class StoreLocked(StoreError):
    """Another process holds the database for writing."""


class StoreMissing(StoreError):
    """A read-only open of a database that does not exist."""


class StoreQueryError(StoreError):
    """SQL that DuckDB refused (a syntax error, an unknown column, …); the message is DuckDB's."""


def _query_error(exc: Exception) -> StoreQueryError:
    """DuckDB's message up to its first blank line (the cause and its hints, without the SQL echo)."""
    lines = []
    for line in str(exc).splitlines():
        if not line.strip():
            break
        lines.append(line.strip())
    return StoreQueryError(" ".join(lines) or type(exc).__name__)


def _lock_error(path: Path, exc: Exception) -> StoreLocked:
    return StoreLocked(f"database {path} is locked by another writer process ({str(exc).splitlines()[0][:200]})")


def _connect_read_only(path: Path, verb: str) -> duckdb.DuckDBPyConnection:
    """A read-only connection; a lock held by a writer raises StoreLocked, any other failure StoreError
    ("cannot <verb> database …")."""
    try:
        return duckdb.connect(str(path), read_only=True)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise _lock_error(path, exc) from None
        raise StoreError(f"cannot {verb} database {path}: {exc}") from None
    except duckdb.Error as exc:
        raise StoreError(f"cannot {verb} database {path}: {exc}") from None


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
    def _open_reader(cls, path: Path) -> "Store":
        if not path.exists():
            raise StoreMissing(f"no Warta database at {path}: nothing has been loaded yet (run a load first)")
        con = _connect_read_only(path, "open")
        have = current_version(con)
        if have > latest_version():
            con.close()
            raise StoreError(f"database {path} has schema version {have}, newer than this code ({latest_version()})")
        if have < latest_version():
            log.warning("database %s has schema version %s (current %s): the next load migrates it",
                        path, have, latest_version())
        return cls(con, path=path, read_only=True)

    @classmethod
    def _open_writer(cls, path: Path) -> "Store":
        path.parent.mkdir(parents=True, exist_ok=True)
        lock_fh = open(path.with_name(path.name + ".lock"), "a+")
        try:
            fcntl.flock(lock_fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock_fh.close()
            raise StoreLocked(f"database {path} is locked by another writer (lock file {lock_fh.name})") from None
        building = path.with_name(path.name + ".building")
        try:
            for stale in (building, building.with_name(building.name + ".wal")):
                stale.unlink(missing_ok=True)
            if path.exists():
                cls._check_not_held_for_writing(path)
                _copy(path, building)
                wal = path.with_name(path.name + ".wal")
                if wal.exists():  # left by a crashed foreign writer: replayed in the copy
                    _copy(wal, building.with_name(building.name + ".wal"))
            try:
                con = duckdb.connect(str(building))
            except duckdb.Error as exc:
                raise StoreError(f"cannot open database {path} (working copy {building}): {exc}") from None
            try:
                _prepare(con)
            except Exception:
                con.close()
                raise
        except BaseException:
            building.unlink(missing_ok=True)
            fcntl.flock(lock_fh, fcntl.LOCK_UN)
            lock_fh.close()
            raise
        return cls(con, path=path, building=building, lock_fh=lock_fh)

    @staticmethod
    def _check_not_held_for_writing(path: Path) -> None:
        """Fail clearly if some process (not a Store) holds the published file read-write."""
        _connect_read_only(path, "read").close()

    def close(self, publish: bool = True) -> None:
        """Close; a file writer publishes its working copy (unless `publish` is False: then it is
        discarded and the published database stays as it was)."""
        if self.con is None:
            return
        try:
            if self._building is not None and publish:
                self.con.execute("CHECKPOINT")
            self.con.close()
            self.con = None
            if self._building is not None:
                if publish:
                    if self._building.with_name(self._building.name + ".wal").exists():
                        raise StoreError(f"working copy {self._building} was not checkpointed; not published")
                    os.replace(self._building, self.path)
                    _fsync_dir(self.path.parent)
                else:
                    self._building.unlink(missing_ok=True)
                    self._building.with_name(self._building.name + ".wal").unlink(missing_ok=True)
        finally:
            if self._lock_fh is not None:
                fcntl.flock(self._lock_fh, fcntl.LOCK_UN)
                self._lock_fh.close()
                self._lock_fh = None

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
        stats = L.load(self._writable(), list(batch), extractor_version)
        self._wrote(stats.new["articles"] + stats.updated["articles"])
        return stats

    def replace_facts(self, updates: list[tuple[str, Facts]], extractor_version: str) -> L.LoadStats:
        """Re-processing: replace stored articles' facts, given as (article URL, Facts) pairs."""
        stats = L.replace_facts(self._writable(), list(updates), extractor_version)
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

    def _wrote(self, articles: int) -> None:
        """Count written articles; past RECYCLE_ARTICLES, checkpoint and re-open the working copy,
        which frees what DuckDB cached of the writes (see the module doc)."""
        self._written += articles
        if self._building is None or self._written < RECYCLE_ARTICLES:
            return
        self.con.execute("CHECKPOINT")
        self.con.close()
        try:
            self.con = duckdb.connect(str(self._building))
        except duckdb.Error as exc:
            self.con = None
            raise StoreError(f"cannot re-open working copy {self._building}: {exc}") from None
        self._written = 0

    # ------------------------------------------------------------------ reading
    def query(self, sql: str, params: list | dict | None = None) -> tuple[list[str], list[tuple]]:
        """Run SQL; returns (column names, rows)."""
        if self.con is None:
            raise StoreError("the store is closed")
        try:
            cur = self.con.execute(sql, params) if params is not None else self.con.execute(sql)
            if cur.description is None:
                return [], []
            return [d[0] for d in cur.description], cur.fetchall()
        except duckdb.Error as exc:
            raise _query_error(exc) from None

    def df(self, sql: str, params: list | dict | None = None):
        """Run SQL; returns a pandas DataFrame (for notebooks)."""
        if self.con is None:
            raise StoreError("the store is closed")
        try:
            cur = self.con.execute(sql, params) if params is not None else self.con.execute(sql)
            return cur.df()
        except duckdb.Error as exc:
            raise _query_error(exc) from None

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


def _prepare(con: duckdb.DuckDBPyConnection) -> None:
    """What a writer does on open: migrate, refresh the gazetteer, index unindexed articles."""
    from pipeline.store.search import index_missing

    migrate(con)
    refresh_gazetteer(con)
    index_missing(con)


def _copy(src: Path, dst: Path) -> None:
    """Copy a file: a clone sharing its blocks where the file system can (FICLONE: btrfs, XFS),
    else an ordinary copy (done in the kernel by shutil)."""
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        try:
            fcntl.ioctl(fout.fileno(), _FICLONE, fin.fileno())
            return
        except OSError:
            pass
    shutil.copyfile(src, dst)


_FICLONE = 0x40049409  # linux/fs.h: _IOW(0x94, 9, int)


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


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
