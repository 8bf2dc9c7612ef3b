"""The local database: created, migrated, backed up and refused as a user would expect."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from surveyapp.db.database import default_database_path, open_database
from surveyapp.db.migrate import (
    SCHEMA_HEAD,
    DatabaseTooNewError,
    alembic_config,
    head_revision,
    migrations_dir,
    upgrade_database,
)
from surveyapp.db.models import Camera, Photo, Survey


def test_a_new_database_is_created_migrated_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.sqlite")
    try:
        assert db.migration.from_revision is None
        assert db.migration.to_revision == head_revision()
        assert db.migration.backup is None
        with db.engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert db.library.is_dir() and db.library.parent == tmp_path
    finally:
        db.close()


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    db = open_database(tmp_path / "fk.sqlite")
    with db.session() as session:
        session.add(Camera(id=uuid.uuid4(), survey_id=uuid.uuid4(), extra_tags={}))
        with pytest.raises(IntegrityError):
            session.commit()
    db.close()


def test_the_schema_head_constant_is_the_newest_migration() -> None:
    assert head_revision() == SCHEMA_HEAD


def test_alembic_check_finds_nothing_pending(tmp_path: Path) -> None:
    db = open_database(tmp_path / "check.sqlite")
    with db.engine.connect() as connection:
        command.check(alembic_config(connection))  # raises when models and migrations differ
    db.close()


def test_sha256_is_unique(tmp_path: Path) -> None:
    db = open_database(tmp_path / "u.sqlite")
    with db.session() as session:
        for _ in range(2):
            session.add(
                Photo(sha256="a" * 64, file_name="x.jpg", library_path="x", mime="image/jpeg",
                      size=1)
            )  # fmt: skip
        with pytest.raises(IntegrityError):
            session.commit()
    db.close()


def test_a_survey_moved_while_a_command_has_it_open_keeps_what_it_saved(tmp_path: Path) -> None:
    """A file manager moves the survey while a command has it open (a long import). Before,
    what the command had saved stayed in the ``-wal`` beside the old name when it ended:
    SQLite writes the ``-wal`` into the file on close only for a file still at the name it
    opened, so the moved survey had lost it."""
    db = open_database(tmp_path / "S.sqlite")
    with db.session() as session:
        session.add(
            Photo(sha256="a" * 64, file_name="x.jpg", library_path="x", mime="image/jpeg", size=1)
        )
        session.commit()
    moved = tmp_path / "Moved.sqlite"
    (tmp_path / "S.sqlite").rename(moved)
    db.close()
    connection = sqlite3.connect(moved)
    try:
        assert connection.execute("SELECT file_name FROM photo").fetchall() == [("x.jpg",)]
    finally:
        connection.close()


def test_database_path_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SURVEYAPP_DB", "/somewhere/field.sqlite")
    assert default_database_path() == Path("/somewhere/field.sqlite")
    monkeypatch.delenv("SURVEYAPP_DB")
    assert default_database_path().name == "survey.sqlite"


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00d_from_the_future'")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer version of SurveyApp"):
        open_database(path)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.backup"))


NEXT_MIGRATION = '''"""a future migration: cameras get a colour"""

import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("camera") as batch_op:
        batch_op.add_column(sa.Column("colour", sa.String(20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("camera") as batch_op:
        batch_op.drop_column("colour")
'''


def test_a_migration_backs_up_first_and_keeps_the_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    db = open_database(path)
    with db.session() as session:
        survey = Survey(id=uuid.uuid4(), name="Belgrade 2026")
        camera = Camera(id=uuid.uuid4(), survey=survey, latitude=44.8, longitude=20.4,
                        camera_type="dome", extra_tags={"camera:angle": "30"})  # fmt: skip
        session.add_all([survey, camera])
        session.commit()
        camera_id = camera.id
    db.close()

    scripts = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_colour.py").write_text(
        NEXT_MIGRATION.format(head=head_revision())
    )
    db = open_database(path)  # same version: nothing to do, no backup
    assert db.migration.backup is None
    report = upgrade_database(db.engine, path, script_location=scripts)
    assert (report.from_revision, report.to_revision) == (head_revision(), "9999")
    assert report.backup is not None and report.backup.is_file()
    with sqlite3.connect(report.backup) as backup:
        assert backup.execute("SELECT camera_type FROM camera").fetchall() == [("dome",)]
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
    backup.close()
    with db.engine.connect() as connection:
        row = connection.execute(text("SELECT camera_type, colour FROM camera")).one()
        assert tuple(row) == ("dome", None)
    with db.session() as session:
        camera = session.scalars(select(Camera)).one()
        assert camera.id == camera_id and camera.extra_tags == {"camera:angle": "30"}
    db.close()


def test_every_migration_upgrades_a_database_full_of_data(tmp_path: Path) -> None:
    """Step through every revision from the first, with data written at the first."""
    from alembic.script import ScriptDirectory

    from surveyapp.db.engine import sqlite_engine

    path = tmp_path / "steps.sqlite"
    engine = sqlite_engine(path)
    revisions = [r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()]
    revisions.reverse()  # oldest first
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revisions[0])
        connection.execute(
            text(
                "INSERT INTO survey (id, name, created_at, updated_at, pending, deleted) "
                "VALUES ('11111111111111111111111111111111', 'Valenciennes', "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 1, 0)"
            )
        )
        for i in range(50):
            connection.execute(
                text(
                    "INSERT INTO camera (id, survey_id, latitude, longitude, vendor_confidence, "
                    "status, extra_tags, created_at, updated_at, pending, deleted) VALUES "
                    "(:id, '11111111111111111111111111111111', 50.35, 3.52, 'seen', 'present', "
                    "'{}', '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1, 0)"
                ),
                {"id": uuid.UUID(int=i + 1).hex},
            )
    for revision in revisions[1:]:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
    engine.dispose()
    db = open_database(path)
    with db.session() as session:
        cameras = session.scalars(select(Camera)).all()
        assert len(cameras) == 50
        assert {c.survey.name for c in cameras} == {"Valenciennes"}
        assert {c.vendor_confidence for c in cameras} == {"seen"}
    db.close()


FAILING_MIGRATION = '''"""a future migration that fails halfway (a crash, a full disk)"""

import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("sighting", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("INSERT INTO sighting (id) VALUES (1)")
    raise RuntimeError("the disk is full")


def downgrade() -> None:
    op.drop_table("sighting")
'''


def test_a_migration_that_fails_halfway_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    """Schema changes run inside the migration's transaction: a failure (or a kill) midway
    leaves no half-made table, the old revision stands, and the file opens again."""
    path = tmp_path / "survey.sqlite"
    open_database(path).close()
    scripts = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_sighting.py").write_text(
        FAILING_MIGRATION.format(head=head_revision())
    )
    db = open_database(path)
    with pytest.raises(RuntimeError, match="disk is full"):
        upgrade_database(db.engine, path, script_location=scripts)
    db.close()

    with sqlite3.connect(path) as connection:
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()
    assert "sighting" not in tables
    assert version == (head_revision(),)
    open_database(path).close()  # and it still opens
