"""Operations commands of the `warta` CLI (registered by flows/cli.py): `warta reprocess`."""
from __future__ import annotations

import click

from flows.cliutil import UserError
from pipeline import config


#: `--dask` of `warta run`, `warta serve` and `warta reprocess` (flows/cli.py uses it too).
dask_option = click.option(
    "--dask", "dask", metavar="ADDRESS",
    help="Run extraction and tagging (and the nightly's crawls: `warta run`, `warta serve`) on this Dask "
         "scheduler's workers: tcp://HOST:PORT, or the file written by `dask scheduler --scheduler-file`. Default: $WARTA_DASK, "
         "else in this process (docs/scaling.md).")


def check_cluster(address: str | None) -> str | None:
    """The cluster named by --dask or WARTA_DASK, checked before any work starts (one-line error)."""
    address = config.dask_address(address)
    if address:
        from pipeline.distributed import ClusterError, cluster

        try:
            with cluster(address):
                pass
        except ClusterError as exc:
            raise UserError(str(exc)) from None
    return address


@click.command()
@click.option("--all", "all_", is_flag=True,
              help="Reprocess every stored article, not only those tagged by an older extractor version.")
@dask_option
@click.pass_context
def reprocess(ctx, all_: bool, dask: str | None) -> None:
    """Re-extract and re-tag stored articles from the archive (no network) after the extractor improves.

    Articles whose facts came from another extractor version get their facts replaced, not
    duplicated; an article whose page is no longer archived has its stored text re-tagged. Memory
    stays flat however large the archive: it is read shard by shard, and the database is published
    every 15 minutes of work, so a reprocess that is stopped or killed goes on from there when run
    again (with --all too).
    """
    from flows import preflight

    preflight.check_settings()  # before anything, even the run's supervision, is set up
    from flows.cli import _prefect, _supervise

    data_dir, db = config.data_dir(), config.db_path()
    _supervise(ctx, data_dir)
    if not db.exists():
        raise UserError(f"no Warta database at {db}: nothing to reprocess (run `warta run` first)")
    preflight.check_data_dir(data_dir)
    with preflight.run_lock(data_dir, "warta reprocess", lambda line: click.echo(line, err=True)):
        preflight.check_database(db, lambda line: click.echo(line, err=True))
        dask = check_cluster(dask)
        _prefect(data_dir)
        from flows.reprocess import reprocess as reprocess_flow

        s = reprocess_flow(data_dir=str(data_dir), db=str(db), all_=all_, dask=dask)
    click.echo(f"extractor version: {s['extractor_version']}")
    click.echo(f"articles:          {s['articles']} (from the archive {s['from_archive']}, text changed "
               f"{s['text_changed']}, stored text re-tagged {s['from_stored_text']})")
    click.echo("facts replaced:    " + ", ".join(
        f"{t} {s['facts_deleted'].get(t, 0)}→{s['facts_new'].get(t, 0)}" for t in s["facts_new"]))
    click.echo(f"database:          {s['database']}")


COMMANDS: list = [reprocess]
