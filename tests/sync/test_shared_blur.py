"""The server gets the volunteer's blur: a photo's rectangles are in the uploaded copy, and a
rectangle changed after the upload sends a new copy."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from surveyapp.db.models import Photo, Thumbnail
from surveyapp.photos.sharing import add_rectangle
from surveyapp.sync.client import SyncClient
from tests.photos.test_sharing import FACE, NO_FACE, astronaut_jpeg, box_of, spread
from tests.sync.conftest import FAST_RETRY, Laptop, Team

CORNER = (20, 400, 140, 500)  # bottom left: the second rectangle


def downloaded(team: Team, token: str, blob_sha256: str) -> bytes:
    with SyncClient(team.url, token, retry=FAST_RETRY) as client:
        return client.blob_get(blob_sha256)


def test_a_blurred_rectangle_reaches_the_server_and_a_change_sends_a_new_copy(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    token = sqlite_team.user()
    ana = laptop("ana")
    original = astronaut_jpeg(uuid.uuid4().int % 10_000)
    (tmp_path / "walk").mkdir()
    (tmp_path / "walk" / "astronaut.jpg").write_bytes(original)
    ana.import_photos(tmp_path / "walk")
    with ana.db.session() as session, session.begin():
        photo_id: uuid.UUID = session.scalars(select(Photo.id)).one()
        add_rectangle(session, photo_id, box_of(NO_FACE))

    first = ana.sync(sqlite_team.url, token)
    assert first.complete and first.photos_uploaded == 1
    with ana.db.session() as session:
        photo = session.get(Photo, photo_id)
        assert photo is not None and photo.upload_state == "uploaded"
        first_blob = photo.blob_sha256
    assert first_blob is not None
    on_server = downloaded(sqlite_team, token, first_blob)
    assert spread(on_server, NO_FACE) < spread(original, NO_FACE) * 0.6
    assert spread(on_server, CORNER) > spread(original, CORNER) * 0.8  # not blurred yet

    with ana.db.session() as session, session.begin():
        add_rectangle(session, photo_id, box_of(CORNER))
    second = ana.sync(sqlite_team.url, token)
    assert second.complete and second.photos_uploaded == 1
    with ana.db.session() as session:
        photo = session.get(Photo, photo_id)
        assert photo is not None
        second_blob = photo.blob_sha256
    assert second_blob is not None and second_blob != first_blob
    again = downloaded(sqlite_team, token, second_blob)
    assert spread(again, CORNER) < spread(original, CORNER) * 0.6
    assert spread(again, NO_FACE) < spread(original, NO_FACE) * 0.6


def test_others_see_a_thumbnail_of_the_blurred_copy_not_of_the_original(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    ana, ben = laptop("ana"), laptop("ben")
    original = astronaut_jpeg(uuid.uuid4().int % 10_000)
    (tmp_path / "walk").mkdir()
    (tmp_path / "walk" / "astronaut.jpg").write_bytes(original)
    ana.import_photos(tmp_path / "walk")
    with ana.db.session() as session:
        photo_id = session.scalars(select(Photo.id)).one()
        local = session.scalars(select(Thumbnail.jpeg)).one()
    assert ana.sync(sqlite_team.url, sqlite_team.user()).complete
    assert ben.sync(sqlite_team.url, sqlite_team.user()).complete
    with ben.db.session() as session:
        seen = session.scalars(select(Thumbnail.jpeg).where(Thumbnail.photo_id == photo_id)).one()
    left, top, right, bottom = (round(v * 320 / 512) for v in FACE)  # thumbnails: 320 px
    face = (left, top, right, bottom)
    assert spread(local, face) > 30  # the check can see a face
    assert spread(seen, face) < spread(local, face) * 0.6
