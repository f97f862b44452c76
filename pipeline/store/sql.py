"""What every store module uses: a transaction, Arrow tables registered as views, lookups by key."""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import duckdb
import pyarrow as pa


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """BEGIN … COMMIT; ROLLBACK (and re-raise) on any exception, KeyboardInterrupt included."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
        con.execute("COMMIT")
    except BaseException:
        try:
            con.execute("ROLLBACK")
        except duckdb.TransactionException:
            pass  # a COMMIT that failed (a full disk) ended the transaction: its own error is the one to raise
        raise


@contextmanager
def registered(con: duckdb.DuckDBPyConnection, **tables: pa.Table) -> Iterator[None]:
    """Arrow tables visible to SQL under the given names for the duration of the block."""
    done = []
    try:
        for name, table in tables.items():
            con.register(name, table)
            done.append(name)
        yield
    finally:
        for name in done:
            con.unregister(name)


#: Keys per statement of `lookup`. DuckDB (1.4) reads `column IN (?, ?, …)` of constants on a column
#: with an index (a PRIMARY KEY or UNIQUE one) through that index, for up to `index_scan_max_count`
#: (2,048) keys, and only when it is the table's only filter; any other form (`IN (SELECT …)`, a
#: second condition, an Arrow table joined) scans the whole column, and keeps what it read in its
#: cache: at 100,000 articles some 25 MB per column of a writer's memory (BENCHMARKS.md).
LOOKUP_KEYS = 1000


def lookup(con: duckdb.DuckDBPyConnection, sql: str, keys: Sequence, params: Sequence = ()) -> list[tuple]:
    """The rows of `sql` for `keys`, `LOOKUP_KEYS` at a time: `{keys}` in `sql` stands for their
    placeholders (`url IN ({keys})`); `params` follow them."""
    rows: list[tuple] = []
    keys = list(keys)
    for start in range(0, len(keys), LOOKUP_KEYS):
        chunk = keys[start:start + LOOKUP_KEYS]
        rows += con.execute(sql.format(keys=", ".join("?" * len(chunk))), [*chunk, *params]).fetchall()
    return rows
