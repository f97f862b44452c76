"""Where Warta keeps its state. Every setting is read here, once, with its documented default.

| variable     | default                 | meaning                                                       |
|--------------|-------------------------|---------------------------------------------------------------|
| WARTA_DATA   | `data/` of the checkout | the one directory that holds archive, crawl state and database |
| WARTA_DB     | `$WARTA_DATA/warta.duckdb` | the DuckDB file                                            |
| WARTA_CACHE  | `$XDG_CACHE_HOME/warta`, else `~/.cache/warta` | the built spaCy pipeline (pipeline/nlp/cache.py) |
"""
from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
#: Reference data shipped with the code (gazetteer, portals, bundled corpus sources).
REFERENCE_DIR = REPO_ROOT / "data"


def data_dir() -> Path:
    """The run-time data directory (`WARTA_DATA`, else the checkout's data/)."""
    return Path(os.environ.get("WARTA_DATA") or REFERENCE_DIR).resolve()


def db_path() -> Path:
    env = os.environ.get("WARTA_DB")
    return Path(env).resolve() if env else data_dir() / "warta.duckdb"


def archive_dir() -> Path:
    return data_dir() / "archive"


def cache_dir() -> Path:
    """Where the built pipeline is cached (`WARTA_CACHE`, else `$XDG_CACHE_HOME/warta`, else
    `~/.cache/warta`): derived from the code, never state, safe to delete."""
    env = os.environ.get("WARTA_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "warta"
