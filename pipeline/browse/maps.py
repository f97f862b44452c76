"""Maps on the browse pages: drawn when the snapshot is published, read from it when a page is served.

The browse server reads nothing but its immutable SQLite snapshot, and what a map shows is DuckDB SQL
(pipeline.maps.measures: the same measures as `warta map` and the notebooks). So the maps are drawn
once per snapshot, from the published database, by the snapshot builder (pipeline.store.snapshot's
`maps_step` calls `draw_all` and `write`), and stored in the snapshot:

* `maps`: one row per map (compliance, mpp, and complaints where the database has that table): the
  province choropleth as SVG, every province with facts a link to the rows behind its colour, with
  those facts as its tooltip (an SVG <title>), and the map's caption;
* `map_areas`: one row per province with facts on a map: what the map shows there, the facts behind
  it (the tooltip's lines), a link to the rows it counts and one to the fact rows with their evidence,
  and the source URLs.

The plugin (pipeline/browse/plugin.py, `page_maps`) puts them on the pages with
templates/_warta_maps.html: the page of a fact table or view shows its map (see TABLE_MAPS), a
province's page every map with the province outlined and its facts, the database page links to them.
A map that cannot be drawn is logged and left out; the rest of the snapshot is built as usual.

Drawing imports pandas and matplotlib (most of a snapshot's time on a small database), and most loads
change nothing a map shows: the maps are drawn again only when what they are drawn from changed since
the published snapshot (`fingerprint`: the relations the measures read, RELATIONS, and the code and
reference data that draw them, DRAWN_BY); otherwise they are copied from it (`reuse`).
"""
from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

from pipeline.browse.metadata import DATABASE
from pipeline.config import REFERENCE_DIR

log = logging.getLogger(__name__)

#: The maps drawn, in page order.
KINDS = ("compliance", "mpp", "complaints")
#: Fact tables and views of the snapshot -> the map shown on their pages.
TABLE_MAPS = {"compliance": "compliance", "compliance_history": "compliance", "mpp": "mpp", "mpp_register": "mpp",
              "complaints": "complaints"}
#: Canned queries (pipeline.browse.metadata.QUERIES) -> (their map, the parameter naming a province).
QUERY_MAPS = {"province_compliance": ("compliance", "province"), "mpp_overview": ("mpp", "province")}
#: The table whose rows are provinces: a row page shows every map with that province outlined.
PROVINCE_TABLE = "gazetteer_provinces"
#: Where each map's counted rows are (the table page a database page links to for the map).
COUNTED = {"compliance": "compliance_history", "mpp": "mpp_register", "complaints": "complaints"}

#: The relations pipeline/maps/measures.py reads (a test keeps the two in step), but `articles`: the
#: complaints measure reads only their URLs, by id, and an article's URL never changes.
RELATIONS = ("compliance_history", "mpp_register", "complaints", "gazetteer_regions")
_PIPELINE = Path(__file__).resolve().parents[1]
#: The code and reference data a map is drawn with: files, or folders of files.
DRAWN_BY = (_PIPELINE / "maps", Path(__file__).resolve(), _PIPELINE / "browse" / "metadata.py",
            _PIPELINE / "gazetteer.py", REFERENCE_DIR / "boundaries", REFERENCE_DIR / "wilayah")

MAPS_TABLE = "maps"
AREAS_TABLE = "map_areas"
MAPS_COMMENT = "The province maps of the browse pages (SVG), drawn when this snapshot was published."
AREAS_COMMENT = ("Every province with facts on a map of the browse pages: what the map shows there, the facts "
                 "behind it, links to the rows it counts and to the facts with their evidence, and the sources.")
AREA_COLUMNS = {
    "kind": "The map: compliance (share of assessed kabupaten/kota per zone), mpp (kabupaten/kota with an MPP "
            "launched or operating) or complaints (reports received by the province's Ombudsman office).",
    "province_code": "The province.",
    "year": "The year the map shows for the province (latest assessment or report year); NULL for mpp (all years).",
    "shown": "What the map shows for the province, in words.",
    "facts": "The facts behind it, one per line (the area's tooltip on the map).",
    "counted_rows": "Page of the rows the map counts for the province.",
    "fact_rows": "Page of the fact rows behind them, each with its evidence sentence and source.",
    "sources": "Source URLs of the articles behind it.",
}


@dataclass
class DrawnMap:
    """One map, ready for the snapshot."""
    kind: str
    title: str
    rule: str
    caption: str
    svg: str
    areas: list[dict] = field(default_factory=list)  # rows of map_areas


# ---------------------------------------------------------------------- where an area's facts are (pure)
def page(relation: str, filters: list[tuple[str, object]]) -> str:
    """A table page of the snapshot with datasette's column filters: page("mpp", [("province_code", "13")])
    -> "/warta/mpp?province_code=13"."""
    return f"/{DATABASE}/{relation}" + (f"?{urlencode(filters)}" if filters else "")


def area_links(kind: str, code: str, year: int | None) -> tuple[str, str]:
    """(the rows a province map counts for province `code`, the fact rows behind them with evidence).

    compliance: kabupaten/kota results of the latest assessment year (compliance_history, one row per
    kabupaten/kota), and every report of them (compliance); mpp: the province's kabupaten/kota in the MPP
    register, and the MPP reports; complaints: the figures stated for the province's office that year."""
    if kind == "compliance":
        return (page("compliance_history", [("level", "region"), ("province_code", code), ("year", year)]),
                page("compliance", [("province_code", code), ("year", year), ("region_code__notblank", 1)]))
    if kind == "mpp":
        return (page("mpp_register", [("province_code", code)]),
                page("mpp", [("province_code", code), ("region_code__notblank", 1)]))
    if kind == "complaints":
        rows = page("complaints", [("province_code", code), ("region_code__isnull", 1), ("year", year)])
        return rows, rows
    raise ValueError(f"unknown map {kind!r}")


def shown(kind: str, row: dict) -> str:
    """What a province map shows for one province, in words."""
    if kind == "compliance":
        zones = ", ".join(f"{z} {row[z]}" for z in ("hijau", "kuning", "merah"))
        rest = f", no zone {row['no_zone']}" if row["no_zone"] else ""
        return f"{row['year']}: {zones}{rest} of {row['n']} kabupaten/kota assessed"
    if kind == "mpp":
        return f"{row['open']} launched or operating" + (f", {row['planned']} planned" if row["planned"] else "")
    return f"{row['count']:,} reports in {row['year']}"


# ---------------------------------------------------------------------- drawing (at publish time)
def fingerprint(relations: dict[str, object]) -> str:
    """What the maps are drawn from: `relations` (name -> a digest of its rows, from the snapshot
    builder) and the contents of DRAWN_BY."""
    digest = hashlib.sha256(json.dumps(relations, sort_keys=True, default=str).encode())
    for entry in DRAWN_BY:
        for path in sorted(entry.rglob("*")) if entry.is_dir() else [entry]:
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(_PIPELINE.parent)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def reuse(sq: sqlite3.Connection, fingerprint: str, schema: str = "previous") -> list[DrawnMap] | None:
    """The maps of the published snapshot (attached to `sq` as `schema`) when they were drawn from
    what `fingerprint` describes; None when they must be drawn (none, other data, other code)."""
    try:
        maps = sq.execute(f'SELECT kind, title, rule, caption, svg FROM {schema}."{MAPS_TABLE}" '
                          "WHERE fingerprint = ?", (fingerprint,)).fetchall()
        if not maps:
            return None
        areas = sq.execute(f'SELECT {", ".join(AREA_COLUMNS)} FROM {schema}."{AREAS_TABLE}"').fetchall()
    except sqlite3.Error:  # nothing attached, a snapshot from before the maps, an unreadable one
        return None
    by_kind: dict[str, list[dict]] = {}
    for row in areas:
        by_kind.setdefault(row[0], []).append(dict(zip(AREA_COLUMNS, row)))
    return [DrawnMap(*m, areas=by_kind.get(m[0], [])) for m in maps]


def draw_all(store) -> tuple[list[DrawnMap], list[str]]:
    """Every province map of the database behind `store` (an open Store), with links and area rows, and
    the kinds that failed. A map the database has no table for (complaints before that fact type) is
    left out; one that fails to draw is logged and left out."""
    from pipeline.maps import draw  # matplotlib, pandas, shapely: only when maps are drawn

    out, failed = [], []
    for kind in KINDS:
        try:
            figure = draw(store, kind)
            if figure is None:
                continue
            areas, links = [], {}
            for row in figure.data.table.to_dict("records"):
                year = int(row["year"]) if row.get("year") is not None else None
                counted, facts = area_links(kind, row["code"], year)
                links[row["code"]] = counted
                areas.append({"kind": kind, "province_code": row["code"], "year": year, "shown": shown(kind, row),
                              "facts": row["tooltip"], "counted_rows": counted, "fact_rows": facts,
                              "sources": json.dumps(list(row["sources"]), ensure_ascii=False)})
            out.append(DrawnMap(kind, figure.data.title, figure.data.rule, figure.caption, figure.svg(links), areas))
        except Exception as exc:  # noqa: BLE001 - the snapshot's tables matter more than one map
            log.error("browse snapshot: the %s map was not drawn: %s: %s", kind, type(exc).__name__, exc)
            failed.append(kind)
    return out, failed


def write(sq: sqlite3.Connection, drawn: list[DrawnMap], fingerprint: str | None = None) -> list:
    """Store the maps in the snapshot being built, with the fingerprint of what they were drawn from
    (None: not to be reused, a map failed); returns their pipeline.store.snapshot.Described."""
    from pipeline.store.snapshot import Described

    sq.execute(f'CREATE TABLE "{MAPS_TABLE}" (kind TEXT PRIMARY KEY, title TEXT, rule TEXT, caption TEXT, '
               "svg TEXT, areas INTEGER, fingerprint TEXT)")
    sq.executemany(f'INSERT INTO "{MAPS_TABLE}" VALUES (?, ?, ?, ?, ?, ?, ?)',
                   [(m.kind, m.title, m.rule, m.caption, m.svg, len(m.areas), fingerprint) for m in drawn])
    sq.execute(f'CREATE TABLE "{AREAS_TABLE}" (kind TEXT, province_code TEXT, year INTEGER, shown TEXT, facts TEXT, '
               'counted_rows TEXT, fact_rows TEXT, sources TEXT, PRIMARY KEY (kind, province_code), '
               'FOREIGN KEY ("province_code") REFERENCES gazetteer_provinces ("code"))')
    sq.executemany(f'INSERT INTO "{AREAS_TABLE}" VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
                   [tuple(a[c] for c in AREA_COLUMNS) for m in drawn for a in m.areas])
    sq.execute(f'CREATE INDEX "{AREAS_TABLE}_province_code" ON "{AREAS_TABLE}" ("province_code")')
    return [Described(MAPS_TABLE, "table", MAPS_COMMENT,
                      {"kind": "The map.", "title": "Its title.", "rule": "How each value is chosen.",
                       "caption": "Its caption (with the boundaries' credit).", "svg": "The map as SVG.",
                       "areas": "Provinces with facts on it.",
                       "fingerprint": "What it was drawn from (data and code): the next snapshot draws it "
                                      "again only when that changed."}),
            Described(AREAS_TABLE, "table", AREAS_COMMENT, dict(AREA_COLUMNS))]
