"""The map: every camera as a point on Web Mercator tiles, clustered when zoomed out.

Painted directly (no scene items) from NumPy arrays of projected positions, so that 100,000
cameras pan smoothly: each frame projects, culls and clusters them in a few vectorised steps.
Drag a point to move its camera; click the map to place the selected camera that has none.
Without tiles the map still shows a grid, the scale bar and the points.
"""

from __future__ import annotations

import functools
import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

from surveyapp.cameras.listing import direction_span
from surveyapp.ui.camera_store import CameraStore
from surveyapp.ui.changes import Selection
from surveyapp.ui.formatting import QT_TRANSLATE_NOOP
from surveyapp.ui.map_layers import (
    cluster,
    draw_attribution,
    draw_banner,
    draw_diamonds,
    draw_grid,
    draw_legend,
    draw_scale_bar,
)
from surveyapp.ui.tiles import MAX_ZOOM, TILE_SIZE, TileSource, lat_lon, world_xy

CLUSTER_CELL = 56  # pixels: points closer than this merge into one cluster when zoomed out
CLUSTER_ABOVE = 400  # cluster when more points than this are in view...
DETAIL_ZOOM = 16  # ...and the zoom is below this,
MAX_POINTS = 2500  # or when more than this are in view at any zoom
CONE_ZOOM = 15  # view cones from this zoom on
CONE_PIXELS = 34
HIT_PIXELS = 9
DRAG_PIXELS = 4

POINT = QColor("#1f6fb2")
COVERED = QColor("#c0392b")
SELECTED = QColor("#f39c12")
CONE = QColor(31, 111, 178, 60)
CONE_EDGE = QColor(31, 111, 178, 110)
CLUSTER = QColor(31, 111, 178, 200)
KNOWN = QColor("#5d6d7e")  # cameras someone already mapped: hollow grey diamonds, under ours
KNOWN_PIXELS = 5
KNOWN_LEGEND = QT_TRANSLATE_NOOP("MapView", "already mapped (e.g. in OpenStreetMap)")
LEGEND = [
    (COVERED, QT_TRANSLATE_NOOP("MapView", "FCC Covered List vendor")),
    (POINT, QT_TRANSLATE_NOOP("MapView", "other or unknown vendor")),
    (SELECTED, QT_TRANSLATE_NOOP("MapView", "selected")),
]


class MapView(QWidget):
    """Cameras on a map; shares the selection; ``move_requested(id, lat, lon)`` on a drag."""

    move_requested = Signal(str, float, float)

    def __init__(self, store: CameraStore, selection: Selection) -> None:
        super().__init__()
        self.setObjectName("MapView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(240, 200)
        self._store, self._selection = store, selection
        self.source: TileSource | None = None
        self.zoom = 2.0
        self.centre = (0.5, 0.5)  # world coordinates of the view's centre
        self._ids: list[str] = []
        self._index: dict[str, int] = {}
        self._wx = np.zeros(0)
        self._wy = np.zeros(0)
        self._covered = np.zeros(0, dtype=bool)
        self._spans: list[tuple[float, float] | None] = []
        self._kx = np.zeros(0)  # the known cameras (read-only layer)
        self._ky = np.zeros(0)
        self.known_drawn = 0
        self._press: QPointF | None = None
        self._press_centre = self.centre
        self._dragging_id: str | None = None
        self._drag_pos: QPointF | None = None
        self._panning = False
        self._fitted = False
        self.clusters_drawn = 0
        self.points_drawn = 0
        store.reset.connect(self._reload)
        store.updated.connect(self._updated)
        selection.changed.connect(self._selection_changed)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(640, 480)

    # -- data ---------------------------------------------------------------------------------

    def set_tile_source(self, source: TileSource | None) -> None:
        """Draw tiles from ``source`` (None: grid only)."""
        if self.source is not None:
            self.source.tile_ready.disconnect(self.update)
            self.source.close()
            # Its network replies may still be finishing: Qt deletes it once they are done
            # (dropping the last Python reference would delete it at once, under their feet).
            self.source.deleteLater()
        self.source = source
        if source is not None:
            source.setParent(self)
            source.tile_ready.connect(self.update)
        self.update()

    def _updated(self, ids: set[str]) -> None:
        # An edit of a few cameras of 100,000: patch their entries instead of rebuilding.
        rows = [self._store.row(i) for i in ids]
        if any(row is None or row.located != (row.id in self._index) for row in rows):
            self._reload()
            return
        for row in rows:
            assert row is not None
            i = self._index.get(row.id)
            if i is None:
                continue
            assert row.latitude is not None and row.longitude is not None
            self._wx[i], self._wy[i] = world_xy(row.latitude, row.longitude)
            self._covered[i] = bool(row.covered)
            self._spans[i] = direction_span(row.direction)
        self.update()

    def _selection_changed(self, _ids: tuple[str, ...]) -> None:
        self.update()

    def set_known(self, latitudes: np.ndarray, longitudes: np.ndarray) -> None:
        """Show the cameras already mapped by others (the known-cameras layer)."""
        self._kx, self._ky = _project(latitudes, longitudes)
        self.update()

    def _reload(self) -> None:
        located = [row for row in self._store.rows if row.located]
        self._ids = [row.id for row in located]
        self._index = {camera_id: i for i, camera_id in enumerate(self._ids)}
        lats = np.fromiter((r.latitude for r in located), float, len(located))
        lons = np.fromiter((r.longitude for r in located), float, len(located))
        self._wx, self._wy = _project(lats, lons)
        self._covered = np.fromiter((bool(r.covered) for r in located), bool, len(located))
        self._spans = [direction_span(r.direction) for r in located]
        if not self._fitted and located:
            self.fit()
        self.update()

    def fit(self) -> None:
        """Show every located camera."""
        if not len(self._wx):
            return
        self._fitted = True
        x0, x1 = float(np.percentile(self._wx, 1)), float(np.percentile(self._wx, 99))
        y0, y1 = float(np.percentile(self._wy, 1)), float(np.percentile(self._wy, 99))
        self.centre = ((x0 + x1) / 2, (y0 + y1) / 2)
        span = max(x1 - x0, y1 - y0, 1e-7)
        fit = min(self.width(), self.height()) * 0.85 / TILE_SIZE
        self.zoom = max(2.0, min(17.0, math.log2(fit / span)))
        self.update()

    def centre_on(self, latitude: float, longitude: float, zoom: float | None = None) -> None:
        """Move the view to this position (and zoom)."""
        self.centre = world_xy(latitude, longitude)
        if zoom is not None:
            self.zoom = max(1.0, min(float(MAX_ZOOM), zoom))
        self._fitted = True
        self.update()

    # -- projection ---------------------------------------------------------------------------

    @property
    def _scale(self) -> float:
        return float(TILE_SIZE * 2.0**self.zoom)

    def to_screen(self, x: float, y: float) -> QPointF:
        """Screen position of a world point."""
        s = self._scale
        return QPointF(
            (x - self.centre[0]) * s + self.width() / 2,
            (y - self.centre[1]) * s + self.height() / 2,
        )

    def to_world(self, point: QPointF) -> tuple[float, float]:
        """World position under a screen point."""
        s = self._scale
        return (
            self.centre[0] + (point.x() - self.width() / 2) / s,
            self.centre[1] + (point.y() - self.height() / 2) / s,
        )

    def screen_of(self, camera_id: str) -> QPointF | None:
        """Where a located camera is drawn."""
        i = self._index.get(camera_id)
        return None if i is None else self.to_screen(self._wx[i], self._wy[i])

    def _visible(
        self, wx: np.ndarray | None = None, wy: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        wx = self._wx if wx is None else wx
        wy = self._wy if wy is None else wy
        s = self._scale
        sx = (wx - self.centre[0]) * s + self.width() / 2
        sy = (wy - self.centre[1]) * s + self.height() / 2
        margin = CONE_PIXELS + 4
        mask = (sx > -margin) & (sx < self.width() + margin)
        mask &= (sy > -margin) & (sy < self.height() + margin)
        index = np.nonzero(mask)[0]
        return index, sx[index], sy[index]

    # -- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#eef1f4"))
        covered = self._draw_tiles(painter)
        if not covered:
            draw_grid(painter, self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._draw_known(painter)
        index, sx, sy = self._visible()
        if self._clustered(len(index)):
            self._draw_clusters(painter, index, sx, sy)
        else:
            self._draw_points(painter, index, sx, sy)
        draw_scale_bar(painter, self)
        legend = [(colour, self.tr(text)) for colour, text in LEGEND]
        if self.known_drawn:
            legend.append((KNOWN, self.tr(KNOWN_LEGEND)))
        if self.points_drawn or self.clusters_drawn or self.known_drawn:
            draw_legend(painter, self, legend)
        draw_attribution(painter, self, self.source.attribution if self.source else "")
        banner = self._banner()
        if banner:
            draw_banner(painter, self, banner)
        painter.end()

    def _draw_known(self, painter: QPainter) -> None:
        """The known cameras in view, as hollow diamonds (none when too many to tell apart)."""
        index, sx, sy = self._visible(self._kx, self._ky)
        self.known_drawn = 0
        if not len(index) or len(index) > MAX_POINTS:
            return
        draw_diamonds(painter, sx, sy, KNOWN, KNOWN_PIXELS)
        self.known_drawn = len(index)

    def _banner(self) -> str:
        if self._store.loaded and not self._store.rows:
            return self.tr("No cameras yet: drop photos here, or Import (Ctrl+I)")
        if self.placing is not None:
            return self.tr("Click the map where this camera is, to place it")
        return ""

    @property
    def placing(self) -> str | None:
        """The selected camera that has no position yet (a click places it), if any."""
        ids = self._selection.ids
        if len(ids) == 1 and ids[0] not in self._index:
            row = self._store.row(ids[0])
            if row is not None and not row.located:
                return ids[0]
        return None

    def _draw_tiles(self, painter: QPainter) -> bool:
        """Draw the tiles in view; whether every one of them was there."""
        if self.source is None:
            return False
        z = max(0, min(MAX_ZOOM, round(self.zoom)))
        n = 1 << z
        size = self._scale / n
        x0, y0 = self.to_world(QPointF(0, 0))
        x1, y1 = self.to_world(QPointF(self.width(), self.height()))
        complete = True
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for ty in range(max(0, int(y0 * n)), min(n - 1, int(y1 * n)) + 1):
            for tx in range(int(math.floor(x0 * n)), int(math.floor(x1 * n)) + 1):
                corner = self.to_screen(tx / n, ty / n)
                target = QRectF(corner.x(), corner.y(), size + 0.5, size + 0.5)
                if not self._draw_tile(painter, target, z, tx % n, ty):
                    complete = False
        return complete

    def _draw_tile(self, painter: QPainter, target: QRectF, z: int, x: int, y: int) -> bool:
        assert self.source is not None
        pixmap = self.source.tile((z, x, y))
        if pixmap is not None:
            painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
            return True
        # Until it arrives, a coarser tile stretched over the gap is better than nothing.
        for up in range(1, 4):
            if z - up < 0:
                break
            parent = self.source.tile((z - up, x >> up, y >> up))
            if parent is not None:
                part = parent.width() / (1 << up)
                source = QRectF((x % (1 << up)) * part, (y % (1 << up)) * part, part, part)
                painter.drawPixmap(target, parent, source)
                return False
        return False

    def _draw_clusters(
        self, painter: QPainter, index: np.ndarray, sx: np.ndarray, sy: np.ndarray
    ) -> None:
        cx, cy, counts, covered = cluster(sx, sy, self._covered[index], CLUSTER_CELL)
        font = QFont(self.font())
        font.setPointSizeF(8.5)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        ratio = self.devicePixelRatioF()
        for k in range(len(counts)):
            count = int(counts[k])
            radius = round(7 + 4 * math.log10(count)) if count > 1 else 5
            colour = COVERED if covered[k] * 2 > count else CLUSTER
            x, y = float(cx[k]), float(cy[k])
            sprite = _disc(radius, colour.rgba(), ratio)
            half = sprite.width() / ratio / 2
            painter.drawPixmap(QPointF(x - half, y - half), sprite)
            if count > 1:
                box = QRectF(x - radius, y - radius, 2 * radius, 2 * radius)
                text = str(count) if count < 10_000 else f"{count // 1000}k"
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        self.clusters_drawn, self.points_drawn = len(counts), 0

    def _clustered(self, visible: int) -> bool:
        return visible > MAX_POINTS or (visible > CLUSTER_ABOVE and self.zoom < DETAIL_ZOOM)

    def _draw_points(
        self, painter: QPainter, index: np.ndarray, sx: np.ndarray, sy: np.ndarray
    ) -> None:
        selected = set(self._selection.ids)
        ratio = self.devicePixelRatioF()
        if self.zoom >= CONE_ZOOM:
            for i, x, y in zip(index.tolist(), sx.tolist(), sy.tolist(), strict=True):
                span = self._spans[i]
                if span is not None:
                    # Sprites of cones rounded to 5 degrees: a path per cone costs 4x more.
                    cone = _cone_sprite(round(span[0] / 5) * 5, round(span[1] / 5) * 5, ratio)
                    half = cone.width() / ratio / 2
                    painter.drawPixmap(QPointF(x - half, y - half), cone)
        plain = {True: _disc(6, COVERED.rgba(), ratio), False: _disc(6, POINT.rgba(), ratio)}
        chosen = _disc(8, SELECTED.rgba(), ratio, QColor("#7a4a00").rgba())
        for i, x, y in zip(index.tolist(), sx.tolist(), sy.tolist(), strict=True):
            camera_id = self._ids[i]
            if camera_id == self._dragging_id and self._drag_pos is not None:
                x, y = self._drag_pos.x(), self._drag_pos.y()
            sprite = chosen if camera_id in selected else plain[bool(self._covered[i])]
            half = sprite.width() / ratio / 2
            painter.drawPixmap(QPointF(x - half, y - half), sprite)
        self.points_drawn, self.clusters_drawn = len(index), 0

    # -- interaction --------------------------------------------------------------------------

    def camera_at(self, point: QPointF) -> str | None:
        """The camera drawn under a screen point (when points, not clusters, are shown)."""
        index, sx, sy = self._visible()
        if not len(index) or self._clustered(len(index)):
            return None
        distance = (sx - point.x()) ** 2 + (sy - point.y()) ** 2
        nearest = int(np.argmin(distance))
        if distance[nearest] > HIT_PIXELS**2:
            return None
        return self._ids[int(index[nearest])]

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.setFocus()
        self._press = event.position()
        self._press_centre = self.centre
        hit = self.camera_at(event.position())
        self._dragging_id = hit
        if hit is not None:
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ids = list(self._selection.ids)
            if ctrl:
                ids = [i for i in ids if i != hit] if hit in ids else [*ids, hit]
            elif hit not in ids:
                ids = [hit]
            self._selection.set(ids)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if self._press is None:
            hit = self.camera_at(event.position())
            self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)
            return
        delta = event.position() - self._press
        if not self._panning and self._drag_pos is None:
            if abs(delta.x()) + abs(delta.y()) < DRAG_PIXELS:
                return
            if self._dragging_id is None:
                self._panning = True
        if self._dragging_id is not None:
            self._drag_pos = event.position()
        else:
            s = self._scale
            self.centre = (
                self._press_centre[0] - delta.x() / s,
                min(1.0, max(0.0, self._press_centre[1] - delta.y() / s)),
            )
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        dragged, position = self._dragging_id, self._drag_pos
        was_panning = self._panning
        self._press, self._dragging_id, self._drag_pos, self._panning = None, None, None, False
        if dragged is not None and position is not None:
            self._move(dragged, position)
        elif dragged is None and not was_panning:
            self._click(event)
        self.update()

    def _move(self, camera_id: str, position: QPointF) -> None:
        x, y = self.to_world(position)
        latitude, longitude = lat_lon(x % 1.0, min(max(y, 0.0), 1.0))
        i = self._index.get(camera_id)
        if i is not None:  # show it where it was dropped until the change comes back
            self._wx[i], self._wy[i] = x % 1.0, y
        self.move_requested.emit(camera_id, latitude, longitude)

    def _click(self, event: QMouseEvent) -> None:
        placing = self.placing
        if placing is not None:
            self._move(placing, event.position())
            return
        if self.clusters_drawn:  # a click on a cluster zooms in on it
            self._zoom_at(event.position(), 2.0)
            return
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._selection.set([])

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt override)
        steps = event.angleDelta().y() / 120
        if steps:
            self._zoom_at(event.position(), steps * 0.5)

    def _zoom_at(self, point: QPointF, change: float) -> None:
        before = self.to_world(point)
        self.zoom = max(1.0, min(float(MAX_ZOOM), self.zoom + change))
        after = self.to_world(point)
        self.centre = (
            self.centre[0] + before[0] - after[0],
            min(1.0, max(0.0, self.centre[1] + before[1] - after[1])),
        )
        self.update()

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the view by screen pixels."""
        s = self._scale
        self.centre = (self.centre[0] + dx / s, min(1.0, max(0.0, self.centre[1] + dy / s)))
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        moves = {
            Qt.Key.Key_Left: (-80, 0), Qt.Key.Key_Right: (80, 0),
            Qt.Key.Key_Up: (0, -80), Qt.Key.Key_Down: (0, 80),
        }  # fmt: skip
        if key in moves:
            self.pan_by(*moves[Qt.Key(key)])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self._zoom_at(QPointF(self.width() / 2, self.height() / 2), 1.0)
        elif key == Qt.Key.Key_Minus:
            self._zoom_at(QPointF(self.width() / 2, self.height() / 2), -1.0)
        else:
            super().keyPressEvent(event)


def _project(latitudes: np.ndarray, longitudes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Web Mercator world coordinates in [0, 1) of many positions at once."""
    lats = np.clip(np.asarray(latitudes, float), -85.05112878, 85.05112878)
    sin = np.sin(np.radians(lats))
    return (np.asarray(longitudes, float) + 180.0) / 360.0, 0.5 - np.log((1 + sin) / (1 - sin)) / (
        4 * math.pi
    )


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


@functools.lru_cache(maxsize=1024)
def _cone_sprite(start: float, end: float, ratio: float) -> QPixmap:
    size = 2 * CONE_PIXELS + 2
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(CONE_EDGE, 1))
    painter.setBrush(CONE)
    painter.drawPath(_cone(QPointF(size / 2, size / 2), (start, end)))
    painter.end()
    return pixmap


@functools.lru_cache(maxsize=256)
def _disc(radius: int, rgba: int, ratio: float, outline: int = 0xFFFFFFFF) -> QPixmap:
    """A filled circle with an outline, drawn once and stamped for every point."""
    size = 2 * radius + 4
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor.fromRgba(outline), 1.5))
    painter.setBrush(QColor.fromRgba(rgba))
    painter.drawEllipse(QPointF(size / 2, size / 2), radius, radius)
    painter.end()
    return pixmap
