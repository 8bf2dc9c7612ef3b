"""What the map draws over (or instead of) its tiles: grid, scale bar, attribution, banner."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPixmap

from surveyapp.ui.formatting import locale
from surveyapp.ui.tiles import MAX_LATITUDE, lat_lon, metres_per_pixel, world_xy

if TYPE_CHECKING:
    from surveyapp.ui.map_canvas import MapCanvas

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


def grid(
    view: MapCanvas, covered: Sequence[QRectF] = ()
) -> tuple[list[float], list[float], list[tuple[str, QRectF]]]:
    """Where the grid's lines go (x of each longitude, y of each latitude) and its labels, each
    with the box it takes, about every 120 pixels.

    Only real values are labelled: longitudes from -180° to 180° (the world repeats sideways, so
    a line beyond shows the longitude it is), latitudes within Web Mercator's ±85°; a label
    that would not fit inside the view, or would be under the scale bar or a box in
    ``covered`` (the legend), is left out.
    """
    width, height = view.width(), view.height()
    left, top = view.to_world(QPointF(0, 0))
    right, bottom = view.to_world(QPointF(width, height))
    top_lat, _ = lat_lon(0.5, max(0.0, top))
    bottom_lat, _ = lat_lon(0.5, min(1.0, bottom))
    step = nice_step(max((right - left) * 360.0, 1e-9) * 120 / max(width, 1))
    decimals = max(0, -math.floor(math.log10(step)))
    metrics = QFontMetricsF(_grid_font(view))
    xs: list[float] = []
    ys: list[float] = []
    labels: list[tuple[str, QRectF]] = []
    value = math.floor((left * 360.0 - 180.0) / step) * step
    while (value + 180.0) / 360.0 <= right:
        x = view.to_screen((value + 180.0) / 360.0, 0).x()
        xs.append(x)
        shown = (value + 180.0) % 360.0 - 180.0
        if math.isclose(shown, -180.0) and value > 0:
            shown = 180.0
        text = _degrees_text(shown, decimals)
        box = QRectF(x + 3, 2, metrics.horizontalAdvance(text), metrics.height())
        if box.left() >= 0 and box.right() <= width:
            labels.append((text, box))
        value += step
    covered = [scale_bar(view)[2], *covered]
    latitude = math.ceil(max(bottom_lat, -MAX_LATITUDE) / step) * step
    while latitude <= min(top_lat, MAX_LATITUDE):
        y = view.to_screen(*world_xy(latitude, 0)).y()
        ys.append(y)
        text = _degrees_text(latitude, decimals)
        box = QRectF(3, y - 3 - metrics.height(), metrics.horizontalAdvance(text), metrics.height())
        # Not in the top row (the longitudes), past the bottom edge nor under the scale bar.
        if (
            box.top() > metrics.height() + 4
            and box.bottom() <= height
            and not any(box.intersects(other) for other in covered)
        ):
            labels.append((text, box))
        latitude += step
    return xs, ys, labels


def _degrees_text(value: float, decimals: int) -> str:
    text = f"{value + 0.0:.{decimals}f}°"
    return "0°" if text.strip("-0.°") == "" else text


def _grid_font(view: MapCanvas) -> QFont:
    font = QFont(view.font())
    font.setPointSizeF(7.5)
    return font


def draw_grid(painter: QPainter, view: MapCanvas, covered: Sequence[QRectF] = ()) -> None:
    """Lines of latitude and longitude with their values (see ``grid``)."""
    xs, ys, labels = grid(view, covered)
    painter.setPen(QPen(QColor(120, 130, 140, 70), 1))
    for x in xs:
        painter.drawLine(QPointF(x, 0), QPointF(x, view.height()))
    for y in ys:
        painter.drawLine(QPointF(0, y), QPointF(view.width(), y))
    painter.setFont(_grid_font(view))
    painter.setPen(QColor("#6c7885"))
    for text, box in labels:
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)


def scale_bar(view: MapCanvas) -> tuple[float, str, QRectF, QRectF]:
    """The scale bar's length in pixels, its text, its box and the text's box (inside it)."""
    latitude, _ = lat_lon(*view.centre)
    per_pixel = metres_per_pixel(latitude, view.zoom)
    metres = nice_step(per_pixel * 120)
    length = metres / per_pixel
    label = distance_text(metres)
    metrics = QFontMetricsF(_scale_font(view))
    x, y = 12.0, view.height() - 10.0
    text = QRectF(
        x + 2, y - 6 - metrics.height(), metrics.horizontalAdvance(label), metrics.height()
    )
    box = QRectF(x - 4, text.top() - 3, max(length, text.width() + 4) + 8, y + 4 - text.top() + 3)
    return length, label, box, text


def _scale_font(view: MapCanvas) -> QFont:
    font = QFont(view.font())
    font.setPointSizeF(8)
    return font


def draw_scale_bar(painter: QPainter, view: MapCanvas) -> None:
    """A bar of a round number of metres or kilometres, bottom left; its text inside its box."""
    length, label, box, text = scale_bar(view)
    x, y = 12.0, view.height() - 10.0
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(box, QColor(255, 255, 255, 210))
    painter.setPen(QPen(QColor("#333"), 2))
    painter.drawLine(QPointF(x, y), QPointF(x + length, y))
    painter.drawLine(QPointF(x, y - 5), QPointF(x, y))
    painter.drawLine(QPointF(x + length, y - 5), QPointF(x + length, y))
    painter.setFont(_scale_font(view))
    painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)


def distance_text(metres: float) -> str:
    """A distance as the volunteer's language writes it: "250 m", "1.5 km"."""
    if metres >= 1000:
        distance = locale().toString(round(metres / 1000, 1), "g")
        return QCoreApplication.translate("MapView", "{distance} km").format(distance=distance)
    shown = round(metres) if metres >= 1 else round(metres, 1)
    distance = locale().toString(float(shown), "g")
    return QCoreApplication.translate("MapView", "{distance} m").format(distance=distance)


def draw_attribution(painter: QPainter, view: MapCanvas, text: str) -> None:
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


def draw_banner(painter: QPainter, view: MapCanvas, text: str) -> None:
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


def legend_box(view: MapCanvas, entries: Sequence[tuple[QColor | QPixmap, str]]) -> QRectF:
    """Where the legend of ``entries`` is drawn: above the scale bar."""
    metrics = QFontMetricsF(_legend_font(view))
    width = max(metrics.horizontalAdvance(text) for _, text in entries) + 30
    line = metrics.height() + 4
    return QRectF(8, view.height() - 44 - line * len(entries), width, line * len(entries) + 8)


def _legend_font(view: MapCanvas) -> QFont:
    font = QFont(view.font())
    font.setPointSizeF(8)
    return font


def draw_legend(
    painter: QPainter, view: MapCanvas, entries: Sequence[tuple[QColor | QPixmap, str]]
) -> None:
    """Colour keys (or symbols) in a box above the scale bar."""
    font = _legend_font(view)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    line = metrics.height() + 4
    box = legend_box(view, entries)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 215))
    painter.drawRoundedRect(box, 4, 4)
    for row, (colour, text) in enumerate(entries):
        y = box.top() + 4 + row * line + line / 2
        if isinstance(colour, QPixmap):
            half = colour.width() / colour.devicePixelRatio() / 2
            painter.drawPixmap(QPointF(box.left() + 12 - half, y - half), colour)
        else:
            painter.setPen(QPen(QColor("white"), 1.2))
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(box.left() + 12, y), 5, 5)
        painter.setPen(QColor("#333"))
        painter.drawText(QPointF(box.left() + 24, y + metrics.ascent() / 2 - 1), text)
