"""Plane geometry for the maps: matplotlib paths of (multi)polygons, label points and label boxes, and
the extent of a set of shapes, all in longitude/latitude degrees (see `pipeline.maps.render`)."""
from __future__ import annotations

import numpy as np
import shapely
from matplotlib.path import Path as MplPath
from shapely.geometry.base import BaseGeometry
from shapely.ops import polylabel


def geometry_path(geom: BaseGeometry) -> MplPath:
    """A matplotlib compound path of a (multi)polygon: every exterior and hole one closed ring."""
    vertices, codes = [], []
    for poly in _polygons(geom):
        for ring in (poly.exterior, *poly.interiors):
            xy = np.asarray(ring.coords)[:, :2]
            if len(xy) < 3:
                continue
            vertices.append(xy)
            codes.append([MplPath.MOVETO] + [MplPath.LINETO] * (len(xy) - 2) + [MplPath.CLOSEPOLY])
    if not vertices:
        return MplPath(np.empty((0, 2)))
    return MplPath(np.concatenate(vertices), np.concatenate(codes))


def _polygons(geom: BaseGeometry):
    if geom.geom_type == "Polygon":
        yield geom
    elif hasattr(geom, "geoms"):
        for part in geom.geoms:
            yield from _polygons(part)


def label_point(geom: BaseGeometry) -> tuple[float, float]:
    """Where an area's label goes: the pole of inaccessibility of its largest polygon."""
    largest = max(_polygons(geom), key=lambda p: p.area)
    point = polylabel(largest, tolerance=0.02)
    return point.x, point.y


def interior_points(geom: BaseGeometry, inset: float = 0.06, side: int = 24) -> list[tuple[float, float]]:
    """Points of a side × side grid over an area that lie well inside it (at least `inset` degrees from
    its edge), for checking the colour it was painted."""
    inner = geom.buffer(-inset)
    if inner.is_empty:
        inner = geom
    x0, y0, x1, y1 = inner.bounds
    grid = [shapely.Point(x, y) for x in np.linspace(x0, x1, side) for y in np.linspace(y0, y1, side)]
    return [(p.x, p.y) for p in grid if inner.contains(p)]


def _label_box(x: float, y: float, text: str, fontsize: float, scale: float) -> BaseGeometry:
    """The box (degrees) that a centred label takes, with its halo: DejaVu Sans averages 0.6 em a character."""
    lines = text.split("\n")
    w = (max(map(len, lines)) * 0.62 * fontsize + 4) / 72 / scale
    h = (len(lines) * 1.25 * fontsize + 4) / 72 / scale
    return shapely.box(x - w / 2, y - h / 2, x + w / 2, y + h / 2)


#: Where a label that does not fit its area goes, tried in this order: below, above, then the sides.
_DIRECTIONS = ((0, -1), (0, 1), (-1, -1), (1, -1), (-1, 1), (1, 1), (-1, 0), (1, 0))


def _label_position(geom: BaseGeometry, anchor: tuple[float, float], text: str, fontsize: float, scale: float,
                    tree: shapely.STRtree, placed: list) -> tuple[float, float]:
    """The anchor itself where the label lies within the area and covers at most half of it; else the
    nearest spot at sea (touching no area and no label placed before), so the area's colour stays visible."""
    x, y = anchor
    box = _label_box(x, y, text, fontsize, scale)
    if box.area <= 0.5 * geom.area and geom.intersection(box).area >= 0.85 * box.area:
        placed.append(box)
        return anchor
    bx0, by0, bx1, by1 = box.bounds
    w, h = bx1 - bx0, by1 - by0
    for step in (0.4, 0.8, 1.3, 2.0, 3.0):  # gap between the anchor and the label, in label heights
        for dx, dy in _DIRECTIONS:
            cx, cy = x + dx * (w / 2 + step * h), y + dy * (h / 2 + step * h)
            candidate = _label_box(cx, cy, text, fontsize, scale)
            if not len(tree.query(candidate, predicate="intersects")) and \
                    not any(candidate.intersects(b) for b in placed):
                placed.append(candidate)
                return cx, cy
    placed.append(box)
    return anchor


def _extent(shapes: dict[str, BaseGeometry]) -> tuple[float, float, float, float]:
    """The longitude/latitude box of a set of shapes, with a 4% margin (at least 1 degree across)."""
    gx0, gy0, gx1, gy1 = shapely.total_bounds(list(shapes.values()))
    pad = max(gx1 - gx0, gy1 - gy0, 1.0) * 0.04
    cx, cy = (gx0 + gx1) / 2, (gy0 + gy1) / 2
    half_w, half_h = max(gx1 - gx0, 1.0) / 2 + pad, max(gy1 - gy0, 1.0) / 2 + pad
    return cx - half_w, cx + half_w, cy - half_h, cy + half_h
