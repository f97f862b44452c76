"""Shared pieces of the command line: exit statuses and the one-line errors.

Exit statuses of every `warta` command (docs/operations.md, "Exit statuses"):

| status | meaning |
|---|---|
| 0 | done |
| 1 | failed: a user error (bad input, bad configuration, SQL error, refused write) or a failed job (a run or crawl in which a portal failed, see flows/crawl.py `portal_health`) |
| 2 | usage: an unknown option or a missing argument (click) |
| 75 | busy: another run or writer holds the data directory or the database; try again later |
| 128+N | stopped by signal N (130: Ctrl-C, 143: SIGTERM) |
"""
from __future__ import annotations

import click

EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_BUSY = 75  # EX_TEMPFAIL (sysexits.h)


class UserError(click.ClickException):
    """An error the user can fix: printed as one line (`Error: …`), exit code 1, no traceback."""

    def format_message(self) -> str:
        return " ".join(str(self.message).split())  # one line, whatever the library's message held


class JobFailed(UserError):
    """The job ran and failed (a portal yielded nothing): its summary is printed, then this line."""


def library_errors() -> dict[type, int]:
    """The library's error types a user can act on, with their exit status: each is shown as one line
    (`Error: …`) by `OneLineErrors`, never as a traceback. Imported lazily: the CLI starts fast."""
    from flows.corpus import CorpusError
    from flows.crawl import CrawlError
    from pipeline.distributed import ClusterError
    from pipeline.evaluate import GoldError
    from pipeline.store import StoreError, StoreLocked
    from pipeline.store.export import ExportError
    from spiders.portals import PortalConfigError

    return {StoreLocked: EXIT_BUSY, StoreError: EXIT_FAILED, PortalConfigError: EXIT_FAILED,
            CrawlError: EXIT_FAILED, ClusterError: EXIT_FAILED, GoldError: EXIT_FAILED, ExportError: EXIT_FAILED, CorpusError: EXIT_FAILED}


def one_line(exc: BaseException) -> str:
    """The message of `exc` on one line: its first line, with the last line appended when they differ
    (a crawl's failure ends with its cause)."""
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
    if not lines:
        return type(exc).__name__
    return lines[0] if len(lines) == 1 else f"{lines[0].rstrip(':')}: {lines[-1]}"


class OneLineErrors(click.Group):
    """The one place where the library's errors become one line and an exit status (library_errors)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except click.ClickException:
            raise
        except Exception as exc:
            for kind, status in library_errors().items():
                if isinstance(exc, kind):
                    error = UserError(one_line(exc))
                    error.exit_code = status
                    raise error from None
            raise
