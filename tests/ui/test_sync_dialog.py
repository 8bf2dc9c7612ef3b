"""The sync dialog against a real server process: counts, a run, the result, a refused token."""

from __future__ import annotations

import contextlib
import hashlib
import http.server
import re
import shutil
import socket
import threading
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from benchmarks.bench_export import fill_database
from surveyapp.app import install_language, uninstall_language
from surveyapp.cli.sync import make_shareable
from surveyapp.db.database import Database, open_database
from surveyapp.db.models import Camera, Outbox, Photo, SyncRun, SyncState
from surveyapp.photos.importer import import_photos
from surveyapp.sync.client import RetryPolicy, SyncClient
from surveyapp.sync.engine import SyncProgress, run_sync, waiting
from surveyapp.sync.status import recent_runs
from surveyapp.ui.camera_table import COLUMNS
from surveyapp.ui.changes import Changes
from surveyapp.ui.main_window import MainWindow
from surveyapp.ui.settings import Settings
from surveyapp.ui.sync_dialog import SyncDialog
from surveyapp.ui.tasks import TaskRunner
from tests.factory import PhotoSpec, make_jpeg
from tests.live_server import StartServer, start_live_server  # noqa: F401  (a fixture)
from tests.local_http import serving
from tests.proxy import breaking_proxy
from tests.sync.conftest import FAST_RETRY, Team, drain, photo_walk, sqlite_team  # noqa: F401  (the server fixture)
from tests.sync.test_copy_rule import LidClosed
from tests.sync.test_hostile_server import change, empty_pages, error, hostile_server, page
from tests.ui.conftest import run_import, write_photos


def imported(db: Database, folder: Path) -> None:
    with db.session() as session, session.begin():
        list(import_photos(session, [folder], db.library, workers=1))


def open_dialog(qtbot: QtBot, db: Database, tasks: TaskRunner) -> SyncDialog:
    dialog = SyncDialog(db.session_factory, db.read_factory, db.library, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.overview is not None, timeout=5000)
    return dialog


def run(qtbot: QtBot, dialog: SyncDialog, server: str, token: str, timeout: int = 30000) -> None:
    dialog.server.setEditText(server)
    dialog.token.setText(token)
    dialog.sync_button.click()
    assert dialog.task is not None
    qtbot.waitUntil(lambda: dialog.task is not None and not dialog.task.running, timeout=timeout)
    qtbot.waitUntil(lambda: dialog.sync_button.isEnabled(), timeout=5000)


def test_a_sync_from_the_dialog_sends_everything_and_logs_the_run(
    qtbot: QtBot,
    db: Database,
    tasks: TaskRunner,
    sqlite_team: Team,  # noqa: F811
    tmp_path: Path,
) -> None:
    imported(db, write_photos(tmp_path / "walk", 2))
    dialog = open_dialog(qtbot, db, tasks)
    # The survey, two cameras and two photos: the same numbers as `sync --dry-run`.
    assert dialog.waiting.text() == "5 changes and 2 photos waiting"
    assert dialog.overview is not None and dialog.overview.first_sync
    asked: list[bool] = []

    def confirm() -> bool:
        asked.append(True)
        return True

    dialog.confirm_first_sync = confirm
    run(qtbot, dialog, sqlite_team.url, sqlite_team.user())
    assert asked == [True]  # the share preview came first
    assert dialog.summary is not None and dialog.summary.complete
    assert "Everything is in sync" in dialog.status.text()
    qtbot.waitUntil(lambda: dialog.runs.topLevelItemCount() == 1, timeout=5000)
    assert "0 changes and 0 photos waiting" in dialog.waiting.text()
    row = dialog.runs.topLevelItem(0)
    assert row is not None and row.text(1) == sqlite_team.url and row.text(4) == "2"
    dialog.grab().save(str(tmp_path / "sync_dialog.png"))


def test_an_address_typed_before_the_known_servers_are_listed_is_kept(
    qtbot: QtBot, db: Database, tasks: TaskRunner
) -> None:
    """The volunteer types a new server's address as the dialog opens: the list of servers
    this laptop knows, arriving a moment later, does not replace it (it put the last server
    back in the field, and the sync went there)."""
    with db.session_factory() as session, session.begin():
        session.add(SyncState(server_url="https://old.example"))
    dialog = SyncDialog(db.session_factory, db.read_factory, db.library, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.server.setEditText("https://new.example")
    qtbot.waitUntil(lambda: dialog.overview is not None, timeout=5000)
    assert dialog.server.currentText() == "https://new.example"
    assert dialog.server.findText("https://old.example") >= 0  # still offered in the list


def test_a_wrong_token_says_so_and_keeps_the_queue(
    qtbot: QtBot,
    db: Database,
    tasks: TaskRunner,
    sqlite_team: Team,  # noqa: F811
    tmp_path: Path,
) -> None:
    imported(db, write_photos(tmp_path / "walk", 1))
    dialog = open_dialog(qtbot, db, tasks)
    dialog.confirm_first_sync = lambda: True
    with db.session() as session:
        before = waiting(session)
    run(qtbot, dialog, sqlite_team.url, "not-a-valid-token")
    assert f"The server at {sqlite_team.url} refused your token" in dialog.status.text()
    assert "Nothing was lost" in dialog.status.text()
    assert "HTTP" not in dialog.status.text()  # the technical part is behind Details
    assert dialog.details_button.isVisible() and not dialog.details.isVisible()
    dialog.details_button.click()
    assert dialog.details.isVisible()
    assert "AuthError" in dialog.details.toPlainText()
    assert "HTTP 401" in dialog.details.toPlainText()
    qtbot.waitUntil(lambda: dialog.runs.topLevelItemCount() == 1, timeout=5000)
    row = dialog.runs.topLevelItem(0)
    assert row is not None and row.text(6) == "token refused"
    assert "HTTP 401" in row.toolTip(6)
    with db.session() as session:
        assert waiting(session)[0] >= before[0] > 0
        assert waiting(session)[1] == before[1] == 1
        assert recent_runs(session)  # the failed run is logged too
    dialog.grab().save(str(tmp_path / "sync_dialog_refused.png"))


def test_declining_the_preview_sends_nothing(
    qtbot: QtBot,
    db: Database,
    tasks: TaskRunner,
    sqlite_team: Team,  # noqa: F811
    tmp_path: Path,
) -> None:
    imported(db, write_photos(tmp_path / "walk", 1))
    dialog = open_dialog(qtbot, db, tasks)
    dialog.confirm_first_sync = lambda: False
    dialog.server.setEditText(sqlite_team.url)
    dialog.token.setText(sqlite_team.user())
    dialog.sync_button.click()
    assert dialog.task is None
    assert "Nothing was sent" in dialog.status.text()


def test_a_missing_address_or_token_is_explained(
    qtbot: QtBot, db: Database, tasks: TaskRunner
) -> None:
    dialog = open_dialog(qtbot, db, tasks)
    dialog.server.setEditText("surveys.example.org")
    dialog.sync_button.click()
    assert "address" in dialog.status.text() and dialog.task is None
    dialog.server.setEditText("http://127.0.0.1:9")
    dialog.token.clear()
    dialog.sync_button.click()
    assert "token" in dialog.status.text() and dialog.task is None


def test_a_refused_change_is_listed_and_discarded_from_the_dialog(
    qtbot: QtBot,
    db: Database,
    tasks: TaskRunner,
    sqlite_team: Team,  # noqa: F811
    tmp_path: Path,
) -> None:
    from surveyapp.db.database import open_database
    from surveyapp.db.models import Camera
    from tests.sync.conftest import Laptop

    ana = Laptop(open_database(tmp_path / "ana" / "survey.sqlite"))
    try:
        # A picture of her own (the shared server holds other tests' pictures: the same one
        # would become that photo, on that camera).
        ana.import_photos(write_photos(tmp_path / "walk", 1, start=7_000))
        with ana.db.session() as session:
            target = session.scalars(select(Camera.id)).one()
        assert ana.sync(sqlite_team.url, sqlite_team.user()).complete
    finally:
        ana.db.close()
    dialog = open_dialog(qtbot, db, tasks)  # Bojan's laptop: he gets Ana's camera...
    dialog.confirm_first_sync = lambda: True
    token = sqlite_team.user()
    run(qtbot, dialog, sqlite_team.url, token)
    assert dialog.summary is not None and dialog.summary.complete
    with db.session() as session:  # ...and edits it past the app's own check (an old version)
        camera = session.get(Camera, target)
        assert camera is not None
        camera.operator = "City"
        session.commit()
    run(qtbot, dialog, sqlite_team.url, token)
    assert dialog.summary is not None and not dialog.summary.complete
    assert dialog.errors.isVisible() and dialog.errors.isReadOnly()
    listed = dialog.errors.toPlainText()
    assert f"camera {target}" in listed and "not allowed" in listed  # to copy
    assert "refused 1 changes" in dialog.status.text()  # no translator in tests: no plural
    qtbot.waitUntil(lambda: dialog.refused.topLevelItemCount() == 1, timeout=5000)
    assert dialog.refused_box.isVisible()
    row = dialog.refused.topLevelItem(0)
    assert row is not None and "not allowed" in row.text(1)
    dialog.grab().save(str(tmp_path / "sync_dialog_refused_item.png"))
    row.setSelected(True)
    dialog.discard_button.click()
    qtbot.waitUntil(lambda: dialog.refused.topLevelItemCount() == 0, timeout=5000)
    assert not dialog.refused_box.isVisible()
    with db.session() as session:
        camera = session.get(Camera, target)
        assert camera is not None and camera.operator is None  # the server's value, back
    run(qtbot, dialog, sqlite_team.url, token)
    assert dialog.summary is not None and dialog.summary.complete


def stopped_run(
    qtbot: QtBot, db: Database, tasks: TaskRunner, tmp_path: Path, server: str, token: str
) -> SyncDialog:
    """A sync that cannot get through: the queue is kept, the run is listed."""
    imported(db, write_photos(tmp_path / "walk", 1))
    dialog = open_dialog(qtbot, db, tasks)
    dialog.confirm_first_sync = lambda: True
    dialog.retry, dialog.timeout = FAST_RETRY, 1.0
    with db.session() as session:
        before = waiting(session)
    run(qtbot, dialog, server, token)
    with db.session() as session:
        assert waiting(session) == before
        runs = len(recent_runs(session))
    qtbot.waitUntil(lambda: dialog.runs.topLevelItemCount() == runs, timeout=5000)
    return dialog


def test_a_stopped_server_is_said_in_plain_words_with_the_detail_behind_a_button(
    qtbot: QtBot,
    db: Database,
    tasks: TaskRunner,
    start_live_server: StartServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    server = start_live_server(f"sqlite:///{tmp_path / 'server.sqlite'}")
    token = server.add_user("ana")
    server.stop()  # the volunteer's server is down (or the address is wrong)
    dialog = stopped_run(qtbot, db, tasks, tmp_path, server.url, token)
    assert dialog.status.text().endswith(
        f"The server at {server.url} did not answer. Check the address and your connection; "
        "nothing was lost.</span>"
    )
    assert not dialog.details.isVisible()
    dialog.details_button.click()
    detail = dialog.details.toPlainText()
    # In English the words are the technical text's: said once.
    assert detail.startswith("ServerUnavailableError: ") and "ConnectError" in detail
    row = dialog.runs.topLevelItem(0)
    assert row is not None and row.text(1) == server.url
    assert row.text(6) == "no answer from the server" and "ConnectError" in row.toolTip(6)
    dialog.grab().save(str(tmp_path / "sync_dialog_no_answer.png"))


def test_a_stopped_runs_details_say_what_failed_in_the_volunteers_language_first(
    french: None,
    qtbot: QtBot,
    db: Database,
    tasks: TaskRunner,
    start_live_server: StartServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """Details, in French: what failed in French (before, only the English technical text,
    "ConnectError: [Errno 111] Connection refused"), then the English a helper reads."""
    server = start_live_server(f"sqlite:///{tmp_path / 'server.sqlite'}")
    token = server.add_user("ana")
    server.stop()
    dialog = stopped_run(qtbot, db, tasks, tmp_path, server.url, token)
    dialog.details_button.click()
    said, _, technical = dialog.details.toPlainText().partition("\n\n")
    assert said.startswith(f"{server.url} n’a pas répondu à GET /health après "), said
    assert said.endswith(
        " essais : la connexion a été refusée : le serveur tourne-t-il à cette adresse ?"
    ), said
    assert technical.startswith("ServerUnavailableError: ") and "ConnectError" in technical
    # The recent run's result shows whole, in the list's width; the server's address gives
    # up its room first (before, the result was cut at the list's edge, "pas de réponse…").
    dialog.show()
    qtbot.waitExposed(dialog)
    row = dialog.runs.topLevelItem(0)
    assert row is not None and row.text(6) == "pas de réponse du serveur"
    header = dialog.runs.header()
    needed = dialog.runs.fontMetrics().horizontalAdvance(row.text(6))
    assert header.sectionSize(6) >= needed
    right = header.sectionViewportPosition(6) + header.sectionSize(6)
    assert right <= dialog.runs.viewport().width(), (right, dialog.runs.viewport().width())
    assert row.toolTip(1) == server.url


def test_https_to_a_server_without_it_is_a_failed_secure_connection(
    qtbot: QtBot,
    db: Database,
    tasks: TaskRunner,
    sqlite_team: Team,  # noqa: F811
    tmp_path: Path,
) -> None:
    address = sqlite_team.url.replace("http://", "https://")
    dialog = stopped_run(qtbot, db, tasks, tmp_path, address, sqlite_team.user())
    assert f"The secure connection to {address} failed" in dialog.status.text()
    assert "SSL" in dialog.details.toPlainText()
    row = dialog.runs.topLevelItem(0)
    assert row is not None and row.text(6) == "secure connection failed"


class Failing(http.server.BaseHTTPRequestHandler):
    """A server in trouble: every request gets 503 (its proxy has no backend)."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.send_response(503)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *_args: object) -> None:
        pass


class Silent(http.server.BaseHTTPRequestHandler):
    """A server that takes the request and never answers (until the test ends)."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.server.done.wait(30)  # type: ignore[attr-defined]

    def log_message(self, *_args: object) -> None:
        pass


def test_a_failing_server_and_a_silent_one_are_told_apart(
    qtbot: QtBot, db: Database, tasks: TaskRunner, tmp_path: Path
) -> None:
    with serving(Failing) as failing:
        url = f"http://127.0.0.1:{failing.server_address[1]}"
        dialog = stopped_run(qtbot, db, tasks, tmp_path, url, "token")
    assert f"The server at {url} has a problem of its own" in dialog.status.text()
    assert "HTTP 503" in dialog.details.toPlainText()
    row = dialog.runs.topLevelItem(0)
    assert row is not None and row.text(6) == "server error"
    dialog.close()
    with serving(Silent) as silent:
        silent.done = threading.Event()  # type: ignore[attr-defined]
        url = f"http://127.0.0.1:{silent.server_address[1]}"
        try:
            dialog = stopped_run(qtbot, db, tasks, tmp_path / "again", url, "token")
        finally:
            silent.done.set()  # type: ignore[attr-defined]
    assert f"The server at {url} took too long to answer" in dialog.status.text()
    assert "Timeout" in dialog.details.toPlainText()
    assert dialog.runs.topLevelItemCount() == 2  # the failing server's run, then this one
    row = dialog.runs.topLevelItem(0)
    assert row is not None and row.text(6) == "the server took too long"


def test_an_edit_made_while_a_sync_waits_for_its_server_is_saved_at_once(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A sync waiting for a server that does not answer (a captive Wi-Fi, a hung proxy: up to
    six tries of 30 s each, a quarter of an hour for a photo) never holds the volunteer's edits
    back: each is saved at once, not queued behind the sync (before, it waited unsaved for the
    whole run, and closing the app left its process running out of sight until then)."""
    run_import(qtbot, window, [write_photos(tmp_path / "walk", 2)]).accept()
    camera_id = window.store.rows[0].id
    listener = socket.create_server(("127.0.0.1", 0))
    waiting_calls: list[socket.socket] = []

    def take() -> None:  # takes every connection and never answers
        with contextlib.suppress(OSError):
            while True:
                waiting_calls.append(listener.accept()[0])

    threading.Thread(target=take, daemon=True).start()
    dialog = window.open_sync()
    qtbot.waitUntil(lambda: dialog.overview is not None, timeout=5000)
    dialog.confirm_first_sync = lambda: True
    dialog.retry, dialog.timeout = RetryPolicy(attempts=1), 25.0
    dialog.server.setEditText(f"http://127.0.0.1:{listener.getsockname()[1]}")
    dialog.token.setText("surveyapp_not-answered")
    dialog.sync_button.click()
    try:
        qtbot.waitUntil(lambda: bool(waiting_calls), timeout=10000)  # the sync waits
        window.editor.set_fields(camera_id, {"operator": "City of Belgrade"})

        def saved() -> bool:
            with window.db.read_session() as session:
                camera = session.get_one(Camera, uuid.UUID(camera_id))
                return camera.operator == "City of Belgrade"

        qtbot.waitUntil(saved, timeout=5000)
        assert dialog.task is not None and dialog.task.running  # still waiting for its answer
    finally:
        listener.close()
        for call in waiting_calls:
            call.close()
    qtbot.waitUntil(lambda: dialog.task is not None and not dialog.task.running, timeout=40000)
    qtbot.waitUntil(dialog.sync_button.isEnabled, timeout=5000)  # the run has ended


def first_sync_in_french(
    qtbot: QtBot, qapp: QApplication, db: Database, tasks: TaskRunner, team: Team
) -> SyncDialog:
    """The dialog after a first sync run with the app in French, for a new volunteer."""
    assert install_language(qapp, "fr") == "fr"
    try:
        dialog = open_dialog(qtbot, db, tasks)
        dialog.confirm_first_sync = lambda: True
        run(qtbot, dialog, team.url, team.user())
    finally:
        uninstall_language(qapp)
    return dialog


def test_what_the_sync_warns_reaches_the_dialog_in_the_apps_language(
    qtbot: QtBot,
    qapp: QApplication,
    db: Database,
    tasks: TaskRunner,
    sqlite_team: Team,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A photo whose pixels cannot be read stays on the laptop, and the sync says so: in
    French when the app runs in French (before, in English whatever the app's language)."""
    folder = tmp_path / "walk"
    folder.mkdir()
    good = PhotoSpec(latitude=44.93, longitude=20.41, taken=datetime(2026, 3, 2, 10, tzinfo=UTC))
    (folder / "IMG_1220.jpg").write_bytes(make_jpeg(good, seed=1220))
    whole = make_jpeg(PhotoSpec(latitude=44.94, size=(640, 480)), seed=1221)
    (folder / "broken.jpg").write_bytes(whole[: len(whole) // 2])
    imported(db, folder)
    dialog = first_sync_in_french(qtbot, qapp, db, tasks, sqlite_team)
    shown = dialog.errors.toPlainText()
    assert dialog.summary is not None and dialog.summary.kept_photos == 1, shown
    assert dialog.errors.isVisible()
    assert shown == (
        "1 photo reste sur cet ordinateur : ses pixels sont illisibles, aucune copie "
        "partageable ne peut donc en être faite (sa fiche est partagée)"
    )
    # Each count agrees with its own participle (before: "1 photo téléversées").
    assert "1 photo téléversée," in dialog.status.text(), dialog.status.text()
    dialog.grab().save(str(tmp_path / "sync_dialog_fr.png"))


def test_a_photo_whose_copy_the_server_holds_is_said_already_there_in_french(
    qtbot: QtBot,
    qapp: QApplication,
    db: Database,
    tasks: TaskRunner,
    sqlite_team: Team,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The volunteer shares a photo, then imports another file of the same picture (turned by
    another tool): its shareable copy is the one the server holds, so no byte goes, and the
    dialog says "1 photo déjà sur le serveur" (before: "0 photo téléversée" alone, as if the
    photo never reached the team)."""
    from tests.sync.test_one_picture_two_files import ANAS_FILE, BOJANS_FILE

    if not ANAS_FILE.exists():
        pytest.skip("the corpus's orientation samples are not here")
    for number, source in enumerate((ANAS_FILE, BOJANS_FILE)):
        folder = tmp_path / f"card-{number}"
        folder.mkdir()
        shutil.copy(source, folder / source.name)
    imported(db, tmp_path / "card-0")
    dialog = first_sync_in_french(qtbot, qapp, db, tasks, sqlite_team)
    assert dialog.summary is not None and dialog.summary.photos_uploaded == 1
    imported(db, tmp_path / "card-1")
    run_in_french(qtbot, qapp, dialog, sqlite_team.url)
    summary = dialog.summary
    assert summary is not None and summary.complete, summary
    said = dialog.status.text()
    assert "0 photo téléversée, 1 photo déjà sur le serveur," in said, said
    assert "Tout est synchronisé" in said, said
    dialog.grab().save(str(tmp_path / "sync_dialog_already_fr.png"))
    # Among the recent runs too (before: "0" in the Photos column, as if nothing went).
    french, _ = recent_runs_in_french(qtbot, qapp, db, tasks)
    assert french.runs.topLevelItemCount() == 2
    row, first = french.runs.topLevelItem(0), french.runs.topLevelItem(1)
    assert row is not None and first is not None
    assert row.text(4) == "0 (+1 déjà sur le serveur)", row.text(4)
    assert row.toolTip(4) == "0 photo téléversée, 1 photo déjà sur le serveur", row.toolTip(4)
    assert first.text(4) == "1"  # the first run, its photo uploaded
    french.grab().save(str(tmp_path / "recent_runs_already_fr.png"))


def test_a_photos_own_problem_is_listed_in_the_apps_language(
    qtbot: QtBot,
    qapp: QApplication,
    db: Database,
    tasks: TaskRunner,
    sqlite_team: Team,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A photo whose library file is gone gets no shareable copy, and the run's error list
    says so in French, its record's kind and the system's reason too, with the file's path,
    when the app runs in French (before: "photo …: no shareable copy: …" whatever the app's
    language, then "[Errno 2] No such file or directory: '…'", the system's English)."""
    folder = tmp_path / "walk"
    folder.mkdir()
    spec = PhotoSpec(latitude=44.95, longitude=20.42, taken=datetime(2026, 3, 3, 10, tzinfo=UTC))
    (folder / "IMG_1222.jpg").write_bytes(make_jpeg(spec, seed=1222))
    imported(db, folder)
    with db.session() as session:
        photo = session.scalars(select(Photo)).one()
        photo_id = str(photo.id)
        original = db.library / photo.library_path
        original.unlink()
    dialog = first_sync_in_french(qtbot, qapp, db, tasks, sqlite_team)
    shown = dialog.errors.toPlainText()
    assert dialog.errors.isVisible(), shown
    # It says what to do, as the photo pane and the zip do (before: "… : fichier introuvable :
    # '…'", and nothing about bringing the original back).
    assert shown == (
        f"photo {photo_id} : pas de copie partageable : l’original de IMG_1222.jpg manque dans "
        f"la bibliothèque ({original}) : importez de nouveau son fichier pour le remettre en "
        "place"
    ), shown
    dialog.grab().save(str(tmp_path / "sync_dialog_photo_fr.png"))


def test_an_upload_another_upload_holds_is_put_off_in_the_apps_language(
    qtbot: QtBot, qapp: QApplication, db: Database, tasks: TaskRunner, tmp_path: Path
) -> None:
    """A server that answers a photo's upload with "another upload of this photo is under
    way" (a dropped connection's upload holds it) until the laptop's patience ends: the run's
    error list says the photo goes next time, in French when the app runs in French (before,
    in English whatever the app's language)."""
    folder = tmp_path / "walk"
    folder.mkdir()
    spec = PhotoSpec(latitude=44.96, longitude=20.43, taken=datetime(2026, 3, 4, 10, tzinfo=UTC))
    (folder / "IMG_1223.jpg").write_bytes(make_jpeg(spec, seed=1223))
    imported(db, folder)
    with db.session() as session:
        photo_id = str(session.scalars(select(Photo.id)).one())
    patches: list[int] = []

    def held(sha256: str, offset: int, sent: bytes) -> tuple[bytes, int, dict[str, str]]:
        patches.append(offset)
        return error("upload_in_progress"), 409, {}

    dialog = open_dialog(qtbot, db, tasks)
    dialog.confirm_first_sync = lambda: True
    dialog.retry = FAST_RETRY
    with hostile_server(empty_pages, held) as url:
        shown = run_in_french(qtbot, qapp, dialog, url)
    assert patches, shown  # the server was asked, and answered that the photo is held
    assert dialog.summary is not None and dialog.summary.fatal is None, shown
    assert dialog.errors.isVisible()
    assert dialog.errors.toPlainText() == (
        f"photo {photo_id} : un autre envoi de cette photo est en cours ; elle sera envoyée "
        "la prochaine fois"
    )


def run_in_french(qtbot: QtBot, qapp: QApplication, dialog: SyncDialog, server: str) -> list[str]:
    """Sync from the dialog with the app in French; the progress lines it showed."""
    shown: list[str] = []
    assert install_language(qapp, "fr") == "fr"
    try:
        dialog.server.setEditText(server)
        dialog.token.setText(dialog.token.text() or "t")
        dialog.sync_button.click()
        assert dialog.task is not None

        def seen(_progress: SyncProgress) -> None:  # after the dialog's own slot
            shown.append(dialog.status.text())

        dialog.task.progress.connect(seen)
        qtbot.waitUntil(lambda: dialog.task is not None and not dialog.task.running, timeout=30000)
        qtbot.waitUntil(dialog.sync_button.isEnabled, timeout=5000)
    finally:
        uninstall_language(qapp)
    return shown


def test_the_progress_line_is_in_the_apps_language(
    qtbot: QtBot,
    qapp: QApplication,
    db: Database,
    tasks: TaskRunner,
    sqlite_team: Team,  # noqa: F811
    tmp_path: Path,
) -> None:
    """While a run goes on the dialog says "envoi : 3 modifications envoyées" and "réception :
    jusqu’à la modification 40" when the app runs in French (before: "push: 3 changes sent",
    "pull: up to change 40" whatever the app's language)."""
    folder = tmp_path / "walk"
    folder.mkdir()
    spec = PhotoSpec(latitude=44.93, longitude=20.41, taken=datetime(2026, 3, 2, 10, tzinfo=UTC))
    (folder / "IMG_1222.jpg").write_bytes(make_jpeg(spec, seed=1222))
    imported(db, folder)
    dialog = open_dialog(qtbot, db, tasks)
    dialog.confirm_first_sync = lambda: True
    dialog.token.setText(sqlite_team.user())
    shown = run_in_french(qtbot, qapp, dialog, sqlite_team.url)
    assert dialog.summary is not None and dialog.summary.complete, shown
    assert any(re.fullmatch(r"envoi : \d+ modifications envoyées", line) for line in shown), shown
    pulled = re.compile(r"réception : jusqu’à la modification \d+")
    assert any(pulled.fullmatch(line) for line in shown), shown
    assert not any(word in line for line in shown for word in ("push", "pull", "sent")), shown


def test_what_this_laptop_cannot_store_is_noted_in_the_apps_language(
    qtbot: QtBot, qapp: QApplication, db: Database, tasks: TaskRunner
) -> None:
    """A server that sends a camera with no survey, and a change past the end of its page: the
    dialog lists both in French when the app runs in French (before, in English)."""
    camera = change(1, "camera")  # no survey_id: a camera this laptop cannot store
    changes = [camera, change(99, survey_id=str(uuid.uuid4()))]
    dialog = open_dialog(qtbot, db, tasks)
    with hostile_server(lambda since, limit: page(changes if since == 0 else [], 1, False)) as url:
        shown = run_in_french(qtbot, qapp, dialog, url)
    assert dialog.summary is not None and dialog.summary.fatal is None, shown
    assert dialog.errors.isVisible()
    assert dialog.errors.toPlainText().splitlines() == [
        "la modification 99 est hors de cette page (0..1), ignorée",
        f"caméra {camera['record_id']} : non appliquée : il manque survey_id",
    ]
    assert "réception : jusqu’à la modification 1" in shown, shown


def recent_runs_in_french(
    qtbot: QtBot, qapp: QApplication, db: Database, tasks: TaskRunner
) -> tuple[SyncDialog, list[tuple[str, str]]]:
    """The Sync dialog opened in French, and its recent runs' results with their tooltips."""
    assert install_language(qapp, "fr") == "fr"
    try:
        french = open_dialog(qtbot, db, tasks)
    finally:
        uninstall_language(qapp)
    rows = [french.runs.topLevelItem(i) for i in range(french.runs.topLevelItemCount())]
    return french, [(row.text(6), row.toolTip(6)) for row in rows if row is not None]


def test_a_runs_result_among_the_recent_runs_is_in_the_apps_language(
    qtbot: QtBot, qapp: QApplication, db: Database, tasks: TaskRunner, tmp_path: Path
) -> None:
    """A run that left photos waiting is listed among the recent runs in the app's language
    ("0 modification et 2 photos en attente, 0 refusée"; before, the English stored with the
    run), and so is a run an older SurveyApp stored, before refusals were counted."""
    imported(db, write_photos(tmp_path / "walk", 2))

    def refused(sha256: str, offset: int, sent: bytes) -> tuple[bytes, int, dict[str, str]]:
        return error("too_large", "too large"), 413, {}

    with hostile_server(empty_pages, refused) as url:
        dialog = open_dialog(qtbot, db, tasks)
        dialog.confirm_first_sync = lambda: True
        run(qtbot, dialog, url, "t")
    assert dialog.summary is not None and dialog.summary.waiting_photos == 2
    with db.session() as session, session.begin():  # as SurveyApp stored a run before
        when = datetime(2026, 5, 1, 10, tzinfo=UTC)
        session.add(SyncRun(server_url=url, started_at=when, finished_at=when, pushed=3,
                            photos=1, message="1 changes and 1 photos waiting"))  # fmt: skip
    french, shown = recent_runs_in_french(qtbot, qapp, db, tasks)
    assert shown == [
        ("1 modification et 1 photo en attente",) * 2,
        ("0 modification et 2 photos en attente, 0 refusée",) * 2,
    ], shown
    french.grab().save(str(tmp_path / "recent_runs_fr.png"))


def test_what_stopped_a_run_is_named_in_the_apps_language_among_the_recent_runs(
    qtbot: QtBot,
    qapp: QApplication,
    db: Database,
    tasks: TaskRunner,
    sqlite_team: Team,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A run a refused token stopped is listed in French as "jeton refusé", worded by the
    sync's own table of what stops a run, which `sync status` reads too; the English detail
    the run stored stays in its tooltip. A run stored before SurveyApp kept what stopped it
    shows its stored error."""
    stopped_run(qtbot, db, tasks, tmp_path, sqlite_team.url, "wrong")
    with db.session() as session, session.begin():  # as SurveyApp stored a run before 0012
        when = datetime(2026, 5, 1, 10, tzinfo=UTC)
        session.add(SyncRun(server_url=sqlite_team.url, started_at=when, finished_at=when,
                            message="the server refused the token (HTTP 401)"))  # fmt: skip
    french, shown = recent_runs_in_french(qtbot, qapp, db, tasks)
    assert shown == [
        ("the server refused the token (HTTP 401)",) * 2,
        (
            "jeton refusé",
            "the server refused the token: unknown or revoked token (HTTP 401)",
        ),
    ], shown
    french.grab().save(str(tmp_path / "stopped_run_fr.png"))


def test_a_photo_only_a_teammates_laptop_can_send_is_said_with_her_name(
    qtbot: QtBot,
    qapp: QApplication,
    window: MainWindow,
    db: Database,
    sqlite_team: Team,  # noqa: F811
    tmp_path: Path,
) -> None:
    """Ana and Bojan imported the same picture; hers was shared first, but her laptop stopped
    before its copy went, so the server takes the copy from her alone. Bojan's sync says his
    laptop has sent everything and names whose laptop the photo waits for, in the dialog and
    beside the Sync button (before: "Some items were not sent: sync again" and "1 photo
    waiting" after every sync, with nothing he could do)."""
    team = sqlite_team
    ana_token, bojan_token = team.user(), team.user()
    walk = photo_walk(tmp_path / "walk", 1, seed=2390)
    ana = open_database(tmp_path / "ana" / "survey.sqlite")
    try:
        imported(ana, walk)

        def lid_closed_after_the_push(progress: SyncProgress) -> None:
            if progress.stage == "push" and progress.done == progress.total:
                raise LidClosed

        with SyncClient(team.url, ana_token, retry=FAST_RETRY) as client, pytest.raises(LidClosed):
            drain(
                run_sync(ana.session_factory, ana.library, client, make_shareable),
                lid_closed_after_the_push,
            )
    finally:
        ana.close()

    card = tmp_path / "bojans-card"
    shutil.copytree(walk, card)
    pulled: list[bool] = []

    def import_as_it_pulls(progress: SyncProgress) -> None:
        if progress.stage == "pull" and not pulled:  # her record arrives after his import
            imported(db, card)
            pulled.append(True)

    with SyncClient(team.url, bojan_token, retry=FAST_RETRY) as client:
        drain(
            run_sync(db.session_factory, db.library, client, make_shareable, pull_limit=1),
            import_as_it_pulls,
        )
    [picture] = walk.iterdir()
    sha256 = hashlib.sha256(picture.read_bytes()).hexdigest()
    with db.read_session() as session:  # the server is shared: other tests' photos come too
        [owner] = session.scalars(select(Photo.owner).where(Photo.sha256 == sha256)).all()
    assert owner is not None and owner != "bojan"

    assert install_language(qapp, "en") == "en"  # English's singular forms, as the app has them
    try:
        dialog = window.open_sync()
        qtbot.waitUntil(lambda: dialog.overview is not None, timeout=5000)
        run(qtbot, dialog, team.url, bojan_token)
        assert dialog.summary is not None and dialog.summary.left_to_teammates, dialog.summary
        assert dialog.status.text().endswith(
            "This laptop has sent everything; 1 photo waits for a teammate's laptop."
        ), dialog.status.text()
        assert dialog.errors.isVisible()
        assert dialog.errors.toPlainText().startswith(f"1 photo waits for {owner} to sync:")
        qtbot.waitUntil(
            lambda: dialog.overview is not None and dialog.runs.topLevelItemCount() == 2
        )
        assert dialog.waiting.text() == (
            "0 changes and 0 photos waiting, 1 photo for a teammate's laptop"
        )
        row = dialog.runs.topLevelItem(0)
        assert row is not None and row.text(6).endswith("1 photo for a teammate's laptop")
        dialog.close()
        window.refresh_sync_status()
        qtbot.waitUntil(
            lambda: (
                window.sync_status.text()
                == "Nothing waiting to sync · 1 photo waiting for a teammate's laptop"
            ),
            timeout=5000,
        )
        window.grab().save(str(tmp_path / "teammate_waiting.png"))
    finally:
        uninstall_language(qapp)


def test_a_sync_waiting_for_a_silent_server_says_it_tries_again(
    qtbot: QtBot, db: Database, tasks: TaskRunner, tmp_path: Path
) -> None:
    """A server that stopped answering mid-sync: the dialog kept its last line ("prepare:
    136c9fa672f6", the bar full) for minutes while the run waited and tried again out of sight,
    as if the app had frozen; the command line says each try. The dialog now says it too:
    what did not answer, and when it tries again."""
    imported(db, write_photos(tmp_path / "walk", 1))
    listener = socket.create_server(("127.0.0.1", 0))
    waiting_calls: list[socket.socket] = []

    def take() -> None:  # takes every connection and never answers
        with contextlib.suppress(OSError):
            while True:
                waiting_calls.append(listener.accept()[0])

    threading.Thread(target=take, daemon=True).start()
    dialog = open_dialog(qtbot, db, tasks)
    dialog.confirm_first_sync = lambda: True
    dialog.retry, dialog.timeout = RetryPolicy(attempts=3, base=1.0, cap=1.0), 1.0
    dialog.server.setEditText(f"http://127.0.0.1:{listener.getsockname()[1]}")
    dialog.token.setText("surveyapp_not-answered")
    dialog.sync_button.click()
    try:
        qtbot.waitUntil(lambda: "retrying in" in dialog.status.text(), timeout=15000)
        assert dialog.status.text().startswith("retry: GET /health: ")
        assert dialog.task is not None and dialog.task.running
    finally:
        listener.close()
        for call in waiting_calls:
            call.close()
    qtbot.waitUntil(lambda: dialog.task is not None and not dialog.task.running, timeout=30000)
    assert "did not answer" in dialog.status.text()  # and the bar is gone: the run has ended
    assert not dialog.bar.isVisible()


def said_while_an_answer_is_held(
    qtbot: QtBot,
    db: Database,
    tasks: TaskRunner,
    team: Team,
    request: bytes,
    said: Callable[[str], bool],
    token: str | None = None,
) -> str:
    """Sync in the dialog through a proxy that holds the server's answer to ``request``: the
    dialog's line while the run waits for it (``said`` of it true within 5 s, the run still
    going); the answer then goes, and the run ends complete."""
    with breaking_proxy(team.server.port) as proxy:
        proxy.hold_answer_to(request)
        dialog = open_dialog(qtbot, db, tasks)
        dialog.confirm_first_sync = lambda: True
        dialog.server.setEditText(proxy.url)
        dialog.token.setText(token or team.user())
        dialog.sync_button.click()
        try:
            qtbot.waitUntil(proxy.holding.is_set, timeout=15000)
            qtbot.waitUntil(lambda: said(dialog.status.text()), timeout=5000)
            shown = dialog.status.text()
            assert dialog.task is not None and dialog.task.running
        finally:
            proxy.let_answers_go()
        qtbot.waitUntil(lambda: dialog.task is not None and not dialog.task.running, timeout=30000)
    assert dialog.status.text().endswith("Everything is in sync."), dialog.status.text()
    return shown


def test_a_push_waiting_for_the_servers_answer_says_so(
    qtbot: QtBot,
    db: Database,
    tasks: TaskRunner,
    sqlite_team: Team,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A server slow to answer the push: the dialog says the changes went and that it waits
    for the server's answer as soon as the request leaves (before, it kept the last photo
    prepared, "prepare: 136c9fa672f6" with the bar full, for up to 30 s, as if it hung on
    that photo); the answer comes, and the run ends complete."""
    imported(db, write_photos(tmp_path / "walk", 1))
    with db.session() as session:
        changes, _ = waiting(session)
    said = f"push: sending {changes} changes, waiting for the server's answer"
    request = b"POST /api/v1/sync/push "
    said_while_an_answer_is_held(qtbot, db, tasks, sqlite_team, request, said.__eq__)


def test_a_pull_waiting_for_the_servers_first_page_says_so(
    qtbot: QtBot,
    db: Database,
    tasks: TaskRunner,
    sqlite_team: Team,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A server slow to answer the pull: once the photo went, the dialog says it waits for the
    server's first page (before, it kept the last photo sent, "photos: 136c9fa672f6" with the
    bar full, for up to 30 s, as if the sync hung); the page comes, and the run ends
    complete."""
    imported(db, write_photos(tmp_path / "walk", 1))
    said = "pull: waiting for the server's first page"
    request = b"GET /api/v1/sync/pull?"
    said_while_an_answer_is_held(qtbot, db, tasks, sqlite_team, request, said.__eq__)


def test_a_photo_on_its_way_says_which_and_how_big(
    qtbot: QtBot,
    db: Database,
    tasks: TaskRunner,
    sqlite_team: Team,  # noqa: F811
    tmp_path: Path,
) -> None:
    """Two photos whose records went (the lid closed before their copies); the server is slow
    to answer the second one's upload: the dialog says which photo of how many is on its way,
    and its size (before, it kept the first photo, "photos: 136c9fa672f6", as if it hung on
    the photo already sent); the answer comes, and the run ends complete."""
    token = sqlite_team.user()
    imported(db, write_photos(tmp_path / "walk", 2, start=3200))  # pictures no test sent

    def lid_closed_after_the_push(progress: SyncProgress) -> None:
        if progress.stage == "push" and progress.done == progress.total:
            raise LidClosed

    with SyncClient(sqlite_team.url, token, retry=FAST_RETRY) as client, pytest.raises(LidClosed):
        drain(
            run_sync(db.session_factory, db.library, client, make_shareable),
            lid_closed_after_the_push,
        )
    with db.session() as session:
        photos = session.scalars(select(Photo).order_by(Photo.taken_sort)).all()
        assert [photo.upload_state for photo in photos] == ["local", "local"]
        second, size = photos[1].blob_sha256, photos[1].blob_size
    assert second is not None and size is not None
    said = re.compile(r"photos: sending photo 2 of 2 \((\d+) kB\)…")
    shown = said.fullmatch(
        said_while_an_answer_is_held(
            qtbot, db, tasks, sqlite_team, f"PATCH /api/v1/blobs/{second}".encode(),
            lambda text: said.fullmatch(text) is not None, token,
        )
    )  # fmt: skip
    assert shown is not None and int(shown[1]) == round(size / 1024), (shown, size)


def test_a_sync_asking_which_copies_the_server_holds_says_so(
    qtbot: QtBot,
    db: Database,
    tasks: TaskRunner,
    sqlite_team: Team,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A server slow to answer which photo copies it already holds (one request before the
    uploads): the dialog says it asks (before, it kept "push: 5 changes sent" for up to 30 s,
    as if the sync hung); the answer comes, and the run ends complete."""
    imported(db, write_photos(tmp_path / "walk", 2, start=3220))
    said = "photos: 2 photos to send, checking which ones the server has"
    request = b"POST /api/v1/blobs/status "
    said_while_an_answer_is_held(qtbot, db, tasks, sqlite_team, request, said.__eq__)


def test_a_survey_never_synced_says_alike_in_the_toolbar_the_status_bar_and_the_dialog(
    qtbot: QtBot, settings: Settings, tasks: TaskRunner, tmp_path: Path
) -> None:
    """A survey whose records have no outbox row (filled by bulk inserts, as
    `benchmarks.bench_export.fill_database` does, or made before the outbox existed), never
    synced and with no server set: the status bar said "30 waiting to sync" while the toolbar
    said "Nothing waiting to sync"; a sync sends all of it (``enqueue_unsynced``), and the Sync
    dialog counted it. The toolbar says what the dialog says."""
    path = tmp_path / "filled.sqlite"
    fill_database(path, 30, 40)
    db = open_database(path)
    try:
        window = MainWindow(db, settings, tasks, Changes(), tile_cache=tmp_path / "tiles")
        qtbot.addWidget(window)
        window.show()
        window.start()
        qtbot.waitUntil(lambda: window.store.loaded, timeout=5000)
        assert window.counts.text().startswith("30 cameras · ")
        assert window.counts.text().endswith(" · 30 waiting to sync")
        # The survey, 30 cameras and 40 photos' records; their copies are marked as sent.
        qtbot.waitUntil(
            lambda: window.sync_status.text() == "71 changes · 0 photos waiting", timeout=5000
        )
        dialog = window.open_sync()
        assert isinstance(dialog, SyncDialog)
        qtbot.waitUntil(lambda: dialog.overview is not None, timeout=5000)
        assert dialog.waiting.text() == "71 changes and 0 photos waiting"
        dialog.close()
        with db.session() as session:
            assert waiting(session) == (71, 0)
            assert not session.scalars(select(Outbox)).first()  # looking wrote nothing
    finally:
        tasks.wait()
        db.close()


CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "photos"


def test_the_toolbar_and_the_status_bar_agree_on_a_real_walk_before_and_after_its_sync(
    qtbot: QtBot,
    window: MainWindow,
    sqlite_team: Team,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The corpus imported through the app, then synced with a real server from the Sync
    dialog: both say what waits, then both say nothing does (the two photos whose pixels
    cannot be read stay on the laptop and wait for nothing)."""
    if not CORPUS.is_dir():
        pytest.skip("the shared corpus is not here")
    walk = tmp_path / "walk"  # its smaller files: the test server takes photos up to 1 MB
    walk.mkdir()
    for photo in sorted(CORPUS.iterdir()):
        if photo.stat().st_size < 300_000:
            shutil.copy(photo, walk / photo.name)
    run_import(qtbot, window, [walk]).accept()
    cameras = len(window.store.rows)
    assert cameras > 50
    qtbot.waitUntil(
        lambda: window.counts.text().endswith(f" · {cameras} waiting to sync"), timeout=5000
    )
    window.refresh_sync_status()
    qtbot.waitUntil(
        lambda: (
            re.fullmatch(r"\d+ changes · \d+ photos waiting", window.sync_status.text()) is not None
        ),
        timeout=5000,
    )
    dialog = window.open_sync()
    assert isinstance(dialog, SyncDialog)
    qtbot.waitUntil(lambda: dialog.overview is not None, timeout=5000)
    changes, photos = re.findall(r"\d+", window.sync_status.text())
    assert dialog.waiting.text() == f"{changes} changes and {photos} photos waiting"
    dialog.confirm_first_sync = lambda: True
    # A shareable copy made of each photo, on a machine shared with other tests.
    run(qtbot, dialog, sqlite_team.url, sqlite_team.user(), timeout=120000)
    assert dialog.summary is not None and dialog.summary.complete, dialog.status.text()
    dialog.close()
    qtbot.waitUntil(lambda: "waiting" not in window.counts.text(), timeout=10000)
    window.refresh_sync_status()
    qtbot.waitUntil(lambda: window.sync_status.text() == "Nothing waiting to sync", timeout=5000)
    window.grab().save(str(tmp_path / "synced_walk.png"))


def test_a_change_the_server_refused_is_said_alike_by_the_toolbar_the_status_bar_and_the_list(
    qtbot: QtBot,
    window: MainWindow,
    sqlite_team: Team,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A reviewer describes a volunteer's camera and notes another; the coordinator makes her a
    volunteer before she syncs (a role changed), so the server refuses both. The Sync dialog
    said "0 changes and 0 photos waiting" and listed the two refused; the toolbar said "Nothing
    waiting to sync"; the status bar said "2 waiting to sync", the list's Sync column
    "pending" and Unsynced showed them as if a sync would send them, which no sync does. Now
    each says they were refused, and what still waits is counted apart."""
    from surveyapp.cameras import operations
    from surveyapp.server.models import User
    from surveyapp.server.users import authenticate
    from tests.sync.conftest import Laptop

    ana = Laptop(open_database(tmp_path / "ana" / "survey.sqlite"))
    try:  # pictures of her own (the shared server holds other tests' pictures)
        ana.import_photos(write_photos(tmp_path / "walk", 3, start=7_100))
        theirs = sorted(ana.camera_ids(), key=str)
        assert ana.sync(sqlite_team.url, sqlite_team.user()).complete
    finally:
        ana.db.close()
    token = sqlite_team.user("reviewer")
    dialog = window.open_sync()
    assert isinstance(dialog, SyncDialog)
    qtbot.waitUntil(lambda: dialog.overview is not None, timeout=5000)
    dialog.confirm_first_sync = lambda: True
    run(qtbot, dialog, sqlite_team.url, token)
    assert dialog.summary is not None and dialog.summary.complete
    dialog.close()
    with window.db.session() as session:
        operations.set_fields(session, theirs[0], {"operator": "City"})
        operations.set_fields(session, theirs[1], {"notes": "two lenses"})
        session.commit()
    with sqlite_team.database.session() as session:  # the coordinator changes her role
        user = authenticate(session=session, token=token)
        assert user is not None
        session.get_one(User, user.id).role = "volunteer"
        session.commit()
    dialog = window.open_sync()
    assert isinstance(dialog, SyncDialog)
    run(qtbot, dialog, sqlite_team.url, token)
    assert dialog.summary is not None and dialog.summary.refused == 2
    qtbot.waitUntil(lambda: dialog.refused.topLevelItemCount() == 2, timeout=5000)
    assert dialog.waiting.text() == "0 changes and 0 photos waiting"
    dialog.close()
    imported(window.db, write_photos(tmp_path / "hers", 1, start=7_200))  # this one waits
    window.changes.everything()

    window.refresh_sync_status()
    toolbar = "2 changes · 1 photos waiting · 2 refused"
    status_bar = " · 1 waiting to sync · 2 refused"
    with contextlib.suppress(WaitTimeout):  # the status bar's cameras include other tests'
        qtbot.waitUntil(
            lambda: (
                (window.sync_status.text() == toolbar) and window.counts.text().endswith(status_bar)
            ),
            timeout=5000,
        )
    assert window.sync_status.text() == toolbar
    assert window.counts.text().endswith(status_bar), window.counts.text()
    sync_column = [header for header, _, _ in COLUMNS].index("Sync")
    said = {
        row.id: COLUMNS[sync_column][1](row) for row in window.store.rows
    }  # what the list's Sync column says
    [hers] = {camera for camera, sync in said.items() if sync == "pending"}
    assert {camera: said[camera] for camera in (*map(str, theirs), hers)} == {
        str(theirs[0]): "refused", str(theirs[1]): "refused", str(theirs[2]): "synced",
        hers: "pending",
    }  # fmt: skip
    window.table.unsynced.setChecked(True)  # what is not as the server has it
    qtbot.waitUntil(lambda: len(window.table.model.visible) == 3, timeout=5000)


@pytest.mark.parametrize(
    ("language", "toolbar", "status_bar", "dialog"),
    [
        (
            None,
            "1,201 changes · 0 photos waiting",
            ("1,200 cameras · ", " · 1,200 waiting to sync"),
            "1,201 changes and 0 photos waiting",
        ),
        (
            "fr",
            "1\u202f201 modifications · 0 photo en attente",
            ("1\u202f200 caméras · ", " · 1\u202f200 en attente de synchronisation"),
            "1\u202f201 modifications et 0 photo en attente",
        ),
    ],
)
def test_the_toolbar_groups_its_counts_as_the_status_bar_does(
    qtbot: QtBot,
    qapp: QApplication,
    settings: Settings,
    tasks: TaskRunner,
    tmp_path: Path,
    language: str | None,
    toolbar: str,
    status_bar: tuple[str, str],
    dialog: str,
) -> None:
    """The toolbar wrote "1201 changes" beside the status bar's "1,200 cameras" (and in French
    "1201 modifications" beside "1 200 caméras"), the Sync dialog "1201 changes and 0 photos
    waiting": they group their digits as the status bar does, the plural still chosen by the
    count itself (%n)."""
    path = tmp_path / "filled.sqlite"
    fill_database(path, 1200, 0)
    db = open_database(path)
    if language:
        assert install_language(qapp, language) == language
    try:
        window = MainWindow(db, settings, tasks, Changes(), tile_cache=tmp_path / "tiles")
        qtbot.addWidget(window)
        window.show()
        window.start()
        qtbot.waitUntil(lambda: window.store.loaded, timeout=10000)
        with contextlib.suppress(WaitTimeout):
            qtbot.waitUntil(lambda: window.sync_status.text() == toolbar, timeout=5000)
        assert window.sync_status.text() == toolbar
        counts = window.counts.text()
        assert counts.startswith(status_bar[0]) and counts.endswith(status_bar[1]), counts
        opened = window.open_sync()
        assert isinstance(opened, SyncDialog)
        qtbot.waitUntil(lambda: opened.overview is not None, timeout=5000)
        assert opened.waiting.text() == dialog
        opened.close()
    finally:
        if language:
            uninstall_language(qapp)
        tasks.wait()
        db.close()
