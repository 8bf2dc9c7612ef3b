"""The reviewer's Warnings tab lists a teammate's photo whose two clocks disagree, and says
whose photo it is; against a real server process (before, a photo pulled by sync carried none
of its import's warnings and the tab did not list it)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from surveyapp.db.models import Photo
from surveyapp.ui.changes import Changes
from surveyapp.ui.main_window import MainWindow
from surveyapp.ui.settings import Settings
from surveyapp.ui.tasks import TaskRunner
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import Laptop, Team
from tests.sync.test_teammates_warnings import CORPUS, PNG

sqlite_team = sync_fixtures.sqlite_team
laptop = sync_fixtures.laptop


def test_the_reviewers_warnings_tab_lists_a_teammates_photo_whose_clocks_disagree(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path,
) -> None:  # fmt: skip
    team = sqlite_team
    ana, reviewer = laptop("ana"), laptop("reviewer")
    (tmp_path / "walk").mkdir()
    shutil.copy(CORPUS / PNG, tmp_path / "walk" / PNG)
    ana.import_photos(tmp_path / "walk")
    assert ana.sync(team.url, team.user()).complete
    assert reviewer.sync(team.url, team.user("reviewer")).complete
    with reviewer.db.session() as session:
        owner = session.scalars(select(Photo.owner)).one()

    window = MainWindow(reviewer.db, settings, tasks, Changes(), tile_cache=tmp_path / "tiles")
    qtbot.addWidget(window)
    window.show()
    window.start()
    window.tabs.setCurrentWidget(window.warnings)
    qtbot.waitUntil(lambda: {w.kind for w in window.warnings.warnings} == {"clocks"}, timeout=10000)
    group = window.warnings.tree.topLevelItem(0)
    assert group is not None and group.text(0) == "Photos whose two clocks disagree (1)"
    item = group.child(0)
    assert item is not None
    assert item.text(0) == (
        f"{owner}'s photo {PNG}: the device's clock says 2003-12-14 12:01, its GPS 2018-07-25 "
        "14:34 UTC: check which is right"
    )
