"""Drawing maps with matplotlib, offline: choropleths of provinces or kabupaten/kota (from shapes in
longitude/latitude), and a tile grid of kabupaten/kota grouped by province where no kabupaten/kota
boundaries are at hand.

Every drawn area is one matplotlib artist with an SVG id, and carries the facts behind its colour as a
tooltip (an SVG <title>): `MapFigure.svg()` and `.html()` (the SVG and the table of facts with their
sources) are what a web page embeds; `.png()` is what a notebook or a report shows. Areas are plotted in
plain longitude/latitude (equirectangular): Indonesia lies within 11 degrees of the equator, where
that distorts east-west distances by under 2%.
"""
from __future__ import annotations

import html
import io
import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import matplotlib
import numpy as np
import shapely
from matplotlib import patheffects
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Patch, PathPatch, Rectangle
from shapely.geometry.base import BaseGeometry

from pipeline.gazetteer import get_gazetteer
from pipeline.maps.boundaries import Boundaries, province_boundaries
from pipeline.maps.geometry import _extent, _label_position, _polygons, geometry_path, label_point
from pipeline.maps.measures import STAGES, ZONES, MapData

#: Zone colours (the notebooks' colours); None: no zone stated, or reports disagree.
ZONE_COLOURS = {"hijau": "#2e7d32", "kuning": "#f9a825", "merah": "#c62828", None: "#9e9e9e"}
STAGE_COLOURS = {"planned": "#90caf9", "launched": "#1e88e5", "operating": "#0d47a1"}
MPP_COLOUR = "#6a1b9a"
COMPLAINTS_COLOUR = "#e65100"
#: Areas without facts: white, under a grey outline.
NO_DATA = "#ffffff"
#: Tiles of kabupaten/kota without facts.
NO_DATA_TILE = "#eeeeee"
EDGE = "#616161"
#: Longitude/latitude drawn: all of Indonesia with a small margin.
EXTENT = (94.5, 142.0, -11.5, 6.5)
WIDTH_IN = 12.0
DPI = 100
SHARE_EDGES = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
TILE_COLUMNS = 10
HALO = patheffects.withStroke(linewidth=2.2, foreground="white")
SVG_HALO = "; paint-order: stroke; stroke: #ffffff; stroke-width: 2.2px; stroke-linejoin: round"


# ---------------------------------------------------------------------- colour scales
def ramp(colour: str, k: int) -> list[str]:
    """k colours from a light tint of `colour` to `colour` itself."""
    rgb = np.array(matplotlib.colors.to_rgb(colour))
    return [matplotlib.colors.to_hex(1 - t * (1 - rgb)) for t in np.linspace(0.18, 1.0, k)]


@dataclass
class Classes:
    """A classed colour scale: value v falls in class i where edges[i] <= v < edges[i+1] (the last
    class includes its upper edge)."""
    edges: list[float]
    colours: list[str]
    labels: list[str]

    def colour(self, value) -> str:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return NO_DATA
        for i in range(len(self.colours)):
            if value < self.edges[i + 1] or i == len(self.colours) - 1:
                return self.colours[i]
        return self.colours[-1]

    def legend(self) -> list[tuple[str, str]]:
        return list(zip(self.colours, self.labels))


def share_classes(colour: str) -> Classes:
    edges = list(SHARE_EDGES)
    labels = [f"{round(a * 100)}–{round(b * 100)}%" for a, b in zip(edges, edges[1:])]
    return Classes(edges, ramp(colour, len(labels)), labels)


def count_classes(values, colour: str) -> Classes:
    """Classes for counts: one per value up to 5; else at most five classes of a round width
    (1, 2, 2.5 or 5 × 10^k) from 0, the last one holding the largest count."""
    values = [int(v) for v in values]
    top = max(values, default=0)
    low = 0 if 0 in values else 1
    if top <= 5:
        edges = list(range(low, max(top, low) + 2))
        labels = [str(v) for v in edges[:-1]]
    else:
        raw = (top + 1) / 5
        exp = 10 ** math.floor(math.log10(raw))
        step = next(int(m * exp) for m in (1, 2, 2.5, 5, 10) if m * exp >= raw and (m * exp) % 1 == 0)
        edges = [i * step for i in range(math.ceil((top + 1) / step) + 1)]
        labels = [f"{max(a, low):,}" + (f"–{b - 1:,}" if b - 1 > max(a, low) else "") for a, b in zip(edges, edges[1:])]
    return Classes(edges, ramp(colour, len(labels)), labels)


# ---------------------------------------------------------------------- what one panel shows
@dataclass
class Panel:
    title: str
    fill: dict[str, str]            # area code -> colour
    labels: dict[str, str]          # area code -> text written on the area
    legend: list[tuple[str, str]]   # (colour, text)
    name: str                       # short id used in SVG ids


def panels(data: MapData) -> list[Panel]:
    """The panels of a map: three for compliance per province (one per zone), else one."""
    t = data.table
    if data.kind == "compliance" and data.level == "province":
        out = []
        for zone in ZONES:
            classes = share_classes(ZONE_COLOURS[zone])
            out.append(Panel(f"zona {zone}", {r.code: classes.colour(getattr(r, f"share_{zone}")) for r in t.itertuples()},
                             {r.code: f"{getattr(r, zone)}/{r.n}\n{r.year}" for r in t.itertuples()},
                             [*classes.legend(), (NO_DATA, "no result")], zone))
        return out
    if data.kind == "compliance":
        legend = [(ZONE_COLOURS[z], z) for z in ZONES] + [(ZONE_COLOURS[None], "no zone / reports disagree")]
        return [Panel("", {r.code: ZONE_COLOURS[_text(r.zone)] for r in t.itertuples()}, dict(zip(t.code, t.label)),
                      legend, "zone")]
    if data.kind == "mpp" and data.level == "region":
        return [Panel("", {r.code: STAGE_COLOURS[r.stage] for r in t.itertuples()}, dict(zip(t.code, t.label)),
                      [(STAGE_COLOURS[s], s) for s in STAGES], "stage")]
    column, colour = ("open", MPP_COLOUR) if data.kind == "mpp" else ("count", COMPLAINTS_COLOUR)
    classes = count_classes(t[column], colour)
    legend = classes.legend() + [(NO_DATA, "none reported")]
    return [Panel("", {r.code: classes.colour(getattr(r, column)) for r in t.itertuples()},
                  dict(zip(t.code, t.label)), legend, column)]


# ---------------------------------------------------------------------- the figure
@dataclass
class Area:
    """One drawn area: its SVG id, the panel it is in, its code and the facts behind its colour."""
    gid: str
    panel: int
    code: str
    colour: str
    tooltip: str
    artist: object = field(repr=False, default=None)


@dataclass
class MapFigure:
    figure: Figure
    data: MapData
    axes: list
    areas: list[Area]
    caption: str
    #: Labels written over areas: black on a white halo, drawn by a path effect in the PNG and by SVG's
    #: own stroke in the SVG (a path effect would turn SVG text into paths).
    labels: list = field(default_factory=list)

    # -------------------------------------------------------------- outputs
    def png(self) -> bytes:
        buf = io.BytesIO()
        for label in self.labels:
            label.set_path_effects([HALO])
        try:
            self.figure.savefig(buf, format="png", dpi=self.figure.dpi)
        finally:
            for label in self.labels:
                label.set_path_effects([])
        return buf.getvalue()

    def _repr_png_(self) -> bytes:  # a notebook shows the PNG
        return self.png()

    @property
    def size(self) -> tuple[int, int]:
        """(width, height) of png() in pixels."""
        w, h = self.figure.get_size_inches() * self.figure.dpi
        return round(w), round(h)

    def svg(self, links: dict[str, str] | None = None) -> str:
        """The map as an SVG document (text kept as text); each area a <g id=…> with class
        "warta-area", data-code and a <title> tooltip holding its facts. `links` (area code -> URL):
        each of those areas is wrapped in an <a href> to its facts."""
        buf = io.StringIO()
        with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "warta"}):
            self.figure.savefig(buf, format="svg", dpi=self.figure.dpi, metadata={"Date": None})
        ET.register_namespace("", "http://www.w3.org/2000/svg")
        ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")
        root = ET.fromstring(buf.getvalue())
        by_gid = {a.gid: a for a in self.areas}
        halo = {label.get_gid() for label in self.labels}
        parents = {child: parent for parent in root.iter() for child in parent}
        for path in root.iter("{http://www.w3.org/2000/svg}path"):
            if path.get("d"):
                path.set("d", _compact_path(path.get("d")))
        for g in list(root.iter("{http://www.w3.org/2000/svg}g")):
            if g.get("id") in halo:
                g.set("class", "warta-label")
                for text in g.iter("{http://www.w3.org/2000/svg}text"):
                    text.set("style", text.get("style", "") + SVG_HALO)
                continue
            area = by_gid.get(g.get("id"))
            if area is None:
                continue
            g.set("class", "warta-area")
            g.set("data-code", area.code)
            title = ET.Element("{http://www.w3.org/2000/svg}title")
            title.text = area.tooltip
            g.insert(0, title)
            if links and area.code in links:
                parent = parents[g]
                link = ET.Element("{http://www.w3.org/2000/svg}a", {"href": links[area.code]})
                parent.insert(list(parent).index(g), link)
                parent.remove(g)
                link.append(g)
        return ET.tostring(root, encoding="unicode")

    def table_html(self) -> str:
        """The facts behind the map: one row per area, lists as lists, sources as links."""
        facts = self.data.facts()
        head = "".join(f"<th>{html.escape(c)}</th>" for c in facts.columns)
        rows = []
        for record in facts.to_dict("records"):
            cells = []
            for column, value in record.items():
                if isinstance(value, (list, tuple, np.ndarray)):
                    items = [(f'<a href="{html.escape(str(v))}">{html.escape(str(v))}</a>' if column == "sources"
                              else html.escape(str(v))) for v in value]
                    cells.append("<td><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul></td>")
                elif isinstance(value, float):
                    cells.append(f"<td>{value:.2f}</td>")
                else:
                    cells.append(f"<td>{html.escape('' if value is None else str(value))}</td>")
            rows.append(f'<tr data-code="{html.escape(str(record["code"]))}">' + "".join(cells) + "</tr>")
        return (f'<table class="warta-map-facts"><thead><tr>{head}</tr></thead>'
                f'<tbody>{"".join(rows)}</tbody></table>')

    def html(self) -> str:
        """An HTML fragment: the SVG map with its caption, then the table of facts."""
        return (f'<figure class="warta-map" data-kind="{self.data.kind}" data-level="{self.data.level}">'
                f"{self.svg()}<figcaption>{html.escape(self.caption)}</figcaption></figure>\n{self.table_html()}")

    def html_page(self) -> str:
        """A standalone HTML page (no scripts, no external resources)."""
        return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                f"<title>{html.escape(self.data.title)}</title><style>{PAGE_CSS}</style></head>"
                f"<body><h1>{html.escape(self.data.title)}</h1>\n{self.html()}\n</body></html>\n")

    def save(self, path: str | Path) -> Path:
        """Write the map to `path`: .png, .svg or .html (the page with the table of facts)."""
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix == ".png":
            path.write_bytes(self.png())
        elif suffix == ".svg":
            path.write_text(self.svg(), encoding="utf-8")
        elif suffix in (".html", ".htm"):
            path.write_text(self.html_page(), encoding="utf-8")
        else:
            raise ValueError(f"cannot write a map as {path.name}: use .png, .svg or .html")
        return path

    # -------------------------------------------------------------- for checking what was drawn
    def pixel(self, panel: int, x: float, y: float) -> tuple[int, int]:
        """The (column, row) of png() where data point (x, y) of a panel lands (longitude/latitude on
        a map, inches on a tile grid)."""
        px, py = self.axes[panel].transData.transform((x, y))  # axes are placed explicitly: no draw needed
        return int(round(px)), int(round(self.size[1] - py))


_NUMBER = re.compile(r"-?\d+\.\d+")


def _compact_path(d: str) -> str:
    """An SVG path with its coordinates to 0.1 pt (a quarter of a pixel at 100 dpi; matplotlib writes
    six decimals) and single spaces: the map SVGs are about half the size."""
    return " ".join(_NUMBER.sub(lambda m: f"{float(m.group()):.1f}", d).split())


PAGE_CSS = ("body{font-family:sans-serif;margin:1.5em}figure.warta-map svg{max-width:100%;height:auto}"
            ".warta-area:hover path{stroke:#000;stroke-width:1.5}table.warta-map-facts{border-collapse:collapse;"
            "font-size:13px}table.warta-map-facts td,table.warta-map-facts th{border:1px solid #ccc;padding:3px 6px;"
            "vertical-align:top}table.warta-map-facts ul{margin:0;padding-left:1.1em}")


def _whole_pixels(inches: float) -> float:
    """Round a figure side up to whole pixels, so that the PNG is exactly MapFigure.size."""
    return math.ceil(inches * DPI - 1e-6) / DPI


def _new_figure(width: float, height: float) -> Figure:
    fig = Figure(figsize=(width, height), dpi=DPI)
    FigureCanvasAgg(fig)
    return fig


# ---------------------------------------------------------------------- choropleth
def choropleth(data: MapData, boundaries: Boundaries | None = None) -> MapFigure:
    """Province map (boundaries None: the shipped 38 provinces) or kabupaten/kota map (a user's
    Boundaries of level "region"), one panel per Panel of the data."""
    provinces = province_boundaries()
    shapes = provinces.shapes if boundaries is None else boundaries.shapes
    level = "province" if boundaries is None else boundaries.level
    if level != data.level:
        raise ValueError(f"{data.level} data cannot be drawn on {level} boundaries")
    specs = panels(data)
    x0, x1, y0, y1 = EXTENT if level == "province" else _extent(shapes)
    width = WIDTH_IN if (y1 - y0) / (x1 - x0) <= 1 else _whole_pixels(max(WIDTH_IN * (x1 - x0) / (y1 - y0), 7.0))
    map_h = width * (y1 - y0) / (x1 - x0)
    top, title_h, bottom = 0.85, (0.3 if len(specs) > 1 else 0.0), 0.45
    height = _whole_pixels(top + len(specs) * (title_h + map_h) + bottom)
    fig = _new_figure(width, height)
    fig.text(0.5, 1 - 0.3 / height, data.title, ha="center", va="center", fontsize=13, weight="bold")
    fig.text(0.5, 1 - 0.62 / height, data.rule, ha="center", va="center", fontsize=8.5, color="#424242")
    fig.text(0.01, 0.22 / height, _caption_footer(boundaries), ha="left", va="center", fontsize=7, color="#616161")
    tooltips = dict(zip(data.table["code"], data.table["tooltip"]))
    names = _area_names(level)
    axes, areas, labels = [], [], []
    tree = shapely.STRtree(list(shapes.values()))
    for i, spec in enumerate(specs):
        bottom_y = height - top - (i + 1) * (title_h + map_h)
        ax = fig.add_axes((0, bottom_y / height, 1, map_h / height))
        ax.set_xlim(x0, x1)
        ax.set_ylim(y0, y1)
        ax.set_axis_off()
        if spec.title:
            fig.text(0.5, (bottom_y + map_h + title_h / 2) / height, spec.title, ha="center", va="center",
                     fontsize=11, weight="bold", color=ZONE_COLOURS.get(spec.name, "#212121"))
        for code, geom in shapes.items():
            colour = spec.fill.get(code, NO_DATA)
            patch = PathPatch(geometry_path(geom), facecolor=colour, edgecolor=EDGE,
                              linewidth=0.4 if level == "province" else 0.2)
            gid = f"area-{data.kind}-{spec.name}-{code}"
            patch.set_gid(gid)
            ax.add_patch(patch)
            tooltip = tooltips.get(code) or f"{names.get(code, code)} ({code}): none reported"
            areas.append(Area(gid, i, code, colour, tooltip, patch))
        if level == "region":  # province borders over the kabupaten/kota
            for geom in provinces.shapes.values():
                ax.add_patch(PathPatch(geometry_path(geom), facecolor="none", edgecolor="#212121", linewidth=0.6))
        scale = width / (x1 - x0)  # inches per degree
        fontsize = 7 if level == "province" else 5
        placed: list = []
        for code, text in spec.labels.items():
            if code in shapes and text and _fits(shapes[code], scale, level):
                anchor = label_point(shapes[code])
                x, y = _label_position(shapes[code], anchor, text, fontsize, scale, tree, placed)
                if (x, y) != anchor:  # moved off a small area: a leader line points at it
                    ax.plot([anchor[0], x], [anchor[1], y], color="#424242", linewidth=0.5)
                label = ax.text(x, y, text, ha="center", va="center", fontsize=fontsize, color="#000000")
                label.set_gid(f"label-{data.kind}-{spec.name}-{code}")
                labels.append(label)
        ax.legend(handles=[Patch(facecolor=c, edgecolor=EDGE, linewidth=0.4, label=t) for c, t in spec.legend],
                  loc="lower left", fontsize=7.5, frameon=False, title=_legend_title(data, spec),
                  title_fontsize=8, alignment="left")
        axes.append(ax)
    return MapFigure(fig, data, axes, areas, f"{data.rule} {_caption_footer(boundaries)}", labels)


#: A kabupaten/kota gets its name written on the map when it is at least this wide (inches); the others
#: are named by their tooltip and the table of facts.
LABEL_MIN_WIDTH_IN = 0.55


def _fits(geom: BaseGeometry, scale: float, level: str) -> bool:
    if level == "province":
        return True
    x0, _, x1, _ = max(_polygons(geom), key=lambda p: p.area).bounds
    return (x1 - x0) * scale >= LABEL_MIN_WIDTH_IN


def _caption_footer(boundaries: Boundaries | None) -> str:
    text = province_boundaries().attribution
    if boundaries is not None and boundaries.level == "region":
        text = f"Kabupaten/kota boundaries: {boundaries.source}. " + text
    return text + ". Facts: Warta (news articles; sources in the table)."


def _legend_title(data: MapData, spec: Panel) -> str:
    if data.kind == "compliance" and data.level == "province":
        return f"share in zona {spec.name}"
    if data.kind == "compliance":
        return "zone (latest assessment)"
    if data.kind == "mpp":
        return "MPP launched or operating" if data.level == "province" else "MPP stage"
    return "reports received" if data.level == "province" else "reports about the region"


def _area_names(level: str) -> dict[str, str]:
    gaz = get_gazetteer()
    if level == "province":
        return {c: p.name for c, p in gaz.provinces.items()}
    return {c: f"{'Kota' if r.kind == 'kota' else 'Kabupaten'} {r.name}" for c, r in gaz.regions.items()}


# ---------------------------------------------------------------------- tile grid (no kabupaten/kota shapes)
TILE_W, TILE_H, GAP, HEADER_H, MARGIN = 1.16, 0.52, 0.05, 0.34, 0.3
TILE_FOOTER = "Facts: Warta (news articles; sources in the table). Kemendagri codes and names: data/wilayah."


def tile_grid(data: MapData, all_provinces: bool = False) -> MapFigure:
    """Kabupaten/kota as named tiles grouped by province (rows of TILE_COLUMNS), coloured like the
    kabupaten/kota map; every kabupaten/kota of each province with facts (or of all 38) gets a tile."""
    if data.level != "region":
        raise ValueError("a tile grid shows kabupaten/kota data")
    gaz = get_gazetteer()
    (spec,) = panels(data)
    rows_by_code = {r.code: r for r in data.table.itertuples()}
    with_facts = {gaz.regions[c].province_code for c in rows_by_code}
    provinces = [p for p in gaz.provinces if all_provinces or p in with_facts]
    members = {p: [c for c, r in gaz.regions.items() if r.province_code == p] for p in provinces}
    body = sum(HEADER_H + math.ceil(len(members[p]) / TILE_COLUMNS) * (TILE_H + GAP) + GAP for p in provinces)
    legend_h, head_h = 0.45, 0.85
    width = _whole_pixels(2 * MARGIN + TILE_COLUMNS * (TILE_W + GAP))
    height = _whole_pixels(head_h + legend_h + body + 0.45)
    fig = _new_figure(width, height)
    fig.text(0.5, 1 - 0.3 / height, data.title, ha="center", va="center", fontsize=13, weight="bold")
    fig.text(0.5, 1 - 0.62 / height, data.rule + " Every kabupaten/kota of a province with facts has a tile.",
             ha="center", va="center", fontsize=8.5, color="#424242")
    fig.text(0.01, 0.22 / height, TILE_FOOTER, ha="left", va="center", fontsize=7, color="#616161")
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, width)
    ax.set_ylim(height, 0)  # inches from the top
    ax.set_axis_off()
    ax.legend(handles=[Patch(facecolor=c, edgecolor=EDGE, linewidth=0.4, label=t)
                       for c, t in [*spec.legend, (NO_DATA_TILE, "none reported")]],
              loc="upper left", bbox_to_anchor=(MARGIN / width, 1 - head_h / height), ncol=8, fontsize=8,
              frameon=False)
    areas = []
    y = head_h + legend_h
    for p in provinces:
        ax.text(MARGIN, y + HEADER_H / 2, f"{gaz.provinces[p].name} ({p})", ha="left", va="center", fontsize=9.5,
                weight="bold")
        y += HEADER_H
        for i, code in enumerate(members[p]):
            col, row = i % TILE_COLUMNS, i // TILE_COLUMNS
            tx, ty = MARGIN + col * (TILE_W + GAP), y + row * (TILE_H + GAP)
            fact = rows_by_code.get(code)
            colour = spec.fill.get(code, NO_DATA_TILE)
            rect = Rectangle((tx, ty), TILE_W, TILE_H, facecolor=colour, edgecolor=EDGE, linewidth=0.3)
            gid = f"tile-{data.kind}-{code}"
            rect.set_gid(gid)
            ax.add_patch(rect)
            region = gaz.regions[code]
            name = f"Kota {region.name}" if region.kind == "kota" else region.name
            second = spec.labels.get(code, "").split("\n", 1)[1] if fact is not None and "\n" in spec.labels.get(code, "") else ""
            text_colour = "#ffffff" if _dark(colour) else ("#212121" if fact is not None else "#757575")
            ax.text(tx + TILE_W / 2, ty + TILE_H / 2, _wrap(name) + (f"\n{second}" if second else ""), ha="center",
                    va="center", fontsize=6.2 if len(name) <= 18 else 5.4, color=text_colour, linespacing=1.05)
            tooltip = fact.tooltip if fact is not None else f"Kabupaten/kota {name} ({code}): none reported"
            areas.append(Area(gid, 0, code, colour, tooltip, rect))
        y += math.ceil(len(members[p]) / TILE_COLUMNS) * (TILE_H + GAP) + GAP
    return MapFigure(fig, data, [ax], areas, f"{data.rule} {TILE_FOOTER}")


def tile_centre(figure: MapFigure, code: str) -> tuple[float, float]:
    """The centre of a tile (inches), for checking its colour."""
    rect = next(a.artist for a in figure.areas if a.code == code)
    return rect.get_x() + rect.get_width() / 2, rect.get_y() + rect.get_height() * 0.12


def _wrap(name: str, width: int = 18) -> str:
    if len(name) <= width or " " not in name:
        return name
    words, lines, line = name.split(), [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    return "\n".join([*lines, line][:2])


def _text(value) -> str | None:
    """A text cell, or None for a missing one (pandas may hold it as None, NaN or NA)."""
    return value if isinstance(value, str) else None


def _dark(colour: str) -> bool:
    r, g, b = matplotlib.colors.to_rgb(colour)
    return 0.299 * r + 0.587 * g + 0.114 * b < 0.5


