"""Reading back what a map painted: the colour that most pixels of an area (or a tile) carry in the PNG."""
from __future__ import annotations

import io
from collections import Counter

import matplotlib.colors
import matplotlib.image
import numpy as np

from pipeline.maps.geometry import interior_points
from pipeline.maps.render import MapFigure


def image(fig: MapFigure) -> np.ndarray:
    """The PNG as an (height, width, RGBA) array; asserts the declared size."""
    data = matplotlib.image.imread(io.BytesIO(fig.png()), format="png")
    assert (data.shape[1], data.shape[0]) == fig.size
    return data


def _hex(pixel) -> str:
    return matplotlib.colors.to_hex(pixel[:3])


def _label_boxes(fig: MapFigure, panel: int) -> list:
    """Display-space boxes of the labels written on a panel, with their halo."""
    fig.figure.canvas.draw()
    renderer = fig.figure.canvas.get_renderer()
    return [t.get_window_extent(renderer).expanded(1.0, 1.0).padded(3) for t in fig.axes[panel].texts]


def painted(fig: MapFigure, img: np.ndarray, panel: int, points) -> str:
    """The most common colour at the given data points of a panel, where no label is written."""
    boxes, height = _label_boxes(fig, panel), fig.size[1]
    colours = Counter()
    for x, y in points:
        col, row = fig.pixel(panel, x, y)
        if not any(b.contains(col, height - row) for b in boxes):
            colours[_hex(img[row, col])] += 1
    assert sum(colours.values()) >= 5, f"only {sum(colours.values())} unlabelled points to sample"
    colour, count = colours.most_common(1)[0]
    return colour


def area_colour(fig: MapFigure, img: np.ndarray, panel: int, geom) -> str:
    """The colour painted inside a (multi)polygon, sampled well away from its edges."""
    return painted(fig, img, panel, interior_points(geom, side=40))


def tile_colour(fig: MapFigure, img: np.ndarray, code: str) -> str:
    """The colour painted on a kabupaten/kota's tile, sampled on a grid inside its margins."""
    rect = next(a.artist for a in fig.areas if a.code == code)
    x, y, w, h = rect.get_x(), rect.get_y(), rect.get_width(), rect.get_height()
    points = [(x + w * fx, y + h * fy) for fx in np.linspace(0.06, 0.94, 12) for fy in np.linspace(0.1, 0.9, 6)]
    return painted(fig, img, 0, points)


def close(a: str, b: str, tol: int = 6) -> bool:
    """Two hex colours equal up to PNG rounding and antialiasing (per channel, out of 255)."""
    ra, rb = (np.array(matplotlib.colors.to_rgb(c)) * 255 for c in (a, b))
    return bool(np.all(np.abs(ra - rb) <= tol))
