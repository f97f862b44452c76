"""The database's files beside it: the writer lock (`<db>.lock`), the working copy (`<db>.building`) and
its WAL, and how a copy is made and made durable. pipeline.store.database explains how they are used."""
from __future__ import annotations

import fcntl
import os
import shutil
from pathlib import Path

from pipeline.store.errors import StoreError


def _lock_file(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _building(path: Path) -> Path:
    return path.with_name(path.name + ".building")


def _wal(database_file: Path) -> Path:
    return database_file.with_name(database_file.name + ".wal")


def _lock(path: Path):
    """The writer lock of `path` (an open file holding an exclusive flock), or None when another
    process holds it."""
    try:
        lock_fh = open(_lock_file(path), "a+")
    except OSError as exc:
        raise StoreError(f"cannot write in {path.parent} (the writer lock {_lock_file(path).name}): "
                         f"{exc.strerror or exc}") from None
    try:
        fcntl.flock(lock_fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        lock_fh.close()
        return None
    return lock_fh


def _unlock(lock_fh) -> None:
    fcntl.flock(lock_fh, fcntl.LOCK_UN)
    lock_fh.close()


def _discard(path: Path) -> int:
    """Remove the working copy of `path` and its WAL (the caller holds the lock); returns bytes freed."""
    freed = 0
    for leftover in (_building(path), _wal(_building(path))):
        try:
            freed += leftover.stat().st_size
            leftover.unlink()
        except FileNotFoundError:
            pass
    return freed


def discard_working_copy(path: str | Path) -> int | None:
    """Remove what a dead writer left of `path` (`<db>.building` and its `.wal`: a crash, a kill, a disk
    that filled), unless a writer is running; returns the bytes freed, or None when a writer holds the
    lock. Writers do this themselves when they start; call it before a run that needs the space first."""
    path = Path(path).resolve()
    if not (_building(path).exists() or _wal(_building(path)).exists()):
        return 0
    lock_fh = _lock(path)
    if lock_fh is None:
        return None
    try:
        return _discard(path)
    finally:
        _unlock(lock_fh)


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


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
