"""Edit → Undo in the real window, of a merge a sync already sent: the undo is refused and
nothing changes, the refused step leaves the undo list (the status bar says so), and Undo then
offers the edit before it, which it takes back. Against a real server process. An undo refused
for a reason that may pass (changed since) stays on the list: the refusal offers, and the next
Undo does, to set it aside (it stays as it is) and undo the edit before it."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from surveyapp.cameras import operations
from surveyapp.ui.main_window import MainWindow
from surveyapp.ui.settings import Settings
from surveyapp.ui.tasks import TaskRunner
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import Laptop, Team, photo_walk
from tests.sync.test_undo import outbox_rows, server_camera
from tests.ui import test_undo
from tests.ui.conftest import wait_saved
from tests.ui.test_pulled_merge import sync_in_window
from tests.ui.test_review_panel import open_window
from tests.ui.test_undo import located, survey

sqlite_team = sync_fixtures.sqlite_team
laptop = sync_fixtures.laptop
surveyed = test_undo.surveyed


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


def test_an_undo_refused_as_changed_since_is_set_aside_by_the_next_undo_and_the_one_before_undone(
    qtbot: QtBot, surveyed: MainWindow
) -> None:
    window = surveyed
    first, second = located(window)[:2]
    window.editor.set_fields(first, {"height": "4"})
    wait_saved(qtbot, window)
    window.editor.move(second, 44.9, 20.5)
    wait_saved(qtbot, window)
    with window.db.session() as session:  # another program moves the camera again
        operations.move_camera(session, uuid.UUID(second), 44.8, 20.4)
        session.commit()
    qtbot.waitUntil(lambda: window.undo_action.text() == "Undo move", timeout=5000)
    before = survey(window)

    window.undo_action.trigger()
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: "Nothing was undone" in window.message.toolTip(), timeout=5000)
    assert window.message.toolTip() == (
        "Nothing was undone: the move cannot be undone: what it changed was changed again "
        "since (by a sync or another program). Undo again sets the move aside (it stays as "
        "it is) and undoes the field edit before it."
    )
    assert survey(window) == before
    qtbot.waitUntil(
        lambda: window.undo_action.text() == "Set the move aside and undo the field edit",
        timeout=5000,
    )
    assert window.undo_action.isEnabled()

    window.undo_action.trigger()
    wait_saved(qtbot, window)
    qtbot.waitUntil(
        lambda: (
            window.statusBar().currentMessage()
            == "Set aside: move (it stays as it is). Undone: field edit"
        ),
        timeout=5000,
    )
    after = survey(window)
    assert after["cameras"][first]["height"] is None  # the field edit is taken back
    moved = after["cameras"][second]
    assert (moved["latitude"], moved["longitude"]) == (44.8, 20.4)  # the other program's place
    qtbot.waitUntil(lambda: window.undo_action.text() == "Undo", timeout=5000)
    assert not window.undo_action.isEnabled()
    assert window.redo_action.text() == "Redo field edit"  # the move set aside never comes back
    window.redo_action.trigger()
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: window.redo_action.text() == "Redo", timeout=5000)
    assert survey(window)["cameras"][second] == moved
    assert survey(window)["cameras"][first]["height"] == 4


def test_a_redo_refused_as_changed_since_is_set_aside_by_the_next_redo_and_the_one_after_redone(
    qtbot: QtBot, surveyed: MainWindow
) -> None:
    window = surveyed
    first, second = located(window)[:2]
    window.editor.set_fields(first, {"height": "4"})
    wait_saved(qtbot, window)
    window.editor.move(second, 44.9, 20.5)
    wait_saved(qtbot, window)
    for _ in range(2):
        window.undo_action.trigger()
        wait_saved(qtbot, window)
    with window.db.session() as session:  # another program sets the height again
        operations.set_fields(session, uuid.UUID(first), {"height": "7"})
        session.commit()
    qtbot.waitUntil(lambda: window.redo_action.text() == "Redo field edit", timeout=5000)
    before = survey(window)

    window.redo_action.trigger()
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: "Nothing was redone" in window.message.toolTip(), timeout=5000)
    assert window.message.toolTip() == (
        "Nothing was redone: the field edit cannot be redone: what it changed was changed again "
        "since (by a sync or another program). Redo again sets the field edit aside (it stays "
        "undone) and redoes the move after it."
    )
    assert survey(window) == before
    qtbot.waitUntil(
        lambda: window.redo_action.text() == "Set the field edit aside and redo the move",
        timeout=5000,
    )
    assert window.redo_action.isEnabled() and window.undo_action.text() == "Undo"

    window.redo_action.trigger()
    wait_saved(qtbot, window)
    qtbot.waitUntil(
        lambda: (
            window.statusBar().currentMessage()
            == "Set aside: field edit (it stays undone). Redone: move"
        ),
        timeout=5000,
    )
    after = survey(window)
    assert after["cameras"][first]["height"] == 7  # the other program's height stays
    moved = after["cameras"][second]
    assert (moved["latitude"], moved["longitude"]) == (44.9, 20.5)  # the move is made again
    qtbot.waitUntil(lambda: window.redo_action.text() == "Redo", timeout=5000)
    assert not window.redo_action.isEnabled()
    assert window.undo_action.text() == "Undo move"  # the field edit set aside never comes back
    window.undo_action.trigger()
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: window.undo_action.text() == "Undo", timeout=5000)
    assert survey(window)["cameras"][first]["height"] == 7


def test_the_offer_to_set_a_refused_redo_aside_is_forgotten_at_an_undo(
    qtbot: QtBot, surveyed: MainWindow
) -> None:
    window = surveyed
    first, second = located(window)[:2]
    window.editor.move(second, 44.9, 20.5)
    wait_saved(qtbot, window)
    window.editor.set_fields(first, {"height": "4"})
    wait_saved(qtbot, window)
    window.undo_action.trigger()
    wait_saved(qtbot, window)
    with window.db.session() as session:  # another program sets the height again
        operations.set_fields(session, uuid.UUID(first), {"height": "7"})
        session.commit()
    window.redo_action.trigger()
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: window.redo_action.text() == "Set the field edit aside", timeout=5000)

    window.undo_action.trigger()  # another step: the offer is gone, Redo is Redo again
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: window.redo_action.text() == "Redo move", timeout=5000)
    window.redo_action.trigger()
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: window.redo_action.text() == "Redo field edit", timeout=5000)
    assert survey(window)["cameras"][first]["height"] == 7
    assert window.statusBar().currentMessage() == "Redone: move"
