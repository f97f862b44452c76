"""What a DuckDB checkpoint costs the writer as a table grows past a row group: the vacuum's merges.

    .venv/bin/python benchmarks/checkpoint_vacuum.py append DB TABLE ROWS CHECKPOINTS [SETTING=VALUE ...]
    .venv/bin/python benchmarks/checkpoint_vacuum.py replace DB ROUNDS [SETTING=VALUE ...]
    .venv/bin/python benchmarks/checkpoint_vacuum.py scan DB CHECKPOINTS [SETTING=VALUE ...]
    .venv/bin/python benchmarks/checkpoint_vacuum.py recycle DB FIRST ROUNDS terms|facts|both [SETTING=VALUE ...]
    .venv/bin/python benchmarks/checkpoint_vacuum.py change DB append_terms|delete_terms|update_officials|persons FIRST ROUNDS [SETTING=VALUE ...]

`append` copies the database DB, then CHECKPOINTS times appends ROWS rows to TABLE (copies of its first
rows, as a load appends a batch's facts) and checkpoints, printing one JSON line each: the table's rows,
how many fill its last row group (DuckDB's row groups hold 122,880 rows), the checkpoint's seconds and
the RSS it added at its peak (sampled every 5 ms), and the table's row groups. `replace` replaces
every fact row of DB ROUNDS times, 1,000 articles per checkpoint (a reprocess of a database that had
facts), printing the file's size and the officials' row groups after each round. `scan` appends
3,500 officials and 9,500 regions rows (1,000 articles' worth) CHECKPOINTS times, a checkpoint each,
then re-opens the database in a fresh process and prints the RSS a scan of each table adds (what person
resolution and a reader pay for many small row groups against a few full ones).

`recycle` re-writes 1,000 articles' search terms and/or facts (delete, insert again) and checkpoints,
ROUNDS times, each on a fresh attach, printing what each checkpoint added (a writer's recycle late in a
reprocess, on a copy of a database the reprocess published).

`change` makes one kind of change a recycle makes (appended search terms, deleted ones, officials'
person ids updated across the table, a third of the persons replaced), then checkpoints, ROUNDS times.

The connection has the writer's settings (pipeline/store/database.py WRITER_CONFIG); SETTING=VALUE
pairs override them (`max_vacuum_tasks=100` is DuckDB's default; `row_group_size=N` attaches the
database with `ROW_GROUP_SIZE N`, `row_group_size=122880` is DuckDB's default).
`checkpoint_limit=SIZE` sets DuckDB's `memory_limit` to SIZE for each CHECKPOINT only (SET before, the
connection's own limit SET again after), as the writer's recycle does (WRITER_CHECKPOINT_LIMIT).
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FACT_TABLES = ["regions", "officials", "provinces", "compliance", "mpp", "complaints"]


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


class _Peak:
    """The highest RSS since `reset`, sampled by a thread."""

    def __init__(self):
        self.value = _rss_mb()
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        while True:
            self.value = max(self.value, _rss_mb())
            time.sleep(0.005)

    def reset(self) -> float:
        self.value = _rss_mb()
        return self.value


def _connect(path: Path, settings: list[str]):
    import duckdb

    from pipeline.store.database import WRITER_CONFIG

    config = {**WRITER_CONFIG, **dict(s.split("=", 1) for s in settings)}
    size = config.pop("row_group_size", None)
    limit = config.pop("checkpoint_limit", None)
    if size is None:
        con = duckdb.connect(str(path), config=config)
        _CHECKPOINT_LIMIT[id(con)] = (limit, config.get("memory_limit"))
        return con, ({**config, "checkpoint_limit": limit} if limit else config)
    # DuckDB 1.4 takes the row-group size per attached database, not as a setting
    con = duckdb.connect(":memory:", config=config)
    con.execute(f"ATTACH '{path}' AS w (ROW_GROUP_SIZE {int(size)})")
    con.execute("USE w")
    return con, {**config, "row_group_size": size}


_CHECKPOINT_LIMIT: dict[int, tuple] = {}


def _checkpoint(con) -> None:
    """CHECKPOINT, under `checkpoint_limit` when one was given (the connection's limit restored after)."""
    limit, own = _CHECKPOINT_LIMIT.get(id(con), (None, None))
    if limit:
        con.execute(f"SET memory_limit = '{limit}'")
    try:
        con.execute("CHECKPOINT")
    finally:
        if limit:
            con.execute(f"SET memory_limit = '{own}'")


def _row_groups(con, table: str) -> int:
    return con.execute(f"SELECT count(DISTINCT row_group_id) FROM pragma_storage_info('{table}')").fetchone()[0]


def append(db: Path, table: str, rows: int, checkpoints: int, settings: list[str], work: Path) -> None:
    shutil.copyfile(db, work / "w.duckdb")
    con, config = _connect(work / "w.duckdb", settings)
    print(json.dumps({"settings": config, "table": table, "rows": con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]}))
    peak = _Peak()
    for _ in range(checkpoints):
        con.execute(f"INSERT INTO {table} SELECT * FROM {table} LIMIT {rows}")
        before = peak.reset()
        t = time.perf_counter()
        _checkpoint(con)
        n = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        print(json.dumps({"rows": n, "last_row_group": n % int(config.get("row_group_size", 122880)), "checkpoint_s": round(time.perf_counter() - t, 2),
                          "rss_mb": round(before, 1), "checkpoint_added_mb": round(peak.value - before, 1),
                          "row_groups": _row_groups(con, table)}))
    con.close()


def replace(db: Path, rounds: int, settings: list[str], work: Path) -> None:
    path = work / "w.duckdb"
    shutil.copyfile(db, path)
    con, config = _connect(path, settings)
    last = con.execute("SELECT max(id) FROM articles").fetchone()[0]
    print(json.dumps({"settings": config, "mb": path.stat().st_size >> 20, "officials_row_groups": _row_groups(con, "officials")}))
    for r in range(rounds):
        for lo in range(0, last + 1, 1000):
            for table in FACT_TABLES:
                where = f"article_id > {lo} AND article_id <= {lo + 1000}"
                con.execute(f"CREATE OR REPLACE TEMP TABLE _keep AS SELECT * FROM {table} WHERE {where}")
                con.execute(f"DELETE FROM {table} WHERE {where}")
                con.execute(f"INSERT INTO {table} SELECT * FROM _keep")
            _checkpoint(con)
        print(json.dumps({"round": r + 1, "mb": path.stat().st_size >> 20, "officials_row_groups": _row_groups(con, "officials"),
                          "officials": con.execute("SELECT count(*) FROM officials").fetchone()[0]}))
    con.close()


def scan(db: Path, checkpoints: int, settings: list[str], work: Path) -> None:
    import subprocess

    path = work / "w.duckdb"
    shutil.copyfile(db, path)
    con, config = _connect(path, settings)
    for _ in range(checkpoints):
        con.execute("INSERT INTO officials SELECT * FROM officials LIMIT 3500")
        con.execute("INSERT INTO regions SELECT * FROM regions LIMIT 9500")
        _checkpoint(con)
    con.close()
    probe = (
        "import json, sys, duckdb; sys.path.insert(0, %r); from checkpoint_vacuum import _rss_mb, _row_groups\n"
        "con = duckdb.connect(%r, config=%r); opened = _rss_mb()\n"
        "con.execute('SELECT count(*), count(DISTINCT name_key) FROM officials').fetchall()\n"
        "con.execute('SELECT count(*) FROM regions WHERE article_id > 50000').fetchall()\n"
        "print(json.dumps({'rss_mb_opened': round(opened, 1), 'scans_added_mb': round(_rss_mb() - opened, 1), "
        "'officials_row_groups': _row_groups(con, 'officials'), 'regions_row_groups': _row_groups(con, 'regions')}))"
    ) % (str(Path(__file__).resolve().parent), str(path), {k: v for k, v in config.items() if k != "row_group_size"})
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip()
    print(json.dumps({"settings": config, "checkpoints": checkpoints, **json.loads(out), "mb": path.stat().st_size >> 20}))


def recycle(db: Path, first: int, rounds: int, only: str, settings: list[str], work: Path) -> None:
    """ROUNDS times: attach DB (a copy) with the settings, re-write 1,000 articles' rows (from article id
    FIRST on; `only` = terms, facts or both): their search terms deleted and inserted again, as a reprocess
    re-indexes a changed text, and their facts likewise, then CHECKPOINT and close (a writer's recycle).
    One JSON line: the RSS each attach, checkpoint and close added, and the checkpoint's seconds."""
    path = work / "w.duckdb"
    shutil.copyfile(db, path)
    peak = _Peak()
    out: dict = {"settings": None, "only": only, "row_groups": {}}
    for r in range(rounds):
        before = peak.reset()
        con, config = _connect(path, settings)
        out["settings"] = config
        out[f"attach{r}_mb"] = round(peak.value - before, 1)
        lo, hi = first + r * 1000, first + (r + 1) * 1000
        if only in ("terms", "both"):
            con.execute(f"CREATE TEMP TABLE _k AS SELECT * FROM search.terms WHERE article_id > {lo} AND article_id <= {hi}")
            con.execute("DELETE FROM search.terms WHERE article_id IN (SELECT article_id FROM _k)")
            con.execute("INSERT INTO search.terms SELECT * FROM _k")
        if only in ("facts", "both"):
            for table in ("regions", "officials", "provinces", "compliance"):
                where = f"article_id > {lo} AND article_id <= {hi}"
                con.execute(f"CREATE OR REPLACE TEMP TABLE _f AS SELECT * FROM {table} WHERE {where}")
                con.execute(f"DELETE FROM {table} WHERE {where}")
                con.execute(f"INSERT INTO {table} SELECT * FROM _f")
        if r == 0:
            out["row_groups"] = {t: _row_groups(con, t) for t in ("search.terms", "regions", "officials")}
        out[f"rss{r}_mb"] = round(_rss_mb(), 1)
        before, t = peak.reset(), time.perf_counter()
        _checkpoint(con)
        out[f"checkpoint{r}_mb"], out[f"checkpoint{r}_s"] = round(peak.value - before, 1), round(time.perf_counter() - t, 2)
        before = peak.reset()
        con.close()
        out[f"close{r}_mb"] = round(peak.value - before, 1)
    print(json.dumps(out))


CHANGES = {  # one writer's kind of change at a recycle, on 1,000 articles' rows or spread over the table
    "append_terms": ["INSERT INTO search.terms SELECT * FROM search.terms LIMIT 160000"],
    "delete_terms": ["DELETE FROM search.terms WHERE article_id > {lo} AND article_id <= {lo} + 1000"],
    "update_officials": ["UPDATE officials SET person_id = coalesce(person_id, 0) + 1 WHERE article_id % 97 = 0"],
    "persons": ["CREATE OR REPLACE TEMP TABLE _p AS SELECT * FROM persons WHERE id % 3 = 0",
                "DELETE FROM persons WHERE id % 3 = 0", "INSERT INTO persons SELECT * FROM _p"],
}


def change(db: Path, kind: str, first: int, rounds: int, settings: list[str], work: Path) -> None:
    """ROUNDS times: attach DB (a copy), make one kind of change (CHANGES), CHECKPOINT, close. One JSON
    line: the RSS each checkpoint added and its seconds."""
    path = work / "w.duckdb"
    shutil.copyfile(db, path)
    peak = _Peak()
    out: dict = {"kind": kind}
    for r in range(rounds):
        con, out["settings"] = _connect(path, settings)
        for sql in CHANGES[kind]:
            con.execute(sql.format(lo=first + r * 1000))
        before, t = peak.reset(), time.perf_counter()
        _checkpoint(con)
        out[f"checkpoint{r}_mb"], out[f"checkpoint{r}_s"] = round(peak.value - before, 1), round(time.perf_counter() - t, 2)
        con.close()
    print(json.dumps(out))


def main(argv=None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    work = Path(tempfile.mkdtemp(prefix="warta-vacuum-"))
    try:
        if argv[0] == "append":
            append(Path(argv[1]), argv[2], int(argv[3]), int(argv[4]), argv[5:], work)
        elif argv[0] == "replace":
            replace(Path(argv[1]), int(argv[2]), argv[3:], work)
        elif argv[0] == "scan":
            scan(Path(argv[1]), int(argv[2]), argv[3:], work)
        elif argv[0] == "change":
            change(Path(argv[1]), argv[2], int(argv[3]), int(argv[4]), argv[5:], work)
        elif argv[0] == "recycle":
            recycle(Path(argv[1]), int(argv[2]), int(argv[3]), argv[4], argv[5:], work)
        else:
            raise SystemExit(__doc__)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
