"""Commands of the `warta` CLI (registered by flows/cli.py)."""
from __future__ import annotations

COMMANDS: list = []
