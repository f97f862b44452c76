"""The browse snapshot: the published database as one read-only SQLite file, for datasette.

datasette reads SQLite, and a DuckDB file cannot be read by one process while another writes it, so
`warta browse` never touches the DuckDB file: it serves `<db>.sqlite` (`warta.sqlite` beside
`warta.duckdb`), which this module builds from the *published* database:

* every table and view of the main schema, views materialised (lists as JSON arrays, times as ISO text,
  booleans as 0/1), with primary and foreign keys (article_id -> articles, region_code ->
  gazetteer_regions, province_code -> gazetteer_provinces, person_id -> persons), so datasette shows
  names for codes and links every fact to its article;
* each fact row (a table with `article_id`) also carries its article's `source_url`, `published` date
  and `portal`, an `evidence_link` (the source URL with a text fragment, `#:~:text=`, which opens the
  page at the evidence sentence in Chromium-based browsers); compliance's `grade_category` is the
  stored column (pipeline/facttypes/compliance/grades.py sets it when tagging), never derived here;
* `facts`: every fact of every fact table (mentions of regions and provinces aside), one row each,
  with a one-line summary: what "everything about one kabupaten/kota" reads;
* `articles` with `date`, `regions`, `provinces` and `fact_types` (JSON arrays for facets) and
  `search_synonyms` (the other names of what it mentions, data/search/synonyms.toml), and
  `articles_fts`, an FTS5 index over title, text and search_synonyms;
* `maps` and `map_areas`: the province maps of the browse pages (compliance, MPP, complaints), drawn
  from the published database when the snapshot is built, each province linked to its facts
  (pipeline/browse/maps.py);
* `_warta_snapshot`: where it came from (the DuckDB file's identity), when it was built, and the
  schema's descriptions (COMMENT ON) of every table and column, which `pipeline.browse` turns into
  datasette's titles and column descriptions.

Publishing is atomic: the snapshot is written to a temporary file beside the target and renamed onto
it, so a reader sees the old snapshot or the new one, never half of one; one builder at a time (a lock
file), and a snapshot already built from the current database is not rebuilt. A writer calls
`after_publish(db)` when it has published (pipeline.store.database.Store.close): by default that starts
`python -m pipeline.store.snapshot DB` as a separate process and returns at once, so the nightly never
waits for it (WARTA_SNAPSHOT, pipeline/config.py). A failed build leaves the previous snapshot in place
and says why in `<snapshot>.log`.

More pages add a step to `STEPS` (as the maps did): a function (duckdb connection, sqlite connection,
the tables described so far) -> list of `Described` tables it wrote, run after the relations are copied.
While the steps run, the snapshot being replaced is attached read-only as `previous`, so that a step
can copy what it built there instead of building it again (the maps do when their inputs are unchanged).
What a snapshot holds is built in pipeline/store/snapshot_build.py (`build`, `STEPS`); this module
publishes it.
"""
from __future__ import annotations

import fcntl
import logging
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from pipeline import config
from pipeline.store.snapshot_build import FORMAT, INFO_TABLE, Described, build  # noqa: F401 - Described: the steps' type

log = logging.getLogger(__name__)


class SnapshotError(RuntimeError):
    """A snapshot that cannot be built (the message names the files)."""


@dataclass
class Published:
    path: Path
    seconds: float
    bytes: int
    rows: dict[str, int]


# ---------------------------------------------------------------------- where and whether
def snapshot_path(db: str | Path) -> Path:
    """`warta.duckdb` -> `warta.sqlite`, beside it."""
    db = Path(db)
    target = db.with_suffix(".sqlite")
    return target if target != db else db.with_name(db.name + ".sqlite")


def identity(db: Path) -> str:
    """What distinguishes one published database from the next (each publish is a new file)."""
    st = db.stat()
    return f"{st.st_ino}:{st.st_mtime_ns}:{st.st_size}"


def read_info(snapshot: str | Path) -> dict[str, str]:
    """The `_warta_snapshot` table of a snapshot ({} when there is none or it cannot be read)."""
    snapshot = Path(snapshot)
    if not snapshot.exists():
        return {}
    try:
        con = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
        try:
            return dict(con.execute(f"SELECT key, value FROM {INFO_TABLE}").fetchall())
        finally:
            con.close()
    except sqlite3.Error:
        return {}


def is_fresh(db: str | Path, snapshot: str | Path | None = None) -> bool:
    """True when the snapshot was built, by this code's format, from the database as published now."""
    db = Path(db).resolve()
    info = read_info(snapshot or snapshot_path(db))
    return db.exists() and info.get("format") == str(FORMAT) and info.get("source") == identity(db)


# ---------------------------------------------------------------------- publishing
@contextmanager
def _builder_lock(target: Path) -> Iterator[None]:
    with open(target.with_name(target.name + ".lock"), "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def publish(db: str | Path, *, force: bool = False) -> Published | None:
    """Build the snapshot of the published database `db` and rename it into place; None when the
    snapshot is already built from this database (unless `force`). Waits for a builder already
    running."""
    from pipeline.store.database import StoreError, StoreMissing, _connect_read_only
    from pipeline.store.files import _fsync_dir

    db = Path(db).resolve()
    if not db.exists():
        raise StoreMissing(f"no Warta database at {db}: nothing has been loaded yet (run a load first)")
    target = snapshot_path(db)
    with _builder_lock(target):
        if not force and is_fresh(db, target):
            return None
        started = time.monotonic()
        source = identity(db)  # before opening: if a writer publishes meanwhile, the next check rebuilds
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            con = _connect_read_only(db, "snapshot")
            try:
                rows = build(con, tmp, source=source, database=db, previous=target if target.exists() else None)
            finally:
                con.close()
            os.replace(tmp, target)
        except (duckdb.Error, sqlite3.Error, OSError) as exc:
            raise SnapshotError(f"cannot build the browse snapshot {target} of {db}: {exc}") from None
        except StoreError:
            raise
        finally:
            tmp.unlink(missing_ok=True)
        _fsync_dir(target.parent)
        return Published(target, time.monotonic() - started, target.stat().st_size, rows)


def after_publish(db: str | Path) -> None:
    """What a writer does once it has published `db`: refresh the snapshot as WARTA_SNAPSHOT says
    (default: in a separate process, without waiting). Never raises: a failed snapshot must not
    fail the load that was just published (it is logged, and `warta browse` rebuilds a stale one)."""
    try:
        mode = config.snapshot_mode()
    except ValueError as exc:
        log.error("%s; snapshot not refreshed", exc)
        return
    if mode == "off":
        return
    db = Path(db).resolve()
    try:
        if mode == "wait":
            publish(db)
            return
        logfile = snapshot_path(db).with_suffix(".sqlite.log")
        with open(logfile, "a", encoding="utf-8") as out:
            subprocess.Popen(_builder(db), stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                             env=_builder_env(), start_new_session=True, close_fds=True)
    except Exception as exc:  # noqa: BLE001 - see the docstring
        log.error("browse snapshot of %s not refreshed: %s", db, exc)


def publish_apart(db: str | Path) -> tuple[str, list[str]]:
    """Publish the snapshot of `db` in a separate process and wait for it: what `warta browse` does, so
    that the server never opens the DuckDB file nor keeps what drawing the maps imports (pandas,
    matplotlib: about 100 MB). Returns the builder's report ("published … in 0.6 s", or "… is up to
    date") and what it logged (a map it could not draw); raises SnapshotError with its one-line error."""
    try:
        done = subprocess.run(_builder(Path(db).resolve()), stdin=subprocess.DEVNULL, capture_output=True,
                              text=True, env=_builder_env())
    except OSError as exc:
        raise SnapshotError(f"cannot start the snapshot builder: {exc.strerror or exc}") from None
    lines = done.stdout.strip().splitlines()
    report = lines[-1].split(" ", 1)[-1] if lines else ""  # without its time stamp
    logged = [line for line in done.stderr.splitlines() if line.strip()]
    if done.returncode != 0:
        raise SnapshotError(report.removeprefix("error: ") if report.startswith("error: ") else
                            f"the snapshot builder failed (status {done.returncode}): "
                            + (logged[-1] if logged else "no output"))
    return report, logged


def _builder(db: Path) -> list[str]:
    return [sys.executable, "-m", "pipeline.store.snapshot", str(db)]


def _builder_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(config.REPO_ROOT),
                                                                       os.environ.get("PYTHONPATH")]))}


def wait_fresh(db: str | Path, timeout: float = 60.0) -> bool:
    """Wait until the snapshot of `db` is built from the database as published now; False on timeout."""
    deadline = time.monotonic() + timeout
    while not is_fresh(db):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def main(argv: list[str] | None = None) -> int:
    """`python -m pipeline.store.snapshot DB [--force]`: publish the snapshot of DB (what a writer starts)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m pipeline.store.snapshot", description=main.__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("--force", action="store_true", help="Rebuild even if the snapshot is fresh.")
    args = parser.parse_args(argv)
    stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
    try:
        done = publish(args.db, force=args.force)
    except Exception as exc:  # noqa: BLE001 - one line for the log; the previous snapshot stays
        print(f"{stamp} error: {exc}", flush=True)
        return 1
    if done is None:
        print(f"{stamp} {snapshot_path(args.db.resolve())} is up to date", flush=True)
    else:
        print(f"{stamp} published {done.path} ({done.rows.get('articles', 0)} articles, "
              f"{done.bytes / 1e6:.1f} MB) in {done.seconds:.2f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
