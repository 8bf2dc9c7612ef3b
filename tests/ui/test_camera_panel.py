"""Edit a camera in the panel and find the edit in the database; merge, split, delete."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from surveyapp.db.models import Camera, Photo
from surveyapp.ui import camera_form
from surveyapp.ui.camera_table import COLUMNS
from surveyapp.ui.main_window import MainWindow
from surveyapp.vendors import identify
from surveyapp.vendors.catalogue import CATALOGUE_FILE, parse_catalogue
from tests.factory import PhotoSpec, make_jpeg
from tests.ui.conftest import run_import, wait_saved, write_photos


@pytest.fixture
def surveyed(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> MainWindow:
    """The window after importing four photos of four cameras."""
    run_import(qtbot, window, [write_photos(tmp_path / "walk", 4)]).accept()
    return window


def camera(window: MainWindow, camera_id: str) -> Camera:
    with window.db.session() as session:
        return session.get_one(Camera, uuid.UUID(camera_id), options=[selectinload(Camera.photos)])


def select_first(qtbot: QtBot, window: MainWindow) -> str:
    window.table.view.selectRow(0)
    camera_id = window.table.model.visible[0].id
    assert window.selection.ids == (camera_id,)
    assert window.panel.details is not None and str(window.panel.details.id) == camera_id
    return camera_id


def test_a_new_camera_is_titled_as_not_identified_yet_not_as_an_error(
    qtbot: QtBot, surveyed: MainWindow
) -> None:
    select_first(qtbot, surveyed)
    assert surveyed.panel.title.text() == "Camera (vendor not identified yet)"


def test_choosing_a_camera_type_saves_it_and_the_list_shows_it(
    qtbot: QtBot, surveyed: MainWindow
) -> None:
    window = surveyed
    camera_id = select_first(qtbot, window)
    combo = window.panel.form.combos["camera:type"]
    combo.setCurrentIndex(combo.findData("dome"))
    combo.activated.emit(combo.currentIndex())
    wait_saved(qtbot, window)
    assert camera(window, camera_id).camera_type == "dome"
    assert window.table.model.visible[0].camera_type == "dome"
    assert window.table.model.data(window.table.model.index(0, 2)) == "dome"


def test_typed_height_and_vendor_brand_are_saved(qtbot: QtBot, surveyed: MainWindow) -> None:
    window = surveyed
    camera_id = select_first(qtbot, window)
    form = window.panel.form
    height = form.texts["height"]
    height.setFocus()
    QTest.keyClicks(height, "4.5")
    QTest.keyClick(height, Qt.Key.Key_Return)
    wait_saved(qtbot, window)
    # A rebrand typed in the vendor picker selects its maker and keeps the brand.
    form.vendor.setEditText("EZVIZ")
    form._vendor_edit.editingFinished.emit()
    wait_saved(qtbot, window)
    saved = camera(window, camera_id)
    assert (saved.height, saved.vendor_slug, saved.brand) == (4.5, "hikvision", "EZVIZ")
    assert form.covered.isVisible() and form.covered.text() == "FCC Covered List"
    assert window.table.model.visible[0].covered is True


def test_a_typed_model_suggests_its_vendor(qtbot: QtBot, surveyed: MainWindow) -> None:
    window = surveyed
    camera_id = select_first(qtbot, window)
    form = window.panel.form
    form.texts["model"].setText("DS-2CD2143G2-I")
    assert form.suggestion.isVisibleTo(form)
    assert "Hikvision" in form.suggestion.text()
    form.suggestion.click()
    wait_saved(qtbot, window)
    saved = camera(window, camera_id)
    assert (saved.vendor_slug, saved.vendor_confidence) == ("hikvision", "seen")


def type_height(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Type a height in the camera panel and leave the field, as a volunteer does."""
    height = window.panel.form.texts["height"]
    height.setText(text)
    height.setModified(True)
    height.editingFinished.emit()
    wait_saved(qtbot, window)


def test_a_bad_value_is_refused_with_a_reason_and_nothing_changes(
    qtbot: QtBot, surveyed: MainWindow
) -> None:
    window = surveyed
    camera_id = select_first(qtbot, window)
    type_height(qtbot, window, "500")
    assert "height must be between 0 and 100" in window.message.text()
    assert camera(window, camera_id).height is None


def test_a_refusal_is_said_once_and_goes_when_the_next_edit_is_saved(
    qtbot: QtBot, surveyed: MainWindow
) -> None:
    window = surveyed
    camera_id = select_first(qtbot, window)
    type_height(qtbot, window, "500")
    assert "height must be between 0 and 100" in window.message.text()
    # Not a second time beside it (on a laptop's screen the copy was cut off half-way).
    assert "height" not in window.statusBar().currentMessage()
    type_height(qtbot, window, "5")
    assert camera(window, camera_id).height == 5
    assert window.message.text() == ""
    assert window.statusBar().currentMessage() == "Saved"


def test_direction_is_prefilled_from_the_photo_bearing(qtbot: QtBot, surveyed: MainWindow) -> None:
    window = surveyed
    camera_id = next(row.id for row in window.store.rows if row.direction == "20")
    window.selection.set([camera_id])  # its photo's bearing is 20°
    direction = window.panel.form.direction
    assert direction.text.text() == "20"
    window.panel.form.edited.emit({"camera:direction": ""})  # cleared: the bearing is offered
    wait_saved(qtbot, window)
    assert direction.use_bearing.isVisibleTo(window.panel)
    direction.use_bearing.click()
    wait_saved(qtbot, window)
    assert camera(window, camera_id).camera_direction == "20"


def test_merge_selected_cameras(qtbot: QtBot, surveyed: MainWindow) -> None:
    window = surveyed
    ids = [row.id for row in window.table.model.visible[:3]]
    window.selection.set(ids)
    assert window.panel.stack.currentIndex() == 1  # the multi-selection page
    assert window.merge_action.isEnabled()
    window.panel.merge_button.click()
    wait_saved(qtbot, window)
    assert window.table.model.rowCount() == 2
    kept = camera(window, ids[0])
    assert len(kept.photos) == 3 and kept.position_source == "merged"
    assert camera(window, ids[1]).deleted and camera(window, ids[2]).deleted


def test_split_selected_photos_into_a_new_camera(qtbot: QtBot, surveyed: MainWindow) -> None:
    window = surveyed
    ids = [row.id for row in window.table.model.visible[:2]]
    window.selection.set(ids)
    window.merge_action.trigger()
    wait_saved(qtbot, window)
    window.selection.set([ids[0]])
    strip = window.panel.photos
    assert strip.count() == 2
    assert not window.panel.split_button.isEnabled()
    strip.item(1).setSelected(True)
    assert window.panel.split_button.isEnabled()
    moved = window.panel.selected_photos()
    window.panel.split_button.click()
    wait_saved(qtbot, window)
    assert window.table.model.rowCount() == 4
    with window.db.session() as session:
        photo = session.get_one(Photo, moved[0])
        assert str(photo.camera_id) not in ids
    assert window.panel.photos.count() == 1


def test_delete_asks_and_keeps_a_tombstone(
    qtbot: QtBot, surveyed: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = surveyed
    camera_id = select_first(qtbot, window)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    window.delete_action.trigger()
    wait_saved(qtbot, window)
    assert not camera(window, camera_id).deleted  # cancelled: nothing happened
    window.delete_action.trigger()
    wait_saved(qtbot, window)
    assert camera(window, camera_id).deleted
    assert window.table.model.rowCount() == 3
    assert window.selection.ids == ()
    assert window.panel.stack.currentIndex() == 0
    with window.db.session() as session:
        assert str(session.scalars(select(Camera).where(Camera.deleted)).one().id) == camera_id


def test_the_dial_shows_no_direction_for_a_camera_without_one(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Ctrl+Down from a camera facing 135° to one whose direction nobody knows: the box said
    "unknown" and the dial beside it still pointed south-east, the last camera's direction."""
    walk = write_photos(tmp_path / "walk", 1)
    spec = PhotoSpec(latitude=44.9, bearing=None)  # 11 km away: a camera of its own
    (walk / "no_bearing.jpg").write_bytes(make_jpeg(spec, seed=9))
    run_import(qtbot, window, [walk]).accept()
    facing, unknown = sorted(window.store.rows, key=lambda row: row.latitude or 0)
    assert unknown.direction is None
    window.editor.set_fields(facing.id, {"camera:direction": "SE"})  # a compass point
    wait_saved(qtbot, window)
    direction = window.panel.form.direction
    dial = direction.dial
    window.selection.set([facing.id])
    qtbot.waitUntil(lambda: direction.text.text() == "SE", timeout=5000)
    assert dial.value() == direction._dial_value(135) and not dial.unset
    pointing = dial.grab().toImage()
    window.selection.set([unknown.id])
    qtbot.waitUntil(lambda: direction.text.text() == "", timeout=5000)
    assert dial.unset
    assert dial.grab().toImage() != pointing
    dial.setValue(direction._dial_value(90))  # turned by hand: it points again
    assert not dial.unset and direction.text.text() == "90"
    wait_saved(qtbot, window)


def test_keyboard_steps_through_cameras(qtbot: QtBot, surveyed: MainWindow) -> None:
    window = surveyed
    window.activateWindow()
    qtbot.waitActive(window)
    window.map.setFocus()
    ctrl = Qt.KeyboardModifier.ControlModifier
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Down, ctrl)
    assert window.selection.ids == (window.table.model.visible[0].id,)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Down, ctrl)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Down, ctrl)
    assert window.selection.ids == (window.table.model.visible[2].id,)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Up, ctrl)
    assert window.selection.ids == (window.table.model.visible[1].id,)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_F, ctrl)
    assert window.table.search.hasFocus()


def test_tab_leaves_the_list_for_the_cameras_fields_and_keeps_the_camera(
    qtbot: QtBot, surveyed: MainWindow
) -> None:
    """Tab in the camera list walked its hidden current cell along the row, then on to the
    next camera, chosen without a word; it never reached the camera's fields. On the way
    there, no stop where the focus is drawn nowhere (the panels' scroll areas were two)."""
    window = surveyed
    window.activateWindow()
    qtbot.waitActive(window)
    first = select_first(qtbot, window)
    window.table.view.setFocus()
    qtbot.waitUntil(window.table.view.hasFocus)
    vendor = window.panel.form.vendor
    for _ in range(len(COLUMNS) + 2):
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        assert window.selection.ids == (first,)
        focused = QApplication.focusWidget()
        assert focused is not None and not isinstance(focused, QScrollArea)  # drawn nowhere
        if focused is vendor or vendor.isAncestorOf(focused):
            break
    else:
        raise AssertionError(f"Tab never reached the vendor: {QApplication.focusWidget()}")
    assert not window.table.view.hasFocus()


def test_a_value_typed_then_next_camera_is_saved_on_the_camera_it_was_typed_for(
    qtbot: QtBot, surveyed: MainWindow
) -> None:
    """Ctrl+Down (Next camera) while the typing cursor is still in a field: before, the text
    stayed in the box, now the next camera's, and was saved on that camera when the field was
    left; the camera it was typed for kept nothing."""
    window = surveyed
    window.activateWindow()
    qtbot.waitActive(window)
    first = select_first(qtbot, window)
    second = window.table.model.visible[1].id
    operator = window.panel.form.texts["operator"]
    operator.setFocus()
    qtbot.waitUntil(operator.hasFocus)
    QTest.keyClicks(operator, "City police")
    QTest.keyClick(operator, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.panel.details is not None and str(window.panel.details.id) == second
    assert operator.text() == ""  # the next camera's operator
    window.table.view.setFocus()  # she leaves the field
    qtbot.waitUntil(window.table.view.hasFocus)
    wait_saved(qtbot, window)
    assert camera(window, first).operator == "City police"
    assert camera(window, second).operator is None


def test_photo_opens_full_size_with_its_bearing(qtbot: QtBot, surveyed: MainWindow) -> None:
    window = surveyed
    window.selection.set([next(row.id for row in window.store.rows if row.direction == "10")])
    item = window.panel.photos.item(0)
    viewer = window.open_photo(item.data(Qt.ItemDataRole.UserRole))
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: not viewer.item.pixmap().isNull(), timeout=5000)
    assert viewer.item.pixmap().width() == 96
    assert "GPS bearing 10° true north" in viewer.pane.info.text()
    # 1000 × 760 where there is room; within the screen where there is not (800 × 800 here).
    screen = viewer.screen().availableGeometry()
    assert viewer.width() <= screen.width() and viewer.height() <= screen.height()


def test_another_volunteers_camera_is_shown_but_not_offered_for_editing(
    qtbot: QtBot, surveyed: MainWindow
) -> None:
    """The server lets volunteers change only what they mapped: the panel says whose camera it
    is and offers no edit the server would refuse."""
    from surveyapp.db.models import SyncState
    from surveyapp.db.outbox import APPLYING_REMOTE

    window = surveyed
    with window.db.session() as session:
        session.info[APPLYING_REMOTE] = True
        session.add(SyncState(server_url="http://team", checkpoint=0, user_name="bojan",
                              role="volunteer"))  # fmt: skip
        first = session.get_one(Camera, uuid.UUID(window.table.model.visible[0].id))
        first.owner = "ana"
        for photo in first.photos:
            photo.owner = "ana"
        session.commit()
    window.changes.everything()
    camera_id = select_first(qtbot, window)
    qtbot.waitUntil(lambda: window.panel.locked.isVisible(), timeout=5000)
    assert "Mapped by ana" in window.panel.locked.text()
    assert not window.panel.form.isEnabled() and not window.panel.delete_button.isEnabled()
    own = next(row.id for row in window.table.model.visible if row.id != camera_id)
    window.selection.set([own])  # one of his own: editable
    qtbot.waitUntil(
        lambda: window.panel.details is not None and str(window.panel.details.id) == own,
        timeout=5000,
    )
    assert window.panel.locked.isHidden() and own != camera_id
    assert window.panel.form.isEnabled() and window.panel.delete_button.isEnabled()


def test_the_list_retraces_the_walk_and_finds_photo_names_and_notes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = write_photos(tmp_path / "walk", 3)
    nowhere = PhotoSpec(latitude=None, longitude=None, taken=datetime(2026, 5, 4, 7, 30))
    (folder / "DSC_lost.jpg").write_bytes(make_jpeg(nowhere, 9))
    run_import(qtbot, window, [folder]).accept()
    table, model = window.table, window.table.model
    taken = COLUMNS.index(next(c for c in COLUMNS if c[0] == "Taken"))
    position = COLUMNS.index(next(c for c in COLUMNS if c[0] == "Position"))
    # A capture time column, sorted: the walk in the order it was taken.
    table.view.sortByColumn(taken, Qt.SortOrder.AscendingOrder)
    shown = [model.data(model.index(row, taken)) for row in range(model.rowCount())]
    assert shown == ["2026-05-04 07:30", "2026-05-04 10:00", "2026-05-04 11:00", "2026-05-04 12:00"]
    # Position: a tick, or a dash for the camera still to place; the coordinates in the tooltip.
    marks = [model.data(model.index(row, position)) for row in range(model.rowCount())]
    assert marks == ["—", "✓", "✓", "✓"]
    tip = model.data(model.index(1, position), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("44.800000; 20.460000")
    # The search box finds a photo's file name and the camera's notes.
    table.search.setText("dsc_lost")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    with window.db.session() as session:
        found = session.get_one(Camera, uuid.UUID(model.visible[0].id))
        found.notes = "behind the kiosk"
        session.commit()
    window.changes.everything()
    table.search.setText("kiosk")
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.visible[0].id == str(found.id))
    # Nothing found says so.
    table.search.setText("no such thing")
    qtbot.waitUntil(lambda: model.rowCount() == 0)
    assert table.count.text() == "No camera matches (of 4)"


def _wheel(widget: object, steps: int) -> None:
    """Turn the mouse wheel over ``widget`` (down for negative steps), as the window system
    sends it: to the widget under the pointer, passed on to its parents when it ignores it."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(widget, QWidget)
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
        QPoint(0, 120 * steps), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(widget, event)


def test_the_mouse_wheel_scrolls_the_form_and_never_changes_a_field_it_passes_over(
    qtbot: QtBot, surveyed: MainWindow
) -> None:
    """Scrolling down the form with the wheel, the pointer passing over a choice box or the
    direction dial, set the camera's type (or turned its direction, or the team's review)
    and saved it at once: seen in a real window."""
    window = surveyed
    camera_id = select_first(qtbot, window)
    form = window.panel.form
    window.table.view.setFocus()
    before = camera(window, camera_id)
    for widget in (form.combos["camera:type"], form.vendor, form.direction.dial,
                   window.panel.review):  # fmt: skip
        for _ in range(3):
            _wheel(widget, -1)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)  # any save done
    after = camera(window, camera_id)
    assert (after.camera_type, after.vendor_slug, after.camera_direction, after.review_state) == (
        before.camera_type, before.vendor_slug, before.camera_direction, before.review_state,
    )  # fmt: skip
    assert form.combos["camera:type"].currentData() == ""  # still "unknown"
    # Clicked into first, the wheel chooses, as in any form.
    combo = form.combos["camera:type"]
    window.activateWindow()
    qtbot.waitActive(window)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _wheel(combo, -1)
    assert combo.currentData() != ""


def test_merging_cameras_far_apart_asks_first(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two cameras 1.1 km apart (a wrong row ticked): merged, the camera would stand between them.
    run_import(qtbot, window, [write_photos(tmp_path / "walk", 2, spacing_deg=0.01)]).accept()
    ids = [row.id for row in window.table.model.visible]
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]

    def question(_parent: object, _title: str, text: str, *_: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    window.selection.set(ids)
    window.merge_action.trigger()
    wait_saved(qtbot, window)
    assert window.table.model.rowCount() == 2  # cancelled: nothing happened
    assert asked == [
        "These cameras stand 1.1 km apart. Merged, the camera stands at their mean position. "
        "Merge them?"
    ]
    window.merge_action.trigger()
    wait_saved(qtbot, window)
    assert window.table.model.rowCount() == 1
    assert camera(window, ids[1]).deleted


def test_a_long_vendor_suggestion_never_widens_the_panel(
    qtbot: QtBot, surveyed: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The button offering the vendor asked for its whole text's width: a long name (a brand
    and its maker) pushed the side panel wider, and the map and photo beside it jumped."""
    data = json.loads((Path(__file__).parents[2] / "resources" / CATALOGUE_FILE).read_text())
    (motorola,) = [vendor for vendor in data["vendors"] if vendor["slug"] == "motorola"]
    motorola["name"] = "Motorola Solutions Public Safety Video and Licence Plate Recognition"
    catalogue = parse_catalogue(data)
    monkeypatch.setattr(camera_form, "identify", lambda text: identify(text, catalogue))
    window = surveyed
    camera_id = select_first(qtbot, window)
    form, panel = window.panel.form, window.panel
    qtbot.wait(100)  # the layout settles after the selection
    widths = (panel.width(), window.splitter.sizes())
    form.texts["model"].setText("Vigilant L5F")
    assert form.suggestion.isVisibleTo(form)
    qtbot.wait(100)  # a widening would come with the layout's next pass
    assert (panel.width(), window.splitter.sizes()) == widths
    right = form.suggestion.mapTo(panel, form.suggestion.rect().topRight()).x()
    assert right < panel.width()  # shortened, never cut off at the panel's edge
    assert form.suggestion.text().startswith("Use Vigilant (Motorola")
    assert form.suggestion.text().endswith("…")
    full = "Use Vigilant (Motorola Solutions Public Safety Video and Licence Plate Recognition)"
    assert full in form.suggestion.toolTip()
    form.suggestion.click()
    wait_saved(qtbot, window)
    saved = camera(window, camera_id)
    assert (saved.vendor_slug, saved.brand) == ("motorola", "Vigilant")


def test_the_form_never_scrolls_sideways_in_french(
    french: None, qtbot: QtBot, surveyed: MainWindow
) -> None:
    """In French, on a 1366-pixel screen, the Covered List badge ("Liste noire FCC") beside
    the vendor and the button offering the photo's bearing ("Prendre l'orientation de la photo
    (20°)") made the form wider than its column: the panel scrolled sideways when a field took
    the focus, cutting off the labels, the title and the Delete button on the left and the
    compass dial on the right."""
    window = surveyed
    window.resize(1366, 740)
    camera_id = next(row.id for row in window.store.rows if row.direction == "20")
    window.selection.set([camera_id])
    window.editor.set_fields(camera_id, {"vendor": "hikvision", "camera:direction": "135"})
    wait_saved(qtbot, window)
    form = window.panel.form
    qtbot.waitUntil(lambda: form.direction.use_bearing.isVisibleTo(window.panel))
    assert form.covered.isVisibleTo(window.panel) and form.covered.text() == "Liste noire FCC"
    for _ in range(3):  # the layouts take in the badge and the button
        QApplication.processEvents()
    scroll = window.panel.stack.currentWidget()
    assert isinstance(scroll, QScrollArea)
    assert scroll.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways to
    viewport = scroll.viewport()
    shown: list[QWidget] = [form.covered, form.direction.use_bearing, form.direction.dial]
    for widget in shown:
        right = widget.mapTo(viewport, widget.rect().topRight()).x()
        assert right < viewport.width(), widget
    bearing = form.direction.use_bearing
    assert "Prendre l’orientation 20° de la photo" in bearing.toolTip()
    bearing.click()  # shortened or not, it still does what it says
    wait_saved(qtbot, window)
    assert camera(window, camera_id).camera_direction == "20"


def test_the_status_bar_counts_the_covered_list_in_french(
    french: None, qtbot: QtBot, surveyed: MainWindow
) -> None:
    """The French status bar said "1 sur la Covered List", in English in the middle of a
    French line, where the list's filter and badge say "liste FCC"."""
    window = surveyed
    camera_id = window.table.model.visible[0].id
    window.editor.set_fields(camera_id, {"vendor": "hikvision"})
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: "1 sur la liste FCC" in window.counts.text())
    assert "Covered" not in window.counts.text()


def test_the_covered_list_badge_shows_whole_when_it_wraps(
    qtbot: QtBot, surveyed: MainWindow
) -> None:
    """Beside the vendor's box the badge wraps ("FCC Covered / List"); shown after "Use Huawei"
    it kept the height of one line, and both lines were cut at the top and the bottom."""
    window = surveyed
    window.resize(1366, 740)
    select_first(qtbot, window)
    form = window.panel.form
    form.texts["model"].setText("M2140-EFL")
    assert form.suggestion.isVisibleTo(form)
    form.suggestion.click()
    wait_saved(qtbot, window)
    badge = form.covered
    qtbot.waitUntil(lambda: badge.isVisibleTo(window.panel))
    assert badge.text() == "FCC Covered List"
    for _ in range(3):  # the layouts take in the badge
        QApplication.processEvents()
    assert badge.height() >= badge.heightForWidth(badge.width())


def test_the_panel_keeps_its_place_from_camera_to_camera_and_starts_at_the_top_after_a_merge(
    qtbot: QtBot, surveyed: MainWindow
) -> None:
    """Going from one camera to the next, the form stays where the volunteer scrolled it (filling
    one field camera after camera). After a merge the merged camera's title showed cut at the top
    ("…identified yet)"), at the place of a camera chosen before the merge: a camera shown after
    no camera or several starts at the top."""
    window = surveyed
    window.resize(1366, 740)
    first, second, third = (row.id for row in window.table.model.visible[:3])
    window.selection.set([first])
    scroll = window.panel.stack.currentWidget()
    assert isinstance(scroll, QScrollArea)
    QApplication.processEvents()
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    window.selection.set([second])
    QApplication.processEvents()
    assert bar.value() == bar.maximum() > 0  # the same fields in view for the next camera

    window.selection.set([second, third])
    window.panel.merge_button.click()
    wait_saved(qtbot, window)
    window.selection.set([second])
    QApplication.processEvents()
    assert window.panel.stack.currentWidget() is scroll
    assert bar.value() == 0
    title = window.panel.title
    assert title.mapTo(scroll.viewport(), title.rect().topLeft()).y() >= 0  # seen whole
