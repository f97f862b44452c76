"""A cache of the built pipeline, so a process that tags one record starts fast (`warta extract`).

Building the pipeline tokenizes ~2,000 gazetteer names and compiles the matchers (~0.4 s); loading
the pickled pipeline takes ~0.05 s once the component modules are imported. The cache file is keyed
by the content of everything the pipeline is built from (pipeline/ code and data files, the
gazetteer and wilayah tables) and by the spaCy and Python versions, so any change builds it anew.

It lives in `WARTA_CACHE` (pipeline.config.cache_dir: `$XDG_CACHE_HOME/warta`, else `~/.cache/warta`); a cache that
cannot be read or written is skipped (the pipeline is built as before), never an error. Only Warta
writes there: the file is a pickle, so the directory must not be writable by others.
"""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

from pipeline import config

log = logging.getLogger(__name__)

_ROOT = Path(__file__).resolve().parents[2]
#: How many cached pipelines (of different sources) the directory keeps.
KEEP = 4
#: What the built pipeline depends on, besides the installed spaCy.
SOURCES = (("pipeline", ("*.py", "*.toml", "*.jsonl")), ("data/gazetteer", ("*",)), ("data/wilayah", ("*.csv",)))


@lru_cache(maxsize=1)
def key() -> str:
    """A digest of the pipeline's sources (content), spaCy's version and Python's."""
    import spacy

    h = hashlib.sha1(f"{spacy.__version__} {sys.version}".encode())
    for folder, patterns in SOURCES:
        for pattern in patterns:
            for path in sorted((_ROOT / folder).rglob(pattern)):
                if path.is_file() and "__pycache__" not in path.parts:
                    h.update(str(path.relative_to(_ROOT)).encode())
                    h.update(path.read_bytes())
    return h.hexdigest()[:16]


def path() -> Path:
    return config.cache_dir() / f"nlp-{key()}.pickle"


def load():
    """The cached pipeline, or None (no cache, or one that cannot be read)."""
    try:
        with open(path(), "rb") as fh:
            return pickle.load(fh)
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - a broken cache is rebuilt, never fatal
        log.info("pipeline cache %s unreadable (%s): building the pipeline", path(), exc)
        return None


def store(nlp) -> None:
    """Write the pipeline to the cache (atomically); a failure is logged and ignored."""
    target = path()
    tmp = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, prefix=".nlp-", delete=False) as fh:
            tmp = fh.name
            pickle.dump(nlp, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, target)
        tmp = None
        # keep the few most recent (several checkouts may share the directory), drop older ones
        kept = sorted(target.parent.glob("nlp-*.pickle"), key=lambda f: f.stat().st_mtime, reverse=True)
        for old in kept[KEEP:]:
            old.unlink(missing_ok=True)
    except Exception as exc:  # noqa: BLE001 - the cache is an optimisation, never fatal
        log.info("pipeline cache %s not written: %s", target, exc)
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
