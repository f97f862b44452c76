"""`warta facts REGION`: reports to the Ombudsman about one kabupaten/kota (view `complaint_counts`).
See officials/region.py for `q`."""
from __future__ import annotations

TITLE = "Reports to the Ombudsman"


def facts(q) -> list[dict]:
    return [{"year": r["year"], "count": r["count"], "conflict": bool(r["conflict"]), "counts": r["counts"] or [],
             "office_province_code": r["province_code"], "sources": q.sourced(r["sources"])}
            for r in q.rows("SELECT * FROM complaint_counts WHERE region_code = ? ORDER BY year DESC NULLS LAST")]


def lines(data: list[dict], q) -> list[str]:
    if not data:
        return ["  (no report counts)"]
    out = []
    for c in data:
        what = (f"{c['count']} reports" if not c["conflict"]
                else "reports disagree: " + ", ".join(str(n) for n in c["counts"]))
        out.append(f"  {c['year'] if c['year'] is not None else 'period of several years'}: {what}")
        out.extend(q.sources(c["sources"]))
    return out
