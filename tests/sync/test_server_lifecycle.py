"""The server's life as laptops see it: restored from a backup, replaced copies withdrawn, a
newer or older protocol, an upload held by a connection that went silent."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from surveyapp.cameras import operations
from surveyapp.cli.sync import make_shareable
from surveyapp.db.files import shared_path
from surveyapp.db.models import Camera, Photo, Survey
from surveyapp.photos.sharing import Box, add_rectangle
from surveyapp.server.database import ServerDatabase
from surveyapp.server.ledger import TokenLedger
from surveyapp.server.models import User
from surveyapp.server.users import create_user, token_hash
from surveyapp.sync.blobs import UploadBusyError, upload_blob
from surveyapp.sync.client import AuthError, RetryPolicy, SyncClient, SyncError
from surveyapp.sync.engine import HISTORY_CHANGED, run_sync
from tests.live_server import start_server
from tests.proxy import breaking_proxy
from tests.sync.conftest import FAST_RETRY, Laptop, Team, drain, photo_walk
from tests.sync.test_convergence import Backend, server_state
from tests.sync.test_team_cases import (
    assert_everyone_equals_the_server,
    camera_of,
    edit,
    live_photos,
)


@pytest.fixture(params=["sqlite", "postgresql"])
def own_team(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Team, Backend]]:
    """A server of this test's own (it is restored and restarted), and how to back it up."""
    backend = Backend(request.param, tmp_path)
    url = backend.open()
    server = start_server(url, tmp_path / "blobs", extra_args=["--retract-after-hours", "0"])
    database = ServerDatabase(url)
    try:
        yield Team(server, database), backend
    finally:
        database.close()
        server.stop()
        backend.close()


def restore(team: Team, backend: Backend) -> None:
    team.server.stop()
    backend.restore()
    team.server.restart()


def test_a_server_restored_from_a_backup_gets_back_what_the_laptops_sent(
    own_team: tuple[Team, Backend], laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """The coordinator restores last night's backup. Laptops find the server's history changed
    (even one whose checkpoint the restored server has since passed again), send again what they
    told it, and pull everything: nothing acknowledged is lost, nothing is doubled (before:
    acknowledged edits were gone and every sync still said complete)."""
    team, backend = own_team
    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(photo_walk(tmp_path / "ana", 2, seed=51))
    first, second = sorted(ana.camera_ids())
    assert ana.sync(team.url, ana_token).complete
    backend.backup()
    edit(ana, lambda s: operations.set_fields(s, first, {"operator": "Police"}))
    edit(ana, lambda s: operations.merge_cameras(s, [first, second]))
    assert ana.sync(team.url, ana_token).complete  # acknowledged after the backup
    reviewer.import_photos(photo_walk(tmp_path / "reviewer", 1, seed=52))
    [theirs] = reviewer.camera_ids()
    assert reviewer.sync(team.url, reviewer_token).complete

    restore(team, backend)
    edit(reviewer, lambda s: operations.set_fields(s, theirs, {"camera:type": "dome"}))
    edit(reviewer, lambda s: operations.set_fields(s, first, {"height": "4"}))
    again = reviewer.sync(team.url, reviewer_token)  # the counter passes ana's checkpoint
    assert HISTORY_CHANGED in again.warnings
    noticed = ana.sync(team.url, ana_token)
    assert HISTORY_CHANGED in noticed.warnings and noticed.complete, noticed.errors
    for machine, token in ((reviewer, reviewer_token), (ana, ana_token)):
        summary = machine.sync(team.url, token)
        assert summary.complete and HISTORY_CHANGED not in summary.warnings
    for machine in (ana, reviewer):
        camera = camera_of(machine, first)
        assert (camera.operator, camera.height) == ("Police", 4.0)
        assert second not in machine.camera_ids() and theirs in machine.camera_ids()
        assert camera_of(machine, theirs).camera_type == "dome"
    state = server_state(team.url, reviewer_token)
    shas = [
        c.fields["sha256"] for c in state.values() if c.record_type == "photo" and not c.deleted
    ]
    assert len(shas) == len(set(shas)) == 3
    assert_everyone_equals_the_server(team, reviewer_token, ana, reviewer)
    with httpx.Client(headers={"Authorization": f"Bearer {reviewer_token}"}) as http:
        for machine in (ana, reviewer):  # every photo's copy is on the server again
            with machine.db.session() as session:
                for photo in session.scalars(select(Photo).where(Photo.library_path != "")):
                    url = team.server.api(f"/blobs/{photo.blob_sha256}")
                    assert http.head(url).status_code == 200


def test_a_token_revoked_after_the_backup_stays_revoked_once_the_server_is_restored(
    own_team: tuple[Team, Backend], laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Bojan's laptop is lost: the coordinator revokes his token, and gives Ana a new one (she
    feared hers had leaked). Later the database is restored from a backup taken before both,
    which holds both old tokens as valid. The server revokes them again as it starts, and says
    whose (before: the lost laptop's token synced again and could read every teammate's
    records, unless the coordinator remembered to revoke it a second time)."""
    team, backend = own_team
    ana_token, bojan_token = team.user(), team.user()
    ana, bojan = laptop("ana"), laptop("bojan")
    bojan.import_photos(photo_walk(tmp_path / "bojan", 1, seed=3001))
    assert bojan.sync(team.url, bojan_token).complete
    assert ana.sync(team.url, ana_token).complete
    backend.backup()

    team.revoke(bojan_token)
    with team.database.session() as session:
        names = {
            token: session.scalars(
                select(User.name).where(User.token_hash == token_hash(token))
            ).one()
            for token in (ana_token, bojan_token)
        }
    url = str(team.database.engine.url.render_as_string(hide_password=False))

    def server_command(*arguments: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "surveyapp.cli", "server", *arguments],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done.stdout

    def new_token(name: str) -> str:
        return server_command("new-token", name, "--database-url", url).strip().splitlines()[-1]

    new_ana = new_token(names[ana_token])
    assert ana.sync(team.url, new_ana).complete
    # The running server writes both down in its storage folder within seconds.
    ledger = TokenLedger(tmp_path / "blobs")
    wanted = {token_hash(ana_token), token_hash(bojan_token)}
    deadline = time.monotonic() + 60
    while not wanted <= ledger.read()[1]:
        assert time.monotonic() < deadline, "the server did not record the revoked tokens"
        time.sleep(0.1)

    restore(team, backend)
    log = team.server.log_when(lambda text: "revoked again for" in text)
    assert names[ana_token] in log and names[bojan_token] in log
    for machine, token in ((bojan, bojan_token), (ana, ana_token)):
        with pytest.raises(AuthError, match="refused the token"):
            machine.sync(team.url, token)
    listed = server_command("list-users", "--database-url", url).splitlines()
    revoked = {line.split("\t")[0] for line in listed if line.endswith("\trevoked")}
    assert revoked == {names[ana_token], names[bojan_token]}
    # Ana's token made after the backup is unknown to the restored database: the coordinator
    # gives her another, as the restore drill says, and her laptop syncs as before.
    with pytest.raises(AuthError):
        ana.sync(team.url, new_ana)
    summary = ana.sync(team.url, new_token(names[ana_token]))
    assert summary.complete, summary.errors
    # Restarted again, the server finds nothing to revoke: nothing is said twice.
    team.server.restart()
    assert team.server.log_text().count("revoked again for") == 1


def test_a_second_restore_right_after_a_resend_is_found_too(
    own_team: tuple[Team, Backend], laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """The server is restored; Ana's laptop finds it, sends her journal again, and the sync is
    cut before it pulls (her pull checkpoint is 0 then). The server is restored again: her
    laptop must find that too, though 0 is in every history, and send again (before: the photo
    the second restore lost never reached the server again, and every sync said complete)."""
    team, backend = own_team
    token = team.user()
    ana = laptop("ana")
    ana.import_photos(photo_walk(tmp_path / "first", 1, seed=57))
    assert ana.sync(team.url, token).complete
    backend.backup()
    ana.import_photos(photo_walk(tmp_path / "second", 1, seed=58))
    assert ana.sync(team.url, token).complete
    restore(team, backend)
    with SyncClient(team.url, token, retry=FAST_RETRY) as client:
        steps = run_sync(ana.db.session_factory, ana.db.library, client, make_shareable)
        while next(steps).stage not in ("photos", "pull"):
            pass
        steps.close()  # the lid closes: everything resent, nothing pulled
    restore(team, backend)

    summary = ana.sync(team.url, token)
    assert HISTORY_CHANGED in summary.warnings and summary.complete, summary
    state = server_state(team.url, token)
    live = {
        c.fields["sha256"] for c in state.values() if c.record_type == "photo" and not c.deleted
    }
    assert live == {p.sha256 for p in live_photos(ana)} and len(live) == 2
    assert_everyone_equals_the_server(team, token, ana)
    with httpx.Client(headers={"Authorization": f"Bearer {token}"}) as http:
        for photo in live_photos(ana):
            assert http.head(team.server.api(f"/blobs/{photo.blob_sha256}")).status_code == 200


def test_a_new_server_at_the_same_address_gets_everything(
    own_team: tuple[Team, Backend], laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Another server answers at the address (a new machine, an empty database): the laptop
    sends it everything it knows instead of believing it is in sync."""
    team, backend = own_team
    ana = laptop("ana")
    token = team.user()
    ana.import_photos(photo_walk(tmp_path / "walk", 2, seed=53))
    assert ana.sync(team.url, token).complete
    team.server.stop()
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    url = f"sqlite:///{fresh / 'server.sqlite'}"
    other = start_server(url, fresh / "blobs", port=team.server.port)
    database = ServerDatabase(url)
    try:
        with database.session() as session:
            new_token = create_user(session=session, name="ana-again", role="volunteer")
        summary = ana.sync(other.url, new_token)
        assert HISTORY_CHANGED in summary.warnings and summary.complete
        state = server_state(other.url, new_token)
        assert {rid for rid, c in state.items() if not c.deleted} >= ana.camera_ids()
    finally:
        database.close()
        other.stop()
        team.server.restart()


def test_a_server_that_lost_its_photo_folder_gets_the_pictures_again(
    own_team: tuple[Team, Backend], laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """The server's photo folder is lost (a disk replaced, a volume not mounted) while its
    database stays. At the next sync Ana's laptop uploads her pictures again, and a teammate can
    open them (before: her laptop took them as uploaded for good, and nobody could open them)."""
    from surveyapp.sync.blobs import fetch_photo

    team, _ = own_team
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana.import_photos(photo_walk(tmp_path / "walk", 2, seed=54))
    assert ana.sync(team.url, ana_token).complete
    team.server.stop()
    shutil.rmtree(team.server.storage)
    team.server.restart()

    summary = ana.sync(team.url, ana_token)
    assert summary.complete and not summary.errors, summary
    assert reviewer.sync(team.url, reviewer_token).complete
    with reviewer.db.session() as session, SyncClient(team.url, reviewer_token) as client:
        photos = session.scalars(select(Photo).where(Photo.id.in_(ana.photo_ids()))).all()
        assert len(photos) == 2
        for photo in photos:
            picture = fetch_photo(session, reviewer.db.library, client, photo)
            assert picture.read_bytes()[:2] == b"\xff\xd8"
    assert_everyone_equals_the_server(team, reviewer_token, ana, reviewer)


def test_a_photo_that_became_a_teammates_record_is_sent_again_as_it_was(
    own_team: tuple[Team, Backend], laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ana and Ben imported the same picture; the server told Ben's laptop that his photo is
    Ana's record. When the server later takes a new identity (its photo folder was lost),
    Ben's laptop sends everything again and the server knows every change (before: his
    photo's creation went again under Ana's record id, the server refused it as a mutation
    id reused for other content, and his picture waited for good)."""
    team, _ = own_team
    ana, ben = laptop("ana"), laptop("ben")
    walk = photo_walk(tmp_path / "walk", 1, seed=55)
    ana.import_photos(walk)
    ben.import_photos(walk)
    assert ana.sync(team.url, team.user()).complete
    ben_token = team.user()
    assert ben.sync(team.url, ben_token).complete
    assert ben.photo_ids() == ana.photo_ids()  # his photo took her record's id
    team.server.stop()
    shutil.rmtree(team.server.storage)
    team.server.restart()

    summary = ben.sync(team.url, ben_token)
    assert HISTORY_CHANGED in summary.warnings
    assert summary.complete and not summary.errors, summary


def test_a_copy_blurred_more_is_withdrawn_from_the_server_and_the_laptop(
    own_team: tuple[Team, Backend], laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Blurring more after sharing, and a survey switched from blur off to on: the earlier,
    sharper copies cannot be downloaded any more and are deleted after the grace period (here
    none), on the server and on the laptop (before: they stayed online for any token)."""
    team, _ = own_team
    token, other_token = team.user(), team.user()
    ana = laptop("ana")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=54, size=(320, 240)))
    with ana.db.session() as session, session.begin():
        session.scalars(select(Survey)).one().blur_people = False
    assert ana.sync(team.url, token).complete
    sharp = _blob(ana)
    with ana.db.session() as session, session.begin():  # blur on for the survey: re-shared
        session.scalars(select(Survey)).one().blur_people = True
        photo_id = session.scalars(select(Photo.id)).one()
    with ana.db.session() as session, session.begin():
        add_rectangle(session, photo_id, Box(0.1, 0.1, 0.3, 0.3))
    assert ana.sync(team.url, token).complete
    blurred = _blob(ana)
    assert blurred != sharp
    assert not shared_path(ana.db.library, sharp).exists()  # the laptop's stale copy is gone
    with httpx.Client(headers={"Authorization": f"Bearer {other_token}"}) as http:
        old = http.get(team.server.api(f"/blobs/{sharp}"))
        # Retracted; or, with no grace period, already deleted by the sweep (every second).
        assert old.status_code == 404
        assert old.json()["error"]["code"] in ("retracted", "not_found")
        assert http.get(team.server.api(f"/blobs/{blurred}")).status_code == 200
    stored = team.server.storage / sharp[:2] / sharp[2:]
    deadline = time.monotonic() + 30
    while stored.exists() and time.monotonic() < deadline:  # the hourly sweep, every second
        time.sleep(0.05)
    assert not stored.exists()
    assert (team.server.storage / blurred[:2] / blurred[2:]).exists()


def _blob(machine: Laptop) -> str:
    with machine.db.session() as session:  # ours (the shared test server holds others' too)
        blob = session.scalars(select(Photo.blob_sha256).where(Photo.library_path != "")).one()
    assert blob is not None
    return blob


def test_an_upload_held_by_a_silent_connection_is_waited_for_not_hammered(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """A dropped Wi-Fi left half an upload holding the blob on the server: the next try backs
    off and asks again, a handful of requests in all (before: hundreds of PATCHes a second,
    each resending the photo)."""
    team = sqlite_team
    token = team.user()
    machine = laptop("ana")
    machine.import_photos(photo_walk(tmp_path / "walk", 1, seed=55, size=(320, 240)))
    assert machine.sync(team.url, token).complete
    blob = _blob(machine)
    path = shared_path(machine.db.library, blob)
    fake = bytes(reversed(path.read_bytes()))  # other bytes, same length: never completes
    digest = "f" * 63 + "0"
    with machine.db.session() as session:
        survey_id = session.scalars(select(Camera.survey_id)).first()
    camera_id = str(uuid.uuid4())
    naming = [  # the server takes only copies that a photo of the user names
        {"mutation_id": str(uuid.uuid4()), "record_type": "camera", "record_id": camera_id,
         "op": "upsert", "fields": {"survey_id": str(survey_id)}},
        {"mutation_id": str(uuid.uuid4()), "record_type": "photo", "record_id": str(uuid.uuid4()),
         "op": "upsert", "fields": {"sha256": "e" * 64, "camera_id": camera_id,
                                    "file_name": "x.jpg", "blob_sha256": digest}},
    ]  # fmt: skip
    with SyncClient(team.url, token) as client:
        assert {r.status for r in client.push(naming).results} == {"applied"}
    held = socket.create_connection(("127.0.0.1", team.server.port))
    head = (
        f"PATCH /api/v1/blobs/{digest} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n"
        f"Upload-Offset: 0\r\nUpload-Length: {len(fake)}\r\nContent-Length: {len(fake)}\r\n\r\n"
    ).encode()
    held.sendall(head + fake[:100])  # ... and then nothing: the Wi-Fi is gone
    copy = tmp_path / "copy"
    copy.write_bytes(fake)
    requests: list[str] = []
    hooks = {"request": [lambda request: requests.append(request.method)]}
    policy = RetryPolicy(attempts=4, base=0.05, cap=0.2)
    try:
        with SyncClient(team.url, token, retry=policy) as client:
            client._http.event_hooks = hooks  # counts what leaves the laptop
            deadline = time.monotonic() + 10
            while True:  # wait until the server holds the blob for the silent connection
                complete, offset = client.blob_offset(digest)
                if offset > 0 or time.monotonic() > deadline:
                    break
                time.sleep(0.02)
            requests.clear()
            with pytest.raises(UploadBusyError, match="under way"):
                upload_blob(client, copy, digest)
    finally:
        held.close()
    assert requests.count("PATCH") <= policy.attempts
    assert len(requests) <= 2 * policy.attempts + 1


def test_a_server_speaking_a_newer_protocol_is_understood_and_a_too_new_one_named(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Readers ignore what they do not know: a server that adds keys does not break older
    laptops; one that needs a newer SurveyApp, or an older one this laptop cannot work with,
    says so in words (and nothing is lost)."""
    from tests.sync.test_clients_fake import newer_server

    token = sqlite_team.user()
    machine = laptop("ana")
    machine.import_photos(photo_walk(tmp_path / "walk", 1, seed=56))
    with newer_server(sqlite_team.server.port, extra_keys=True) as url:
        summary = machine.sync(url, token)
        assert summary.complete, summary
    queued = len(machine.outbox())
    with newer_server(sqlite_team.server.port, min_client_api=99) as url:
        from surveyapp.sync.client import VersionError

        with pytest.raises(VersionError, match="needs a newer SurveyApp"):
            machine.sync(url, token)
    assert len(machine.outbox()) == queued
    # A server of API 2 would take a merge without deriving its camera's fields: this laptop
    # does not sync with it, and keeps everything for when it is updated.
    older = newer_server(sqlite_team.server.port, api=2)
    with older as url, pytest.raises(VersionError, match="ask the coordinator to update it"):
        machine.sync(url, token)
    assert len(machine.outbox()) == queued


def test_the_command_line_says_once_that_the_servers_history_changed(
    own_team: tuple[Team, Backend], laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """`surveyapp sync` after the coordinator's restore drill: the warning that the server's
    history changed is one line of the run (before: the same long line twice, once as it
    happened and again under the run's counts)."""
    from tests.sync.test_cli_sync import run

    team, backend = own_team
    token = team.user()
    ana = laptop("ana")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=2050))
    assert ana.sync(team.url, token).complete
    backend.backup()
    ana.import_photos(photo_walk(tmp_path / "later", 1, seed=2051))
    assert ana.sync(team.url, token).complete  # acknowledged after the backup
    restore(team, backend)
    ana.db.close()  # the command line opens the survey itself
    done = run(ana.db.path, "sync", "--server", team.url, env={"SURVEYAPP_TOKEN": token})
    assert done.returncode == 0, done.stderr
    warning = "warning: " + HISTORY_CHANGED
    assert done.stderr.count(warning) == 1, done.stderr
    assert "everything is in sync" in done.stdout


def test_a_split_after_a_failed_sync_reaches_a_server_restored_from_before_it(
    own_team: tuple[Team, Backend], laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ana's first sync dies at the push (the server silent); she splits a photo off; Ben
    imports the same picture and shares it first, so her next sync makes her photo his record,
    and her split moves it. The server is then restored from a backup older than all of it:
    her journal gives it the picture under her first id, and his laptop takes that record.
    Hers takes it back too, and her split moves her photo (before: she kept his id, which the
    server no longer had, skipped the server's record as "the same picture is already here",
    and her split's move waited for ever: "a photo has not reached the server yet", her syncs
    incomplete, the laptops apart)."""
    team, backend = own_team
    ana_token, ben_token = team.user(), team.user()
    ana, ben = laptop("ana"), laptop("ben")
    walk = photo_walk(tmp_path / "walk", 2, seed=4162)
    ana.import_photos(walk)
    one, other = sorted(ana.camera_ids(), key=str)
    edit(ana, lambda s: operations.merge_cameras(s, [one, other]))
    backend.backup()
    with breaking_proxy(team.server.port) as proxy:  # her one address, before and after
        proxy.go_silent_at(b"POST /api/v1/sync/push")
        with (
            SyncClient(proxy.url, ana_token, retry=RetryPolicy(attempts=1), timeout=1.0) as client,
            pytest.raises(SyncError),
        ):
            drain(run_sync(ana.db.session_factory, ana.db.library, client, make_shareable))
        proxy.reset()
        [split, _] = sorted(p.id for p in live_photos(ana))
        with ana.db.session() as session:
            split_photo = session.get(Photo, split)
            assert split_photo is not None
            picture = split_photo.file_name
        made = edit(ana, lambda s: operations.split_photos(s, [split]).id)
        card = tmp_path / "bens-card"
        card.mkdir()
        card.joinpath(picture).write_bytes(walk.joinpath(picture).read_bytes())
        ben.import_photos(card)
        assert ben.sync(team.url, ben_token).complete
        assert ana.sync(proxy.url, ana_token).complete
        assert split not in ana.photo_ids()  # his record now

        restore(team, backend)
        noticed = ana.sync(proxy.url, ana_token)
        assert HISTORY_CHANGED in noticed.warnings
        assert not [w for w in noticed.warnings if "already here" in w], noticed.warnings
        assert ben.sync(team.url, ben_token).complete
        for machine, url, token in ((ana, proxy.url, ana_token), (ben, team.url, ben_token)):
            summary = machine.sync(url, token)
            assert summary.complete and not summary.errors, (summary, machine.waiting())
    state = server_state(team.url, ben_token)
    # On the restored server the picture is her record again: her split takes it.
    assert state[split].fields["camera_id"] == str(made) and not state[made].deleted
    assert split in ana.photo_ids() and split in ben.photo_ids()
    assert ana.waiting() == [] and ben.waiting() == []
    assert_everyone_equals_the_server(team, ben_token, ana, ben)
