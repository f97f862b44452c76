"""Shared fixtures. Expensive objects (the spaCy pipeline, Prefect's harness) are built once per session.

Prefect reads its settings on import, so its home (a throwaway directory) and quiet, offline settings
are fixed here, before any test module imports it.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from flows.env import configure_prefect

_PREFECT_HOME = Path(tempfile.mkdtemp(prefix="warta-prefect-"))
os.environ["PREFECT_HOME"] = str(_PREFECT_HOME)
configure_prefect(_PREFECT_HOME)


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def prefect_harness():
    """Real flow runs against Prefect's test harness (a temporary local database), once a session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield
