"""The `reprocess` flow: re-extract and re-tag stored articles from the archive (no network).

A thin wrapper over pipeline.reprocess.reprocess (which also runs without Prefect). The work is a chain
of tasks, each at most SEGMENT_SECONDS of it (publishing every pipeline.reprocess.CHECKPOINT_SECONDS),
each picking up where the last stopped: the archive's size is capped by no task and no timeout. With a
Dask scheduler (`dask`: an address or a scheduler file), extract and tag run on its workers and this
process stays the single writer.
Import this module only after flows.env.configure_prefect() (the CLI does that).
"""
from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact

from pipeline.reprocess import FACT_TABLES, ReprocessSummary
from pipeline.reprocess import reprocess as reprocess_archive

#: Work done by one task before it hands over to the next (it publishes every 15 minutes meanwhile).
SEGMENT_SECONDS = 3600


def _retry_when_worth_it(task, task_run, state) -> bool:
    """Retry a segment whose cluster went away (what it published stays): not after a bug, and not
    when another writer holds the database (that fails at once, in one line; run again later)."""
    try:
        state.result()
    except Exception as exc:  # noqa: BLE001
        return type(exc).__name__ == "ClusterError"
    return False


@task(name="reprocess-segment", retries=3, retry_delay_seconds=120, retry_condition_fn=_retry_when_worth_it,
      timeout_seconds=3 * SEGMENT_SECONDS)
def reprocess_segment(db: str, archive_dir: str, all_: bool, dask: str | None, progress: bool | None) -> dict:
    if dask:
        from pipeline.distributed import cluster

        context = cluster(dask)
    else:
        context = nullcontext(None)
    with context as client:
        return reprocess_archive(db, archive_dir, all_=all_, client=client, max_seconds=SEGMENT_SECONDS,
                                 progress=progress).as_dict()


def _markdown(s: dict) -> str:
    rows = "\n".join(f"| {t} | {s['facts_deleted'].get(t, 0)} | {s['facts_new'].get(t, 0)} |"
                     for t in s["facts_new"])
    return (f"# Warta reprocess\n\nExtractor version: **{s['extractor_version']}**  \n"
            f"Articles: **{s['articles']}** (from the archive {s['from_archive']}, text changed "
            f"{s['text_changed']}, stored text re-tagged {s['from_stored_text']})  \n"
            f"Database: `{s['database']}`\n\n| facts | deleted | new |\n|---|---|---|\n{rows}\n")


def combine(parts: list[dict]) -> dict:
    """The summaries of a chain of segments as one: counts added, `articles` as the first one saw it."""
    total = ReprocessSummary().as_dict()
    for n, part in enumerate(parts):
        for key, value in part.items():
            if key in ("facts_deleted", "facts_new"):
                for t in FACT_TABLES:
                    total[key][t] = total[key].get(t, 0) + int(value.get(t, 0))
            elif key == "articles":
                total[key] = value if n == 0 else total[key]
            elif isinstance(value, bool):
                total[key] = value if key == "done" else (total[key] or value)
            elif isinstance(value, (int, float)):
                total[key] += value
            else:
                total[key] = value
    return total


@flow(name="reprocess", log_prints=False)
def reprocess(data_dir: str | None = None, db: str | None = None, all_: bool = False,
              progress: bool | None = None, dask: str | None = None) -> dict:
    """Re-extract and re-tag the articles whose facts came from an older extractor (or all of them)."""
    from pipeline import config

    data_dir = str(Path(data_dir) if data_dir else config.data_dir())
    db = str(Path(db) if db else Path(data_dir) / "warta.duckdb")
    parts: list[dict] = []
    while not parts or not parts[-1]["done"]:
        parts.append(reprocess_segment(db, str(Path(data_dir) / "archive"), all_, dask, progress))
    summary = combine(parts)
    create_markdown_artifact(markdown=_markdown(summary), key="reprocess-summary",
                             description="Warta reprocess summary")
    get_run_logger().info("reprocess: %s", summary)
    return summary
