"""The map: move by dragging, place by clicking, clusters, MBTiles and XYZ basemaps, no tiles."""

from __future__ import annotations

import http.server
import io
import json
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from surveyapp.cameras.listing import CameraRow
from surveyapp.db.models import Camera
from surveyapp.ui.main_window import MainWindow
from surveyapp.ui.map_view import KNOWN, MapView
from surveyapp.ui.tiles import USER_AGENT, world_xy
from tests.factory import PhotoSpec, make_jpeg
from tests.local_http import reply, serving
from tests.ui.conftest import run_import, wait_saved, write_photos

RED = (200, 30, 30)
LEFT, NONE = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
GREEN = (30, 160, 60)
KNOWN_RGB = (KNOWN.red(), KNOWN.green(), KNOWN.blue())


def png(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (256, 256), colour).save(out, "PNG")
    return out.getvalue()


def pixel(view: MapView, x: int, y: int) -> tuple[int, int, int]:
    image: QImage = view.grab().toImage()
    colour = QColor(image.pixel(x, y))
    return colour.red(), colour.green(), colour.blue()


def near(colour: tuple[int, int, int], wanted: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 12 for a, b in zip(colour, wanted, strict=True))


def drag(
    view: QWidget, start: QPoint, target: QPoint, modifier: Qt.KeyboardModifier = NONE
) -> None:
    """Press, move in two steps and release, as a hand does."""
    QTest.mousePress(view, LEFT, modifier, start)
    QTest.mouseMove(view, (start + target) / 2)
    QTest.mouseMove(view, target)
    QTest.mouseRelease(view, LEFT, modifier, target)


def on_screen(
    qtbot: QtBot, window: MainWindow, folder: Path, index: int, zoom: float,
    spacing_deg: float = 0.001,
) -> tuple[CameraRow, QPointF]:  # fmt: skip
    """Import a walk, centre the map on its ``index``-th camera at ``zoom``: its row and where
    it is drawn."""
    run_import(qtbot, window, [write_photos(folder, 3, spacing_deg=spacing_deg)]).accept()
    row = window.store.rows[index]
    assert row.latitude is not None and row.longitude is not None
    window.map.centre_on(row.latitude, row.longitude, zoom=zoom)
    point = window.map.screen_of(row.id)
    assert point is not None
    return row, point


def saved(window: MainWindow, camera_id: str) -> Camera:
    with window.db.session() as session:
        return session.get_one(Camera, uuid.UUID(camera_id))


def test_shift_drag_a_camera_to_move_it(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    row, start = on_screen(qtbot, window, tmp_path / "walk", 1, 18)
    view = window.map
    assert view.camera_at(start) == row.id
    target = QPoint(int(start.x()) + 60, int(start.y()) + 40)
    drag(view, start.toPoint(), target, SHIFT)
    wait_saved(qtbot, window)
    camera = saved(window, row.id)
    assert camera.position_source == "manual"
    assert row.latitude is not None and row.longitude is not None
    # 60 px east and 40 px south at zoom 18 (~0.42 m a pixel at this latitude).
    assert camera.longitude == pytest.approx(row.longitude + 60 * 360 / (256 * 2**18), abs=2e-6)
    assert camera.latitude is not None and camera.latitude < row.latitude - 1e-4
    assert window.selection.ids == (row.id,)
    assert window.store.row(row.id).position_source == "manual"  # type: ignore[union-attr]
    position = window.table.model.index(1, 6)
    assert window.table.model.data(position) == "✓"
    assert window.table.model.data(position, Qt.ItemDataRole.ToolTipRole).endswith("— manual")


def test_click_places_a_camera_without_position(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = write_photos(tmp_path / "walk", 2)
    (folder / "lost.jpg").write_bytes(make_jpeg(PhotoSpec(latitude=None, longitude=None), 7))
    run_import(qtbot, window, [folder]).accept()
    lost = next(row for row in window.store.rows if not row.located)
    window.selection.set([lost.id])
    view = window.map
    assert view.placing == lost.id
    view.centre_on(44.81, 20.47, zoom=16)
    QTest.mouseClick(view, LEFT, NONE, view.rect().center())
    wait_saved(qtbot, window)
    camera = saved(window, lost.id)
    assert camera.position_source == "manual"
    assert camera.latitude == pytest.approx(44.81, abs=1e-4)
    assert camera.longitude == pytest.approx(20.47, abs=1e-4)
    assert view.placing is None
    assert view.screen_of(lost.id) is not None  # now on the map


def test_selection_is_shared_between_list_and_map(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    row, point = on_screen(qtbot, window, tmp_path / "walk", 2, 17)
    view = window.map
    QTest.mouseClick(view, LEFT, NONE, point.toPoint())
    assert window.selection.ids == (row.id,)
    selected = window.table.view.selectionModel().selectedRows()
    assert [window.table.model.visible[i.row()].id for i in selected] == [row.id]
    # ...and the map shows it selected (orange) where it is.
    assert pixel(view, int(point.x()), int(point.y()))[0] > 200


def test_many_cameras_are_clustered_when_zoomed_out(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from benchmarks.bench_export import fill_database

    fill_database(tmp_path / "big.sqlite", 2000, 2000)
    from surveyapp.db.database import open_database

    big = open_database(tmp_path / "big.sqlite")
    try:
        other = MainWindow(big, window.settings, window.tasks, window.changes)
        qtbot.addWidget(other)
        other.resize(1200, 800)
        other.show()
        other.start()
        qtbot.waitUntil(lambda: other.store.loaded, timeout=10000)
        view = other.map
        view.centre_on(44.8125, 20.4612, zoom=11)
        view.grab()
        assert 1 < view.clusters_drawn < 300
        assert view.points_drawn == 0
        view.centre_on(44.8125, 20.4612, zoom=18)
        view.grab()
        assert view.clusters_drawn == 0 and 0 < view.points_drawn < 2000
        other.close()
    finally:
        big.close()


def make_mbtiles(
    path: Path, zoom: int, lat: float, lon: float, colour: tuple[int, int, int]
) -> None:
    """A tiny MBTiles file: a block of one-colour tiles around a point (TMS rows)."""
    x, y = world_xy(lat, lon)
    n = 1 << zoom
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    db.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, "
               "tile_data BLOB)")  # fmt: skip
    db.executemany("INSERT INTO metadata VALUES (?, ?)",
                   [("name", "test basemap"), ("format", "png"),
                    ("attribution", "test tiles © nobody")])  # fmt: skip
    data = png(colour)
    for tx in range(int(x * n) - 4, int(x * n) + 5):
        for ty in range(int(y * n) - 4, int(y * n) + 5):
            db.execute("INSERT INTO tiles VALUES (?, ?, ?, ?)", (zoom, tx, n - 1 - ty, data))
    db.commit()
    db.close()


def test_mbtiles_basemap_is_shown(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    view = window.map
    view.centre_on(44.8125, 20.4612, zoom=12)
    probe = (view.width() // 2 + 70, view.height() // 3)
    assert not near(pixel(view, *probe), RED)  # the grid, before
    make_mbtiles(tmp_path / "belgrade.mbtiles", 12, 44.8125, 20.4612, RED)
    window.settings.mbtiles = tmp_path / "belgrade.mbtiles"
    window.apply_settings()
    assert near(pixel(view, *probe), RED)
    assert view.source is not None and view.source.attribution == "test tiles © nobody"
    # A zoom with no tiles in the file shows the parent tile stretched, not a hole.
    view.centre_on(44.8125, 20.4612, zoom=13)
    assert near(pixel(view, *probe), RED)


class _TileServer(http.server.BaseHTTPRequestHandler):
    agents: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        type(self).agents.append(self.headers.get("User-Agent", ""))
        reply(self, png(GREEN), "image/png")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def tile_server() -> Iterator[http.server.ThreadingHTTPServer]:
    """A local stand-in for the tile servers of the internet (the only fake in these tests)."""
    _TileServer.agents = []
    with serving(_TileServer) as server:
        yield server


def test_xyz_tiles_are_fetched_with_an_honest_user_agent_and_cached_on_disk(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, tile_server: http.server.ThreadingHTTPServer
) -> None:
    port = tile_server.server_address[1]
    window.settings.tile_url = f"http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png"
    window.apply_settings()
    view = window.map
    view.centre_on(44.8125, 20.4612, zoom=12)
    probe = (view.width() // 2 + 70, view.height() // 3)
    qtbot.waitUntil(lambda: near(pixel(view, *probe), GREEN), timeout=10000)
    assert _TileServer.agents and all(a == USER_AGENT for a in _TileServer.agents)
    assert USER_AGENT.startswith("SurveyApp/")
    assert view.source is not None and view.source.attribution == f"map tiles: 127.0.0.1:{port}"
    # Offline now: a fresh map on the same disk cache still has the tiles.
    qtbot.waitUntil(lambda: not view.source._pending, timeout=5000)  # type: ignore[union-attr]
    tile_server.shutdown()
    window.apply_settings()
    qtbot.waitUntil(lambda: near(pixel(view, *probe), GREEN), timeout=10000)


def test_already_mapped_cameras_show_in_their_own_style(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    run_import(qtbot, window, [write_photos(tmp_path / "walk", 2)]).accept()
    ours = window.store.rows[0]
    assert ours.latitude is not None and ours.longitude is not None
    # An OSM mapper's camera 40 m north of ours, as overpass-turbo exports it (GeoJSON).
    known = {"type": "FeatureCollection", "features": [{
        "type": "Feature", "id": "node/4242",
        "properties": {"man_made": "surveillance", "camera:direction": "90"},
        "geometry": {"type": "Point",
                     "coordinates": [ours.longitude, ours.latitude + 0.00036]},
    }]}  # fmt: skip
    path = tmp_path / "osm.geojson"
    path.write_text(json.dumps(known))

    view = window.map
    view.centre_on(ours.latitude, ours.longitude, 17)
    assert view.known_drawn == 0
    window.known.import_file(path)

    def drawn() -> bool:
        view.repaint()
        return view.known_drawn == 1

    qtbot.waitUntil(drawn, timeout=10000)
    image = view.grab().toImage()
    spot = view.to_screen(*world_xy(ours.latitude + 0.00036, ours.longitude))
    box = [
        image.pixelColor(round(spot.x()) + dx, round(spot.y()) + dy)
        for dx in range(-6, 7)
        for dy in range(-6, 7)
    ]
    assert any(near((c.red(), c.green(), c.blue()), KNOWN_RGB) for c in box)
    assert window.store.rows  # our cameras are still there, drawn on top


def test_a_plain_drag_pans_and_never_moves_a_camera(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    row, start = on_screen(qtbot, window, tmp_path / "walk", 1, 18)
    view = window.map
    before = view.centre
    drag(view, start.toPoint(), start.toPoint() + QPoint(80, 30))
    wait_saved(qtbot, window)
    assert view.centre != before  # the map moved...
    camera = saved(window, row.id)  # ...the camera did not
    assert (camera.latitude, camera.longitude, camera.position_source) == (
        row.latitude, row.longitude, "exif",
    )  # fmt: skip
    assert window.selection.ids == (row.id,)  # a press on it still selects it


def test_at_city_zoom_even_a_shift_drag_pans(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    row, start = on_screen(qtbot, window, tmp_path / "walk", 0, 13, spacing_deg=0.02)
    view = window.map
    assert view.metres_per_pixel > 3 and not view.fine_enough  # ~13 m a pixel
    target = start.toPoint() + QPoint(60, 0)
    QTest.mousePress(view, LEFT, SHIFT, start.toPoint())
    QTest.mouseMove(view, start.toPoint() + QPoint(30, 0))
    assert "Zoom in to move a camera" in view.banner()
    QTest.mouseMove(view, target)
    QTest.mouseRelease(view, LEFT, SHIFT, target)
    wait_saved(qtbot, window)
    assert saved(window, row.id).position_source == "exif"
    assert view.banner() == ""


def test_placing_at_city_zoom_zooms_in_first(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = write_photos(tmp_path / "walk", 1)
    (folder / "lost.jpg").write_bytes(make_jpeg(PhotoSpec(latitude=None, longitude=None), 7))
    run_import(qtbot, window, [folder]).accept()
    lost = next(row for row in window.store.rows if not row.located)
    window.selection.set([lost.id])
    view = window.map
    view.centre_on(44.81, 20.47, zoom=12)
    assert "Zoom in to place" in view.banner()
    QTest.mouseClick(view, LEFT, NONE, view.rect().center())
    assert view.zoom == pytest.approx(16) and view.fine_enough  # ~1.7 m a pixel
    assert saved(window, lost.id).latitude is None  # not placed by a guess
    QTest.mouseClick(view, LEFT, NONE, view.rect().center())
    wait_saved(qtbot, window)
    assert saved(window, lost.id).position_source == "manual"


def test_back_to_the_photos_gps_position_from_the_panel(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    run_import(qtbot, window, [write_photos(tmp_path / "walk", 2)]).accept()
    row = window.store.rows[0]
    window.selection.set([row.id])
    panel = window.panel
    assert panel.back_button.isHidden()  # placed by its photos: nothing to go back to
    window.editor.move(row.id, 44.9, 20.5)
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: not panel.back_button.isHidden(), timeout=5000)
    assert "placed by hand" in panel.position.text()
    panel.back_button.click()
    wait_saved(qtbot, window)
    camera = saved(window, row.id)
    assert (camera.latitude, camera.longitude) == (row.latitude, row.longitude)
    assert camera.position_source == "exif"
    qtbot.waitUntil(lambda: panel.back_button.isHidden(), timeout=5000)


def test_choosing_a_camera_on_a_far_map_goes_to_its_street(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    run_import(qtbot, window, [write_photos(tmp_path / "walk", 3)]).accept()
    far, near = window.table.model.visible[0], window.table.model.visible[2]
    assert far.latitude is not None and far.longitude is not None
    window.map.centre_on(44.0, 20.0, zoom=7)  # the whole country
    window.selection.set([far.id])
    assert window.map.zoom >= 17
    assert window.map.centre == pytest.approx(world_xy(far.latitude, far.longitude))
    # Closer than a town already: choosing another camera leaves the zoom as it is.
    window.map.centre_on(44.80, 20.46, zoom=15)
    window.selection.set([near.id])
    assert window.map.zoom == 15
    # Map → Zoom to selected camera goes there on demand.
    window.map_menu.zoom_action.trigger()
    assert window.map.zoom >= 17
    assert near.latitude is not None and near.longitude is not None
    assert window.map.centre == pytest.approx(world_xy(near.latitude, near.longitude))


def test_cameras_chosen_off_the_map_bring_the_map_to_them(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # A warning or the list selects two cameras the map does not show: the map goes there.
    walk = write_photos(tmp_path / "walk", 4, spacing_deg=0.01)  # 1.1 km apart
    run_import(qtbot, window, [walk]).accept()
    first, last = window.table.model.visible[0], window.table.model.visible[3]
    window.map.centre_on(45.5, 19.0, zoom=15)  # another town
    window.selection.set([first.id, last.id])
    for row in (first, last):
        assert row.latitude is not None and row.longitude is not None
        point = window.map.to_screen(*world_xy(row.latitude, row.longitude))
        assert window.map.rect().contains(point.toPoint()), row.id


US_WEST = Path(__file__).resolve().parents[2].parent / "shared" / "data"
US_WEST = US_WEST / "osm-surveillance-us-west.geojson"


def test_thousands_of_already_mapped_cameras_show_counted_at_every_zoom(
    qtbot: QtBot, window: MainWindow
) -> None:
    """18,000 real OSM camera positions: zoomed out they merge into counted diamonds (none left
    out, the legend's symbol is the map's), zoomed in each is a diamond; the import says how
    far it is and what it did."""
    if not US_WEST.exists():
        pytest.skip(f"the OSM camera positions are not at {US_WEST}")
    said: list[str] = []
    window.known.message.connect(said.append)
    window.known.import_file(US_WEST)
    qtbot.waitUntil(lambda: bool(said) and "loaded" in said[-1], timeout=60000)
    assert said[0].startswith("Reading osm-surveillance-us-west.geojson")
    assert any(line.startswith("Loading already-mapped cameras:") for line in said)
    result = said[-1]
    loaded = int(result.split(" ")[0].replace(",", ""))
    assert loaded > 15000 and "new" in result

    view = window.map
    view.centre_on(40.0, -118.0, 4)  # the western United States
    qtbot.waitUntil(lambda: (view.repaint(), view.known_drawn > 2500)[1], timeout=10000)
    assert 0 < view.known_clusters < view.known_drawn  # counted, none dropped
    image = view.grab().toImage()
    greys = sum(
        near((image.pixelColor(x, y).red(), image.pixelColor(x, y).green(),
              image.pixelColor(x, y).blue()), KNOWN_RGB)
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    )  # fmt: skip
    assert greys > 50  # the diamonds are drawn, not hidden

    view.centre_on(37.7793, -122.4193, 16)  # San Francisco's city hall: one by one
    view.repaint()
    assert view.known_drawn > 0 and view.known_clusters == 0


def test_the_map_follows_the_selected_camera_a_split_or_its_undo_moves(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A split gives the merged camera back its own photo's place, 550 m away, and its undo
    takes it back to the middle: the map shows it where it went (it stayed where the camera
    had been, empty, its marker gone from the screen)."""
    run_import(qtbot, window, [write_photos(tmp_path / "walk", 2, spacing_deg=0.01)]).accept()
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_: object) -> object:
        asked.append(text)  # 1.1 km apart: the merge asks first, and she says yes
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    window.selection.set(sorted(row.id for row in window.store.rows))
    window.merge_action.trigger()
    assert len(asked) == 1
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: len(window.store.rows) == 1, timeout=5000)
    kept = window.store.rows[0]
    window.selection.set([kept.id])
    assert kept.latitude is not None and kept.longitude is not None
    window.map.centre_on(kept.latitude, kept.longitude, zoom=18)  # looking at it closely

    def shown() -> bool:
        point = window.map.screen_of(kept.id)
        return point is not None and window.map.rect().contains(point.toPoint())

    assert shown()
    qtbot.waitUntil(lambda: window.panel.photos.count() == 2, timeout=5000)
    window.panel.photos.item(1).setSelected(True)
    window.split_action.trigger()
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: len(window.store.rows) == 2, timeout=5000)
    assert window.selection.ids == (kept.id,)
    moved = window.store.row(kept.id)
    assert moved is not None and moved.latitude != kept.latitude
    qtbot.waitUntil(shown, timeout=3000)
    window.undo_action.trigger()
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: len(window.store.rows) == 1, timeout=5000)
    qtbot.waitUntil(shown, timeout=3000)


def test_the_map_shows_the_whole_walk_once_its_import_ends(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """On a new survey the map fitted the first cameras an import made and stayed there:
    after the corpus (66 placed cameras, round the world) it showed one of them at 100 m over an
    empty background. Here: one camera first, then the rest of the walk, 1.1 km apart; the map
    nobody has moved shows them all. Once the volunteer has chosen a camera it stays put."""
    run_import(qtbot, window, [write_photos(tmp_path / "start", 1)]).accept()
    assert window.map.zoom >= 17  # fitted to the one camera
    walk = write_photos(tmp_path / "walk", 4, spacing_deg=0.01, start=1)
    run_import(qtbot, window, [walk]).accept()
    every = tuple(row.id for row in window.store.rows)
    assert len(every) == 5
    assert window.map._in_view(every)
    # The volunteer chooses a camera: a later import no longer moves the map.
    chosen = window.table.model.visible[0]
    window.selection.set([chosen.id])
    view = (window.map.centre, window.map.zoom)
    run_import(qtbot, window, [write_photos(tmp_path / "more", 1, start=30)]).accept()
    assert (window.map.centre, window.map.zoom) == view


def test_a_camera_clicked_on_a_far_map_stays_chosen(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A click on a camera of a map showing a whole region chose it, the map went to its
    street, and the release of the same click, now over empty ground, chose nothing: the
    volunteer was left at 100 m over a camera not chosen, the panel empty."""
    run_import(qtbot, window, [write_photos(tmp_path / "walk", 3, spacing_deg=0.2)]).accept()
    row = window.table.model.visible[1]
    assert row.latitude is not None and row.longitude is not None
    window.selection.set([])
    window.map.centre_on(row.latitude + 0.1, row.longitude + 0.1, zoom=8)  # the region
    point = window.map.screen_of(row.id)
    assert point is not None and window.map.rect().contains(point.toPoint())
    QTest.mouseClick(window.map, LEFT, NONE, point.toPoint())
    assert window.map.zoom >= 17  # its street
    assert window.selection.ids == (row.id,)
    qtbot.waitUntil(
        lambda: window.panel.details is not None and str(window.panel.details.id) == row.id,
        timeout=5000,
    )
