"""A laptop's "uploaded" marks against the server's copy rule (which photos keep a shared copy
served: since s0008, only a photo whose copy-setter sent the copy, or a reviewer's).

A photo the server brought back as this volunteer's (a withdrawn record of the same picture)
keeps its copy served only once he sent it, so his laptop sends it. When the server states
another rule than the one a laptop's marks were checked against (an older server states none:
version 1), the laptop asks about every copy it marked uploaded, in one request, and sends only
those the server no longer holds for it. Real server on SQLite and PostgreSQL; an older server
is the real one whose /health leaves the rule out (tests/sync/test_clients_fake.py), and the
database an older server left is made by the server's own migrations (down to s0007, then up
again as the updated server starts).
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import httpx
import pytest

from surveyapp.cameras import operations
from surveyapp.cli.sync import make_shareable
from surveyapp.db.models import Photo
from surveyapp.sync.client import SyncClient
from surveyapp.sync.engine import SyncProgress, SyncSummary, run_sync
from tests.factory import PhotoSpec, make_jpeg
from tests.server_migrations import downgraded_to
from tests.sync.conftest import FAST_RETRY, Laptop, Team, drain, photo_walk
from tests.sync.test_cli_sync import run as run_cli
from tests.sync.test_clients_fake import newer_server
from tests.sync.test_team_cases import edit, live_photos


def download(team: Team, token: str, blob: str) -> int:
    """The status of a GET of the shared copy with this token (200: its bytes came)."""
    reply = httpx.get(
        team.server.api(f"/blobs/{blob}"), headers={"Authorization": f"Bearer {token}"}, timeout=30
    )
    if reply.status_code == 200:
        assert hashlib.sha256(reply.content).hexdigest() == blob
    return reply.status_code


@contextmanager
def requests_made(team: Team) -> Iterator[list[str]]:
    """The server's log lines of the requests made inside the block (a sync ends with a pull:
    its line is waited for, the uploads' lines come before it)."""
    start = len(team.server.log_text())
    lines: list[str] = []
    yield lines
    text = team.server.log_when(lambda t: "GET /api/v1/sync/pull" in t[start:])[start:]
    lines.extend(text.splitlines())


def count(lines: list[str], request: str) -> int:
    return sum(request in line for line in lines)


def asked_about_copies(lines: list[str]) -> int:
    """The requests of a sync about copies to send (status, HEAD, upload)."""
    return sum(
        count(lines, request)
        for request in ("POST /api/v1/blobs/status", "HEAD /api/v1/blobs/", "PATCH /api/v1/blobs/")
    )


def mine(machine: Laptop, pictures: set[str]) -> list[Photo]:
    """The live photos of these pictures (the shared server holds other tests' photos)."""
    return [photo for photo in live_photos(machine) if photo.sha256 in pictures]


def pictures_in(folder: Path) -> set[str]:
    return {hashlib.sha256(path.read_bytes()).hexdigest() for path in folder.iterdir()}


def complete(summary: SyncSummary) -> SyncSummary:
    assert summary.complete and not summary.errors and not summary.refused, summary
    return summary


def as_an_older_server_left_it(team: Team) -> None:
    """Stop the server, take its database back to what a server from before s0008 left (it
    knew one uploader of each copy), and start it again: its migration counts each copy's first
    uploader as its one sender."""
    team.server.stop()
    downgraded_to(team.server.database_url, "s0007")
    team.server.restart()


def a_withdrawn_photo_brought_back_as_his(
    team: Team, url: str, laptop: Callable[[str], Laptop], tmp_path: Path, seed: int
) -> tuple[Laptop, str, str, str]:
    """Ana shares a photo, then withdraws it; Bojan holds the same file and shares it, and the
    server brings her record back as his. His laptop, his token, a reviewer's token, and the
    copy (the same as hers: one picture, one copy)."""
    ana_token, bojan_token, reviewer = team.user(), team.user(), team.user("reviewer")
    ana, bojan = laptop("ana"), laptop("bojan")
    walk = photo_walk(tmp_path / "walk", 1, seed=seed)
    ana.import_photos(walk)
    complete(ana.sync(url, ana_token))
    [hers] = live_photos(ana)
    assert hers.camera_id is not None and hers.blob_sha256 is not None
    camera = hers.camera_id
    edit(ana, lambda s: operations.delete_camera(s, camera))
    complete(ana.sync(url, ana_token))
    card = tmp_path / "bojans-card"
    shutil.copytree(walk, card)
    bojan.import_photos(card)
    complete(bojan.sync(url, bojan_token))
    [his] = live_photos(bojan)
    assert his.id == hers.id and his.owner is not None  # her record, his now
    assert his.blob_sha256 == hers.blob_sha256 and his.upload_state == "uploaded"
    return bojan, bojan_token, reviewer, hers.blob_sha256


def test_a_withdrawn_photo_brought_back_as_his_sends_its_copy(
    own_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """The server brings Ana's withdrawn photo back as Bojan's (he shared the same file): his
    laptop sends the copy, which a reviewer can then open (before: his laptop took the record
    as a teammate's, marked its copy uploaded without sending it and said the sync was
    complete, and the copy was 404 for everyone: her photo was withdrawn, and his keeps a copy
    served only once he sent it)."""
    team = own_team
    with requests_made(team) as lines:
        bojan, token, reviewer, blob = a_withdrawn_photo_brought_back_as_his(
            team, team.url, laptop, tmp_path, seed=1900
        )
    assert count(lines, f"PATCH /api/v1/blobs/{blob} 200") == 2  # hers, then his
    assert download(team, reviewer, blob) == 200
    assert download(team, token, blob) == 200


def test_a_copy_an_older_server_kept_by_his_photo_is_sent_once_the_server_states_its_rule(
    own_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Bojan's photo was Ana's withdrawn one, brought back as his by an older server, under
    whose rule her copy stayed served by any photo: his laptop marked it uploaded. The server
    is updated (its migration counts only Ana as the copy's sender), and the copy is no longer
    served. At Bojan's next sync his laptop asks again about the copies it marked uploaded, as
    the server now states another rule, and sends this one: a reviewer can open the photo
    (before: his laptop never asked again, and the copy stayed 404 for everyone, then was
    deleted after the grace period). His later syncs ask nothing again."""
    team = own_team
    older = {"copy_rule"}  # what a server from before the rule changed does not say
    with newer_server(team.server.port, hidden=older) as url:
        bojan, token, reviewer, blob = a_withdrawn_photo_brought_back_as_his(
            team, url, laptop, tmp_path, seed=1901
        )
        as_an_older_server_left_it(team)
        older.clear()  # the updated server states its rule
        assert download(team, reviewer, blob) == 404  # Bojan's photo shows nothing
        with requests_made(team) as lines:
            summary = complete(bojan.sync(url, token))
        assert count(lines, "POST /api/v1/blobs/status 200") == 1
        assert count(lines, f"PATCH /api/v1/blobs/{blob} 200") == 1
        assert summary.photos_uploaded == 1
        assert download(team, reviewer, blob) == 200
        with requests_made(team) as lines:
            complete(bojan.sync(url, token))
        assert asked_about_copies(lines) == 0, lines
    assert [photo.upload_state for photo in live_photos(bojan)] == ["uploaded"]


def test_copies_the_server_holds_are_not_sent_again_when_its_copy_rule_changes(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ana shared three photos with an older server (it states no copy rule): her next sync
    asks nothing about them again. The server is updated and states its rule: her next sync
    asks the server about her three copies in one request, sends no byte (the server holds
    them), says no photo was uploaded and shows each as already on the server; the sync after
    asks nothing again (before: the laptop never asked)."""
    older = {"copy_rule"}
    ana, token = laptop("ana"), team.user()
    walk = photo_walk(tmp_path / "walk", 3, seed=1902)
    pictures = pictures_in(walk)
    ana.import_photos(walk)
    with newer_server(team.server.port, hidden=older) as url:
        assert complete(ana.sync(url, token)).photos_uploaded == 3
        with requests_made(team) as lines:
            again = complete(ana.sync(url, token))
        assert asked_about_copies(lines) == 0, lines  # nothing asked again
        assert (again.photos_uploaded, again.photos_confirmed) == (0, 0)

        older.clear()
        start = len(ana.progress)
        with requests_made(team) as lines:
            updated = complete(ana.sync(url, token))
        assert count(lines, "POST /api/v1/blobs/status 200") == 1, lines
        assert count(lines, "PATCH /api/v1/blobs/") == 0, lines  # not a byte sent again
        assert (updated.photos_uploaded, updated.photos_confirmed) == (0, 3)
        shown = [p.message for p in ana.progress[start:] if p.stage == "photos"]
        assert len(shown) == 3 and all("already on the server" in m for m in shown), shown
        assert {photo.upload_state for photo in mine(ana, pictures)} == {"uploaded"}

        with requests_made(team) as lines:
            complete(ana.sync(url, token))
        assert asked_about_copies(lines) == 0, lines


class LidClosed(Exception):
    """The volunteer closed her laptop's lid: her sync stops there."""


def test_a_teammates_record_pulled_for_the_same_picture_is_uploaded_only_once_the_server_holds_it(
    own_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ana's sync sends her photo's record and stops before its copy goes (the lid closed).
    Bojan imports the same file while his sync pulls, and the pull brings her record: his
    photo becomes hers. While the server lacks the copy his syncs say a photo is waiting and
    his photo is not marked uploaded (before: marked uploaded as it was pulled, his next sync
    said it was complete and never asked; the copy was 404 for everyone and, had Ana's laptop
    not come back, lost with nobody told). Once her laptop sends it, his next sync confirms it
    without sending a byte."""
    team = own_team
    ana_token, bojan_token, reviewer = team.user(), team.user(), team.user("reviewer")
    ana, bojan = laptop("ana"), laptop("bojan")
    walk = photo_walk(tmp_path / "walk", 1, seed=2300)
    ana.import_photos(walk)

    def lid_closed_after_the_push(progress: SyncProgress) -> None:
        if progress.stage == "push" and progress.done == progress.total:
            raise LidClosed

    with pytest.raises(LidClosed):
        ana.sync(team.url, ana_token, each=lid_closed_after_the_push)
    [hers] = live_photos(ana)
    assert hers.upload_state == "local" and hers.blob_sha256 is not None
    blob = hers.blob_sha256
    assert download(team, reviewer, blob) == 404  # her record is there, its copy is not

    card = tmp_path / "bojans-card"
    shutil.copytree(walk, card)
    imported: list[bool] = []

    def import_as_it_pulls(progress: SyncProgress) -> None:
        if progress.stage == "pull" and not imported:  # after the first page (one change)
            bojan.import_photos(card)
            imported.append(True)

    with SyncClient(team.url, bojan_token, retry=FAST_RETRY) as client:
        steps = run_sync(
            bojan.db.session_factory, bojan.db.library, client, make_shareable, pull_limit=1
        )
        drain(steps, import_as_it_pulls)
    assert imported
    [his] = live_photos(bojan)
    assert his.id == hers.id and his.owner != "bojan"  # her record (pulled), his file
    # The camera his import made for the photo is an empty shell once the photo is hers: it
    # goes (before: kept, and shared by his next sync as a camera of no photo on every laptop).
    assert bojan.camera_ids() == ana.camera_ids()

    ana_name = his.owner
    assert ana_name is not None
    waiting = bojan.sync(team.url, bojan_token)
    assert download(team, reviewer, blob) == 404
    # Not complete (the copy is not on the server), but nothing of his to send: he is told
    # whose laptop it waits for rather than "1 photo waiting: sync again" after every sync.
    assert not waiting.complete and waiting.left_to_teammates, waiting
    assert (waiting.waiting_photos, waiting.teammates) == (0, {ana_name: 1}), waiting
    assert any(ana_name in line and "1 photo wait" in line for line in waiting.warnings)
    assert [photo.upload_state for photo in live_photos(bojan)] == ["local"]
    carl = laptop("carl")  # a newcomer gets her camera alone
    complete(carl.sync(team.url, team.user()))
    assert carl.camera_ids() == ana.camera_ids()
    status = run_cli(bojan.db.path, "sync", "status")
    assert status.returncode == 0, status.stderr
    assert "0 changes and 0 photos waiting, 1 photo for a teammate's laptop" in status.stdout
    assert f"1 photo waits for {ana_name} to sync" in status.stdout, status.stdout

    complete(ana.sync(team.url, ana_token))  # the lid opened again: her copy goes
    assert download(team, reviewer, blob) == 200
    with requests_made(team) as lines:
        confirmed = complete(bojan.sync(team.url, bojan_token))
    assert count(lines, "PATCH /api/v1/blobs/") == 0, lines  # hers is the copy: not sent
    assert (confirmed.photos_uploaded, confirmed.photos_confirmed) == (0, 1)
    assert [photo.upload_state for photo in live_photos(bojan)] == ["uploaded"]
    after = run_cli(bojan.db.path, "sync", "status").stdout.splitlines()
    assert after[0] == "0 changes and 0 photos waiting" and "wait for" not in after[1], after


def test_his_photo_of_a_teammates_picture_whose_copy_he_also_sends_is_done_in_one_sync(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ana shares a photo. Bojan imports the same file and one more of the same pixels (its
    date edited on the phone): one copy for both. His first sync sends that copy for his
    photo, and his record of her picture becomes hers: the server holds its copy, so the run
    is complete, with nothing put off and nobody waited for (before: the photo of her picture
    was asked about before his copy went, was "put off: the server no longer has this photo as
    yours", and the run said it waited for Ana to sync although she had; his next sync said
    all was well)."""
    ana_token, bojan_token = team.user(), team.user()
    ana, bojan = laptop("ana"), laptop("bojan")
    walk = photo_walk(tmp_path / "walk", 1, seed=3300)
    [original] = walk.iterdir()
    ana.import_photos(walk)
    complete(ana.sync(team.url, ana_token))
    card = tmp_path / "bojans-card"
    shutil.copytree(walk, card)
    spec = PhotoSpec(latitude=44.80 + 3300 * 100 * 0.001, longitude=20.46,
                     taken=datetime(2026, 5, 5, 10, 0, 0), size=(96, 72))  # fmt: skip
    (card / "IMG_edited.jpg").write_bytes(make_jpeg(spec, seed=3300 * 1000))
    assert (card / "IMG_edited.jpg").read_bytes() != original.read_bytes()
    bojan.import_photos(card)

    summary = bojan.sync(team.url, bojan_token)
    assert not summary.deferred and not summary.teammates, summary
    complete(summary)
    photos = mine(bojan, pictures_in(card))  # the server holds other tests' photos
    assert len(photos) == 2 and len({photo.blob_sha256 for photo in photos}) == 1
    assert {photo.upload_state for photo in photos} == {"uploaded"}
    status = run_cli(bojan.db.path, "sync", "status").stdout.splitlines()
    assert status[0] == "0 changes and 0 photos waiting", status
