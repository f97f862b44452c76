"""The store's errors: one base class, each message one line that names the file or the refused statement.

The CLI prints any StoreError as one line (`Error: …`) and exits non-zero; library callers can catch
the subclasses they care about.
"""
from __future__ import annotations


class StoreError(RuntimeError):
    """A database that cannot be opened or used; the message names the file."""


class StoreLocked(StoreError):
    """Another process holds the database for writing."""


class StoreMissing(StoreError):
    """A read-only open of a database that does not exist."""


class QueryRefused(StoreError):
    """A reader was asked to run a statement that could change or reach something: only SELECT, WITH
    and EXPLAIN of those may run (pipeline.store.readonly)."""


class QueryTimeout(StoreError):
    """A reader's query ran past its time limit and was interrupted."""


class QueryFailed(StoreError):
    """The SQL itself is wrong (syntax, unknown table or column, a type error) or DuckDB refused it
    (a file outside the database, a locked setting): DuckDB's message, first line."""


def one_line(exc: BaseException, limit: int = 300) -> str:
    """An exception's message as one line, cut to `limit` characters: its lines joined, without DuckDB's
    "LINE 1: …" excerpt and caret or the C++ stack trace of a fatal error (a hint such as
    'Did you mean "mpp"?' is kept)."""
    lines = [line.strip() for line in str(exc).split("Stack Trace:")[0].splitlines()]
    kept = [line for line in lines if line and not line.startswith("LINE ") and set(line) != {"^"}]
    text = " ".join(kept) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"
