"""Input checked before anything starts: one line, a non-zero exit, well under 2 s, before Prefect or a
crawl process starts (`warta run`, `crawl`, `serve`, `reprocess`, `demo`).

In order: the WARTA_* settings (pipeline.config.check), the portal table (valid, and every --portal key in it), --url (an absolute http(s) URL with a
host: `file:///…` is refused), --since (a date), the data directory (created if missing, writable),
no other run or writer (the run lock, below, and the store's writer lock), the working copy a stopped
writer left (removed, so a full disk is freed first), and the database (readable as a Warta database of
a schema this code knows).

The run lock (`<data dir>/run.lock`) is held for the whole of a `warta run`, `crawl` or `reprocess` and
by every nightly flow run (the ones `warta serve` starts included): a second run with the same data
directory says which process holds it and exits with EXIT_BUSY instead of crawling side by side.
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import os
import socket
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from flows.cliutil import EXIT_BUSY, UserError
from spiders.procs import pid_alive

LOCK_NAME = "run.lock"
#: How long a new run waits for one whose supervisor was killed to finish stopping.
STOPPING_WAIT_SECONDS = 45.0


class Busy(UserError):
    """Another run or writer holds the data directory (exit status EXIT_BUSY)."""

    exit_code = EXIT_BUSY


@dataclass(frozen=True)
class Target:
    """One crawl: a portal of the table, or a URL nobody configured."""

    portal: str | None = None
    url: str | None = None

    @property
    def name(self) -> str:
        return self.portal or self.url or ""


def crawl_targets(portals: list[str] | tuple[str, ...] | None = None, url: str | None = None,
                  portals_file: str | Path | None = None) -> tuple[list[Target], dict[str, str | None]]:
    """The crawls a run or crawl command will make, and the table's home provinces (portal key →
    province code, None for a national portal). Raises UserError for a malformed table, an unknown
    key or a bad URL."""
    from spiders.portals import PortalConfigError, load_portals, portal_for_url

    if portals and url:
        raise UserError("give --portal or --url, not both")
    try:
        table = load_portals(portals_file)
        if url:
            portal_for_url(url, [])  # validates: an absolute http(s) URL with a host
    except PortalConfigError as exc:
        raise UserError(str(exc)) from None
    homes = {p.key: p.province for p in table}
    if url:
        return [Target(url=url)], homes
    keys = [p.key for p in table]
    unknown = [k for k in (portals or ()) if k not in keys]
    if unknown:
        raise UserError(f"unknown portal(s): {', '.join(unknown)} (the table has {len(keys)}: "
                        f"{', '.join(keys[:8])}{' …' if len(keys) > 8 else ''})")
    return [Target(portal=k) for k in (portals or keys)], homes


def check_since(since: str | None) -> None:
    if since:
        try:
            datetime.strptime(since, "%Y-%m-%d")
        except ValueError:
            raise UserError(f"--since {since!r}: expected a date as YYYY-MM-DD") from None


def check_settings() -> None:
    """Every WARTA_* setting parses (pipeline.config.check): a malformed one is one line here, not a
    traceback in the middle of a run."""
    from pipeline import config

    try:
        config.check()
    except ValueError as exc:
        raise UserError(str(exc)) from None


def check_data_dir(data_dir: Path) -> None:
    """The data directory exists (created if missing) and this user can write in it."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".warta-write-test-"):
            pass
    except OSError as exc:
        raise UserError(f"data directory {data_dir} is not writable: {exc.strerror or exc} "
                        f"(set WARTA_DATA to a directory you can write)") from None


def check_database(db: Path, echo=None) -> None:
    """No writer at work on the database; what a stopped writer left of it (a crash, a kill, a full
    disk: `<db>.building` and its `.wal`) is removed, saying so through `echo`, so its space is free
    before the run starts (pipeline.store.discard_working_copy); a database that exists must open as a
    Warta database this code knows."""
    from pipeline.store import Store, StoreError, StoreLocked, discard_working_copy, writer_active

    busy = (f"database {db} is locked by another writer (a warta run, reprocess or served run is "
            f"loading): wait for it to finish")
    if writer_active(db):
        raise Busy(busy)
    try:
        freed = discard_working_copy(db)
    except StoreError as exc:
        raise UserError(str(exc)) from None
    if freed is None:  # a writer started meanwhile
        raise Busy(busy)
    if freed and echo:
        echo(f"removed the working copy a stopped writer left of {db} ({freed / 1e6:.1f} MB)")
    if not db.exists():
        return
    try:
        Store.open(db, read_only=True).close()
    except StoreLocked as exc:
        raise Busy(str(exc)) from None
    except StoreError as exc:
        raise UserError(str(exc)) from None


def check_port_free(port: int, host: str = "127.0.0.1") -> None:
    with socket.socket() as s:
        try:
            s.bind((host, port))
        except OSError as exc:
            raise Busy(f"port {port} on {host} is in use ({exc.strerror or exc}): another warta serve or "
                       f"Prefect server? Choose another with --port") from None


# ----------------------------------------------------------------------------------------- run lock
_held: dict[Path, int] = {}


def acquire_run_lock(data_dir: Path, what: str, echo=None) -> bool:
    """Hold `<data dir>/run.lock` until released or this process exits. Returns False when this
    process already held it (nothing to release then). Raises Busy naming the holder when another
    process has it; waits (up to STOPPING_WAIT_SECONDS, saying so through `echo`) when the holder is a
    run whose supervisor was killed and that is still stopping."""
    path = (Path(data_dir) / LOCK_NAME).resolve()
    if path in _held:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = None
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            info = _holder(fd)
            stopping = info.get("supervisor") and not pid_alive(int(info["supervisor"]))
            if not stopping or (deadline is not None and time.monotonic() > deadline):
                os.close(fd)
                raise Busy(f"another {_describe(info)} is running with data directory {data_dir}: wait for it "
                           f"to finish, or stop it") from None
            if deadline is None:
                deadline = time.monotonic() + STOPPING_WAIT_SECONDS
                if echo:
                    echo(f"waiting for {_describe(info)}, which was stopped, to finish stopping …")
            time.sleep(0.2)
    os.ftruncate(fd, 0)
    supervisor = os.getppid() if os.environ.get("WARTA_RUN_GROUP") else None
    os.write(fd, json.dumps({"pid": os.getpid(), "supervisor": supervisor, "what": what,
                             "since": time.strftime("%Y-%m-%d %H:%M:%S")}).encode())
    _held[path] = fd
    return True


@contextlib.contextmanager
def run_lock(data_dir: Path, what: str, echo=None):
    """`acquire_run_lock` for the duration of a block."""
    held = acquire_run_lock(data_dir, what, echo)
    try:
        yield
    finally:
        if held:
            release_run_lock(data_dir)


def release_run_lock(data_dir: Path) -> None:
    fd = _held.pop((Path(data_dir) / LOCK_NAME).resolve(), None)
    if fd is not None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)


def _holder(fd: int) -> dict:
    try:
        return json.loads(os.pread(fd, 4096, 0) or b"{}")
    except (OSError, ValueError):
        return {}


def _describe(info: dict) -> str:
    if "what" in info and "pid" in info:
        return f"{info['what']} (pid {info['pid']}, since {info.get('since', '?')})"
    return "warta run"
