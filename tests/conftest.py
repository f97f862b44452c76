"""Shared fixtures. Expensive objects (the spaCy pipeline) are built once per session."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import get_nlp

    return get_nlp()
