"""`warta facts REGION`: the Mal Pelayanan Publik of one kabupaten/kota (view `mpp_register`, with
the evidence of each status). See officials/region.py for `q`."""
from __future__ import annotations

TITLE = "Mal Pelayanan Publik"
STAGES = ("planned", "launched", "operating")


def facts(q) -> dict | None:
    mpp = None
    for r in q.rows("SELECT * FROM mpp_register WHERE region_code = ?"):
        mpp = {"stage": r["stage"], "locations": r["locations"] or [], "sources": q.sourced(r["sources"])}
        for stage in STAGES:
            mpp[f"{stage}_year"] = r[f"{stage}_year"]
            mpp[f"{stage}_first_seen"] = q.iso(r[f"{stage}_first_seen"])
        mpp["evidence"] = [{"status": e["status"], "year": e["year"], "sentence": e["evidence"], "url": e["url"]}
                           for e in q.rows("SELECT m.status, m.year, m.evidence, a.url FROM mpp m JOIN articles a "
                                           "ON a.id = m.article_id WHERE m.region_code = ? ORDER BY a.url")]
    return mpp


def lines(mpp: dict | None, q) -> list[str]:
    if not mpp:
        return ["  (no MPP reported)"]
    stages = [f"{s} {mpp[f'{s}_year'] or '(year not stated)'}" for s in STAGES if mpp[f"{s}_first_seen"]]
    out = [f"  stage: {mpp['stage']}  ({'; '.join(stages)})"]
    if mpp["locations"]:
        out.append(f"  location: {'; '.join(mpp['locations'])}")
    out.extend(q.sources(mpp["sources"]))
    return out
