"""Names on the offline map, placed per frame so that they never collide or get cut at tiles.

Candidates (street names along their longest straight run, places, Natural Earth's cities) are
culled with NumPy, taken in order of importance, and each is drawn only where it overlaps no
label already drawn and only where its street is long enough on screen to carry it. Each text
is drawn once into a sprite with a white halo and stamped, rotated along its street.
"""

from __future__ import annotations

import functools
import math
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap

from surveyapp.basemap.store import Kind

if TYPE_CHECKING:
    from surveyapp.ui.map_canvas import MapCanvas
    from surveyapp.ui.offline_map import OfflineMap

MAX_LABELS = 120
MAX_CANDIDATES = 600
WORLD_LABELS_UNTIL = 10  # Natural Earth's cities give way to the OSM places from this zoom
SAME_NAME_PIXELS = 260.0  # the same street name is written again only this far away
# kind: (point size, bold, colour)
_STYLE: dict[int, tuple[float, bool, str]] = {
    Kind.CAPITAL: (10.0, True, "#222222"),
    Kind.CITY: (9.0, True, "#333333"),
    Kind.TOWN: (9.5, True, "#333333"),
    Kind.VILLAGE: (9.0, False, "#333333"),
    Kind.SUBURB: (8.5, False, "#5a5a6a"),
}
_ROAD_STYLE = (8.0, False, "#2b2b2b")


@functools.lru_cache(maxsize=4096)
def label_sprite(text: str, size: float, bold: bool, colour: str, ratio: float) -> QPixmap:
    """The text with a white halo, drawn once."""
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    path = QPainterPath()
    path.addText(0, 0, font, text)
    box = path.boundingRect().adjusted(-3, -3, 3, 3)
    pixmap = QPixmap(math.ceil(box.width() * ratio), math.ceil(box.height() * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(-box.left(), -box.top())
    painter.strokePath(path, QPen(QColor(255, 255, 255, 235), 3.0))
    painter.fillPath(path, QColor(colour))
    painter.end()
    return pixmap


class _Occupied:
    """Discs along the labels drawn so far, hashed on a grid of their size."""

    def __init__(self, cell: float) -> None:
        self.cell = cell
        self.grid: dict[tuple[int, int], list[tuple[float, float]]] = {}

    def discs(self, x: float, y: float, width: float, angle: float) -> list[tuple[float, float]]:
        count = max(1, math.ceil(width / self.cell))
        dx, dy = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        step = width / count
        start = -width / 2 + step / 2
        return [(x + (start + i * step) * dx, y + (start + i * step) * dy) for i in range(count)]

    def free(self, discs: list[tuple[float, float]]) -> bool:
        limit = self.cell * self.cell
        for x, y in discs:
            cx, cy = int(x // self.cell), int(y // self.cell)
            for gx in (cx - 1, cx, cx + 1):
                for gy in (cy - 1, cy, cy + 1):
                    for ox, oy in self.grid.get((gx, gy), ()):
                        if (ox - x) ** 2 + (oy - y) ** 2 < limit:
                            return False
        return True

    def add(self, discs: list[tuple[float, float]]) -> None:
        for x, y in discs:
            self.grid.setdefault((int(x // self.cell), int(y // self.cell)), []).append((x, y))


def draw_labels(painter: QPainter, view: MapCanvas, offline: OfflineMap) -> int:
    """Place and draw the names in view; returns how many were drawn."""
    zoom = math.floor(view.zoom + 0.25)
    scale = view.world_scale
    x0, y0 = view.to_world(QPointF(0, 0))
    x1, y1 = view.to_world(QPointF(view.width(), view.height()))
    candidates: list[tuple[float, float, float, float, int, str]] = []
    for store, labels in offline.labels:
        if not len(labels.x) or (store is offline.world and zoom >= WORLD_LABELS_UNTIL):
            continue
        # Street names need their street to be long enough on screen (about 5 px a letter).
        lengths = np.fromiter((len(n) for n in labels.names), float, len(labels.names))
        mask = (labels.minzoom <= zoom) & (labels.x >= x0) & (labels.x <= x1)
        mask &= (labels.y >= y0) & (labels.y <= y1)
        mask &= (labels.room == 0) | (labels.room * scale >= lengths * 5.0)
        for i in np.nonzero(mask)[0].tolist():
            candidates.append((
                float(labels.x[i]), float(labels.y[i]), float(labels.angle[i]),
                float(labels.room[i]), int(labels.kind[i]), labels.names[i],
            ))  # fmt: skip
    # Places before streets, bigger before smaller, longer streets first.
    candidates.sort(key=lambda c: (-(c[4] >= Kind.SUBURB), -c[4], -c[3]))
    ratio = view.devicePixelRatioF()
    occupied = _Occupied(12.0)
    written: dict[str, list[tuple[float, float]]] = {}
    drawn = 0
    for x, y, angle, room, kind, name in candidates[:MAX_CANDIDATES]:
        size, bold, colour = _STYLE.get(kind, _ROAD_STYLE)
        sprite = label_sprite(name, size, bold, colour, ratio)
        width, height = sprite.width() / ratio, sprite.height() / ratio
        if room and room * scale < width + 12:
            continue
        sx, sy = (
            (x - view.centre[0]) * scale + view.width() / 2,
            (y - view.centre[1]) * scale + view.height() / 2,
        )
        if any((px - sx) ** 2 + (py - sy) ** 2 < SAME_NAME_PIXELS**2
               for px, py in written.get(name, ())):  # fmt: skip
            continue
        discs = occupied.discs(sx, sy, max(width - 6, height), angle)
        if not occupied.free(discs):
            continue
        occupied.add(discs)
        written.setdefault(name, []).append((sx, sy))
        painter.save()
        painter.translate(sx, sy)
        painter.rotate(angle)
        painter.drawPixmap(QPointF(-width / 2, -height / 2), sprite)
        painter.restore()
        drawn += 1
        if drawn >= MAX_LABELS:
            break
    return drawn
