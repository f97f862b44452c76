"""Where Warta keeps its state. Every setting is read here, once, with its documented default.

| variable     | default                 | meaning                                                       |
|--------------|-------------------------|---------------------------------------------------------------|
| WARTA_DATA   | `data/` of the checkout | the one directory that holds archive, crawl state and database |
| WARTA_DB     | `$WARTA_DATA/warta.duckdb` | the DuckDB file                                            |
| WARTA_DASK   | (none: no cluster)      | address of a Dask scheduler (`tcp://host:8786`) on which `warta run` and `warta reprocess` extract and tag; the same as their `--dask ADDRESS` (docs/scaling.md) |
| WARTA_SNAPSHOT | `background`          | after a writer publishes the database, the SQLite snapshot that `warta browse` serves is rebuilt: `background` (a separate process: the writer does not wait), `wait` (in the writer, before it returns) or `off` (only on demand: `warta browse` rebuilds a stale one) |
| WARTA_CACHE  | `$XDG_CACHE_HOME/warta`, else `~/.cache/warta` | the built spaCy pipeline (pipeline/nlp/cache.py) |
| WARTA_TAGGER_STRINGS | `200000` | a long-lived tagger (a Dask worker, a serial reprocess) renews its spaCy pipeline once its vocabulary has gathered this many new strings (pipeline.nlp.renew_if_grown; 0: never) |
"""
from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
#: Reference data shipped with the code (gazetteer, portals, bundled corpus sources).
REFERENCE_DIR = REPO_ROOT / "data"

#: A reader's query (`warta query`, `Store.read_query`) is interrupted after this many seconds
#: (`--time-limit`) and keeps at most this many rows (`--max-rows`); see docs/security.md.
QUERY_TIME_LIMIT = 30.0
QUERY_MAX_ROWS = 10_000


def data_dir() -> Path:
    """The run-time data directory (`WARTA_DATA`, else the checkout's data/)."""
    return Path(os.environ.get("WARTA_DATA") or REFERENCE_DIR).resolve()


def db_path() -> Path:
    env = os.environ.get("WARTA_DB")
    return Path(env).resolve() if env else data_dir() / "warta.duckdb"


def archive_dir() -> Path:
    return data_dir() / "archive"


def dask_address(option: str | None = None) -> str | None:
    """The Dask scheduler to extract and tag on: `--dask`, else `WARTA_DASK`, else None (in process)."""
    return (option or os.environ.get("WARTA_DASK") or "").strip() or None


#: WARTA_SNAPSHOT values (see the table above); the first is the default.
SNAPSHOT_MODES = ("background", "wait", "off")


def snapshot_mode() -> str:
    """How a writer refreshes the browse snapshot after publishing (`WARTA_SNAPSHOT`)."""
    mode = (os.environ.get("WARTA_SNAPSHOT") or SNAPSHOT_MODES[0]).strip().lower()
    if mode not in SNAPSHOT_MODES:
        raise ValueError(f"WARTA_SNAPSHOT={mode!r}: choose {', '.join(SNAPSHOT_MODES)}")
    return mode


#: WARTA_TAGGER_STRINGS's default: a tagger renews its spaCy pipeline once the vocabulary has grown
#: by this many strings (pipeline.nlp.renew_if_grown; ~100 MB at ~500 bytes a string).
TAGGER_MAX_STRINGS = 200_000


def tagger_max_strings() -> int:
    """New strings a long-lived tagger's vocabulary may gather before its pipeline is renewed
    (`WARTA_TAGGER_STRINGS`; 0: never renew)."""
    value = (os.environ.get("WARTA_TAGGER_STRINGS") or "").strip()
    if not value:
        return TAGGER_MAX_STRINGS
    try:
        n = int(value.replace("_", ""))
    except ValueError:
        raise ValueError(f"WARTA_TAGGER_STRINGS={value!r}: give a whole number of strings (0: never renew)") from None
    if n < 0:
        raise ValueError(f"WARTA_TAGGER_STRINGS={value!r}: give a whole number of strings (0: never renew)")
    return n


def cache_dir() -> Path:
    """Where the built pipeline is cached (`WARTA_CACHE`, else `$XDG_CACHE_HOME/warta`, else
    `~/.cache/warta`): derived from the code, never state, safe to delete."""
    env = os.environ.get("WARTA_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "warta"


def check() -> None:
    """Raise ValueError (one line, naming the variable) for the first setting above that does not parse:
    the commands call it before any work starts (flows/preflight.py), and a Dask cluster's workers
    are asked for it too (pipeline.distributed.cluster), since each worker reads its own environment."""
    snapshot_mode()
    tagger_max_strings()
