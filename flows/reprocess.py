"""The `reprocess` flow: re-extract and re-tag stored articles from the archive (no network).

A thin wrapper over pipeline.reprocess.reprocess (which also runs without Prefect): one task, because
the whole reprocess is one writer session of the store, published once at the end.
Import this module only after flows.env.configure_prefect() (the CLI does that).
"""
from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact

from pipeline.reprocess import reprocess as reprocess_articles


@task(name="reprocess-articles", timeout_seconds=8 * 3600)
def reprocess_task(db: str, archive_dir: str, all_: bool, progress: bool | None) -> dict:
    return reprocess_articles(db, archive_dir, all_=all_, progress=progress).as_dict()


def _markdown(s: dict) -> str:
    rows = "\n".join(f"| {t} | {s['facts_deleted'].get(t, 0)} | {s['facts_new'].get(t, 0)} |"
                     for t in s["facts_new"])
    return (f"# Warta reprocess\n\nExtractor version: **{s['extractor_version']}**  \n"
            f"Articles: **{s['articles']}** (from the archive {s['from_archive']}, text changed "
            f"{s['text_changed']}, stored text re-tagged {s['from_stored_text']})  \n"
            f"Database: `{s['database']}`\n\n| facts | deleted | new |\n|---|---|---|\n{rows}\n")


@flow(name="reprocess", log_prints=False)
def reprocess(data_dir: str | None = None, db: str | None = None, all_: bool = False,
              progress: bool | None = None) -> dict:
    """Re-extract and re-tag the articles whose facts came from an older extractor (or all of them)."""
    from pipeline import config

    data_dir = str(Path(data_dir) if data_dir else config.data_dir())
    db = str(Path(db) if db else Path(data_dir) / "warta.duckdb")
    summary = reprocess_task(db, str(Path(data_dir) / "archive"), all_, progress)
    create_markdown_artifact(markdown=_markdown(summary), key="reprocess-summary",
                             description="Warta reprocess summary")
    get_run_logger().info("reprocess: %s", summary)
    return summary
