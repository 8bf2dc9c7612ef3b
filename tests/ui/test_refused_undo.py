"""Edit → Undo in the real window, of a merge a sync already sent: the undo is refused and
nothing changes, the refused step leaves the undo list (the status bar says so), and Undo then
offers the edit before it, which it takes back. Against a real server process."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from surveyapp.ui.settings import Settings
from surveyapp.ui.tasks import TaskRunner
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import Laptop, Team, photo_walk
from tests.sync.test_undo import outbox_rows, server_camera
from tests.ui.conftest import wait_saved
from tests.ui.test_pulled_merge import sync_in_window
from tests.ui.test_review_panel import open_window

sqlite_team = sync_fixtures.sqlite_team
laptop = sync_fixtures.laptop


def test_a_refused_undo_leaves_the_undo_list_and_undo_offers_the_edit_before_it(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path,
) -> None:  # fmt: skip
    team, token = sqlite_team, sqlite_team.user()
    ana = laptop("ana")
    ana.import_photos(photo_walk(tmp_path / "walk", 3, seed=4493))
    first, second, third = sorted(ana.camera_ids(), key=str)
    assert ana.sync(team.url, token).complete
    window = open_window(qtbot, ana, settings, tasks, tmp_path)
    window.editor.set_fields(str(first), {"operator": "City"})
    wait_saved(qtbot, window)
    window.editor.merge([str(second), str(third)])
    wait_saved(qtbot, window)
    sync_in_window(qtbot, window, team, token)
    qtbot.waitUntil(lambda: window.undo_action.text() == "Undo merge", timeout=5000)
    cameras, rows = ana.camera_ids(), outbox_rows(ana)

    window.undo_action.trigger()
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: "Nothing was undone" in window.message.toolTip(), timeout=5000)
    assert window.message.toolTip() == (
        "Nothing was undone: the merge was already sent to the server, which keeps it: it can "
        "no longer be undone here; it is taken off the list of edits to undo"
    )
    assert (ana.camera_ids(), outbox_rows(ana)) == (cameras, rows)  # nothing changed
    qtbot.waitUntil(lambda: window.undo_action.text() == "Undo field edit", timeout=5000)
    assert window.undo_action.isEnabled()

    window.undo_action.trigger()
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: window.undo_action.text() == "Undo", timeout=5000)
    assert not window.undo_action.isEnabled()
    assert ana.camera_ids() == cameras  # the merge stays
    assert ana.sync(team.url, token).complete
    assert server_camera(team, token, first)["operator"] is None
    assert server_camera(team, token, third)["deleted"]
