"""Warnings a volunteer sees before sharing: duplicates, already-mapped cameras, missing data."""

from __future__ import annotations

import math
import random
import uuid
from datetime import datetime

import numpy as np
import pytest
from sqlalchemy.orm import Session

from surveyapp.cameras.history import APP, undo
from surveyapp.cameras.history import mark_distinct as mark_distinct_undoably
from surveyapp.cameras.operations import current_survey
from surveyapp.cameras.review import mark_distinct
from surveyapp.cameras.warnings import (
    DUPLICATE_DISTANCE_M,
    camera_names,
    distance_m,
    near_pairs,
    survey_warnings,
)
from surveyapp.db.models import Camera, CameraStreet, KnownCamera, Photo, SyncState

BASE = (44.8125, 20.4612)


def north_east(metres_north: float, metres_east: float = 0.0) -> tuple[float, float]:
    lat = BASE[0] + metres_north / 111_195
    return lat, BASE[1] + metres_east / (111_195 * math.cos(math.radians(lat)))


def add_camera(session: Session, position: tuple[float, float] | None, **fields: object) -> Camera:
    lat, lon = position if position is not None else (None, None)
    camera = Camera(
        id=uuid.uuid4(), survey=current_survey(session), latitude=lat, longitude=lon, **fields
    )
    session.add(camera)
    session.flush()
    return camera


def kinds(session: Session) -> list[str]:
    return [w.kind for w in survey_warnings(session)]


def test_two_cameras_8_m_apart_of_the_same_vendor_and_type_are_likely_duplicates(
    session: Session,
) -> None:
    first = add_camera(session, north_east(0), vendor_slug="hikvision", camera_type="dome")
    second = add_camera(session, north_east(8), vendor_slug="hikvision", camera_type="dome")
    (warning,) = survey_warnings(session)
    assert warning.kind == "duplicate"
    assert warning.camera_ids == (first.id, second.id)
    assert warning.distance_m is not None and abs(warning.distance_m - 8) < 0.1
    # Named alike (same vendor and type, no street or photo): told apart by their ids' start.
    assert warning.names == (f"Hikvision dome ({str(first.id)[:8]})",
                             f"Hikvision dome ({str(second.id)[:8]})")  # fmt: skip
    assert (
        warning.message
        == f"{warning.names[0]} and {warning.names[1]} are probably one camera (8 m apart)"
    )


def test_different_vendor_type_or_distance_is_no_duplicate(session: Session) -> None:
    add_camera(session, north_east(0), vendor_slug="hikvision", camera_type="dome")
    add_camera(session, north_east(0, 5), vendor_slug="dahua", camera_type="dome")
    add_camera(session, north_east(5), vendor_slug="hikvision", camera_type="fixed")
    add_camera(session, north_east(0, 5), camera_type="dome")  # vendor unknown
    add_camera(session, north_east(DUPLICATE_DISTANCE_M + 2), vendor_slug="hikvision",
               camera_type="dome")  # fmt: skip
    assert kinds(session) == []


def test_unknown_matches_unknown_and_a_typed_maker_matches_itself(session: Session) -> None:
    add_camera(session, north_east(0))
    add_camera(session, north_east(3))
    add_camera(session, north_east(100), manufacturer="Some Integrator")
    add_camera(session, north_east(110), manufacturer="some integrator ")
    assert kinds(session) == ["duplicate", "duplicate"]


def test_deleted_cameras_raise_no_warning(session: Session) -> None:
    add_camera(session, north_east(0))
    add_camera(session, north_east(3), deleted=True)
    add_camera(session, None, deleted=True)
    assert kinds(session) == []


def test_no_position_and_no_time(session: Session) -> None:
    unplaced = add_camera(session, None)
    photo = Photo(id=uuid.uuid4(), sha256="a" * 64, camera=unplaced, file_name="IMG_1.jpg",
                  library_path="aa/a.jpg", mime="image/jpeg", size=1)  # fmt: skip
    timed = Photo(id=uuid.uuid4(), sha256="b" * 64, camera=unplaced, file_name="IMG_2.jpg",
                  library_path="bb/b.jpg", mime="image/jpeg", size=1,
                  taken_sort=datetime(2026, 5, 4, 10))  # fmt: skip
    session.add_all([photo, timed])
    session.flush()
    no_position, no_time = survey_warnings(session)
    assert no_position.kind == "no_position" and no_position.camera_ids == (unplaced.id,)
    assert set(no_position.photo_ids) == {photo.id, timed.id}
    assert no_time.kind == "no_time" and no_time.photo_ids == (photo.id,)
    assert "IMG_1.jpg" in no_time.message


def test_a_camera_already_in_osm_is_named_with_its_distance(session: Session) -> None:
    camera = add_camera(session, north_east(0), vendor_slug="hikvision")
    add_camera(session, north_east(500))
    lat, lon = north_east(8)
    far_lat, far_lon = north_east(13)
    near = KnownCamera(source="osm", source_id="node/42", latitude=lat, longitude=lon, tags={})
    farther = KnownCamera(source="osm", source_id="node/43", latitude=far_lat,
                          longitude=far_lon, tags={})  # fmt: skip
    session.add_all([near, farther])
    session.flush()
    (warning,) = survey_warnings(session)
    assert warning.kind == "known_duplicate"
    assert warning.camera_ids == (camera.id,) and warning.known_ids == (near.id,)
    assert warning.message == "Hikvision is already in OSM (node/42, 8 m away)"


def add_photo(session: Session, camera: Camera, taken: datetime, name: str) -> Photo:
    photo = Photo(id=uuid.uuid4(), sha256=name * 64, camera=camera, file_name=f"{name}.jpg",
                  library_path=f"{name}/{name}.jpg", mime="image/jpeg", size=1,
                  taken_local=taken, taken_sort=taken)  # fmt: skip
    session.add(photo)
    session.flush()
    return photo


def on_street(session: Session, camera: Camera, street: str) -> None:
    session.add(
        CameraStreet(
            camera_id=camera.id,
            latitude=camera.latitude,
            longitude=camera.longitude,
            street=street,
            source="offline",
        )
    )
    session.flush()


def test_cameras_are_named_by_vendor_street_and_time_not_by_id(session: Session) -> None:
    first = add_camera(session, north_east(0), manufacturer="Hikvision", camera_type="dome")
    second = add_camera(session, north_east(9), vendor_slug="hikvision", camera_type="dome")
    on_street(session, first, "Knez Mihailova")
    add_photo(session, first, datetime(2026, 5, 4, 14, 32), "a")
    add_photo(session, first, datetime(2026, 5, 4, 14, 40), "b")
    add_photo(session, second, datetime(2026, 5, 4, 14, 35), "c")
    unplaced = add_camera(session, None)
    (duplicate, no_position) = [w for w in survey_warnings(session) if w.kind != "no_time"]
    # One day: the time alone; the street where it was looked up; the catalogue's vendor name.
    assert duplicate.names == ("Hikvision dome, Knez Mihailova, 14:32", "Hikvision dome, 14:35")
    assert duplicate.message == (
        "Hikvision dome, Knez Mihailova, 14:32 and Hikvision dome, 14:35 are probably one camera"
        " (9 m apart)"
    )
    assert str(first.id)[:8] not in duplicate.message
    # Nothing to name it by but its id.
    assert no_position.message == (
        f"Camera {str(unplaced.id)[:8]} has no position: place it on the map (0 photos)"
    )
    # Photographed on two days: the date too.
    add_photo(session, unplaced, datetime(2026, 5, 5, 9, 5), "d")
    named = {w.kind: w for w in survey_warnings(session)}
    assert named["duplicate"].names[1] == "Hikvision dome, 2026-05-04 14:35"
    assert named["no_position"].names == ("Camera, 2026-05-05 09:05",)


def test_a_pair_found_to_be_two_cameras_is_no_duplicate_any_more(session: Session) -> None:
    first = add_camera(session, north_east(0), vendor_slug="hikvision", camera_type="dome")
    second = add_camera(session, north_east(8), vendor_slug="hikvision", camera_type="dome")
    third = add_camera(session, north_east(16), vendor_slug="hikvision", camera_type="dome")
    assert kinds(session) == ["duplicate"] * 3
    # A volunteer (not a reviewer) who never synced: the cameras made here are theirs.
    mark_distinct_undoably(session, APP, first.id, second.id)
    pairs = {w.camera_ids for w in survey_warnings(session)}
    assert pairs == {(second.id, third.id), (first.id, third.id)}
    assert str(second.id) in (first.distinct_from or "")
    assert str(first.id) in (second.distinct_from or "")
    undo(session, APP)
    assert len(survey_warnings(session)) == 3


def test_a_volunteer_marks_only_their_own_camera_and_never_anothers(session: Session) -> None:
    session.add(SyncState(server_url="https://team.example", user_name="ana", role="volunteer"))
    mine = add_camera(session, north_east(0), vendor_slug="hikvision", camera_type="dome")
    theirs = add_camera(session, north_east(8), vendor_slug="hikvision", camera_type="dome",
                        owner="bojan")  # fmt: skip
    also_theirs = add_camera(session, north_east(4), vendor_slug="hikvision",
                             camera_type="dome", owner="bojan")  # fmt: skip
    mark_distinct(session, mine.id, theirs.id)
    assert mine.distinct_from == str(theirs.id) and theirs.distinct_from is None
    assert {w.camera_ids for w in survey_warnings(session)} == {
        (mine.id, also_theirs.id),
        (theirs.id, also_theirs.id),
    }
    with pytest.raises(PermissionError, match="mapped by bojan"):
        mark_distinct(session, theirs.id, also_theirs.id)
    assert theirs.distinct_from is None and also_theirs.distinct_from is None


def test_the_grid_finds_exactly_the_pairs_a_full_comparison_finds() -> None:
    """Random points (dense; mid-latitude, far north and south) against brute force."""
    rng = random.Random(5)
    for centre_lat in (44.8, 69.6, -33.9):
        points = [
            (centre_lat + rng.uniform(-0.003, 0.003), 20.46 + rng.uniform(-0.003, 0.003))
            for _ in range(600)
        ]
        lat, lon = np.array([p[0] for p in points]), np.array([p[1] for p in points])
        kinds = np.zeros(len(points), dtype=np.int64)
        mine, other, metres = near_pairs((lat, lon, kinds), (lat, lon, kinds))
        found = {(i, j) for i, j in zip(mine.tolist(), other.tolist(), strict=True) if i < j}
        expected = {
            (i, j)
            for i in range(len(points))
            for j in range(i + 1, len(points))
            if distance_m(*points[i], *points[j]) < DUPLICATE_DISTANCE_M
        }
        assert expected and found == expected
        for i, j, m in zip(mine.tolist(), other.tolist(), metres.tolist(), strict=True):
            assert m == pytest.approx(distance_m(*points[i], *points[j]))


def test_many_cameras_are_named_in_one_pass_alike(session: Session) -> None:
    """Past a few thousand warned cameras the names come from one pass over all of them."""
    cameras = [
        add_camera(session, north_east(30 * i), manufacturer=f"Maker {i}", camera_type="dome")
        for i in range(2101)
    ]
    on_street(session, cameras[5], "Knez Mihailova")
    add_photo(session, cameras[5], datetime(2026, 5, 4, 14, 32), "e")
    all_at_once = camera_names(session, [c.id for c in cameras])
    one_by_one = {c.id: camera_names(session, [c.id])[c.id] for c in cameras[:10]}
    assert all_at_once[cameras[5].id] == "Maker 5 dome, Knez Mihailova, 14:32"
    assert len(all_at_once) == 2101
    assert {i: all_at_once[i] for i in one_by_one} == one_by_one
