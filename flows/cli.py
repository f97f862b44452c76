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
from flows.cliutil import JobFailed, OneLineErrors, UserError
from pipeline import config


@click.group(cls=OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
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
@click.option("--misses", is_flag=True,
              help="Also list every missed and spurious fact with its sentence (the fact's evidence, else the "
                   "article's first sentence naming its place or person), grouped by fact type.")
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
        out = report.as_dict()
        if misses:
            out["misses"] = [{"id": m.id, "fact_type": m.fact_type, "metric": m.metric, "kind": m.kind, "key": m.key,
                              "sentence": m.sentence} for m in report.misses]
        click.echo(json.dumps(out, ensure_ascii=False))
        return
    click.echo(report.table())
    if misses and report.misses:
        click.echo(report.misses_text())


# ---------------------------------------------------------------- running
def _prefect(data_dir: Path) -> None:
    from flows.env import configure_prefect, quiet_tracebacks

    configure_prefect(data_dir)
    quiet_tracebacks()


def _supervise(ctx: click.Context, data_dir: Path) -> None:
    """Run the rest of the command in a supervised worker (flows.supervise), when started as `warta`."""
    if (ctx.obj or {}).get("supervise"):
        from flows.supervise import supervise

        supervise(data_dir, echo=lambda line: click.echo(line, err=True))


def _err(line: str) -> None:
    click.echo(line, err=True)


def _print_summary(summary: dict) -> None:
    click.echo(f"portals:        {', '.join(summary['portals'])}")
    failed = {k: h for k, h in summary.get("health", {}).items() if h["status"] != "ok"}
    click.echo(f"health:         {len(summary['portals']) - len(failed)} ok, {len(failed)} failed")
    for name, health in failed.items():
        click.echo(f"  FAILED {name}: {health['reason']}")
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
notify_option = click.option("--notify", metavar="URL",
                             help="POST the run summary as JSON to URL when the run fails (a chat webhook, say).")


def with_crawl_options(fn):
    for opt in reversed(crawl_options):
        fn = opt(fn)
    return fn


@cli.command()
@with_crawl_options
@notify_option
@dask_option
@click.pass_context
def run(ctx, portals, url, portals_file, since, all_, no_throttle, notify, dask) -> None:
    """Run the nightly flow now: crawl, extract, tag and load into the database.

    Exits 1 when a portal failed (its crawl failed, or no page answered while errors were counted):
    the other portals are loaded all the same and the summary says which failed. Exits 75 when
    another run or writer holds the data directory.
    """
    from flows import preflight

    preflight.check_settings()  # before anything, even the run's supervision, is set up

    data_dir, db = config.data_dir(), config.db_path()
    _supervise(ctx, data_dir)
    preflight.crawl_targets(portals, url, portals_file)
    preflight.check_since(since)
    preflight.check_data_dir(data_dir)
    with preflight.run_lock(data_dir, "warta run", _err):
        preflight.check_database(db, _err)
        dask = check_cluster(dask)
        _prefect(data_dir)
        from flows.nightly import nightly

        state = nightly(portals=list(portals) or None, url=url, portals_file=portals_file, since=since, all_=all_,
                        throttle=not no_throttle, data_dir=str(data_dir), db=str(db), notify=notify,
                        dask=dask, return_state=True)
    outcome = state.result(raise_on_failure=False)
    if isinstance(outcome, dict):  # Completed, or Failed because a portal failed: the run summary
        _print_summary(outcome)
        click.echo(f"flow run state: {state.name}")
        if state.is_completed():
            return
        raise JobFailed(state.message)
    if isinstance(outcome, click.ClickException):
        raise outcome
    raise JobFailed(f"the run ended {state.name}: {state.message}")


@cli.command()
@with_crawl_options
@click.pass_context
def crawl(ctx, portals, url, portals_file, since, all_, no_throttle) -> None:
    """Crawl only: fetch new articles into the archive (no extraction, no database).

    Prints one JSON line per portal (its health and counts). Exits 1 when a portal failed.
    """
    from flows import preflight

    preflight.check_settings()  # before anything, even the run's supervision, is set up
    from flows.crawl import FAILED, crawl_many

    data_dir = config.data_dir()
    _supervise(ctx, data_dir)
    targets, _ = preflight.crawl_targets(portals, url, portals_file)
    preflight.check_since(since)
    preflight.check_data_dir(data_dir)
    from tqdm import tqdm

    with preflight.run_lock(data_dir, "warta crawl", _err), \
            tqdm(total=len(targets), desc="crawl", unit="portal", disable=not sys.stderr.isatty()) as bar:
        def done(name: str, health: dict) -> None:
            stats = health.pop("stats")
            click.echo(json.dumps({"portal": name, "health": health["status"], "reason": health["reason"],
                                   **{k: v for k, v in stats.items() if k != "portal"}}, ensure_ascii=False))
            bar.update(1)

        results = crawl_many([dict(portal=t.portal) if t.portal else dict(url=t.url) for t in targets],
                             on_done=done, data_dir=data_dir, portals_file=Path(portals_file) if portals_file else None,
                             since=since, all_=all_, throttle=not no_throttle)
    failed = [name for name, h in results.items() if h["status"] == FAILED]
    if failed:
        detail = "; ".join(f"{n}: {results[n]['reason']}" for n in failed[:5])
        raise JobFailed(f"{len(failed)} of {len(results)} portal(s) failed ({detail})")


@cli.command()
@click.option("--port", type=int, default=8731, show_default=True, envvar="WARTA_DEMO_PORT", show_envvar=True,
              help="First loopback port for the bundled portals (one port each).")
@click.pass_context
def demo(ctx, port: int) -> None:
    """Run the whole pipeline on the bundled offline corpus, served on 127.0.0.1."""
    from flows import preflight

    preflight.check_settings()  # before anything, even the run's supervision, is set up
    from flows.demo import run_demo

    data_dir = config.data_dir()
    _supervise(ctx, data_dir)
    preflight.check_data_dir(data_dir)
    try:
        with preflight.run_lock(data_dir, "warta demo", _err):
            preflight.check_database(config.db_path(), _err)
            _prefect(data_dir)
            run_demo(data_dir, config.db_path(), first_port=port, echo=click.echo)
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
    from pipeline.store import Store

    with Store.open(config.db_path(), read_only=True) as store:  # a StoreError is one line (flows.cliutil)
        answer = store.read_query(sql, time_limit=time_limit, max_rows=max_rows)
    frame = answer.table.to_pandas()
    if fmt == "csv":
        click.echo(frame.to_csv(index=False), nl=False)
    elif fmt == "json":
        click.echo(frame.to_json(orient="records", force_ascii=False, date_format="iso"))
    else:
        click.echo(text_table(answer.table.column_names, answer.table.to_pylist()) if answer.table.num_rows
                   else "(no rows)")
    if answer.truncated:
        click.echo(f"warning: answer cut at {max_rows} rows (--max-rows)", err=True)


#: a text cell longer than this is cut with "…" in `warta query`'s table (links never are)
TABLE_CELL_CHARS = 80


def _table_cell(value) -> str:
    if value is None:
        return ""  # SQL NULL: an empty cell, as datasette and psql show it (never "NaN" or "None")
    text = ", ".join(_table_cell(v) for v in value) if isinstance(value, list) else str(value)
    if len(text) > TABLE_CELL_CHARS and not text.startswith(("http://", "https://")):
        return text[:TABLE_CELL_CHARS - 1] + "…"
    return text


def text_table(columns: list[str], rows: list[dict]) -> str:
    """Rows as an aligned text table: NULL empty, integers as integers, links whole."""
    import pandas as pd

    cells = pd.DataFrame([[_table_cell(row[c]) for c in columns] for row in rows], columns=columns)
    return cells.to_string(index=False, max_colwidth=None)


@cli.command()
@click.option("--port", type=int, default=4200, show_default=True,
              help="Port of the local Prefect server (UI and API) on 127.0.0.1. Not used when "
                   "PREFECT_API_URL names a server.")
@notify_option
@click.option("--portals-file", type=click.Path(exists=True, dir_okay=False),
              help="Portal table the runs crawl instead of data/portals.toml.")
@dask_option
@click.pass_context
def serve(ctx, port: int, notify: str | None, portals_file: str | None, dask: str | None) -> None:
    """Serve the nightly flow on its schedule (02:00 Asia/Jakarta) until stopped.

    Starts a local Prefect server with its UI on 127.0.0.1:PORT (schedules never fire on Prefect's
    ephemeral server), or uses the one PREFECT_API_URL names, and prints the PREFECT_API_URL to
    export in other shells. At most one run at a time. Stopped (Ctrl-C, SIGTERM) or killed, it
    leaves no server or run process behind. With --dask (or WARTA_DASK when it starts), the cluster is
    checked now and every run crawls, extracts and tags on it, as `warta run --dask` does (the
    address is the deployment's `dask` parameter).
    """
    import os

    from flows import preflight

    preflight.check_settings()  # before anything, even the run's supervision, is set up

    data_dir = config.data_dir()
    _supervise(ctx, data_dir)
    preflight.crawl_targets(None, None, portals_file)
    preflight.check_data_dir(data_dir)
    preflight.check_database(config.db_path(), _err)
    if not os.environ.get("PREFECT_API_URL"):
        preflight.check_port_free(port)
    dask = check_cluster(dask)
    if dask and "://" not in dask:  # a scheduler file: the runs find it wherever they start
        dask = str(Path(dask).resolve())
    from flows.deploy import serve_nightly
    from flows.env import configure_prefect

    configure_prefect(data_dir)  # Prefect itself is imported once its server runs (it reads PREFECT_API_URL then)

    serve_nightly(data_dir, db=config.db_path(), port=port, notify=notify, portals_file=portals_file,
                  dask=dask, echo=click.echo)


# Commands kept in their own modules (each exports COMMANDS, a list of click commands).
from flows import cli_maps, cli_ops, cli_research  # noqa: E402

for _module in (cli_research, cli_ops, cli_maps):
    for _command in _module.COMMANDS:
        cli.add_command(_command)


def main() -> None:
    # started as a program (not through click's test runner): long commands run supervised
    cli(prog_name="warta", obj={"supervise": True})


if __name__ == "__main__":
    main()
