"""The team's review in the camera panel: every volunteer sees a camera's review state there; a
reviewer sets it in a click, against a real server, and the team gets it with the next sync."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
from pytestqt.qtbot import QtBot

from surveyapp.ui.main_window import MainWindow
from surveyapp.ui.settings import Settings
from surveyapp.ui.tasks import TaskRunner
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import Laptop, Team
from tests.sync.test_review_work import walk_at
from tests.sync.test_team_cases import camera_of
from tests.ui.conftest import run_import, write_photos
from tests.ui.test_review_panel import camera_without_a_position, open_window

sqlite_team = sync_fixtures.sqlite_team
laptop = sync_fixtures.laptop


def choose(window: MainWindow, state: str) -> None:
    """Pick a review state in the panel, as a click in its list does."""
    combo = window.panel.review
    index = combo.findData(state)
    assert index >= 0, state
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_a_volunteer_sees_the_review_state_but_cannot_change_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    run_import(qtbot, window, [write_photos(tmp_path / "walk", 1)]).accept()
    window.table.view.selectRow(0)
    panel = window.panel
    assert panel.details is not None
    assert panel.review.isVisibleTo(window) and panel.review_label.text() == "Team review:"
    assert panel.review.currentText() == "unverified"
    assert not panel.review.isEnabled()  # never synced: the server named no reviewer yet
    assert "reviewers" in panel.review.toolTip()


def test_a_reviewer_verifies_in_the_panel_and_the_team_gets_it(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path,
) -> None:  # fmt: skip
    team = sqlite_team
    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(walk_at(tmp_path / "walk", [(46.3, 19.2)], seed=491))
    [camera_id] = ana.camera_ids()
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete

    window = open_window(qtbot, reviewer, settings, tasks, tmp_path)
    window.selection.set([str(camera_id)])
    panel = window.panel
    qtbot.waitUntil(lambda: panel.details is not None and panel.details.id == camera_id)
    assert panel.review.isEnabled() and panel.review.currentText() == "unverified"
    choose(window, "verified")
    qtbot.waitUntil(lambda: camera_of(reviewer, camera_id).review_state == "verified")
    # The panel, the list and the undo history agree with the database.
    qtbot.waitUntil(lambda: panel.details is not None and panel.details.review == "verified")
    assert panel.review.currentText() == "verified"
    qtbot.waitUntil(
        lambda: any(r.id == str(camera_id) and r.review == "verified" for r in window.store.rows)
    )
    assert reviewer.sync(team.url, reviewer_token).complete
    assert ana.sync(team.url, ana_token).complete
    assert camera_of(ana, camera_id).review_state == "verified"
    published = httpx.get(f"{team.url}/public/cameras.geojson").json()["features"]
    assert str(camera_id) in [f["id"] for f in published]  # verified: on the public map now

    # A change of mind is one undo away, like any edit.
    window.editor.undo()
    qtbot.waitUntil(lambda: camera_of(reviewer, camera_id).review_state == "unverified")
    qtbot.waitUntil(lambda: panel.review.currentText() == "unverified")


def test_verifying_a_camera_without_a_position_says_it_stays_off_the_published_map(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path,
) -> None:  # fmt: skip
    """The published map shows a verified camera once it has a position. The Review tab and
    `camera review` said so; the camera panel's choice did not, and the map counted one camera
    fewer than the coordinator had verified there. The panel now says it under the choice,
    until the camera is placed or another choice is made."""
    team = sqlite_team
    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    blind = camera_without_a_position(ana, tmp_path, 4451)
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete

    window = open_window(qtbot, reviewer, settings, tasks, tmp_path)
    window.selection.set([str(blind)])
    panel = window.panel
    qtbot.waitUntil(lambda: panel.details is not None and panel.details.id == blind)
    note = panel.review_note
    assert not note.isVisibleTo(window)  # unverified: nothing to say
    said = "This verified camera has no position: the published map shows it once it is placed."

    def shown() -> str:
        return note.text() if note.isVisibleTo(window) else ""

    choose(window, "verified")
    qtbot.waitUntil(lambda: camera_of(reviewer, blind).review_state == "verified")
    qtbot.waitUntil(lambda: shown() == said)
    choose(window, "disputed")  # another choice: nothing left to say
    qtbot.waitUntil(lambda: camera_of(reviewer, blind).review_state == "disputed")
    qtbot.waitUntil(lambda: shown() == "")
    choose(window, "verified")
    qtbot.waitUntil(lambda: shown() == said)
    window.editor.move(str(blind), 44.8125, 20.4612)  # placed: the map shows it now
    qtbot.waitUntil(lambda: camera_of(reviewer, blind).latitude is not None)
    qtbot.waitUntil(lambda: shown() == "")
    assert camera_of(reviewer, blind).review_state == "verified"


def test_a_teammates_camera_without_a_position_does_not_ask_her_to_place_it(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path,
) -> None:  # fmt: skip
    """Ana's camera has no position; Bojan, a volunteer, may not move it. His panel said "No
    position yet: click the map to place it.", and the click was refused."""
    team = sqlite_team
    ana, bojan = laptop("ana"), laptop("bojan")
    blind = camera_without_a_position(ana, tmp_path, 4482)
    assert ana.sync(team.url, team.user()).complete
    assert bojan.sync(team.url, team.user()).complete

    window = open_window(qtbot, bojan, settings, tasks, tmp_path)
    window.selection.set([str(blind)])
    panel = window.panel
    qtbot.waitUntil(lambda: panel.details is not None and panel.details.id == blind)
    assert panel.position.text().splitlines()[0] == "No position yet."


def test_a_reviewer_sees_whose_camera_she_is_changing(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path,
) -> None:  # fmt: skip
    """A reviewer may change a teammate's vendor and notes: before, the panel showed the camera
    as if it were hers, with no word of who mapped it (a volunteer is told "Mapped by …" on
    it). It now names the volunteer and says the change reaches them; on her own camera,
    nothing."""
    team = sqlite_team
    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(walk_at(tmp_path / "walk", [(46.31, 19.2)], seed=5302))
    [anas] = ana.camera_ids()
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    before = set(reviewer.camera_ids())  # the team's (the server is shared)
    reviewer.import_photos(walk_at(tmp_path / "own", [(46.32, 19.2)], seed=5303))
    [own] = set(reviewer.camera_ids()) - before

    window = open_window(qtbot, reviewer, settings, tasks, tmp_path)
    panel = window.panel
    window.selection.set([str(anas)])
    qtbot.waitUntil(lambda: panel.details is not None and panel.details.id == anas)
    owner = camera_of(reviewer, anas).owner
    assert owner
    assert panel.form.isEnabled()  # a reviewer changes it
    assert panel.locked.isVisibleTo(window)
    assert panel.locked.text() == (
        f"Mapped by {owner}: your changes reach them with the next sync."
    )
    window.selection.set([str(own)])
    qtbot.waitUntil(lambda: panel.details is not None and panel.details.id == own)
    assert not panel.locked.isVisibleTo(window)
