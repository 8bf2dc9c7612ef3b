"""The map with no network: the shipped world, OSM areas added in the settings, their names,
a plain notice when online tiles fail, downloads for offline use, the grid and the scale bar."""

from __future__ import annotations

import contextlib
import http.server
import re
import socket
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.logging import _QtMessageCapture
from pytestqt.qtbot import QtBot

from surveyapp.basemap.geometry import decode, encode
from surveyapp.basemap.store import Kind, Store, store_files
from surveyapp.ui.basemap_render import LAND, SEA, polygon, render_tile
from surveyapp.ui.main_window import MainWindow
from surveyapp.ui.map_base import credits
from surveyapp.ui.map_layers import grid, legend_box, scale_bar
from surveyapp.ui.map_view import MapView
from surveyapp.ui.offline_areas import OfflineAreas
from surveyapp.ui.offline_map import world_store_path
from surveyapp.ui.tasks import Cancelled
from surveyapp.ui.tile_download import DownloadDialog
from tests.basemap.conftest import extract
from tests.basemap.test_streets import METRE, SAINT_LAURENT, add_cameras
from tests.ui.test_map import GREEN, near, pixel, tile_server  # noqa: F401 (a fixture)

SEA_RGB = (SEA.red(), SEA.green(), SEA.blue())
LAND_RGB = (LAND.red(), LAND.green(), LAND.blue())
MONACO = (43.7385, 7.4246)  # La Condamine: streets, buildings, the port


def shows(qtbot: QtBot, view: MapView, point: tuple[int, int], rgb: tuple[int, int, int]) -> None:
    """Wait until the background tiles are rendered and the pixel is of this colour."""

    def drawn() -> bool:
        view.repaint()
        return near(pixel(view, *point), rgb)

    qtbot.waitUntil(drawn, timeout=15000)


def add_area(qtbot: QtBot, window: MainWindow, name: str) -> OfflineAreas:
    areas = window.map_menu.areas_widget()
    qtbot.addWidget(areas)
    progress: list[object] = []
    task = areas.add_file(extract(name))
    task.progress.connect(progress.append)
    with qtbot.waitSignal(window.offline.areas_changed, timeout=30000):
        pass
    assert progress  # the volunteer saw it advance
    return areas


def test_with_no_network_and_nothing_added_the_world_is_drawn(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.map
    centre = (view.width() // 2, view.height() // 2)
    view.centre_on(34.7, -39.3, zoom=4)  # the middle of the Atlantic
    shows(qtbot, view, centre, SEA_RGB)
    view.centre_on(23.3, 11.7, zoom=5)  # the Sahara
    shows(qtbot, view, centre, LAND_RGB)
    view.centre_on(45.2, 13.9, zoom=9)  # Istria, with Natural Earth's detailed coast
    view.repaint()
    assert "Natural Earth" in window.offline.world.info.name  # type: ignore[union-attr]
    assert view.labels_drawn == 0 or view.zoom >= 3


def test_an_osm_area_is_added_drawn_with_its_names_and_removed(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.map
    view.centre_on(*MONACO, zoom=16)
    centre = (view.width() // 2, view.height() // 2)
    areas = add_area(qtbot, window, "monaco.osm.gz")
    (info,) = window.offline.area_infos()
    assert info.named_streets == 123 and info.size > 100_000
    assert "123 named streets" in areas.list.item(0).text()
    assert re.search(r"\d kB\b", areas.list.item(0).text())

    def detailed() -> bool:  # streets and buildings, no longer the plain Natural Earth land
        view.repaint()
        image = view.grab().toImage()
        colours = {image.pixel(x, y) for x in range(100, view.width() - 100, 7)
                   for y in range(100, view.height() - 100, 7)}  # fmt: skip
        return len(colours) > 20

    qtbot.waitUntil(detailed, timeout=15000)
    assert view.labels_drawn > 3  # street names, placed per frame

    def rendered() -> bool:  # the city's tile, not the world's plain land nor an empty gap
        view.repaint()
        colour = pixel(view, *centre)
        return not near(colour, LAND_RGB) and not near(colour, (238, 241, 244))

    qtbot.waitUntil(rendered, timeout=15000)
    assert credits(view, False, False) == "© OpenStreetMap contributors · Natural Earth"

    areas.remove(info.path)
    assert window.offline.areas == [] and not list(store_files(window.offline.folder))
    assert "No offline area yet" in areas.list.item(0).text()
    view.repaint()
    assert view.labels_drawn == 0
    assert "OpenStreetMap" not in credits(view, False, False)


def test_an_areas_size_is_said_in_the_volunteers_language(
    qtbot: QtBot, french: None, window: MainWindow
) -> None:
    """A French volunteer's list of offline areas said "Monaco · … · 160 KB" while her Sync
    dialog said "310 ko": every size is now in her words, the sync's and the map's alike."""
    areas = add_area(qtbot, window, "monaco.osm.gz")
    (info,) = window.offline.area_infos()
    assert info.size < 1_000_000
    assert f"{round(info.size / 1000)} ko" in areas.list.item(0).text(), areas.list.item(0).text()
    from surveyapp.i18n import size_text

    assert size_text(12_500_000) == "12,5 Mo"


def test_an_area_with_damaged_shapes_still_draws_the_rest(qtbot: QtBot, window: MainWindow) -> None:
    view = window.map
    view.centre_on(*MONACO, zoom=16)
    add_area(qtbot, window, "monaco.osm.gz")
    (store,) = window.offline.areas
    # Damaged as a file written badly or damaged on disk: every building with a ring of no
    # point, some streets cut short.
    with sqlite3.connect(store.path) as db:
        rows = db.execute("SELECT id, kind, geometry FROM feature").fetchall()
        for number, (feature, kind, blob) in enumerate(rows):
            if kind == Kind.BUILDING:
                damaged = encode([*decode(blob), np.zeros((0, 2))])
            elif kind == Kind.STREET and number % 5 == 0:
                damaged = blob[:-6]
            else:
                continue
            db.execute("UPDATE feature SET geometry = ? WHERE id = ?", (damaged, feature))
    window.offline.reload_areas()
    building = (0xD9, 0xD0, 0xC9)

    def drawn() -> bool:  # the city's tiles arrive, its buildings drawn
        view.repaint()
        image = view.grab().toImage()
        colours = [pixel_rgb(image, x, y)
                   for x in range(100, view.width() - 100, 5)
                   for y in range(100, view.height() - 100, 5)]  # fmt: skip
        buildings = sum(near(colour, building) for colour in colours)
        return len(set(colours)) > 20 and buildings > len(colours) // 10

    qtbot.waitUntil(drawn, timeout=15000)


def pixel_rgb(image: QImage, x: int, y: int) -> tuple[int, int, int]:
    colour = QColor(image.pixel(x, y))
    return colour.red(), colour.green(), colour.blue()


def test_polygon_takes_any_array_of_points() -> None:
    wide = np.arange(12.0).reshape(3, 4)
    cases = {
        "no point": np.zeros((0, 2)),
        "one point": np.array([[1.5, -2.0]]),
        "columns of a wider array": wide[:, 1:3],
        "reversed": np.array([[0.0, 1.0], [2.0, 3.0]])[::-1],
        "integers": np.array([[1, 2], [3, 4]], dtype=np.int32),
        "single precision": np.array([[0.5, 0.25]], dtype=np.float32),
    }
    for name, points in cases.items():
        result = polygon(points)
        drawn = [(result.at(i).x(), result.at(i).y()) for i in range(result.size())]
        assert drawn == [tuple(map(float, row)) for row in points], name


def test_cancel_while_adding_an_area_adds_nothing(qtbot: QtBot, window: MainWindow) -> None:
    areas = window.map_menu.areas_widget()
    qtbot.addWidget(areas)
    task = areas.add_file(extract("andorra.osm.pbf"))
    areas.cancel()
    with qtbot.waitSignal(task.done, timeout=30000):
        pass
    assert window.offline.areas == []
    folder = window.offline.folder
    assert not folder.exists() or list(folder.iterdir()) == []
    if "Cancelled" in areas.status.text():  # stopped before it finished (the usual case)
        assert areas.add_button.isEnabled() and not areas.bar.isVisible()


def test_a_file_that_is_not_an_extract_says_why(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    areas = window.map_menu.areas_widget()
    qtbot.addWidget(areas)
    bad = tmp_path / "city.osm.pbf"
    bad.write_bytes(b"this is not OSM data")
    task = areas.add_file(bad)
    with qtbot.waitSignal(task.done, timeout=10000):
        pass
    assert "cannot be read as OpenStreetMap data" in areas.status.text()
    assert window.offline.areas == []


def test_a_refused_file_is_named_as_it_is_never_read_as_markup(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The refusal was shown as rich text: a file named "<u>city.osm" showed as an underlined
    "city.osm", and markup in the file's own values, which libosmium's error repeats
    ("illegal id: '<img …>'"), was drawn."""
    from PySide6.QtGui import QTextDocument

    areas = window.map_menu.areas_widget()
    qtbot.addWidget(areas)
    bad = tmp_path / "<u>city.osm"
    bad.write_bytes(
        b"<?xml version='1.0'?><osm version='0.6'><node id='&lt;i&gt;7&lt;/i&gt;' lat='1' "
        b"lon='1'><tag k='place' v='city'/><tag k='name' v='X'/></node></osm>"
    )
    task = areas.add_file(bad)
    with qtbot.waitSignal(task.done, timeout=10000):
        pass
    shown = QTextDocument()
    shown.setHtml(areas.status.text())
    said = shown.toPlainText()
    assert "<u>city.osm cannot be read as OpenStreetMap data" in said, said
    assert "<i>7</i>" in said, said
    assert window.offline.areas == []


def test_the_street_shows_in_the_list_the_search_and_the_panel(
    qtbot: QtBot, window: MainWindow
) -> None:
    (camera,) = add_cameras(window.db, (SAINT_LAURENT[0] + 20 * METRE, SAINT_LAURENT[1]))
    window.changes.everything()
    add_area(qtbot, window, "monaco.osm.gz")
    wanted = "Avenue Saint-Laurent / Avenue Saint-Charles"
    qtbot.waitUntil(lambda: window.store.row(camera).street == wanted, timeout=15000)  # type: ignore[union-attr]
    model = window.table.model
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Street"
    assert model.data(model.index(0, 1)) == wanted
    window.table.search.setText("saint-charles")
    window.table.apply_filter()
    assert len(model.visible) == 1
    window.table.search.setText("boulevard")
    window.table.apply_filter()
    assert model.visible == []
    window.selection.set([camera])
    assert window.panel.street.text() == wanted and window.panel.street.isVisible()


def test_failing_online_tiles_are_said_once_and_the_offline_map_shows(
    qtbot: QtBot, window: MainWindow
) -> None:
    with socket.socket() as probe:  # a port nothing listens on: like no network
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    window.settings.tile_url = f"http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png"
    notices: list[str] = []
    window.map.notice.connect(notices.append)
    window.apply_settings()
    view = window.map
    view.centre_on(34.7, -39.3, zoom=4)
    qtbot.waitUntil(lambda: bool(notices), timeout=15000)
    shows(qtbot, view, (view.width() // 2, view.height() // 2), SEA_RGB)
    view.centre_on(23.3, 11.7, zoom=6)
    shows(qtbot, view, (view.width() // 2, view.height() // 2), LAND_RGB)
    QApplication.processEvents()
    assert len(notices) == 1  # once, not for every tile
    assert "cannot be loaded" in notices[0] and "offline" in notices[0]
    assert "cannot be loaded" in view.banner()
    assert window.statusBar().currentMessage() == notices[0]


def test_osm_tiles_are_not_downloaded_in_bulk(qtbot: QtBot, window: MainWindow) -> None:
    window.settings.tile_url = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    window.map.centre_on(*MONACO, zoom=14)
    dialog = window.map_menu.download_area()
    assert isinstance(dialog, DownloadDialog)
    qtbot.addWidget(dialog)
    assert "OpenStreetMap extract" in dialog.refusal.text()
    assert not dialog.start_button.isEnabled() and dialog.start() is None
    assert "tiles, about" in dialog.estimate.text()


def test_an_area_downloaded_for_offline_use_is_shown_without_the_server(
    qtbot: QtBot,
    window: MainWindow,
    tile_server: http.server.ThreadingHTTPServer,  # noqa: F811 (the fixture)
) -> None:
    port = tile_server.server_address[1]
    window.settings.tile_url = f"http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png"
    window.apply_settings()
    view = window.map
    view.centre_on(*MONACO, zoom=13)
    dialog = window.map_menu.download_area()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.first.setValue(13)
    dialog.last.setValue(14)
    assert not dialog.start_button.isEnabled()  # the volunteer confirms the server's terms
    dialog.allowed.setChecked(True)
    count = dialog.tiles
    assert f"{count} tiles" in dialog.estimate.text()
    task = dialog.start()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    assert "saved for offline use" in dialog.status.text()
    assert window.offline.tile_files()
    dialog.close()
    tile_server.shutdown()  # the network is gone; the tiles are on disk
    window.apply_settings()
    assert window.map.source is not None and window.map.source.downloaded  # type: ignore[attr-defined]
    view.centre_on(*MONACO, zoom=13)
    shows(qtbot, view, (view.width() // 2, view.height() // 2), GREEN)


@pytest.mark.parametrize("zoom", [0.5, 1.0, 2.3, 5.0, 9.7])
def test_grid_labels_are_real_values_inside_the_view(window: MainWindow, zoom: float) -> None:
    view = window.map
    view.centre_on(70.0, 175.0, zoom=zoom)  # near the antimeridian, far north
    xs, ys, labels = grid(view)
    assert xs and labels
    for text, box in labels:
        value = float(text.rstrip("°"))
        assert -180 <= value <= 180
        assert box.left() >= 0 and box.right() <= view.width()
        assert box.top() >= 0 and box.bottom() <= view.height()


@pytest.mark.parametrize("zoom", [1.0, 4.2, 9.0, 14.5, 19.0])
def test_the_scale_bar_text_is_inside_its_box(window: MainWindow, zoom: float) -> None:
    window.map.centre_on(44.8, 20.46, zoom=zoom)
    _length, label, box, text = scale_bar(window.map)
    assert label and box.contains(text)


def test_the_camera_being_moved_shows_how_far(qtbot: QtBot, window: MainWindow) -> None:
    (camera,) = add_cameras(window.db, MONACO)
    window.changes.everything()
    qtbot.waitUntil(lambda: window.map.screen_of(camera) is not None, timeout=5000)
    view = window.map
    view.centre_on(*MONACO, zoom=18)
    start = view.screen_of(camera)
    assert start is not None
    view.move_mode = True
    left = Qt.MouseButton.LeftButton
    QTest.mousePress(view, left, Qt.KeyboardModifier.NoModifier, start.toPoint())
    QTest.mouseMove(view, start.toPoint() + QPoint(20, 0))
    target = start.toPoint() + QPoint(100, 0)
    QTest.mouseMove(view, target)
    metres = view.drag_metres(QPointF(target))
    per_pixel = view.metres_per_pixel
    assert metres == pytest.approx(100 * per_pixel, rel=0.02)  # ~0.43 m a pixel at zoom 18
    view.repaint()  # draws the dashed line and "43 m"
    QTest.mouseRelease(view, left, Qt.KeyboardModifier.NoModifier, target)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)
    row = window.store.row(camera)
    assert row is not None and row.position_source == "manual"


def test_the_settings_have_an_offline_map_tab_and_online_lookups_stay_off_unless_chosen(
    qtbot: QtBot, window: MainWindow
) -> None:
    from surveyapp.ui.settings import SettingsDialog

    assert not window.settings.online_streets and window.streets.geocoder() is None
    dialog = SettingsDialog(window.settings, window.db.path, window, window.map_menu.areas_widget())
    qtbot.addWidget(dialog)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "General", "Offline map",
    ]  # fmt: skip
    assert not dialog.online_streets.isChecked()
    dialog.online_streets.setChecked(True)
    dialog.accept()
    assert window.settings.online_streets
    geocoder = window.streets.geocoder()
    assert geocoder is not None and window.streets.geocoder() is geocoder  # one rate limit


def test_cancelling_a_download_keeps_nothing(
    qtbot: QtBot,
    window: MainWindow,
    tile_server: http.server.ThreadingHTTPServer,  # noqa: F811 (the fixture)
) -> None:
    port = tile_server.server_address[1]
    window.settings.tile_url = f"http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png"
    window.map.centre_on(*MONACO, zoom=13)
    dialog = window.map_menu.download_area()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.first.setValue(13)
    dialog.last.setValue(17)
    dialog.allowed.setChecked(True)
    assert dialog.tiles > 200
    task = dialog.start()
    assert task is not None
    assert dialog.close_button.text() == "Cancel"
    dialog.reject()  # Cancel: the download stops, the dialog stays to say so
    with qtbot.waitSignal(task.done, timeout=30000):
        pass
    assert "Cancelled" in dialog.status.text()
    assert window.offline.tile_files() == []
    assert not list(window.offline.folder.glob(".*partial"))


def test_no_latitude_is_written_under_the_scale_bar(window: MainWindow) -> None:
    view = window.map
    hidden = []
    for step in range(60):  # the view moving north in small steps, as a hand pans
        view.centre_on(43.0 + step * 0.013, 7.4, zoom=10)
        _length, _label, bar, _text = scale_bar(view)
        hidden += [text for text, box in grid(view)[2] if box.intersects(bar)]
    assert hidden == []


def test_remove_is_offered_once_an_area_is_chosen(qtbot: QtBot, window: MainWindow) -> None:
    areas = add_area(qtbot, window, "monaco.osm.gz")
    assert not areas.remove_button.isEnabled()  # nothing chosen: a click would do nothing
    item = areas.list.item(0)
    QTest.mouseClick(
        areas.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=areas.list.visualItemRect(item).center(),
    )
    assert areas.list.currentItem() is item and areas.remove_button.isEnabled()


def test_no_latitude_is_written_under_the_legend(qtbot: QtBot, window: MainWindow) -> None:
    (camera,) = add_cameras(window.db, MONACO)
    window.changes.everything()
    view = window.map
    qtbot.waitUntil(lambda: view.screen_of(camera) is not None, timeout=5000)
    hidden = []
    for step in range(60):  # the view moving north in small steps, as a hand pans
        view.centre_on(43.0 + step * 0.025, 7.4, zoom=7)
        view.repaint()
        assert view.points_drawn  # the legend shows
        legend = legend_box(view, view._legend())
        hidden += [text for text, box in grid(view, view.overlays())[2] if box.intersects(legend)]
    assert hidden == []


def test_removing_an_area_asks_by_its_name(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    areas = add_area(qtbot, window, "monaco.osm.gz")
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    areas.list.setCurrentRow(0)
    areas.remove_button.click()
    assert asked == ["Remove monaco from the offline map?"]
    assert window.offline.areas == []


def test_a_tile_stopped_in_the_middle_of_its_painting_leaves_the_app_running(
    qapp: QApplication, qtlog: _QtMessageCapture
) -> None:
    world = Store(world_store_path())
    pauses: list[int] = []

    def pause() -> None:  # the volunteer's Cancel, or any error, half-way through the tile
        pauses.append(1)
        if len(pauses) == 2:
            raise Cancelled("render basemap tiles")

    with contextlib.suppress(Cancelled):
        render_tile([world], 2, 2, 1, pause=pause)
    # The error, its traceback and the tile's image are freed by now: never before its painter
    # ended (Qt then warns, and the painter's end runs on freed memory: a segmentation fault).
    assert len(pauses) == 2  # stopped while painting
    assert [r.message for r in qtlog.records if "being painted" in r.message] == []
    assert not render_tile([world], 2, 2, 1).isNull()  # the app goes on drawing
    world.close()
