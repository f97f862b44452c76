"""Operations commands of the `warta` CLI (registered by flows/cli.py): `warta reprocess`."""
from __future__ import annotations

import click

from flows.cliutil import UserError
from pipeline import config


@click.command()
@click.option("--all", "all_", is_flag=True,
              help="Reprocess every stored article, not only those tagged by an older extractor version.")
@click.pass_context
def reprocess(ctx, all_: bool) -> None:
    """Re-extract and re-tag stored articles from the archive (no network) after the extractor improves.

    Articles whose facts came from another extractor version get their facts replaced, not
    duplicated; an article whose page is no longer archived has its stored text re-tagged. The
    database is published once, at the end: a failed reprocess changes nothing.
    """
    from flows import preflight
    from flows.cli import _prefect, _supervise

    data_dir, db = config.data_dir(), config.db_path()
    _supervise(ctx, data_dir)
    if not db.exists():
        raise UserError(f"no Warta database at {db}: nothing to reprocess (run `warta run` first)")
    preflight.check_data_dir(data_dir)
    with preflight.run_lock(data_dir, "warta reprocess", lambda line: click.echo(line, err=True)):
        preflight.check_database(db, lambda line: click.echo(line, err=True))
        _prefect(data_dir)
        from flows.reprocess import reprocess as reprocess_flow

        s = reprocess_flow(data_dir=str(data_dir), db=str(db), all_=all_)
    click.echo(f"extractor version: {s['extractor_version']}")
    click.echo(f"articles:          {s['articles']} (from the archive {s['from_archive']}, text changed "
               f"{s['text_changed']}, stored text re-tagged {s['from_stored_text']})")
    click.echo("facts replaced:    " + ", ".join(
        f"{t} {s['facts_deleted'].get(t, 0)}→{s['facts_new'].get(t, 0)}" for t in s["facts_new"]))
    click.echo(f"database:          {s['database']}")


COMMANDS: list = [reprocess]
