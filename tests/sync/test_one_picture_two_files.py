"""Two volunteers' files of one picture that differ only in metadata (one edited by another tool)
make the same shared copy, the copy being made from the pixels alone. The second volunteer's
photo was refused ("this shared copy belongs to another volunteer's photo"): the refusal kept a
teammate from holding a withdrawn copy served by naming its hash. Now the server counts a copy
as named only by the photos of volunteers who uploaded it: both photos are taken, the second
volunteer sends the bytes too, and a copy is served while a photo of one of its uploaders names
it. Real server on SQLite and PostgreSQL, with no grace period (withdrawn copies go at once).
"""

from __future__ import annotations

import hashlib
import shutil
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from surveyapp.cameras import operations
from surveyapp.db.models import Photo
from surveyapp.server.models import Blob
from tests.conftest import CORPUS
from tests.sync.conftest import Laptop, Team
from tests.sync.test_team_cases import assert_everyone_equals_the_server, edit, live_photos
from tests.sync.test_teammates_records import own_camera, photo, push

PHOTOS = CORPUS / "photos"  # ../shared/corpus beside the repository
# One picture under two orientation tags: the same pixels, another file.
ANAS_FILE, BOJANS_FILE = PHOTOS / "exifr__f2t.jpg", PHOTOS / "exifr__f3t.jpg"


def download(team: Team, token: str, blob: str) -> int:
    """The status of a GET of the shared copy with this token (200: its bytes came)."""
    reply = httpx.get(
        team.server.api(f"/blobs/{blob}"),
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    if reply.status_code == 200:
        assert hashlib.sha256(reply.content).hexdigest() == blob
    return reply.status_code


def gone_from_disk(team: Team, blob: str) -> bool:
    """Wait (up to 30 s) for the server's sweep to delete the copy; whether it did."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with team.database.session() as session:
            if session.get(Blob, blob) is None:
                return True
        time.sleep(0.1)
    return False


def test_two_files_of_one_picture_from_two_volunteers_both_reach_the_server(
    prompt_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Bojan's file differs from Ana's only in its orientation tag: his photo is no longer
    refused, both photos are on the server and on both laptops, and both can open the copy."""
    team = prompt_team
    ana, ana_token, bojan, bojan_token, blob = two_volunteers(team, laptop, tmp_path)
    assert not bojan.waiting() and not ana.waiting()
    assert_everyone_equals_the_server(team, ana_token, ana, bojan)
    assert download(team, ana_token, blob) == 200
    assert download(team, bojan_token, blob) == 200


def two_volunteers(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> tuple[Laptop, str, Laptop, str, str]:
    """Ana and Bojan each import their file of the one picture and sync (Ana first); both
    laptops, their tokens, and the shared copy both photos name."""
    if not ANAS_FILE.exists():
        pytest.skip("the corpus's orientation samples are not here")
    ana_token, bojan_token = team.user(), team.user()
    ana, bojan = laptop("ana"), laptop("bojan")
    for machine, source in ((ana, ANAS_FILE), (bojan, BOJANS_FILE)):
        folder = tmp_path / f"card-{source.stem}"
        folder.mkdir()
        shutil.copy(source, folder / source.name)
        machine.import_photos(folder)
    for machine, token in ((ana, ana_token), (bojan, bojan_token), (ana, ana_token)):
        summary = machine.sync(team.url, token)
        assert summary.complete and not summary.errors and not summary.refused, summary
    files = {p.sha256: p.blob_sha256 for m in (ana, bojan) for p in live_photos(m)}
    assert len(files) == 2, files  # two pictures' files on each laptop
    [blob] = set(files.values())  # one shared copy
    assert blob is not None
    return ana, ana_token, bojan, bojan_token, blob


def own_photo_of(machine: Laptop, file_sha256: str) -> Photo:
    [mine] = [p for p in live_photos(machine) if p.sha256 == file_sha256]
    return mine


def test_a_copy_two_volunteers_uploaded_goes_when_both_withdrew_their_photos(
    prompt_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ana withdraws her photo: the copy stays served, Bojan sent it too and his photo shows
    it. Bojan withdraws his: nobody can download the copy, and it is deleted."""
    team = prompt_team
    ana, ana_token, bojan, bojan_token, blob = two_volunteers(team, laptop, tmp_path)
    ana_file = hashlib.sha256(ANAS_FILE.read_bytes()).hexdigest()
    bojan_file = hashlib.sha256(BOJANS_FILE.read_bytes()).hexdigest()

    her_camera = own_photo_of(ana, ana_file).camera_id
    assert her_camera is not None
    edit(ana, lambda s: operations.delete_camera(s, her_camera))
    assert ana.sync(team.url, ana_token).complete
    assert bojan.sync(team.url, bojan_token).complete
    time.sleep(1.5)  # the sweep (every second, no grace period) would have deleted it
    assert download(team, bojan_token, blob) == 200
    assert download(team, ana_token, blob) == 200
    assert_everyone_equals_the_server(team, bojan_token, ana, bojan)

    his_camera = own_photo_of(bojan, bojan_file).camera_id
    assert his_camera is not None
    edit(bojan, lambda s: operations.delete_camera(s, his_camera))
    assert bojan.sync(team.url, bojan_token).complete
    assert ana.sync(team.url, ana_token).complete
    assert download(team, bojan_token, blob) == 404
    assert download(team, ana_token, blob) == 404
    assert gone_from_disk(team, blob), "the copy nobody's photo shows stays on the server"
    assert not any(p.blob_sha256 == blob for m in (ana, bojan) for p in live_photos(m))


def test_naming_a_teammates_copy_without_sending_it_keeps_nothing_served(
    prompt_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Mallory saw Ana's copy's hash in a pull and pushes a photo naming it, with the HTTP API,
    without ever sending its bytes (he cannot: he does not have them). The server takes the
    record, tells him the copy is not his (HEAD 404), takes no bytes of another's hash, and once
    Ana withdraws her photo nobody can download the copy; it is deleted."""
    team = prompt_team
    if not ANAS_FILE.exists():
        pytest.skip("the corpus's orientation samples are not here")
    ana_token, mallory, bojan_token = team.user(), team.user(), team.user()
    ana = laptop("ana")
    folder = tmp_path / "card"
    folder.mkdir()
    shutil.copy(ANAS_FILE, folder / ANAS_FILE.name)
    ana.import_photos(folder)
    assert ana.sync(team.url, ana_token).complete
    [hers] = live_photos(ana)
    blob, her_camera = hers.blob_sha256, hers.camera_id
    assert blob is not None and her_camera is not None

    _, camera = own_camera(team, mallory)
    [named] = push(team, mallory, [photo(camera["record_id"], blob_sha256=blob)])
    assert named["status"] == "applied", named
    auth = {"Authorization": f"Bearer {mallory}"}
    head = httpx.head(team.server.api(f"/blobs/{blob}"), headers=auth, timeout=30)
    assert head.status_code == 404 and head.headers["Upload-Offset"] == "0"
    fake = uuid.uuid4().bytes * 64
    claimed = httpx.patch(
        team.server.api(f"/blobs/{blob}"),
        content=fake,
        headers={**auth, "Upload-Offset": "0", "Upload-Length": str(len(fake))},
        timeout=30,
    )
    assert claimed.status_code == 422, claimed.text  # not the copy's bytes
    assert download(team, mallory, blob) == 200  # Ana's photo shows it

    edit(ana, lambda s: operations.delete_camera(s, her_camera))
    assert ana.sync(team.url, ana_token).complete
    for token in (ana_token, mallory, bojan_token):
        assert download(team, token, blob) == 404, "a teammate's photo kept her copy served"
    assert gone_from_disk(team, blob)
    assert download(team, mallory, blob) == 404


def test_a_volunteers_two_files_of_one_picture_send_their_copy_once(
    own_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Bojan's card holds the picture twice (once turned by another tool): one shared copy,
    sent once. Before, each photo sent it, side by side, and the second was told "another
    upload of this photo is under way" and came back."""
    second = PHOTOS / "exifr__f5t.jpg"
    if not (BOJANS_FILE.exists() and second.exists()):
        pytest.skip("the corpus's orientation samples are not here")
    team, token, bojan = own_team, own_team.user(), laptop("bojan")
    folder = tmp_path / "card"
    folder.mkdir()
    for source in (BOJANS_FILE, second):
        shutil.copy(source, folder / source.name)
    bojan.import_photos(folder)
    assert {p.blob_sha256 for p in live_photos(bojan)} == {None}  # the sync makes the copy
    summary = bojan.sync(team.url, token)
    assert summary.complete and not summary.errors and not summary.refused, summary
    photos = live_photos(bojan)
    [blob] = {p.blob_sha256 for p in photos}
    assert blob is not None and len(photos) == 2
    assert {p.upload_state for p in photos} == {"uploaded"}
    log = team.server.log_when(lambda text: f"PATCH /api/v1/blobs/{blob} 200" in text)
    assert log.count(f"PATCH /api/v1/blobs/{blob} ") == 1, log
    assert download(team, token, blob) == 200


def test_a_photo_imported_again_after_its_withdrawal_keeps_the_copy_its_teammate_withdrew(
    prompt_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ana withdraws her photo and imports her file again; Bojan then withdraws his: her photo
    keeps the copy served (she sent it), every laptop equals the server at each step, and the
    copy goes once she withdraws it again."""
    team = prompt_team
    ana, ana_token, bojan, bojan_token, blob = two_volunteers(team, laptop, tmp_path)
    ana_file = hashlib.sha256(ANAS_FILE.read_bytes()).hexdigest()
    bojan_file = hashlib.sha256(BOJANS_FILE.read_bytes()).hexdigest()

    def withdraw(machine: Laptop, token: str, file_sha256: str) -> None:
        camera_id = own_photo_of(machine, file_sha256).camera_id
        assert camera_id is not None
        edit(machine, lambda s: operations.delete_camera(s, camera_id))
        for other, other_token in ((machine, token), (ana, ana_token), (bojan, bojan_token)):
            summary = other.sync(team.url, other_token)
            assert summary.complete and not summary.errors and not summary.refused, summary

    withdraw(ana, ana_token, ana_file)
    folder = tmp_path / "again"
    folder.mkdir()
    shutil.copy(ANAS_FILE, folder / ANAS_FILE.name)
    ana.import_photos(folder)
    for machine, token in ((ana, ana_token), (bojan, bojan_token), (ana, ana_token)):
        summary = machine.sync(team.url, token)
        assert summary.complete and not summary.errors and not summary.refused, summary
    assert_everyone_equals_the_server(team, ana_token, ana, bojan)
    withdraw(bojan, bojan_token, bojan_file)
    time.sleep(1.5)  # the sweep (every second, no grace period) would have deleted it
    assert download(team, bojan_token, blob) == 200
    assert_everyone_equals_the_server(team, ana_token, ana, bojan)
    withdraw(ana, ana_token, ana_file)
    assert download(team, bojan_token, blob) == 404
    assert gone_from_disk(team, blob)
    assert_everyone_equals_the_server(team, ana_token, ana, bojan)
