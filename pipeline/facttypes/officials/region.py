"""`warta facts REGION`: the officeholders of one kabupaten/kota (view `officeholders`).

A region section takes `q`, the CLI's query helper for one region (`q.rows(sql)` with the region
code as its one parameter, `q.sourced(urls)`, `q.iso(value)`, `q.day(iso)`, `q.sources(items)`).
"""
from __future__ import annotations

TITLE = "Officeholders"


def facts(q) -> list[dict]:
    return [
        {"person": r["person"], "category": r["category"], "roles": sorted(r["roles"] or []),
         "first_seen": q.iso(r["first_seen"]), "last_seen": q.iso(r["last_seen"]), "sources": q.sourced(r["sources"])}
        for r in q.rows("SELECT * FROM officeholders WHERE region_code = ? ORDER BY category, first_seen, person")]


def lines(data: list[dict], q) -> list[str]:
    if not data:
        return ["  (none reported)"]
    out = []
    for o in data:
        seen = q.day(o["first_seen"]) if o["first_seen"] == o["last_seen"] else \
            f"{q.day(o['first_seen'])} – {q.day(o['last_seen'])}"
        out.append(f"  {o['person']}: {' / '.join(o['roles']) or o['category']}  [{o['category']}; seen {seen}]")
        out.extend(q.sources(o["sources"]))
    return out
