"""The outbox: in the edit's transaction, only changed fields, coalesced, frozen once sent."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import delete, select, text, update

from surveyapp.cameras import operations
from surveyapp.db.database import open_database
from surveyapp.db.engine import sqlite_engine
from surveyapp.db.migrate import alembic_config
from surveyapp.db.models import Camera, Outbox, Photo, Survey
from surveyapp.db.outbox import APPLYING_REMOTE, TRACKED
from surveyapp.protocol.fields import RECORD_FIELDS
from surveyapp.sync.push import enqueue_unsynced, next_batch
from surveyapp.sync.status import outgoing
from tests.sync.conftest import Laptop, Team, photo_walk


def rows(machine: Laptop) -> list[tuple[str, str, dict[str, object]]]:
    return [(r.record_type, r.op, r.fields) for r in machine.outbox()]


def test_the_tracked_fields_are_the_protocols() -> None:
    for cls, (name, fields) in TRACKED.items():
        wire = set(RECORD_FIELDS[name]) - {"thumbnail_jpeg_base64"}
        assert set(fields) == wire, cls
        assert all(hasattr(cls, f) for f in fields)


def test_an_import_queues_each_new_record_in_the_same_transaction(
    laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    machine = laptop("a")
    machine.import_photos(photo_walk(tmp_path / "walk", 2))
    queued = machine.outbox()
    assert sorted(r.record_type for r in queued) == ["camera", "camera", "photo", "photo", "survey"]
    assert {r.op for r in queued} == {"upsert"} and {r.base_version for r in queued} == {None}
    photo_rows = [r for r in queued if r.record_type == "photo"]
    # Photos were grouped after they were written: the camera link coalesced into their row.
    assert {r.fields["camera_id"] for r in photo_rows} == {str(c) for c in machine.camera_ids()}
    assert all(len(r.fields["sha256"]) == 64 for r in photo_rows)
    camera_row = next(r for r in queued if r.record_type == "camera")
    assert camera_row.fields["status"] == "present"  # column defaults travel too
    assert camera_row.fields["vendor_confidence"] == "unknown"

    # A failed edit leaves no outbox row behind: the row is part of the rolled-back transaction.
    with machine.db.session() as session:
        camera_id = sorted(machine.camera_ids())[0]
        operations.set_fields(session, camera_id, {"height": "7"})
        session.rollback()
    assert len(machine.outbox()) == 5


def test_edits_coalesce_until_a_push_freezes_the_row(
    laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    machine = laptop("a")
    machine.import_photos(photo_walk(tmp_path / "walk", 1))
    camera_id = next(iter(machine.camera_ids()))
    with machine.db.session() as session:  # pretend the server has this camera at version 4
        session.info[APPLYING_REMOTE] = True
        session.execute(delete(Outbox))
        camera = session.get(Camera, camera_id)
        assert camera is not None
        camera.server_version = 4
        session.commit()
    assert machine.outbox() == []

    for values in ({"height": "5"}, {"camera:type": "dome", "height": "6"}):
        with machine.db.session() as session:
            operations.set_fields(session, camera_id, values)
            session.commit()
    assert rows(machine) == [("camera", "upsert", {"height": 6.0, "camera_type": "dome"})]
    assert machine.outbox()[0].base_version == 4

    ids, items = next_batch(machine.db.session_factory, 0)  # a push takes the row
    assert items[0]["fields"] == {"height": 6.0, "camera_type": "dome"}
    with machine.db.session() as session:
        operations.move_camera(session, camera_id, 44.9, 20.5)
        session.commit()
    queued = machine.outbox()
    assert [r.attempts for r in queued] == [1, 0]
    assert queued[0].fields == {"height": 6.0, "camera_type": "dome"}  # unchanged: same content
    assert queued[1].fields == {"latitude": 44.9, "longitude": 20.5, "position_source": "manual"}

    with machine.db.session() as session:
        operations.delete_camera(session, camera_id)
        session.commit()
    assert [(r.op, r.fields) for r in machine.outbox()][1] == ("delete", {})


def test_a_record_deleted_before_it_was_ever_pushed_sends_nothing(
    laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    machine = laptop("a")
    machine.import_photos(photo_walk(tmp_path / "walk", 2))
    first, second = sorted(machine.camera_ids())
    with machine.db.session() as session:
        operations.delete_camera(session, second)
        session.commit()
    queued = machine.outbox()
    assert [r.record_id for r in queued if r.record_type == "camera"] == [first]
    assert all(r.op == "upsert" for r in queued)
    photos = [r for r in queued if r.record_type == "photo"]
    assert {r.fields["camera_id"] for r in photos} == {str(first)}  # the other's went with it


def test_a_merge_is_one_operation_and_an_edit_that_changes_nothing_queues_nothing(
    laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    machine = laptop("a")
    machine.import_photos(photo_walk(tmp_path / "walk", 2))
    first, second = sorted(machine.camera_ids())
    with machine.db.session() as session:  # as if a push had sent them all
        session.execute(update(Outbox).values(state="sent", attempts=1))
        session.commit()
    before = len(machine.outbox())
    with machine.db.session() as session:
        operations.set_fields(session, first, {"operator": ""})  # already empty
        session.commit()
    assert len(machine.outbox()) == before
    with machine.db.session() as session:
        operations.merge_cameras(session, [first, second])
        session.commit()
    added = machine.outbox()[before:]
    # The merge alone: the absorbed camera's tombstone, its photo's move and the target's new
    # position travel inside it, not as diffs of their own (the server derives the position
    # from the cameras it really absorbs).
    assert [(r.record_type, r.record_id, r.op) for r in added] == [("camera", first, "merge")]
    assert added[0].fields == {}
    assert added[0].args["absorbed"] == [str(second)] and len(added[0].args["photos"]) == 1
    assert added[0].args["merge_fields"] == [str(first)]


def test_merging_cameras_the_server_never_saw_needs_no_operation(
    laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    machine = laptop("a")
    machine.import_photos(photo_walk(tmp_path / "walk", 2))
    first, second = sorted(machine.camera_ids())
    with machine.db.session() as session:
        operations.merge_cameras(session, [first, second])
        session.commit()
    queued = machine.outbox()
    assert [r.record_id for r in queued if r.record_type == "camera"] == [first]
    assert {r.op for r in queued} == {"upsert"}
    photos = [r for r in queued if r.record_type == "photo"]
    assert [r.fields["camera_id"] for r in photos] == [str(first)] * 2


def test_changes_from_the_server_make_no_outbox_rows(laptop: Callable[[str], Laptop]) -> None:
    machine = laptop("a")
    with machine.db.session() as session:
        session.info[APPLYING_REMOTE] = True
        session.add(Survey(id=uuid.uuid4(), name="Pulled", server_version=1, owner="ana"))
        session.commit()
    assert machine.outbox() == []


def test_dry_run_counts_what_would_leave_and_changes_nothing(
    laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    machine = laptop("a")
    machine.import_photos(photo_walk(tmp_path / "walk", 2))
    with machine.db.session() as session:
        out = outgoing(session)
    assert out.records == {"survey": 1, "camera": 2, "photo": 2}
    assert out.photos == 2 and out.deletions == 0
    assert out.fields["sha256"] == 2 and out.fields["latitude"] == 4
    assert len(machine.outbox()) == 5


def test_a_dry_run_names_what_a_change_shares_never_a_new_records_empty_fields(
    laptop: Callable[[str], Laptop], sqlite_team: Team, tmp_path: Path
) -> None:
    """A new camera's first upsert names all its fields: its empty ones share nothing (they
    were listed, "notes" and "operator" for a walk without either). An edit that empties a
    field the server holds is a change of it, and stays listed."""
    ana = laptop("ana")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=1201))
    with ana.db.session() as session:
        out = outgoing(session)
    assert out.by_record["photo", "file_name"] == 1 and out.by_record["camera", "survey_id"] == 1
    assert ("camera", "notes") not in out.by_record and "operator" not in out.fields
    with ana.db.session() as session, session.begin():
        camera = session.scalars(select(Camera)).one()
        camera.notes, camera_id = "above the bakery's door", camera.id
    # The team server is shared with other tests: the sync brings their cameras too.
    assert ana.sync(sqlite_team.url, sqlite_team.user()).complete
    with ana.db.session() as session, session.begin():
        session.get_one(Camera, camera_id).notes = ""
    with ana.db.session() as session:
        out = outgoing(session)
    assert out.by_record == {("camera", "notes"): 1}


def test_a_database_with_data_at_0002_upgrades_and_its_records_get_queued(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = sqlite_engine(path)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0002")
        connection.execute(
            text(
                "INSERT INTO survey (id, name, created_at, updated_at, pending, deleted) VALUES "
                "('11111111111111111111111111111111', 'Valenciennes', '2026-01-01 00:00:00', "
                "'2026-01-01 00:00:00', 1, 0)"
            )
        )
        for i in range(3):
            connection.execute(
                text(
                    "INSERT INTO camera (id, survey_id, latitude, longitude, vendor_confidence, "
                    "status, extra_tags, created_at, updated_at, pending, deleted) VALUES (:id, "
                    "'11111111111111111111111111111111', 50.35, 3.52, 'seen', 'present', '{}', "
                    "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 1, 0)"
                ),
                {"id": uuid.UUID(int=i + 1).hex},
            )
    engine.dispose()
    db = open_database(path)
    try:
        assert db.migration.from_revision == "0002" and db.migration.backup is not None
        with db.session() as session:
            survey = session.scalars(select(Survey)).one()
            assert survey.blur_people is True
            assert session.scalars(select(Outbox)).all() == []
            assert enqueue_unsynced(session) == 4
            session.commit()
            queued = session.scalars(select(Outbox).order_by(Outbox.id)).all()
            assert [r.record_type for r in queued] == ["survey", "camera", "camera", "camera"]
            assert queued[1].fields["vendor_confidence"] == "seen"
            assert enqueue_unsynced(session) == 0  # queued once
    finally:
        db.close()
    with sqlite3.connect(path) as raw:
        tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master")}
    raw.close()
    assert {"outbox", "sync_state", "sync_run"} <= tables


@pytest.mark.parametrize("state", ["local", "remote"])
def test_only_our_own_photos_wait_for_upload(
    laptop: Callable[[str], Laptop], tmp_path: Path, state: str
) -> None:
    machine = laptop("a")
    machine.import_photos(photo_walk(tmp_path / "walk", 1))
    with machine.db.session() as session:
        session.info[APPLYING_REMOTE] = True
        photo = session.scalars(select(Photo)).one()
        photo.upload_state = state
        if state == "remote":
            photo.library_path = ""
        session.commit()
        assert outgoing(session).photos == (1 if state == "local" else 0)


def test_a_batch_ends_before_its_thumbnails_get_heavy(
    laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    machine = laptop("a")
    machine.import_photos(photo_walk(tmp_path / "walk", 3))
    with machine.db.session() as session:  # as sync.blobs attaches the shared copies' thumbnails
        for row in session.scalars(select(Outbox).where(Outbox.record_type == "photo")):
            row.fields = {**row.fields, "thumbnail_jpeg_base64": "A" * 2_100_000}
        session.commit()
    batches: list[list[dict[str, object]]] = []
    after = 0
    while True:
        ids, items = next_batch(machine.db.session_factory, after)
        if not ids:
            break
        assert len(ids) == len(items)
        batches.append(items)
        after = ids[-1]
    photos_per_batch = [sum(item["record_type"] == "photo" for item in b) for b in batches]
    assert photos_per_batch == [1, 1, 1] or photos_per_batch == [0, 1, 1, 1]
    assert sum(len(b) for b in batches) == 7  # survey, 3 cameras, 3 photos: each once


def test_the_local_thumbnail_never_leaves_the_laptop(
    laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Only a thumbnail of the shareable (blurred) copy is sent: the local one shows faces
    unblurred and may be the camera's embedded preview."""
    machine = laptop("a")
    machine.import_photos(photo_walk(tmp_path / "walk", 2))
    ids, items = next_batch(machine.db.session_factory, 0)
    photos = [item for item in items if item["record_type"] == "photo"]
    assert len(photos) == 2
    assert all("thumbnail_jpeg_base64" not in item["fields"] for item in photos)
