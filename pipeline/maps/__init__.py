"""Maps of the facts, drawn offline: where the compliance zones, the MPPs and the complaints are.

    from pipeline.maps import draw, region_boundaries
    with Store.open(db, read_only=True) as store:
        fig = draw(store, "compliance")                          # 38 provinces, three panels
        fig.save("compliance.png")                               # or .svg / .html (with the table of facts)
        draw(store, "mpp", level="region").save("mpp.html")      # kabupaten/kota as a tile grid
        adm2 = region_boundaries("idn_adm2.geojson")             # a licensed ADM2 file you have
        draw(store, "complaints", boundaries=adm2).png()         # None where the database has no complaints

Modules: `boundaries` (the shipped province shapes, reading and joining a kabupaten/kota file),
`measures` (what each map shows, with the facts behind it), `render` (matplotlib: choropleth, tile grid,
PNG/SVG/HTML). A web page embeds `draw(...).html()`: the SVG, whose areas carry their facts as tooltips,
and the table of facts with source links; `svg(links)` also links each area to its facts, as the
`warta browse` pages do (pipeline/browse/maps.py draws them into the browse snapshot).
"""
from __future__ import annotations

from pipeline.maps.boundaries import (Boundaries, BoundaryError, province_boundaries, read_features,
                                      region_boundaries)
from pipeline.maps.measures import KINDS, LEVELS, MapData, has_complaints, map_data, region_label
from pipeline.maps.render import MapFigure, choropleth, tile_grid


def draw(store, kind: str, level: str | None = None, boundaries: Boundaries | None = None,
         all_provinces: bool = False) -> MapFigure | None:
    """The map of `kind` (compliance, mpp, complaints) from an open Store.

    level "province" (the default) draws the 38 provinces; "region" (the default when `boundaries`
    are given) draws kabupaten/kota on `boundaries`, or as a tile grid without them (`all_provinces`:
    a tile for every kabupaten/kota of Indonesia, not only of provinces with facts). None when the
    database has no table for `kind` (complaints in a database from before that fact type)."""
    level = level or ("region" if boundaries is not None else "province")
    if boundaries is not None and level != "region":
        raise ValueError("kabupaten/kota boundaries draw the region level")
    data = map_data(store, kind, level)
    if data is None:
        return None
    if level == "province":
        return choropleth(data)
    if boundaries is not None:
        return choropleth(data, boundaries)
    return tile_grid(data, all_provinces=all_provinces)


__all__ = ["Boundaries", "BoundaryError", "KINDS", "LEVELS", "MapData", "MapFigure", "draw", "has_complaints",
           "map_data", "province_boundaries", "read_features", "region_boundaries", "region_label"]
