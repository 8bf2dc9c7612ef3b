"""A reviewer merges a volunteer's camera into another while she has it open in the camera
panel: her next sync (from the Sync dialog, against a real server process) brings the merge,
and the panel says where the camera went, by whom, and offers to show it."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from surveyapp.cameras import operations
from surveyapp.ui.duplicate_dialog import CameraSide, read_pair
from surveyapp.ui.main_window import MainWindow
from surveyapp.ui.settings import Settings
from surveyapp.ui.tasks import TaskRunner
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import Laptop, Team
from tests.sync.test_review_work import walk_at
from tests.sync.test_team_cases import camera_of, edit, httpx_client
from tests.ui.test_review_panel import open_window
from tests.ui.test_side_by_side import cli
from tests.ui.test_sync_dialog import run

sqlite_team = sync_fixtures.sqlite_team
laptop = sync_fixtures.laptop


def merged_by_reviewer(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path, seed: int
) -> tuple[Laptop, str, uuid.UUID, uuid.UUID, Callable[[], None], str]:
    """Ana's two cameras on the server and on her laptop; the merge of the first (``gone``)
    into the second (``kept``) made by a reviewer, to be sent by ``send`` (who: the reviewer's
    name)."""
    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(walk_at(tmp_path / "walk", [(46.3, 19.2), (46.31, 19.2)], seed=seed))
    gone, kept = sorted(ana.camera_ids(), key=str)
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    with httpx_client(team, reviewer_token) as http:
        who = http.get("/me").json()["data"]["name"]

    def send() -> None:
        edit(reviewer, lambda s: operations.merge_cameras(s, [kept, gone]))
        assert reviewer.sync(team.url, reviewer_token).complete

    return ana, ana_token, gone, kept, send, who


def sync_in_window(qtbot: QtBot, window: MainWindow, team: Team, token: str) -> None:
    dialog = window.open_sync()
    qtbot.waitUntil(lambda: dialog.overview is not None, timeout=5000)
    run(qtbot, dialog, team.url, token)
    assert dialog.summary is not None and dialog.summary.complete
    dialog.close()


def test_a_pulled_merge_says_where_the_open_camera_went_and_shows_it(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path,
) -> None:  # fmt: skip
    """Before, the panel emptied to its first steps without a word: the camera she was
    looking at was gone, nobody said where."""
    team = sqlite_team
    ana, token, gone, kept, send, who = merged_by_reviewer(team, laptop, tmp_path, 4340)
    window = open_window(qtbot, ana, settings, tasks, tmp_path)
    window.selection.set([str(gone)])
    panel = window.panel
    qtbot.waitUntil(lambda: panel.details is not None and panel.details.id == gone)
    send()
    sync_in_window(qtbot, window, team, token)
    qtbot.waitUntil(lambda: panel.gone.isVisible(), timeout=10_000)
    assert panel.gone_label.text() == (
        f"This camera was merged into camera {kept} by {who} (brought by a sync)."
    )
    assert panel.show_survivor.isVisible()
    panel.show_survivor.click()
    qtbot.waitUntil(lambda: panel.details is not None and panel.details.id == kept)
    assert window.selection.ids == (str(kept),)

    # A comparison of the pair opened before the sync says it too (before: "This camera is
    # gone (merged or deleted meanwhile).").
    with ana.db.session() as session:
        sides = read_pair(session, (gone, kept), ana.db.library)
    side = CameraSide("A", tasks)
    qtbot.addWidget(side)
    side.set_side(sides[0])
    assert side.photo.text() == (
        f"This camera was merged into camera {kept} by {who} (brought by a sync)."
    )


def test_what_she_typed_in_a_camera_a_pull_merged_away_is_said_with_where_it_went(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path,
) -> None:  # fmt: skip
    """She types an operator into the camera as a sync in a terminal brings the reviewer's merge
    of it. Before, nothing was said: the panel emptied and her typing went, unseen, onto the
    camera it was merged into (a reviewer's decision she had not seen). What she typed is now
    said not saved, with where the camera went, as a push of that edit would say it."""
    team = sqlite_team
    ana, token, gone, kept, send, who = merged_by_reviewer(team, laptop, tmp_path, 4341)
    window = open_window(qtbot, ana, settings, tasks, tmp_path)
    window.selection.set([str(gone)])
    panel = window.panel
    qtbot.waitUntil(lambda: panel.details is not None and panel.details.id == gone)
    operator = panel.form.texts["operator"]
    operator.setFocus()
    qtbot.waitUntil(operator.hasFocus)
    QTest.keyClicks(operator, "City police")
    send()
    # In a terminal, meanwhile; it says where her camera went.
    done = cli(ana.db.path, "sync", "--server", team.url, "--token", token)
    assert f"camera {gone} was merged into camera {kept} by {who}" in done.stdout + done.stderr
    qtbot.waitUntil(lambda: panel.gone.isVisible(), timeout=10_000)
    assert window.message.text() == (
        f"The camera was merged into camera {kept} by {who} (brought by a sync): "
        "what you typed was not saved (Operator: City police)"
    )
    # Kept on the panel (the status bar's next message replaces that line) and put, by her
    # click, on the camera it went into: her own.
    assert panel.typed_label.text() == "What you typed has not been saved: Operator: City police."
    panel.put_typed.click()
    qtbot.waitUntil(lambda: panel.details is not None and panel.details.id == kept)
    assert camera_of(ana, kept).operator == "City police"


def test_what_she_typed_in_a_camera_a_pull_merged_away_is_offered_on_the_camera_it_went_into(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path,
) -> None:  # fmt: skip
    """She saves an operator in the camera a reviewer has just merged into another of hers, and
    syncs: the server does not apply her edit (the camera was gone). Before, the Sync dialog
    said so and the panel only where the camera went: her value was on no camera, to be typed
    again by hand. The panel now offers it on the camera it went into, and puts it there in one
    click as a normal edit that her next sync sends."""
    team = sqlite_team
    ana, token, gone, kept, send, who = merged_by_reviewer(team, laptop, tmp_path, 4342)
    edit(ana, lambda s: operations.set_fields(s, kept, {"notes": "Kiosk corner"}))
    edit(ana, lambda s: operations.set_fields(s, gone, {"notes": "Pole by the bakery"}))
    assert ana.sync(team.url, token).complete
    window = open_window(qtbot, ana, settings, tasks, tmp_path)
    window.selection.set([str(gone)])
    panel = window.panel
    qtbot.waitUntil(lambda: panel.details is not None and panel.details.id == gone)
    operator = panel.form.texts["operator"]
    operator.setFocus()
    qtbot.waitUntil(operator.hasFocus)
    QTest.keyClicks(operator, "City police")
    QTest.keyClick(operator, Qt.Key.Key_Return)  # saved, to be sent with her next sync
    notes = panel.form.notes
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    notes.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(notes, ", two lenses")
    operator.setFocus()  # leaving the notes saves them
    qtbot.waitUntil(lambda: any(row.fields.get("notes") for row in ana.waiting()))
    assert any(row.fields.get("operator") for row in ana.waiting())
    send()
    sync_in_window(qtbot, window, team, token)
    qtbot.waitUntil(lambda: panel.gone.isVisible(), timeout=10_000)
    assert panel.typed_label.isVisible()
    assert panel.typed_label.text() == (
        "What you typed has not been saved: "
        "Operator: City police; Notes: Pole by the bakery, two lenses."
    )
    assert panel.put_typed.isVisible()

    panel.put_typed.click()
    qtbot.waitUntil(lambda: panel.details is not None and panel.details.id == kept)
    assert panel.form.texts["operator"].text() == "City police"
    # Her notes take the place of those she typed over, which the merge had joined.
    assert camera_of(ana, kept).notes == "Kiosk corner\nPole by the bakery, two lenses"
    done = cli(ana.db.path, "sync", "--server", team.url, "--token", token)
    assert done.returncode == 0, done.stdout + done.stderr
    # Another reviewer's laptop gets it as any edit of the camera.
    reviewer = laptop("desk")
    assert reviewer.sync(team.url, team.user("reviewer")).complete
    assert camera_of(reviewer, kept).operator == "City police"


def test_what_she_typed_in_a_camera_merged_into_a_teammates_says_who_can_make_it(
    qtbot: QtBot, sqlite_team: Team, laptop: Callable[[str], Laptop], settings: Settings,
    tasks: TaskRunner, tmp_path: Path, french: None,
) -> None:  # fmt: skip
    """A reviewer merges her camera into Bojan's just after she saved notes in it: the server
    would refuse her edit of his camera, so no edit is offered; what she typed stays said on
    the panel, with who can make it there (before: nothing on the panel said it). In French,
    as French writes it (a space before each colon)."""
    team = sqlite_team
    ana_token, bojan_token, reviewer_token = team.user(), team.user(), team.user("reviewer")
    ana, bojan, reviewer = laptop("ana"), laptop("bojan"), laptop("reviewer")
    ana.import_photos(walk_at(tmp_path / "ana-walk", [(46.32, 19.21)], seed=4343))
    bojan.import_photos(walk_at(tmp_path / "bojan-walk", [(46.3201, 19.2101)], seed=4344))
    (gone,) = ana.camera_ids()
    (his,) = bojan.camera_ids()
    assert ana.sync(team.url, ana_token).complete
    assert bojan.sync(team.url, bojan_token).complete
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    window = open_window(qtbot, ana, settings, tasks, tmp_path)
    window.selection.set([str(gone)])
    panel = window.panel
    qtbot.waitUntil(lambda: panel.details is not None and panel.details.id == gone)
    notes = panel.form.notes
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    QTest.keyClicks(notes, "Second lens under the first")
    panel.form.texts["operator"].setFocus()  # leaving the notes saves them
    qtbot.waitUntil(lambda: any(row.fields.get("notes") for row in ana.waiting()))
    edit(reviewer, lambda s: operations.merge_cameras(s, [his, gone]))
    assert reviewer.sync(team.url, reviewer_token).complete
    sync_in_window(qtbot, window, team, ana_token)
    qtbot.waitUntil(lambda: panel.gone.isVisible(), timeout=10_000)
    assert panel.typed_label.text() == (
        "Ce que vous avez saisi n’a pas été enregistré : Notes : Second lens under the first. "
        f"La caméra {his} est celle d’un coéquipier : seule cette personne ou un relecteur "
        "peut la modifier."
    )
    assert not panel.put_typed.isVisible()
