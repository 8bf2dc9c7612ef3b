"""The Refused list of a reviewer's Review tab clears (a real server on SQLite and PostgreSQL):
"Mark reviewed" takes the row chosen with all its times, and "Mark reviewed: the N from X"
all the rows the list shows from that sender; a teammate's row stays, and the same refusal
arriving after the list was read is a new row."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from surveyapp.sync.client import SyncClient
from surveyapp.sync.tokens import TOKEN_ENV
from surveyapp.ui.settings import Settings
from surveyapp.ui.tasks import TaskRunner
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import Laptop, Team
from tests.sync.test_review_flood import aimed
from tests.sync.test_review_work import walk_at
from tests.sync.test_teammates_records import own_camera, push
from tests.ui.test_review_panel import open_window, review_tab_read, rows

own_team = sync_fixtures.own_team
laptop = sync_fixtures.laptop


def test_a_reviewer_clears_a_refused_row_and_all_of_one_senders_rows(
    qtbot: QtBot, own_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    team = own_team
    ana_token, mallory, bojan, reviewer_token = (team.user(), team.user(), team.user(),
                                                 team.user("reviewer"))  # fmt: skip
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(walk_at(tmp_path / "walk", [(46.5, 19.4)], seed=4271))
    [camera] = ana.camera_ids()
    assert ana.sync(team.url, ana_token).complete
    _, his = own_camera(team, bojan)
    _, theirs = own_camera(team, ana_token)
    with SyncClient(team.url, mallory) as client:
        sender = client.me().name
    with SyncClient(team.url, bojan) as client:
        teammate = client.me().name
    # Mallory: Ana's camera twice, Bojan's and Ana's other camera once: three rows of hers.
    for target in (camera, camera, his["record_id"], theirs["record_id"]):
        [result] = push(team, mallory, [aimed("delete", target)])
        assert result["status"] == "rejected", result
    [result] = push(team, bojan, [aimed("delete", camera)])
    assert result["status"] == "rejected", result
    assert reviewer.sync(team.url, reviewer_token).complete

    monkeypatch.setenv(TOKEN_ENV, reviewer_token)
    window = open_window(qtbot, reviewer, settings, tasks, tmp_path)
    panel = review_tab_read(qtbot, window)
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.refused.topLevelItemCount() == 4, timeout=20000)
    row_button, sender_button = panel.refused_button, panel.refused_sender_button
    assert not row_button.isEnabled() and not sender_button.isEnabled()  # nothing chosen

    # The row of her two deletes of Ana's camera goes, both times; her other rows stay.
    [twice] = [i for i in rows(panel.refused) if i.text(0) == sender and i.text(1) == "2"]
    panel.refused.setCurrentItem(twice)
    assert row_button.isEnabled()
    assert sender_button.text() == f"Mark reviewed: the 3 from {sender}", sender_button.text()
    QTest.mouseClick(row_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.refused.topLevelItemCount() == 3, timeout=20000)
    assert "2 refused changes marked reviewed" in panel.status.text(), panel.status.text()
    assert panel.tabs.tabText(3).endswith("(3)"), panel.tabs.tabText(3)

    # One more of hers reaches the server after the list was read: not shown, not marked.
    [mine] = [i for i in rows(panel.refused) if i.text(0) == sender][:1]
    panel.refused.setCurrentItem(mine)
    assert sender_button.text() == f"Mark reviewed: the 2 from {sender}", sender_button.text()
    panel.tabs.setCurrentIndex(3)
    window.grab().save(str(tmp_path / "refused_review.png"))
    [result] = push(team, mallory, [aimed("upsert", camera, fields={"notes": "again"})])
    assert result["status"] == "rejected", result
    QTest.mouseClick(sender_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            {i.text(0) for i in rows(panel.refused)} == {teammate, sender}
            and panel.refused.topLevelItemCount() == 2
        ),
        timeout=20000,
    )
    with SyncClient(team.url, reviewer_token) as client:
        left = client.refused()
    assert sorted((r["user"], r["count"]) for r in left) == sorted([(teammate, 1), (sender, 1)]), (
        left
    )
    tasks.wait()
