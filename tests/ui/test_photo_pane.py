"""The selected camera's photos, large, under the map: previous/next, the phone's record of each,
the pane hidden and shown again from the Camera menu."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
from pytestqt.qtbot import QtBot

from surveyapp.ui.main_window import MainWindow
from surveyapp.ui.screen import FRAME
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
    qtbot.waitUntil(lambda: "missing from the library" in pane.status.text(), timeout=10000)
    assert pane.minimumSizeHint().width() <= window.width() // 2  # the message asks no room
    assert window.minimumSizeHint().width() <= 1366
    told = pane.status.text()
    assert pane.status.toolTip() == told and str(window.db.library) in told
    assert pane.status.width() <= pane.width()


def test_a_photo_no_decoder_knows_says_so_in_words_not_a_python_object(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, corpus_dir: Path
) -> None:
    """A damaged real file the import took (its metadata read): before, the pane said
    "Cannot open the photo: cannot identify image file <_io.BytesIO object at 0x7f…>", in
    English whatever the app's language."""
    folder = tmp_path / "walk"
    folder.mkdir()
    name = "exiv2__issue_1912_poc.jpg"
    shutil.copy(corpus_dir / "photos" / name, folder / name)
    run_import(qtbot, window, [folder]).accept()
    qtbot.waitUntil(lambda: window.table.model.rowCount() == 1, timeout=30000)
    window.table.view.selectRow(0)
    pane = window.photo_pane
    qtbot.waitUntil(lambda: "Cannot open the photo" in pane.status.text(), timeout=10000)
    assert pane.status.text() == (
        "Cannot open the photo: the photo's pixels cannot be decoded: the file is damaged "
        "(no decoder knows it)"
    )


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


def a_phones_photo_with_notes_and_two_more(folder: Path, corpus: Path) -> Path:
    """A real phone's photo whose record holds three notes (its position stored as text, its
    maker read from elsewhere), and two more photos of its camera a minute later."""
    folder.mkdir()
    name = "rwcarlsen-goexif__geodegrees_as_string.jpg"  # HTC One_M8, 2014-04-26 19:09:19
    shutil.copy(corpus / "photos" / name, folder / name)
    for i in range(2):
        spec = PhotoSpec(
            latitude=52.842781,
            longitude=11.182857,
            offset=None,  # a wall-clock time, as the phone's photo has
            taken=datetime(2014, 4, 26, 19, 10 + i),
        )
        (folder / f"IMG_{i:04d}.jpg").write_bytes(make_jpeg(spec, seed=50 + i))
    return folder


def laid_out() -> None:
    """Run every layout pass the last change asked for."""
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def scrolled(widget: QWidget, *, to_the_end: bool) -> None:
    """Scroll whatever holds ``widget`` to its start or its end, as a volunteer drags a scroll
    bar."""
    laid_out()
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            bar = parent.verticalScrollBar()
            bar.setValue(bar.maximum() if to_the_end else bar.minimum())
        parent = parent.parentWidget()
    QApplication.processEvents()


def wholly_seen(widget: QWidget) -> bool:
    """Whether all of ``widget`` is on screen, neither cut by what holds it nor squeezed."""
    if widget.hasHeightForWidth() and widget.height() < widget.heightForWidth(widget.width()):
        return False  # a wrapped text's last lines cut off inside its own label
    return widget.visibleRegion().boundingRect() == widget.rect()


@pytest.mark.parametrize("size", [(1366, 768), (1024, 600)])
def test_every_line_of_the_photo_pane_can_be_seen_on_a_small_screen(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, corpus_dir: Path, size: tuple[int, int]
) -> None:
    """In the narrow middle column of a 1024 × 600 screen the buttons wrap onto three lines,
    and the photo's device and notes were cut off at the bottom, out of reach. The picture
    now gives up its room first; then the pane scrolls, and its last line comes into view."""
    window.resize(QSize(*size) - FRAME)  # as the app opens on such a screen
    folder = a_phones_photo_with_notes_and_two_more(tmp_path / "walk", corpus_dir)
    run_import(qtbot, window, [folder]).accept()
    qtbot.waitUntil(lambda: window.table.model.rowCount() == 1, timeout=30000)
    window.table.view.selectRow(0)
    pane = window.photo_pane
    qtbot.waitUntil(lambda: len(pane.photos) == 3, timeout=10000)
    assert shown_photo(window) == "rwcarlsen-goexif__geodegrees_as_string.jpg"  # the first
    qtbot.waitUntil(lambda: not pane.item.pixmap().isNull(), timeout=10000)
    told = pane.info.text().replace("\u200b", "")  # the spaces that let it wrap
    assert "HTC One_M8" in told and "Make read from the Exif IFD" in told  # the last line
    laid_out()
    if size[1] == 600:
        assert pane.status.y() > pane.previous.y()  # wrapped: the column is that narrow

    scrolled(pane.info, to_the_end=True)
    assert wholly_seen(pane.info)
    scrolled(pane.info, to_the_end=False)
    for widget in (pane.view, pane.previous, pane.counter, pane.next, pane.status):
        assert wholly_seen(widget), widget
    if size[1] == 768:  # room for all of it: nothing to scroll, a larger picture
        assert wholly_seen(pane.info) and pane.view.height() > pane.view.minimumHeight()


def test_the_photo_counter_is_level_with_previous_and_next(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The counter ("1 of 3") sat at the top of the buttons' line, higher than the words of
    Previous and Next beside it: it is centred on the same line as they are."""
    pane = window.photo_pane
    run_import(qtbot, window, [one_camera_of_three_photos(tmp_path / "walk")]).accept()
    qtbot.waitUntil(lambda: window.table.model.rowCount() == 1, timeout=30000)
    window.table.view.selectRow(0)
    qtbot.waitUntil(lambda: not pane.item.pixmap().isNull(), timeout=10000)
    laid_out()
    counter, previous, following = pane.counter, pane.previous, pane.next
    assert counter.text() == "1 of 3"
    assert counter.height() < previous.height()  # a line of text beside taller buttons

    def middle(widget: QWidget) -> int:
        return widget.mapTo(pane, widget.rect().center()).y()

    assert middle(previous) == middle(following)  # one line
    assert abs(middle(counter) - middle(previous)) <= 1


def test_a_photo_whose_original_is_missing_says_how_to_bring_it_back_and_its_import_does(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The library lost the originals (a folder moved away): the pane names the photo and says
    to import its file again; doing so from the same folder says in the summary that the
    originals were restored, and the pane shows the photo again (before: "Cannot open the
    photo: [Errno 2] No such file or directory: …", and importing again said "already in the
    survey (skipped)", nothing put back)."""
    pane = window.photo_pane
    walk = one_camera_of_three_photos(tmp_path / "walk")
    run_import(qtbot, window, [walk]).accept()
    qtbot.waitUntil(lambda: window.table.model.rowCount() == 1, timeout=30000)
    for copy in window.db.library.rglob("*.jpg"):
        copy.unlink()
    window.table.view.selectRow(0)
    qtbot.waitUntil(lambda: "missing from the library" in pane.status.text(), timeout=10000)
    told = pane.status.text()
    assert shown_photo(window) in told and "import its file again" in told, told

    dialog = run_import(qtbot, window, [walk])
    assert dialog.outcome is not None
    assert (dialog.outcome.restored, dialog.outcome.duplicates) == (3, 0), dialog.outcome
    assert "have it back" in dialog.summary.hint.text(), dialog.summary.hint.text()
    headline = dialog.summary.headline.text()
    assert headline == "3 originals restored in the library", headline
    dialog.accept()  # the photo on screen shows, without choosing it again
    qtbot.waitUntil(lambda: not pane.item.pixmap().isNull(), timeout=10000)
    assert "missing" not in pane.status.text()
