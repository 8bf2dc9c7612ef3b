"""The map's background, tile by tile: the online (or MBTiles) tile when there is one, else the
offline basemap's (Natural Earth's world and the added OSM areas), else a coarser tile of either
stretched over the gap until the right one arrives.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QPixmap

from surveyapp.ui.tiles import MAX_ZOOM, TileKey

if TYPE_CHECKING:
    from surveyapp.ui.map_canvas import MapCanvas

OSM_CREDIT = "© OpenStreetMap contributors"
WORLD_CREDIT = "Natural Earth"


def draw_base(painter: QPainter, view: MapCanvas) -> tuple[bool, bool]:
    """Draw the background tiles in view: (every online tile was there, any was)."""
    source, offline = view.source, view.offline
    z = max(0, min(MAX_ZOOM, round(view.zoom)))
    n = 1 << z
    size = view.world_scale / n
    x0, y0 = view.to_world(QPointF(0, 0))
    x1, y1 = view.to_world(QPointF(view.width(), view.height()))
    complete, online = source is not None, False
    if offline is not None:
        offline.start_frame()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    for ty in range(max(0, int(y0 * n)), min(n - 1, int(y1 * n)) + 1):
        for tx in range(int(math.floor(x0 * n)), int(math.floor(x1 * n)) + 1):
            corner = view.to_screen(tx / n, ty / n)
            target = QRectF(corner.x(), corner.y(), size + 0.5, size + 0.5)
            key = (z, tx % n, ty)
            pixmap = source.tile(key) if source is not None else None
            if pixmap is not None:
                painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
                online = True
                continue
            complete = False
            if offline is not None and (pixmap := offline.tile(key)) is not None:
                painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
                continue
            _draw_coarser(painter, view, target, key)
    if offline is not None:
        offline.end_frame()
    return complete, online


def _draw_coarser(painter: QPainter, view: MapCanvas, target: QRectF, key: TileKey) -> None:
    """Until a tile arrives, a coarser one stretched over the gap is better than nothing."""
    z, x, y = key
    for up in range(1, 6):
        if z - up < 0:
            return
        parent_key = (z - up, x >> up, y >> up)
        parent: QPixmap | None = None
        if view.source is not None:
            parent = view.source.tile(parent_key)
        if parent is None and view.offline is not None:
            parent = view.offline.cached(parent_key)
        if parent is not None:
            part = parent.width() / (1 << up)
            source = QRectF((x % (1 << up)) * part, (y % (1 << up)) * part, part, part)
            painter.drawPixmap(target, parent, source)
            return


def credits(view: MapCanvas, online_complete: bool, online_any: bool) -> str:
    """The attribution the drawn layers need (ODbL asks for OSM's wherever its data shows)."""
    parts = []
    if online_any and view.source is not None and view.source.attribution:
        parts.append(view.source.attribution)
    if not online_complete and view.offline is not None:
        if view.offline.areas and OSM_CREDIT not in parts:
            parts.append(OSM_CREDIT)
        if view.offline.world is not None:
            parts.append(WORLD_CREDIT)
    return " · ".join(parts)
