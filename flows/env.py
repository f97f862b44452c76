"""Prefect runs embedded: no server, its state under the data directory, quiet and offline.

Must run before `prefect` is imported: Prefect reads its settings at import time.
"""
from __future__ import annotations

import os
from pathlib import Path

DEFAULTS = {
    # no telemetry (it would try the network and log an error)
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    # the first ephemeral start with a fresh PREFECT_HOME runs migrations (24–30 s here)
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_LOGGING_LOG_PRINTS": "false",
    "PREFECT_UI_ENABLED": "false",
    "PREFECT_RESULTS_PERSIST_BY_DEFAULT": "false",
}


def configure_prefect(data_dir: Path) -> None:
    """Point Prefect at `<data_dir>/prefect` unless the operator configured it."""
    os.environ.setdefault("PREFECT_HOME", str(Path(data_dir) / "prefect"))
    try:
        Path(os.environ["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # Prefect says so itself, more usefully
    for key, value in DEFAULTS.items():
        os.environ.setdefault(key, value)


def quiet_tracebacks() -> None:
    """On the terminal, Prefect's error logs keep their message but lose their traceback (the cause is
    the CLI's last line; the Prefect UI and server keep the whole log). PREFECT_LOGGING_LEVEL=DEBUG
    shows them again. Call after configure_prefect(): it imports Prefect, which sets up its logging."""
    import logging

    import prefect  # noqa: F401 - configures Prefect's loggers and handlers

    if os.environ.get("PREFECT_LOGGING_LEVEL", "").upper() == "DEBUG":
        return
    for name in ("prefect", "prefect.flow_runs", "prefect.task_runs", ""):
        for handler in logging.getLogger(name).handlers:
            if isinstance(handler, logging.StreamHandler) and handler.formatter is not None:
                formatter = handler.formatter
                formatter.formatException = lambda exc_info: ""
                formatter.formatStack = lambda stack_info: ""
