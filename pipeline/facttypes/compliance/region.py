"""`warta facts REGION`: the Ombudsman compliance history of one kabupaten/kota (view
`compliance_history`, with each year's evidence sentences). See officials/region.py for `q`."""
from __future__ import annotations

TITLE = "Ombudsman compliance"


def facts(q) -> list[dict]:
    evidence: dict = {}
    for r in q.rows("SELECT c.year, c.evidence, a.url FROM compliance c JOIN articles a ON a.id = c.article_id "
                    "WHERE c.region_code = ? ORDER BY a.url"):
        evidence.setdefault(r["year"], []).append({"sentence": r["evidence"], "url": r["url"]})
    return [
        {"year": r["year"], "zone": r["zone"], "grade": r["grade"], "score": r["score"], "conflict": bool(r["conflict"]),
         "zones": r["zones"] or [], "grades": r["grades"] or [], "scores": r["scores"] or [],
         "sources": q.sourced(r["sources"]), "evidence": evidence.get(r["year"], [])}
        for r in q.rows("SELECT * FROM compliance_history WHERE level = 'region' AND code = ? "
                        "ORDER BY year DESC NULLS LAST")]


def lines(data: list[dict], q) -> list[str]:
    if not data:
        return ["  (no results reported)"]
    out = []
    for c in data:
        if c["conflict"]:
            what = "reports disagree: " + "; ".join(filter(None, [", ".join(c["zones"]), ", ".join(c["grades"]),
                                                                  ", ".join(f"{s:g}" for s in c["scores"])]))
        else:
            parts = [f"zona {c['zone']}" if c["zone"] else None, c["grade"],
                     f"score {c['score']:g}" if c["score"] is not None else None]
            what = ", ".join(p for p in parts if p) or "assessed (no zone, grade or score stated)"
        out.append(f"  {c['year'] if c['year'] is not None else 'year unknown'}: {what}")
        out.extend(q.sources(c["sources"]))
    return out
