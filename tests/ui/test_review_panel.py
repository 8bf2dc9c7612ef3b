"""The Review tab of a reviewer's desktop app, against a real server with two volunteers'
laptops: it appears for reviewers only, lists the conflict with both values and takes one in a
click, shows a cross-volunteer duplicate side by side and merges it, verifies a new camera;
every decision reaches the server with the next sync."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from surveyapp.cameras import operations
from surveyapp.cameras.details import PhotoView
from surveyapp.cameras.warnings import SurveyWarning
from surveyapp.db.models import Camera, Outbox, Photo
from surveyapp.sync.client import SyncClient
from surveyapp.sync.tokens import TOKEN_ENV
from surveyapp.ui import sync_dialog
from surveyapp.ui.changes import Changes
from surveyapp.ui.duplicate_dialog import DuplicateDialog, scaled_photo
from surveyapp.ui.main_window import MainWindow
from surveyapp.ui.review_panel import SHORT, WORDS_WIDTH, ReviewPanel, short
from surveyapp.ui.screen import FRAME
from surveyapp.ui.settings import Settings
from surveyapp.ui.tasks import TaskRunner
from tests.factory import PhotoSpec, make_jpeg
from tests.proxy import breaking_proxy
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import FAST_RETRY, Laptop, Team
from tests.sync.test_review_work import walk_at
from tests.sync.test_team_cases import camera_of, edit

# The sync tests' fixtures: a live server on SQLite, and laptops (their own database files).
sqlite_team = sync_fixtures.sqlite_team
own_team = sync_fixtures.own_team
laptop = sync_fixtures.laptop


def rows(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [item for item in items if item is not None]


def camera_without_a_position(machine: Laptop, tmp_path: Path, seed: int) -> uuid.UUID:
    """A camera of one photo without GPS, imported on ``machine``."""
    folder = tmp_path / "blind"
    folder.mkdir()
    spec = PhotoSpec(latitude=None, longitude=None, size=(320, 240))
    (folder / "IMG_blind.jpg").write_bytes(make_jpeg(spec, seed=seed))
    machine.import_photos(folder)
    [blind] = machine.camera_ids()
    return blind


def open_window(
    qtbot: QtBot, machine: Laptop, settings: Settings, tasks: TaskRunner, tmp_path: Path
) -> MainWindow:
    window = MainWindow(machine.db, settings, tasks, Changes(), tile_cache=tmp_path / "tiles")
    qtbot.addWidget(window)
    window.resize(1500, 900)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.store.loaded, timeout=10000)
    return window


def review_tab_read(qtbot: QtBot, window: MainWindow) -> ReviewPanel:
    """The reviewer's Review tab, once it has read the server's lists."""
    panel = window.review
    assert panel is not None
    qtbot.waitUntil(lambda: panel.data.server is not None, timeout=20000)
    return panel


def choices(panel: ReviewPanel, conflict: QTreeWidgetItem) -> tuple[QPushButton, QPushButton]:
    """A conflict's Keep and Or take buttons."""
    keep, other = (panel.conflicts.itemWidget(conflict, column) for column in (2, 3))
    assert isinstance(keep, QPushButton) and isinstance(other, QPushButton)
    return keep, other


def test_a_volunteer_has_no_review_tab(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path,
) -> None:  # fmt: skip
    ana = laptop("ana")
    ana.import_photos(walk_at(tmp_path / "walk", [(46.0, 19.0)], seed=481))
    assert ana.sync(sqlite_team.url, sqlite_team.user()).complete
    window = open_window(qtbot, ana, settings, tasks, tmp_path)
    assert window.review is None
    assert "Review" not in [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_without_a_keyring_the_review_tab_reads_the_server_with_the_token_just_synced_with(
    qtbot: QtBot, own_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """A coordinator on a desktop without a system keyring typed the token in the Sync dialog
    and synced; the Review tab still said "The server's lists could not be read: no server or
    token" and hid the server's conflicts for the rest of the day. It now reads them with the
    token given in this session (kept in memory only)."""
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    team = own_team  # its open conflict stays out of the other tests' Review tabs
    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(walk_at(tmp_path / "walk", [(46.3, 19.2)], seed=1552))
    [camera] = ana.camera_ids()
    for machine, token in ((ana, ana_token), (reviewer, reviewer_token)):
        assert machine.sync(team.url, token).complete
    edit(ana, lambda s: operations.set_fields(s, camera, {"camera:type": "dome"}))
    edit(reviewer, lambda s: operations.set_fields(s, camera, {"camera:type": "fixed"}))
    assert ana.sync(team.url, ana_token).complete

    monkeypatch.delenv(TOKEN_ENV, raising=False)
    before = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())  # type: ignore[no-untyped-call]  # keyring is untyped
    try:
        window = open_window(qtbot, reviewer, settings, tasks, tmp_path)
        panel = window.review
        assert panel is not None
        dialog = window.open_sync()
        qtbot.waitUntil(lambda: dialog.overview is not None, timeout=5000)
        dialog.server.setEditText(team.url)
        dialog.token.setText(reviewer_token)
        dialog.sync_button.click()
        qtbot.waitUntil(lambda: dialog.summary is not None, timeout=30000)
        dialog.close()
        window.tabs.setCurrentWidget(panel)
        panel.refresh()
        qtbot.waitUntil(lambda: panel.conflicts.topLevelItemCount() >= 1, timeout=20000)
        assert panel.data.server_note == ""
    finally:
        keyring.set_keyring(before)


def test_the_teams_refused_changes_give_the_servers_reasons_in_the_apps_language(
    qtbot: QtBot, qapp: Any, own_team: Team, laptop: Callable[[str], Laptop],
    settings: Settings, tasks: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """Vera's laptop sends her camera's review, which only reviewers set: the server refuses
    it. The reviewer's Refused list, in French, gives the reason in French with the field
    named in it (before: the server's English, the two fixed reasons too)."""
    from surveyapp.app import install_language, uninstall_language

    team = own_team  # its refusal stays out of the other tests' Review tabs
    vera_token, reviewer_token = team.user(), team.user("reviewer")
    vera, reviewer = laptop("vera"), laptop("reviewer")
    vera.import_photos(walk_at(tmp_path / "walk", [(46.2, 19.1)], seed=1658))
    [camera] = vera.camera_ids()
    assert vera.sync(team.url, vera_token).complete
    with vera.db.session() as session:  # as an older laptop let a volunteer do
        found = session.get(Camera, camera)
        assert found is not None
        found.review_state = "verified"
        session.commit()
    assert vera.sync(team.url, vera_token).errors
    assert reviewer.sync(team.url, reviewer_token).complete
    monkeypatch.setenv(TOKEN_ENV, reviewer_token)
    assert install_language(qapp, "fr") == "fr"
    try:
        window = open_window(qtbot, reviewer, settings, tasks, tmp_path)
        panel = review_tab_read(qtbot, window)
        qtbot.waitUntil(lambda: panel.refused.topLevelItemCount() == 1, timeout=20000)
        item = panel.refused.topLevelItem(0)
        assert item is not None
        assert item.text(4) == (
            "non autorisé : seuls les relecteurs et les administrateurs modifient review_state"
        )
    finally:
        uninstall_language(qapp)


def test_an_edit_of_a_camera_deleted_meanwhile_shows_its_values_to_the_reviewer(
    qtbot: QtBot, own_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """A reviewer deletes a camera while its volunteer, offline, notes a second camera there.
    The volunteer's sync drops the camera with the note; the Review tab said only "Edit not
    applied: the record had been deleted meanwhile", so the note was nowhere to be read. The
    edit's values are now shown with it (whole in the tooltip)."""
    team = own_team  # its open conflict stays out of the other tests' Review tabs
    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(walk_at(tmp_path / "walk", [(46.4, 19.3)], seed=1553))
    [camera] = ana.camera_ids()
    for machine, token in ((ana, ana_token), (reviewer, reviewer_token)):
        assert machine.sync(team.url, token).complete
    edit(reviewer, lambda s: operations.delete_camera(s, camera))
    assert reviewer.sync(team.url, reviewer_token).complete
    note = "a second camera on the corner, pointing at the school gate"
    edit(ana, lambda s: operations.set_fields(s, camera, {"notes": note, "camera:type": "dome"}))
    ana.sync(team.url, ana_token)
    assert camera not in ana.camera_ids()

    monkeypatch.setenv(TOKEN_ENV, reviewer_token)
    window = open_window(qtbot, reviewer, settings, tasks, tmp_path)
    panel = window.review
    assert panel is not None
    window.tabs.setCurrentWidget(panel)

    def the_row() -> QTreeWidgetItem | None:
        return next((i for i in rows(panel.conflicts) if i.text(0) == str(camera)[:8]), None)

    qtbot.waitUntil(lambda: the_row() is not None, timeout=20000)
    row = the_row()
    assert row is not None
    words = panel.conflicts.itemWidget(row, 1)
    assert isinstance(words, QLabel)
    assert "deleted meanwhile" in words.text() and "camera:type: dome" in words.text()
    assert "notes: a second camera on the" in words.text()
    assert f"notes: {note}" in words.toolTip()


def test_the_review_tab_decides_conflicts_merges_duplicates_and_verifies(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    team = sqlite_team
    ana_token, bojan_token, reviewer_token = team.user(), team.user(), team.user("reviewer")
    ana, bojan, reviewer = laptop("ana"), laptop("bojan"), laptop("reviewer")
    ana.import_photos(walk_at(tmp_path / "walk-ana", [(46.1, 19.0), (46.11, 19.0)], seed=482))
    bojan.import_photos(walk_at(tmp_path / "walk-bojan", [(46.10003, 19.0)], seed=483))
    shared, alone = sorted(ana.camera_ids(), key=lambda i: camera_of(ana, i).latitude or 0)
    [bojans] = bojan.camera_ids()
    for machine, token in ((ana, ana_token), (bojan, bojan_token), (reviewer, reviewer_token)):
        assert machine.sync(team.url, token).complete
    edit(ana, lambda s: operations.set_fields(s, alone, {"camera:type": "dome"}))
    edit(reviewer, lambda s: operations.set_fields(s, alone, {"camera:type": "fixed"}))
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete

    monkeypatch.setenv(TOKEN_ENV, reviewer_token)  # as the keyring would give it
    window = open_window(qtbot, reviewer, settings, tasks, tmp_path)
    assert window.review is not None
    panel = window.review
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.conflicts.topLevelItemCount() >= 1, timeout=20000)
    assert panel.data.server_note == ""
    row = next(item for item in rows(panel.conflicts) if item.text(1) == "camera:type")
    keep = panel.conflicts.itemWidget(row, 2)
    take = panel.conflicts.itemWidget(row, 3)
    assert isinstance(keep, QPushButton) and isinstance(take, QPushButton)
    assert keep.text().startswith("fixed (reviewer-") and take.text().startswith("dome (volunteer-")
    shot = Path(os.environ.get("SURVEYAPP_SCREENSHOTS") or tmp_path)
    shot.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(shot / "review_conflicts.png"))
    QTest.mouseClick(take, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: camera_of(reviewer, alone).camera_type == "dome", timeout=10000)

    # The cross-volunteer duplicate, side by side.
    panel.tabs.setCurrentIndex(2)
    pairs = panel.duplicates
    qtbot.waitUntil(lambda: pairs.topLevelItemCount() >= 1, timeout=20000)
    ids = {str(shared), str(bojans)}
    item = next(i for i in rows(pairs) if set(i.data(0, Qt.ItemDataRole.UserRole)) == ids)
    pairs.setCurrentItem(item)
    item.setSelected(True)
    assert not panel.left_photo.pixmap().isNull() and not panel.right_photo.pixmap().isNull()
    window.grab().save(str(shot / "review_duplicates.png"))
    panel.merge_pair()
    qtbot.waitUntil(lambda: bojans not in reviewer.camera_ids(), timeout=10000)

    # New and changed: verify Ana's other camera.
    panel.tabs.setCurrentIndex(1)
    changed = panel.changed
    qtbot.waitUntil(lambda: changed.topLevelItemCount() >= 1, timeout=20000)
    wanted = next(i for i in rows(changed) if i.data(0, Qt.ItemDataRole.UserRole) == [str(alone)])
    changed.setCurrentItem(wanted)
    panel._review("verified")
    qtbot.waitUntil(lambda: camera_of(reviewer, alone).review_state == "verified", timeout=10000)

    def listed_as_verified() -> bool:
        shown = [i for i in rows(changed) if i.data(0, Qt.ItemDataRole.UserRole) == [str(alone)]]
        return bool(shown) and shown[0].text(3) == "verified"

    qtbot.waitUntil(listed_as_verified, timeout=20000)  # the list follows the edit
    assert str(bojans) not in {i.data(0, Qt.ItemDataRole.UserRole)[0] for i in rows(changed)}
    window.grab().save(str(shot / "review_changed.png"))
    # The team at a glance: Ana's and Bojan's cameras by review state.
    team_rows = {i.text(0): [i.text(c) for c in range(1, 5)] for i in rows(panel.team)}
    ana_name = camera_of(reviewer, alone).owner
    assert ana_name is not None and team_rows[ana_name] == ["2", "1", "1", "0"]
    tasks.wait()

    # Everything goes with the next sync, and reaches the volunteers.
    assert reviewer.sync(team.url, reviewer_token).complete
    with SyncClient(team.url, reviewer_token, retry=FAST_RETRY) as client:
        assert not [c for c in client.conflicts() if c["record_id"] == str(alone)]
    for machine, token in ((ana, ana_token), (bojan, bojan_token)):
        assert machine.sync(team.url, token).complete
        found: Any = camera_of(machine, alone)
        assert (found.camera_type, found.review_state) == ("dome", "verified")
        assert bojans not in machine.camera_ids()
    with reviewer.db.session() as session:
        merged = session.get(Camera, shared)
        assert merged is not None and len([p for p in merged.photos if not p.deleted]) == 2


def test_a_merge_or_delete_that_went_otherwise_is_told_in_words_and_marked_reviewed(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """Bojan merges his camera X into his camera T and deletes his camera D, not knowing that
    Vesna (reviewer) had merged X into her camera and her other camera into D. The server sets
    his merge aside and keeps D with her photo: the Review tab says so in words, with who did
    it (before: the wire's names, "_merge" and "_deleted"), and "Mark reviewed" closes each."""
    team = sqlite_team
    bojan_token, vesna_token = team.user(), team.user("reviewer")
    bojan, vesna = laptop("bojan"), laptop("vesna")
    stops = [(46.2, 19.0), (46.21, 19.0), (46.22, 19.0)]
    bojan.import_photos(walk_at(tmp_path / "walk-bojan", stops, seed=484))
    x, t, d = sorted(bojan.camera_ids(), key=lambda i: camera_of(bojan, i).latitude or 0)
    assert bojan.sync(team.url, bojan_token).complete
    vesna.import_photos(walk_at(tmp_path / "walk-vesna", [(46.3, 19.0), (46.31, 19.0)], seed=485))
    assert vesna.sync(team.url, vesna_token).complete
    first, second = sorted(vesna.camera_ids() - bojan.camera_ids(),
                           key=lambda i: camera_of(vesna, i).latitude or 0)  # fmt: skip
    edit(vesna, lambda s: operations.merge_cameras(s, [first, x]))
    edit(vesna, lambda s: operations.merge_cameras(s, [d, second]))
    assert vesna.sync(team.url, vesna_token).complete
    edit(bojan, lambda s: operations.merge_cameras(s, [t, x]))
    edit(bojan, lambda s: operations.delete_camera(s, d))
    summary = bojan.sync(team.url, bojan_token)
    assert summary.complete and summary.refused == 0 and summary.conflicts == 2, summary
    assert vesna.sync(team.url, vesna_token).complete

    monkeypatch.setenv(TOKEN_ENV, vesna_token)
    window = open_window(qtbot, vesna, settings, tasks, tmp_path)
    panel = window.review
    assert panel is not None
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.conflicts.topLevelItemCount() == 2, timeout=20000)

    def words(item: QTreeWidgetItem) -> str:
        label = panel.conflicts.itemWidget(item, 1)
        assert isinstance(label, QLabel) and item.text(1) == ""  # no wire name beneath
        sentence, sent_by = label.text().split("\n")
        assert sent_by.startswith("sent by volunteer-")  # Bojan's name on the server
        assert item.text(3) == ""  # nothing to take under "Or take"
        return sentence

    shown = {words(item): item for item in rows(panel.conflicts)}
    assert set(shown) == {
        "Merge set aside for the cameras someone else had merged meanwhile",
        "Not deleted: someone had added photos to the camera meanwhile",
    }, set(shown)
    shot = Path(os.environ.get("SURVEYAPP_SCREENSHOTS") or tmp_path)
    shot.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(shot / "review_structural_conflicts.png"))
    merge = shown["Merge set aside for the cameras someone else had merged meanwhile"]
    button = panel.conflicts.itemWidget(merge, 2)
    assert isinstance(button, QPushButton) and button.text() == "Mark reviewed"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.conflicts.topLevelItemCount() == 1, timeout=20000)
    assert words(rows(panel.conflicts)[0]).startswith("Not deleted")
    tasks.wait()
    # The server's other shapes of such a conflict, each in words of its own.
    others: list[dict[str, Any]] = [
        {"field": "_merge", "details": {"target": "deleted"}},
        {"field": "_merge", "details": {"target": "merged by someone else"}},
        {"field": "_merge", "details": {"resolved_to": str(t)}},
        {"field": "_move", "details": {"target": "deleted"}},
        {"field": "_move", "details": {"target": "merged by someone else"}},
        {"field": "_move", "details": {"resolved_to": str(t)}},
        {"field": "_deleted", "details": {"camera": "deleted"}},
        {"field": "_deleted", "previous": True, "applied": {"notes": "x"}, "details": {}},
        {"field": "_deleted", "previous": False, "applied": True, "details": {}},
        {"field": "_deleted", "previous": True, "applied": {"notes": "x"},
         "details": {"merged_into": str(t)}},
    ]  # fmt: skip
    told = [panel.what_happened(conflict) for conflict in others]
    assert len(set(told)) == len(others) and not any(w.startswith("_") for w in told), told
    # An edit of a camera merged away names the camera it went into, to make the edit there.
    assert told[-1] == f"Edit not applied: the camera had been merged into camera {t} meanwhile"


def test_a_long_note_in_a_conflict_keeps_its_button_to_one_short_line(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """Vesna (reviewer) adds to the note of Bojan's camera X; Bojan, not pulled, merges X into
    his camera T of a long note: joined, the notes no longer fit, and the server lists the
    conflict on T's notes. Each choice is a one-line button of a few words, the whole note in
    its tooltip (before, a button as wide as 5,501 characters of text pushed "Keep" off the tab),
    and a click keeps T's note."""
    team = sqlite_team
    bojan_token, vesna_token = team.user(), team.user("reviewer")
    bojan, vesna = laptop("bojan"), laptop("vesna")
    bojan.import_photos(walk_at(tmp_path / "walk", [(46.4, 19.0), (46.41, 19.0)], seed=486))
    t, x = sorted(bojan.camera_ids(), key=lambda i: camera_of(bojan, i).latitude or 0)
    edit(bojan, lambda s: operations.set_fields(s, t, {"notes": "pole by the bank " * 180}))
    assert bojan.sync(team.url, bojan_token).complete
    assert vesna.sync(team.url, vesna_token).complete
    edit(vesna, lambda s: operations.set_fields(s, x, {"notes": "second camera " * 180}))
    assert vesna.sync(team.url, vesna_token).complete
    edit(bojan, lambda s: operations.merge_cameras(s, [t, x]))
    assert bojan.sync(team.url, bojan_token).conflicts == 1
    assert vesna.sync(team.url, vesna_token).complete
    kept = camera_of(vesna, t).notes
    assert kept is not None and kept.startswith("pole by the bank")

    monkeypatch.setenv(TOKEN_ENV, vesna_token)
    window = open_window(qtbot, vesna, settings, tasks, tmp_path)
    panel = window.review
    assert panel is not None
    window.tabs.setCurrentWidget(panel)

    def on_t() -> list[int]:  # the rows of T's conflicts (the team's server has others)
        return [i for i, c in enumerate(panel.data.conflicts) if c["record_id"] == str(t)]

    qtbot.waitUntil(lambda: len(on_t()) == 1, timeout=20000)
    row = rows(panel.conflicts)[on_t()[0]]
    assert row.text(1) == "notes"
    buttons = [panel.conflicts.itemWidget(row, column) for column in (2, 3)]
    assert all(isinstance(b, QPushButton) for b in buttons)
    previous, joined = buttons  # keep what T holds, or take the joined notes that do not fit
    assert isinstance(joined, QPushButton) and isinstance(previous, QPushButton)
    for button in buttons:
        assert isinstance(button, QPushButton)
        assert len(button.text()) < 60 and "\n" not in button.text()
        assert button.width() < panel.width()
    added = ("second camera " * 180).strip()
    assert previous.toolTip() == kept and joined.toolTip() == f"{kept}\n{added}"
    QTest.mouseClick(joined, Qt.MouseButton.LeftButton)  # refused: it does not fit
    qtbot.waitUntil(lambda: "longer than 5000" in panel.status.text(), timeout=20000)
    assert camera_of(vesna, t).notes == kept
    QTest.mouseClick(previous, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tasks.busy, timeout=20000)
    assert vesna.sync(team.url, vesna_token).complete  # the decision reaches the server
    panel.refresh()
    qtbot.waitUntil(lambda: not on_t(), timeout=20000)
    assert camera_of(vesna, t).notes == kept


@given(st.text(), st.text())
def test_a_value_on_its_button_is_one_line_of_a_few_words(value: str, other: str) -> None:
    shown = short(value, other)
    assert len(shown) <= SHORT and not any(c in shown for c in "\n\r\t")


def test_two_long_notes_that_begin_alike_show_where_they_differ() -> None:
    note = ("pole by the bank " * 180).strip()
    joined = f"{note}\nsecond camera"
    kept, taken = short(note, joined), short(joined, note)
    assert kept != taken and "second camera" in taken and kept.endswith("by the bank")
    assert short("fixed", "dome") == "fixed"
    assert short("x" * 40, "y") == "x" * (SHORT - 1) + "…"


def test_the_review_tab_appearing_moves_no_column_and_fits_the_narrowest_list(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """The Review tab's row of buttons (Verify, Dispute, Removed, Mark all as seen) asked the
    list's column for 386 px, more than the list's own 314: in a list narrowed by the volunteer
    the buttons were cut off (and the tab appearing after a sync could widen the column)."""
    reviewer = laptop("reviewer")
    reviewer.import_photos(walk_at(tmp_path / "walk", [(46.2, 19.0)], seed=484))
    window = open_window(qtbot, reviewer, settings, tasks, tmp_path)
    window.resize(1024, 600)
    assert window.review is None
    before = window.splitter.sizes()
    token = sqlite_team.user("reviewer")
    assert reviewer.sync(sqlite_team.url, token).complete
    monkeypatch.setenv(TOKEN_ENV, token)
    panel = window.show_review_if_reviewer()
    assert panel is not None
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: bool(panel.status.text()), timeout=20000)  # its lists are read
    assert window.splitter.sizes() == before
    window.splitter.setSizes([1, 1024, before[2]])  # the list as narrow as it goes
    trees = panel.findChildren(QTreeWidget)
    for index in range(panel.tabs.count()):
        panel.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: panel.tabs.currentWidget().isVisible())
        cut = [  # the buttons in a list's rows scroll with it
            button.text()
            for button in panel.findChildren(QPushButton)
            if button.isVisible()
            and not any(
                isinstance(tree, QTreeWidget) and tree.isAncestorOf(button) for tree in trees
            )
            and (
                button.width() < button.minimumSizeHint().width()
                or button.mapTo(panel, button.rect().topRight()).x() >= panel.width()
            )
        ]
        assert cut == [], panel.tabs.tabText(index)


def test_every_conflicts_buttons_are_in_view_on_a_1366_by_768_screen(
    qtbot: QtBot, own_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """A conflict told in words (an edit of a camera deleted meanwhile) beside one of two
    values, in the window the app opens with on a 1366 × 768 screen: the words widened the
    Field column, and the Keep and Or take buttons of every row were cut at the panel's edge
    until the list was scrolled sideways. The words now wrap in their column, whole in a
    tooltip, and every button is in view."""
    team = own_team  # its open conflicts stay out of the other tests' Review tabs
    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(walk_at(tmp_path / "walk", [(46.5, 19.4), (46.51, 19.4)], seed=1600))
    gone, kept = sorted(ana.camera_ids(), key=lambda i: camera_of(ana, i).latitude or 0)
    for machine, token in ((ana, ana_token), (reviewer, reviewer_token)):
        assert machine.sync(team.url, token).complete
    edit(reviewer, lambda s: operations.delete_camera(s, gone))
    edit(reviewer, lambda s: operations.set_fields(s, kept, {"camera:type": "fixed"}))
    assert reviewer.sync(team.url, reviewer_token).complete
    note = "a second camera on the corner, pointing at the school gate"
    edit(ana, lambda s: operations.set_fields(s, gone, {"notes": note, "camera:type": "dome"}))
    edit(ana, lambda s: operations.set_fields(s, kept, {"camera:type": "dome"}))
    ana.sync(team.url, ana_token)
    assert reviewer.sync(team.url, reviewer_token).complete

    monkeypatch.setenv(TOKEN_ENV, reviewer_token)
    window = open_window(qtbot, reviewer, settings, tasks, tmp_path)
    window.resize(QSize(1366, 768) - FRAME)  # what fitted() gives on a 1366 × 768 screen
    panel = window.review
    assert panel is not None
    window.tabs.setCurrentWidget(panel)
    conflicts = panel.conflicts
    qtbot.waitUntil(lambda: conflicts.topLevelItemCount() >= 2, timeout=20000)
    qtbot.waitUntil(lambda: conflicts.viewport().isVisible())
    shot = Path(os.environ.get("SURVEYAPP_SCREENSHOTS") or tmp_path)
    shot.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(shot / "review_conflicts_1366.png"))
    told = [conflicts.itemWidget(item, 1) for item in rows(conflicts)]
    words = [label for label in told if isinstance(label, QLabel)]
    assert words
    view = conflicts.viewport()
    cut = []
    for item in rows(conflicts):
        for column in (2, 3):
            button = conflicts.itemWidget(item, column)
            if not isinstance(button, QPushButton):
                continue
            left = button.mapTo(view, button.rect().topLeft()).x()
            right = button.mapTo(view, button.rect().topRight()).x()
            if left < 0 or right >= view.width() or button.width() < button.sizeHint().width():
                cut.append((button.text(), left, right, view.width()))
    assert cut == [], cut
    assert conflicts.horizontalScrollBar().value() == 0
    for label in words:  # what happened and who sent it, whole where a word is cut
        sentence, sent_by = label.text().split("\n")[:2]
        assert label.toolTip().startswith(f"{sentence}\n{sent_by}")
    # A list column the reviewer widens gives the words their room again.
    sizes = window.splitter.sizes()
    window.splitter.setSizes([sizes[0] + 400, sizes[1] - 400, sizes[2]])
    qtbot.waitUntil(lambda: conflicts.columnWidth(1) == WORDS_WIDTH)


def test_a_teammates_photo_shows_its_preview_and_says_where_the_picture_is(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """A reviewer looks at a camera a volunteer sent: the photo pane said "Cannot open the
    photo: [Errno 21] Is a directory: '…/library'" under a black picture, as only the photo's
    preview comes down with a sync. It now shows that preview and says the picture is a
    teammate's, on the team's server."""
    ana_token, reviewer_token = sqlite_team.user(), sqlite_team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(walk_at(tmp_path / "walk", [(46.5, 19.4)], seed=2500))
    [camera] = ana.camera_ids()
    assert ana.sync(sqlite_team.url, ana_token).complete
    assert reviewer.sync(sqlite_team.url, reviewer_token).complete

    monkeypatch.setenv(TOKEN_ENV, reviewer_token)
    window = open_window(qtbot, reviewer, settings, tasks, tmp_path)
    window.selection.set([str(camera)])
    pane = window.photo_pane
    qtbot.waitUntil(lambda: pane.status.text() not in ("", pane.tr("Loading the photo…")),
                    timeout=10000)  # fmt: skip
    assert "Errno" not in pane.status.text() and "Cannot open" not in pane.status.text()
    assert pane.status.text() == "A teammate's photo: only its preview is on this laptop."
    assert "server" in pane.status.toolTip()
    assert not pane.item.pixmap().isNull()  # the preview, in place of a black square


def test_a_teammates_photo_is_downloaded_from_the_photo_pane(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """A reviewer checks the model number on a teammate's photo: only its small preview came
    down with the sync, and the app had no way to bring the picture (only `surveyapp sync
    fetch` on the command line). "Download the photo" brings its shared copy, with the token
    this laptop synced with, and the pane shows it whole; without a token it says so."""
    ana_token, reviewer_token = sqlite_team.user(), sqlite_team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    walk = tmp_path / "walk"
    walk.mkdir()
    spec = PhotoSpec(latitude=46.55, longitude=19.45, size=(640, 480))
    (walk / "IMG_2502.jpg").write_bytes(make_jpeg(spec, seed=2502))
    ana.import_photos(walk)
    [camera] = ana.camera_ids()
    assert ana.sync(sqlite_team.url, ana_token).complete
    assert reviewer.sync(sqlite_team.url, reviewer_token).complete

    monkeypatch.delenv(TOKEN_ENV, raising=False)
    monkeypatch.setattr(sync_dialog, "_given_tokens", {})  # none given in a dialog either
    window = open_window(qtbot, reviewer, settings, tasks, tmp_path)
    window.selection.set([str(camera)])
    pane = window.photo_pane
    qtbot.waitUntil(lambda: pane.status.text().startswith("A teammate's photo"), timeout=10000)
    assert pane.fetch_button.isVisible() and pane.fetch_button.isEnabled()
    preview = pane.item.pixmap().size()

    pane.fetch_button.click()
    assert pane.status.text().startswith("The photo could not be downloaded: no token for")
    assert pane.fetch_button.isEnabled()  # offered again

    monkeypatch.setenv(TOKEN_ENV, reviewer_token)
    pane.fetch_button.click()
    qtbot.waitUntil(lambda: pane.photos[pane.index].here, timeout=20000)
    qtbot.waitUntil(lambda: pane.status.text() == "640 × 480", timeout=10000)
    assert not pane.fetch_button.isVisible()
    assert pane.item.pixmap().width() == 640 and preview.width() < 640
    with reviewer.db.read_session() as session:
        [photo] = session.scalars(select(Photo).where(Photo.camera_id == camera)).all()
        assert photo.library_path and (reviewer.db.library / photo.library_path).is_file()
        assert not session.scalar(select(func.count()).select_from(Outbox).where(
            Outbox.record_id == photo.id, Outbox.state == "pending"))  # fmt: skip


def comparison_of(qtbot: QtBot, window: MainWindow, camera: uuid.UUID) -> DuplicateDialog:
    """The Warnings' side-by-side comparison of the likely duplicate ``camera`` is in (the
    session's server holds other tests' cameras too), once both photos show."""
    window.tabs.setCurrentWidget(window.warnings)
    found: list[SurveyWarning] = []

    def listed() -> bool:
        found[:] = [w for w in window.warnings.warnings
                    if w.kind == "duplicate" and camera in w.camera_ids]  # fmt: skip
        return bool(found)

    qtbot.waitUntil(listed, timeout=10000)
    dialog = window.warnings.compare(found[0])
    assert dialog is not None
    qtbot.waitUntil(
        lambda: all(not side.photo.pixmap().isNull() for side in dialog.sides), timeout=10000
    )
    return dialog


def beside_ana(
    qtbot: QtBot, team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    seeds: tuple[int, int], spot: tuple[float, float],
) -> tuple[MainWindow, uuid.UUID]:  # fmt: skip
    """Ana's camera and the reviewer's at one ``spot`` (a 640 × 480 photo each, made from
    ``seeds``), both synced; the reviewer's window open with her token; Ana's camera."""
    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    for machine, seed in zip((ana, reviewer), seeds, strict=True):
        walk = tmp_path / f"walk-{seed}"
        walk.mkdir()
        spec = PhotoSpec(latitude=spot[0], longitude=spot[1], size=(640, 480))
        (walk / f"IMG_{seed}.jpg").write_bytes(make_jpeg(spec, seed=seed))
        machine.import_photos(walk)
    [hers] = ana.camera_ids()
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    monkeypatch.setenv(TOKEN_ENV, reviewer_token)
    return open_window(qtbot, reviewer, settings, tasks, tmp_path), hers


def test_the_comparison_shows_a_teammates_photo_downloaded_from_the_photo_pane(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """The reviewer's camera and Ana's at the same spot, compared side by side (Warnings):
    Ana's photo is its preview until "Download the photo" brings its shared copy, then the
    comparison shows the copy (checked December 2026; it held before this test)."""
    window, hers = beside_ana(
        qtbot,
        sqlite_team,
        laptop,
        settings,
        tasks,
        tmp_path,
        monkeypatch,
        (2860, 2861),
        (46.55, 19.45),
    )

    def anas_side() -> tuple[QImage, PhotoView]:
        """Her camera's side of the comparison, opened anew: what it shows, and her photo."""
        dialog = comparison_of(qtbot, window, hers)
        [side] = [
            s for s in dialog.sides if s.side and s.side.details and s.side.details.id == hers
        ]
        assert side.side is not None and side.side.details is not None
        shown = side.photo.pixmap().toImage().convertToFormat(QImage.Format.Format_RGB32)
        dialog.close()
        return shown, side.side.details.photos[0]

    def scaled(path: Path, thumbnail: bytes | None) -> QImage:
        return scaled_photo(path, thumbnail).convertToFormat(QImage.Format.Format_RGB32)

    shown, photo = anas_side()
    assert not photo.here and shown == scaled(photo.path, photo.thumbnail)  # her preview
    window.selection.set([str(hers)])
    pane = window.photo_pane
    qtbot.waitUntil(lambda: pane.status.text().startswith("A teammate's photo"), timeout=10000)
    pane.fetch_button.click()
    qtbot.waitUntil(lambda: pane.photos[pane.index].here, timeout=20000)
    shown, photo = anas_side()
    assert photo.here and photo.path.is_file()
    assert shown == scaled(photo.path, None)  # the copy downloaded, not the preview
    assert shown != scaled(Path("/no/such/file"), photo.thumbnail)


def test_the_comparison_downloads_a_teammates_photo_and_shows_it(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """The reviewer compares her camera with Ana's at the same spot (Warnings): Ana's photo is
    its 320-px preview enlarged to 460, and the comparison had no way to bring the picture
    (only the photo pane's "Download the photo"). It offers it too, and shows the copy."""
    window, hers = beside_ana(
        qtbot,
        sqlite_team,
        laptop,
        settings,
        tasks,
        tmp_path,
        monkeypatch,
        (2862, 2863),
        (46.56, 19.46),
    )
    dialog = comparison_of(qtbot, window, hers)
    [side] = [s for s in dialog.sides if s.side and s.side.details and s.side.details.id == hers]
    mine = next(s for s in dialog.sides if s is not side)
    assert side.fetch_button.isVisible() and not mine.fetch_button.isVisible()

    side.fetch_button.click()
    qtbot.waitUntil(lambda: side.side is not None and side.side.details is not None
                    and side.side.details.photos[0].here, timeout=20000)  # fmt: skip
    assert side.side is not None and side.side.details is not None
    photo = side.side.details.photos[0]
    copy = scaled_photo(photo.path, None).convertToFormat(QImage.Format.Format_RGB32)
    qtbot.waitUntil(
        lambda: side.photo.pixmap().toImage().convertToFormat(QImage.Format.Format_RGB32) == copy,
        timeout=10000,
    )
    assert not side.fetch_button.isVisible()
    with window.db.read_session() as session:
        [fetched] = session.scalars(select(Photo).where(Photo.camera_id == hers)).all()
        assert fetched.library_path and (window.db.library / fetched.library_path).is_file()


def test_a_refresh_from_a_server_that_does_not_answer_says_so_within_a_minute(
    qtbot: QtBot, own_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """A coordinator clicks Refresh while the server hangs: the Review tab showed the old lists
    as they were, said nothing for over three minutes (six tries of thirty seconds for the
    conflicts, as many again for the refused changes), then at last that the lists could not
    be read. It now says at once that it is reading them, and within a minute that the server
    did not answer; the lists it showed stay."""
    ana_token, reviewer_token = own_team.user(), own_team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(walk_at(tmp_path / "walk", [(46.6, 19.5)], seed=2501))
    assert ana.sync(own_team.url, ana_token).complete
    with breaking_proxy(own_team.server.port) as proxy:
        assert reviewer.sync(proxy.url, reviewer_token).complete
        monkeypatch.setenv(TOKEN_ENV, reviewer_token)
        window = open_window(qtbot, reviewer, settings, tasks, tmp_path)
        panel = window.review
        assert panel is not None
        window.tabs.setCurrentWidget(panel)
        qtbot.waitUntil(lambda: panel.data.server == proxy.url, timeout=20000)
        assert panel.data.server_note == ""
        changed = panel.changed.topLevelItemCount()
        assert changed == 1

        proxy.go_silent_at(b"GET /api/v1/conflicts")
        panel.refresh_button.click()
        assert "Reading the server's lists…" in panel.status.text()
        qtbot.waitUntil(lambda: "could not be read" in panel.status.text(), timeout=60000)
        assert "did not answer" in panel.status.text()
        assert "Reading the server's lists…" not in panel.status.text()
        assert panel.changed.topLevelItemCount() == changed


def test_the_review_tabs_camera_names_speak_the_reviewers_language(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, french: None,
) -> None:  # fmt: skip
    """A French coordinator's Review tab named a camera "Hikvision panning 86a8e497" in its
    lists, where the camera's own panel says "Hikvision · orientable", and offered a conflict's
    "dome (ana)" or "fixed (reviewer)": the camera's type, and a conflict's values chosen from
    a list, are now in the reviewer's words there too."""
    ana_token, reviewer_token = sqlite_team.user(), sqlite_team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(walk_at(tmp_path / "walk", [(46.7, 19.6)], seed=2502))
    [camera] = ana.camera_ids()
    edit(ana, lambda s: operations.set_fields(s, camera, {"camera:type": "panning"}))
    assert ana.sync(sqlite_team.url, ana_token).complete
    assert reviewer.sync(sqlite_team.url, reviewer_token).complete
    edit(reviewer, lambda s: operations.set_fields(s, camera, {"camera:type": "fixed"}))
    edit(ana, lambda s: operations.set_fields(s, camera, {"camera:type": "dome"}))
    assert reviewer.sync(sqlite_team.url, reviewer_token).complete
    assert ana.sync(sqlite_team.url, ana_token).complete
    assert reviewer.sync(sqlite_team.url, reviewer_token).complete

    monkeypatch.setenv(TOKEN_ENV, reviewer_token)
    panel = review_tab_read(qtbot, open_window(qtbot, reviewer, settings, tasks, tmp_path))
    [row] = [item for item in rows(panel.changed) if item.text(0).endswith(str(camera)[:8])]
    assert row.text(0) == f"dôme {str(camera)[:8]}"
    [conflict] = [item for item in rows(panel.conflicts) if item.text(1) == "camera:type"]
    assert conflict.text(0) == f"dôme {str(camera)[:8]}"
    keep, other = choices(panel, conflict)
    assert keep.text().startswith("dôme (volunteer-")
    assert other.text() == f"fixe ({panel.data.me})"


def test_a_verdict_conflict_names_the_teams_review_and_its_values_in_the_reviewers_words(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, french: None,
) -> None:  # fmt: skip
    """The reviewer marks one of Ana's cameras removed; Ana merges it into her other camera, and
    the server lists the verdict as a conflict on the camera it went into. A French reviewer's
    Review tab showed its field as the wire names it, "review_state", and offered
    "unverified (ana)": it now says "the team's review" and "non vérifiée", as the camera list."""
    from surveyapp.cameras.review import set_review

    ana_token, reviewer_token = sqlite_team.user(), sqlite_team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(walk_at(tmp_path / "walk", [(46.7, 19.6), (46.71, 19.6)], seed=3800))
    kept, doubted = sorted(ana.camera_ids(), key=str)
    assert ana.sync(sqlite_team.url, ana_token).complete
    assert reviewer.sync(sqlite_team.url, reviewer_token).complete
    edit(reviewer, lambda s: set_review(s, [doubted], "removed"))
    assert reviewer.sync(sqlite_team.url, reviewer_token).complete
    assert ana.sync(sqlite_team.url, ana_token).complete
    edit(ana, lambda s: operations.merge_cameras(s, [kept, doubted]))
    assert ana.sync(sqlite_team.url, ana_token).complete
    assert reviewer.sync(sqlite_team.url, reviewer_token).complete

    monkeypatch.setenv(TOKEN_ENV, reviewer_token)
    panel = review_tab_read(qtbot, open_window(qtbot, reviewer, settings, tasks, tmp_path))
    [conflict] = [item for item in rows(panel.conflicts) if item.text(0).endswith(str(kept)[:8])]
    assert conflict.text(1) == "vérification de l’équipe"
    keep, other = choices(panel, conflict)
    assert keep.text().startswith("non vérifiée (volunteer-"), keep.text()
    assert other.text() == f"retirée ({panel.data.me})"


def test_a_refresh_that_cannot_reach_the_server_keeps_the_conflicts_it_showed(
    qtbot: QtBot, own_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """The server stopped, a coordinator clicks Refresh: the tab said the lists could not be
    read and emptied them, "Conflicts (0)", as if every conflict had been decided. The
    conflicts last read stay, under the note that says they could not be read again."""
    ana_token, reviewer_token = own_team.user(), own_team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(walk_at(tmp_path / "walk", [(46.8, 19.7)], seed=2505))
    [camera] = ana.camera_ids()
    assert ana.sync(own_team.url, ana_token).complete
    with breaking_proxy(own_team.server.port) as proxy:
        assert reviewer.sync(proxy.url, reviewer_token).complete
        edit(reviewer, lambda s: operations.set_fields(s, camera, {"camera:type": "fixed"}))
        edit(ana, lambda s: operations.set_fields(s, camera, {"camera:type": "dome"}))
        assert reviewer.sync(proxy.url, reviewer_token).complete
        assert ana.sync(own_team.url, ana_token).complete
        monkeypatch.setenv(TOKEN_ENV, reviewer_token)
        window = open_window(qtbot, reviewer, settings, tasks, tmp_path)
        panel = window.review
        assert panel is not None
        window.tabs.setCurrentWidget(panel)
        qtbot.waitUntil(lambda: panel.conflicts.topLevelItemCount() == 1, timeout=20000)
        assert panel.tabs.tabText(0) == "Conflicts (1)"

        proxy.cut_after = 0  # every connection to the server's address is cut at once
        panel.refresh_button.click()
        qtbot.waitUntil(lambda: "could not be read" in panel.status.text(), timeout=60000)
        assert panel.conflicts.topLevelItemCount() == 1
        assert panel.tabs.tabText(0) == "Conflicts (1)"


@contextlib.contextmanager
def without_a_saved_token(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No token in the environment nor in a keyring, as on a desktop without a system keyring
    after the coordinator synced from the command line without keeping it."""
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    monkeypatch.delenv(TOKEN_ENV, raising=False)
    before = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())  # type: ignore[no-untyped-call]  # keyring is untyped
    try:
        yield
    finally:
        keyring.set_keyring(before)


def test_a_review_tab_with_no_token_says_what_to_do_in_the_reviewers_language(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, french: None,
) -> None:  # fmt: skip
    """A French coordinator synced from the command line without keeping the token, on a
    desktop with no keyring, then opened the app: the Review tab said "Les listes du serveur
    n’ont pas pu être lues : no server or token", English and no way out. It now says, in
    French, that the app holds no token for the server and to sync from the Sync dialog."""
    reviewer_token = sqlite_team.user("reviewer")
    reviewer = laptop("reviewer")
    assert reviewer.sync(sqlite_team.url, reviewer_token).complete
    with without_a_saved_token(monkeypatch):
        panel = review_tab_read(qtbot, open_window(qtbot, reviewer, settings, tasks, tmp_path))
        qtbot.waitUntil(lambda: bool(panel.data.server_note), timeout=20000)
        said = panel.status.text()
    assert "no server or token" not in said
    assert "aucun jeton" in said and "Synchroniser" in said, said


def test_verifying_a_camera_without_a_position_says_it_stays_off_the_published_map(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """The published map shows a verified camera once it has a position: before, verifying
    one without said nothing, and the map counted one camera fewer than the coordinator had
    verified. The Review tab now says so, and keeps saying it as its lists are read again."""
    ana_token, reviewer_token = sqlite_team.user(), sqlite_team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    blind = camera_without_a_position(ana, tmp_path, 4412)
    assert ana.sync(sqlite_team.url, ana_token).complete
    assert reviewer.sync(sqlite_team.url, reviewer_token).complete
    monkeypatch.setenv(TOKEN_ENV, reviewer_token)
    panel = review_tab_read(qtbot, open_window(qtbot, reviewer, settings, tasks, tmp_path))
    changed = panel.changed
    qtbot.waitUntil(lambda: changed.topLevelItemCount() >= 1, timeout=20000)
    [item] = [i for i in rows(changed) if i.data(0, Qt.ItemDataRole.UserRole) == [str(blind)]]
    changed.setCurrentItem(item)
    panel._review("verified")
    said = (
        f"1 verified camera has no position: the published map shows it once it is placed ({blind})"
    )
    qtbot.waitUntil(lambda: said in panel.status.text(), timeout=20000)
    assert camera_of(reviewer, blind).review_state == "verified"
    panel.refresh()  # the lists read again keep the sentence under them
    qtbot.waitUntil(lambda: not panel.status.text().endswith("…"), timeout=20000)
    assert said in panel.status.text()


def test_a_reviewed_camera_stays_selected_and_the_buttons_say_when_nothing_is(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """Every edit reads the lists again, and a verified camera moves to the top of New and
    changed: before, the rows were filled anew with nothing selected, so the coordinator lost
    sight of the camera she had just verified, and a Verify pressed next did nothing at all,
    without a word. The camera she chose stays selected wherever it moves; with nothing
    selected, Verify, Dispute and Removed (and Merge, Not the same) are greyed."""
    ana_token, reviewer_token = sqlite_team.user(), sqlite_team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(walk_at(tmp_path / "walk", [(45.2, 19.8), (45.21, 19.8)], seed=5301))
    anas = {str(i) for i in ana.camera_ids()}
    assert ana.sync(sqlite_team.url, ana_token).complete
    assert reviewer.sync(sqlite_team.url, reviewer_token).complete
    monkeypatch.setenv(TOKEN_ENV, reviewer_token)
    window = open_window(qtbot, reviewer, settings, tasks, tmp_path)
    panel = review_tab_read(qtbot, window)
    window.tabs.setCurrentWidget(panel)
    panel.tabs.setCurrentIndex(1)
    changed = panel.changed

    def listed() -> list[QTreeWidgetItem]:  # Ana's two among the team's (the server is shared)
        return [i for i in rows(changed) if i.data(0, Qt.ItemDataRole.UserRole)[0] in anas]

    qtbot.waitUntil(lambda: len(listed()) == 2, timeout=20000)
    buttons = {b.text(): b for b in panel.findChildren(QPushButton)}
    verify, dispute, merge = buttons["Verify"], buttons["Dispute"], buttons["Merge"]
    assert not verify.isEnabled() and not dispute.isEnabled() and not merge.isEnabled()

    lower = listed()[-1]  # the one that moves up once verified
    [chosen] = lower.data(0, Qt.ItemDataRole.UserRole)
    changed.setCurrentItem(lower)
    assert verify.isEnabled()
    QTest.mouseClick(verify, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: camera_of(reviewer, uuid.UUID(chosen)).review_state == "verified", timeout=10000
    )
    tasks.wait()
    qtbot.waitUntil(lambda: listed()[0].text(3) == "verified", timeout=20000)
    assert rows(changed).index(listed()[0]) < rows(changed).index(listed()[1])  # it moved up
    selected = [i.data(0, Qt.ItemDataRole.UserRole) for i in changed.selectedItems()]
    assert selected == [[chosen]]
    assert window.selection.ids == (chosen,)
    assert verify.isEnabled()

    changed.clearSelection()
    assert not verify.isEnabled() and not dispute.isEnabled()


def test_lists_the_server_did_not_give_are_not_counted_as_empty(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """A coordinator opens the app on a desktop with no keyring: the server's lists cannot be
    read, and the tabs said "Conflicts (0)" and "Refused (0)" while a conflict waited on the
    server. They now say "(?)" until the lists are read; read, they count them."""
    ana_token, reviewer_token = sqlite_team.user(), sqlite_team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(walk_at(tmp_path / "walk", [(46.9, 19.7)], seed=5304))
    [camera] = ana.camera_ids()
    assert ana.sync(sqlite_team.url, ana_token).complete
    assert reviewer.sync(sqlite_team.url, reviewer_token).complete
    edit(reviewer, lambda s: operations.set_fields(s, camera, {"camera:type": "fixed"}))
    edit(ana, lambda s: operations.set_fields(s, camera, {"camera:type": "dome"}))
    assert reviewer.sync(sqlite_team.url, reviewer_token).complete
    assert ana.sync(sqlite_team.url, ana_token).complete
    with without_a_saved_token(monkeypatch):
        panel = review_tab_read(qtbot, open_window(qtbot, reviewer, settings, tasks, tmp_path))
        qtbot.waitUntil(lambda: bool(panel.data.server_note), timeout=20000)
        titles = [panel.tabs.tabText(i) for i in range(4)]
    assert titles[0] == "Conflicts (?)" and titles[3] == "Refused (?)", titles
    assert titles[1].startswith("New and changed (")  # this laptop's own lists: counted

    monkeypatch.setenv(TOKEN_ENV, reviewer_token)
    panel.refresh_button.click()
    qtbot.waitUntil(lambda: panel.conflicts.topLevelItemCount() >= 1, timeout=20000)
    assert panel.tabs.tabText(0) == f"Conflicts ({panel.conflicts.topLevelItemCount()})"
