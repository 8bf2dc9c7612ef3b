"""Edit → Undo in the real window, of the split that took a volunteer's own photo off a
teammate's camera (a reviewer had merged it there), once a sync sent it: the server would
refuse her the photo back on that camera, so nothing is undone and the status bar says why,
where her photo stays and who can put it back. Against a real server process."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from surveyapp.ui.settings import Settings
from surveyapp.ui.tasks import TaskRunner
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import Laptop, Team
from tests.sync.test_undo import outbox_rows
from tests.sync.test_undo_teammates_camera import camera_of, merged_into_anas_camera
from tests.ui.conftest import wait_saved
from tests.ui.test_pulled_merge import sync_in_window
from tests.ui.test_review_panel import open_window

sqlite_team = sync_fixtures.sqlite_team
laptop = sync_fixtures.laptop


def test_undo_in_the_app_of_a_synced_split_off_a_teammates_camera_says_why(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path,
) -> None:  # fmt: skip
    team = sqlite_team
    _, _, bojan, token, hers, photo, name = merged_into_anas_camera(team, laptop, tmp_path, 4447)
    window = open_window(qtbot, bojan, settings, tasks, tmp_path)
    panel = window.panel
    window.selection.set([str(hers)])
    qtbot.waitUntil(lambda: panel.details is not None and panel.photos.count() == 2)
    items = [panel.photos.item(row) for row in range(panel.photos.count())]
    [mine] = [item for item in items if item.data(Qt.ItemDataRole.UserRole).id == photo]
    mine.setSelected(True)
    qtbot.waitUntil(panel.split_button.isEnabled)
    panel.split_button.click()
    wait_saved(qtbot, window)
    alone = camera_of(bojan, photo)
    assert alone not in (None, hers)
    sync_in_window(qtbot, window, team, token)
    rows = outbox_rows(bojan)
    qtbot.waitUntil(lambda: window.undo_action.text() == "Undo split", timeout=5000)

    window.undo_action.trigger()
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: "Nothing was undone" in window.message.toolTip(), timeout=5000)
    said = window.message.toolTip()
    assert "the split was already sent to the server" in said
    assert (
        f"nothing is lost: 1 photo of yours stays on a camera of its own, and only {name} or a "
        "reviewer can merge it back into their camera" in said
    )
    assert outbox_rows(bojan) == rows and camera_of(bojan, photo) == alone
    assert bojan.sync(team.url, token).complete
