"""The server's migrations: they build exactly the models' schema, on SQLite and PostgreSQL,
and change the data they must."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Uuid, column, insert, select, table
from sqlalchemy.orm import Session

from surveyapp.server.database import SCHEMA_HEAD, ServerDatabase, migrations_dir, stored_revision
from surveyapp.server.models import Counter, Record, ServerBase, User
from surveyapp.sql import UTCDateTime
from tests.server_migrations import migrated_to


def test_schema_head_names_the_newest_migration() -> None:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_HEAD


def test_migrations_match_the_models(server_database_url: str) -> None:
    database = ServerDatabase(server_database_url)
    try:
        assert stored_revision(database.engine) == SCHEMA_HEAD
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, ServerBase.metadata) == []
        with database.session() as session:
            assert session.get(Counter, 1) is not None  # the sequence counter's one row
        ServerDatabase(server_database_url).close()  # opening again is a no-op
    finally:
        database.close()


def test_the_migration_drops_what_withdrawn_photos_kept(server_database_url: str) -> None:
    """A server from before s0007 kept a deleted photo's thumbnail, file name, times and
    position in its tombstone; migrating keeps only what records are found by, and leaves
    live photos as they were."""
    engine = migrated_to(server_database_url, "s0005")
    personal = {
        "file_name": "IMG_20260504_073512.jpg", "taken_local": "2026-05-04T07:35:12",
        "latitude": 44.81, "longitude": 20.46, "thumbnail_jpeg_base64": "/9j/AAAA",
    }  # fmt: skip
    ids = [uuid.uuid4() for _ in range(3)]
    with Session(engine) as session, session.begin():
        session.add(User(id=1, name="ana", role="volunteer", token_hash="0" * 64))
        session.flush()
        states = zip(ids, (True, False, True), strict=True)
        for seq, (record_id, deleted) in enumerate(states, start=1):
            fields = {"sha256": f"{seq:064x}", "camera_id": str(ids[1]), **personal}
            if seq == 3:  # a tombstone with the copy it named
                fields["blob_sha256"] = "b" * 64
            session.add(
                Record(
                    record_type="photo", record_id=record_id, version=1, seq=seq,
                    deleted=deleted, fields=fields, field_versions={}, created_by=1,
                    updated_by=1, sha256=fields["sha256"],
                )
            )  # fmt: skip
    engine.dispose()

    database = ServerDatabase(server_database_url)
    try:
        with database.session() as session:
            stored = {
                r.record_id: r.fields for r in session.scalars(select(Record).order_by(Record.seq))
            }
    finally:
        database.close()
    assert stored[ids[0]] == {"sha256": f"{1:064x}", "camera_id": str(ids[1])}
    assert stored[ids[2]] == {
        "sha256": f"{3:064x}",
        "camera_id": str(ids[1]),
        "blob_sha256": "b" * 64,
    }
    assert stored[ids[1]]["file_name"] == personal["file_name"]  # a live photo keeps everything
    assert stored[ids[1]]["thumbnail_jpeg_base64"] == personal["thumbnail_jpeg_base64"]


def test_the_migration_drops_what_deleted_cameras_kept(server_database_url: str) -> None:
    """A server from before s0009 kept a deleted camera's place, direction and notes in its
    tombstone; migrating keeps only its survey, and leaves live cameras and cameras merged
    into another (their values live on there) as they were."""
    engine = migrated_to(server_database_url, "s0008")
    survey = str(uuid.uuid4())
    personal = {
        "survey_id": survey, "latitude": 44.81, "longitude": 20.46, "camera_direction": "135",
        "notes": "seen from my flat", "operator": "City",
    }  # fmt: skip
    deleted, live, merged = (uuid.uuid4() for _ in range(3))
    with Session(engine) as session, session.begin():
        session.add(User(id=1, name="ana", role="volunteer", token_hash="0" * 64))
        session.flush()
        rows = ((deleted, True, None), (live, False, None), (merged, True, live))
        for seq, (record_id, gone, into) in enumerate(rows, start=1):
            session.add(
                Record(
                    record_type="camera", record_id=record_id, version=1, seq=seq,
                    deleted=gone, fields=dict(personal), field_versions={}, created_by=1,
                    updated_by=1, merged_into=into,
                )
            )  # fmt: skip
    engine.dispose()

    database = ServerDatabase(server_database_url)
    try:
        with database.session() as session:
            stored = {r.record_id: r.fields for r in session.scalars(select(Record))}
    finally:
        database.close()
    assert stored[deleted] == {"survey_id": survey}
    assert stored[live] == personal
    assert stored[merged] == personal


def test_the_migration_counts_each_copys_first_uploader_as_its_uploader(
    server_database_url: str,
) -> None:
    """A server from before s0008 knew one uploader of a copy (``blob.uploaded_by``); a copy
    counts as named only by its uploaders' photos now, so migrating makes that user its
    uploader: the copies served before stay served."""
    from surveyapp.server.models import Blob, BlobUploader
    from surveyapp.server.retract import named

    engine = migrated_to(server_database_url, "s0007")
    shared, orphan = "c" * 64, "d" * 64
    with engine.begin() as connection:
        connection.execute(
            insert(User).values(id=1, name="ana", role="volunteer", token_hash="0" * 64)
        )
        connection.execute(
            insert(Record).values(
                record_type="photo", record_id=uuid.uuid4(), version=1, seq=1, deleted=False,
                fields={"sha256": "e" * 64, "blob_sha256": shared}, field_versions={},
                created_by=1, updated_by=1, sha256="e" * 64, blob_sha256=shared,
                updated_at=datetime.now(UTC),
            )
        )  # fmt: skip
        when = datetime(2026, 12, 1, tzinfo=UTC)
        for sha256, uploader in ((shared, 1), (orphan, None)):
            connection.execute(
                insert(Blob).values(sha256=sha256, size=5, uploaded_by=uploader, created_at=when)
            )
    engine.dispose()

    database = ServerDatabase(server_database_url)
    try:
        with database.session() as session:
            rows = session.execute(select(BlobUploader.sha256, BlobUploader.user_id)).all()
            assert [tuple(row) for row in rows] == [(shared, 1)]
            assert named(session, shared)
    finally:
        database.close()


def test_a_copy_the_new_rule_no_longer_counts_as_named_is_deleted_after_the_grace_period(
    server_database_url: str, tmp_path: Path
) -> None:
    """Before s0008 any live photo kept a copy: a teammate could revive a volunteer's withdrawn
    photo by pushing its picture's hash, and her copy stayed served. After the migration no
    photo of someone who sent it names that copy: it is unnamed from then on, so the sweep
    deletes its file after the grace period (it stayed on disk for ever, unnamed_since empty)."""
    from datetime import UTC, datetime, timedelta

    from surveyapp.server.blobs import BlobStore
    from surveyapp.server.models import Blob
    from surveyapp.server.retract import collect

    engine = migrated_to(server_database_url, "s0007")
    kept, revived = "c" * 64, "f" * 64
    with engine.begin() as connection:
        for user_id, name in ((1, "ana"), (2, "bojan")):
            connection.execute(
                insert(User).values(id=user_id, name=name, role="volunteer",
                                    token_hash=str(user_id) * 64)
            )  # fmt: skip
        for seq, (creator, copy) in enumerate(((1, kept), (2, revived)), start=1):
            connection.execute(
                insert(Record).values(
                    record_type="photo", record_id=uuid.uuid4(), version=1, seq=seq,
                    deleted=False, fields={"sha256": str(seq) * 64, "blob_sha256": copy},
                    field_versions={"blob_sha256": [1, creator]}, created_by=creator,
                    updated_by=creator, sha256=str(seq) * 64, blob_sha256=copy,
                    updated_at=datetime.now(UTC),
                )
            )  # fmt: skip
        when = datetime(2026, 12, 1, tzinfo=UTC)
        for sha256 in (kept, revived):  # both sent by ana, both named under the old rule
            connection.execute(
                insert(Blob).values(sha256=sha256, size=5, uploaded_by=1, created_at=when)
            )
    engine.dispose()
    store = BlobStore(tmp_path / "blobs", 2**20)
    for sha256 in (kept, revived):
        store.path(sha256).parent.mkdir(parents=True, exist_ok=True)
        store.path(sha256).write_bytes(b"bytes")

    database = ServerDatabase(server_database_url)
    try:
        later = datetime.now(UTC) + timedelta(days=31)
        assert collect(database, store, timedelta(days=30), later) == 1
        assert store.size(kept) == 5 and store.size(revived) is None
    finally:
        database.close()


def test_the_migration_empties_the_records_kept_in_stored_answers(
    server_database_url: str,
) -> None:
    """A server from before s0010 kept its answer to a merge with the photos it named whole
    (file name, times, position, thumbnail), after the photo was withdrawn too; migrating
    keeps which records the answer named and nothing of them."""
    from surveyapp.server.models import Mutation

    engine = migrated_to(server_database_url, "s0009")
    photo, camera, plain = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    personal = {"file_name": "IMG_20260504_073512.jpg", "latitude": 44.81, "thumbnail": "/9j/"}
    change = {
        "seq": 7, "record_type": "photo", "record_id": str(photo), "version": 2,
        "deleted": False, "author": "ana", "updated_at": "2026-05-04T07:40:00Z",
        "fields": personal, "change_id": None,
    }  # fmt: skip
    answer = {"mutation_id": str(camera), "status": "applied", "records": [change]}
    with Session(engine) as session, session.begin():
        session.add(User(id=1, name="ana", role="volunteer", token_hash="0" * 64))
        session.flush()
        session.add(Mutation(mutation_id=camera, content_hash="a" * 64, result=answer, user_id=1))
        session.add(
            Mutation(
                mutation_id=plain, content_hash="b" * 64,
                result={"mutation_id": str(plain), "status": "applied", "records": []}, user_id=1,
            )
        )  # fmt: skip
    engine.dispose()

    database = ServerDatabase(server_database_url)
    try:
        with database.session() as session:
            stored = {m.mutation_id: m.result for m in session.scalars(select(Mutation))}
    finally:
        database.close()
    assert stored[camera]["records"] == [{**change, "fields": {}}]
    assert stored[camera]["status"] == "applied"
    assert stored[plain]["records"] == []


def test_the_refusals_kept_before_the_migration_are_not_yet_reviewed(
    server_database_url: str,
) -> None:
    """A server from before s0011 had no way to mark a refusal reviewed: after the migration
    every refusal it kept is still in the reviewers' Refused list, and can be marked."""
    from surveyapp.server.review import refused_changes, review_refusals

    engine = migrated_to(server_database_url, "s0010")
    kept, record = uuid.uuid4(), uuid.uuid4()
    with Session(engine) as session, session.begin():
        session.add(User(id=1, name="mallory", role="volunteer", token_hash="0" * 64))
        session.flush()
        older = table("refusal", column("mutation_id", Uuid), column("user_id"),
                      column("record_type"), column("record_id", Uuid), column("code"),
                      column("message"), column("received_at", UTCDateTime))  # fmt: skip
        session.execute(
            insert(older).values(
                mutation_id=kept, user_id=1, record_type="camera", record_id=record,
                code="forbidden", message="not allowed",
                received_at=datetime(2026, 12, 6, 10, 0, tzinfo=UTC),
            )
        )  # fmt: skip
    engine.dispose()

    database = ServerDatabase(server_database_url)
    try:
        with database.session() as session:
            assert [row["mutation_id"] for row in refused_changes(session=session)] == [str(kept)]
            assert review_refusals(session=session, ids=[kept]) == ([str(kept)], [])
        with database.session() as session:
            assert refused_changes(session=session) == []
    finally:
        database.close()
