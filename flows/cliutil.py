"""Shared pieces of the command line: the one-line user error."""
from __future__ import annotations

import click


class UserError(click.ClickException):
    """An error the user can fix: printed as one line (`Error: …`), exit code 1, no traceback."""
