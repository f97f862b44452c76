"""Every `warta` command, as a user types it, with no fixture-provided configuration: the real default
portal table (data/portals.toml), the default paths under a temporary WARTA_DATA, Prefect's defaults.

The user environments and their memory of commands already run are tests/userenv.py's (a command
that README.md also shows runs once for both). Commands that need the internet reach loopback
stand-ins of the configured portals through a proxy (tests/standin.py says why that is the same code
path). `ACCEPTANCE` names each command's test; a command without one fails
`test_every_command_has_an_acceptance_test` (add yours when you add a command).
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from flows.cli import cli
from pipeline.store import Store
from spiders.portals import load_portals

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(1800)]

ACCEPTANCE = {
    "article": "test_article_map_and_browse_on_the_demo",
    "browse": "test_article_map_and_browse_on_the_demo",
    "map": "test_article_map_and_browse_on_the_demo",
    "crawl": "test_crawl_every_portal_of_the_default_table",
    "demo": "test_demo_and_the_research_commands_on_its_database",
    "eval": "test_extract_and_eval_from_the_checkout",
    "export": "test_demo_and_the_research_commands_on_its_database",
    "extract": "test_extract_and_eval_from_the_checkout",
    "facts": "test_demo_and_the_research_commands_on_its_database",
    "query": "test_demo_and_the_research_commands_on_its_database",
    "reprocess": "test_reprocess_the_demo_database",
    "run": "test_run_the_default_table",
    "search": "test_demo_and_the_research_commands_on_its_database",
    "serve": "test_serve_the_default_table",
}


def test_every_command_has_an_acceptance_test():
    assert set(ACCEPTANCE) == set(cli.commands), "add the new command's acceptance test to ACCEPTANCE"
    assert all(name in globals() for name in ACCEPTANCE.values())


def ok(result) -> str:
    assert result.returncode == 0, result.line()
    assert "Traceback" not in result.output, result.line()
    return result.output


def entry_points() -> dict[str, list[str]]:
    return {p.key: [*p.sitemaps, *p.feeds, *p.listings] for p in load_portals()}


def test_demo_and_the_research_commands_on_its_database(demo_env):
    db = demo_env.data / "warta.duckdb"
    with Store.open(db, read_only=True) as store:
        counts = store.counts()
    assert counts["articles"] >= 30 and counts["compliance"] > 0 and counts["mpp"] > 0
    assert re.search(r"\bn\s*\n\s*\d{2,}", ok(demo_env.run('.venv/bin/warta query "SELECT count(*) AS n FROM articles"')))
    assert "Kabupaten Solok (13.02), Sumatera Barat" in ok(demo_env.run(".venv/bin/warta facts 13.02"))
    assert "1. " in ok(demo_env.run('.venv/bin/warta search "mal pelayanan publik"'))
    out = ok(demo_env.run(".venv/bin/warta export --format parquet --out exports/"))  # as the README shows it
    assert "exported" in out and (demo_env.cwd / "exports" / "manifest.json").is_file()


def test_extract_and_eval_from_the_checkout(demo_env):
    out = ok(demo_env.run("head -n 3 tests/fixtures/gold/dev.jsonl | .venv/bin/warta extract"))
    lines = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert len(lines) == 3 and all("mpp" in x for x in lines)
    assert "mpp.region+status" in ok(demo_env.run(".venv/bin/warta eval tests/fixtures/gold/holdout3.jsonl"))


def test_article_map_and_browse_on_the_demo(demo_env):
    import urllib.request

    out = ok(demo_env.run(".venv/bin/warta article tests/fixtures/html/records.jsonl"))
    records = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert records and all(r.get("text") or r.get("error") for r in records) and any(r.get("title") for r in records)
    assert "wrote maps/mpp.html" in ok(demo_env.run(".venv/bin/warta map mpp --out maps/mpp.html"))
    assert (demo_env.cwd / "maps" / "mpp.html").stat().st_size > 10_000
    pages = {}

    def fetch(shown: str) -> None:  # from another shell while it serves: a page of the JSON API
        base = re.search(r"Serving the facts at (http://127\.0\.0\.1:\d+)/warta", shown).group(1)
        with urllib.request.urlopen(f"{base}/warta/mpp.json?_shape=array", timeout=60) as response:
            pages["mpp"] = json.loads(response.read())

    result, leftover = demo_env.run_until(".venv/bin/warta browse --port 0", "Serving the facts at", meanwhile=fetch)
    assert result.returncode in (0, -15, 143) and not leftover, result.line()
    assert pages["mpp"] and {"region_code", "status", "evidence"} <= set(pages["mpp"][0])


def test_reprocess_the_demo_database(demo_env):
    out = ok(demo_env.run(".venv/bin/warta reprocess"))
    assert "extractor version:" in out and "articles:          0" in out  # the demo is current: nothing to do


def test_run_the_default_table(portals_env, standins):
    """`warta run` with the real table: every configured entry point is requested as written, every
    portal is healthy, and their articles are loaded."""
    out = ok(portals_env.run(".venv/bin/warta run"))
    keys = list(entry_points())
    assert f"health:         {len(keys)} ok, 0 failed" in out and "flow run state: Completed" in out
    requested = set(standins.requests)
    missing = {k: [u for u in urls if u not in requested] for k, urls in entry_points().items()}
    assert not {k: v for k, v in missing.items() if v}, missing
    with Store.open(portals_env.data / "warta.duckdb", read_only=True) as store:
        loaded = {p for (p,) in store.query("SELECT DISTINCT portal FROM sources")[1]}
    assert set(keys) <= loaded, sorted(set(keys) - loaded)
    assert standins.refused == []


def test_crawl_every_portal_of_the_default_table(portals_env):
    """`warta crawl` without --portal (it crashed on the default table): one JSON line per portal."""
    out = ok(portals_env.run(".venv/bin/warta crawl"))
    lines = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert [x["portal"] for x in lines] == list(entry_points())
    assert all(x["health"] == "ok" for x in lines), [x for x in lines if x["health"] != "ok"]


def test_serve_the_default_table(portals_env):
    """`warta serve` with the defaults but the port (4200 may be taken on a shared machine): it serves
    the UI and API, and stops cleanly leaving no process behind. A run through it: tests/flows/test_serve.py."""
    from flows.deploy import _free_port

    port = _free_port()
    result, leftover = portals_env.run_until(f".venv/bin/warta serve --port {port}", "serving nightly/warta-nightly")
    assert f"export PREFECT_API_URL=http://127.0.0.1:{port}/api" in result.output, result.line()
    assert result.returncode == 143 and not leftover, result.line()
    assert "Traceback" not in result.output, result.line()
    assert not list(Path(portals_env.data, "running").glob("*.json"))
    assert os.path.isfile(portals_env.data / "prefect" / "server.log")
