"""What a reader may do: the hardened DuckDB connection every read-only open uses, the statement
whitelist, and the time-limited, row-capped query behind `warta query`.

The rules follow datasette's (read-only and immutable files, SELECT/WITH/EXPLAIN only, a time limit, a
row cap). A reader's connection is opened read-only with this configuration (`READER_CONFIG`):

- `enable_external_access = false`: no file but the database itself, so no `read_csv('/etc/passwd')`,
  `glob('/**')`, `COPY … TO`, `EXPORT DATABASE`, `INSTALL`/`LOAD` of extensions;
- extensions are never installed or loaded automatically;
- `enable_progress_bar = false` (`READER_SESSION`, a per-connection setting DuckDB takes only after the
  connection is open): DuckDB otherwise draws a progress bar on stdout for a statement slower than two
  seconds, into the middle of `warta search --format json` or `warta query` output (in a Jupyter
  kernel without ipywidgets DuckDB refuses the change, and the default stays);
- `lock_configuration = true`, set last (`lock_reader`): no `SET`, `RESET` or `PRAGMA` can undo the
  above or change limits.

That is not enough on its own: DuckDB 1.4.4 still lets a read-only connection `ATTACH` the database's
own file `READ_WRITE` (the file is the one path external access allows) and `DELETE` through it, around
the writer's lock and its publish-by-rename (measured). So every statement a reader runs, through
`Store.query`, `Store.df` or `read_query`, must be one DuckDB itself types as SELECT (that covers WITH,
VALUES, `FROM t`, DESCRIBE, SHOW, SUMMARIZE and `PRAGMA` of a table function such as `PRAGMA version`)
or an EXPLAIN of such a statement; each statement of a multi-statement string is checked before any
runs, and the check parses with the same hardened connection (a parse cannot read files either).

`read_query` adds a time limit (the query is interrupted) and a row cap (rows are streamed; at most
`max_rows` are kept and the answer says it was cut).
"""
from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass

import duckdb
import pyarrow as pa

from pipeline.config import QUERY_MAX_ROWS, QUERY_TIME_LIMIT
from pipeline.store.errors import QueryFailed, QueryRefused, QueryTimeout, one_line

#: DuckDB settings of every read-only connection (see the module doc).
READER_CONFIG = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
    "lock_configuration": True,
}
#: Per-connection settings of every reader, set on the open connection before its configuration is
#: locked (see the module doc).
READER_SESSION = ("SET enable_progress_bar = false",)


def reader_connect_config(*leave_out: str) -> dict:
    """READER_CONFIG for `duckdb.connect`, without the lock (set by `lock_reader` once the session
    settings are in) and without the options named in `leave_out`."""
    return {k: v for k, v in READER_CONFIG.items() if k != "lock_configuration" and k not in leave_out}


def lock_reader(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """Apply READER_SESSION to an open reader connection, then lock its configuration."""
    for statement in READER_SESSION:
        try:
            con.execute(statement)
        except duckdb.InvalidInputException:
            # In a Jupyter kernel DuckDB refuses any change of the progress bar unless ipywidgets is
            # installed; there the bar is a widget, not text in the output, so the default stays.
            pass
    con.execute("SET lock_configuration = true")
    return con

_ALLOWED = "SELECT, WITH and EXPLAIN"
#: `EXPLAIN [ANALYZE] [(options)]` before the explained statement, after any leading comments.
_EXPLAIN = re.compile(r"^(?:\s+|--[^\n]*\n|/\*.*?\*/)*EXPLAIN\s+(?:ANALY[SZ]E\s+)?(?:\([^()]*\)\s*)?",
                      re.IGNORECASE | re.DOTALL)
_FIRST_WORD = re.compile(r"^(?:\s+|--[^\n]*\n|/\*.*?\*/)*([A-Za-z]+)", re.DOTALL)


@dataclass
class Answer:
    """The rows of a guarded query (at most the row cap), whether it was cut there, and its time."""

    table: pa.Table
    truncated: bool
    seconds: float

    @property
    def columns(self) -> list[str]:
        return self.table.column_names


def check_statements(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    """Raise QueryRefused unless every statement of `sql` is a SELECT or an EXPLAIN of one (QueryFailed
    when it does not parse)."""
    statements = _parse(con, sql)
    if not statements:
        raise QueryRefused("no SQL statement given")
    for n, statement in enumerate(statements, 1):
        where = f"statement {n} of {len(statements)}" if len(statements) > 1 else "the statement"
        kind = statement.type.name
        if kind == "EXPLAIN":
            match = _EXPLAIN.match(statement.query or "")
            inner = _parse(con, statement.query[match.end():]) if match else []
            if len(inner) != 1 or inner[0].type.name != "SELECT":
                what = inner[0].type.name if len(inner) == 1 else "a statement Warta cannot check"
                raise QueryRefused(f"refused: {where} is an EXPLAIN of {what}; a reader runs only {_ALLOWED} "
                                   f"of a query (the database is read-only)")
        elif kind != "SELECT":
            raise QueryRefused(f"refused: {where} is {_named(statement.query, kind)}; a reader runs only "
                               f"{_ALLOWED} queries (the database is read-only)")


def _named(query: str, kind: str) -> str:
    """The statement as the user wrote it, with DuckDB's type when that differs (INSTALL is a LOAD,
    RESET and USE are SET, CHECKPOINT is a CALL)."""
    match = _FIRST_WORD.match(query or "")
    word = match.group(1).upper() if match else kind
    return kind if word == kind else f"{word} ({kind})"


def _parse(con: duckdb.DuckDBPyConnection, sql: str) -> list:
    try:
        return con.extract_statements(sql)
    except duckdb.Error as exc:
        raise QueryFailed(one_line(exc)) from None


def read_query(con: duckdb.DuckDBPyConnection, sql: str, *, time_limit: float = QUERY_TIME_LIMIT,
               max_rows: int = QUERY_MAX_ROWS) -> Answer:
    """Run a reader's SQL: whitelisted statements only, interrupted after `time_limit` seconds
    (QueryTimeout), at most `max_rows` rows kept (`Answer.truncated` says more were there)."""
    if not time_limit > 0:
        raise ValueError(f"time_limit must be positive, got {time_limit!r}")
    if max_rows < 1:
        raise ValueError(f"max_rows must be at least 1, got {max_rows!r}")
    check_statements(con, sql)
    lock = threading.Lock()
    state = {"running": True, "interrupted": False}

    def interrupt() -> None:
        with lock:
            if state["running"]:
                state["interrupted"] = True
                con.interrupt()

    timer = threading.Timer(time_limit, interrupt)
    timer.daemon = True
    started = time.monotonic()
    timer.start()
    try:
        batches, rows = [], 0
        reader = con.execute(sql).fetch_record_batch(min(max_rows + 1, 100_000))
        schema = reader.schema
        for batch in reader:
            batches.append(batch)
            rows += batch.num_rows
            if rows > max_rows:
                break
        reader.close()
    except Exception as exc:  # duckdb.Error, or pyarrow's error when the stream is interrupted
        if state["interrupted"]:
            raise QueryTimeout(f"query interrupted after its time limit of {time_limit:g} s "
                               f"(raise it with --time-limit)") from None
        if isinstance(exc, (duckdb.Error, pa.ArrowException)):
            raise QueryFailed(one_line(exc)) from None
        raise
    finally:
        with lock:
            state["running"] = False
        timer.cancel()
    table = pa.Table.from_batches(batches, schema=schema)
    return Answer(table.slice(0, max_rows), rows > max_rows, time.monotonic() - started)
