"""`warta`: a thin command line over the library (pipeline/, spiders/, flows/).

Every command has --help; the README's command reference is generated from it
(`python -m flows.cli_doc`), and a test fails when the two drift apart.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from flows.cli_ops import check_cluster, dask_option  # --dask of `warta run` and `warta reprocess`
from flows.cliutil import UserError
from pipeline import config


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="warta")
def cli() -> None:
    """Warta: Indonesian regional news → sourced facts on public services, in DuckDB.

    State (archive, crawl state, database) lives in one directory: data/ of the checkout, or
    WARTA_DATA=DIR. The database is warta.duckdb in it.
    """


# ---------------------------------------------------------------- extraction
def _map_records(source, output, fn) -> None:
    """JSON lines in, one JSON line out per record; a line that is not JSON gives an error line."""
    for n, line in enumerate(source, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            out = {"id": None, "line": n, "error": f"invalid JSON: {exc}"}
        else:
            out = fn(record)
        output.write(json.dumps(out, ensure_ascii=False) + "\n")
        output.flush()


source_argument = click.argument("source", type=click.File("r", encoding="utf-8", errors="replace"), default="-")


@cli.command()
@source_argument
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Where to write the facts (JSON lines). Default: standard output.")
def extract(source, output) -> None:
    """Extract facts from articles: JSON lines in, JSON lines out (the fact contract).

    Each input line is {"id", "text"} or {"id", "html", "url"}. Each output line holds the id and
    one list per fact type (docs/contract.md). A line that is not valid JSON gives
    {"id": null, "line": N, "error": ...} and the rest goes on.
    """
    from pipeline.facts import extract_record

    _map_records(source, output, extract_record)


@cli.command()
@source_argument
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Where to write the articles (JSON lines). Default: standard output.")
def article(source, output) -> None:
    """Extract the article from web pages: HTML records in, JSON lines out.

    Each input line is {"id", "url", "html"}. Each output line holds id, url, title, published
    (ISO 8601 with its UTC offset, or null), author and text: the article without the page's
    menus, related links, comments and other boilerplate. A record that gives no article also
    holds "error"; a line that is not valid JSON gives {"id": null, "line": N, "error": ...}; the
    rest goes on.
    """
    from pipeline.article import article_record

    _map_records(source, output, article_record)


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--html", is_flag=True,
              help="Feed each article as portal HTML: the gold line's 'html' field, else its text rendered in "
                   "one of the bundled portal layouts (with their boilerplate).")
@click.option("--misses", is_flag=True, help="Also list every missed and spurious fact.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
def eval_(gold: Path, html: bool, misses: bool, as_json: bool) -> None:
    """Score the extractor on a labelled GOLD file: precision, recall and F1 per fact type."""
    from pipeline.evaluate import GoldError, evaluate_records, read_jsonl

    try:
        records = read_jsonl(gold)
        if html:
            from flows.goldhtml import with_html

            records = with_html(records)
        report = evaluate_records(records, html=html)
    except (GoldError, KeyError, json.JSONDecodeError) as exc:
        raise UserError(f"{gold}: {exc}") from None
    if as_json:
        click.echo(json.dumps(report.as_dict()))
    else:
        click.echo(report.table())
    if misses:
        for row in report.misses:
            click.echo("\t".join(row))


# ---------------------------------------------------------------- running
def _prefect(data_dir: Path) -> None:
    from flows.env import configure_prefect

    configure_prefect(data_dir)


def _run_nightly(**params) -> dict:
    data_dir = config.data_dir()
    _prefect(data_dir)
    from flows.nightly import nightly

    errors: tuple = (ValueError,)
    if params.get("dask"):
        from pipeline.distributed import ClusterError

        errors += (ClusterError,)
    try:
        return nightly(data_dir=str(data_dir), db=str(config.db_path()), **params)
    except errors as exc:
        raise UserError(str(exc)) from None


def _print_summary(summary: dict) -> None:
    click.echo(f"portals:        {', '.join(summary['portals'])}")
    click.echo(f"pages fetched:  {summary['pages_fetched']}")
    click.echo(f"articles new:   {summary['articles_new']}")
    click.echo("facts new:      " + ", ".join(f"{k} {v}" for k, v in summary["facts"].items()))
    if summary["errors"]:
        click.echo("errors:         " + ", ".join(f"{k} {v}" for k, v in summary["errors"].items()))
    click.echo(f"database:       {summary['database']}")


crawl_options = [
    click.option("--portal", "portals", multiple=True, help="Portal key from the portal table (repeatable). Default: all."),
    click.option("--url", help="Crawl a site nobody configured, by generic discovery (robots.txt sitemaps, feeds, /wp-json/)."),
    click.option("--portals-file", type=click.Path(exists=True, dir_okay=False),
                 help="Portal table to use instead of data/portals.toml."),
    click.option("--since", help="Only articles published/modified since this date (YYYY-MM-DD), by sitemap lastmod or feed date."),
    click.option("--all", "all_", is_flag=True, help="Lift the topic filter: fetch every article the portal lists."),
    click.option("--no-throttle", is_flag=True,
                 help="Turn AutoThrottle off: only for servers you run yourself (tests, benchmarks), never real portals."),
]


def with_crawl_options(fn):
    for opt in reversed(crawl_options):
        fn = opt(fn)
    return fn


@cli.command()
@with_crawl_options
@dask_option
def run(portals, url, portals_file, since, all_, no_throttle, dask) -> None:
    """Run the nightly flow now: crawl, extract, tag and load into the database."""
    if portals and url:
        raise UserError("give --portal or --url, not both")
    summary = _run_nightly(portals=list(portals) or None, url=url, portals_file=portals_file, since=since, all_=all_,
                           throttle=not no_throttle, dask=check_cluster(dask))
    _print_summary(summary)


@cli.command()
@with_crawl_options
def crawl(portals, url, portals_file, since, all_, no_throttle) -> None:
    """Crawl only: fetch new articles into the archive (no extraction, no database)."""
    from flows.crawl import CrawlError, run_crawl
    from spiders.portals import load_portals

    if portals and url:
        raise UserError("give --portal or --url, not both")
    data_dir = config.data_dir()
    if url:
        targets = [dict(url=url)]
    else:
        try:
            keys = list(portals) or [p.key for p in load_portals(Path(portals_file) if portals_file else None)]
        except (OSError, ValueError) as exc:
            raise UserError(str(exc)) from None
        targets = [dict(portal=k) for k in keys]
    from tqdm import tqdm

    for target in tqdm(targets, desc="crawl", unit="portal", disable=not sys.stderr.isatty()):
        try:
            summary = run_crawl(data_dir=data_dir, portals_file=Path(portals_file) if portals_file else None,
                                since=since, all_=all_, throttle=not no_throttle, **target)
        except (CrawlError, ValueError) as exc:
            raise UserError(str(exc)) from None
        click.echo(json.dumps({"portal": summary.portal, **summary.stats}, ensure_ascii=False))


@cli.command()
@click.option("--port", type=int, default=8731, show_default=True,
              help="First loopback port for the bundled portals (one port each).")
def demo(port: int) -> None:
    """Run the whole pipeline on the bundled offline corpus, served on 127.0.0.1."""
    from flows.demo import run_demo

    try:
        run_demo(config.data_dir(), config.db_path(), first_port=port, echo=click.echo)
    except OSError as exc:
        raise UserError(f"{exc} (choose other ports with --port)") from None


@cli.command()
@click.argument("sql")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--time-limit", type=click.FloatRange(min=0, min_open=True), default=config.QUERY_TIME_LIMIT,
              show_default=True, metavar="SECONDS", help="Interrupt the query after this many seconds.")
@click.option("--max-rows", type=click.IntRange(min=1), default=config.QUERY_MAX_ROWS, show_default=True,
              help="Print at most this many rows (a warning on stderr says when the answer was cut).")
def query(sql: str, fmt: str, time_limit: float, max_rows: int) -> None:
    """Run a SQL query (read-only) against the database and print the answer.

    Only SELECT, WITH and EXPLAIN queries run; anything that could change the database or reach a
    file, extension or setting is refused (docs/security.md).
    """
    from pipeline.store import Store, StoreError

    try:
        with Store.open(config.db_path(), read_only=True) as store:
            answer = store.read_query(sql, time_limit=time_limit, max_rows=max_rows)
    except StoreError as exc:
        raise UserError(str(exc)) from None
    frame = answer.table.to_pandas()
    if fmt == "csv":
        click.echo(frame.to_csv(index=False), nl=False)
    elif fmt == "json":
        click.echo(frame.to_json(orient="records", force_ascii=False, date_format="iso"))
    else:
        click.echo(frame.to_string(index=False, max_colwidth=80) if len(frame) else "(no rows)")
    if answer.truncated:
        click.echo(f"warning: answer cut at {max_rows} rows (--max-rows)", err=True)


@cli.command()
def serve() -> None:
    """Serve the nightly flow on its schedule (02:00 Asia/Jakarta) until stopped.

    Uses the Prefect server that PREFECT_API_URL names, or starts a local one (schedules never fire
    on Prefect's ephemeral server).
    """
    data_dir = config.data_dir()
    _prefect(data_dir)
    from flows.deploy import serve_nightly

    serve_nightly(data_dir)


# Commands kept in their own modules (each exports COMMANDS, a list of click commands).
from flows import cli_maps, cli_ops, cli_research  # noqa: E402

for _module in (cli_research, cli_ops, cli_maps):
    for _command in _module.COMMANDS:
        cli.add_command(_command)


def main() -> None:
    cli(prog_name="warta")


if __name__ == "__main__":
    main()
