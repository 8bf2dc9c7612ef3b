"""Pulled changes applied to a laptop's database: local edits kept, tombstones, odd orders."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select

from surveyapp.cameras import operations
from surveyapp.db.models import Camera, Outbox, Photo, SyncState, Thumbnail
from surveyapp.db.outbox import APPLYING_REMOTE
from surveyapp.protocol.wire import Change
from surveyapp.sync.apply import apply_page
from tests.factory import PhotoSpec, make_jpeg
from tests.sync.conftest import Laptop, photo_walk

SERVER = "http://127.0.0.1:1"
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def change(seq: int, record_type: str, record_id: uuid.UUID, version: int = 1,
           deleted: bool = False, **fields: Any) -> Change:  # fmt: skip
    return Change(
        seq=seq, record_type=record_type, record_id=record_id, version=version,  # type: ignore[arg-type]
        deleted=deleted, author="ana", updated_at=NOW, fields=fields,
    )  # fmt: skip


def pull(machine: Laptop, changes: list[Change], checkpoint: int) -> None:
    with machine.db.session() as session:
        apply_page(session, SERVER, changes, checkpoint)
        session.commit()


def checkpoint(machine: Laptop) -> int:
    with machine.db.session() as session:
        state = session.get(SyncState, SERVER)
        return state.checkpoint if state else 0


def test_a_pull_never_overwrites_a_local_change_not_yet_pushed(
    laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    machine = laptop("a")
    machine.import_photos(photo_walk(tmp_path / "walk", 1))
    camera_id = next(iter(machine.camera_ids()))
    with machine.db.session() as session:  # as after a push: the server has it all
        session.info[APPLYING_REMOTE] = True
        session.execute(delete(Outbox))
        camera = session.get(Camera, camera_id)
        assert camera is not None
        camera.server_version, survey_id = 1, camera.survey_id
        session.commit()
    with machine.db.session() as session:
        operations.set_fields(session, camera_id, {"camera:type": "dome"})
        session.commit()
    remote = change(7, "camera", camera_id, version=3, survey_id=str(survey_id),
                    camera_type="fixed", height=6.5, operator="Grad Beograd")  # fmt: skip
    pull(machine, [remote], 7)
    with machine.db.session() as session:
        camera = session.get(Camera, camera_id)
        assert camera is not None
        assert camera.camera_type == "dome"  # ours, still waiting to be pushed
        assert (camera.height, camera.operator) == (6.5, "Grad Beograd")  # theirs
        assert camera.server_version == 3
    assert checkpoint(machine) == 7
    # Applying the pull made no outbox rows of its own; ours still waits, on the new base.
    assert [(r.record_type, r.fields) for r in machine.outbox()] == [
        ("camera", {"camera_type": "dome"})
    ]


def test_tombstones_and_records_that_arrive_before_their_survey(
    laptop: Callable[[str], Laptop],
) -> None:
    machine = laptop("a")
    survey_id, camera_id, photo_id = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    thumbnail = make_jpeg(PhotoSpec(size=(64, 48)), seed=9)
    sha = "ab" * 32
    # The survey was renamed after its camera and photo were made: it comes last in the feed.
    pull(machine, [
        change(1, "photo", photo_id, sha256=sha, camera_id=str(camera_id), file_name="IMG_1.jpg",
               mime="image/jpeg", width=640, height=480, blob_sha256="cd" * 32, blob_size=1234,
               taken_utc="2026-05-04T08:30:15+00:00", taken_local="2026-05-04T10:30:15",
               utc_offset_minutes=120, latitude=44.81, longitude=20.46,
               thumbnail_jpeg_base64=base64.b64encode(thumbnail).decode()),
        change(2, "camera", camera_id, survey_id=str(survey_id), latitude=44.81, longitude=20.46,
               check_date="2026-05-04", extra_tags={"camera:angle": "15"}),
    ], 2)  # fmt: skip
    assert machine.camera_ids() == {camera_id} and machine.photo_ids() == {photo_id}
    pull(machine, [change(3, "survey", survey_id, version=2, name="Belgrade 2026")], 3)
    with machine.db.session() as session:
        camera = session.get(Camera, camera_id)
        photo = session.get(Photo, photo_id)
        assert camera is not None and photo is not None
        assert camera.survey.name == "Belgrade 2026" and not camera.survey.deleted
        assert camera.check_date is not None and camera.check_date.isoformat() == "2026-05-04"
        assert (photo.upload_state, photo.library_path, photo.size) == ("remote", "", 1234)
        assert photo.taken_utc == datetime(2026, 5, 4, 8, 30, 15, tzinfo=UTC)
        stored = session.scalars(select(Thumbnail).where(Thumbnail.photo_id == photo_id)).one()
        assert stored.jpeg == thumbnail and (stored.width, stored.height) == (320, 240)

    pull(machine, [change(4, "camera", camera_id, version=2, deleted=True)], 4)
    assert machine.camera_ids() == set()
    assert machine.outbox() == [] and checkpoint(machine) == 4


def test_an_unreadable_change_is_skipped_with_a_note_and_the_page_still_lands(
    laptop: Callable[[str], Laptop],
) -> None:
    machine = laptop("a")
    survey_id, bad, good = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    with machine.db.session() as session:
        result = apply_page(session, SERVER, [
            change(1, "survey", survey_id, name="S"),
            change(2, "camera", bad, survey_id=str(survey_id), check_date="yesterday"),
            change(3, "camera", good, survey_id=str(survey_id), latitude=1.0, longitude=2.0),
        ], 3)  # fmt: skip
        session.commit()
    assert (result.applied, result.skipped) == (2, 1)
    assert str(bad) in result.notes[0] and "check_date" in result.notes[0]
    assert machine.camera_ids() == {good} and checkpoint(machine) == 3


def test_a_page_and_its_checkpoint_are_one_transaction(laptop: Callable[[str], Laptop]) -> None:
    machine = laptop("a")
    survey_id = uuid.uuid4()
    with machine.db.session() as session:
        apply_page(session, SERVER, [change(5, "survey", survey_id, name="S")], 5)
        session.rollback()  # the run died before the commit
    assert checkpoint(machine) == 0
    with machine.db.session() as session:
        assert session.scalars(select(Camera)).all() == []


@pytest.mark.parametrize("state", ["nothing waiting", "pending delete"])
def test_a_local_deletion_waiting_to_be_pushed_is_not_undone(
    laptop: Callable[[str], Laptop], tmp_path: Path, state: str
) -> None:
    machine = laptop("a")
    machine.import_photos(photo_walk(tmp_path / "walk", 1))
    camera_id = next(iter(machine.camera_ids()))
    with machine.db.session() as session:
        camera = session.get(Camera, camera_id)
        assert camera is not None
        session.info[APPLYING_REMOTE] = True
        session.execute(delete(Outbox))
        camera.server_version = 1  # the server has it: a deletion must travel
        session.commit()
    with machine.db.session() as session:
        if state == "pending delete":
            operations.delete_camera(session, camera_id)
        session.commit()
        survey_id = camera.survey_id
    pull(machine, [change(9, "camera", camera_id, version=2, survey_id=str(survey_id),
                          notes="seen again")], 9)  # fmt: skip
    assert machine.camera_ids() == (set() if state == "pending delete" else {camera_id})
