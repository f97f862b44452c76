"""`warta demo`: the whole pipeline on the bundled offline corpus, served on 127.0.0.1.

Three generated portal sites (flows/corpus.py, from data/corpus/articles.jsonl) are served on fixed
loopback ports (so a second demo run finds the same URLs and adds nothing), crawled by real Scrapy
processes, extracted, tagged and loaded into the database by the Prefect flow.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from pipeline.facttypes import FACT_TYPES

EXAMPLES = {
    "compliance": """
        SELECT r.name AS region, c.year, c.zone, c.score, c.evidence, a.url
        FROM compliance c JOIN articles a ON a.id = c.article_id
        LEFT JOIN gazetteer_regions r ON r.code = c.region_code
        WHERE c.zone IS NOT NULL ORDER BY c.score DESC NULLS LAST LIMIT 3""",
    "mpp": """
        SELECT r.name AS region, m.status, m.year, m.location, m.evidence, a.url
        FROM mpp m JOIN articles a ON a.id = m.article_id
        LEFT JOIN gazetteer_regions r ON r.code = m.region_code LIMIT 2""",
    "officials": """
        SELECT o.name, o.role, o.category, o.evidence, a.url
        FROM officials o JOIN articles a ON a.id = o.article_id
        WHERE o.category = 'kepala_daerah' LIMIT 2""",
}

NEXT = """Next:
  .venv/bin/warta query "SELECT * FROM compliance_history ORDER BY year DESC LIMIT 10"
  .venv/bin/warta query "SELECT * FROM officeholders LIMIT 10" --format csv
  .venv/bin/warta facts 13.02                  # everything known about Kabupaten Solok, with sources
  .venv/bin/warta search "mal pelayanan publik"
  .venv/bin/warta extract < articles.jsonl     # facts for your own articles, as JSON lines
  .venv/bin/warta run --url https://a-portal.example/   # crawl a real portal (needs the web)
  .venv/bin/warta --help"""


def run_demo(data_dir: Path, db_path: Path, *, first_port: int, echo: Callable[[str], None] = print) -> dict:
    from flows.corpus import write_portals_toml
    from flows.env import configure_prefect
    from flows.localserver import serve_corpus

    configure_prefect(data_dir)
    from flows.nightly import nightly  # after configure_prefect: Prefect reads its settings on import
    from pipeline.store import Store

    started = time.monotonic()
    site = Path(data_dir) / "site"
    with serve_corpus(site, first_port=first_port) as served:
        portals_file = site / "portals.toml"
        write_portals_toml(served.portals, portals_file)
        echo("Serving the bundled corpus on 127.0.0.1:")
        for key, url in served.items():
            echo(f"  {key:15s} {url}")
        echo("Running the nightly flow (crawl → extract → tag → load) …")
        state = nightly(portals_file=str(portals_file), data_dir=str(data_dir), db=str(db_path),
                        all_=True, throttle=False, return_state=True)
    summary = state.result(raise_on_failure=False)
    if not state.is_completed():
        from flows.cliutil import JobFailed

        raise JobFailed(state.message or f"the demo run ended {state.name}")
    echo("")
    echo(f"Done in {time.monotonic() - started:.0f} s.")
    echo(f"  pages fetched   {summary['pages_fetched']}")
    echo(f"  articles new    {summary['articles_new']}")
    for kind, n in summary["facts"].items():
        echo(f"  {kind:15s} {n} new rows")
    with Store.open(db_path, read_only=True) as store:
        counts = store.counts()
        echo("In the database " + str(db_path) + ": " +
             ", ".join(f"{t} {counts.get(t, 0)}" for t in ("articles", *(s.table for s in FACT_TYPES))))
        for title, sql in EXAMPLES.items():
            echo(f"\nExample {title} facts:")
            frame = store.df(sql)
            for row in frame.astype(object).where(frame.notna(), None).to_dict("records"):
                head = ", ".join(f"{k}={v if v is not None else '–'}" for k, v in row.items()
                                 if k not in ("evidence", "url"))
                echo(f"  • {head}\n    evidence: “{row['evidence']}”\n    source:   {row['url']}")
    echo("\n" + NEXT)
    return summary
