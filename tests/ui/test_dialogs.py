"""Warnings, export, settings, about, start-up and remembered window state."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QToolBar
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from surveyapp.db.database import Database
from surveyapp.db.models import Camera
from surveyapp.ui.blur_editor import BlurEditor
from surveyapp.ui.changes import Changes
from surveyapp.ui.help_guide import HelpGuide
from surveyapp.ui.main_window import MainWindow, about_text
from surveyapp.ui.settings import Settings, SettingsDialog
from surveyapp.ui.sync_dialog import SyncDialog
from surveyapp.ui.tasks import TaskRunner
from tests.factory import PhotoSpec, make_jpeg
from tests.ui.conftest import run_import, write_photos


def test_warnings_list_duplicates_missing_positions_and_times(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = write_photos(tmp_path / "walk", 2, spacing_deg=0.0001)  # 11 m apart, an hour apart
    (folder / "lost.jpg").write_bytes(make_jpeg(PhotoSpec(latitude=None, longitude=None), 7))
    (folder / "timeless.jpg").write_bytes(
        make_jpeg(PhotoSpec(latitude=45.0, longitude=21.0, taken=None, offset=None), 8)
    )
    run_import(qtbot, window, [folder]).accept()
    panel = window.warnings
    window.tabs.setCurrentWidget(panel)  # worked out when the tab is shown
    qtbot.waitUntil(lambda: len(panel.warnings) >= 3, timeout=5000)
    kinds = sorted(w.kind for w in panel.warnings)
    assert kinds == ["duplicate", "no_position", "no_time"]
    groups = [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]
    titles = [group.text(0) for group in groups if group is not None]
    assert any(title.startswith("Likely duplicates") for title in titles)
    assert groups[0] is not None
    duplicate = groups[0].child(0)
    panel.tree.itemActivated.emit(duplicate, 0)
    assert len(window.selection.ids) == 2
    assert window.merge_action.isEnabled()
    # Merging them clears the warning.
    window.merge_action.trigger()
    qtbot.waitUntil(lambda: all(w.kind != "duplicate" for w in panel.warnings), timeout=5000)


def test_empty_survey_says_how_to_start(qtbot: QtBot, window: MainWindow) -> None:
    assert window.table.model.rowCount() == 0
    assert "Import photos" in window.statusBar().currentMessage()
    assert "drop photos" in window.map.banner()
    assert window.panel.stack.currentIndex() == 0
    window.tabs.setCurrentWidget(window.warnings)
    qtbot.waitUntil(lambda: "Nothing to check" in window.warnings.empty.text(), timeout=5000)
    assert window.warnings.empty.isVisible() and not window.warnings.tree.isVisible()


def test_export_offers_only_the_selected_or_the_filtered_cameras(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    run_import(qtbot, window, [write_photos(tmp_path / "walk", 3)]).accept()
    qtbot.waitUntil(lambda: window.table.model.rowCount() == 3, timeout=30000)
    ids = [row.id for row in window.store.rows]
    target = tmp_path / "chosen.geojson"

    def export(choice: str) -> set[str]:
        dialog = window.export()
        qtbot.addWidget(dialog)
        texts = [dialog.which.itemText(i) for i in range(dialog.which.count())]
        dialog.which.setCurrentIndex(texts.index(choice))
        dialog.path.setText(str(target))
        dialog.export_button.click()
        qtbot.waitUntil(lambda: "Exported" in dialog.status.text(), timeout=10000)
        qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10000)
        dialog.close()
        return {feature["id"] for feature in json.loads(target.read_text())["features"]}

    window.selection.set(ids[:2])
    assert export("The 2 selected cameras") == set(ids[:2])
    window.selection.set([])
    window.table.search.setText("IMG_0001")  # the search finds a photo's file name
    qtbot.waitUntil(lambda: window.table.model.rowCount() == 1, timeout=5000)
    shown = window.table.model.visible[0].id
    assert export("The 1 cameras the list shows (filtered)") == {shown}
    assert export("All cameras") == set(ids)


def test_the_osm_export_never_calls_a_removed_camera_one_without_a_position(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """OSM XML leaves removed cameras out on purpose; before, the dialog said they had no
    position and asked to place them on the map."""
    walk = write_photos(tmp_path / "walk", 3)
    (walk / "nowhere.jpg").write_bytes(make_jpeg(PhotoSpec(latitude=None, longitude=None), 7))
    run_import(qtbot, window, [walk]).accept()
    with window.db.session() as session, session.begin():
        placed = session.scalars(select(Camera).where(Camera.latitude.is_not(None))).first()
        assert placed is not None
        placed.status = "removed"
    dialog = window.export()
    qtbot.addWidget(dialog)
    names = [dialog.format.itemData(i) for i in range(dialog.format.count())]
    dialog.format.setCurrentIndex(names.index("osm"))
    dialog.path.setText(str(tmp_path / "cameras.osm"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "Exported" in dialog.status.text(), timeout=10000)
    status = dialog.status.text()
    assert "Exported 2 cameras" in status
    assert "1 cameras without a position were left out" in status  # the one without, only


def test_export_dialog_writes_geojson(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    walk = write_photos(tmp_path / "walk", 3)
    (walk / "nowhere.jpg").write_bytes(make_jpeg(PhotoSpec(latitude=None, longitude=None), 7))
    run_import(qtbot, window, [walk]).accept()
    dialog = window.export()
    qtbot.addWidget(dialog)
    names = [dialog.format.itemData(i) for i in range(dialog.format.count())]
    assert "geojson" in names
    dialog.format.setCurrentIndex(names.index("geojson"))
    target = tmp_path / "out" / "cameras.geojson"
    target.parent.mkdir()
    dialog.path.setText(str(target))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "Exported" in dialog.status.text(), timeout=10000)
    collection = json.loads(target.read_text())
    assert len(collection["features"]) == 3
    assert "Exported 3 cameras" in dialog.status.text()
    # The camera without a position is not in the file, and the dialog says so.
    assert "1 cameras without a position were left out" in dialog.status.text()
    # Never synced, the photos have no shared copy: counted, not named (an original's hash
    # would tie the file to the volunteer's phone), and the dialog says why.
    assert "3 photos are counted but not named in the file" in dialog.status.text()
    assert all(f["properties"]["survey:photos"] == [] for f in collection["features"])
    # Dates only: the file says when each camera was seen, never the time of day.
    assert "T10:00" in target.read_text() or "10:00" in target.read_text()
    # Only the verified ones (none yet here), for publication.
    dialog.verified_only.setChecked(True)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "Exported 0 cameras" in dialog.status.text(), timeout=10000)
    assert json.loads(target.read_text())["features"] == []
    dialog.verified_only.setChecked(False)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10000)
    dialog.day_only.setChecked(True)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "Exported" in dialog.status.text(), timeout=10000)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10000)
    exported = target.read_text()
    assert "2026-05-04" in exported and not re.search(r"\d{2}:\d{2}", exported)
    # A folder that does not exist: a clear error, no file.
    dialog.path.setText(str(tmp_path / "missing" / "x.geojson"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "failed" in dialog.status.text(), timeout=10000)
    assert "no such folder" in dialog.status.text()


def test_the_next_export_proposes_the_folder_of_the_last(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Every export proposed ~/cameras.geojson: a volunteer writing to her USB stick typed
    its folder again each time (after a restart too)."""
    run_import(qtbot, window, [write_photos(tmp_path / "walk", 2)]).accept()
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog = window.export()
    qtbot.addWidget(dialog)
    dialog.path.setText(str(stick / "belgrade.geojson"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "Exported" in dialog.status.text(), timeout=10000)
    dialog.close()
    again = window.export()
    qtbot.addWidget(again)
    assert Path(again.path.text()) == stick / "cameras.geojson"
    again.close()
    shutil.rmtree(stick)  # the stick is taken out
    third = window.export()
    qtbot.addWidget(third)
    assert Path(third.path.text()).parent == Path.home()
    third.close()


def test_the_photo_zip_says_which_damaged_photo_it_left_out(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, corpus_dir: Path
) -> None:
    """A survey with a damaged photo (a real truncated JPEG that imports with its GPS): the
    zip is made with the other photos, and the summary counts photos, not cameras, and names
    the one left out, in red, and the camera without a position the zip's GeoJSON lacks
    (before: "Exported 4 cameras", for the GeoJSON and 3 photos; and the whole zip was
    refused)."""
    walk = write_photos(tmp_path / "walk", 3)
    shutil.copy(corpus_dir / "photos" / "exiv2__issue_1912_poc.jpg", walk)
    (walk / "nowhere.jpg").write_bytes(make_jpeg(PhotoSpec(latitude=None, longitude=None), 7))
    run_import(qtbot, window, [walk]).accept()
    dialog = window.export()
    qtbot.addWidget(dialog)
    names = [dialog.format.itemData(i) for i in range(dialog.format.count())]
    dialog.format.setCurrentIndex(names.index("zip"))
    target = tmp_path / "photos.zip"
    dialog.path.setText(str(target))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "Exported" in dialog.status.text(), timeout=30000)
    status = dialog.status.text()
    assert "Exported the GeoJSON and 3 photos to" in status
    assert "1 cameras without a position were left out" in status  # as the GeoJSON says
    assert "1 photos were left out: their files are damaged" in status
    assert "#c0392b" in status and "(exiv2__issue_1912_poc.jpg)" in status
    with zipfile.ZipFile(target) as opened:
        assert len([n for n in opened.namelist() if n.startswith("photos/")]) == 3
        readme = opened.read("README.txt").decode()
    damaged = (corpus_dir / "photos" / "exiv2__issue_1912_poc.jpg").read_bytes()
    # Published: named by its camera, never by the volunteer's file name, nor by the hash of
    # her file (whoever holds her phone's files could match it).
    assert "Photos not in this zip (1)" in readme and "\ncamera " in readme
    assert hashlib.sha256(damaged).hexdigest()[:12] not in readme
    assert "exiv2__issue_1912_poc" not in readme


def test_a_long_export_summary_never_squeezes_the_dialogs_fields(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, corpus_dir: Path
) -> None:
    """The zip's summary naming two damaged photos ran to seven lines in a dialog sized for
    none: the format, the file and the cameras were squeezed to half their height, their
    texts cut, and the summary's last line overlapped the buttons."""
    walk = write_photos(tmp_path / "walk", 2)
    for name in ("exiv2__issue_1912_poc.jpg", "exiv2__IMG_1361.dng"):
        shutil.copy(corpus_dir / "photos" / name, walk)
    run_import(qtbot, window, [walk]).accept()
    dialog = window.export()
    qtbot.addWidget(dialog)
    names = [dialog.format.itemData(i) for i in range(dialog.format.count())]
    dialog.format.setCurrentIndex(names.index("zip"))
    dialog.path.setText(str(tmp_path / "photos.zip"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "Exported" in dialog.status.text(), timeout=30000)
    for _ in range(3):  # the layout takes in the new text
        QApplication.processEvents()
    status = dialog.status
    assert status.heightForWidth(status.width()) > 4 * status.fontMetrics().lineSpacing()
    assert status.height() >= status.heightForWidth(status.width())
    for field in (dialog.format, dialog.path, dialog.which, dialog.export_button):
        assert field.height() >= field.minimumSizeHint().height(), field
    assert status.geometry().bottom() < dialog.buttons.geometry().top()


def test_settings_dialog_checks_and_saves(qtbot: QtBot, settings: Settings, tmp_path: Path) -> None:
    dialog = SettingsDialog(settings, tmp_path / "survey.sqlite")
    qtbot.addWidget(dialog)
    dialog.mbtiles.setText(str(tmp_path / "nothing.mbtiles"))
    dialog.accept()
    assert "no such file" in dialog.error.text()
    (tmp_path / "bad.mbtiles").write_text("not sqlite")
    dialog.mbtiles.setText(str(tmp_path / "bad.mbtiles"))
    dialog.accept()
    assert "not an MBTiles file" in dialog.error.text()
    dialog.mbtiles.setText("")
    dialog.tile_url.setText("ftp://tiles")
    dialog.accept()
    assert "http(s)" in dialog.error.text()
    dialog.tile_url.setText("https://tiles.example.org/{z}/{x}/{y}.png")
    dialog.volunteer.setText("  Mara  ")
    dialog.accept()
    reread = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert reread.tile_url == "https://tiles.example.org/{z}/{x}/{y}.png"
    assert reread.volunteer == "Mara"
    assert reread.mbtiles is None


def test_window_geometry_and_splitter_are_remembered(
    qtbot: QtBot, db: Database, settings: Settings, tasks: TaskRunner, tmp_path: Path
) -> None:
    first = MainWindow(db, settings, tasks, Changes(), tile_cache=tmp_path / "t")
    qtbot.addWidget(first)
    first.show()
    # The offscreen screen is 800 px wide and the window needs a little more: its narrowest.
    width = first.minimumWidth()
    first.resize(width, 700)
    first.splitter.setSizes([320, 240, width - 320 - 240])
    first.middle.setSizes([420, 250])
    sizes, middle = first.splitter.sizes(), first.middle.sizes()
    first.show_photo_pane(False)
    first.close()
    second = MainWindow(db, settings, tasks, Changes(), tile_cache=tmp_path / "t")
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (width, 700)
    assert second.splitter.sizes() == sizes
    assert not second.photo_pane.isVisible() and not second.photos_action.isChecked()
    second.show_photo_pane(True)  # at the size it had when shown last
    qtbot.waitUntil(lambda: second.middle.sizes() == middle, timeout=5000)


def test_on_a_first_start_the_window_is_no_larger_than_the_screen(
    qtbot: QtBot, db: Database, settings: Settings, tasks: TaskRunner, tmp_path: Path
) -> None:
    """No size remembered yet: the window takes 1440 × 860 on a large screen, less on a small
    one (before, 1440 × 860 always: on a 1366 × 768 laptop the camera form and the status bar
    were off the screen). The offscreen screen is 800 × 800; the window's narrowest is a little
    wider, which it keeps."""
    window = MainWindow(db, settings, tasks, Changes(), tile_cache=tmp_path / "t")
    qtbot.addWidget(window)
    window.show()
    screen = window.screen().availableGeometry()
    narrowest = window.minimumSizeHint()
    assert window.width() <= max(screen.width(), narrowest.width())
    assert window.height() <= max(screen.height(), narrowest.height())


def test_about_names_version_and_licence() -> None:
    text = about_text()
    assert "SurveyApp 0." in text and "GPL-3.0-or-later" in text


@pytest.fixture
def app_languages() -> Iterator[None]:
    """``main`` installs the system's language in the test process's application: take it
    out again, so that tests after these see the source texts, as every other test does."""
    import surveyapp.app as app_module

    yield
    instance = QApplication.instance()
    assert instance is not None
    app_module.uninstall_language(instance)


@pytest.mark.usefixtures("app_languages")
def test_the_app_opens_the_last_database(qtbot: QtBot, tmp_path: Path, monkeypatch: object) -> None:
    """`surveyapp` with no command: opens the database, shows the window, remembers the file."""
    import surveyapp.app as app_module
    from surveyapp.ui import settings as settings_module

    store = QSettings(str(tmp_path / "app.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(settings_module, "QSettings", lambda *a: store)  # type: ignore[attr-defined]
    monkeypatch.delenv("SURVEYAPP_DB", raising=False)  # type: ignore[attr-defined]
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))  # type: ignore[attr-defined]
    shown: list[str] = []

    def close_soon() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                shown.append(widget.windowTitle())
                widget.close()  # the last window: the application's event loop ends

    store.setValue("map/tile_url", "")
    store.setValue("database", str(tmp_path / "last.sqlite"))
    QTimer.singleShot(500, close_soon)
    assert app_module.main([]) == 0
    assert shown == ["SurveyApp — last.sqlite"]
    assert (tmp_path / "last.sqlite").is_file()
    assert store.value("window/geometry") is not None


@pytest.mark.usefixtures("app_languages")
def test_a_database_from_a_newer_version_is_refused_with_a_message(
    qtbot: QtBot, tmp_path: Path, monkeypatch: object
) -> None:
    import sqlite3

    import surveyapp.app as app_module

    path = tmp_path / "newer.sqlite"
    database = sqlite3.connect(path)
    database.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    database.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    database.commit()
    database.close()
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: messages.append(text))  # type: ignore[attr-defined]
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))  # type: ignore[attr-defined]
    assert app_module.main(["--db", str(path)]) == 2
    assert messages and "newer" in messages[0].lower()
    check = sqlite3.connect(path)
    assert check.execute("SELECT version_num FROM alembic_version").fetchall() == [
        ("9999_from_the_future",)
    ]
    check.close()


def test_the_command_line_never_loads_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from surveyapp.app import main; "
        f"status = main(['--db', {str(tmp_path / 's.sqlite')!r}, 'cameras', '--json']); "
        "assert 'PySide6' not in sys.modules, 'Qt was loaded'; sys.exit(status)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


def test_the_map_has_the_camera_panel_beside_it(window: MainWindow) -> None:
    order = [window.splitter.widget(i) for i in range(window.splitter.count())]
    assert order == [window.tabs, window.middle, window.panel]
    # The map above the selected camera's photos, beside the form.
    assert [window.middle.widget(i) for i in range(2)] == [window.map, window.photo_pane]
    toolbar = window.findChild(QToolBar, "MainToolbar")
    assert toolbar is not None and window.sync_action in toolbar.actions()
    assert window.delete_action.shortcut().matches(Qt.Key.Key_Delete)


def test_the_toolbar_says_what_waits_to_sync_and_opens_the_dialogs(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    qtbot.waitUntil(lambda: window.sync_status.text() == "Nothing waiting to sync", timeout=5000)
    run_import(qtbot, window, [write_photos(tmp_path / "walk", 2)]).accept()
    qtbot.waitUntil(lambda: "2 photos waiting" in window.sync_status.text(), timeout=5000)

    dialog = window.open_sync()
    assert isinstance(dialog, SyncDialog) and dialog.isVisible()
    dialog.close()

    assert window.open_blur_editor() is None  # no photo selected: it says so
    assert "Select a photo" in window.message.text()
    window.selection.set([window.store.rows[0].id])
    qtbot.waitUntil(lambda: window.panel.photos.count() == 1, timeout=5000)
    window.panel.photos.item(0).setSelected(True)
    editor = window.open_blur_editor()
    assert isinstance(editor, BlurEditor) and editor.isVisible()
    editor.close()


def test_blur_opens_on_the_photo_shown_large_when_no_thumbnail_is_chosen(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A camera chosen, its second photo large under the map (Next), Ctrl+B: the status bar
    said in red "Select a photo in the camera panel first", as if no photo were shown."""
    walk = tmp_path / "walk"
    walk.mkdir()
    for i in range(2):  # one camera: two photos twenty seconds apart
        spec = PhotoSpec(taken=datetime(2026, 5, 4, 10, 30, 15 + 20 * i))
        (walk / f"IMG_{i}.jpg").write_bytes(make_jpeg(spec, seed=i))
    run_import(qtbot, window, [walk]).accept()
    assert len(window.store.rows) == 1
    window.selection.set([window.store.rows[0].id])
    qtbot.waitUntil(lambda: window.panel.photos.count() == 2, timeout=5000)
    assert not window.panel.selected_photos()
    pane = window.photo_pane
    pane.next.click()
    assert pane.index == 1
    editor = window.open_blur_editor()
    assert isinstance(editor, BlurEditor) and editor.isVisible()
    assert editor.photo_id == pane.photos[1].id
    assert "Select a photo" not in window.message.text()
    editor.close()


def test_help_says_the_day_the_shortcuts_and_where_the_data_is(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.help_action.trigger()  # F1
    guide = next(w for w in window.findChildren(HelpGuide) if w.isVisible())
    text = guide.text.toPlainText()
    for heading in ("The walk", "The import", "Identifying", "Syncing", "Privacy"):
        assert heading in text
    assert "Ctrl+I" in text and "Import photos" in text  # the shortcuts, from the real actions
    assert str(window.db.path) in text and str(window.db.library) in text
    guide.close()


def test_the_help_names_undo_and_redo_whatever_they_would_take_back(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The shortcuts' table took each action's current menu text: after placing a camera it
    listed "Ctrl+Z  Undo placing on the map", as if Ctrl+Z did only that."""
    run_import(qtbot, window, [write_photos(tmp_path / "walk", 1)]).accept()
    camera_id = window.table.model.visible[0].id
    window.editor.set_fields(camera_id, {"camera:type": "dome"})
    qtbot.waitUntil(lambda: window.undo_action.text() != "Undo", timeout=5000)
    window.help_action.trigger()
    guide = next(w for w in window.findChildren(HelpGuide) if w.isVisible())
    lines = [line.strip() for line in guide.text.toPlainText().splitlines()]
    named = dict(zip(lines, lines[1:], strict=False))  # a table's cells: key, then name
    assert (named["Ctrl+Z"], named["Ctrl+Shift+Z"]) == ("Undo", "Redo")
    assert window.undo_action.text().startswith("Undo ")  # the Edit menu still says what
    guide.close()


def test_another_format_chosen_after_an_export_never_shows_the_last_result(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """After a GeoJSON export, choosing CSV left "Exported 2 cameras to …cameras.geojson" and a
    full progress bar under "CSV spreadsheet", as if the CSV were written already."""
    run_import(qtbot, window, [write_photos(tmp_path / "walk", 2)]).accept()
    dialog = window.export()
    qtbot.addWidget(dialog)
    names = [dialog.format.itemData(i) for i in range(dialog.format.count())]
    dialog.path.setText(str(tmp_path / "cameras.geojson"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "Exported 2 cameras" in dialog.status.text(), timeout=10000)
    assert dialog.bar.isVisibleTo(dialog)
    dialog.format.setCurrentIndex(names.index("csv"))
    assert dialog.path.text().endswith("cameras.csv")
    assert dialog.status.text() == ""
    assert not dialog.bar.isVisibleTo(dialog)
    assert not (tmp_path / "cameras.csv").exists()


def test_a_formats_description_is_never_cut_off(
    french: None, qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """In French, OSM XML's description takes two lines ("nouveaux nœuds à relire dans JOSM
    (SurveyApp n’envoie jamais rien à OSM)"); chosen after an export, in a dialog sized for a
    one-line description, both lines were squeezed into the room of one and cut off."""
    run_import(qtbot, window, [write_photos(tmp_path / "walk", 2)]).accept()
    dialog = window.export()
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "cameras.geojson"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "exportées" in dialog.status.text(), timeout=10000)
    names = [dialog.format.itemData(i) for i in range(dialog.format.count())]
    dialog.format.setCurrentIndex(names.index("osm"))
    for _ in range(3):  # the layout takes in the new text
        QApplication.processEvents()
    label = dialog.description
    assert label.text().startswith("nouveaux nœuds à relire dans JOSM")
    lines = label.heightForWidth(label.width()) // label.fontMetrics().lineSpacing()
    assert lines >= 2  # the case: it wraps at the dialog's width
    assert label.height() >= label.heightForWidth(label.width())
    assert dialog.height() >= dialog.minimumSizeHint().height()
