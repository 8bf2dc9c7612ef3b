"""The blur editor on a teammate's photo: her import of a picture he shared first became his
record at her sync, her original still in her library. His copy is what the team sees, so the
editor offers no blur and says whose photo it is. Against a real server process."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from surveyapp.ui.blur_editor import BlurEditor
from surveyapp.ui.tasks import TaskRunner
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import Laptop, Team, photo_walk
from tests.sync.test_convergence import server_state
from tests.sync.test_rekeyed_edit import her_picture_his_record

sqlite_team = sync_fixtures.sqlite_team
laptop = sync_fixtures.laptop


def offers_no_blur(
    qtbot: QtBot, machine: Laptop, tasks: TaskRunner, photo: uuid.UUID, owner: str | None
) -> None:
    """The blur editor on ``photo`` says whose it is, with no help, legend or drawing."""
    editor = BlurEditor(machine.db.session_factory, machine.db.library, tasks, photo)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.view is not None, timeout=10000)
    assert editor.status.text() == (
        f"This is {owner}'s photo: the team sees the copy they shared, and only they can "
        "change its blur."
    )
    assert not editor.canvas.isEnabled()
    assert not editor.help_text.isVisible() and not editor.legend.isVisible()


def test_the_blur_editor_on_a_teammates_record_of_her_picture_offers_no_blur(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], tasks: TaskRunner,
    tmp_path: Path,
) -> None:  # fmt: skip
    """Before, it showed her own blurred copy under "This is the copy that leaves the laptop"
    and took her rectangles, though the team sees his copy and none of hers is sent."""
    ana, _, _, _, his, owner = her_picture_his_record(sqlite_team, laptop, tmp_path)

    offers_no_blur(qtbot, ana, tasks, his, owner)


def test_the_blur_editor_on_a_teammates_photo_not_on_this_laptop_says_whose_it_is(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], tasks: TaskRunner,
    tmp_path: Path,
) -> None:  # fmt: skip
    """Bojan's photo, pulled by her sync, its picture never fetched: before, the editor said
    "This is the copy that leaves the laptop. Drag to blur…" over an empty canvas, with
    "Cannot show the shared copy: photo … is not on this laptop (another volunteer's)"."""
    team = sqlite_team
    ana, bojan = laptop("ana"), laptop("bojan")
    bojan_token = team.user()
    bojan.import_photos(photo_walk(tmp_path / "bojan", 1, seed=4481))
    assert bojan.sync(team.url, bojan_token).complete
    assert ana.sync(team.url, team.user()).complete
    his = min(bojan.photo_ids())
    owner = server_state(team.url, bojan_token)[his].author

    offers_no_blur(qtbot, ana, tasks, his, owner)
