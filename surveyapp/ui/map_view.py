"""The map: every camera as a point over a basemap that is never blank, clustered when zoomed out.

Painted directly (no scene items) from NumPy arrays of projected positions, so that 100,000
cameras pan smoothly: each frame projects, culls and clusters them in a few vectorised steps.
Under them: online tiles or an MBTiles file when there are some, else the offline basemap
(Natural Earth's world and the OSM areas the volunteer added, with their names). A press and
drag pans the map; a camera moves only when dragged with Shift held (or in Move mode) at a zoom
where a pixel is at most a few metres, with the distance shown. A click places the selected
camera that has no position.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
)

from surveyapp.basemap.geometry import metres_per_unit, project
from surveyapp.cameras.listing import direction_span
from surveyapp.ui.camera_store import CameraStore
from surveyapp.ui.changes import Selection
from surveyapp.ui.formatting import QT_TRANSLATE_NOOP
from surveyapp.ui.map_base import credits
from surveyapp.ui.map_canvas import DRAG_PIXELS, MapCanvas
from surveyapp.ui.map_layers import (
    distance_text,
    draw_attribution,
    draw_banner,
    draw_diamonds,
    draw_legend,
    draw_scale_bar,
    legend_box,
)
from surveyapp.ui.map_points import (
    CONE_PIXELS,
    COVERED,
    POINT,
    SELECTED,
    diamond,
    draw_clusters,
    draw_known_clusters,
    draw_move,
    draw_points,
    draw_suggestions,
    review_sprite,
)
from surveyapp.ui.offline_map import OfflineMap
from surveyapp.ui.tasks import make_way
from surveyapp.ui.tiles import MAX_ZOOM, TILE_SIZE, TileSource, lat_lon, world_xy

CLUSTER_ABOVE = 400  # cluster when more points than this are in view...
DETAIL_ZOOM = 16  # ...and the zoom is below this,
MAX_POINTS = 2500  # or when more than this are in view at any zoom
HIT_PIXELS = 9
# A camera is moved or placed by hand only where one pixel is at most this many metres.
MOVE_METRES_PER_PIXEL = 3.0
NOTICE_MS = 12_000

KNOWN = QColor("#5d6d7e")  # cameras someone already mapped: hollow grey diamonds, under ours
KNOWN_PIXELS = 5
KNOWN_LEGEND = QT_TRANSLATE_NOOP("MapView", "already mapped (e.g. in OpenStreetMap)")
SUGGESTED = QColor("#8e44ad")  # where a photo without GPS probably was: click to accept
SUGGESTED_LEGEND = QT_TRANSLATE_NOOP("MapView", "suggested place (click to accept)")
LEGEND = [
    (COVERED, QT_TRANSLATE_NOOP("MapView", "FCC Covered List vendor")),
    (POINT, QT_TRANSLATE_NOOP("MapView", "other or unknown vendor")),
    (SELECTED, QT_TRANSLATE_NOOP("MapView", "selected")),
]
# The team's review, shown by the point's symbol (in the legend when a point shows it).
REVIEW_LEGEND = {
    "verified": QT_TRANSLATE_NOOP("MapView", "verified by a reviewer"),
    "disputed": QT_TRANSLATE_NOOP("MapView", "disputed"),
    "removed": QT_TRANSLATE_NOOP("MapView", "removed"),
}


STREET_ZOOM = 17.0  # a street and its corners
APART_PIXELS = 48  # a likely duplicate pair is shown at least this far apart, when the map can
FAR_OUT_ZOOM = 13.0  # a town or more: too far to see which camera is selected


class MapView(MapCanvas):
    """Cameras on a map; shares the selection; ``move_requested(id, lat, lon)`` on a move,
    ``notice(text)`` when something the volunteer should know happened (tiles failing)."""

    move_requested = Signal(str, float, float)
    notice = Signal(str)
    suggestion_clicked = Signal(str)  # a camera id: accept its suggested place

    def __init__(
        self, store: CameraStore, selection: Selection, offline: OfflineMap | None = None
    ) -> None:
        super().__init__(offline)
        self.setObjectName("MapView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(240, 200)
        self._store, self.selection = store, selection
        self.ids: list[str] = []
        self._index: dict[str, int] = {}
        self._wx = np.zeros(0)
        self._wy = np.zeros(0)
        self.covered = np.zeros(0, dtype=bool)
        self.spans: list[tuple[float, float] | None] = []
        self.reviews: list[str] = []  # each point's review state (its symbol)
        self._kx = np.zeros(0)  # the known cameras (read-only layer)
        self._ky = np.zeros(0)
        self.suggested: list[str] = []  # cameras without a position, with a suggested place
        self._gx = np.zeros(0)
        self._gy = np.zeros(0)
        self.suggestions_drawn = 0
        self.move_mode = False  # "Move cameras" in the Map menu: drags move without Shift
        self.known_drawn = self.clusters_drawn = self.points_drawn = 0
        self.known_clusters = 0  # diamonds standing for several known cameras
        self._press: QPointF | None = None
        self._press_centre = self.centre
        # The camera the press was on: choosing it may take the map to its street, and the
        # release, over the same pixel, is then over other ground.
        self._pressed_id: str | None = None
        self._dragging_id: str | None = None
        self._drag_pos: QPointF | None = None
        self._panning = False
        self._fitted = False
        # The view the map fitted by itself to the cameras it had (an import's first ones), while
        # nobody has moved it or chosen a camera since: the next cameras are fitted in too.
        self._own_view: tuple[tuple[float, float], float] | None = None
        self._hint = ""  # why a drag panned instead of moving
        self._notice = ""
        self._notice_timer = QTimer(self, singleShot=True, interval=NOTICE_MS)
        self._notice_timer.timeout.connect(self._clear_notice)
        store.reset.connect(self._reload)
        store.updated.connect(self._updated)
        selection.changed.connect(self._selection_changed)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(640, 480)

    # -- data ---------------------------------------------------------------------------------

    def set_tile_source(self, source: TileSource | None) -> None:
        """Draw tiles from ``source`` (None: the offline basemap only)."""
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
            source.failed.connect(self._tiles_failed)
        self.update()

    def _tiles_failed(self, error: str) -> None:
        text = self.tr(
            "Online map tiles cannot be loaded ({error}): the map shows the offline basemap."
        ).format(error=error)
        self._notice = text
        self._notice_timer.start()
        self.notice.emit(text)
        self.update()

    def _clear_notice(self) -> None:
        self._notice = ""
        self.update()

    def _selected_places(self) -> dict[str, tuple[float, float]]:
        """Where the selected located cameras are drawn now (world coordinates)."""
        places = {}
        for camera_id in self.selection.ids:
            i = self._index.get(camera_id)
            if i is not None:
                places[camera_id] = (float(self._wx[i]), float(self._wy[i]))
        return places

    def _follow(self, before: dict[str, tuple[float, float]]) -> None:
        """A selected camera an edit moved out of sight (a split, an undo, a command): go to
        it, as when it was chosen (a camera dragged by hand stays under the hand)."""
        after = self._selected_places()
        moved = any(before.get(i, place) != place for i, place in after.items())
        if moved and not self._in_view(tuple(after)):
            self.zoom_to_selected()

    def _updated(self, ids: set[str]) -> None:
        # An edit of a few cameras of 100,000: patch their entries instead of rebuilding.
        rows = [self._store.row(i) for i in ids]
        if any(row is None or row.located != (row.id in self._index) for row in rows):
            self._reload()
            return
        before = self._selected_places()
        for row in rows:
            assert row is not None
            i = self._index.get(row.id)
            if i is None:
                continue
            assert row.latitude is not None and row.longitude is not None
            self._wx[i], self._wy[i] = world_xy(row.latitude, row.longitude)
            self.covered[i] = bool(row.covered)
            self.spans[i] = direction_span(row.direction)
            self.reviews[i] = row.review
        self._follow(before)
        self.update()

    def set_known(self, latitudes: np.ndarray, longitudes: np.ndarray) -> None:
        """Show the cameras already mapped by others (the known-cameras layer)."""
        self._kx, self._ky = project(latitudes, longitudes)
        self.update()

    def set_suggestions(self, places: list[tuple[str, float, float]]) -> None:
        """Show suggested places (camera id, latitude, longitude) of cameras without one."""
        self.suggested = [camera_id for camera_id, _, _ in places]
        self._gx, self._gy = project(
            np.array([lat for _, lat, _ in places], dtype=float),
            np.array([lon for _, _, lon in places], dtype=float),
        )
        self.update()

    def suggestion_at(self, point: QPointF) -> str | None:
        """The camera whose suggested place is drawn under a screen point."""
        index, sx, sy = self._visible(self._gx, self._gy)
        if not len(index):
            return None
        distance = (sx - point.x()) ** 2 + (sy - point.y()) ** 2
        nearest = int(np.argmin(distance))
        return None if distance[nearest] > HIT_PIXELS**2 else self.suggested[int(index[nearest])]

    def _reload(self) -> None:
        before = self._selected_places()
        located = [row for row in self._store.rows if row.located]
        self.ids = [row.id for row in located]
        self._index = {camera_id: i for i, camera_id in enumerate(self.ids)}
        lats = np.fromiter((r.latitude for r in located), float, len(located))
        lons = np.fromiter((r.longitude for r in located), float, len(located))
        self._wx, self._wy = project(lats, lons)
        self.covered = np.fromiter((bool(r.covered) for r in located), bool, len(located))
        self.spans = [direction_span(r.direction) for r in located]
        self.reviews = [r.review for r in located]
        untouched = self._own_view == (self.centre, self.zoom)
        if located and (not self._fitted or untouched):
            self.fit()
            self._own_view = (self.centre, self.zoom)
        else:
            self._follow(before)
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

    def _selection_changed(self, ids: tuple[str, ...]) -> None:
        self._own_view = None  # the volunteer's choice from now on
        # One camera chosen while the map shows a whole region: go to its street. Cameras
        # chosen elsewhere (the list, a warning) that the map does not show: go to them.
        if (len(ids) == 1 and self.zoom < FAR_OUT_ZOOM) or not self._in_view(ids):
            self.zoom_to_selected()
        self.update()

    def _in_view(self, ids: tuple[str, ...]) -> bool:
        """Whether every located camera of ``ids`` is on the screen."""
        rect = QRectF(0, 0, self.width(), self.height())
        for camera_id in ids:
            i = self._index.get(camera_id)
            if i is not None and not rect.contains(self.to_screen(self._wx[i], self._wy[i])):
                return False
        return True

    def zoom_to_selected(self) -> bool:
        """Centre on the selected cameras at street level (or closer, if the map is closer);
        whether any of them has a position."""
        rows = [self._store.row(i) for i in self.selection.ids]
        located = [r for r in rows if r is not None and r.located]
        if not located:
            return False
        latitude = sum(float(r.latitude or 0) for r in located) / len(located)
        longitude = sum(float(r.longitude or 0) for r in located) / len(located)
        zoom = max(self.zoom, STREET_ZOOM)
        if len(located) > 1:  # all of them on the screen, at street level at most
            points = [world_xy(float(r.latitude or 0), float(r.longitude or 0)) for r in located]
            xs, ys = [x for x, _ in points], [y for _, y in points]
            span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
            fit = min(self.width(), self.height()) * 0.8 / TILE_SIZE
            zoom = min(zoom, max(2.0, math.log2(fit / span)))
        self.centre_on(latitude, longitude, zoom)
        return True

    def show_apart(self, ids: list[str]) -> None:
        """Bring these cameras into view, closer if need be until no two are one dot: a likely
        duplicate pair a few metres apart is told apart (as close as the map goes)."""
        located = [r for r in (self._store.row(i) for i in ids) if r is not None and r.located]
        if len(located) < 2:
            self.zoom_to_selected()
            return
        points = [world_xy(float(r.latitude or 0), float(r.longitude or 0)) for r in located]
        xs, ys = [x for x, _ in points], [y for _, y in points]
        nearest = min(
            math.hypot(a[0] - b[0], a[1] - b[1])
            for i, a in enumerate(points)
            for b in points[i + 1 :]
        )
        span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-12)
        fit = math.log2(min(self.width(), self.height()) * 0.8 / TILE_SIZE / span)
        apart = math.log2(APART_PIXELS / TILE_SIZE / max(nearest, 1e-12))
        zoom = min(fit, max(apart, STREET_ZOOM, self.zoom), float(MAX_ZOOM))
        self._own_view = None
        self.centre = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
        self.zoom = max(1.0, zoom)
        self._fitted = True
        self.update()

    def centre_on(self, latitude: float, longitude: float, zoom: float | None = None) -> None:
        """Move the view to this position (and zoom)."""
        self.centre = world_xy(latitude, longitude)
        if zoom is not None:
            self.zoom = max(1.0, min(float(MAX_ZOOM), zoom))
        self._fitted = True
        self.update()

    # -- projection ---------------------------------------------------------------------------

    def screen_of(self, camera_id: str) -> QPointF | None:
        """Where a located camera is drawn."""
        i = self._index.get(camera_id)
        return None if i is None else self.to_screen(self._wx[i], self._wy[i])

    def _visible(
        self, wx: np.ndarray | None = None, wy: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        wx = self._wx if wx is None else wx
        wy = self._wy if wy is None else wy
        s = self.world_scale
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
        complete, online = self.draw_background(painter)
        self._draw_known(painter)
        index, sx, sy = self._visible(self._gx, self._gy)
        self.suggestions_drawn = draw_suggestions(painter, sx, sy, SUGGESTED)
        index, sx, sy = self._visible()
        if self._clustered(len(index)):
            self.clusters_drawn, self.points_drawn = draw_clusters(painter, self, index, sx, sy), 0
        else:
            dragged = None
            if self._dragging_id is not None and self._drag_pos is not None:
                dragged = (self._dragging_id, self._drag_pos)
            self.points_drawn = draw_points(painter, self, index, sx, sy, dragged)
            self.clusters_drawn = 0
            if dragged is not None:
                start = self.screen_of(dragged[0])
                if start is not None:
                    draw_move(painter, self, start, dragged[1], self.drag_metres(dragged[1]))
        draw_scale_bar(painter, self)
        if self.points_drawn or self.clusters_drawn or self.known_drawn:
            draw_legend(painter, self, self._legend())
        draw_attribution(painter, self, credits(self, complete, online))
        banner = self.banner()
        if banner:
            draw_banner(painter, self, banner)
        painter.end()

    def _legend(self) -> list[tuple[QColor | QPixmap, str]]:
        legend: list[tuple[QColor | QPixmap, str]] = [
            (colour, self.tr(text)) for colour, text in LEGEND
        ]
        present = set(self.reviews)
        ratio = self.devicePixelRatioF()
        legend += [
            (review_sprite(state, False, ratio), self.tr(text))
            for state, text in REVIEW_LEGEND.items()
            if state in present
        ]
        if self.known_drawn:
            legend.append((diamond(KNOWN_PIXELS, KNOWN.rgba(), ratio), self.tr(KNOWN_LEGEND)))
        if self.suggestions_drawn:
            legend.append((SUGGESTED, self.tr(SUGGESTED_LEGEND)))
        return legend

    def overlays(self) -> list[QRectF]:
        """The legend's box, when the last frame drew one (the grid is drawn before the points
        that decide it; a frame later is soon enough for where its labels go)."""
        if self.points_drawn or self.clusters_drawn or self.known_drawn:
            return [legend_box(self, self._legend())]
        return []

    def _draw_known(self, painter: QPainter) -> None:
        """The known cameras in view, as hollow diamonds; merged into counted diamonds when
        there are too many to tell apart, as ours are: at every zoom, none is left out."""
        index, sx, sy = self._visible(self._kx, self._ky)
        self.known_drawn = len(index)
        self.known_clusters = 0
        if not len(index):
            return
        if self._clustered(len(index)):
            self.known_clusters = draw_known_clusters(painter, self, sx, sy, KNOWN)
        else:
            draw_diamonds(painter, sx, sy, KNOWN, KNOWN_PIXELS)

    def banner(self) -> str:
        """The hint at the top of the map, if any."""
        if self._hint:
            return self._hint
        if self._notice:
            return self._notice
        if self._store.loaded and not self._store.rows:
            return self.tr("No cameras yet: drop photos here, or Import (Ctrl+I)")
        if self.placing is not None:
            if not self.fine_enough:
                return self.tr("Zoom in to place this camera: click the map to zoom in there")
            return self.tr("Click the map where this camera is, to place it")
        return ""

    @property
    def placing(self) -> str | None:
        """The selected camera that has no position yet (a click places it), if any."""
        ids = self.selection.ids
        if len(ids) == 1 and ids[0] not in self._index:
            row = self._store.row(ids[0])
            if row is not None and not row.located:
                return ids[0]
        return None

    @property
    def fine_enough(self) -> bool:
        """Whether the zoom is close enough to move or place a camera by hand."""
        return self.metres_per_pixel <= MOVE_METRES_PER_PIXEL

    def _clustered(self, visible: int) -> bool:
        return visible > MAX_POINTS or (visible > CLUSTER_ABOVE and self.zoom < DETAIL_ZOOM)

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
        return self.ids[int(index[nearest])]

    def drag_metres(self, position: QPointF) -> float:
        """How far the camera being dragged would move, in metres."""
        i = self._index.get(self._dragging_id or "")
        if i is None:
            return 0.0
        x, y = self.to_world(position)
        latitude = lat_lon(float(self._wx[i]), float(self._wy[i]))[0]
        return math.hypot(x - self._wx[i], y - self._wy[i]) * metres_per_unit(latitude)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.setFocus()
        self._press = event.position()
        self._press_centre = self.centre
        hit = self._pressed_id = self.camera_at(event.position())
        wants_move = self.move_mode or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self._dragging_id = hit if hit is not None and wants_move and self.fine_enough else None
        if hit is not None and wants_move and not self.fine_enough:
            self._hint = self.tr(
                "Zoom in to move a camera: here one pixel is {distance} of ground."
            ).format(distance=distance_text(self.metres_per_pixel))
        if hit is not None:
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ids = list(self.selection.ids)
            if ctrl:
                ids = [i for i in ids if i != hit] if hit in ids else [*ids, hit]
            elif hit not in ids:
                ids = [hit]
            self.selection.set(ids)
        self.update()

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
            make_way()  # background work pauses while the hand moves the map
            self._drag_pos = event.position()
            self.update()
        else:
            self.pan_from(self._press_centre, -delta.x(), -delta.y())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        dragged, position = self._dragging_id, self._drag_pos
        was_panning, hit = self._panning, self._pressed_id
        self._press, self._dragging_id, self._drag_pos, self._panning = None, None, None, False
        self._hint = ""
        if dragged is not None and position is not None:
            self._move(dragged, position)
        elif not was_panning and dragged is None and hit is None:
            self._click(event)
        self.update()

    def _move(self, camera_id: str, position: QPointF) -> None:
        x, y = self.to_world(position)
        latitude, longitude = self.place_at(position)
        i = self._index.get(camera_id)
        if i is not None:  # show it where it was dropped until the change comes back
            self._wx[i], self._wy[i] = x % 1.0, y
        self.move_requested.emit(camera_id, latitude, longitude)

    def _click(self, event: QMouseEvent) -> None:
        suggested = self.suggestion_at(event.position())
        if suggested is not None:
            self.suggestion_clicked.emit(suggested)
            return
        placing = self.placing
        if placing is not None:
            if self.fine_enough:
                self._move(placing, event.position())
            else:  # a click at city zoom would be guesswork: zoom in there first
                steps = math.ceil(math.log2(self.metres_per_pixel / MOVE_METRES_PER_PIXEL))
                self._zoom_at(event.position(), float(max(1, steps)))
            return
        if self.clusters_drawn:  # a click on a cluster zooms in on it
            self._zoom_at(event.position(), 2.0)
            return
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.selection.set([])
