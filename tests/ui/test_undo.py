"""Edit → Undo / Redo in the real window on a real survey file: every edit a volunteer makes
(fields, move, place, back to the photos' position, merge, split, delete, blur) is taken back
by Ctrl+Z and made again by Ctrl+Shift+Z; the survey and its outbox end exactly as before the
edit (nothing to send) and as after it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from surveyapp.db.models import Photo
from surveyapp.photos.sharing import blur_choices
from surveyapp.ui.main_window import MainWindow
from tests.cameras.test_history import state
from tests.factory import PhotoSpec, make_jpeg
from tests.ui.conftest import run_import, wait_saved, write_photos
from tests.ui.test_map import SHIFT, drag

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def surveyed(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> MainWindow:
    """Four cameras of one photo each, and one camera whose photo has no position."""
    folder = write_photos(tmp_path / "walk", 4)
    (folder / "lost.jpg").write_bytes(make_jpeg(PhotoSpec(latitude=None, longitude=None), 7))
    run_import(qtbot, window, [folder]).accept()
    return window


def survey(window: MainWindow) -> dict[str, Any]:
    with window.db.session() as session:
        return state(session)


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """A key press in the widget's window, as the volunteer makes it (not in a text box, which
    keeps Ctrl+Z for its own text)."""
    widget.activateWindow()
    qtbot.waitActive(widget)
    (widget.map if isinstance(widget, MainWindow) else widget).setFocus()
    QTest.keyClick(widget.windowHandle(), key, modifiers)


def located(window: MainWindow) -> list[str]:
    return sorted(row.id for row in window.store.rows if row.located)


def edit_fields(qtbot: QtBot, window: MainWindow) -> None:
    window.selection.set([located(window)[0]])
    window.panel.form.edited.emit({"camera:type": "dome", "height": "4.5"})


def move_on_map(qtbot: QtBot, window: MainWindow) -> None:
    row = window.store.row(located(window)[1])
    assert row is not None and row.latitude is not None and row.longitude is not None
    window.map.centre_on(row.latitude, row.longitude, zoom=18)
    start = window.map.screen_of(row.id)
    assert start is not None
    drag(window.map, start.toPoint(), start.toPoint() + QPoint(60, 40), SHIFT)


def place_on_map(qtbot: QtBot, window: MainWindow) -> None:
    lost = next(row for row in window.store.rows if not row.located)
    window.selection.set([lost.id])
    window.map.centre_on(44.81, 20.47, zoom=16)
    QTest.mouseClick(window.map, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     window.map.rect().center())  # fmt: skip


def merge(qtbot: QtBot, window: MainWindow) -> None:
    window.selection.set(located(window)[:3])
    window.merge_action.trigger()


def split(qtbot: QtBot, window: MainWindow) -> None:
    ids = located(window)[:2]
    window.selection.set(ids)
    window.merge_action.trigger()
    wait_saved(qtbot, window)
    window.selection.set([ids[0]])
    qtbot.waitUntil(lambda: window.panel.photos.count() == 2, timeout=5000)
    window.panel.photos.item(1).setSelected(True)
    window.split_action.trigger()


def delete(qtbot: QtBot, window: MainWindow) -> None:
    window.selection.set(located(window)[:2])
    window.delete_action.trigger()  # confirmed (the test answers Yes)


EDITS: dict[str, tuple[str, Callable[[QtBot, MainWindow], None]]] = {
    "fields": ("field edit", edit_fields),
    "move": ("move", move_on_map),
    "place": ("placing on the map", place_on_map),
    "merge": ("merge", merge),
    "split": ("split", split),
    "delete": ("deletion", delete),
}


@pytest.mark.parametrize("name", sorted(EDITS))
def test_ctrl_z_undoes_the_edit_exactly_and_ctrl_shift_z_redoes_it(
    qtbot: QtBot, surveyed: MainWindow, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = surveyed
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    assert not window.undo_action.isEnabled() and window.undo_action.text() == "Undo"
    text, edit = EDITS[name]
    if name == "split":  # the split's own step comes after a merge
        ids = located(window)[:2]
        window.selection.set(ids)
        window.merge_action.trigger()
        wait_saved(qtbot, window)
    before = survey(window)
    if name == "split":
        window.selection.set([located(window)[0]])
        qtbot.waitUntil(lambda: window.panel.photos.count() == 2, timeout=5000)
        window.panel.photos.item(1).setSelected(True)
        window.split_action.trigger()
    else:
        edit(qtbot, window)
    wait_saved(qtbot, window)
    after = survey(window)
    assert after != before
    qtbot.waitUntil(lambda: window.undo_action.text() == f"Undo {text}", timeout=5000)
    assert window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    rows = len(window.store.rows)

    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    wait_saved(qtbot, window)
    assert survey(window) == before  # the records and the outbox: nothing of it will be sent
    qtbot.waitUntil(lambda: window.redo_action.text() == f"Redo {text}", timeout=5000)
    assert f"Undone: {text}" in window.statusBar().currentMessage()
    assert {row.id for row in window.store.rows} == {
        camera_id for camera_id, values in before["cameras"].items() if not values["deleted"]
    }

    press(qtbot, window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    wait_saved(qtbot, window)
    assert survey(window) == after
    assert len(window.store.rows) == rows
    qtbot.waitUntil(lambda: window.undo_action.text() == f"Undo {text}", timeout=5000)
    assert f"Redone: {text}" in window.statusBar().currentMessage()


def test_back_to_the_photos_position_is_undone_from_the_edit_menu(
    qtbot: QtBot, surveyed: MainWindow
) -> None:
    window = surveyed
    camera_id = located(window)[0]
    window.selection.set([camera_id])
    window.editor.move(camera_id, 44.9, 20.5)
    wait_saved(qtbot, window)
    window.panel.back_button.click()
    wait_saved(qtbot, window)
    qtbot.waitUntil(
        lambda: window.undo_action.text() == "Undo return to the photos' position", timeout=5000
    )
    window.undo_action.trigger()
    wait_saved(qtbot, window)
    row = window.store.row(camera_id)
    assert row is not None and (row.latitude, row.position_source) == (44.9, "manual")
    assert window.undo_action.text() == "Undo move"


def test_a_refused_undo_says_why_and_changes_nothing(qtbot: QtBot, surveyed: MainWindow) -> None:
    window = surveyed
    camera_id = located(window)[0]
    window.editor.set_fields(camera_id, {"height": "4"})
    wait_saved(qtbot, window)
    from surveyapp.cameras import operations

    with window.db.session() as session:  # another program changes the same field
        operations.set_fields(session, camera_id, {"height": "9"})
        session.commit()
    before = survey(window)
    window.undo_action.trigger()
    wait_saved(qtbot, window)
    assert "Nothing was undone" in window.message.text()
    assert "changed again since" in window.message.text()
    assert survey(window) == before


def test_a_blur_rectangle_is_undone_with_ctrl_z_in_the_blur_editor(
    qtbot: QtBot, surveyed: MainWindow
) -> None:
    window = surveyed
    window.selection.set([located(window)[0]])
    qtbot.waitUntil(lambda: window.panel.photos.count() == 1, timeout=5000)
    window.panel.photos.item(0).setSelected(True)
    photo_id = window.panel.selected_photos()[0]
    editor = window.open_blur_editor()
    assert editor is not None
    qtbot.waitUntil(lambda: editor.view is not None and editor.canvas.isEnabled(), timeout=10000)
    before = survey(window)
    area = editor.canvas.image_rect()
    start = area.topLeft().toPoint() + QPoint(10, 10)
    end = start + QPoint(int(area.width() / 3), int(area.height() / 3))
    canvas = editor.canvas
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(canvas, end)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    qtbot.waitUntil(lambda: not window.tasks.busy and editor.canvas.isEnabled(), timeout=10000)
    qtbot.waitUntil(lambda: len(editor.view.added) == 1, timeout=10000)  # type: ignore[union-attr]
    after = survey(window)
    assert after != before

    press(qtbot, editor, Qt.Key.Key_Z, CTRL)  # in the blur editor's own window
    qtbot.waitUntil(lambda: editor.view is not None and not editor.view.added, timeout=10000)
    wait_saved(qtbot, window)
    assert survey(window) == before
    with window.db.session() as session:
        assert blur_choices(session.get_one(Photo, photo_id)).added == ()
    press(qtbot, editor, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: editor.view is not None and len(editor.view.added) == 1, timeout=10000)
    wait_saved(qtbot, window)
    assert survey(window) == after
