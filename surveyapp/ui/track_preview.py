"""A small map of a geotagging plan: the GPS track, where each photo would go and where it was.

Drawn on a plain local projection (no tiles: it works offline and shows only what matters to
the decision). A click says where a photo was really taken: ``place_clicked(lat, lon)``.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

TRACK = QColor("#2e86c1")
PLACED = QColor("#e67e22")
CHOSEN = QColor("#c0392b")
MARGIN = 14


class TrackPreview(QWidget):
    """The track as a line, the planned positions as dots, the chosen photo ringed."""

    place_clicked = Signal(float, float)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("TrackPreview")
        self.setMinimumSize(260, 220)
        self.track: list[tuple[float, float]] = []
        self.points: list[tuple[str, float, float]] = []  # (photo id, lat, lon)
        self.chosen: str | None = None
        self._box = (0.0, 0.0, 1.0, 1.0)  # west, south, east, north (east may pass 180)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(360, 300)

    def show_plan(
        self, track: list[tuple[float, float]], points: list[tuple[str, float, float]]
    ) -> None:
        """Show a track and the planned positions."""
        self.track, self.points = list(track), list(points)
        everything = [*self.track, *((lat, lon) for _, lat, lon in self.points)]
        if everything:
            lats = [lat for lat, _ in everything]
            lons = [lon for _, lon in everything]
            if max(lons) - min(lons) > 180:  # across the antimeridian
                lons = [lon + 360 if lon < 0 else lon for lon in lons]
            pad = 1e-4
            self._box = (min(lons) - pad, min(lats) - pad, max(lons) + pad, max(lats) + pad)
        self.update()

    def choose(self, photo_id: str | None) -> None:
        """Ring this photo's planned position."""
        self.chosen = photo_id
        self.update()

    def _scale(self) -> tuple[float, float, float]:
        west, south, east, north = self._box
        stretch = math.cos(math.radians((south + north) / 2)) or 1e-6
        width = max(1.0, self.width() - 2 * MARGIN)
        height = max(1.0, self.height() - 2 * MARGIN)
        scale = min(width / ((east - west) * stretch), height / (north - south))
        return scale, stretch, scale * (east - west) * stretch

    def to_screen(self, latitude: float, longitude: float) -> QPointF:
        """Where a point is drawn."""
        west, south, east, north = self._box
        scale, stretch, _ = self._scale()
        if longitude < west:
            longitude += 360
        x = MARGIN + (longitude - west) * stretch * scale
        y = self.height() - MARGIN - (latitude - south) * scale
        return QPointF(x, y)

    def to_place(self, point: QPointF) -> tuple[float, float]:
        """The (latitude, longitude) under a screen point."""
        west, south, _, _ = self._box
        scale, stretch, _ = self._scale()
        longitude = west + (point.x() - MARGIN) / (stretch * scale)
        latitude = south + (self.height() - MARGIN - point.y()) / scale
        return latitude, (longitude + 180) % 360 - 180

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#f4f6f7"))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.track:
            painter.setPen(QPen(TRACK, 2))
            painter.drawPolyline(QPolygonF([self.to_screen(*p) for p in self.track]))
        painter.setPen(QPen(QColor("white"), 1))
        painter.setBrush(PLACED)
        for _, lat, lon in self.points:
            painter.drawEllipse(self.to_screen(lat, lon), 4, 4)
        chosen = [p for p in self.points if p[0] == self.chosen]
        if chosen:
            painter.setPen(QPen(CHOSEN, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(self.to_screen(chosen[0][1], chosen[0][2]), 8, 8)
        if not self.track and not self.points:
            painter.setPen(QColor("#7f8c8d"))
            painter.drawText(
                QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("The track and the photos' new places appear here."),
            )
        painter.setPen(QPen(QColor("#aab7b8"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self.rect()).adjusted(0, 0, -1, -1))
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton and self.track:
            self.place_clicked.emit(*self.to_place(event.position()))
