"""The Warnings tab as a volunteer uses it: cameras named as they remember them, a warning
shows its cameras on the map, and a likely duplicate is decided on both cameras' photos."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from surveyapp.app import install_language, uninstall_language
from surveyapp.basemap.geometry import lat_lon
from surveyapp.db.database import Database, open_database
from surveyapp.db.models import Camera, CameraStreet, Photo
from surveyapp.ui.changes import Changes
from surveyapp.ui.duplicate_dialog import DuplicateDialog
from surveyapp.ui.main_window import MainWindow
from surveyapp.ui.settings import Settings
from surveyapp.ui.tasks import TaskRunner
from tests.ui.conftest import run_import, write_photos


def two_hikvision_domes(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> list[Camera]:
    """Two cameras 11 m and an hour apart (10:00, 11:00), both Hikvision domes, the first on
    Knez Mihailova (as the street lookup stores it)."""
    run_import(qtbot, window, [write_photos(tmp_path / "walk", 2, spacing_deg=0.0001)]).accept()
    with window.db.session() as session:
        cameras = list(session.scalars(select(Camera).order_by(Camera.latitude)))
        for camera in cameras:
            camera.manufacturer, camera.camera_type = "Hikvision", "dome"
        first = cameras[0]
        # An online answer (tests have no offline areas, whose answers would be forgotten).
        session.add(CameraStreet(camera_id=first.id, latitude=first.latitude,
                                 longitude=first.longitude, street="Knez Mihailova",
                                 source="nominatim"))  # fmt: skip
        session.commit()
    window.changes.everything()
    return cameras


def shown_warnings(qtbot: QtBot, window: MainWindow, kinds: set[str]) -> None:
    window.tabs.setCurrentWidget(window.warnings)
    qtbot.waitUntil(lambda: {w.kind for w in window.warnings.warnings} == kinds, timeout=10000)


def test_warnings_name_cameras_by_vendor_street_and_time_and_show_them_on_the_map(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    first, second = two_hikvision_domes(qtbot, window, tmp_path)
    shown_warnings(qtbot, window, {"duplicate"})
    group = window.warnings.tree.topLevelItem(0)
    assert group is not None
    item = group.child(0)
    assert item is not None
    assert item.text(0) == (
        "Hikvision dome, Knez Mihailova, 10:00 and Hikvision dome, 11:00 are probably one camera"
        " (11 m apart)"
    )
    assert str(first.id)[:8] not in item.text(0) and str(second.id)[:8] not in item.text(0)
    # The map looks elsewhere; one click on the warning selects both and goes to them.
    window.map.centre_on(10.0, 10.0, 6)
    window.warnings.tree.setCurrentItem(item)
    assert window.selection.ids == (str(first.id), str(second.id))
    latitude, longitude = lat_lon(*window.map.centre)
    assert abs(latitude - 44.80005) < 0.001 and abs(longitude - 20.46) < 0.001
    assert window.map.zoom >= 16
    assert window.warnings.compare_button.isVisible()


def compare(qtbot: QtBot, window: MainWindow) -> DuplicateDialog:
    """Double-click the duplicate: the comparison opens with both cameras' first photo."""
    group = window.warnings.tree.topLevelItem(0)
    assert group is not None
    window.warnings.tree.itemDoubleClicked.emit(group.child(0), 0)
    dialog = window.warnings.comparison
    assert dialog is not None
    qtbot.waitUntil(
        lambda: all(not side.photo.pixmap().isNull() for side in dialog.sides), timeout=10000
    )
    return dialog


def test_not_the_same_is_remembered_after_a_restart_and_can_be_undone(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    settings: Settings,
    tmp_path: Path,
) -> None:
    first, second = two_hikvision_domes(qtbot, window, tmp_path)
    shown_warnings(qtbot, window, {"duplicate"})
    dialog = compare(qtbot, window)
    assert [side.title.text() for side in dialog.sides] == [
        "Hikvision dome, Knez Mihailova, 10:00",
        "Hikvision dome, 11:00",
    ]
    assert "Hikvision, dome" in dialog.sides[0].info.text()
    assert dialog.sides[0].position.text().startswith("photo 1 of 1")
    assert dialog.merge_button.isEnabled() and dialog.distinct_button.isEnabled()
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        dialog.distinct_button.click()
    qtbot.waitUntil(lambda: not window.warnings.warnings, timeout=10000)
    assert "Nothing to check" in window.warnings.empty.text()
    assert window.undo_action.text() == "Undo marking as two cameras"
    with db.session() as session:
        kept = session.get(Camera, first.id)
        assert kept is not None and kept.distinct_from == str(second.id)

    # The app again, on the same survey: the warning stays away.
    window.close()
    again_db = open_database(db.path)
    again_tasks = TaskRunner()
    try:
        again = MainWindow(again_db, settings, again_tasks, Changes(), tile_cache=tmp_path / "t")
        qtbot.addWidget(again)
        again.show()
        again.start()
        qtbot.waitUntil(lambda: again.store.loaded, timeout=5000)
        again.tabs.setCurrentWidget(again.warnings)
        qtbot.waitUntil(lambda: "Nothing to check" in again.warnings.empty.text(), timeout=10000)
        assert again.warnings.warnings == []
        # Taken back: the pair is a likely duplicate again.
        again.undo_action.trigger()
        qtbot.waitUntil(
            lambda: [w.kind for w in again.warnings.warnings] == ["duplicate"], timeout=10000
        )
        again.close()
    finally:
        again_tasks.wait()
        again_db.close()


def test_merge_in_the_comparison_makes_one_camera_undoably(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    first, second = two_hikvision_domes(qtbot, window, tmp_path)
    shown_warnings(qtbot, window, {"duplicate"})
    dialog = compare(qtbot, window)
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        dialog.merge_button.click()
    qtbot.waitUntil(lambda: not window.warnings.warnings, timeout=10000)
    qtbot.waitUntil(lambda: window.table.model.rowCount() == 1, timeout=10000)
    assert window.store.row(str(first.id)) is not None
    assert window.store.row(str(second.id)) is None
    assert window.undo_action.text() == "Undo merge"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.table.model.rowCount() == 2, timeout=10000)
    qtbot.waitUntil(lambda: len(window.warnings.warnings) == 1, timeout=10000)


def test_the_chosen_warning_survives_a_refresh_and_goes_when_decided(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The list is worked out again after every edit, and lost the volunteer's choice each
    time: here its sentence and Compare photos… button went with it; in a real window they
    stayed under a list without a choice, the button doing nothing, and after "Not the same"
    they still named the pair just decided."""
    first, second = two_hikvision_domes(qtbot, window, tmp_path)
    shown_warnings(qtbot, window, {"duplicate"})
    panel = window.warnings
    group = panel.tree.topLevelItem(0)
    pair = group.child(0) if group is not None else None
    assert pair is not None
    panel.tree.setCurrentItem(pair)
    assert panel.compare_button.isVisibleTo(panel)
    sentence = panel.hint.text()
    assert "are probably one camera" in sentence
    # Another edit: the list is worked out again, the choice and its button still work.
    before = panel.warnings
    window.editor.set_fields(str(first.id), {"operator": "City of Belgrade"})
    qtbot.waitUntil(lambda: panel.warnings is not before, timeout=10000)  # shown again
    assert [w.kind for w in panel.warnings] == ["duplicate"]
    assert panel.hint.text() == sentence
    assert panel.compare_button.isVisibleTo(panel)
    panel.compare_button.click()
    dialog = panel.comparison
    assert dialog is not None
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        dialog.distinct_button.click()
    qtbot.waitUntil(lambda: not panel.warnings, timeout=10000)
    assert panel.hint.text() == ""
    assert not panel.compare_button.isVisibleTo(panel)


def test_the_warnings_tab_lists_the_photos_whose_original_is_missing_in_the_apps_language(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, tmp_path: Path
) -> None:
    """An original removed from the library: the Warnings tab names its photo and says to
    import its file again, in French in a French app, and a click on it selects its camera
    (before: nothing listed; the photo was found when opened, exported or synced)."""
    run_import(qtbot, window, [write_photos(tmp_path / "walk", 2, spacing_deg=0.01)]).accept()
    with window.db.session() as session:
        photo = session.scalars(select(Photo).order_by(Photo.file_name)).first()
        assert photo is not None
        name, camera_id = photo.file_name, photo.camera_id
        (window.db.library / photo.library_path).unlink()
    assert install_language(qapp, "fr") == "fr"
    try:
        window.changes.everything()
        shown_warnings(qtbot, window, {"missing_original"})
        group = window.warnings.tree.topLevelItem(0)
        assert group is not None and group.isExpanded()
        assert group.text(0) == "Originaux absents de la bibliothèque (1)", group.text(0)
        item = group.child(0)
        assert item is not None
        assert item.text(0) == (
            f"L’original de 1 photo manque dans la bibliothèque ({name}) : importez de nouveau "
            "son fichier"
        ), item.text(0)
        window.warnings.tree.setCurrentItem(item)
        assert window.selection.ids == (str(camera_id),)
        window.grab().save(str(tmp_path / "warnings_missing_fr.png"))
    finally:
        uninstall_language(qapp)
