"""Readers never break the writer: real second processes hold the database while a writer loads."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from pipeline.config import REPO_ROOT
from pipeline.store import LoadItem, Store, StoreLocked
from tests.pipeline.store_helpers import article, solok_facts

V1 = "0.1.0"

READER = textwrap.dedent("""
    import sys
    from pipeline.store import Store
    store = Store.open(sys.argv[1], read_only=True)
    def report():
        _, rows = store.query("SELECT count(*), sum(length(text)) FROM articles")
        n_hist = store.query("SELECT count(*) FROM compliance_history")[1][0][0]
        print(rows[0][0], rows[0][1], n_hist, flush=True)
    report()
    for line in sys.stdin:          # one report per line received
        report()
    store.close()
""")


class Reader:
    """A separate process holding a read-only Store open until told to stop."""

    def __init__(self, db):
        self.proc = subprocess.Popen([sys.executable, "-c", READER, str(db)], cwd=REPO_ROOT, text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.first = self._line()

    def _line(self) -> tuple[int, int, int]:
        line = self.proc.stdout.readline()
        if not line:
            raise AssertionError(f"reader died: {self.proc.stderr.read()}")
        return tuple(int(x) for x in line.split())

    def ask(self) -> tuple[int, int, int]:
        self.proc.stdin.write("\n")
        self.proc.stdin.flush()
        return self._line()

    def stop(self) -> None:
        self.proc.stdin.close()
        assert self.proc.wait(timeout=30) == 0, self.proc.stderr.read()


def big_batch(start: int, n: int) -> list[LoadItem]:
    filler = "Pemerintah Kabupaten Solok terus meningkatkan pelayanan publik. " * 60
    return [LoadItem(article(i, text=f"{i} {filler}"), solok_facts(year=2000 + i % 20)) for i in range(start, start + n)]


@pytest.mark.slow
def test_reader_holding_the_file_does_not_break_the_load(tmp_path):
    db = tmp_path / "warta.duckdb"
    with Store.open(db) as store:
        store.load(big_batch(1, 3), V1)
    old = Reader(db)
    try:
        assert old.first[0] == 3
        with Store.open(db) as store:  # the writer opens, loads and publishes while the reader holds the file
            store.load(big_batch(4, 400), V1)
            mid = Reader(db)  # a reader starting mid-load sees the last published state only
            assert mid.first == old.first
            mid.stop()
        assert old.ask() == old.first  # still its consistent old snapshot, not broken
        new = Reader(db)
        assert new.first[0] == 403 and new.first[2] == 20
        new.stop()
        assert old.ask() == old.first
    finally:
        old.stop()
    with Store.open(db, read_only=True) as store:
        assert store.counts()["articles"] == 403


@pytest.mark.slow
def test_foreign_read_write_holder_gives_one_clear_error(tmp_path):
    db = tmp_path / "warta.duckdb"
    with Store.open(db) as store:
        store.load(big_batch(1, 2), V1)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('ok', flush=True); "
                               "sys.stdin.read()", str(db)],
        text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == "ok"
        with pytest.raises(StoreLocked) as err:
            Store.open(db)
        message = str(err.value)
        assert str(db) in message and "\n" not in message and "locked" in message
        with pytest.raises(StoreLocked):
            Store.open(db, read_only=True)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    with Store.open(db) as store:  # the failed attempt lost nothing
        assert store.counts()["articles"] == 2


@pytest.mark.slow
def test_writer_killed_mid_session_loses_nothing_published(tmp_path):
    db = tmp_path / "warta.duckdb"
    with Store.open(db) as store:
        store.load(big_batch(1, 2), V1)
    writer = subprocess.Popen([sys.executable, "-c", textwrap.dedent("""
        import sys, time
        from pipeline.store import Store
        from tests.pipeline.test_store_concurrency import big_batch
        store = Store.open(sys.argv[1])
        store.load(big_batch(10, 50), "0.1.0")
        print("loaded", flush=True)
        time.sleep(60)
        """), str(db)], cwd=REPO_ROOT, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert writer.stdout.readline().strip() == "loaded", writer.stderr.read()
        with pytest.raises(StoreLocked):  # still running: a second writer is refused
            Store.open(db)
    finally:
        writer.kill()
        writer.wait(timeout=30)
    assert db.with_name(db.name + ".building").exists()  # the dead writer's working copy, never published
    with Store.open(db, read_only=True) as store:
        assert store.counts()["articles"] == 2
    with Store.open(db) as store:  # the next writer starts from the published file
        assert store.counts()["articles"] == 2
        store.load(big_batch(3, 1), V1)
    with Store.open(db, read_only=True) as store:
        assert store.counts()["articles"] == 3
