"""Draw basemap tiles (256-pixel QImages) from the stores: sea, land, borders, parks, water,
buildings, rail and streets by class, the way OpenStreetMap's standard style colours them.

Runs on a worker thread (QPainter on a QImage is safe there); names are not drawn here but per
frame by map_labels, so that labels never collide or get cut at tile edges.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

import numpy as np
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF

from surveyapp.basemap.geometry import FloatArray, decode
from surveyapp.basemap.store import AREAS, PLACES, Kind, Store

log = logging.getLogger(__name__)

TILE = 256
_PAUSE_EVERY = 50
SEA = QColor("#aad3df")
LAND = QColor("#f2efe9")
_AREA_STYLE = {
    Kind.LAND: (LAND, None),
    Kind.LAND_DETAIL: (LAND, None),
    Kind.PARK: (QColor("#c8e6b0"), None),
    Kind.WATER: (SEA, None),
    Kind.BUILDING: (QColor("#d9d0c9"), QColor("#c4b6ab")),
}
# kind: (fill colour, casing colour or None, width in pixels at zoom 16, narrowest width)
_LINE_STYLE: dict[Kind, tuple[QColor, QColor | None, float, float]] = {
    Kind.COASTLINE: (QColor("#6fa8c0"), None, 1.2, 0.8),
    Kind.BORDER: (QColor("#9e8fb3"), None, 1.2, 0.8),
    Kind.RIVER: (SEA, None, 5.0, 1.0),
    Kind.RAIL: (QColor("#8c8c8c"), None, 2.0, 1.0),
    Kind.PATH: (QColor("#f08070"), None, 1.3, 0.8),
    Kind.SERVICE: (QColor("#ffffff"), QColor("#c8c0b8"), 4.0, 0.8),
    Kind.STREET: (QColor("#ffffff"), QColor("#bfb8b0"), 7.0, 1.0),
    Kind.PEDESTRIAN: (QColor("#e6e4ee"), QColor("#b8b4c8"), 6.0, 1.0),
    Kind.TERTIARY: (QColor("#ffffff"), QColor("#a8a198"), 9.0, 1.2),
    Kind.SECONDARY: (QColor("#f7fabf"), QColor("#a5a877"), 10.0, 1.4),
    Kind.PRIMARY: (QColor("#fcd6a4"), QColor("#c49a5f"), 11.0, 1.6),
    Kind.TRUNK: (QColor("#f9b29c"), QColor("#c47c65"), 12.0, 1.8),
    Kind.MOTORWAY: (QColor("#e892a2"), QColor("#b25c6e"), 12.0, 2.0),
}


def polygon(points: FloatArray) -> QPolygonF:
    """A QPolygonF filled from an (n, 2) array of x, y in one copy (no Python loop per point).

    The numbers are written straight into the polygon's own memory, so they are first made
    exactly what that memory holds: n rows of two float64 side by side.
    """
    points = np.ascontiguousarray(points, dtype=np.float64)
    if points.ndim != 2 or points.shape[1] != 2:
        raise ValueError(f"points of shape {points.shape}, not (n, 2)")
    result = QPolygonF()
    if not len(points):  # an empty polygon has no memory to write into
        return result
    result.resize(len(points))
    buffer = shiboken6.VoidPtr(result.data(), points.nbytes, True)  # type: ignore[call-arg, arg-type]
    target = np.frombuffer(buffer, dtype=np.float64).reshape(-1, 2)  # type: ignore[call-overload]
    target[:] = points
    return result


def line_width(kind: Kind, zoom: int) -> float:
    """A line's width in pixels at a zoom: halves with each zoom level out, to a minimum."""
    _, _, width, narrowest = _LINE_STYLE[kind]
    return float(max(narrowest, width * 2.0 ** (zoom - 16)))


def _kinds(zoom: int) -> list[int]:
    # Natural Earth's coarse land to zoom 5, its detailed land from 6; place names are labels.
    skip = {Kind.LAND_DETAIL if zoom < 6 else Kind.LAND, *PLACES}
    return [int(k) for k in Kind if k not in skip]


def render_tile(
    stores: Sequence[Store], z: int, x: int, y: int, pause: Callable[[], None] | None = None
) -> QImage:
    """One tile of every store, world first; ``pause()`` is called every few hundred features
    (the map's background thread makes way there while the volunteer moves the map)."""
    image = QImage(TILE, TILE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(SEA)
    scale = TILE * float(1 << z)
    origin = np.array([x * TILE, y * TILE], float)
    margin = 16 / scale  # lines drawn just outside still show their width inside
    box = (x / (1 << z) - margin, y / (1 << z) - margin,
           (x + 1) / (1 << z) + margin, (y + 1) / (1 << z) + margin)  # fmt: skip
    features: list[tuple[int, bytes]] = []
    kinds = _kinds(z)
    for store in stores:
        features += [(kind, blob) for kind, _name, blob in store.feature_rows(box, z, kinds)]
    features.sort(key=lambda item: item[0])  # stable: each store's own order within a kind
    shapes, damaged = _shapes(features, scale, origin)
    if damaged:
        log.warning(
            "%d damaged shapes of the offline map are not drawn (tile %s)", damaged, (z, x, y)
        )
    painter = QPainter(image)
    # Ended whatever happens: a painter left open on an image that is freed first (an error's
    # traceback frees this frame's names in their order) ends on freed memory and kills the app.
    try:
        _paint(painter, shapes, z, pause)
    finally:
        painter.end()
    return image


def _shapes(
    features: list[tuple[int, bytes]], scale: float, origin: FloatArray
) -> tuple[list[tuple[Kind, list[FloatArray]]], int]:
    """Each feature's parts in the tile's pixels, and how many were damaged: a damaged
    geometry (a store written badly or damaged on disk) and parts with no point are left out,
    the rest of the tile is drawn."""
    shapes = []
    damaged = 0
    for kind, blob in features:
        try:
            parts = decode(blob)
        except ValueError:
            damaged += 1
            continue
        pixels = [part * scale - origin for part in parts if len(part)]
        if pixels:
            shapes.append((Kind(kind), pixels))
    return shapes, damaged


def _paint(
    painter: QPainter,
    shapes: list[tuple[Kind, list[FloatArray]]],
    z: int,
    pause: Callable[[], None] | None,
) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    lines = []
    for number, (kind, pixels) in enumerate(shapes):
        if pause is not None and number % _PAUSE_EVERY == 0:
            pause()
        if kind in AREAS:
            _fill(painter, kind, pixels, z)
        else:
            lines.append((kind, pixels))
    # Casings of every road first, then the fills: crossings join instead of cutting each other.
    drawn = 0
    for casing in (True, False):
        for kind, pixels in lines:
            colour, edge, _, _ = _LINE_STYLE[kind]
            if casing and edge is None:
                continue
            width = line_width(kind, z)
            pen = QPen(edge if casing and edge is not None else colour, width + 2.0 * casing)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            if kind in (Kind.PATH, Kind.BORDER) and not casing:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            drawn += 1
            if pause is not None and drawn % _PAUSE_EVERY == 0:
                pause()
            for part in pixels:
                painter.drawPolyline(polygon(part))


def _fill(painter: QPainter, kind: Kind, rings: list[FloatArray], zoom: int) -> None:
    colour, edge = _AREA_STYLE[kind]
    painter.setBrush(QBrush(colour))
    painter.setPen(QPen(edge, 0.8) if edge is not None and zoom >= 16 else Qt.PenStyle.NoPen)
    if len(rings) == 1:
        painter.drawPolygon(polygon(rings[0]))
        return
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in rings:
        path.addPolygon(polygon(ring))
    painter.drawPath(path)
