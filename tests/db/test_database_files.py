"""The survey database's own files are never read as input nor overwritten by an export.

Reading the database (even only to see that it is not a photo) opens and closes it outside
SQLite, which drops SQLite's locks on it in the process; an export renamed over it would replace
the survey. Each guard is checked with the file under another name too (a hard link).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from surveyapp.db.database import Database, open_database
from surveyapp.db.files import is_database_file
from surveyapp.export.formats import export_to_file
from surveyapp.export.job import ExportError
from surveyapp.known.layer import import_known
from surveyapp.known.reader import KnownFileError
from surveyapp.photos.importer import ImportResult, import_photos
from tests.factory import PhotoSpec, make_jpeg


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = open_database(tmp_path / "day" / "S.sqlite")
    with database.session() as session:  # a -wal and a -shm beside it
        session.connection().exec_driver_sql("CREATE TABLE scratch (x)")
        session.commit()
    return database


def test_the_database_and_its_companions_are_recognised_under_any_name(
    db: Database, tmp_path: Path
) -> None:
    alias = tmp_path / "alias.sqlite"
    os.link(db.path, alias)
    with db.read_session() as session:
        for path in (db.path, Path(f"{db.path}-wal"), Path(f"{db.path}-shm"), alias):
            assert is_database_file(session, path), path
        assert not is_database_file(session, tmp_path / "photo.jpg")


def test_an_import_of_the_surveys_own_folder_reads_only_the_photos(db: Database) -> None:
    (db.path.parent / "IMG_1.jpg").write_bytes(make_jpeg(PhotoSpec(latitude=44.8), seed=1))
    with db.session() as session:
        steps = import_photos(session, [db.path.parent], db.library, workers=1)
        results: list[ImportResult] = []
        try:
            while True:
                results.extend(next(steps).stored)
        except StopIteration:
            pass
        session.commit()
    assert [(Path(r.path).name, r.status) for r in results] == [("IMG_1.jpg", "imported")]


def test_the_survey_is_refused_as_a_known_camera_file_and_as_an_export_target(
    db: Database,
) -> None:
    with db.session() as session, pytest.raises(KnownFileError, match="survey database itself"):
        import_known(session, db.path)
    with db.read_session() as session, pytest.raises(ExportError, match="survey database"):
        export_to_file(session, "geojson", db.path, library=db.library)
    assert db.path.stat().st_size > 0
