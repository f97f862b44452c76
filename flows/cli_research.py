"""Research commands of the `warta` CLI (registered by flows/cli.py): `warta export`, `warta facts`,
`warta search`. All three only read the database (read-only opens: they never block a writer)."""
from __future__ import annotations

import difflib
import json
import re
from datetime import date, datetime
from pathlib import Path

import click

from flows.cliutil import UserError
from pipeline import config

_CODE = re.compile(r"^\d{2}\.\d{2}$")
_PROVINCE_CODE = re.compile(r"^\d{2}$")
#: Prefixes that say which kind of region a name means.
_KIND_PREFIXES = (("kabupaten ", "kabupaten"), ("kab. ", "kabupaten"), ("kab ", "kabupaten"),
                  ("pemkab ", "kabupaten"), ("kota ", "kota"), ("pemkot ", "kota"))


def _open_reader():
    from pipeline.store import Store

    return Store.open(config.db_path(), read_only=True)


# ---------------------------------------------------------------------- region lookup (pure)
def _region_label(region) -> str:
    return f"{'Kabupaten' if region.kind == 'kabupaten' else 'Kota'} {region.name}"


def resolve_region(text: str, gazetteer=None, names: list[dict] | None = None):
    """The gazetteer Region that `text` names: a code ("13.02"), an official name with or without
    prefix ("Solok", "Kabupaten Solok", "Kota Solok", "Kab. Solok") or a press alias ("HSS").
    Raises UserError for an unknown or ambiguous name (listing the candidates)."""
    from pipeline.gazetteer import get_gazetteer, load_names

    gaz = gazetteer or get_gazetteer()
    query = " ".join(text.split())
    if not query:
        raise UserError("give a region name or code, like \"Kabupaten Solok\" or 13.02")
    if _CODE.match(query):
        if query not in gaz.regions:
            raise UserError(f"no kabupaten/kota with code {query} in the gazetteer")
        return gaz.regions[query]
    if _PROVINCE_CODE.match(query):
        where = f" ({gaz.provinces[query].name})" if query in gaz.provinces else ""
        raise UserError(f"{query} is a province code{where}: give a kabupaten/kota code like {query}.01")
    kind, bare = None, query
    for prefix, k in _KIND_PREFIXES:
        if query.lower().startswith(prefix):
            kind, bare = k, query[len(prefix):].strip()
            break
    names = load_names() if names is None else names
    codes = sorted({c for entry in names if entry["surface"].lower() == bare.lower()
                    for c in entry["codes"] if c in gaz.regions})
    candidates = [gaz.regions[c] for c in codes if kind is None or gaz.regions[c].kind == kind]
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        labels = {_region_label(r).lower(): r for r in gaz.regions.values()}
        labels.update({r.name.lower(): r for r in gaz.regions.values()})
        close = difflib.get_close_matches(query.lower(), list(labels), n=3, cutoff=0.75)
        hint = ("; did you mean " + ", ".join(f"{_region_label(labels[c])} ({labels[c].code})" for c in close) + "?"
                if close else "")
        raise UserError(f"unknown region {query!r}{hint}")
    listed = ", ".join(f"{r.code} {_region_label(r)} ({gaz.provinces[r.province_code].name})" for r in candidates)
    raise UserError(f"{query!r} is ambiguous: {listed}; give the code (e.g. warta facts {candidates[0].code}) "
                    f"or the prefix (e.g. warta facts \"{_region_label(candidates[0])}\")")


# ---------------------------------------------------------------------- facts about one region
class RegionQuery:
    """What a fact type's region section (pipeline/facttypes/*/region.py) reads and prints with:
    rows of a query with the region code as its one parameter, source URLs with their dates."""

    def __init__(self, store, region):
        self.store, self.region = store, region
        self.dates = dict(store.query("SELECT url, coalesce(published, fetched_at) FROM articles")[1])

    def rows(self, sql: str) -> list[dict]:
        columns, data = self.store.query(sql, [self.region.code])
        return [dict(zip(columns, r)) for r in data]

    def sourced(self, urls) -> list[dict]:
        items = [{"url": u, "date": _iso(self.dates.get(u))} for u in (urls or [])]
        return sorted(items, key=lambda s: (s["date"] or "", s["url"]))

    iso = staticmethod(lambda value: _iso(value))
    day = staticmethod(lambda value: _day(value))

    @staticmethod
    def sources(items: list[dict]) -> list[str]:
        return [f"      {_day(s['date'])}  {s['url']}" for s in items]


def _sections():
    """(fact type name, its region section module) for every fact type that has one, in table order."""
    import importlib

    from pipeline.facttypes import FACT_TYPES

    return [(spec.name, importlib.import_module(spec.region)) for spec in FACT_TYPES if spec.region]


def region_facts(store, region) -> dict:
    """Everything the database knows about one region: a section per fact type (officeholders,
    compliance history, MPP status, …), each with its sources as (url, date). Plain JSON-ready data."""
    q = RegionQuery(store, region)
    province = store.query("SELECT name FROM gazetteer_provinces WHERE code = ?", [region.province_code])[1]
    mentions = store.query("SELECT count(DISTINCT article_id) FROM regions WHERE code = ?", [region.code])[1][0][0]
    return {"code": region.code, "name": region.name, "kind": region.kind, "label": _region_label(region),
            "province_code": region.province_code, "province": province[0][0] if province else None,
            "articles": mentions, **{name: section.facts(q) for name, section in _sections()}}


def _iso(value) -> str | None:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    return None if value is None else str(value)


def _day(value: str | None) -> str:
    return value[:10] if value else "date unknown"


def render_facts(facts: dict) -> str:
    """The terminal view of `region_facts`: a header, then each fact type's section."""
    lines = [f"{facts['label']} ({facts['code']}), {facts['province']}",
             f"{facts['articles']} article(s) mention it"]
    for name, section in _sections():
        lines += ["", section.TITLE, *section.lines(facts[name], RegionQuery)]
    return "\n".join(lines)


@click.command()
@click.argument("region")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def facts(region: str, fmt: str) -> None:
    """Everything known about one kabupaten/kota: officeholders, Ombudsman compliance history, MPP
    status and every other fact type, each with its sources (URL and date).

    REGION is a code (13.02), a name with or without prefix ("Solok", "Kabupaten Solok",
    "Kota Solok") or a press abbreviation (HSS). An ambiguous name lists the candidates.
    """
    found = resolve_region(region)
    with _open_reader() as store:
        data = region_facts(store, found)
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo(render_facts(data))


# ---------------------------------------------------------------------- search
def resolve_place(text: str, gazetteer=None) -> tuple[str, str]:
    """("province", code) for a province code or name ("13", "Sumatera Barat", "Provinsi Sumatera
    Barat"), else ("region", code) of the kabupaten/kota that resolve_region finds."""
    from pipeline.gazetteer import get_gazetteer

    gaz = gazetteer or get_gazetteer()
    query = " ".join(text.split())
    if _PROVINCE_CODE.match(query) and query in gaz.provinces:
        return "province", query
    bare = re.sub(r"^(provinsi|prov\.?)\s+", "", query, flags=re.IGNORECASE).lower()
    for p in gaz.provinces.values():
        if p.name.lower() == bare:
            return "province", p.code
    return "region", resolve_region(query, gaz).code


@click.command()
@click.argument("words", nargs=-1, required=True)
@click.option("-n", "--limit", type=click.IntRange(min=1), default=10, show_default=True, help="Most articles to show.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Only articles published (else fetched) on or after this day (YYYY-MM-DD).")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Only articles published (else fetched) on or before this day.")
@click.option("--portal", "portals", multiple=True, help="Only articles carried by this portal (repeatable).")
@click.option("--region", "places", multiple=True,
              help="Only articles that mention this kabupaten/kota or province: code (13.02, 13) or name (repeatable).")
@click.option("--fact", "facts_", multiple=True,
              help="Only articles with a fact of this type: compliance, mpp, officials, … (repeatable).")
@click.option("--any", "any_", is_flag=True, help="Match articles with any of the words, not all of them.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def search(words: tuple[str, ...], limit: int, since, until, portals, places, facts_, any_: bool, fmt: str) -> None:
    """Full-text search over stored articles, best first (BM25, Indonesian stemming).

    Every word must occur (--any: at least one); "a phrase in quotes" must occur as written;
    MPP finds "mal pelayanan publik" and the reverse (synonyms: data/search/synonyms.toml). The same
    queries work in `warta browse`. Prints each article's title, date, portal, URL and the passage that
    matches. Example: warta search '"mal pelayanan publik"' diresmikan --since 2023-01-01
    """
    from pipeline.store.search import Filters
    from pipeline.store.search import search as run_search

    query = " ".join(words)
    kinds: dict[str, list[str]] = {"region": [], "province": []}
    for place in places:
        kind, code = resolve_place(place)
        kinds[kind].append(code)
    if since and until and until < since:
        raise UserError("--until is before --since")
    filters = Filters(since=since.date() if since else None, until=until.date() if until else None,
                      portals=tuple(portals), regions=tuple(kinds["region"]), provinces=tuple(kinds["province"]),
                      facts=tuple(facts_))
    with _open_reader() as store:
        try:
            result = run_search(store.con, query, limit=limit, filters=filters, match="any" if any_ else "all")
        except ValueError as exc:
            raise UserError(str(exc)) from None
    if result.warning:
        click.echo(f"warning: {result.warning}", err=True)
    if fmt == "json":
        click.echo(json.dumps({"query": result.query, "method": result.method, "hits": [
            {"id": h.id, "title": h.title, "published": _iso(h.published), "portal": h.portal, "url": h.url,
             "score": round(h.score, 4), "snippet": h.snippet} for h in result.hits]}, ensure_ascii=False, indent=2))
        return
    if not result.hits:
        click.echo(f"no article matches {query!r}")
        return
    for n, h in enumerate(result.hits, 1):
        click.echo(f"{n}. {h.title or '(untitled)'}")
        click.echo(f"   {_day(_iso(h.published))} · {h.portal or 'unknown portal'} · {h.url}")
        click.echo(f"   {h.snippet}")
        click.echo("")


# ---------------------------------------------------------------------- export
@click.command()
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv"]), default="parquet", show_default=True)
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write into (created if missing).")
@click.option("--table", "tables", multiple=True,
              help="Table or view to export (repeatable). Default: every table and view.")
@click.option("--force", is_flag=True,
              help="Replace an earlier export in --out: only the files its manifest.json lists. A folder that "
                   "holds anything else is refused, with or without --force.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def export(fmt: str, out: Path, tables: tuple[str, ...], force: bool, quiet: bool) -> None:
    """Export tables and views to Parquet or CSV for analysis, with a manifest.json.

    Every file keeps every column with its type. Parquet: one file per table or view; articles (by
    publication year), compliance and compliance_history (by assessment year) are folders partitioned
    by year (year=2022/…) whose files also hold the year column. CSV: one file per table or view, list
    columns as JSON. manifest.json lists every table with its columns and types, row count and files,
    the extractor versions and the export time. --out must be empty or new, or hold an earlier export
    (replaced with --force); nothing else in it is ever touched. The database is opened read-only.
    """
    from pipeline.store.export import export as run_export

    manifest = run_export(config.db_path(), out, fmt=fmt, tables=list(tables) or None, overwrite=force,
                          progress=not quiet)
    total = sum(t["rows"] for t in manifest["tables"].values())
    click.echo(f"exported {len(manifest['tables'])} table(s), {total} rows, as {fmt} into {out} "
               f"(manifest: {out / 'manifest.json'})")


# ---------------------------------------------------------------------- browse
@click.command()
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True, envvar="WARTA_BROWSE_PORT",
              show_envvar=True, help="Port to serve on (0: any free port; the URL is printed).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (127.0.0.1: this machine only).")
def browse(port: int, host: str) -> None:
    """Browse the facts in a web browser (datasette): tables with facets, search, canned queries, maps.

    Serves a read-only SQLite snapshot of the database at http://HOST:PORT/warta (JSON: add .json,
    e.g. /warta/compliance.json). The pages of compliance, MPP and complaints and of each province
    show province maps; each province links to its facts. A stale snapshot is rebuilt first; one
    published by a later load is served from the next page on. Ctrl-C stops.
    """
    from pipeline.browse.server import BrowseError, serve

    try:
        serve(config.db_path(), host=host, port=port, echo=lambda line: click.echo(line))
    except BrowseError as exc:
        raise UserError(str(exc)) from None


COMMANDS: list = [browse, export, facts, search]
