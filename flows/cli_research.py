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
def region_facts(store, region) -> dict:
    """Everything the database knows about one region: officeholders, compliance history and MPP
    status, each with its sources as (url, date). Plain JSON-ready data."""
    dates = dict(store.query("SELECT url, coalesce(published, fetched_at) FROM articles")[1])

    def sourced(urls) -> list[dict]:
        items = [{"url": u, "date": _iso(dates.get(u))} for u in (urls or [])]
        return sorted(items, key=lambda s: (s["date"] or "", s["url"]))

    def rows(sql: str) -> list[dict]:
        columns, data = store.query(sql, [region.code])
        return [dict(zip(columns, r)) for r in data]

    province = store.query("SELECT name FROM gazetteer_provinces WHERE code = ?", [region.province_code])[1]
    mentions = store.query("SELECT count(DISTINCT article_id) FROM regions WHERE code = ?", [region.code])[1][0][0]
    officials = [
        {"person": r["person"], "category": r["category"], "roles": sorted(r["roles"] or []),
         "first_seen": _iso(r["first_seen"]), "last_seen": _iso(r["last_seen"]), "sources": sourced(r["sources"])}
        for r in rows("SELECT * FROM officeholders WHERE region_code = ? ORDER BY category, first_seen, person")]
    evidence = {}
    for r in rows("SELECT c.year, c.evidence, a.url FROM compliance c JOIN articles a ON a.id = c.article_id "
                  "WHERE c.region_code = ? ORDER BY a.url"):
        evidence.setdefault(r["year"], []).append({"sentence": r["evidence"], "url": r["url"]})
    compliance = [
        {"year": r["year"], "zone": r["zone"], "grade": r["grade"], "score": r["score"], "conflict": bool(r["conflict"]),
         "zones": r["zones"] or [], "grades": r["grades"] or [], "scores": r["scores"] or [],
         "sources": sourced(r["sources"]), "evidence": evidence.get(r["year"], [])}
        for r in rows("SELECT * FROM compliance_history WHERE level = 'region' AND code = ? "
                      "ORDER BY year DESC NULLS LAST")]
    mpp = None
    for r in rows("SELECT * FROM mpp_register WHERE region_code = ?"):
        mpp = {"stage": r["stage"], "locations": r["locations"] or [], "sources": sourced(r["sources"])}
        for stage in ("planned", "launched", "operating"):
            mpp[f"{stage}_year"] = r[f"{stage}_year"]
            mpp[f"{stage}_first_seen"] = _iso(r[f"{stage}_first_seen"])
        mpp["evidence"] = [{"status": e["status"], "year": e["year"], "sentence": e["evidence"], "url": e["url"]}
                           for e in rows("SELECT m.status, m.year, m.evidence, a.url FROM mpp m JOIN articles a "
                                         "ON a.id = m.article_id WHERE m.region_code = ? ORDER BY a.url")]
    return {"code": region.code, "name": region.name, "kind": region.kind, "label": _region_label(region),
            "province_code": region.province_code, "province": province[0][0] if province else None,
            "articles": mentions, "officials": officials, "compliance": compliance, "mpp": mpp}


def _iso(value) -> str | None:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    return None if value is None else str(value)


def _day(value: str | None) -> str:
    return value[:10] if value else "date unknown"


def render_facts(facts: dict) -> str:
    """The terminal view of `region_facts`."""
    lines = [f"{facts['label']} ({facts['code']}), {facts['province']}",
             f"{facts['articles']} article(s) mention it", ""]

    def sources(items: list[dict]) -> list[str]:
        return [f"      {_day(s['date'])}  {s['url']}" for s in items]

    lines.append("Officeholders")
    if not facts["officials"]:
        lines.append("  (none reported)")
    for o in facts["officials"]:
        seen = _day(o["first_seen"]) if o["first_seen"] == o["last_seen"] else \
            f"{_day(o['first_seen'])} – {_day(o['last_seen'])}"
        lines.append(f"  {o['person']}: {' / '.join(o['roles']) or o['category']}  [{o['category']}; seen {seen}]")
        lines.extend(sources(o["sources"]))
    lines += ["", "Ombudsman compliance"]
    if not facts["compliance"]:
        lines.append("  (no results reported)")
    for c in facts["compliance"]:
        if c["conflict"]:
            what = "reports disagree: " + "; ".join(filter(None, [", ".join(c["zones"]), ", ".join(c["grades"]),
                                                                  ", ".join(f"{s:g}" for s in c["scores"])]))
        else:
            parts = [f"zona {c['zone']}" if c["zone"] else None, c["grade"],
                     f"score {c['score']:g}" if c["score"] is not None else None]
            what = ", ".join(p for p in parts if p) or "assessed (no zone, grade or score stated)"
        lines.append(f"  {c['year'] if c['year'] is not None else 'year unknown'}: {what}")
        lines.extend(sources(c["sources"]))
    lines += ["", "Mal Pelayanan Publik"]
    mpp = facts["mpp"]
    if not mpp:
        lines.append("  (no MPP reported)")
    else:
        stages = [f"{s} {mpp[f'{s}_year'] or '(year not stated)'}" for s in ("planned", "launched", "operating")
                  if mpp[f"{s}_first_seen"]]
        lines.append(f"  stage: {mpp['stage']}  ({'; '.join(stages)})")
        if mpp["locations"]:
            lines.append(f"  location: {'; '.join(mpp['locations'])}")
        lines.extend(sources(mpp["sources"]))
    return "\n".join(lines)


@click.command()
@click.argument("region")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def facts(region: str, fmt: str) -> None:
    """Everything known about one kabupaten/kota: officeholders, Ombudsman compliance history and
    MPP status, each with its sources (URL and date).

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
@click.command()
@click.argument("words", nargs=-1, required=True)
@click.option("-n", "--limit", type=click.IntRange(min=1), default=10, show_default=True, help="Most articles to show.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def search(words: tuple[str, ...], limit: int, fmt: str) -> None:
    """Full-text search over stored articles, best first (BM25, Indonesian stemming).

    Prints each article's title, date, portal, URL and the passage that matches. Example:
    warta search "mal pelayanan publik diresmikan" --limit 5
    """
    from pipeline.store.search import search as run_search

    query = " ".join(words)
    with _open_reader() as store:
        try:
            result = run_search(store.con, query, limit=limit)
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
@click.option("--force", is_flag=True, help="Replace files left in --out by an earlier export.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def export(fmt: str, out: Path, tables: tuple[str, ...], force: bool, quiet: bool) -> None:
    """Export tables and views to Parquet or CSV for analysis, with a manifest.json.

    One file per table or view; articles (by publication year), compliance and compliance_history
    (by assessment year) are folders partitioned by year (year=2022/…). manifest.json lists every
    table with its row count and files, the extractor versions and the export time. The database
    is opened read-only.
    """
    from pipeline.store.export import export as run_export

    manifest = run_export(config.db_path(), out, fmt=fmt, tables=list(tables) or None, overwrite=force,
                          progress=not quiet)
    total = sum(t["rows"] for t in manifest["tables"].values())
    click.echo(f"exported {len(manifest['tables'])} table(s), {total} rows, as {fmt} into {out} "
               f"(manifest: {out / 'manifest.json'})")


COMMANDS: list = [export, facts, search]
