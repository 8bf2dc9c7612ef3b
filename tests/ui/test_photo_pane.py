"""The selected camera's photos, large, under the map: previous/next, the phone's record of each,
the pane hidden and shown again from the Camera menu."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from surveyapp.ui.main_window import MainWindow
from tests.factory import PhotoSpec, make_jpeg
from tests.ui.conftest import START, run_import


def one_camera_of_three_photos(folder: Path) -> Path:
    """Three photos of one camera, a minute apart, bearings 30°, 40°, 50°."""
    folder.mkdir(parents=True)
    for i in range(3):
        spec = PhotoSpec(
            latitude=44.81,
            longitude=20.46,
            bearing=30.0 + 10 * i,
            taken=START + timedelta(minutes=i),
        )
        (folder / f"IMG_{i:04d}.jpg").write_bytes(make_jpeg(spec, seed=40 + i))
    return folder


def shown_photo(window: MainWindow) -> str:
    pane = window.photo_pane
    return pane.photos[pane.index].file_name


def test_the_selected_cameras_photos_show_large_with_previous_and_next(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    pane = window.photo_pane
    assert pane.isVisible() and pane.hint.isVisible()  # nothing selected: it says what it is for
    run_import(qtbot, window, [one_camera_of_three_photos(tmp_path / "walk")]).accept()
    qtbot.waitUntil(lambda: window.table.model.rowCount() == 1, timeout=30000)
    window.table.view.selectRow(0)
    qtbot.waitUntil(lambda: not pane.item.pixmap().isNull(), timeout=10000)

    # Large: far larger than the thumbnail strip's pictures, beside the form.
    assert pane.view.width() > 300 and pane.view.height() > 200
    assert window.panel.photos.iconSize().width() < pane.view.width() / 2
    assert pane.counter.text() == "1 of 3" and not pane.previous.isEnabled()
    assert shown_photo(window) == "IMG_0000.jpg"
    assert "2026-05-04 10:00" in pane.info.text() and "30°" in pane.info.text()

    pane.next.click()
    pane.next.click()
    qtbot.waitUntil(lambda: not pane.item.pixmap().isNull(), timeout=10000)
    assert pane.counter.text() == "3 of 3" and not pane.next.isEnabled()
    assert "2026-05-04 10:02" in pane.info.text() and "50°" in pane.info.text()

    # A click on a thumbnail shows that photo large.
    window.panel.photo_chosen.emit(1)
    assert pane.counter.text() == "2 of 3" and "40°" in pane.info.text()

    # An edit of the camera reloads the panel: the photo on screen stays.
    window.panel.reload()
    assert pane.counter.text() == "2 of 3"

    # Nothing selected: the pane says so again.
    window.selection.set([])
    assert pane.hint.isVisible() and not pane.view.isVisible()


def test_the_photo_pane_can_be_hidden_and_stays_hidden(qtbot: QtBot, window: MainWindow) -> None:
    assert window.photos_action.isChecked() and window.photo_pane.isVisible()
    map_height = window.map.height()
    window.photos_action.trigger()
    assert not window.photo_pane.isVisible() and not window.settings.photo_pane
    qtbot.waitUntil(lambda: window.map.height() > map_height, timeout=5000)  # the map grows
    window.photos_action.trigger()
    assert window.photo_pane.isVisible() and window.settings.photo_pane


def test_a_photo_that_cannot_be_opened_says_so_without_widening_the_window(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The library copy is gone (a disk unplugged): the pane says why, wrapped in the room it
    has, with the whole message as its tooltip. Before, the one-line message with the file's
    path made the window wider than a 1366-pixel laptop screen, the camera form beyond it."""
    pane = window.photo_pane
    run_import(qtbot, window, [one_camera_of_three_photos(tmp_path / "walk")]).accept()
    qtbot.waitUntil(lambda: window.table.model.rowCount() == 1, timeout=30000)
    for copy in window.db.library.rglob("*.jpg"):
        copy.unlink()
    window.table.view.selectRow(0)
    qtbot.waitUntil(lambda: pane.status.text().startswith("Cannot open the photo"), timeout=10000)
    assert pane.minimumSizeHint().width() <= window.width() // 2  # the message asks no room
    assert window.minimumSizeHint().width() <= 1366
    told = pane.status.text()
    assert pane.status.toolTip() == told and str(window.db.library) in told
    assert pane.status.width() <= pane.width()


def test_a_long_file_name_copied_from_the_pane_is_the_files_name(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The name may wrap in a narrow column (zero-width spaces after its separators); what is
    copied from the line under the photo is the name as it is, and finds the file."""
    folder = tmp_path / "walk"
    folder.mkdir()
    name = "IMG_20260504_103117_HDR-front.door~2+corner_of_Knez_Mihailova_and_Obilicev.jpg"
    (folder / name).write_bytes(make_jpeg(PhotoSpec(latitude=44.81, longitude=20.46), seed=44))
    run_import(qtbot, window, [folder]).accept()
    qtbot.waitUntil(lambda: window.table.model.rowCount() == 1, timeout=30000)
    window.table.view.selectRow(0)
    pane = window.photo_pane
    qtbot.waitUntil(lambda: shown_photo(window) == name, timeout=10000)
    shown = QTextDocument()
    shown.setHtml(pane.info.text())
    pane.info.setSelection(0, len(shown.toPlainText()))  # as a volunteer drags over the line
    assert pane.info.hasSelectedText()
    QApplication.clipboard().clear()
    QTest.keyClick(pane.info, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text()
    assert copied.startswith(name) and "\u200b" not in copied, repr(copied[:120])
    assert (folder / copied.split(" · ")[0]).is_file()
