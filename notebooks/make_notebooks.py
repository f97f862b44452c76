"""Write the analysis notebooks of notebooks/ from the cell sources below, without outputs.

    .venv/bin/python notebooks/make_notebooks.py          # rewrite 01_explore.ipynb … 05_complaints.ipynb

Edit the cells here, not in Jupyter (or strip outputs before committing: a test checks that committed
notebooks carry no outputs or execution counts). Each notebook reads the database read-only from
WARTA_DB (else data/warta.duckdb, see pipeline.config) and never builds the spaCy pipeline.
"""
from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent
#: The Jupyter kernel of the project's environment, registered as the README says
#: (`.venv/bin/python -m ipykernel install --user --name warta --display-name "Python (warta)"`).
KERNEL, KERNEL_DISPLAY_NAME = "warta", "Python (warta)"

OPEN = """\
import os, sys
from pathlib import Path
sys.path.insert(0, str(Path.cwd().parent))  # the repository, when Jupyter starts in notebooks/
import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import display
from pipeline import config, maps
from pipeline.store import Store

pd.set_option("display.max_colwidth", 120)
DB = config.db_path()  # WARTA_DB, else data/warta.duckdb
store = Store.open(DB, read_only=True)
print(f"database {DB}: schema version {store.schema_version()}")"""

ZONE_COLOURS = '{"hijau": "#2e7d32", "kuning": "#f9a825", "merah": "#c62828", None: "#9e9e9e"}'
BOUNDARIES_PARAMETER = """\
# A kabupaten/kota (ADM2) boundary file: GeoJSON or TopoJSON in longitude/latitude whose features carry
# Kemendagri codes (13.02) or BPS codes (1303), e.g. "/data/idn_adm2.geojson". None: a tile grid instead.
BOUNDARIES = None"""
REGION_LEVEL = ("Drawn on the boundary file that `BOUNDARIES` names (a licensed ADM2 file, joined by Kemendagri "
                "code or through the BPS crosswalk); without one, as tiles grouped by province, each named.")
ADM2 = """\
adm2 = maps.region_boundaries(BOUNDARIES) if BOUNDARIES else None
if adm2 is not None:
    print(adm2.summary())
"""


def explore() -> list:
    return [
        new_markdown_cell("# Warta quick start\n\nOpen the database read-only, then query the facts with SQL "
                          "(`store.df(sql)` returns a pandas DataFrame). Every fact row keeps its evidence sentence "
                          "and its article's URL. Tables and views are described in docs/schema.md."),
        new_code_cell(OPEN),
        new_code_cell("counts = pd.Series(store.counts(), name='rows')\ncounts.to_frame()"),
        new_markdown_cell("## Regions most written about"),
        new_code_cell("""\
regions = store.df('''
    SELECT r.code, r.kind, r.name, p.name AS province, count(DISTINCT r.article_id) AS articles
    FROM regions r JOIN gazetteer_provinces p ON p.code = r.province_code
    GROUP BY ALL ORDER BY articles DESC, r.code LIMIT 15''')
regions"""),
        new_markdown_cell("## Officials, with the sentence that names them"),
        new_code_cell("""\
officials = store.df('''
    SELECT o.name, o.role, o.category, o.region_code, o.evidence, a.url
    FROM officials o JOIN articles a ON a.id = o.article_id
    ORDER BY o.region_code NULLS LAST, o.name LIMIT 15''')
officials"""),
        new_markdown_cell("## Ombudsman compliance results"),
        new_code_cell("""\
compliance = store.df('''
    SELECT c.region_code, g.name AS region, c.year, c.zone, c.grade, c.score, c.evidence, a.url
    FROM compliance c JOIN articles a ON a.id = c.article_id
    LEFT JOIN gazetteer_regions g ON g.code = c.region_code
    ORDER BY c.year DESC NULLS LAST, c.region_code LIMIT 15''')
compliance"""),
        new_markdown_cell("With pandas: how many results per zone, by province."),
        new_code_cell("""\
history = store.df("SELECT * FROM compliance_history WHERE level = 'region'")
provinces = store.df("SELECT code AS province_code, name AS province FROM gazetteer_provinces")
zones = (history.merge(provinces, on="province_code")
         .pivot_table(index="province", columns="zone", values="code", aggfunc="count", fill_value=0))
zones"""),
        new_markdown_cell("## Mal Pelayanan Publik"),
        new_code_cell("""\
mpp = store.df('''
    SELECT m.region_code, g.name AS region, m.status, m.year, m.location, m.evidence, a.url
    FROM mpp m JOIN articles a ON a.id = m.article_id
    LEFT JOIN gazetteer_regions g ON g.code = m.region_code
    ORDER BY m.region_code NULLS LAST, m.status''')
mpp"""),
        new_code_cell("store.close()"),
    ]


def compliance() -> list:
    return [
        new_markdown_cell("# Ombudsman compliance zones: where, and how they changed\n\n"
                          "Results of the Ombudsman's compliance assessment per kabupaten/kota (view "
                          "`compliance_history`): zona hijau, kuning or merah; grey where reports give no zone or "
                          "disagree. Every map and chart names its regions; the tables list the sources."),
        new_code_cell(BOUNDARIES_PARAMETER, metadata={"tags": ["parameters"]}),
        new_code_cell(OPEN),
        new_markdown_cell("## Where: share of kabupaten/kota per zone, by province\n\n"
                          "Each province shows its latest assessment year with a kabupaten/kota result; the label "
                          "is the regions in the zone out of those with a result that year (n), and the year."),
        new_code_cell('province_map = maps.draw(store, "compliance")\nprovince_map'),
        new_code_cell('province_map.data.facts()[["code", "name", "year", "n", "hijau", "kuning", "merah", "no_zone", '
                      '"regions", "sources"]]'),
        new_markdown_cell("## Kabupaten/kota: the zone of each one's latest assessment\n\n" + REGION_LEVEL),
        new_code_cell(ADM2 + 'region_map = maps.draw(store, "compliance", level="region", boundaries=adm2)\nregion_map'),
        new_code_cell('region_map.data.facts()[["code", "name", "year", "zone_text", "grade", "sources"]]'),
        new_markdown_cell("## When: every assessed kabupaten/kota by assessment year\n\n"
                          "One row per kabupaten/kota, one column per year; the letter is the zone (H hijau, K "
                          "kuning, M merah, ? none stated or reports disagree)."),
        new_code_cell(f"""\
ZONE_COLOURS = {ZONE_COLOURS}
points = store.df('''
    SELECT p.name AS province, h.year, h.code, h.zone, h.grade, h.conflict, h.sources
    FROM compliance_history h
    JOIN gazetteer_provinces p ON p.code = h.province_code
    WHERE h.level = 'region' AND h.year IS NOT NULL
    ORDER BY province, h.code, h.year''')
points["zone"] = points["zone"].astype(object).where(points["zone"].notna(), None)
points["region"] = points["code"].map(maps.region_label)
print(len(points), "results,", points["code"].nunique(), "kabupaten/kota,", points["province"].nunique(), "provinces")"""),
        new_code_cell("""\
rows = points[["province", "code", "region"]].drop_duplicates().reset_index(drop=True)
row_of = {code: i for i, code in enumerate(rows["code"])}
years = list(range(points["year"].min(), points["year"].max() + 1))
fig, ax = plt.subplots(figsize=(0.6 * len(years) + 5.5, 0.24 * len(rows) + 1.6))
for r in points.itertuples():
    x, y = years.index(r.year), row_of[r.code]
    ax.add_patch(plt.Rectangle((x - 0.45, y - 0.42), 0.9, 0.84, color=ZONE_COLOURS.get(r.zone, ZONE_COLOURS[None])))
    ax.text(x, y, {"hijau": "H", "kuning": "K", "merah": "M"}.get(r.zone, "?"), ha="center", va="center",
            fontsize=7, color="black" if r.zone == "kuning" else "white")
ax.set_xlim(-0.6, len(years) - 0.4)
ax.set_ylim(len(rows) - 0.5, -0.5)
ax.set_xticks(range(len(years)), [str(y) for y in years])
ax.set_yticks(range(len(rows)), [f"{r.province} · {r.region} ({r.code})" for r in rows.itertuples()], fontsize=7.5)
ax.xaxis.tick_top()
for i in rows.index[rows["province"] != rows["province"].shift()][1:]:  # a line between provinces
    ax.axhline(i - 0.5, color="#9e9e9e", linewidth=0.6)
ax.set_title("Ombudsman compliance zone of each kabupaten/kota, by assessment year", pad=24)
ax.legend(handles=[plt.Rectangle((0, 0), 1, 1, color=c, label=z or "no zone / disputed")
                   for z, c in ZONE_COLOURS.items()], loc="upper left", bbox_to_anchor=(1.01, 1))
fig.tight_layout()
plt.show()"""),
        new_markdown_cell("Sources of every cell:"),
        new_code_cell("""\
sources = points.explode("sources").rename(columns={"sources": "source"})
sources[["province", "code", "region", "year", "zone", "grade", "conflict", "source"]]"""),
        new_markdown_cell("## Share of hijau / kuning / merah by assessment year"),
        new_code_cell(f"""\
zoned = points[points["zone"].notna()]
share = pd.crosstab(zoned["year"], zoned["zone"], normalize="index").reindex(columns=["hijau", "kuning", "merah"], fill_value=0)
counts = pd.crosstab(zoned["year"], zoned["zone"])
fig, ax = plt.subplots(figsize=(8, 4))
share.mul(100).plot.bar(stacked=True, ax=ax, color=[ZONE_COLOURS[z] for z in share.columns], width=0.8)
for i, n in enumerate(counts.sum(axis=1)):
    ax.text(i, 101, f"n={{n}}", ha="center", fontsize=8)
ax.set_xlabel("Assessment year")
ax.set_ylabel("Share of assessed regions (%)")
ax.set_ylim(0, 110)
ax.set_title("Compliance zones by assessment year (share of regions with a stated zone)")
ax.legend(title="zone", loc="upper left", bbox_to_anchor=(1.01, 1))
fig.tight_layout()
plt.show()
counts"""),
        new_code_cell("store.close()"),
    ]


def officials() -> list:
    return [
        new_markdown_cell("# Officeholders of one regency over time\n\n"
                          "Who was reported in which office of the chosen kabupaten/kota, from the first to the "
                          "last article that says so (view `officeholders`). Change `REGION` below."),
        new_code_cell('REGION = "13.02"  # Kemendagri code of the kabupaten/kota (13.02: Kabupaten Solok)',
                      metadata={"tags": ["parameters"]}),
        new_code_cell(OPEN),
        new_code_cell("""\
region = store.df("SELECT kind, name FROM gazetteer_regions WHERE code = ?", [REGION])
assert len(region), f"no kabupaten/kota {REGION} in the gazetteer"
LABEL = f"{'Kabupaten' if region.kind[0] == 'kabupaten' else 'Kota'} {region.name[0]} ({REGION})"
holders = store.df('''
    SELECT person, category, array_to_string(roles, ' / ') AS roles, first_seen, last_seen, articles, sources
    FROM officeholders WHERE region_code = ? ORDER BY category, first_seen''', [REGION])
print(LABEL, "-", len(holders), "officeholders reported")
holders"""),
        new_markdown_cell("## Timeline"),
        new_code_cell("""\
ORDER = ["kepala_daerah", "wakil_kepala_daerah", "sekda", "perangkat_daerah", "camat_desa", "legislatif", "lainnya"]
holders["rank"] = holders["category"].map(lambda c: ORDER.index(c) if c in ORDER else len(ORDER))
timeline = holders.sort_values(["rank", "first_seen"]).reset_index(drop=True)
colours = dict(zip(ORDER, plt.cm.tab10.colors))
fig, ax = plt.subplots(figsize=(12, 0.5 * len(timeline) + 1.8))
min_width = pd.Timedelta(days=20)
for i, row in timeline.iterrows():
    width = max(row.last_seen - row.first_seen, min_width)
    ax.barh(i, width, left=row.first_seen, color=colours.get(row.category, "grey"), height=0.6)
    ax.text(row.first_seen + width, i, f"  {row.roles}", va="center", fontsize=8)
ax.set_yticks(range(len(timeline)), timeline["person"])
ax.invert_yaxis()
ax.set_xlabel("Article date (first to last report)")
ax.set_title(f"Officeholders reported for {LABEL}")
span = max(timeline.last_seen.max() - timeline.first_seen.min(), pd.Timedelta(days=180))
ax.set_xlim(timeline.first_seen.min() - span * 0.05, timeline.last_seen.max() + span * 0.6)  # room for role labels
ax.legend(handles=[plt.Rectangle((0, 0), 1, 1, color=colours[c]) for c in ORDER if c in set(timeline.category)],
          labels=[c for c in ORDER if c in set(timeline.category)], title="office category",
          loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
fig.autofmt_xdate()
fig.tight_layout()
plt.show()"""),
        new_markdown_cell("Sources of every bar:"),
        new_code_cell("""timeline[["person", "category", "roles", "first_seen", "last_seen"]].join(
    timeline["sources"].explode().rename("source"))"""),
        new_code_cell("store.close()"),
    ]


def mpp() -> list:
    return [
        new_markdown_cell("# Mal Pelayanan Publik launched per year and per province\n\n"
                          "From view `mpp_register`: the year a region's MPP was launched is the year the articles "
                          "state, else the year of the first article reporting the launch."),
        new_code_cell(BOUNDARIES_PARAMETER, metadata={"tags": ["parameters"]}),
        new_code_cell(OPEN),
        new_code_cell("""\
register = store.df('''
    SELECT m.region_code, m.region_name, m.kind, p.name AS province, m.stage,
           coalesce(m.launched_year, year(m.launched_first_seen)) AS launched,
           m.planned_year, m.operating_year, m.sources
    FROM mpp_register m JOIN gazetteer_provinces p ON p.code = m.province_code
    ORDER BY launched NULLS LAST, m.region_code''')
launched = register[register["launched"].notna()].copy()
launched["launched"] = launched["launched"].astype(int)
print(len(register), "regions with MPP reports;", len(launched), "with a launch")
register["stage"].value_counts().to_frame()"""),
        new_markdown_cell("## Where: kabupaten/kota with an MPP, by province\n\nThe label is the number of "
                          "kabupaten/kota whose MPP is launched or operating, plus those only planned."),
        new_code_cell('province_map = maps.draw(store, "mpp")\nprovince_map'),
        new_code_cell('province_map.data.facts()'),
        new_markdown_cell("## Kabupaten/kota: the furthest stage of each MPP\n\n" + REGION_LEVEL),
        new_code_cell(ADM2 + 'region_map = maps.draw(store, "mpp", level="region", boundaries=adm2)\nregion_map'),
        new_code_cell('region_map.data.facts()'),
        new_markdown_cell("## When: launches per year and per province"),
        new_code_cell("""\
fig, (by_year, by_province) = plt.subplots(1, 2, figsize=(13, 4.5))
per_year = launched.groupby("launched").size()
per_year = per_year.reindex(range(per_year.index.min(), per_year.index.max() + 1), fill_value=0)
per_year.plot.bar(ax=by_year, color="#1565c0")
by_year.set_title("MPPs launched per year")
by_year.set_xlabel("Launch year")
by_year.set_ylabel("MPPs launched")
per_province = launched.groupby("province").size().sort_values()
per_province.plot.barh(ax=by_province, color="#6a1b9a")
by_province.set_title("MPPs launched per province (all years)")
by_province.set_xlabel("MPPs launched")
by_province.set_ylabel("Province")
by_province.xaxis.get_major_locator().set_params(integer=True)
fig.tight_layout()
plt.show()"""),
        new_markdown_cell("Sources of every launch counted:"),
        new_code_cell("""launched[["launched", "province", "region_code", "region_name", "kind", "stage"]].join(
    launched["sources"].explode().rename("source"))"""),
        new_code_cell("store.close()"),
    ]


def complaints() -> list:
    return [
        new_markdown_cell("# Complaints to the Ombudsman, by province and kabupaten/kota\n\n"
                          "Reports (laporan masyarakat) that each Ombudsman office received, as the articles state "
                          "them (table `complaints`). A year's figure grows through the year (a semester, \"hingga "
                          "November\"), so each map takes the largest figure stated for the latest year, and the "
                          "tables list every figure with its sources. A database from before the complaints fact "
                          "type has no such table: then there is nothing to draw."),
        new_code_cell(BOUNDARIES_PARAMETER, metadata={"tags": ["parameters"]}),
        new_code_cell(OPEN),
        new_code_cell("""\
HAS_COMPLAINTS = maps.has_complaints(store)
if not HAS_COMPLAINTS:
    print(f"no complaints facts in {DB} (schema version {store.schema_version()}): nothing to map")"""),
        new_markdown_cell("## Where: reports received by each province's Ombudsman office"),
        new_code_cell("""\
province_map = maps.draw(store, "complaints") if HAS_COMPLAINTS else None
if province_map is not None:
    display(province_map, province_map.data.facts())"""),
        new_markdown_cell("## Kabupaten/kota: reports about each one\n\n" + REGION_LEVEL),
        new_code_cell(ADM2 + """\
region_map = maps.draw(store, "complaints", level="region", boundaries=adm2) if HAS_COMPLAINTS else None
if region_map is not None:
    display(region_map, region_map.data.facts())"""),
        new_code_cell("store.close()"),
    ]


NOTEBOOKS = {"01_explore.ipynb": explore, "02_compliance.ipynb": compliance, "03_officials.ipynb": officials,
             "04_mpp.ipynb": mpp, "05_complaints.ipynb": complaints}


def build(name: str) -> nbformat.NotebookNode:
    nb = new_notebook(cells=NOTEBOOKS[name]())
    nb.metadata["kernelspec"] = {"name": KERNEL, "display_name": KERNEL_DISPLAY_NAME, "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    for i, cell in enumerate(nb.cells):  # stable ids keep diffs small
        cell["id"] = f"{name[:2]}-{i:02d}"
    return nb


def main() -> None:
    for name in NOTEBOOKS:
        nbformat.write(build(name), HERE / name)
        print("wrote", HERE / name)


if __name__ == "__main__":
    main()
