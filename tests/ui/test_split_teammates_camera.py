"""Edit → Split photos in the real window on a teammate's camera that holds a volunteer's own
photo (a reviewer merged it there): the toolbar's action is offered as the camera panel's
button is, and takes her photo off; on a teammate's camera holding none of hers it is not.
Against a real server process."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from surveyapp.ui.settings import Settings
from surveyapp.ui.tasks import TaskRunner
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import Laptop, Team
from tests.sync.test_undo_teammates_camera import camera_of, merged_into_anas_camera
from tests.ui.conftest import wait_saved
from tests.ui.test_review_panel import open_window

sqlite_team = sync_fixtures.sqlite_team
laptop = sync_fixtures.laptop


def test_split_photos_is_offered_on_a_teammates_camera_holding_her_photo(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path,
) -> None:  # fmt: skip
    _, _, bojan, _, hers, photo, _ = merged_into_anas_camera(sqlite_team, laptop, tmp_path, 4451)
    window = open_window(qtbot, bojan, settings, tasks, tmp_path)
    panel = window.panel
    window.selection.set([str(hers)])
    qtbot.waitUntil(lambda: panel.details is not None and panel.photos.count() == 2)
    assert window.split_action.isEnabled()
    assert not window.merge_action.isEnabled() and not window.delete_action.isEnabled()
    items = [panel.photos.item(row) for row in range(panel.photos.count())]
    [mine] = [item for item in items if item.data(Qt.ItemDataRole.UserRole).id == photo]
    mine.setSelected(True)

    window.split_action.trigger()
    wait_saved(qtbot, window)
    alone = camera_of(bojan, photo)
    assert alone not in (None, hers)
    # Her camera holds none of his photos now: nothing of his to take off it.
    window.selection.set([str(hers)])
    qtbot.waitUntil(lambda: panel.details is not None and panel.photos.count() == 1)
    assert not window.split_action.isEnabled()
    window.selection.set([str(alone)])
    qtbot.waitUntil(lambda: window.split_action.isEnabled())
