"""Our cameras on the map: clusters when zoomed out, points with view cones when zoomed in, and
the line a camera being moved draws from where it was, with the distance.

Every shape is drawn once into a sprite and stamped, so 100,000 cameras pan smoothly.
"""

from __future__ import annotations

import functools
import math
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPixmap

from surveyapp.ui.map_layers import cluster, distance_text

if TYPE_CHECKING:
    from surveyapp.ui.map_view import MapView

CLUSTER_CELL = 56  # pixels: points closer than this merge into one cluster when zoomed out
CONE_ZOOM = 15  # view cones from this zoom on
CONE_PIXELS = 34

POINT = QColor("#1f6fb2")
COVERED = QColor("#c0392b")
SELECTED = QColor("#f39c12")
CONE = QColor(31, 111, 178, 60)
CONE_EDGE = QColor(31, 111, 178, 110)
CLUSTER = QColor(31, 111, 178, 200)


def draw_clusters(
    painter: QPainter, view: MapView, index: np.ndarray, sx: np.ndarray, sy: np.ndarray
) -> int:
    """Clusters of the points in view, with their counts; returns how many."""
    cx, cy, counts, covered = cluster(sx, sy, view.covered[index], CLUSTER_CELL)
    font = QFont(view.font())
    font.setPointSizeF(8.5)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    ratio = view.devicePixelRatioF()
    for k in range(len(counts)):
        count = int(counts[k])
        radius = round(7 + 4 * math.log10(count)) if count > 1 else 5
        colour = COVERED if covered[k] * 2 > count else CLUSTER
        x, y = float(cx[k]), float(cy[k])
        sprite = disc(radius, colour.rgba(), ratio)
        half = sprite.width() / ratio / 2
        painter.drawPixmap(QPointF(x - half, y - half), sprite)
        if count > 1:
            box = QRectF(x - radius, y - radius, 2 * radius, 2 * radius)
            text = str(count) if count < 10_000 else f"{count // 1000}k"
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    return len(counts)


def draw_points(
    painter: QPainter,
    view: MapView,
    index: np.ndarray,
    sx: np.ndarray,
    sy: np.ndarray,
    dragged: tuple[str, QPointF] | None,
) -> int:
    """Each camera in view (the one being dragged where the pointer is); returns how many."""
    selected = set(view.selection.ids)
    ratio = view.devicePixelRatioF()
    if view.zoom >= CONE_ZOOM:
        for i, x, y in zip(index.tolist(), sx.tolist(), sy.tolist(), strict=True):
            span = view.spans[i]
            if span is not None:
                # Sprites of cones rounded to 5 degrees: a path per cone costs 4x more.
                cone = cone_sprite(round(span[0] / 5) * 5, round(span[1] / 5) * 5, ratio)
                half = cone.width() / ratio / 2
                painter.drawPixmap(QPointF(x - half, y - half), cone)
    chosen = disc(8, SELECTED.rgba(), ratio, QColor("#7a4a00").rgba())
    for i, x, y in zip(index.tolist(), sx.tolist(), sy.tolist(), strict=True):
        camera_id = view.ids[i]
        if dragged is not None and camera_id == dragged[0]:
            x, y = dragged[1].x(), dragged[1].y()
        sprite = (
            chosen
            if camera_id in selected
            else review_sprite(view.reviews[i], bool(view.covered[i]), ratio)
        )
        half = sprite.width() / ratio / 2
        painter.drawPixmap(QPointF(x - half, y - half), sprite)
    return len(index)


def draw_move(
    painter: QPainter, view: MapView, start: QPointF, end: QPointF, metres: float
) -> None:
    """A dashed line from where the camera was to where it would go, and how far that is."""
    pen = QPen(QColor("#7a4a00"), 1.6, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawLine(start, end)
    text = distance_text(metres)
    font = QFont(view.font())
    font.setPointSizeF(9)
    font.setBold(True)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    box = QRectF(end.x() + 12, end.y() - 26, metrics.horizontalAdvance(text) + 12, 20)
    box.moveRight(min(box.right(), view.width() - 4))
    box.moveTop(max(box.top(), 4))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(33, 37, 41, 215))
    painter.drawRoundedRect(box, 5, 5)
    painter.setPen(QColor("white"))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _cone(centre: QPointF, span: tuple[float, float]) -> QPainterPath:
    """A wedge from the camera towards compass degrees span[0]..span[1], clockwise."""
    start, end = span
    sweep = (end - start) % 360 or 360
    path = QPainterPath(centre)
    r = CONE_PIXELS
    box = QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r)
    # Qt's angles run counter-clockwise from east; compass degrees clockwise from north.
    path.arcTo(box, 90 - start, -sweep)
    path.closeSubpath()
    return path


def _sprite(size: float, ratio: float) -> tuple[QPixmap, QPainter]:
    """A transparent square to draw a sprite on, and its painter (ended by the caller)."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


@functools.lru_cache(maxsize=1024)
def cone_sprite(start: float, end: float, ratio: float) -> QPixmap:
    """A view cone, drawn once."""
    size = 2 * CONE_PIXELS + 2
    pixmap, painter = _sprite(size, ratio)
    painter.setPen(QPen(CONE_EDGE, 1))
    painter.setBrush(CONE)
    painter.drawPath(_cone(QPointF(size / 2, size / 2), (start, end)))
    painter.end()
    return pixmap


VERIFIED_RING = QColor("#1e8449")
DISPUTED_RING = QColor("#e67e22")
REMOVED = QColor("#8a8f96")


@functools.lru_cache(maxsize=64)
def review_sprite(review: str, covered: bool, ratio: float) -> QPixmap:
    """A camera's point, its symbol saying the team's review: a plain disc (unverified), a disc
    in a green ring (verified), an orange diamond (disputed), a grey crossed disc (removed)."""
    colour = COVERED if covered else POINT
    if review == "verified":
        size = 2 * 9 + 2
        pixmap, painter = _sprite(size, ratio)
        painter.setPen(QPen(VERIFIED_RING, 2.5))
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(size / 2, size / 2), 7.5, 7.5)
        painter.end()
        return pixmap
    if review == "disputed":
        size = 2 * 8 + 4
        pixmap, painter = _sprite(size, ratio)
        painter.setPen(QPen(DISPUTED_RING, 2))
        painter.setBrush(colour)
        c, r = size / 2, 8.0
        path = QPainterPath(QPointF(c, c - r))
        for x, y in ((c + r, c), (c, c + r), (c - r, c)):
            path.lineTo(QPointF(x, y))
        path.closeSubpath()
        painter.drawPath(path)
        painter.end()
        return pixmap
    if review == "removed":
        size = 2 * 6 + 4
        pixmap, painter = _sprite(size, ratio)
        painter.setPen(QPen(REMOVED, 1.5))
        painter.setBrush(QColor(255, 255, 255, 200))
        c = size / 2
        painter.drawEllipse(QPointF(c, c), 6, 6)
        painter.drawLine(QPointF(c - 4, c - 4), QPointF(c + 4, c + 4))
        painter.drawLine(QPointF(c - 4, c + 4), QPointF(c + 4, c - 4))
        painter.end()
        return pixmap
    return disc(6, colour.rgba(), ratio)


@functools.lru_cache(maxsize=256)
def disc(radius: int, rgba: int, ratio: float, outline: int = 0xFFFFFFFF) -> QPixmap:
    """A filled circle with an outline, drawn once and stamped for every point."""
    size = 2 * radius + 4
    pixmap, painter = _sprite(size, ratio)
    painter.setPen(QPen(QColor.fromRgba(outline), 1.5))
    painter.setBrush(QColor.fromRgba(rgba))
    painter.drawEllipse(QPointF(size / 2, size / 2), radius, radius)
    painter.end()
    return pixmap


@functools.lru_cache(maxsize=64)
def diamond(radius: float, rgba: int, ratio: float) -> QPixmap:
    """A hollow diamond (an already-mapped camera, or a cluster of them), drawn once."""
    size = 2 * radius + 4
    pixmap, painter = _sprite(size, ratio)
    painter.setPen(QPen(QColor.fromRgba(rgba), 1.6))
    painter.setBrush(QColor(255, 255, 255, 190))
    c = size / 2
    path = QPainterPath(QPointF(c, c - radius))
    path.lineTo(c + radius, c)
    path.lineTo(c, c + radius)
    path.lineTo(c - radius, c)
    path.closeSubpath()
    painter.drawPath(path)
    painter.end()
    return pixmap


def draw_known_clusters(
    painter: QPainter, view: MapView, sx: np.ndarray, sy: np.ndarray, colour: QColor
) -> int:
    """The already-mapped cameras in view merged per cell, as diamonds sized by their count and
    labelled with it (every one is counted, however many); returns how many diamonds."""
    cx, cy, counts, _ = cluster(sx, sy, np.zeros(len(sx), dtype=bool), CLUSTER_CELL)
    font = QFont(view.font())
    font.setPointSizeF(7.5)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(colour)
    ratio = view.devicePixelRatioF()
    for k in range(len(counts)):
        count = int(counts[k])
        radius = round(9 + 5 * math.log10(count)) if count > 1 else 5
        sprite = diamond(radius, colour.rgba(), ratio)
        half = sprite.width() / ratio / 2
        x, y = float(cx[k]), float(cy[k])
        painter.drawPixmap(QPointF(x - half, y - half), sprite)
        if count > 1:
            box = QRectF(x - radius, y - radius, 2 * radius, 2 * radius)
            text = str(count) if count < 10_000 else f"{count // 1000}k"
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    return len(counts)


def draw_suggestions(painter: QPainter, sx: np.ndarray, sy: np.ndarray, colour: QColor) -> int:
    """Suggested places of photos without GPS: dashed rings with a dot, under the cameras."""
    if not len(sx):
        return 0
    ring = QPen(colour, 2, Qt.PenStyle.DashLine)
    for x, y in zip(sx, sy, strict=True):
        centre = QPointF(float(x), float(y))
        painter.setPen(ring)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, 8, 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(centre, 2.5, 2.5)
    return len(sx)
