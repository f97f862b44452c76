"""What the maps show, read from a Warta database: one row per province or kabupaten/kota, with the
facts behind each value (the regions counted, the years, the source URLs).

- compliance, per province: the latest assessment year with a kabupaten/kota result in the province;
  how many of the kabupaten/kota with a result that year are in zona hijau, kuning, merah, or have no
  zone (none stated, or reports disagree: view compliance_history). Per kabupaten/kota: the zone of its
  latest assessment year.
- mpp, per province: kabupaten/kota whose Mal Pelayanan Publik is launched or operating, and those
  only planned (view mpp_register). Per kabupaten/kota: the furthest stage.
- complaints, per province: reports received by the Ombudsman office of the province in the latest year
  with a figure for the office as a whole; per kabupaten/kota: reports about that region in its latest
  year. A year's figure grows through the year (a semester, "hingga November"), so the largest figure
  stated for a year counts, and every figure stated is listed. Figures without a year (a span of
  several years) are not mapped. A database with no complaints facts (no `complaints` table, or an empty one) gives None.

Each function takes an open Store (read-only is enough) and returns a MapData; `table` is a pandas
DataFrame with columns `code`, `name`, `label` (the text written on the map), `tooltip` (the facts
behind it, one line each) and `sources` (article URLs), plus the kind's own value columns.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from pipeline.gazetteer import get_gazetteer

KINDS = ("compliance", "mpp", "complaints")
LEVELS = ("province", "region")
ZONES = ("hijau", "kuning", "merah")
STAGES = ("planned", "launched", "operating")


@dataclass
class MapData:
    kind: str              # compliance | mpp | complaints
    level: str             # province | region
    title: str
    rule: str              # how each value is chosen, one sentence (printed under the map)
    table: pd.DataFrame    # one row per area that has facts

    def facts(self) -> pd.DataFrame:
        """The table without the drawing columns: what a reader checks the map against."""
        return self.table.drop(columns=["label", "tooltip"], errors="ignore")


def region_label(code: str) -> str:
    """"Kota Kediri" / "Kediri": kota carry their prefix, kabupaten the bare name (the press's usage)."""
    region = get_gazetteer().regions[code]
    return f"Kota {region.name}" if region.kind == "kota" else region.name


def full_region_label(code: str) -> str:
    region = get_gazetteer().regions[code]
    return f"{'Kota' if region.kind == 'kota' else 'Kabupaten'} {region.name}"


def _province_name(code: str) -> str:
    return get_gazetteer().provinces[code].name


def _sources(lists) -> list[str]:
    """Distinct URLs of several source lists, in first-seen order."""
    return list(dict.fromkeys(u for urls in lists for u in (urls if urls is not None else []) if u))


def map_data(store, kind: str, level: str = "province") -> MapData | None:
    """The MapData of `kind` at `level`; None for complaints in a database without that table."""
    if kind not in KINDS:
        raise ValueError(f"unknown map {kind!r}: use one of {', '.join(KINDS)}")
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}: use one of {', '.join(LEVELS)}")
    return _BUILDERS[(kind, level)](store)


# ---------------------------------------------------------------------- compliance
_COMPLIANCE = """
    SELECT g.province_code, h.code, h.year, h.zone, h.grade, h.conflict, h.sources
    FROM compliance_history h JOIN gazetteer_regions g ON g.code = h.code
    WHERE h.level = 'region' AND h.year IS NOT NULL
    ORDER BY g.province_code, h.year, h.code"""


def _compliance_rows(store) -> pd.DataFrame:
    rows = store.df(_COMPLIANCE)
    rows["zone"] = rows["zone"].astype(object).where(rows["zone"].notna(), None)
    rows["year"] = rows["year"].astype(int)
    return rows


def _zone_text(row) -> str:
    if row.zone:
        return row.zone
    return "reports disagree" if row.conflict else "no zone stated"


def compliance_by_province(store) -> MapData:
    rows = _compliance_rows(store)
    out = []
    for province, results in rows.groupby("province_code", sort=True):
        year = results["year"].max()
        latest = results[results["year"] == year]
        counts = {z: int((latest["zone"] == z).sum()) for z in ZONES}
        n = len(latest)
        regions = [f"{region_label(r.code)} ({r.code}): {_zone_text(r)}" for r in latest.itertuples()]
        name = _province_name(province)
        shares = ", ".join(f"{z} {counts[z]}" for z in ZONES) + (f", no zone {n - sum(counts.values())}"
                                                                  if n > sum(counts.values()) else "")
        out.append(dict(code=province, name=name, year=int(year), n=n, **counts,
                        **{f"share_{z}": counts[z] / n for z in ZONES},
                        no_zone=n - sum(counts.values()),
                        regions=regions, sources=_sources(latest["sources"]),
                        label=None,  # per panel: "k/n", see the renderer
                        tooltip="\n".join([f"{name} ({province}): assessment {year}, n={n} kabupaten/kota",
                                           shares, *regions])))
    table = pd.DataFrame(out, columns=["code", "name", "year", "n", *ZONES, *(f"share_{z}" for z in ZONES),
                                       "no_zone", "regions", "sources", "label", "tooltip"])
    return MapData("compliance", "province", "Ombudsman compliance zones: share of assessed kabupaten/kota",
                   "Latest assessment year with a kabupaten/kota result in each province; "
                   "the label is regions in the zone / regions with a result that year (n), and the year.", table)


def compliance_by_region(store) -> MapData:
    rows = _compliance_rows(store)
    latest = rows.sort_values(["code", "year"]).groupby("code", sort=True).tail(1)
    out = []
    for r in latest.itertuples():
        history = rows[rows["code"] == r.code]
        label = region_label(r.code)
        out.append(dict(code=r.code, name=label, province_code=r.province_code, year=int(r.year), zone=r.zone,
                        zone_text=_zone_text(r), grade=r.grade, sources=list(r.sources),
                        label=f"{label}\n{r.year}",
                        tooltip="\n".join([f"{full_region_label(r.code)} ({r.code}), {_province_name(r.province_code)}",
                                           *(f"{h.year}: {_zone_text(h)}" + (f" ({h.grade})" if h.grade else "")
                                             for h in history.itertuples())])))
    table = pd.DataFrame(out, columns=["code", "name", "province_code", "year", "zone", "zone_text", "grade",
                                       "sources", "label", "tooltip"])
    return MapData("compliance", "region", "Ombudsman compliance zone of each kabupaten/kota",
                   "The zone of each kabupaten/kota's latest assessment year with a result (the year is under its name).",
                   table)


# ---------------------------------------------------------------------- MPP
_MPP = """
    SELECT region_code AS code, province_code, stage, planned_year, launched_year, operating_year, sources
    FROM mpp_register ORDER BY province_code, region_code"""


def _stage_text(r) -> str:
    year = {"planned": r.planned_year, "launched": r.launched_year, "operating": r.operating_year}[r.stage]
    if r.stage == "operating" and pd.isna(year) and not pd.isna(r.launched_year):
        return f"operating (launched {int(r.launched_year)})"
    return r.stage + ("" if pd.isna(year) else f" {int(year)}")


def mpp_by_province(store) -> MapData:
    rows = store.df(_MPP)
    out = []
    for province, group in rows.groupby("province_code", sort=True):
        open_ = group[group["stage"].isin(["launched", "operating"])]
        planned = group[group["stage"] == "planned"]
        regions = [f"{region_label(r.code)} ({r.code}): {_stage_text(r)}" for r in group.itertuples()]
        name = _province_name(province)
        label = str(len(open_)) + (f" +{len(planned)} planned" if len(planned) else "")
        out.append(dict(code=province, name=name, open=len(open_), planned=len(planned), regions=regions,
                        sources=_sources(group["sources"]), label=label,
                        tooltip="\n".join([f"{name} ({province}): {len(open_)} MPP launched or operating, "
                                           f"{len(planned)} planned", *regions])))
    table = pd.DataFrame(out, columns=["code", "name", "open", "planned", "regions", "sources", "label", "tooltip"])
    return MapData("mpp", "province", "Mal Pelayanan Publik: kabupaten/kota with an MPP launched or operating",
                   "All years; the label adds the kabupaten/kota whose MPP is only planned.", table)


def mpp_by_region(store) -> MapData:
    rows = store.df(_MPP)
    out = []
    for r in rows.itertuples():
        label = region_label(r.code)
        out.append(dict(code=r.code, name=label, province_code=r.province_code, stage=r.stage,
                        stage_text=_stage_text(r), sources=list(r.sources),
                        label=f"{label}\n{_stage_text(r).split(' (')[0]}",
                        tooltip=f"{full_region_label(r.code)} ({r.code}), {_province_name(r.province_code)}\n"
                                f"MPP {_stage_text(r)}"))
    table = pd.DataFrame(out, columns=["code", "name", "province_code", "stage", "stage_text", "sources", "label",
                                       "tooltip"])
    return MapData("mpp", "region", "Mal Pelayanan Publik of each kabupaten/kota: furthest stage reported",
                   "The furthest stage any article reports (planned, launched, operating), with its year.", table)


# ---------------------------------------------------------------------- complaints
def has_complaints(store) -> bool:
    """Whether the database holds complaints facts: not one from before that fact type (no table), nor
    one whose articles state none yet (an empty table: no map of nothing is drawn)."""
    _, rows = store.query("SELECT count(*) FROM information_schema.tables "
                          "WHERE table_schema = 'main' AND table_name = 'complaints'")
    return rows[0][0] > 0 and store.query("SELECT EXISTS (SELECT 1 FROM complaints)")[1][0][0]


def _complaints(store, level: str) -> pd.DataFrame | None:
    """Per (area, year): the largest count, every count stated, the sources."""
    if not has_complaints(store):
        return None
    columns = {c for c, in store.query("SELECT column_name FROM information_schema.columns "
                                       "WHERE table_schema = 'main' AND table_name = 'complaints'")[1]}
    has_articles = "article_id" in columns
    area = "c.province_code" if level == "province" else "c.region_code"
    where = "c.region_code IS NULL" if level == "province" else "c.region_code IS NOT NULL"
    return store.df(f"""
        SELECT {area} AS code, c.year, max(c."count") AS count, list(DISTINCT c."count" ORDER BY c."count") AS counts,
               {"list(DISTINCT a.url ORDER BY a.url)" if has_articles else "[]::VARCHAR[]"} AS sources
        FROM complaints c {"JOIN articles a ON a.id = c.article_id" if has_articles else ""}
        WHERE {where} AND {area} IS NOT NULL AND c.year IS NOT NULL AND c."count" IS NOT NULL
        GROUP BY ALL ORDER BY code, c.year""")


def _complaints_map(store, level: str) -> MapData | None:
    rows = _complaints(store, level)
    if rows is None:
        return None
    gaz = get_gazetteer()
    known = gaz.provinces if level == "province" else gaz.regions
    rows = rows[rows["code"].isin(list(known))]
    out = []
    for code, years in rows.groupby("code", sort=True):
        last = years.iloc[-1]
        if level == "province":
            name = _province_name(code)
            head = f"Ombudsman RI Perwakilan {name} ({code})"
        else:
            name = region_label(code)
            head = f"{full_region_label(code)} ({code}), {_province_name(gaz.regions[code].province_code)}"
        history = [f"{int(y.year)}: {int(y.count):,} reports" + (
            f" (figures stated: {', '.join(f'{int(c):,}' for c in y.counts)})" if len(y.counts) > 1 else "")
            for y in years.itertuples()]
        out.append(dict(code=code, name=name, year=int(last.year), count=int(last["count"]),
                        counts=[int(c) for c in last["counts"]], sources=list(last["sources"]),
                        label=f"{int(last['count']):,} ({int(last.year)})", tooltip="\n".join([head, *history])))
    table = pd.DataFrame(out, columns=["code", "name", "year", "count", "counts", "sources", "label", "tooltip"])
    if level == "province":
        return MapData("complaints", "province", "Reports received by the Ombudsman office of each province",
                       "Latest year with a figure for the office as a whole; the largest figure stated for that year.",
                       table)
    return MapData("complaints", "region", "Reports to the Ombudsman about each kabupaten/kota",
                   "Latest year with a figure; the largest figure stated for that year.", table)


_BUILDERS = {
    ("compliance", "province"): compliance_by_province,
    ("compliance", "region"): compliance_by_region,
    ("mpp", "province"): mpp_by_province,
    ("mpp", "region"): mpp_by_region,
    ("complaints", "province"): lambda store: _complaints_map(store, "province"),
    ("complaints", "region"): lambda store: _complaints_map(store, "region"),
}
