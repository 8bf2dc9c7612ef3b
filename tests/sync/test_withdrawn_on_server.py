"""What a volunteer withdrew does not stay on the server: after a photo's camera is deleted and
the grace period is over, the server holds neither the shared copy nor a smaller copy of it (the
thumbnail teammates were shown), nor the photo's file name (the time of day), capture time and
position (README: "nothing shared stays on the server after the volunteer withdrew it")."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import select

from surveyapp.cameras import operations
from surveyapp.db.models import Camera, Photo
from surveyapp.server.models import Blob, Record
from tests.sync.conftest import Laptop, Team, photo_walk


def test_a_withdrawn_photo_leaves_no_thumbnail_or_metadata_on_the_server(
    prompt_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    token = prompt_team.user()
    ana = laptop("ana")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=61, size=(320, 240)))
    assert ana.sync(prompt_team.url, token).complete
    with ana.db.session() as session:
        photo_id, blob = session.execute(select(Photo.id, Photo.blob_sha256)).one()
        camera_id = session.scalars(select(Camera.id)).one()
    with prompt_team.database.session() as session:
        shared = session.scalars(select(Record).where(Record.record_id == photo_id)).one()
        assert "thumbnail_jpeg_base64" in shared.fields  # what teammates were shown

    with ana.db.session() as session, session.begin():
        operations.delete_camera(session, camera_id)
    assert ana.sync(prompt_team.url, token).complete

    # The copy goes after the grace period (the test server's is none; its sweep runs often).
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with prompt_team.database.session() as session:
            if session.get(Blob, blob) is None:
                break
        time.sleep(0.1)
    with prompt_team.database.session() as session:
        assert session.get(Blob, blob) is None
        tombstone = session.scalars(select(Record).where(Record.record_id == photo_id)).one()
        assert tombstone.deleted
        left = {k: v for k, v in tombstone.fields.items() if v is not None}
    assert "thumbnail_jpeg_base64" not in left, "a copy of the withdrawn picture stays"
    for personal in ("file_name", "taken_local", "taken_utc", "latitude", "longitude"):
        assert personal not in left, f"{personal} of a withdrawn photo stays: {left[personal]}"


def test_a_deleted_camera_leaves_no_place_or_description_on_the_server(
    prompt_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ana describes a camera, shares it, then deletes it. The server's record of it keeps only
    what sync needs, not where she stood, which way she looked or what she wrote (before: the
    tombstone kept every field, her notes and position included, for as long as the server
    lived, though no laptop was ever sent them again)."""
    token = prompt_team.user()
    ana = laptop("ana")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=3501))
    with ana.db.session() as session, session.begin():
        camera_id = session.scalars(select(Camera.id)).one()
        operations.move_camera(session, camera_id, 44.8123, 20.4612)  # her street
        operations.set_fields(
            session,
            camera_id,
            {"notes": "seen from my flat, 3rd floor", "operator": "City", "height": "4"},
        )
    assert ana.sync(prompt_team.url, token).complete
    with prompt_team.database.session() as session:
        shared = session.scalars(select(Record).where(Record.record_id == camera_id)).one()
        assert shared.fields["notes"] == "seen from my flat, 3rd floor"
        assert shared.fields["latitude"] is not None

    with ana.db.session() as session, session.begin():
        operations.delete_camera(session, camera_id)
    assert ana.sync(prompt_team.url, token).complete

    with prompt_team.database.session() as session:
        tombstone = session.scalars(select(Record).where(Record.record_id == camera_id)).one()
        assert tombstone.deleted
        left = {k: v for k, v in tombstone.fields.items() if v not in (None, {}, "")}
    for personal in ("notes", "operator", "height", "latitude", "longitude", "camera_direction"):
        assert personal not in left, f"{personal} of a deleted camera stays: {left[personal]}"


def test_a_deleted_cameras_conflicts_keep_none_of_its_values(
    prompt_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ana's notes on her camera crossed a reviewer's; the server kept both for the reviewers.
    Ana then deletes the camera. Before: the reviewers' list of conflicts (and the server's
    database) went on showing her notes for ever, on a camera nobody could see any more."""
    from surveyapp.server.models import Conflict
    from tests.sync.test_team_cases import httpx_client

    ana_token, zoe_token = prompt_team.user(), prompt_team.user("reviewer")
    ana, zoe = laptop("ana"), laptop("zoe")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=3502))
    with ana.db.session() as session, session.begin():
        camera_id = session.scalars(select(Camera.id)).one()
        operations.set_fields(session, camera_id, {"notes": "from my bedroom window"})
    assert ana.sync(prompt_team.url, ana_token).complete
    assert zoe.sync(prompt_team.url, zoe_token).complete
    with zoe.db.session() as session, session.begin():
        operations.set_fields(session, camera_id, {"notes": "a flat's window"})
    assert zoe.sync(prompt_team.url, zoe_token).complete
    with ana.db.session() as session, session.begin():
        operations.set_fields(session, camera_id, {"notes": "my bedroom, Ulica 5"})
    assert ana.sync(prompt_team.url, ana_token).conflicts == 1
    with httpx_client(prompt_team, zoe_token) as http:
        listed = http.get("/conflicts").json()["data"]
    assert [c["applied"] for c in listed if c["record_id"] == str(camera_id)] == [
        "my bedroom, Ulica 5"
    ]

    with ana.db.session() as session, session.begin():
        operations.delete_camera(session, camera_id)
    assert ana.sync(prompt_team.url, ana_token).complete

    with httpx_client(prompt_team, zoe_token) as http:
        listed = http.get("/conflicts", params={"include_resolved": True}).json()["data"]
    said = [(c["previous"], c["applied"]) for c in listed if c["record_id"] == str(camera_id)]
    assert said and all(values == (None, None) for values in said), said
    with prompt_team.database.session() as session:
        stored = session.scalars(select(Conflict).where(Conflict.record_id == camera_id)).all()
        assert stored and all("Ulica" not in str(c.values) for c in stored)


def test_a_withdrawn_photos_picture_hash_is_pulled_by_its_volunteer_only(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ana's laptop learns the picture hash of a photo she withdrew (so that importing her
    original again from a restore's held-back folder does not share it again); a teammate
    pulling the same tombstone learns nothing of it, not even the hash of her original."""
    from tests.sync.test_convergence import server_state

    ana_token, bojan_token = team.user(), team.user()
    ana = laptop("ana")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=62, size=(320, 240)))
    with ana.db.session() as session:  # before a sync brings the teammates' records
        photo_id, sha256 = session.execute(select(Photo.id, Photo.sha256)).one()
        camera_id = session.scalars(select(Camera.id)).one()
    assert ana.sync(team.url, ana_token).complete
    with ana.db.session() as session, session.begin():
        operations.delete_camera(session, camera_id)
    assert ana.sync(team.url, ana_token).complete

    hers = server_state(team.url, ana_token)[photo_id]
    his = server_state(team.url, bojan_token)[photo_id]

    assert hers.deleted and hers.fields == {"sha256": sha256}
    assert his.deleted and his.fields == {}


def test_a_withdrawn_photo_stays_in_no_stored_answer_of_the_server(
    prompt_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ana merges two of her cameras (the server keeps its answer to the merge, so that a
    laptop that asks again gets it again), then withdraws the camera and its photos. Before:
    the kept answer held both photos whole — file names (the time of day), capture times,
    positions, thumbnails — for as long as the server lived, after the tombstones had let go
    of them."""
    from surveyapp.server.models import Mutation

    token = prompt_team.user()
    ana = laptop("ana")
    ana.import_photos(photo_walk(tmp_path / "walk", 2, seed=2, size=(320, 240)))
    assert ana.sync(prompt_team.url, token).complete
    with ana.db.session() as session, session.begin():
        cameras = list(session.scalars(select(Camera.id)))
        file_names = list(session.scalars(select(Photo.file_name)))
        latitudes = list(session.scalars(select(Photo.latitude)))
        assert len(latitudes) == 2 and None not in latitudes
        assert len(cameras) == 2
        merged = operations.merge_cameras(session, cameras).id
    assert ana.sync(prompt_team.url, token).complete
    with ana.db.session() as session, session.begin():
        operations.delete_camera(session, merged)
    assert ana.sync(prompt_team.url, token).complete

    with prompt_team.database.session() as session:
        kept = list(session.scalars(select(Mutation.result)))
    texts = [value for result in kept for value in _values_in(result) if isinstance(value, str)]
    numbers = {value for result in kept for value in _values_in(result) if _is_number(value)}
    for name in file_names:
        assert not [t for t in texts if name in t], f"the server's answers keep {name}"
    assert not [t for t in texts if "/9j/" in t], "the server's answers keep a thumbnail"
    # Compared as numbers: the latitude 45.0 is also in a time such as "10:12:45.012345".
    assert not numbers.intersection(latitudes), "the server's answers keep a position"


def _values_in(kept: object) -> Iterator[object]:
    """Every value in a stored answer, however deep."""
    if isinstance(kept, dict):
        for value in kept.values():
            yield from _values_in(value)
    elif isinstance(kept, list):
        for value in kept:
            yield from _values_in(value)
    else:
        yield kept


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
