"""Import through the window: the dialog, its summary, Cancel, drag-and-drop, no frozen GUI."""

from __future__ import annotations

import contextlib
import os
import time
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QFileSystemModel,
    QListView,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from surveyapp.db.models import Camera, Photo
from surveyapp.photos.importer import ImportProgress
from surveyapp.ui.main_window import MainWindow
from tests.factory import PhotoSpec, make_jpeg
from tests.ui.conftest import START, run_import, wait_saved, write_photos


def test_import_through_the_dialog_fills_list_map_and_database(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = write_photos(tmp_path / "walk", 6)
    (folder / "no-gps.jpg").write_bytes(make_jpeg(PhotoSpec(latitude=None, longitude=None), 50))
    (folder / "notes.txt").write_text("not a photo")
    (folder / "IMG_0000.AAE").write_text('<?xml version="1.0"?><plist/>')  # an iPhone's sidecar

    dialog = run_import(qtbot, window, [folder])

    outcome = dialog.outcome
    assert outcome is not None and not outcome.cancelled
    assert (outcome.imported, outcome.duplicates, outcome.without_position) == (7, 0, 1)
    assert outcome.errors == ()
    assert [Path(path).name for path, _ in outcome.skipped] == ["IMG_0000.AAE", "notes.txt"]
    # The summary page is what the volunteer sees: a note is no error, said on a grey line.
    assert dialog.pages.currentWidget() is dialog.summary
    assert "7 photos imported into 7 new cameras" in dialog.summary.headline.text()
    assert dialog.summary.skipped.isVisible()
    assert dialog.summary.skipped.text() == "2 files skipped: not photos"
    assert "notes.txt: text, not an image" in dialog.summary.skipped.toolTip()
    (problem,) = dialog.summary.rows()  # the photo without a position
    assert problem[:2] == ("no-gps.jpg", "no position")
    assert window.table.model.rowCount() == 7
    assert window.table.count.text() == "7 cameras"
    # The status bar counts what the survey holds.
    assert window.counts.text() == "7 cameras · 1 without position · 7 waiting to sync"
    window.map.grab()  # paint now
    assert window.map.points_drawn == 6  # the one without position is not on the map
    with window.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Photo)) == 7
        assert session.scalar(select(func.count()).select_from(Camera)) == 7

    again = run_import(qtbot, window, [folder])
    assert again.outcome is not None and again.outcome.duplicates == 7
    assert again.outcome.imported == 0
    dialog.accept()
    again.accept()


def test_cancel_stops_cleanly_and_keeps_what_was_imported(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = write_photos(tmp_path / "walk", 80)
    dialog = window.import_paths([folder])
    # The volunteer presses Cancel as soon as the first photo is in (the first report).
    dialog.task.progress.connect(lambda progress: dialog.cancel())
    with qtbot.waitSignal(window.store.reset, timeout=20000):
        qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
    outcome = dialog.outcome
    assert outcome is not None and outcome.cancelled
    assert 1 <= outcome.imported < 80
    assert "cancelled" in dialog.summary.headline.text()
    with window.db.session() as session:
        photos = session.scalars(select(Photo)).all()
        assert len(photos) == outcome.imported
        # Grouped into cameras as a finished import would have, so they show in the list.
        assert all(photo.camera_id is not None for photo in photos)
    assert window.table.model.rowCount() == outcome.imported
    # The rest comes in with the next import; nothing is duplicated.
    rest = run_import(qtbot, window, [folder])
    assert rest.outcome is not None
    assert (rest.outcome.imported, rest.outcome.duplicates) == (80 - outcome.imported,
                                                                outcome.imported)  # fmt: skip
    assert window.table.model.rowCount() == 80


def test_dropping_a_folder_on_the_window_imports_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = write_photos(tmp_path / "card", 3)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(
        QPointF(100, 100), Qt.DropAction.CopyAction, data,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    with qtbot.waitSignal(window.store.reset, timeout=20000):
        window.dropEvent(event)
    assert event.isAccepted()
    assert window.table.model.rowCount() == 3


def test_the_gui_never_stalls_during_an_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, app_gc: None
) -> None:
    folder = write_photos(tmp_path / "walk", 300)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    timer.start()
    started = time.perf_counter()
    dialog = run_import(qtbot, window, [folder])
    timer.stop()
    took = time.perf_counter() - started
    assert dialog.outcome is not None and dialog.outcome.imported == 300
    # The issue asks for <= 100 ms (benchmarks/bench_gui.py measures 500 phone photos and
    # meets it); the suite shares two cores with other processes, so the test only proves that
    # the import runs off the GUI thread: done on it, the window would freeze for all of it.
    assert took > 0.2, "too quick to tell"
    assert max(gaps) < min(0.5, took / 2), f"the event loop stalled {max(gaps) * 1000:.0f} ms"
    assert len(gaps) > took / 0.05  # the timer really ran all along
    QApplication.processEvents()


def test_closing_the_window_stops_an_import_and_keeps_its_photos(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = write_photos(tmp_path / "walk", 80)
    dialog = window.import_paths([folder])
    # At the first report (the first photo's checkpoint: reports are ten a second at most).
    dialog.task.progress.connect(lambda progress: window.close())
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=20000)
    with window.db.session() as session:
        photos = session.scalars(select(Photo)).all()
        assert 1 <= len(photos) < 80
        assert all(photo.camera_id is not None for photo in photos)


_SELECT_ROW = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows


def _pick_in_file_dialog(qtbot: QtBot, folder: Path, names: set[str]) -> None:
    """Once the toolbar's file dialog lists ``folder``: select ``names`` and press Import."""

    def pick() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        dialog = next((w for w in shown if isinstance(w, QFileDialog)), None)
        view = dialog.findChild(QListView, "listView") if dialog is not None else None
        if dialog is None or view is None:
            QTimer.singleShot(20, pick)
            return
        if dialog.directory().absolutePath() != str(folder):
            dialog.setDirectory(str(folder))
        model = dialog.findChild(QFileSystemModel)
        assert model is not None
        root = view.rootIndex()
        rows = [model.index(row, 0, root) for row in range(model.rowCount(root))]
        if model.filePath(root) != str(folder) or not names <= {model.fileName(i) for i in rows}:
            QTimer.singleShot(20, pick)
            return
        for index in rows:
            if model.fileName(index) in names:
                view.selectionModel().select(index, _SELECT_ROW)
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        button = buttons.button(QDialogButtonBox.StandardButton.Open)
        assert button.text().replace("&", "") == "Import"
        qtbot.waitUntil(button.isEnabled)
        button.click()

    QTimer.singleShot(0, pick)


def test_the_toolbar_import_picks_files_and_folders_together(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    card = tmp_path / "card"
    write_photos(card / "DCIM", 3)
    (card / "loose.jpg").write_bytes(make_jpeg(PhotoSpec(latitude=45.2, longitude=19.8), 99))
    (card / "other.jpg").write_bytes(make_jpeg(PhotoSpec(latitude=45.3, longitude=19.8), 98))
    _pick_in_file_dialog(qtbot, card, {"DCIM", "loose.jpg"})
    with qtbot.waitSignal(window.store.reset, timeout=30000):
        window.import_action.trigger()  # the toolbar's button
    qtbot.waitUntil(lambda: window.table.model.rowCount() == 4, timeout=30000)
    with window.db.session() as session:
        names = set(session.scalars(select(Photo.file_name)))
    assert names == {"IMG_0000.jpg", "IMG_0001.jpg", "IMG_0002.jpg", "loose.jpg"}


def test_the_summary_lists_what_a_volunteer_can_act_on_and_keeps_trivia_aside(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "walk"
    folder.mkdir()
    good = make_jpeg(PhotoSpec(), 1)
    (folder / "good.jpg").write_bytes(good)
    (folder / "void.jpg").write_bytes(make_jpeg(PhotoSpec(gps_status="V"), 2))
    (folder / "timeless.jpg").write_bytes(make_jpeg(PhotoSpec(taken=None, latitude=44.9), 3))
    lost = PhotoSpec(taken=None, latitude=None, longitude=None)
    (folder / "lost.jpg").write_bytes(make_jpeg(lost, 6))
    (folder / "torn.jpg").write_bytes(make_jpeg(PhotoSpec(latitude=44.7), 4)[:-300])
    (folder / "trivia.jpg").write_bytes(make_jpeg(PhotoSpec(latitude=44.6, bearing_ref="X"), 5))
    void_timeless = PhotoSpec(gps_status="V", taken=None, latitude=44.5)
    (folder / "void_timeless.jpg").write_bytes(make_jpeg(void_timeless, 7))

    dialog = run_import(qtbot, window, [folder])
    outcome = dialog.outcome
    assert outcome is not None and outcome.imported == 7
    looks = {(Path(path).name, kind) for path, kind, _ in outcome.attention}
    assert looks == {
        ("void.jpg", "position"), ("timeless.jpg", "time"), ("torn.jpg", "pixels"),
        ("lost.jpg", "position"), ("lost.jpg", "time"),
        ("void_timeless.jpg", "position"), ("void_timeless.jpg", "time"),
    }  # fmt: skip
    assert outcome.details == 1  # trivia.jpg: its note is in the photo's details only
    summary = dialog.summary
    shown = {(name, result): reason for name, result, reason in summary.rows()}
    assert set(shown) == {
        ("void.jpg", "no position"), ("timeless.jpg", "no time"), ("torn.jpg", "damaged picture"),
        ("lost.jpg", "no position, no time"),  # one row per photo
        ("void_timeless.jpg", "no position, no time"),
    }  # fmt: skip
    # Each reason a sentence: the reader's words ran into the next ("position ignored The photo")
    assert shown[("void.jpg", "no position")] == "GPS fix is void (GPSStatus V); position ignored."
    assert shown[("void_timeless.jpg", "no position, no time")] == (
        "GPS fix is void (GPSStatus V); position ignored. The photo does not say when it was taken."
    )
    assert shown[("timeless.jpg", "no time")] == "The photo does not say when it was taken."
    assert "damaged or truncated" in shown[("torn.jpg", "damaged picture")]
    assert summary.details.isVisible() and summary.details.text().startswith("1 photo")
    # Nothing is drawn over the table, and it shows its rows in full.
    table = summary.problems.geometry()
    for label in (summary.hint, summary.details, summary.skipped, summary.problems_label):
        assert not label.isVisible() or not label.geometry().intersects(table)
    assert table.height() >= 200


def test_a_folder_that_could_not_be_read_is_named_a_folder_in_the_summary(
    qtbot: QtBot, tmp_path: Path, french: None
) -> None:
    """A folder the import could not list is one row of the summary: in French it said
    "non importée", the word for a photo; it now says the folder was not read."""
    from surveyapp.ui.import_dialog import ImportOutcome, ImportSummaryView

    locked, photo = tmp_path / "100CANON", tmp_path / "IMG_1.jpg"
    locked.mkdir()
    outcome = ImportOutcome(
        files=1, imported=0, duplicates=0, without_position=0, cameras=0, cancelled=False,
        errors=((str(locked), "reason"), (str(photo), "reason")),
    )  # fmt: skip
    view = ImportSummaryView()
    qtbot.addWidget(view)
    view.show_outcome(outcome)
    assert [row[:2] for row in view.rows()] == [
        ("100CANON", "dossier non lu"), ("IMG_1.jpg", "non importée"),
    ]  # fmt: skip
    assert view.rows()[0][2] == "Reason."  # a sentence, as the photos' reasons below


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_chosen_in_the_app_is_refused_at_once_and_the_photos_beside_it_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A named pipe typed into the file dialog (or dropped on the window) with a photo: the
    import waited on it for ever on the writer thread, "Looking for photos…", and Cancel only
    said "Stopping after this photo…". It is now refused at once in the summary, in the app's
    words, and the photo beside it imports."""
    folder = tmp_path / "walk"
    folder.mkdir()
    (folder / "good.jpg").write_bytes(make_jpeg(PhotoSpec(), 1))
    pipe = folder / "IMG_0001.jpg"
    os.mkfifo(pipe)
    try:
        dialog = run_import(qtbot, window, [pipe, folder / "good.jpg"])
    finally:  # an import still waiting for a writer (the code before the fix): let it go
        with contextlib.suppress(OSError):  # ENXIO: nobody is reading it
            os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
    outcome = dialog.outcome
    assert outcome is not None and not outcome.cancelled
    assert outcome.imported == 1
    assert outcome.errors == ((str(pipe), "a named pipe or a device, not a photo"),)
    assert ("IMG_0001.jpg", "not imported", "A named pipe or a device, not a photo.") in (
        dialog.summary.rows()
    )


def test_the_list_and_the_map_show_cameras_while_the_import_runs(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = write_photos(tmp_path / "walk", 120)
    seen: list[tuple[int, int, bool]] = []  # (photos done, rows listed, import finished)
    dialog = window.import_paths([folder])

    def look(progress: object) -> None:  # after the dialog's own handler (connected first)
        if getattr(progress, "checkpoint", False):
            window.map.centre_on(44.86, 20.46, zoom=11)  # the whole walk (12 km)
            window.map.grab()
            seen.append(
                (window.table.model.rowCount(), window.map.points_drawn, dialog.outcome is None)
            )

    dialog.task.progress.connect(look)
    with qtbot.waitSignal(window.store.reset, timeout=30000):
        qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30000)
    assert (50, 50, True) in seen  # after the checkpoint at photo 50, before the end
    assert window.table.model.rowCount() == 120


def test_a_walk_imported_in_two_goes_joins_the_first_imports_camera_and_says_so(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # One camera photographed 80 times, 3 s and about 5 cm apart: the first photo imported on
    # its own, then the rest in an import cancelled on its first report, then the rest again.
    card = tmp_path / "card"
    card.mkdir()
    for i in range(80):
        spec = PhotoSpec(latitude=44.8125 + i * 5e-7, taken=START + timedelta(seconds=3 * i))
        (card / f"IMG_{i:04d}.jpg").write_bytes(make_jpeg(spec, seed=i))
    first = run_import(qtbot, window, [card / "IMG_0000.jpg"])
    assert first.outcome is not None and first.outcome.cameras == 1
    dialog = window.import_paths([card])

    def cancel_past_the_first(progress: ImportProgress) -> None:
        if progress.done >= 2:  # the first file is the one imported already
            dialog.cancel()

    dialog.task.progress.connect(cancel_past_the_first)
    with qtbot.waitSignal(window.store.reset, timeout=20000):
        qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
    outcome = dialog.outcome
    assert outcome is not None and outcome.cancelled and outcome.imported >= 1
    # Its photos joined the camera of the first import: no new camera, and it says so.
    assert outcome.cameras == 0
    assert "imported into 0 new cameras" in dialog.summary.headline.text()
    rest = run_import(qtbot, window, [card])
    assert rest.outcome is not None and rest.outcome.cameras == 0
    assert window.table.model.rowCount() == 1
    with window.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Camera)) == 1
        assert session.scalar(select(func.count()).select_from(Photo)) == 80
    for each in (first, dialog, rest):
        each.accept()


def test_a_photo_whose_clocks_disagree_is_listed_in_the_summary_with_both_times(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The corpus's exifr PNG: its device's clock says 2003, its GPS 2018. Before, the summary
    said nothing of it (its warning was not even a detail: it had none)."""
    folder = tmp_path / "walk"
    folder.mkdir()
    corpus = Path(__file__).parents[2] / ".." / "shared" / "corpus" / "photos"
    name = "exifr__png_with_exif_and_gps.png"
    (folder / name).write_bytes((corpus / name).read_bytes())
    (folder / "good.jpg").write_bytes(make_jpeg(PhotoSpec(), 3813))
    dialog = run_import(qtbot, window, [folder])
    assert dialog.outcome is not None and dialog.outcome.imported == 2
    assert dialog.summary.rows() == [
        (
            name,
            "clocks disagree",
            "The device's clock says 2003-12-14 12:01, its GPS 2018-07-25 14:34 UTC: check "
            "which is right.",
        )
    ]


def test_a_photo_deleted_from_the_survey_and_imported_again_is_listed_with_what_to_do(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Before, the summary only counted it "already in the survey (skipped)": the command said
    to undo the delete to bring it back, the dialog said nothing of it."""
    folder = write_photos(tmp_path / "card", 2)
    run_import(qtbot, window, [folder])
    with window.db.read_session() as session:
        first = session.execute(
            select(Photo.camera_id, Photo.file_name).order_by(Photo.file_name)
        ).first()
    assert first is not None
    camera_id, name = first
    window.editor.delete([str(camera_id)])
    wait_saved(qtbot, window)
    dialog = run_import(qtbot, window, [folder])
    assert dialog.outcome is not None and dialog.outcome.duplicates == 2
    assert dialog.summary.rows() == [
        (
            name,
            "not imported",
            "Deleted from the survey: undo the delete to bring it back (once the delete is "
            "synced, import it again).",
        )
    ]  # the other photo, simply already in the survey, is counted only
    assert dialog.summary.problems.isVisibleTo(dialog.summary)
