"""A map to look at and move: Web Mercator world coordinates ([0, 1) × [0, 1), y growing
southwards) under a zoom and a centre, the background tiles' sources, and the wheel and keys
that move it. The camera map and the geotagging preview are both one, so the volunteer sees the
same streets, at the same scale, in both.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QWidget

from surveyapp.ui.map_base import draw_base
from surveyapp.ui.map_labels import draw_labels
from surveyapp.ui.map_layers import draw_grid
from surveyapp.ui.offline_map import OfflineMap
from surveyapp.ui.tasks import make_way
from surveyapp.ui.tiles import MAX_ZOOM, TILE_SIZE, TileSource, lat_lon, metres_per_pixel

DRAG_PIXELS = 4  # a press that moves less than this is a click, not a drag
GRID_UNTIL = 11  # the latitude/longitude grid shows below this zoom
BACKGROUND = QColor("#eef1f4")  # where no tile has arrived yet
_KEY_PAN_PIXELS = 80


class MapCanvas(QWidget):
    """The projection, the view (``zoom``, ``centre``) and how the volunteer moves it; what is
    drawn is the subclass's. ``source``: online or MBTiles tiles; ``offline``: the offline
    basemap (its ``tile_ready`` repaints)."""

    def __init__(self, offline: OfflineMap | None = None) -> None:
        super().__init__()
        self.source: TileSource | None = None
        self.offline = offline
        self.zoom = 2.0
        self.centre = (0.5, 0.5)  # world coordinates of the view's centre
        self.labels_drawn = 0  # names of streets and places in the last frame
        if offline is not None:
            offline.tile_ready.connect(self.update)

    def draw_background(self, painter: QPainter) -> tuple[bool, bool]:
        """The tiles in view, and where the online ones are missing the grid (zoomed out) and
        the offline basemap's names; then antialiasing for what the subclass draws on top.
        Returns ``draw_base``'s (every online tile was there, any was), for the credits."""
        painter.fillRect(self.rect(), BACKGROUND)
        complete, online = draw_base(painter, self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.labels_drawn = 0
        if not complete:
            if self.zoom < GRID_UNTIL:
                draw_grid(painter, self, self.overlays())
            if self.offline is not None:
                self.labels_drawn = draw_labels(painter, self, self.offline)
        return complete, online

    def overlays(self) -> list[QRectF]:
        """Boxes the subclass draws over the map's corner (a legend), where the grid writes no
        latitude; the scale bar's is left free by the grid itself."""
        return []

    @property
    def world_scale(self) -> float:
        """Screen pixels per world unit at this zoom."""
        return float(TILE_SIZE * 2.0**self.zoom)

    @property
    def metres_per_pixel(self) -> float:
        """Ground metres one pixel covers at the view's centre."""
        return metres_per_pixel(lat_lon(*self.centre)[0], self.zoom)

    def to_screen(self, x: float, y: float) -> QPointF:
        """Screen position of a world point."""
        s = self.world_scale
        return QPointF(
            (x - self.centre[0]) * s + self.width() / 2,
            (y - self.centre[1]) * s + self.height() / 2,
        )

    def to_world(self, point: QPointF) -> tuple[float, float]:
        """World position under a screen point."""
        s = self.world_scale
        return (
            self.centre[0] + (point.x() - self.width() / 2) / s,
            self.centre[1] + (point.y() - self.height() / 2) / s,
        )

    def place_at(self, point: QPointF) -> tuple[float, float]:
        """The (latitude, longitude) under a screen point."""
        x, y = self.to_world(point)
        return lat_lon(x % 1.0, min(max(y, 0.0), 1.0))

    def pan_from(self, centre: tuple[float, float], dx: float, dy: float) -> None:
        """Show the view that had ``centre`` moved by screen pixels (a drag, a key)."""
        make_way()  # background work pauses while the hand moves the map
        s = self.world_scale
        self.centre = (centre[0] + dx / s, min(1.0, max(0.0, centre[1] + dy / s)))
        self.update()

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the view by screen pixels."""
        self.pan_from(self.centre, dx, dy)

    def _zoom_at(self, point: QPointF, change: float) -> None:
        """Zoom by ``change`` levels, keeping the place under ``point`` where it is."""
        make_way()
        before = self.to_world(point)
        self.zoom = max(1.0, min(float(MAX_ZOOM), self.zoom + change))
        after = self.to_world(point)
        self.centre = (
            self.centre[0] + before[0] - after[0],
            min(1.0, max(0.0, self.centre[1] + before[1] - after[1])),
        )
        self.update()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt override)
        steps = event.angleDelta().y() / 120
        if steps:
            self._zoom_at(event.position(), steps * 0.5)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        step = _KEY_PAN_PIXELS
        moves = {
            Qt.Key.Key_Left: (-step, 0), Qt.Key.Key_Right: (step, 0),
            Qt.Key.Key_Up: (0, -step), Qt.Key.Key_Down: (0, step),
        }  # fmt: skip
        middle = QPointF(self.width() / 2, self.height() / 2)
        if key in moves:
            self.pan_by(*moves[Qt.Key(key)])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self._zoom_at(middle, 1.0)
        elif key == Qt.Key.Key_Minus:
            self._zoom_at(middle, -1.0)
        else:
            super().keyPressEvent(event)
