"""A coordinator's day in the desktop app, against a real server with two volunteers' laptops:
the Review tab opens on the list that has work in it, says what its "Changed" time is, brings a
likely duplicate pair into view apart on the map, and the empty camera panel tells a reviewer
without photos of her own to sync."""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from surveyapp.cameras.review import set_review
from surveyapp.db.models import Camera
from surveyapp.sync.tokens import TOKEN_ENV
from surveyapp.ui.main_window import MainWindow
from surveyapp.ui.map_view import HIT_PIXELS
from surveyapp.ui.review_panel import ReviewPanel
from surveyapp.ui.settings import Settings
from surveyapp.ui.tasks import TaskRunner
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import Laptop, Team
from tests.sync.test_review_work import walk_at
from tests.sync.test_team_cases import edit
from tests.ui.test_review_panel import open_window, rows

sqlite_team = sync_fixtures.sqlite_team
own_team = sync_fixtures.own_team
laptop = sync_fixtures.laptop

LONG_AGO = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)  # when Ana noted her camera, offline


def two_volunteers_and_a_reviewer(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path, seed: int
) -> tuple[Laptop, str, str]:
    """Ana and Bojan each map the same camera (8 m apart), Ana a week before she syncs; the
    reviewer, with no photos of her own, syncs after them. Her laptop, Ana's and Bojan's ids."""
    ana, bojan, reviewer = laptop("ana"), laptop("bojan"), laptop("reviewer")
    ana.import_photos(walk_at(tmp_path / "walk-ana", [(46.1, 19.0)], seed=seed))
    bojan.import_photos(walk_at(tmp_path / "walk-bojan", [(46.10007, 19.0)], seed=seed + 1))
    [anas], [bojans] = ana.camera_ids(), bojan.camera_ids()
    with ana.db.session() as session:  # noted on the walk, synced a week later
        found = session.get(Camera, anas)
        assert found is not None
        found.updated_at = LONG_AGO
        session.commit()
    for machine, role in ((ana, "volunteer"), (bojan, "volunteer"), (reviewer, "reviewer")):
        assert machine.sync(team.url, team.user(role)).complete
    return reviewer, str(anas), str(bojans)


def lists_read(qtbot: QtBot, window: MainWindow) -> ReviewPanel:
    panel = window.review
    assert panel is not None
    qtbot.waitUntil(lambda: panel.data.server_read, timeout=20000)
    return panel


def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("SURVEYAPP_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_the_review_tab_opens_on_the_first_list_with_work_and_stays_where_she_goes(
    qtbot: QtBot, own_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """No conflict waits, two teammates' cameras are new: the tab opened on "Conflicts (0)",
    an empty list. It opens on "New and changed"; the list she then chooses stays chosen when
    the lists are read again."""
    reviewer, _anas, _bojans = two_volunteers_and_a_reviewer(own_team, laptop, tmp_path, 5701)
    monkeypatch.setenv(TOKEN_ENV, own_team.user("reviewer"))
    window = open_window(qtbot, reviewer, settings, tasks, tmp_path)
    panel = lists_read(qtbot, window)
    window.tabs.setCurrentWidget(panel)
    assert panel.conflicts.topLevelItemCount() == 0 and panel.changed.topLevelItemCount() == 2
    assert panel.tabs.currentIndex() == 1, panel.tabs.tabText(panel.tabs.currentIndex())
    window.grab().save(str(shots(tmp_path) / "review_opens_on_new.png"))
    bar = panel.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(3).center())  # Refused
    assert panel.tabs.currentIndex() == 3
    reads = panel._reads
    panel.refresh_button.click()
    qtbot.waitUntil(lambda: panel._reads == reads + 1 and panel.data.server_read, timeout=20000)
    tasks.wait()
    qtbot.wait(50)
    assert panel.tabs.currentIndex() == 3


def test_the_changed_column_says_its_time_is_when_the_change_reached_the_server(
    qtbot: QtBot, own_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """Ana noted her camera a week before her sync; the column said the sync's time under
    "Changed", read as her edit's. A laptop does not send when an edit was made, so the
    column says whose time it is (no time is made up)."""
    reviewer, anas, _bojans = two_volunteers_and_a_reviewer(own_team, laptop, tmp_path, 5711)
    monkeypatch.setenv(TOKEN_ENV, own_team.user("reviewer"))
    window = open_window(qtbot, reviewer, settings, tasks, tmp_path)
    panel = lists_read(qtbot, window)
    [row] = [i for i in rows(panel.changed) if i.data(0, Qt.ItemDataRole.UserRole) == [anas]]
    assert not row.text(2).startswith("2026-05-01")  # the server's time, not made up
    header = panel.changed.headerItem().toolTip(2)
    assert "reached the team's server" in header, header
    assert "reached the team's server" in row.toolTip(2), row.toolTip(2)
    assert panel.changed.headerItem().text(2) == "Reached server"
    # Her own verdict, not sent yet: its time is her edit's, and the tooltip says so.
    edit(reviewer, lambda s: set_review(s, [anas], "verified"))
    panel.refresh()

    def told_waiting() -> bool:
        found = [i for i in rows(panel.changed) if i.data(0, Qt.ItemDataRole.UserRole) == [anas]]
        return bool(found) and "not sent yet" in found[0].toolTip(2)

    qtbot.waitUntil(told_waiting, timeout=20000)


def test_choosing_a_likely_duplicate_pair_shows_both_apart_on_the_map(
    qtbot: QtBot, own_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """The map at the world's scale, the coordinator chooses Ana's and Bojan's cameras 8 m
    apart in Duplicates: the map stayed where it was, the two one dot. They are now in view
    far enough apart to click either; selecting two cameras elsewhere still moves nothing."""
    reviewer, anas, bojans = two_volunteers_and_a_reviewer(own_team, laptop, tmp_path, 5721)
    monkeypatch.setenv(TOKEN_ENV, own_team.user("reviewer"))
    window = open_window(qtbot, reviewer, settings, tasks, tmp_path)
    panel = lists_read(qtbot, window)
    window.tabs.setCurrentWidget(panel)
    view = window.map
    view.centre_on(20.0, 10.0, 2.0)  # the whole world, as she left it
    window.selection.set([anas, bojans])  # as shift-clicks on the map would: the map stays
    assert view.zoom == 2.0
    window.selection.set([])
    panel.tabs.setCurrentIndex(2)
    [pair] = rows(panel.duplicates)
    panel.duplicates.setCurrentItem(pair)
    qtbot.wait(50)
    a, b = view.screen_of(anas), view.screen_of(bojans)
    assert a is not None and b is not None
    apart = math.hypot(a.x() - b.x(), a.y() - b.y())
    assert apart >= 2 * HIT_PIXELS, (apart, view.zoom)
    for point in (a, b):
        assert view.rect().contains(point.toPoint())
    window.grab().save(str(shots(tmp_path) / "review_pair_on_map.png"))


def test_a_reviewer_without_photos_is_told_to_sync_for_the_teams_cameras(
    qtbot: QtBot, own_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path,
) -> None:  # fmt: skip
    """The empty camera panel's "How to start" told a coordinator with no photos of her own
    to import the photos of her walk. A reviewer is told to sync for the team's cameras; a
    volunteer who has not synced is still told to import."""
    reviewer, _anas, _bojans = two_volunteers_and_a_reviewer(own_team, laptop, tmp_path, 5731)
    window = open_window(qtbot, reviewer, settings, tasks, tmp_path)
    window.selection.set([])
    text = window.panel.empty.text()
    assert "Import the photos of your walk" not in text, text
    assert "<b>Sync…</b>" in text, text
    window.grab().save(str(shots(tmp_path) / "how_to_start_reviewer.png"))
    newcomer = open_window(qtbot, laptop("newcomer"), settings, tasks, tmp_path)
    assert "Import the photos of your walk" in newcomer.panel.empty.text()
