"""A small map of a geotagging plan: the GPS track, where each photo would go and where it was.

Drawn over the same background as the camera map (the online or MBTiles tiles when there are
some, else the offline basemap with its street names), so that a volunteer checking a camera's
clock can find the corner where the photo was taken. The wheel and the keys zoom, a drag pans,
and a click says where the chosen photo was really taken: ``place_clicked(lat, lon)``.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)

from surveyapp.ui.map_base import credits
from surveyapp.ui.map_canvas import DRAG_PIXELS, MapCanvas
from surveyapp.ui.map_layers import draw_attribution, draw_scale_bar
from surveyapp.ui.offline_map import OfflineMap
from surveyapp.ui.tiles import TILE_SIZE, TileSource, world_xy

TRACK = QColor("#2e86c1")
PLACED = QColor("#e67e22")
CHOSEN = QColor("#c0392b")
MARGIN = 14
FIT_UNTIL_ZOOM = 18.0  # a track of a few metres is not blown up past the streets' scale


class TrackPreview(MapCanvas):
    """The track as a line, the planned positions as dots, the chosen photo ringed, over the
    camera map's background. ``tiles`` gives the camera map's current tile source (it may
    change while the dialog is open)."""

    place_clicked = Signal(float, float)

    def __init__(
        self,
        offline: OfflineMap | None = None,
        tiles: Callable[[], TileSource | None] | None = None,
    ) -> None:
        super().__init__(offline)
        self.setObjectName("TrackPreview")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(260, 220)
        self.track: list[tuple[float, float]] = []
        self.points: list[tuple[str, float, float]] = []  # (photo id, lat, lon)
        self.chosen: str | None = None
        self._tiles = tiles
        self._watched: TileSource | None = None
        self._wrap = False  # the plan crosses the antimeridian: west longitudes are east of 180
        self._moved_by_hand = False  # the volunteer zoomed or panned: keep that view
        self._press: QPointF | None = None
        self._press_centre = self.centre
        self._panning = False

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(360, 300)

    def show_plan(
        self, track: list[tuple[float, float]], points: list[tuple[str, float, float]]
    ) -> None:
        """Show a track and the planned positions; the view fits them when the track is new."""
        new_track = list(track) != self.track
        self.track, self.points = list(track), list(points)
        if new_track:
            self._moved_by_hand = False
        self._fit()
        self.update()

    def choose(self, photo_id: str | None) -> None:
        """Ring this photo's planned position."""
        self.chosen = photo_id
        self.update()

    def world(self, latitude: float, longitude: float) -> tuple[float, float]:
        """A place's world coordinates in this view (east of 1 across the antimeridian)."""
        x, y = world_xy(latitude, longitude)
        return (x + 1.0 if self._wrap and x < 0.5 else x), y

    def at(self, latitude: float, longitude: float) -> QPointF:
        """Where a place is drawn."""
        return self.to_screen(*self.world(latitude, longitude))

    def _fit(self) -> None:
        """Show the whole track and every planned position, unless the volunteer moved the
        view since the track was shown."""
        if self._moved_by_hand:
            return
        everything = [*self.track, *((lat, lon) for _, lat, lon in self.points)]
        if not everything:
            return
        lons = [lon for _, lon in everything]
        self._wrap = max(lons) - min(lons) > 180  # across the antimeridian
        xs, ys = zip(*(self.world(lat, lon) for lat, lon in everything), strict=True)
        self.centre = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
        width = max(1.0, self.width() - 2 * MARGIN) / TILE_SIZE
        height = max(1.0, self.height() - 2 * MARGIN) / TILE_SIZE
        fit = min(width / max(max(xs) - min(xs), 1e-9), height / max(max(ys) - min(ys), 1e-9))
        self.zoom = max(1.0, min(FIT_UNTIL_ZOOM, math.log2(fit)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit()

    def _zoom_at(self, point: QPointF, change: float) -> None:
        self._moved_by_hand = True
        super()._zoom_at(point, change)

    def pan_from(self, centre: tuple[float, float], dx: float, dy: float) -> None:
        self._moved_by_hand = True
        super().pan_from(centre, dx, dy)

    def _follow_source(self) -> None:
        """Draw from the camera map's current tile source, repainting as its tiles arrive."""
        self.source = self._tiles() if self._tiles is not None else None
        if self.source is not None and self.source is not self._watched:
            self.source.tile_ready.connect(self.update)
            self._watched = self.source

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        self._follow_source()
        complete, online = self.draw_background(painter)
        if self.track:
            painter.setPen(QPen(TRACK, 3))
            painter.drawPolyline(QPolygonF([self.at(*p) for p in self.track]))
        painter.setPen(QPen(QColor("white"), 1))
        painter.setBrush(PLACED)
        for _, lat, lon in self.points:
            painter.drawEllipse(self.at(lat, lon), 4, 4)
        chosen = [p for p in self.points if p[0] == self.chosen]
        if chosen:
            painter.setPen(QPen(CHOSEN, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(self.at(chosen[0][1], chosen[0][2]), 8, 8)
        if not self.track and not self.points:
            box = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
            painter.fillRect(box, QColor(255, 255, 255, 200))
            painter.setPen(QColor("#566573"))
            painter.drawText(
                box,
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("The track and the photos' new places appear here."),
            )
        else:
            draw_scale_bar(painter, self)
        draw_attribution(painter, self, credits(self, complete, online))
        painter.setPen(QPen(QColor("#aab7b8"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self.rect()).adjusted(0, 0, -1, -1))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus()
            self._press, self._press_centre, self._panning = event.position(), self.centre, False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if self._press is None:
            return
        delta = event.position() - self._press
        if self._panning or abs(delta.x()) + abs(delta.y()) >= DRAG_PIXELS:
            self._panning = True
            self.pan_from(self._press_centre, -delta.x(), -delta.y())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        clicked = not self._panning
        self._press, self._panning = None, False
        if clicked and self.track:
            self.place_clicked.emit(*self.place_at(event.position()))
