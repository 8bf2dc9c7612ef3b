"""What the map draws over (or instead of) its tiles: grid, scale bar, attribution, banner."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from surveyapp.ui.formatting import locale
from surveyapp.ui.tiles import lat_lon, metres_per_pixel, world_xy

if TYPE_CHECKING:
    from surveyapp.ui.map_view import MapView

_NICE = (1, 2, 5)


def cluster(
    sx: np.ndarray, sy: np.ndarray, covered: np.ndarray, cell: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Screen points merged per ``cell``-pixel square: centres x, y, counts, covered counts."""
    cells = np.floor(sx / cell).astype(np.int64) * 100_003 + np.floor(sy / cell).astype(np.int64)
    _keys, inverse, counts = np.unique(cells, return_inverse=True, return_counts=True)
    return (
        np.bincount(inverse, sx) / counts,
        np.bincount(inverse, sy) / counts,
        counts,
        np.bincount(inverse, covered.astype(float)),
    )


def draw_diamonds(
    painter: QPainter, sx: np.ndarray, sy: np.ndarray, colour: QColor, radius: float
) -> None:
    """Hollow diamonds at the screen points (the already-mapped cameras)."""
    painter.setPen(QPen(colour, 1.6))
    painter.setBrush(QColor(255, 255, 255, 170))
    r = radius
    for x, y in zip(sx.tolist(), sy.tolist(), strict=True):
        diamond = QPainterPath(QPointF(x, y - r))
        diamond.lineTo(x + r, y)
        diamond.lineTo(x, y + r)
        diamond.lineTo(x - r, y)
        diamond.closeSubpath()
        painter.drawPath(diamond)


def nice_step(value: float) -> float:
    """The largest 1, 2 or 5 × 10^n not above ``value``."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    return float(max(n * power for n in _NICE if n * power <= value))


def draw_grid(painter: QPainter, view: MapView) -> None:
    """Lines of latitude and longitude about every 120 pixels, with their values."""
    top_left = lat_lon(*view.to_world(QPointF(0, 0)))
    bottom_right = lat_lon(*view.to_world(QPointF(view.width(), view.height())))
    span = max(abs(bottom_right[1] - top_left[1]), 1e-9)
    step = nice_step(span * 120 / max(view.width(), 1))
    painter.setPen(QPen(QColor("#d3d9df"), 1))
    font = QFont(view.font())
    font.setPointSizeF(7.5)
    painter.setFont(font)
    decimals = max(0, -math.floor(math.log10(step)))
    longitude = math.floor(top_left[1] / step) * step
    while longitude <= bottom_right[1]:
        x = view.to_screen(*world_xy(0, longitude)).x()
        painter.drawLine(QPointF(x, 0), QPointF(x, view.height()))
        painter.setPen(QColor("#8a96a3"))
        painter.drawText(QPointF(x + 3, 12), f"{longitude:.{decimals}f}°")
        painter.setPen(QPen(QColor("#d3d9df"), 1))
        longitude += step
    latitude = math.floor(bottom_right[0] / step) * step
    while latitude <= top_left[0] and step > 0:
        y = view.to_screen(*world_xy(latitude, 0)).y()
        painter.drawLine(QPointF(0, y), QPointF(view.width(), y))
        painter.setPen(QColor("#8a96a3"))
        if y > 30:  # the top row holds the longitudes
            painter.drawText(QPointF(3, y - 3), f"{latitude:.{decimals}f}°")
        painter.setPen(QPen(QColor("#d3d9df"), 1))
        latitude += step


def draw_scale_bar(painter: QPainter, view: MapView) -> None:
    """A bar of a round number of metres or kilometres, bottom left."""
    latitude, _ = lat_lon(*view.centre)
    per_pixel = metres_per_pixel(latitude, view.zoom)
    metres = nice_step(per_pixel * 120)
    length = metres / per_pixel
    if metres >= 1000:
        distance = locale().toString(metres / 1000, "g")
        label = QCoreApplication.translate("MapView", "{distance} km").format(distance=distance)
    else:
        distance = locale().toString(metres, "g")
        label = QCoreApplication.translate("MapView", "{distance} m").format(distance=distance)
    x, y = 12.0, view.height() - 14.0
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(QRectF(x - 4, y - 18, length + 8, 24), QColor(255, 255, 255, 200))
    painter.setPen(QPen(QColor("#333"), 2))
    painter.drawLine(QPointF(x, y), QPointF(x + length, y))
    painter.drawLine(QPointF(x, y - 5), QPointF(x, y))
    painter.drawLine(QPointF(x + length, y - 5), QPointF(x + length, y))
    font = QFont(view.font())
    font.setPointSizeF(8)
    painter.setFont(font)
    painter.drawText(QPointF(x + 2, y - 6), label)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)


def draw_attribution(painter: QPainter, view: MapView, text: str) -> None:
    """The tile source's credit, bottom right, as its licence asks."""
    if not text:
        return
    font = QFont(view.font())
    font.setPointSizeF(7.5)
    painter.setFont(font)
    width = QFontMetricsF(font).horizontalAdvance(text) + 10
    box = QRectF(view.width() - width, view.height() - 16, width, 16)
    painter.fillRect(box, QColor(255, 255, 255, 210))
    painter.setPen(QColor("#333"))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def draw_banner(painter: QPainter, view: MapView, text: str) -> None:
    """A hint in a rounded box at the top of the map (wrapped when the map is narrow)."""
    font = QFont(view.font())
    font.setPointSizeF(10)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    width = min(view.width() - 24, metrics.horizontalAdvance(text) + 28)
    flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
    needed = metrics.boundingRect(QRectF(0, 0, width - 24, 1000), int(flags), text)
    box = QRectF((view.width() - width) / 2, 14, width, needed.height() + 14)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(33, 37, 41, 215))
    painter.drawRoundedRect(box, 8, 8)
    painter.setPen(QColor("white"))
    painter.drawText(box.adjusted(12, 0, -12, 0), flags, text)


def draw_legend(painter: QPainter, view: MapView, entries: list[tuple[QColor, str]]) -> None:
    """Colour keys in a box above the scale bar."""
    font = QFont(view.font())
    font.setPointSizeF(8)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    width = max(metrics.horizontalAdvance(text) for _, text in entries) + 30
    line = metrics.height() + 4
    box = QRectF(8, view.height() - 44 - line * len(entries), width, line * len(entries) + 8)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 215))
    painter.drawRoundedRect(box, 4, 4)
    for row, (colour, text) in enumerate(entries):
        y = box.top() + 4 + row * line + line / 2
        painter.setPen(QPen(QColor("white"), 1.2))
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(box.left() + 12, y), 5, 5)
        painter.setPen(QColor("#333"))
        painter.drawText(QPointF(box.left() + 24, y + metrics.ascent() / 2 - 1), text)
