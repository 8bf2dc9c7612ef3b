"""A walk imported in two goes gives the cameras one import gives: a new photo joins a camera an
earlier import made while that camera is still as its photos made it, and never one the
volunteer described, placed (by hand or by geotagging), or had reviewed, nor a teammate's."""

from __future__ import annotations

import subprocess
import sys
import zlib
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from surveyapp.cameras.grouping import described
from surveyapp.db.database import Database, open_database
from surveyapp.db.models import Camera, Photo, SyncState
from surveyapp.photos.importer import import_photos
from tests.factory import PhotoSpec, make_jpeg

START = datetime(2026, 5, 4, 10, 0)


@pytest.fixture
def survey(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "survey.sqlite")
    yield database
    database.close()


def shot(
    folder: Path,
    name: str,
    minutes: float,
    north_m: float = 0.0,
    bearing: float = 135.0,
    bearing_ref: str = "T",
) -> Path:
    """A phone photo ``minutes`` after START, ``north_m`` metres north of Terazije."""
    spec = PhotoSpec(
        latitude=44.8125 + north_m / 111_200,
        taken=START + timedelta(minutes=minutes),
        bearing=bearing,
        bearing_ref=bearing_ref,
    )
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(make_jpeg(spec, seed=zlib.crc32(name.encode()) & 0xFFFF))
    return path


def walk(folder: Path) -> list[Path]:
    """Two cameras: three photos of one at 10:00–10:04 (4 m apart), and one 300 m away."""
    return [
        shot(folder, "a1.jpg", 0),
        shot(folder, "a2.jpg", 2, 2),
        shot(folder, "b1.jpg", 3, 300),
        shot(folder, "a3.jpg", 4, 4),
    ]


def run_import(db: Database, *paths: Path, stop_after: int | None = None) -> None:
    with db.session() as session:
        steps = import_photos(session, list(paths), db.library, workers=2)
        for done, _ in enumerate(steps, start=1):
            if done == stop_after:
                steps.close()  # the volunteer pressed Cancel
                break
        session.commit()


def cameras(db: Database) -> list[tuple[list[str], float | None]]:
    """Each live camera's photo names and latitude (rounded to about a centimetre)."""
    with db.session() as session:
        found = []
        for camera in session.scalars(select(Camera).where(Camera.deleted.is_(False))):
            names = sorted(p.file_name for p in camera.photos if not p.deleted)
            latitude = None if camera.latitude is None else round(camera.latitude, 7)
            found.append((names, latitude))
        return sorted(found, key=lambda c: c[0])


def one_import(tmp_path: Path, paths: list[Path]) -> list[tuple[list[str], float | None]]:
    database = open_database(tmp_path / "at-once" / "survey.sqlite")
    try:
        run_import(database, *paths)
        return cameras(database)
    finally:
        database.close()


def test_a_walk_imported_in_two_goes_gives_the_cameras_of_one_import(
    survey: Database, tmp_path: Path
) -> None:
    paths = walk(tmp_path / "card")
    run_import(survey, *paths[:2])  # the morning's folder, then the rest
    run_import(survey, *paths[2:])
    assert cameras(survey) == one_import(tmp_path, paths)
    assert [names for names, _ in cameras(survey)] == [["a1.jpg", "a2.jpg", "a3.jpg"], ["b1.jpg"]]


def test_an_import_cancelled_and_made_again_gives_the_cameras_of_one_import(
    survey: Database, tmp_path: Path
) -> None:
    paths = walk(tmp_path / "card")
    run_import(survey, *paths, stop_after=1)
    run_import(survey, *paths)
    assert cameras(survey) == one_import(tmp_path, paths)


def test_the_command_line_grows_the_camera_the_first_import_made(tmp_path: Path) -> None:
    paths = walk(tmp_path / "card")
    db = tmp_path / "cli.sqlite"
    said = []
    for part in (paths[:1], paths[1:]):
        said.append(
            subprocess.run(
                [sys.executable, "-m", "surveyapp", "--db", str(db), "import", *map(str, part)],
                check=True,
                capture_output=True,
                text=True,
            ).stderr.splitlines()[-1]
        )
    # The second import made one camera (b1); a2 and a3 joined the first import's.
    assert said == [
        "1 imported, 0 duplicates, 0 errors, 0 without position; 1 new camera",
        "3 imported, 0 duplicates, 0 errors, 0 without position; 1 new camera",
    ]
    database = open_database(db)
    try:
        assert cameras(database) == one_import(tmp_path, paths)
    finally:
        database.close()


def describe_model(session: object, camera: Camera) -> None:
    camera.model = "DS-2CD2143G2-I"


def place_by_hand(session: object, camera: Camera) -> None:
    camera.latitude, camera.position_source = 44.81251, "manual"


def verify(session: object, camera: Camera) -> None:
    camera.review_state = "verified"


def a_teammates(session: object, camera: Camera) -> None:
    camera.owner = "bojan"
    for photo in camera.photos:
        photo.owner = "bojan"


def holding_a_teammates_photo(session: object, camera: Camera) -> None:
    camera.photos[0].owner = "bojan"


def placed_by_geotagging(session: object, camera: Camera) -> None:
    camera.photos[0].position_source = camera.position_source = "gpx"


@pytest.mark.parametrize(
    "change",
    [
        describe_model,
        place_by_hand,
        verify,
        a_teammates,
        holding_a_teammates_photo,
        placed_by_geotagging,
    ],
)
def test_a_camera_someone_said_something_of_is_not_grown_by_a_later_import(
    survey: Database, tmp_path: Path, change: object
) -> None:
    paths = walk(tmp_path / "card")
    run_import(survey, *paths[:2])
    with survey.session() as session:
        session.add(SyncState(server_url="http://team", user_name="ana", role="volunteer"))
        camera = session.scalars(select(Photo).where(Photo.file_name == "a1.jpg")).one().camera
        assert camera is not None
        for photo in camera.photos:
            photo.owner = photo.owner or "ana"
        camera.owner = "ana"
        change(session, camera)  # type: ignore[operator]
        session.commit()
        before = (camera.id, camera.latitude, camera.model, camera.review_state)
    run_import(survey, *paths[2:])
    with survey.session() as session:
        kept = session.get_one(Camera, before[0])
        assert (kept.id, kept.latitude, kept.model, kept.review_state) == before
        assert sorted(p.file_name for p in kept.photos) == ["a1.jpg", "a2.jpg"]
        third = session.scalars(select(Photo).where(Photo.file_name == "a3.jpg")).one()
        assert third.camera_id != kept.id and third.camera is not None
        assert [p.file_name for p in third.camera.photos] == ["a3.jpg"]


def test_her_own_synced_camera_is_grown(survey: Database, tmp_path: Path) -> None:
    paths = walk(tmp_path / "card")
    run_import(survey, *paths[:2])
    with survey.session() as session:
        session.add(SyncState(server_url="http://team", user_name="ana", role="volunteer"))
        for record in [*session.scalars(select(Camera)), *session.scalars(select(Photo))]:
            record.owner, record.server_version = "ana", 1
        session.commit()
    run_import(survey, *paths[2:])
    assert [names for names, _ in cameras(survey)] == [["a1.jpg", "a2.jpg", "a3.jpg"], ["b1.jpg"]]


def test_a_direction_from_a_magnetic_bearing_is_not_a_description(
    survey: Database, tmp_path: Path
) -> None:
    # Android phones write magnetic bearings; the camera's direction is from true north. That is
    # still what the photo gave, not something the volunteer said (before, a second import made
    # a camera of its own, and a sync kept an import's empty shell as "described").
    magnetic = shot(tmp_path / "card", "m1.jpg", 0, bearing=90.0, bearing_ref="M")
    run_import(survey, magnetic)
    with survey.session() as session:
        camera = session.scalars(select(Camera)).one()
        assert camera.camera_direction != "90"  # corrected to true north in Belgrade
        assert not described(camera, camera.photos)
    run_import(survey, shot(tmp_path / "card", "m2.jpg", 1, 2, bearing=92.0, bearing_ref="M"))
    assert [names for names, _ in cameras(survey)] == [["m1.jpg", "m2.jpg"]]
