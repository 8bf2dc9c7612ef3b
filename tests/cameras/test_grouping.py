"""Photos taken close together become one camera; the rest become cameras of their own."""

from __future__ import annotations

import math
import uuid
from datetime import datetime, timedelta

import pytest
from geopy.distance import geodesic
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from surveyapp.cameras.grouping import group_ungrouped_photos
from surveyapp.cameras.operations import current_survey
from surveyapp.db.models import Photo
from surveyapp.protocol.merge import mean_position

START = datetime(2026, 5, 4, 10, 0, 0)
ORIGIN = (44.8125, 20.4612)  # Belgrade, Terazije


def offset(metres_north: float, metres_east: float = 0.0) -> tuple[float, float]:
    point = geodesic(meters=metres_north).destination(ORIGIN, 0)
    point = geodesic(meters=metres_east).destination(point, 90)
    return point.latitude, point.longitude


def add_photo(
    session: Session,
    name: str,
    position: tuple[float, float] | None,
    minutes: float | None,
    bearing: float | None = None,
) -> Photo:
    photo = Photo(
        id=uuid.uuid4(), sha256=uuid.uuid4().hex * 2, file_name=name, library_path=name,
        mime="image/jpeg", size=1, bearing=bearing, warnings=[],
        latitude=position[0] if position else None, longitude=position[1] if position else None,
        position_source="exif" if position else None,
        taken_sort=START + timedelta(minutes=minutes) if minutes is not None else None,
    )  # fmt: skip
    session.add(photo)
    return photo


def groups(session: Session) -> list[list[str]]:
    cameras = group_ungrouped_photos(session, current_survey(session))
    return sorted(sorted(p.file_name for p in camera.photos) for camera in cameras)


def test_photos_within_15_m_and_10_minutes_are_one_camera(session: Session) -> None:
    add_photo(session, "a", offset(0), 0, bearing=200.4)
    add_photo(session, "b", offset(8), 1, bearing=10)
    add_photo(session, "c", offset(4, 4), 2)
    cameras = group_ungrouped_photos(session, current_survey(session))
    assert len(cameras) == 1
    camera = cameras[0]
    assert sorted(p.file_name for p in camera.photos) == ["a", "b", "c"]
    expected = mean_position([offset(0), offset(8), offset(4, 4)])
    assert expected is not None
    assert camera.latitude == pytest.approx(expected[0], abs=1e-9)
    assert camera.longitude == pytest.approx(expected[1], abs=1e-9)
    assert camera.position_source == "exif"
    assert camera.camera_direction == "200"  # the first photo's bearing, whole degrees


def test_photos_16_m_apart_are_two_cameras(session: Session) -> None:
    add_photo(session, "a", offset(0), 0)
    add_photo(session, "b", offset(16), 1)
    assert groups(session) == [["a"], ["b"]]


def test_photos_11_minutes_apart_are_two_cameras(session: Session) -> None:
    add_photo(session, "a", offset(0), 0)
    add_photo(session, "b", offset(2), 11)
    assert groups(session) == [["a"], ["b"]]


def test_a_chain_of_close_photos_is_one_camera(session: Session) -> None:
    add_photo(session, "a", offset(0), 0)
    add_photo(session, "b", offset(12), 6)
    add_photo(session, "c", offset(24), 12)  # 24 m and 12 min from a, close to b
    assert groups(session) == [["a", "b", "c"]]


def test_photos_without_position_or_time_become_cameras_of_their_own(session: Session) -> None:
    add_photo(session, "located", offset(0), 0)
    add_photo(session, "nowhere-1", None, 0)
    add_photo(session, "nowhere-2", None, 0)
    add_photo(session, "timeless", offset(1), None)
    cameras = group_ungrouped_photos(session, current_survey(session))
    assert len(cameras) == 4
    unplaced = [c for c in cameras if c.latitude is None]
    assert sorted(c.photos[0].file_name for c in unplaced) == ["nowhere-1", "nowhere-2"]


def test_grouping_leaves_photos_that_have_a_camera_where_they_are(session: Session) -> None:
    add_photo(session, "a", offset(0), 0)
    first = group_ungrouped_photos(session, current_survey(session))
    far = add_photo(session, "far", offset(100), 1)
    near = add_photo(session, "b", offset(1), 1)
    second = group_ungrouped_photos(session, current_survey(session))
    # "a" keeps its camera, which "b" joins (still as its photo made it); "far" gets its own.
    assert len(first) == 1 and len(second) == 2
    assert near.camera_id == first[0].id and far.camera_id not in (None, first[0].id)
    assert sorted(p.file_name for p in first[0].photos) == ["a", "b"]


def test_mean_position_across_the_antimeridian() -> None:
    position = mean_position([(10.0, 179.9999), (10.0, -179.9999)])
    assert position is not None
    assert position[0] == pytest.approx(10.0)
    assert abs(position[1]) == pytest.approx(180.0)


@pytest.mark.parametrize("metres", [14.0, 14.9, 15.1, 16.0, 30.0, 1000.0])
def test_the_distance_rule_is_geodesic_at_the_threshold(session: Session, metres: float) -> None:
    for bearing in (0, 45, 90):
        add_photo(session, f"a{bearing}", ORIGIN, 0)
        point = geodesic(meters=metres).destination(ORIGIN, bearing)
        add_photo(session, f"b{bearing}", (point.latitude, point.longitude), 0)
        expected = 1 if metres <= 15 else 2
        assert len(groups(session)) == expected, (metres, bearing)


def _mean_by_sums(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The mean as the sums give it, for any number of points (the reference)."""
    lons = [lon for _, lon in points]
    if max(lons) - min(lons) > 180.0:
        lons = [lon + 360.0 if lon < 0 else lon for lon in lons]
    longitude = sum(lons) / len(lons)
    if longitude > 180.0:
        longitude -= 360.0
    return sum(lat for lat, _ in points) / len(points), longitude


_COORDINATE = st.one_of(
    st.floats(-90, 90), st.integers(-90, 90), st.sampled_from([0.0, -0.0, 180.0, -180.0, 190.0])
)


@given(st.lists(st.tuples(_COORDINATE, _COORDINATE | st.floats(-180, 180)), min_size=1, max_size=3))
def test_the_mean_of_one_photo_or_more_is_the_sums_mean(points: list[tuple[float, float]]) -> None:
    """One photo's camera sits where the sums put it: the same float, to the sign of zero."""
    mean = mean_position(points)
    assert mean is not None
    expected = _mean_by_sums(points)
    assert [(type(v), v, math.copysign(1, v)) for v in mean] == [
        (type(v), v, math.copysign(1, v)) for v in expected
    ]
