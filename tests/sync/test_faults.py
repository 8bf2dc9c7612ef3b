"""Sync under failure: lost answers, replays, cut uploads, a killed client, a revoked token."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from surveyapp.db.database import open_database
from surveyapp.db.models import Camera, Outbox, Photo, Survey
from surveyapp.sync.client import AuthError, NotSurveyAppError, SyncClient
from surveyapp.sync.engine import SyncProgress
from tests.factory import PhotoSpec, make_jpeg
from tests.proxy import BreakingProxy
from tests.sync.conftest import MAX_BLOB_MB, Laptop, Team, photo_walk

CLI = [sys.executable, "-m", "surveyapp.cli"]


def server_records(team: Team, token: str, ids: set[uuid.UUID]) -> dict[uuid.UUID, Any]:
    """The server's current record for each of ``ids`` that it has (pulled from the start)."""
    found: dict[uuid.UUID, Any] = {}
    since = 0
    with SyncClient(team.url, token) as client:
        while True:
            page = client.pull(since, 2000)
            for change in page.changes:
                if change.record_id in ids:
                    assert change.record_id not in found, "a record listed twice"
                    found[change.record_id] = change
            since = page.next
            if not page.more:
                return found


def add_cameras(machine: Laptop, count: int) -> set[uuid.UUID]:
    """``count`` new cameras in a new survey, each queued in the outbox."""
    with machine.db.session() as session:
        survey = Survey(id=uuid.uuid4(), name="Load")
        cameras = [
            Camera(id=uuid.uuid4(), survey=survey, latitude=44.8 + i * 1e-4, longitude=20.46,
                   camera_type="dome", extra_tags={})
            for i in range(count)
        ]  # fmt: skip
        session.add_all([survey, *cameras])
        session.commit()
        return {camera.id for camera in cameras}


@pytest.fixture
def proxy(team: Team) -> Iterator[BreakingProxy]:
    cutter = BreakingProxy(team.server.port)
    yield cutter
    cutter.close()


def test_a_lost_acknowledgement_is_resent_and_answered_as_a_duplicate(
    team: Team, proxy: BreakingProxy, laptop: Callable[[str], Laptop]
) -> None:
    token, reviewer = team.user(), team.user("reviewer")
    machine = laptop("a")
    ids = add_cameras(machine, 150)
    proxy.drop_answer_to(b"POST /api/v1/sync/push")  # the first batch commits; its answer is lost
    summary = machine.sync(proxy.url, token)
    assert proxy.answers_dropped == 1
    assert summary.complete and summary.pushed == 151
    assert machine.waiting() == []
    on_server = server_records(team, reviewer, ids)
    assert set(on_server) == ids
    assert {change.version for change in on_server.values()} == {1}  # each applied once


def test_a_replayed_batch_changes_nothing(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """A laptop restored from a backup sends its whole queue again: all duplicates."""
    token, reviewer = team.user(), team.user("reviewer")
    machine = laptop("a")
    machine.import_photos(photo_walk(tmp_path / "walk", 2))
    ids = add_cameras(machine, 20) | machine.camera_ids()
    backup = tmp_path / "backup.sqlite"
    with sqlite3.connect(machine.db.path) as connection:  # VACUUM runs outside a transaction
        connection.execute(f"VACUUM INTO '{backup}'")
    connection.close()
    first = machine.sync(team.url, token)
    assert first.complete and first.pushed == 1 + 20 + 1 + 2 + 2

    replayed = open_database(backup)
    shutil.copytree(machine.db.library, replayed.library, dirs_exist_ok=True)
    try:
        again = Laptop(replayed).sync(team.url, token)
    finally:
        replayed.close()
    assert again.complete and again.pushed == first.pushed and again.conflicts == 0
    on_server = server_records(team, reviewer, ids)
    assert set(on_server) == ids and {c.version for c in on_server.values()} == {1}


def test_uploads_cut_at_random_offsets_resume_to_exact_verified_copies(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    token, reviewer = team.user(), team.user("reviewer")
    machine = laptop("a")
    folder = tmp_path / "walk"
    folder.mkdir()
    for i in range(20):
        spec = PhotoSpec(latitude=44.8 + i * 0.001, size=(320, 240))
        (folder / f"IMG_{i}.jpg").write_bytes(make_jpeg(spec, seed=500 + i, noise=True))
    machine.import_photos(folder)
    with machine.db.session() as session:  # noise, not people: spare the detectors' time
        session.scalars(select(Survey)).one().blur_people = False
        session.commit()
    cutter = BreakingProxy(team.server.port)
    rng = random.Random(20261130)
    try:
        # One cut in each photo's upload, anywhere from the headers to the last byte.
        cutter.cut_uploads([rng.random() for _ in range(20)])
        summary = machine.sync(cutter.url, token)
    finally:
        cutter.close()
    assert cutter.cuts_made == 20
    assert summary.complete and summary.photos_uploaded == 20
    with machine.db.session() as session:  # (others' photos, pulled from the shared server, aside)
        photos = session.scalars(select(Photo).where(Photo.upload_state != "remote")).all()
    assert len(photos) == 20 and {p.upload_state for p in photos} == {"uploaded"}
    assert len({p.blob_sha256 for p in photos}) == 20
    on_server = server_records(team, reviewer, {p.id for p in photos})
    assert len(on_server) == 20
    with httpx.Client(headers={"Authorization": f"Bearer {reviewer}"}) as http:
        for photo in photos:
            head = http.head(team.server.api(f"/blobs/{photo.blob_sha256}"))
            assert head.status_code == 200
            assert int(head.headers["content-length"]) == photo.blob_size
            body = http.get(team.server.api(f"/blobs/{photo.blob_sha256}")).content
            assert hashlib.sha256(body).hexdigest() == photo.blob_sha256


def _outbox_size(path: Path) -> int:
    import sqlite3

    with sqlite3.connect(path, timeout=10) as connection:
        size: int = connection.execute(
            "SELECT count(*) FROM outbox WHERE state != 'sent'"
        ).fetchone()[0]
    connection.close()
    return size


@pytest.mark.slow
def test_a_client_killed_mid_sync_finishes_on_the_next_run(
    team: Team, laptop: Callable[[str], Laptop]
) -> None:
    token, reviewer = team.user(), team.user("reviewer")
    machine = laptop("a")
    ids = add_cameras(machine, 1200)
    path = machine.db.path
    process = subprocess.Popen(
        [*CLI, "--db", str(path), "sync", "--server", team.url, "--token", token],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while _outbox_size(path) > 1001 - 300 and time.monotonic() < deadline:  # a few batches in
        assert process.poll() is None, "the sync ended before it could be killed"
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    left = _outbox_size(path)
    assert 0 < left < 1201

    summary = machine.sync(team.url, token)
    assert summary.complete
    on_server = server_records(team, reviewer, ids)
    assert set(on_server) == ids and {c.version for c in on_server.values()} == {1}
    with machine.db.session() as session:
        waiting = select(func.count()).select_from(Outbox).where(Outbox.state != "sent")
        assert session.scalar(waiting) == 0
        versions = set(session.scalars(select(Camera.server_version).where(Camera.id.in_(ids))))
        assert versions == {1}


def test_a_token_revoked_mid_queue_stops_the_run_and_keeps_the_rest(
    team: Team, laptop: Callable[[str], Laptop]
) -> None:
    token, reviewer = team.user(), team.user("reviewer")
    machine = laptop("a")
    ids = add_cameras(machine, 150)

    def revoke_after_first_batch(progress: SyncProgress) -> None:
        if progress.stage == "push" and progress.done == 100:
            team.revoke(token)

    with pytest.raises(AuthError, match="refused the token"):
        machine.sync(team.url, token, each=revoke_after_first_batch)
    assert len(machine.waiting()) == 151 - 100  # the first batch went; the rest waits
    assert len(server_records(team, reviewer, ids)) == 99

    # The command line says so, with exit status 3, and still keeps every change.
    done = subprocess.run(
        [*CLI, "--db", str(machine.db.path), "sync", "--server", team.url, "--token", token],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 3, done.stderr
    assert "refused the token" in done.stderr and token not in done.stderr
    assert len(machine.waiting()) == 51

    assert machine.sync(team.url, team.user("reviewer")).complete
    assert set(server_records(team, reviewer, ids)) == ids


def test_a_volunteer_given_a_new_token_sends_what_waited_on_her_laptop(
    sqlite_team: Team, laptop: Callable[[str], Laptop]
) -> None:
    """Her token was revoked (a laptop reported lost, found again): her edits wait. The
    coordinator gives her a new token with `surveyapp server new-token`; the same laptop sends
    them as hers (before: only a new user could be made, whom the server refused her own
    cameras to, so the queue stayed stuck for good). The old token stays refused."""
    from surveyapp.server.models import User
    from surveyapp.server.users import token_hash

    team = sqlite_team
    token, reviewer = team.user(), team.user("reviewer")
    machine = laptop("ana")
    ids = add_cameras(machine, 2)
    assert machine.sync(team.url, token).complete
    camera = sorted(ids)[0]
    with machine.db.session() as session, session.begin():
        edited = session.get(Camera, camera)
        assert edited is not None
        edited.notes = "written while the token was revoked"
    team.revoke(token)
    with pytest.raises(AuthError, match="refused the token"):
        machine.sync(team.url, token)
    with team.database.session() as session:
        name = session.scalars(select(User.name).where(User.token_hash == token_hash(token))).one()
    done = subprocess.run(
        [*CLI, "server", "new-token", name, "--database-url", str(team.database.engine.url)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "the old one no longer works" in done.stderr
    new = done.stdout.strip().splitlines()[-1]
    assert new != token and new.startswith("surveyapp_")
    summary = machine.sync(team.url, new)
    assert summary.complete and summary.refused == 0, summary
    assert server_records(team, reviewer, {camera})[camera].fields["notes"] == (
        "written while the token was revoked"
    )
    with pytest.raises(AuthError):
        machine.sync(team.url, token)
    missing = subprocess.run(
        [*CLI, "server", "new-token", "nobody", "--database-url", str(team.database.engine.url)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert missing.returncode == 2 and "no user named 'nobody'" in missing.stderr


def test_one_poison_item_does_not_block_the_rest(
    team: Team, laptop: Callable[[str], Laptop]
) -> None:
    token = team.user()
    machine = laptop("a")
    ids = add_cameras(machine, 5)
    poison = sorted(ids)[2]
    with machine.db.session() as session:
        camera = session.get(Camera, poison)
        assert camera is not None
        camera.height = 5000.0  # the server accepts 0..1000 m
        camera.notes = "NUL\x00byte"
        session.commit()
    summary = machine.sync(team.url, token)
    assert not summary.complete
    assert summary.pushed == 5 and summary.waiting_changes == 0 and summary.refused == 1
    [error] = summary.errors
    assert (error.record_type, error.record_id) == ("camera", str(poison))
    assert "height" in error.message and "U+0000" in error.message
    assert str(poison) in str(error)  # what the command line prints, to copy
    [row] = machine.waiting()
    assert row.state == "failed" and row.record_id == poison


class _Portal(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        body = b"<html><body>Welcome! Please accept the terms to use the Wi-Fi.</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET  # noqa: N815

    def log_message(self, *_args: Any) -> None:
        pass


def test_a_captive_portal_is_not_taken_for_the_server(
    laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    machine = laptop("a")
    machine.import_photos(photo_walk(tmp_path / "walk", 1))
    portal = ThreadingHTTPServer(("127.0.0.1", 0), _Portal)
    threading.Thread(target=portal.serve_forever, daemon=True).start()
    try:
        with pytest.raises(NotSurveyAppError, match="captive portal or proxy"):
            machine.sync(f"http://127.0.0.1:{portal.server_port}", "t")
    finally:
        portal.shutdown()
        portal.server_close()
    assert len(machine.outbox()) == 3
    with machine.db.session() as session:
        assert session.scalars(select(Photo.upload_state)).all() == ["local"]


def test_a_photo_over_the_servers_size_limit_is_refused_alone(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    team = sqlite_team  # takes photos up to MAX_BLOB_MB
    machine = laptop("a")
    folder = tmp_path / "walk"
    folder.mkdir()
    big = PhotoSpec(latitude=44.81, size=(1400, 1050))
    (folder / "big.jpg").write_bytes(make_jpeg(big, seed=41, noise=True))
    (folder / "small.jpg").write_bytes(make_jpeg(PhotoSpec(latitude=44.82), seed=42))
    machine.import_photos(folder)
    with machine.db.session() as session:
        session.scalars(select(Survey)).one().blur_people = False
        session.commit()
    summary = machine.sync(team.url, team.user())
    assert not summary.complete and summary.photos_uploaded == 1
    with machine.db.session() as session:
        ours = select(Photo.file_name, Photo.upload_state).where(Photo.upload_state != "remote")
        states = {name: state for name, state in session.execute(ours)}
        big_photo = session.scalars(select(Photo).where(Photo.file_name == "big.jpg")).one()
    assert big_photo.blob_size is not None and big_photo.blob_size > MAX_BLOB_MB * 2**20
    assert states == {"big.jpg": "local", "small.jpg": "uploaded"}
    [error] = summary.errors
    assert error.record_id == str(big_photo.id) and "413" in error.message
    assert summary.waiting_photos == 1 and summary.waiting_changes == 0


def test_progress_arrives_as_each_photo_is_prepared_and_a_cancel_stops_there(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Shared copies take about a second each: the run reports each one as it is made, so the
    app's progress moves and its Cancel (closing the run between steps) leaves the rest alone."""
    from surveyapp.cli.sync import make_shareable
    from surveyapp.sync.engine import progress_line, run_sync

    machine = laptop("a")
    machine.import_photos(photo_walk(tmp_path / "walk", 3))
    with SyncClient(sqlite_team.url, sqlite_team.user()) as client:
        steps = run_sync(machine.db.session_factory, machine.db.library, client, make_shareable)
        first = next(p for p in steps if p.stage == "prepare")
        steps.close()  # what Cancel does
    assert (first.done, first.total) == (1, 3)
    # Said in words, as the uploads are (before: "prepare: 136c9fa672f6", for minutes).
    assert progress_line(first) == "prepare: shareable copy of photo 1 of 3 made"
    with machine.db.session() as session:
        made = session.scalar(
            select(func.count()).select_from(Photo).where(Photo.blob_sha256.is_not(None))
        )
    assert made == 1
