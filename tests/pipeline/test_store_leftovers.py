"""A load that fills the disk, or a writer that is killed, leaves no half-built copy holding the space:
real loads in child processes on a small disk (a 16 MB tmpfs when this machine lets us mount one, and
always a file-size limit, RLIMIT_FSIZE, which fails writes the same way), a real SIGKILL."""
from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest

from pipeline.store import LoadItem, Store, StoreError, discard_working_copy
from tests.pipeline.store_helpers import article, solok_facts

REPO = Path(__file__).resolve().parents[2]
LEFTOVERS = ("warta.duckdb.building", "warta.duckdb.building.wal")

#: A child process that loads `count` long articles (from number `first`) into the database at argv[1]
#: in batches of 200, with an optional file-size limit (argv[4], bytes); it prints the error's type and
#: message and exits 1 when the load fails.
LOADER = textwrap.dedent("""
    import resource, signal, sys
    from pipeline.store import LoadItem, Store, StoreError
    from tests.pipeline.store_helpers import article, solok_facts
    db, first, count, limit = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    if limit:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    text = "Berita panjang tentang Solok dan pelayanan publik nomor %d. "
    try:
        with Store.open(db) as store:
            for start in range(first, first + count, 200):
                store.load([LoadItem(article(i, text=(text % i) * 40), solok_facts())
                            for i in range(start, min(start + 200, first + count))], "0.1.0")
                print("loaded", start, flush=True)
                if len(sys.argv) > 5:
                    import time; time.sleep(60)  # hold the writer open (the kill test)
    except StoreError as exc:
        print(f"{type(exc).__name__}: {exc}")
        sys.exit(1)
""")


def loader(db: Path, first: int, count: int, limit: int = 0, *extra: str) -> list[str]:
    return [sys.executable, "-c", LOADER, str(db), str(first), str(count), str(limit), *extra]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def free_bytes(folder: Path) -> int:
    st = os.statvfs(folder)
    return st.f_bavail * st.f_frsize


@pytest.fixture(params=["tmpfs", "rlimit"])
def small_disk(request, tmp_path):
    """(folder, file-size limit for the loader): a 16 MB tmpfs (published copy, working copy and WAL
    share it), or a plain folder with a 9 MB limit on each file."""
    folder = tmp_path / "disk"
    folder.mkdir()
    if request.param == "rlimit":
        yield folder, 9 * 2**20
        return
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", f"warta-test-{uuid.uuid4().hex[:8]}",
                              str(folder)], capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({mounted.stderr.strip() or mounted.returncode})")
    try:
        yield folder, 0
    finally:
        subprocess.run(["umount", str(folder)], check=False)


@pytest.mark.parametrize("count", [1200, 900])  # fails at the checkpoint after 1,000 articles / at the final one
def test_a_load_that_fills_the_disk_leaves_nothing_behind(small_disk, count):
    folder, limit = small_disk
    db = folder / "warta.duckdb"
    first = subprocess.run(loader(db, 1, 200, limit), capture_output=True, text=True, cwd=REPO, timeout=120)
    assert first.returncode == 0, first.stdout + first.stderr
    published, free_before = digest(db), free_bytes(folder)
    proc = subprocess.run(loader(db, 1000, count, limit), capture_output=True, text=True, cwd=REPO, timeout=300)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    error = proc.stdout.strip().splitlines()[-1]
    assert error.startswith("StoreError: cannot ") and "working copy" in error, error
    assert ("No space left on device" if not limit else "File too large") in error, error
    assert "Stack Trace" not in proc.stdout  # the cause, in one line, without DuckDB's C++ stack
    assert ("cannot checkpoint" if count > 1000 else "cannot finish the load") in error
    assert sorted(p.name for p in folder.iterdir()) == ["warta.duckdb", "warta.duckdb.lock"]
    assert digest(db) == published
    if not limit:
        assert free_bytes(folder) >= free_before  # the space is given back
    with Store.open(db, read_only=True) as store:
        assert store.counts()["articles"] == 200


def test_a_killed_writer_leaves_a_copy_that_the_next_start_removes(tmp_path):
    db = tmp_path / "warta.duckdb"
    with Store.open(db) as store:
        store.load([LoadItem(article(n), solok_facts()) for n in range(1, 4)], "0.1.0")
    published = digest(db)
    child = subprocess.Popen(loader(db, 100, 400, 0, "hold"), stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert child.stdout.readline().startswith("loaded")
        assert (tmp_path / LEFTOVERS[0]).exists()
        assert discard_working_copy(db) is None  # a writer is running: its copy is not touched
        assert (tmp_path / LEFTOVERS[0]).exists()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
    assert (tmp_path / LEFTOVERS[0]).exists()  # what a killed writer leaves
    assert discard_working_copy(db) > 1_000_000
    assert not any((tmp_path / name).exists() for name in LEFTOVERS)
    assert digest(db) == published and discard_working_copy(db) == 0


def test_the_next_writer_start_removes_a_dead_writers_copy(tmp_path):
    db = tmp_path / "warta.duckdb"
    with Store.open(db) as store:
        store.load([LoadItem(article(1), solok_facts())], "0.1.0")
    child = subprocess.Popen(loader(db, 100, 400, 0, "hold"), stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert child.stdout.readline().startswith("loaded")
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
    assert (tmp_path / LEFTOVERS[0]).exists()
    with Store.open(db) as store:  # a new writer works on a fresh copy, not on the dead one's 200 articles
        assert store.counts()["articles"] == 1
    assert not any((tmp_path / name).exists() for name in LEFTOVERS)



def test_a_read_only_data_folder_is_one_line_for_writers_and_no_matter_to_readers(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", f"warta-test-{uuid.uuid4().hex[:8]}",
                              str(folder)], capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({mounted.stderr.strip() or mounted.returncode})")
    try:
        db = folder / "warta.duckdb"
        with Store.open(db) as store:
            store.load([LoadItem(article(1), solok_facts())], "0.1.0")
        (folder / "warta.duckdb.lock").unlink()
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)  # read-only, even for root
        with Store.open(db, read_only=True) as store:
            assert store.counts()["articles"] == 1
        with pytest.raises(StoreError) as caught:
            Store.open(db)
        assert str(caught.value) == (f"cannot write in {folder} (the writer lock warta.duckdb.lock): "
                                     f"Read-only file system")
    finally:
        subprocess.run(["umount", str(folder)], check=False)
