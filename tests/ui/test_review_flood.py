"""The Review tab of a reviewer whose lists a volunteer's token flooded (50 pushes of an edit, a
delete and a merge of Ana's camera, against a real server on SQLite and PostgreSQL): the Refused
list shows her 100 refusals as one row saying how many times, and one click marks reviewed the 50
conflicts of hers the list shows, leaving a teammate's and one of hers that came meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from surveyapp.sync.client import SyncClient
from surveyapp.sync.tokens import TOKEN_ENV
from surveyapp.ui.review_panel import ReviewPanel
from surveyapp.ui.settings import Settings
from surveyapp.ui.tasks import TaskRunner
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import Laptop, Team
from tests.sync.test_review_flood import FLOOD, aimed, flooded
from tests.sync.test_review_work import walk_at
from tests.sync.test_teammates_records import push
from tests.ui.test_review_panel import open_window, review_tab_read, rows

own_team = sync_fixtures.own_team
laptop = sync_fixtures.laptop


def test_a_flood_is_one_refused_row_and_her_conflicts_go_in_one_click(
    qtbot: QtBot, own_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    team = own_team
    ana_token, mallory, bojan, reviewer_token = (team.user(), team.user(), team.user(),
                                                 team.user("reviewer"))  # fmt: skip
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(walk_at(tmp_path / "walk", [(46.5, 19.4)], seed=4265))
    [camera] = ana.camera_ids()
    assert ana.sync(team.url, ana_token).complete
    sender, teammate, hers = flooded(team, str(camera), mallory, bojan)
    assert reviewer.sync(team.url, reviewer_token).complete

    monkeypatch.setenv(TOKEN_ENV, reviewer_token)
    window = open_window(qtbot, reviewer, settings, tasks, tmp_path)
    panel = review_tab_read(qtbot, window)
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.conflicts.topLevelItemCount() == FLOOD + 1, timeout=20000)
    refused = {item.text(0): item.text(1) for item in rows(panel.refused)}
    assert len(refused) == 2 and refused[sender] == str(2 * FLOOD), refused
    assert panel.tabs.tabText(3).endswith("(2)"), panel.tabs.tabText(3)

    button = panel.sender_button
    assert not button.isEnabled()  # nothing chosen: greyed, never a guess of whose
    [bojans] = [i for i in rows(panel.conflicts) if f"sent by {teammate}" in words(panel, i)]
    panel.conflicts.setCurrentItem(bojans)
    assert button.isEnabled() and button.text() == f"Mark reviewed: the 1 from {teammate}"
    theirs = next(i for i in rows(panel.conflicts) if i is not bojans)
    panel.conflicts.setCurrentItem(theirs)
    assert button.text() == f"Mark reviewed: the {FLOOD} from {sender}", button.text()
    panel.tabs.setCurrentIndex(0)
    window.grab().save(str(tmp_path / "review_flood.png"))

    # One more of hers reaches the server after the list was read: not shown, not marked.
    push(team, mallory, [aimed("merge", hers, args={"absorbed": [str(camera)]})])
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.conflicts.topLevelItemCount() == 2, timeout=20000)
    assert f"{FLOOD} conflicts from {sender} marked reviewed" in panel.status.text()
    with SyncClient(team.url, reviewer_token) as client:
        left = client.conflicts()
    assert len(left) == 2 and {c["user"] for c in left} == {sender, teammate}, left
    tasks.wait()


def words(panel: ReviewPanel, item: QTreeWidgetItem) -> str:
    """What a conflict told in words says, with its sender."""
    label = panel.conflicts.itemWidget(item, 1)
    assert isinstance(label, QLabel)
    return label.text()
