"""Survey → Geotag from a GPS track…, and the map's suggestions accepted with one click."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from surveyapp.app import install_language, uninstall_language
from surveyapp.cameras import history
from surveyapp.db.models import Camera, Photo
from surveyapp.ui.geotag_dialog import GEOTAG_SIZE, GeotagDialog
from surveyapp.ui.main_window import MainWindow
from surveyapp.ui.map_base import credits
from surveyapp.ui.screen import FRAME
from surveyapp.ui.tiles import MAX_ZOOM, world_xy
from tests.factory import PhotoSpec, make_jpeg
from tests.photos.gpx_files import walk, where, write_gpx
from tests.ui.conftest import run_import
from tests.ui.test_map import drag
from tests.ui.test_offline_map import MONACO, add_area

BELGRADE = (44.8125, 20.4612)
BEGIN = datetime(2026, 5, 4, 8, 0, 0, tzinfo=UTC)


def compact_camera_walk(folder: Path) -> Path:
    """Three photos without GPS, wall clock in Belgrade (+02:00) but no offset tag."""
    folder.mkdir(parents=True, exist_ok=True)
    for index, seconds in enumerate((100, 250, 2000)):
        wall = (BEGIN + timedelta(seconds=seconds, hours=2)).replace(tzinfo=None)
        spec = PhotoSpec(latitude=None, longitude=None, taken=wall, offset=None,
                         make="Canon", model="Canon EOS 40D")  # fmt: skip
        (folder / f"DSC_{index}.JPG").write_bytes(make_jpeg(spec, seed=index))
    return folder


def previewed(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    start: tuple[float, float] = BELGRADE,
    bearing: float = 90.0,
) -> GeotagDialog:
    """The compact camera's walk imported, a 10-minute track from ``start`` along ``bearing``,
    and the geotagging dialog's preview of it (photos in Belgrade's time zone)."""
    run_import(qtbot, window, [compact_camera_walk(tmp_path / "DCIM")])
    gpx = write_gpx(tmp_path / "walk.gpx", [walk(start, BEGIN, 600, bearing=bearing)])
    return preview_of(qtbot, window, gpx)


def preview_of(qtbot: QtBot, window: MainWindow, gpx: Path) -> GeotagDialog:
    """The geotagging dialog's preview of ``gpx`` (photos in Belgrade's time zone)."""
    dialog = window.open_geotag()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)
    dialog.path.setText(str(gpx))
    dialog.zone.setCurrentText("Europe/Belgrade")
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    return dialog


def test_the_dialog_previews_then_applies_then_undoes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = previewed(qtbot, window, tmp_path)
    assert "Canon EOS 40D: +02:00 from the survey's time zone" in dialog.offsets.text()
    assert "2 photos can be placed; 1 cannot" in dialog.summary.text()
    assert dialog.list.topLevelItemCount() == 3
    last = dialog.list.topLevelItem(2)
    assert last is not None and "taken after the track ends" in last.text(3)
    assert dialog.apply_button.isEnabled()
    with window.db.read_session() as session:  # the preview changed nothing
        assert session.scalars(select(Photo).where(Photo.latitude.is_not(None))).all() == []
    window.grab().save(str(tmp_path / "main.png"))
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))  # type: ignore[arg-type]
    dialog.grab().save(str(tmp_path / "dialog.png"))

    with qtbot.waitSignal(window.store.reset, timeout=10000):
        dialog.apply()
    assert "2 photos geotagged" in dialog.summary.text()
    with window.db.read_session() as session:
        placed = session.scalars(select(Photo).where(Photo.position_source == "gpx")).all()
        assert len(placed) == 2
    assert len([row for row in window.store.rows if row.located]) == 2
    placed_camera = next(row.id for row in window.store.rows if row.located)
    window.selection.set([placed_camera])
    qtbot.waitUntil(
        lambda: "from a GPX track (± 6 m)" in window.panel.position.text(), timeout=5000
    )

    with qtbot.waitSignal(window.store.reset, timeout=10000):
        dialog.undo()
    assert "2 photos put back" in dialog.summary.text()
    assert [row for row in window.store.rows if row.located] == []


def in_a_terminal(window: MainWindow, *args: str) -> subprocess.CompletedProcess[str]:
    """``surveyapp geotag`` with ``args``, as a command in a terminal beside the window."""
    return subprocess.run(
        [sys.executable, "-m", "surveyapp", "--db", str(window.db.path), "geotag", *args],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_undo_in_the_dialog_never_takes_back_a_geotagging_a_command_applied_since(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The dialog applies a track, then a terminal places another photo from another track:
    the dialog's undo puts back nothing and says why. Before, it undid the terminal's
    geotagging ("1 photo put back") while the dialog's two photos stayed placed."""
    dialog = previewed(qtbot, window, tmp_path)
    dialog.apply()  # the window's list may reset for the terminal's change too: the words tell
    qtbot.waitUntil(lambda: "2 photos geotagged" in dialog.summary.text(), timeout=10000)
    later = write_gpx(
        tmp_path / "later.gpx", [walk((44.9, 20.5), BEGIN + timedelta(seconds=1900), 300)]
    )
    command = in_a_terminal(window, "--gpx", str(later), "--time-zone", "Europe/Belgrade")
    assert command.returncode == 0 and "1 photo geotagged" in command.stdout, command.stderr
    shown = dialog.summary.text()
    dialog.undo()
    qtbot.waitUntil(lambda: dialog.summary.text() != shown, timeout=10000)
    assert dialog.summary.text() == (
        "Another geotagging was applied after this one (by a command, another window or a "
        "suggestion on the map): nothing was put back. Undo that one first: surveyapp geotag "
        "--undo"
    )
    with window.db.read_session() as session:
        placed = session.scalars(select(Photo.file_name).where(Photo.position_source == "gpx"))
        assert sorted(placed) == ["DSC_0.JPG", "DSC_1.JPG", "DSC_2.JPG"]
    undone = in_a_terminal(window, "--undo")
    assert undone.returncode == 0, undone.stderr
    dialog.undo()  # the dialog's own, now the last again
    qtbot.waitUntil(lambda: "2 photos put back" in dialog.summary.text(), timeout=10000)
    with window.db.read_session() as session:
        assert session.scalars(select(Photo).where(Photo.latitude.is_not(None))).all() == []


def test_undo_in_the_dialog_of_a_geotagging_a_command_undid_already_puts_nothing_back(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A terminal placed a photo first, the dialog then applied its track, and `geotag --undo`
    in the terminal took the dialog's back: the dialog's undo leaves the terminal's photo be."""
    run_import(qtbot, window, [compact_camera_walk(tmp_path / "DCIM")])
    earlier = write_gpx(
        tmp_path / "earlier.gpx", [walk((44.9, 20.5), BEGIN + timedelta(seconds=1900), 300)]
    )
    command = in_a_terminal(window, "--gpx", str(earlier), "--time-zone", "Europe/Belgrade")
    assert command.returncode == 0 and "1 photo geotagged" in command.stdout, command.stderr
    dialog = preview_of(
        qtbot, window, write_gpx(tmp_path / "walk.gpx", [walk(BELGRADE, BEGIN, 600)])
    )
    dialog.apply()  # the window's list may reset for the terminal's change too: the words tell
    qtbot.waitUntil(lambda: "2 photos geotagged" in dialog.summary.text(), timeout=10000)
    undone = in_a_terminal(window, "--undo")
    assert undone.returncode == 0 and "2 photos back" in undone.stdout, undone.stdout
    shown = dialog.summary.text()
    dialog.undo()
    qtbot.waitUntil(lambda: dialog.summary.text() != shown, timeout=10000)
    assert dialog.summary.text() == (
        "This geotagging was undone already (by a command or another window): nothing was put back"
    )
    with window.db.read_session() as session:
        placed = session.scalars(select(Photo.file_name).where(Photo.position_source == "gpx"))
        assert list(placed) == ["DSC_2.JPG"]


def test_a_camera_placed_by_hand_is_said_to_keep_its_place(
    french: None, qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The first photo's camera was placed by hand: applying gives the photo the track's
    position and leaves the camera where the volunteer put it. Before, the preview and
    "2 photos geotagged" said nothing of it, and the camera was not where its photo went."""
    run_import(qtbot, window, [compact_camera_walk(tmp_path / "DCIM")])
    with window.db.session() as session:
        photo = session.scalars(select(Photo).where(Photo.file_name == "DSC_0.JPG")).one()
        camera = str(photo.camera_id)
        history.move_camera(session, "test", camera, 44.9, 20.5)
        session.commit()
    gpx = write_gpx(tmp_path / "walk.gpx", [walk(BELGRADE, BEGIN, 600)])
    dialog = preview_of(qtbot, window, gpx)
    assert (
        "1 photo est dans une caméra placée à la main\u00a0: la photo prend sa nouvelle"
        " position, la caméra garde sa place." in dialog.summary.text()
    )
    with qtbot.waitSignal(window.store.reset, timeout=10000):
        dialog.apply()
    assert "2 photos géolocalisées." in dialog.summary.text()
    assert (
        "1 caméra placée à la main a gardé sa place\u00a0; ses photos ont été géolocalisées"
        " quand même." in dialog.summary.text()
    )
    with window.db.read_session() as session:
        kept = session.get_one(Camera, uuid.UUID(camera))
        assert (kept.latitude, kept.longitude, kept.position_source) == (44.9, 20.5, "manual")
        photo = session.scalars(select(Photo).where(Photo.file_name == "DSC_0.JPG")).one()
        assert photo.position_source == "gpx"


def test_a_clock_check_by_true_time_sets_the_device_offset(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = previewed(qtbot, window, tmp_path)
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))  # type: ignore[arg-type]
    # The photo says 10:01:40; the GPS app's clock in it says it was 10:00:10.
    value = dialog.true_time.dateTime().addSecs(-90)
    dialog.true_time.setDateTime(value)
    first = dialog.plan
    dialog.check_by_time()
    qtbot.waitUntil(lambda: dialog.plan is not first and dialog.plan is not None, timeout=10000)
    assert dialog.checked == {"Canon EOS 40D": 7290}
    assert "+02:01:30 from clock check" in dialog.offsets.text()


def test_a_suggestion_on_the_map_is_accepted_with_one_click(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "DCIM"
    folder.mkdir()
    east = where(BELGRADE, 200, 90)
    specs = [
        PhotoSpec(latitude=BELGRADE[0], longitude=BELGRADE[1],
                  taken=datetime(2026, 5, 4, 10, 0, 0)),
        PhotoSpec(latitude=None, longitude=None, taken=datetime(2026, 5, 4, 10, 0, 50)),
        PhotoSpec(latitude=east[0], longitude=east[1], taken=datetime(2026, 5, 4, 10, 1, 40)),
    ]  # fmt: skip
    for index, spec in enumerate(specs):
        (folder / f"IMG_{index}.jpg").write_bytes(make_jpeg(spec, seed=index))
    run_import(qtbot, window, [folder])
    qtbot.waitUntil(lambda: len(window.suggestions.places) == 1, timeout=10000)
    [(camera_id, latitude, longitude)] = window.suggestions.places
    window.map.centre_on(latitude, longitude, 17)
    window.map.repaint()
    assert window.map.suggestions_drawn == 1
    with window.db.read_session() as session:  # shown, not applied
        assert (
            session.scalars(select(Photo).where(Photo.file_name == "IMG_1.jpg")).one().latitude
            is None
        )
    window.grab().save(str(tmp_path / "suggestion.png"))
    point = window.map.to_screen(*world_xy(latitude, longitude))
    with qtbot.waitSignal(window.store.reset, timeout=10000):
        qtbot.mouseClick(window.map, Qt.MouseButton.LeftButton, pos=point.toPoint())  # type: ignore[no-untyped-call]
    with window.db.read_session() as session:
        photo = session.scalars(select(Photo).where(Photo.file_name == "IMG_1.jpg")).one()
        assert photo.position_source == "neighbours"
        assert photo.latitude is not None
    qtbot.waitUntil(lambda: window.suggestions.places == [], timeout=10000)


def test_a_clock_check_by_a_click_on_the_track(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = previewed(qtbot, window, tmp_path)
    dialog.list.setCurrentItem(dialog.list.topLevelItem(1))  # type: ignore[arg-type]
    # DSC_1 says 10:04:10; the volunteer clicks where the track was at 10:03:30 (210 s).
    point = dialog.map.at(*where(BELGRADE, 210 * 1.4, 90))
    first = dialog.plan
    qtbot.mouseClick(dialog.map, Qt.MouseButton.LeftButton, pos=point.toPoint())  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: dialog.plan is not first, timeout=10000)
    [(device, offset)] = dialog.checked.items()
    assert device == "Canon EOS 40D" and abs(offset - (7200 + 40)) <= 3  # a pixel is ~1 s
    assert dialog.chosen_photo() is not None  # the checked photo stays chosen


def test_many_devices_offsets_scroll_and_the_preview_keeps_its_room(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A team's photos from a dozen phones list a dozen clock offsets: past a few lines they
    scroll, so the dialog stays its size on a laptop's screen and the preview list stays
    usable."""
    folder = tmp_path / "DCIM"
    folder.mkdir()
    for index in range(12):
        wall = (BEGIN + timedelta(seconds=60 + index * 30, hours=2)).replace(tzinfo=None)
        spec = PhotoSpec(latitude=None, longitude=None, taken=wall, offset=None,
                         make="Phone", model=f"Model {index:02d}")  # fmt: skip
        (folder / f"P{index}.JPG").write_bytes(make_jpeg(spec, seed=index))
    run_import(qtbot, window, [folder])
    gpx = write_gpx(tmp_path / "walk.gpx", [walk(BELGRADE, BEGIN, 900)])
    dialog = window.open_geotag()
    dialog.show()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)
    empty_height = dialog.sizeHint().height()
    dialog.path.setText(str(gpx))
    dialog.zone.setCurrentText("Europe/Belgrade")
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    text = dialog.offsets.text()
    assert all(f"Phone Model {index:02d}: +02:00" in text for index in range(12))
    line = dialog.offsets.fontMetrics().lineSpacing()
    area = dialog.offsets_area
    assert area.isVisible() and area.height() <= line * 8
    assert area.verticalScrollBar().maximum() > 0  # the other lines are a scroll away
    # The layout as the window shows it: its request, posted when the area took its height,
    # is handled (read before, the dialog's size was the one it had for a moment).
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    assert dialog.sizeHint().height() <= empty_height + line * 9
    assert dialog.list.height() >= 150


def wheel(widget: QWidget, point: QPointF, steps: int) -> None:
    """Turn the mouse wheel over this point (120 units a notch)."""
    event = QWheelEvent(
        point, widget.mapToGlobal(point), QPoint(), QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    QApplication.sendEvent(widget, event)


def test_the_clock_check_is_a_click_on_the_streets_of_the_offline_map(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The preview's map has the camera map's background: with the city's area added for
    offline use, the volunteer zooms in to the corner where the photo was taken (street names
    shown), a drag only moves the map, and the click there sets the clock to the second; the
    view stays where the volunteer put it when the plan is made again."""
    add_area(qtbot, window, "monaco.osm.gz")
    dialog = previewed(qtbot, window, tmp_path, MONACO, bearing=45)
    dialog.list.setCurrentItem(dialog.list.topLevelItem(1))  # type: ignore[arg-type]
    preview = dialog.map
    whole = preview.zoom
    for latitude, longitude in (MONACO, where(MONACO, 600 * 1.4, 45)):  # the whole walk shows
        point = preview.at(latitude, longitude)
        assert 0 <= point.x() <= preview.width() and 0 <= point.y() <= preview.height()
    taken = where(MONACO, 210 * 1.4, 45)  # where the track was at 10:03:30
    wheel(preview, preview.at(*taken), 4)  # two levels in, the place staying under the mouse
    zoomed = min(whole + 2.0, MAX_ZOOM)
    assert preview.zoom == zoomed > whole

    def streets() -> bool:
        preview.repaint()
        image = preview.grab().toImage()
        colours = {image.pixel(x, y) for x in range(20, preview.width() - 20, 5)
                   for y in range(20, preview.height() - 20, 5)}  # fmt: skip
        return len(colours) > 20 and preview.labels_drawn > 0

    qtbot.waitUntil(streets, timeout=15000)
    assert "OpenStreetMap" in credits(preview, False, False)
    first = dialog.plan
    start = preview.at(*taken).toPoint()
    drag(preview, start, start + QPoint(60, 30))  # a drag moves the map, it checks no clock
    assert dialog.plan is first and dialog.checked == {}
    assert abs(preview.at(*taken).x() - (start.x() + 60)) <= 1
    point = preview.at(*taken)
    assert preview.rect().contains(point.toPoint())
    qtbot.mouseClick(preview, Qt.MouseButton.LeftButton, pos=point.toPoint())  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: dialog.plan is not first, timeout=10000)
    [(device, offset)] = dialog.checked.items()
    assert device == "Canon EOS 40D" and abs(offset - (7200 + 40)) <= 1  # under a metre a pixel
    assert preview.zoom == zoomed  # the plan made again kept the volunteer's view
    assert preview.rect().contains(preview.at(*taken).toPoint())
    dialog.resize(984, 706)  # its size on a 1366×768 laptop screen
    metrics, header = dialog.list.fontMetrics(), dialog.list.header()
    for row in range(dialog.list.topLevelItemCount()):  # each new place shown whole, ± included
        item = dialog.list.topLevelItem(row)
        assert item is not None
        assert metrics.horizontalAdvance(item.text(3)) < header.sectionSize(3) - 8
    window.grab().save(str(tmp_path / "main.png"))
    dialog.grab().save(str(tmp_path / "clock_check_on_the_streets.png"))


@pytest.fixture
def cyrillic(qapp: QApplication) -> Iterator[None]:
    """The app in Serbian Cyrillic, installed before the window is made (as at start-up)."""
    assert install_language(qapp, "sr_Cyrl") == "sr_Cyrl"
    yield
    uninstall_language(qapp)


def test_the_dialog_speaks_cyrillic_to_the_last_letter(
    cyrillic: None, qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """In the Cyrillic window the largest gap and the neighbours' window read "60 s" and
    "120 s" in Latin letters, and a cut-off track was refused with gpxpy's English ("Error
    parsing XML: no element found: line 1, column 53") inside the Serbian sentence, before."""
    dialog = window.open_geotag()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)
    assert dialog.max_gap.text() == "60 с" and dialog.neighbour_window.text() == "120 с"
    broken = tmp_path / "walk.gpx"
    broken.write_text('<?xml version="1.0"?><gpx version="1.1"><trk><trkseg>', encoding="utf-8")
    dialog.path.setText(str(broken))
    dialog.preview()
    qtbot.waitUntil(lambda: "walk.gpx" in dialog.summary.text(), timeout=10000)
    assert dialog.summary.text() == (
        "walk.gpx није GPX датотека коју SurveyApp може да прочита:"
        " њен XML је неисправан у реду 1, колони 54"
    )
    dialog.grab().save(str(tmp_path / "sr_Cyrl_geotag_broken_track.png"))


def phone_walk(folder: Path, seed: int) -> Path:
    """Two photos without GPS named as a phone names them (IMG_20260504_…), taken 130 s and
    310 s into the track, in ``folder``."""
    folder.mkdir()
    for index, seconds in enumerate((130, 310)):
        wall = (BEGIN + timedelta(seconds=seconds, hours=2)).replace(tzinfo=None)
        spec = PhotoSpec(latitude=None, longitude=None, taken=wall)
        name = f"IMG_{wall:%Y%m%d_%H%M%S}.jpg"
        (folder / name).write_bytes(make_jpeg(spec, seed=seed + index))
    return folder


def test_the_new_places_are_read_whole_in_french_on_a_laptop_screen(
    french: None, qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A phone's file names, French column titles, and the dialog as it opens on a 1366 × 768
    screen: before, the new place was cut to "44,812500, 20,46328…" (the longitude's last
    digits and the accuracy gone), the dialog using 980 of the screen's 1366 pixels."""
    phone_walk(tmp_path / "DCIM", seed=2710)
    dialog = previewed(qtbot, window, tmp_path)
    laptop = QSize(1366, 768) - FRAME
    dialog.resize(QSize(*GEOTAG_SIZE).boundedTo(laptop))
    dialog.show()
    qtbot.waitExposed(dialog)
    tree = dialog.list
    metrics = tree.fontMetrics()
    placed = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    shown = [item for item in placed if item is not None and "±" in item.text(3)]
    assert len(shown) == 4, [item.text(3) for item in placed if item is not None]
    # What an item needs around its text: the names' column is as wide as its longest name.
    margin = tree.sizeHintForColumn(0) - max(
        metrics.horizontalAdvance(item.text(0)) for item in placed if item is not None
    )
    for item in shown:
        for column in range(tree.columnCount()):
            needed = metrics.horizontalAdvance(item.text(column)) + margin
            assert tree.columnWidth(column) >= needed, (column, item.text(column))
    dialog.grab().save(str(tmp_path / "fr_geotag_preview.png"))


def test_a_refused_photos_reason_is_read_whole_in_french_on_a_laptop_screen(
    french: None, qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A phone's file names and a photo taken in a gap of the track, in French on a 1366 × 768
    screen: before, its reason was cut to "prise pendant une interruption de 400 s sans…" in
    the list (the tooltip alone had it whole)."""
    folder = phone_walk(tmp_path / "DCIM", seed=2720)
    run_import(qtbot, window, [folder, compact_camera_walk(tmp_path / "DCIM2")])
    gap = [
        walk(BELGRADE, BEGIN, 200),
        walk(where(BELGRADE, 840, 90), BEGIN + timedelta(seconds=600), 60),
    ]
    gpx = write_gpx(tmp_path / "gap.gpx", gap)
    dialog = window.open_geotag()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)
    dialog.path.setText(str(gpx))
    dialog.zone.setCurrentText("Europe/Belgrade")
    laptop = QSize(1366, 768) - FRAME
    dialog.resize(QSize(*GEOTAG_SIZE).boundedTo(laptop))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    tree = dialog.list
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    refused = [i for i in items if i is not None and "interruption de 400" in i.text(3)]
    assert refused, [i.text(3) for i in items if i is not None]
    metrics = tree.fontMetrics()
    margin = tree.sizeHintForColumn(0) - max(
        metrics.horizontalAdvance(item.text(0)) for item in items if item is not None
    )

    def read_whole(item: QTreeWidgetItem) -> bool:
        room = QRect(0, 0, tree.columnWidth(3) - margin, 10_000)
        needed = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, item.text(3))
        shown = tree.visualItemRect(item)
        return needed.width() <= room.width() and needed.height() <= shown.height()

    qtbot.waitUntil(lambda: all(read_whole(item) for item in refused), timeout=3000)
    dialog.grab().save(str(tmp_path / "fr_geotag_refused.png"))


def test_a_track_still_being_read_shows_a_bar_can_be_cancelled_and_holds_up_no_edit(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A track that takes its time to read (a week at one fix a second; here a pipe whose
    writer has not written yet): before, it was read on the survey's writing thread with only
    "Working out where each photo goes…" said, no way to stop it, every edit in the main window
    waiting behind it, and read again whole for each clock check."""
    run_import(qtbot, window, [compact_camera_walk(tmp_path / "DCIM")])
    slow = tmp_path / "logger.gpx"
    os.mkfifo(slow)
    dialog = window.open_geotag()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)
    dialog.zone.setCurrentText("Europe/Belgrade")
    dialog.path.setText(str(slow))
    dialog.preview()
    assert dialog.reading.isVisible() and dialog.cancel_button.isVisible()
    assert not dialog.preview_button.isEnabled()

    # The survey's writes go on meanwhile: the same thread an edit is saved on.
    saved = window.tasks.write("an edit", lambda _task: "saved")
    with qtbot.waitSignal(saved.finished, timeout=5000) as edit:
        pass
    assert edit.args == ["saved"]

    dialog.cancel_button.click()
    assert not dialog.reading.isVisible() and dialog.preview_button.isEnabled()
    assert "cancel" in dialog.summary.text()
    assert dialog.reader is None
    # The writer comes at last: what it wrote is dropped, the dialog says what it said.
    track = write_gpx(tmp_path / "walk.gpx", [walk(BELGRADE, BEGIN, 600)])
    with open(slow, "wb") as pipe:
        pipe.write(track.read_bytes())
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10000)
    assert dialog.plan is None and "cancel" in dialog.summary.text()

    # A clock check plans again from the track read once.
    dialog.path.setText(str(track))
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    first, read = dialog.plan, dialog._read
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))  # type: ignore[arg-type]
    dialog.true_time.setDateTime(dialog.true_time.dateTime().addSecs(-90))
    dialog.check_by_time()
    assert not dialog.reading.isVisible()
    qtbot.waitUntil(lambda: dialog.plan is not first, timeout=10000)
    assert dialog._read is read and "+02:01:30 from clock check" in dialog.offsets.text()


def week_of_fixes(path: Path, points: int) -> Path:
    """A logger's week at one fix a second (``points`` fixes, about 110 bytes each)."""
    start = int(BEGIN.timestamp())
    with path.open("w", encoding="utf-8") as stream:
        stream.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="GPSLogger" '
            'xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>\n'
        )
        for first in range(0, points, 100_000):
            stream.write(
                "".join(
                    f'<trkpt lat="{44.8 + i * 1e-6:.7f}" lon="{20.4 + i * 1e-6:.7f}">'
                    f"<ele>{117 + i % 30}</ele><time>"
                    f"{datetime.fromtimestamp(start + i, UTC):%Y-%m-%dT%H:%M:%SZ}</time>"
                    "<hdop>1.1</hdop></trkpt>\n"
                    for i in range(first, min(points, first + 100_000))
                )
            )
        stream.write("</trkseg></trk></gpx>\n")
    return path


@pytest.mark.slow
def test_cancel_stops_the_reading_of_a_weeks_track_at_once(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Before, Cancel dropped the reading's result but its thread read the week's track to
    the end (25 s and a gigabyte for 159 MB), holding the memory and a reader thread."""
    week = week_of_fixes(tmp_path / "week.gpx", 1_200_000)  # 130 MB: seconds to read
    dialog = window.open_geotag()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)
    dialog.zone.setCurrentText("Europe/Belgrade")
    dialog.path.setText(str(week))
    dialog.preview()
    assert dialog.reading.isVisible()
    dialog.cancel_button.click()
    assert "cancel" in dialog.summary.text()
    # The reading thread ends (and lets go of what it read) within moments, not seconds later.
    assert window.tasks.wait(3000)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=3000)
    assert dialog.plan is None and "cancel" in dialog.summary.text()


def test_a_track_of_another_day_says_when_it_runs_in_the_photos_time_zone(
    french: None, qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The logger's file of the day before, across midnight in Belgrade: before, every photo
    was "prise après la fin de la trace" and nothing in the dialog said when the track ran."""
    run_import(qtbot, window, [compact_camera_walk(tmp_path / "DCIM")])
    evening = BEGIN - timedelta(hours=10, minutes=5)  # 23:55 in Belgrade, on 3 May
    gpx = write_gpx(tmp_path / "walk.gpx", [walk(BELGRADE, evening, 600)])
    dialog = preview_of(qtbot, window, gpx)
    assert dialog.summary.text() == (
        "La trace va du 2026-05-03 23:55 au 2026-05-04 00:05 (Europe/Belgrade). 0 photo peut"
        " être placée ; 3 ne peuvent pas l’être. Rien n’est modifié avant que vous appliquiez."
    ), dialog.summary.text()  # French puts a space before ";" (before, "placée; 3")


def test_a_track_refused_after_a_preview_leaves_no_plan_of_the_track_before(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A good track previewed, then a broken one chosen: before, the refusal was said under the
    first track's list, offsets and map, which a clock check by a click then used."""
    dialog = previewed(qtbot, window, tmp_path)
    broken = tmp_path / "broken.gpx"
    broken.write_text('<?xml version="1.0"?><gpx version="1.1"><trk>', encoding="utf-8")
    dialog.path.setText(str(broken))
    dialog.preview()
    qtbot.waitUntil(lambda: "broken.gpx" in dialog.summary.text(), timeout=10000)
    assert dialog.list.topLevelItemCount() == 0 and not dialog.offsets_area.isVisible()
    assert dialog.map.track == [] and dialog.map.points == []
    assert dialog.plan is None and dialog.track is None and not dialog.apply_button.isEnabled()


def test_a_wrong_phone_clock_is_said_and_a_camera_that_joins_another_is_said_in_french(
    french: None, qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Milica's phone runs 3 min fast and in the wrong zone (its tags say +01:00); its GPS was
    on for the first photos. The preview says its GPS photos lie far from the track at their
    time; with the right offset the doubt goes, and applying says that the camera of the photo
    taken without GPS 10 s after one with GPS joined it (before: "2 photos géolocalisées." and
    the camera count fell by one without a word)."""
    folder = tmp_path / "DCIM"
    folder.mkdir()
    for index, seconds in enumerate((60, 180, 300, 310, 420)):
        latitude, longitude = where(BELGRADE, seconds * 1.4, 90)
        gps = index < 3
        wall = (BEGIN + timedelta(seconds=seconds, hours=1, minutes=3)).replace(tzinfo=None)
        spec = PhotoSpec(latitude=latitude if gps else None, longitude=longitude if gps else None,
                         taken=wall, offset="+01:00", make="samsung", model="SM-A546B")  # fmt: skip
        (folder / f"IMG_{index}.jpg").write_bytes(make_jpeg(spec, seed=3980 + index))
    run_import(qtbot, window, [folder])
    gpx = write_gpx(tmp_path / "walk.gpx", [walk(BELGRADE, BEGIN, 600)])
    dialog = preview_of(qtbot, window, gpx)
    assert (
        "samsung SM-A546B : 3 photos avec leur propre position GPS sont à 251 m de la trace"
        " à leur heure (médiane) : l’horloge est peut-être fausse ; leurs places sur"
        " la trace donnent +01:03" in dialog.offsets.text()
    )
    first = dialog.plan
    dialog.offset.setText("+01:03:00")
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.plan is not first and dialog.plan is not None, timeout=10000)
    assert "peut-être fausse" not in dialog.offsets.text()
    with qtbot.waitSignal(window.store.reset, timeout=10000):
        dialog.apply()
    assert (
        "2 photos géolocalisées. 1 caméra a rejoint une caméra proche (prise à moins de 15 m et"
        " 10 min)." in dialog.summary.text()
    )


def test_the_offset_found_is_offered_and_the_times_it_places_are_said_kept_as_written(
    french: None, qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The preview offers the offset the phone's own GPS photos give (a button, never used
    unasked); once she takes it, the preview says the photos are placed at +01:03 while their
    times, kept as the phone wrote them, say +01:00 (before: she had to type it, and nothing
    said the capture times were not corrected)."""
    folder = tmp_path / "DCIM"
    folder.mkdir()
    written: list[datetime] = []
    for index, seconds in enumerate((60, 180, 300, 310, 420)):
        latitude, longitude = where(BELGRADE, seconds * 1.4, 90)
        gps = index < 3
        wall = (BEGIN + timedelta(seconds=seconds, hours=1, minutes=3)).replace(tzinfo=None)
        spec = PhotoSpec(latitude=latitude if gps else None, longitude=longitude if gps else None,
                         taken=wall, offset="+01:00", make="samsung", model="SM-A546B")  # fmt: skip
        (folder / f"IMG_{index}.jpg").write_bytes(make_jpeg(spec, seed=3980 + index))
        written.append(wall)
    run_import(qtbot, window, [folder])
    gpx = write_gpx(tmp_path / "walk.gpx", [walk(BELGRADE, BEGIN, 600)])
    dialog = preview_of(qtbot, window, gpx)
    assert dialog.use_found.isVisible() and dialog.use_found.text() == "Utiliser +01:03"
    # The doubt wraps beside the button: its end, the offset found, is read without scrolling
    # (before: the area was as high as its three lines unwrapped, "+01:03" below its edge).
    assert "donnent +01:03" in dialog.offsets.text()
    assert dialog.offsets.heightForWidth(dialog.offsets_area.viewport().width()) > 3 * (
        dialog.offsets.fontMetrics().lineSpacing()
    )  # it does wrap here
    scroll = dialog.offsets_area.verticalScrollBar()
    qtbot.waitUntil(lambda: scroll.maximum() == 0, timeout=3000)
    assert dialog.offset.text() == ""  # offered, not used
    first = dialog.plan
    qtbot.mouseClick(dialog.use_found, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: dialog.plan is not first and dialog.plan is not None, timeout=10000)
    assert dialog.offset.text() == "+01:03"
    text = dialog.offsets.text()
    assert "peut-être fausse" not in text and not dialog.use_found.isVisible()
    assert (
        "samsung SM-A546B : 2 photos sont placées à +01:03, bien que leurs heures disent +01:00 :"
        " leurs heures de prise de vue restent celles que l’appareil a écrites (photos et"
        " exports disent +01:00)" in text
    ), text
    with qtbot.waitSignal(window.store.reset, timeout=10000):
        dialog.apply()
    assert "2 photos géolocalisées." in dialog.summary.text()
    with window.db.read_session() as session:
        placed = session.scalars(select(Photo).where(Photo.position_source == "gpx")).all()
        # The phone's time as written, its offset tag too.
        assert sorted((p.taken_local, p.utc_offset_minutes) for p in placed) == [
            (wall, 60) for wall in written[3:]
        ]
