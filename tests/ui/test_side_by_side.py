"""The desktop app (a real window in this process, with its watcher) beside real command-line
processes on the same survey: nothing the one wrote is undone or lost by the other."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select as sql_select

from surveyapp.db.models import Camera, Photo
from surveyapp.ui.main_window import MainWindow
from tests.ui.conftest import run_import, wait_saved, write_photos


def cli(db: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "surveyapp", "--db", str(db), *args],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0 or not check, done.stderr
    return done


@pytest.fixture
def surveyed(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> MainWindow:
    run_import(qtbot, window, [write_photos(tmp_path / "walk", 4)]).accept()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def stored(window: MainWindow, camera_id: str) -> Camera:
    with window.db.session() as session:
        return session.get_one(Camera, uuid.UUID(camera_id))


def select(qtbot: QtBot, window: MainWindow, row: int) -> str:
    window.table.view.selectRow(row)
    camera_id = window.table.model.visible[row].id
    qtbot.waitUntil(
        lambda: window.panel.details is not None and str(window.panel.details.id) == camera_id
    )
    return camera_id


def shown(window: MainWindow, key: str) -> object:
    """What the panel's camera holds for ``key`` (a field, or vendor_slug)."""
    details = window.panel.details
    if details is None:
        return None
    return details.vendor_slug if key == "vendor_slug" else details.values.get(key)


def leave_the_form(qtbot: QtBot, window: MainWindow) -> None:
    window.table.view.setFocus()
    qtbot.waitUntil(lambda: window.table.view.hasFocus())
    wait_saved(qtbot, window)


def test_notes_typed_while_a_command_merges_another_camera_in_keep_both_notes(
    qtbot: QtBot, surveyed: MainWindow
) -> None:
    """Before, her note was saved over the merged camera's, which was then gone for good."""
    window = surveyed
    absorbed = window.table.model.visible[1].id
    cli(window.db.path, "camera", "set", absorbed, "notes=pole behind the kiosk")
    target = select(qtbot, window, 0)
    notes = window.panel.form.notes
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    QTest.keyClicks(notes, "dome over the door")
    cli(window.db.path, "camera", "merge", target, absorbed)  # in a terminal, meanwhile
    qtbot.waitUntil(lambda: "kiosk" in str(shown(window, "notes") or ""), timeout=10_000)
    leave_the_form(qtbot, window)
    assert stored(window, target).notes == "pole behind the kiosk\ndome over the door"
    assert notes.toPlainText() == "pole behind the kiosk\ndome over the door"


def test_notes_typed_while_a_command_merges_this_camera_into_another_are_saved_on_it(
    qtbot: QtBot, surveyed: MainWindow
) -> None:
    """Before, the panel emptied under her as the camera went, and what she had typed was
    dropped without a word when she left the box."""
    window = surveyed
    kept = window.table.model.visible[1].id
    cli(window.db.path, "camera", "set", kept, "notes=pole behind the kiosk")
    target = select(qtbot, window, 0)
    notes = window.panel.form.notes
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    QTest.keyClicks(notes, "dome over the door")
    cli(window.db.path, "camera", "merge", kept, target)  # in a terminal, meanwhile
    qtbot.waitUntil(lambda: shown(window, "notes") is not None, timeout=10_000)
    wait_saved(qtbot, window)
    leave_the_form(qtbot, window)
    assert stored(window, kept).notes == "pole behind the kiosk\ndome over the door"
    assert window.selection.ids == (kept,)  # the panel followed the camera
    assert notes.toPlainText() == "pole behind the kiosk\ndome over the door"


def test_a_field_typed_while_a_command_deletes_its_camera_is_said_not_saved(
    qtbot: QtBot, surveyed: MainWindow
) -> None:
    window = surveyed
    target = select(qtbot, window, 0)
    operator = window.panel.form.texts["operator"]
    operator.setFocus()
    qtbot.waitUntil(operator.hasFocus)
    QTest.keyClicks(operator, "City police")
    cli(window.db.path, "camera", "delete", target)
    qtbot.waitUntil(lambda: window.panel.details is None, timeout=10_000)
    leave_the_form(qtbot, window)
    assert window.message.text() == (
        "The camera was deleted meanwhile (by a sync or another program): what you typed was "
        "not saved (Operator: City police)"
    )


def test_a_delete_confirmed_after_a_command_merged_another_camera_in_deletes_nothing(
    qtbot: QtBot, surveyed: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """She is asked whether to delete a camera; while the question is open, a command merges
    another camera into it. Before, her "Yes" deleted the merged-in photos too, which she was
    never asked about."""
    window = surveyed
    other = window.table.model.visible[1].id
    target = select(qtbot, window, 0)

    def question(*_args: object) -> QMessageBox.StandardButton:
        cli(window.db.path, "camera", "merge", target, other)  # in a terminal, meanwhile
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    window.delete_selected()
    qtbot.waitUntil(lambda: window.message.text() != "", timeout=10_000)
    assert window.message.text() == (
        "The deletion was not saved: photos were put on the camera or taken off it since you "
        "were asked (by a sync or another program): look at it again"
    )
    listed = json.loads(cli(window.db.path, "photos", "--json").stdout)
    assert len(listed) == 4  # none deleted
    assert {p["camera_id"] for p in listed if p["camera_id"] in (target, other)} == {target}


def test_a_value_typed_over_one_a_command_stored_meanwhile_says_what_it_replaced(
    qtbot: QtBot, surveyed: MainWindow
) -> None:
    """Before, the command's operator was written over without a word (she never saw it: the
    box kept what she was typing)."""
    window = surveyed
    target = select(qtbot, window, 0)
    operator = window.panel.form.texts["operator"]
    operator.setFocus()
    qtbot.waitUntil(operator.hasFocus)
    QTest.keyClicks(operator, "City")
    cli(window.db.path, "camera", "set", target, "operator=Ministry of Interior")
    qtbot.waitUntil(lambda: shown(window, "operator") == "Ministry of Interior", timeout=10_000)
    assert operator.text() == "City"  # what she is typing stays
    leave_the_form(qtbot, window)
    assert stored(window, target).operator == "City"
    assert window.message.text() == (
        "Operator: “Ministry of Interior”, stored meanwhile by a sync or another program, was "
        "replaced by what you typed (Edit → Undo puts it back)"
    )
    window.undo_action.trigger()
    wait_saved(qtbot, window)
    assert stored(window, target).operator == "Ministry of Interior"


def test_a_direction_typed_over_one_a_command_stored_meanwhile_says_what_it_replaced(
    qtbot: QtBot, surveyed: MainWindow
) -> None:
    window = surveyed
    target = select(qtbot, window, 0)
    direction = window.panel.form.direction.text
    direction.setFocus()
    qtbot.waitUntil(direction.hasFocus)
    direction.selectAll()  # the photos' bearing, 0, is there
    QTest.keyClicks(direction, "SE")
    cli(window.db.path, "camera", "set", target, "camera:direction=90")
    qtbot.waitUntil(lambda: shown(window, "camera:direction") == "90", timeout=10_000)
    leave_the_form(qtbot, window)
    assert stored(window, target).camera_direction == "SE"
    assert window.message.text().startswith("Direction: “90”, stored meanwhile")


def test_a_blur_drawn_on_a_photo_a_command_deleted_meanwhile_says_so_in_words(
    qtbot: QtBot, surveyed: MainWindow
) -> None:
    """Before, the blur editor said "Cannot show the shared copy: no photo 9c98…" in
    English whatever the app's language."""
    window = surveyed
    target = select(qtbot, window, 0)
    qtbot.waitUntil(lambda: window.panel.photos.count() == 1)
    window.panel.photos.item(0).setSelected(True)
    editor = window.open_blur_editor()
    assert editor is not None
    qtbot.waitUntil(lambda: editor.view is not None and editor.canvas.isEnabled(), timeout=10_000)
    cli(window.db.path, "camera", "delete", target)  # with its photo, in a terminal
    area = editor.canvas.image_rect()
    start = area.topLeft().toPoint() + QPoint(10, 10)
    end = start + QPoint(int(area.width() / 3), int(area.height() / 3))
    QTest.mousePress(editor.canvas, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(editor.canvas, end)
    QTest.mouseRelease(editor.canvas, Qt.MouseButton.LeftButton, pos=end)
    qtbot.waitUntil(lambda: "Cannot show" in editor.status.text(), timeout=10_000)
    assert editor.status.text().endswith(
        "Cannot show the shared copy: the photo was deleted meanwhile (by a sync or another "
        "program)</span>"
    )


def test_the_blur_editor_on_a_photo_whose_original_is_missing_says_to_import_it_again(
    qtbot: QtBot, surveyed: MainWindow
) -> None:
    """Before: "Cannot show the shared copy: photo IMG_….jpg: original unreadable: file not
    found: '…'", and nothing about how to bring it back."""
    window = surveyed
    target = select(qtbot, window, 0)
    with window.db.session() as session:
        photo = session.scalars(sql_select(Photo).where(Photo.camera_id == uuid.UUID(target))).one()
        name, original = photo.file_name, window.db.library / photo.library_path
    original.unlink()
    qtbot.waitUntil(lambda: window.panel.photos.count() == 1)
    window.panel.photos.item(0).setSelected(True)
    editor = window.open_blur_editor()
    assert editor is not None
    qtbot.waitUntil(lambda: "Cannot show" in editor.status.text(), timeout=10_000)
    assert editor.status.text().endswith(
        f"Cannot show the shared copy: photo {name}: its original is missing from the library "
        f"({original}): import its file again to put it back</span>"
    ), editor.status.text()


def test_notes_left_untouched_show_what_a_command_stored_and_save_nothing(
    qtbot: QtBot, surveyed: MainWindow
) -> None:
    window = surveyed
    target = select(qtbot, window, 0)
    notes = window.panel.form.notes
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    cli(window.db.path, "camera", "set", target, "notes=seen from the bus stop")
    qtbot.waitUntil(lambda: notes.toPlainText() == "seen from the bus stop", timeout=10_000)
    leave_the_form(qtbot, window)
    assert stored(window, target).notes == "seen from the bus stop"


def test_a_vendor_a_command_changed_is_not_put_back_by_leaving_the_vendor_box(
    qtbot: QtBot, surveyed: MainWindow
) -> None:
    """Before, the box kept showing her earlier choice and leaving it saved that again."""
    window = surveyed
    target = select(qtbot, window, 0)
    form = window.panel.form
    form.vendor.setFocus()
    qtbot.waitUntil(form._vendor_edit.hasFocus)
    form.vendor.setCurrentIndex(form.vendor.findData("hikvision"))
    form.vendor.activated.emit(form.vendor.currentIndex())
    wait_saved(qtbot, window)
    assert stored(window, target).vendor_slug == "hikvision"
    cli(window.db.path, "camera", "set", target, "vendor=dahua")  # from a terminal
    qtbot.waitUntil(lambda: shown(window, "vendor_slug") == "dahua", timeout=10_000)
    assert form.vendor.currentData() == "dahua"  # the box says what is stored
    leave_the_form(qtbot, window)
    assert stored(window, target).vendor_slug == "dahua"


def test_a_restore_while_the_app_is_open_is_refused_and_the_apps_edits_stay_in_the_survey(
    qtbot: QtBot, surveyed: MainWindow
) -> None:
    window = surveyed
    target = select(qtbot, window, 0)
    cli(window.db.path, "backup")
    refused = cli(window.db.path, "restore-backup", check=False)
    assert refused.returncode == 1
    assert "is open in SurveyApp" in refused.stderr
    height = window.panel.form.texts["height"]
    height.setText("4.5")
    height.setModified(True)
    height.editingFinished.emit()
    wait_saved(qtbot, window)
    listed = json.loads(cli(window.db.path, "cameras", "--json").stdout)
    assert {c["id"]: c["height"] for c in listed}[target] == 4.5
