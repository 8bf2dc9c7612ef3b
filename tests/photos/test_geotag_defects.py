"""Defects found in geotagging's positions and times (each test fails on the code as found).

- A photo geotagged in a later run is weighed for joining by its UTC instant, but the photos
  placed by an earlier run by their wall-clock ``taken_sort`` (no offset tag): the same two
  photos make one camera in one run and two cameras in two runs.
- ``geotag --from-neighbours`` pairs photos by wall clock only: across the autumn DST change a
  phone's photo taken an hour later is placed where it was an hour before.
- ``geotag --undo`` after a later edit of the placed camera (a merge, a split, "back to the
  photos' position", a move then undone): cameras are put back from the journal wholesale, or
  not at all, never placed again at their photos: a camera loses the position its own-GPS photo
  gives it, keeps the undone track position, or is left empty at it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from surveyapp.cameras import history
from surveyapp.cameras.operations import (
    current_survey,
    merge_cameras,
    move_camera,
    restore_photo_position,
    split_photos,
)
from surveyapp.db.database import Database, open_database
from surveyapp.db.models import Camera, Photo
from surveyapp.photos.geotag import apply_plan, plan_from_neighbours, plan_from_track, undo_last
from surveyapp.photos.gpstrack import distance_m, parse_gpx
from surveyapp.photos.importer import import_photos
from tests.factory import PhotoSpec, make_jpeg
from tests.photos.gpx_files import gpx_text, walk, where

BELGRADE = (44.8125, 20.4612)
BEGIN = datetime(2026, 5, 4, 8, 0, 0, tzinfo=UTC)  # 10:00 in Belgrade (CEST)
TRACK = gpx_text([walk(BELGRADE, BEGIN, 600)])


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "survey.sqlite")
    yield database
    database.close()


def import_specs(db: Database, folder: Path, specs: list[PhotoSpec], first: int = 0) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for index, spec in enumerate(specs, start=first):
        (folder / f"p{index:03d}.jpg").write_bytes(make_jpeg(spec, seed=index))
    with db.session() as session:
        for _ in import_photos(session, [folder], db.library, workers=1):
            pass
        session.commit()


def no_gps(seconds: float, offset: str | None = None) -> PhotoSpec:
    """A compact camera's photo: wall-clock time in Belgrade, no GPS."""
    wall = (BEGIN + timedelta(seconds=seconds) + timedelta(hours=2)).replace(tzinfo=None)
    return PhotoSpec(
        latitude=None, longitude=None, taken=wall, offset=offset, make="Canon",
        model="Canon EOS 40D",
    )  # fmt: skip


def photos_by_name(db: Database) -> dict[str, Photo]:
    with db.read_session() as session:
        return {p.file_name: p for p in session.scalars(select(Photo))}


def camera_of(photo: Photo) -> uuid.UUID:
    """The id of the camera a photo is in (every imported photo is in one)."""
    assert photo.camera_id is not None
    return photo.camera_id


def live_cameras(db: Database) -> list[Camera]:
    with db.read_session() as session:
        return list(session.scalars(select(Camera).where(Camera.deleted.is_(False))))


@pytest.mark.parametrize("offset", [None, "+02:00"])
def test_photos_placed_in_two_runs_group_as_in_one_run(
    db: Database, tmp_path: Path, offset: str | None
) -> None:
    # Two photos of one camera, 4 s and 6 m apart. Placed in one run they become one camera
    # (test_photos_placed_in_one_run_next_to_each_other_become_one_camera); placed one run
    # after the other (a second run with a wider --max-gap, a photo named on its own) the
    # second must join the first's camera just the same. Without an offset tag the first
    # photo's taken_sort is its wall clock (10:01:40), and the second's instant is UTC
    # (08:01:44): two hours apart, no join. (offset="+02:00": the control, which joins.)
    import_specs(db, tmp_path / "walk", [no_gps(100, offset), no_gps(104, offset)])
    with db.session() as session:
        current_survey(session).time_zone = "Europe/Belgrade"
        session.commit()
    photos = photos_by_name(db)
    for name in ("p000.jpg", "p001.jpg"):
        with db.session() as session:
            plan = plan_from_track(session, parse_gpx(TRACK), [photos[name].sha256])
            assert len(plan.placed) == 1
            apply_plan(session, plan)
            session.commit()
    photos = photos_by_name(db)
    first, second = photos["p000.jpg"], photos["p001.jpg"]
    assert first.latitude is not None and first.longitude is not None
    assert second.latitude is not None and second.longitude is not None
    assert distance_m(first.latitude, first.longitude, second.latitude, second.longitude) < 15
    assert photos["p000.jpg"].camera_id == photos["p001.jpg"].camera_id
    assert len(live_cameras(db)) == 1


def test_neighbours_across_the_autumn_clock_change_are_an_hour_apart(
    db: Database, tmp_path: Path
) -> None:
    # 25 October 2026, Belgrade: at 03:00 CEST the clocks go back to 02:00 CET. A phone writes
    # its offset tag with each photo. Its GPS photo at 02:30:00+02:00 (00:30 UTC) is at A; its
    # photo without GPS at 02:30:30+01:00 is 01:30:30 UTC, an hour later, and its next GPS
    # photo, at 02:31:00+01:00 (01:31 UTC, 30 s after it) is at B, 2 km away.
    phone = {"make": "Fairphone", "model": "FP5"}
    a, b = BELGRADE, where(BELGRADE, 2000, 90)
    specs = [
        PhotoSpec(latitude=a[0], longitude=a[1], taken=datetime(2026, 10, 25, 2, 30, 0),
                  offset="+02:00", **phone),  # type: ignore[arg-type]
        PhotoSpec(latitude=None, longitude=None, taken=datetime(2026, 10, 25, 2, 30, 30),
                  offset="+01:00", **phone),  # type: ignore[arg-type]
        PhotoSpec(latitude=b[0], longitude=b[1], taken=datetime(2026, 10, 25, 2, 31, 0),
                  offset="+01:00", **phone),  # type: ignore[arg-type]
    ]  # fmt: skip
    import_specs(db, tmp_path / "walk", specs)
    with db.session() as session:
        plan = plan_from_neighbours(session)
    placed = {p.file_name: p for p in plan.placed}
    assert set(placed) == {"p001.jpg"}
    middle = placed["p001.jpg"]
    assert middle.latitude is not None and middle.longitude is not None
    # Taken 30 s before the photo at B and an hour after the one at A: near B, not between.
    assert distance_m(middle.latitude, middle.longitude, *b) < 100


def test_neighbours_never_take_a_photo_an_hour_away_as_one_seconds_away(
    db: Database, tmp_path: Path
) -> None:
    # The same phone, same night: GPS photo at 02:40:00+02:00 (00:40 UTC) at A; a photo without
    # GPS at 02:40:10+01:00 (01:40:10 UTC, an hour and 10 s later): no neighbour within 120 s.
    phone = {"make": "Fairphone", "model": "FP5"}
    specs = [
        PhotoSpec(latitude=BELGRADE[0], longitude=BELGRADE[1],
                  taken=datetime(2026, 10, 25, 2, 40, 0), offset="+02:00",
                  **phone),  # type: ignore[arg-type]
        PhotoSpec(latitude=None, longitude=None, taken=datetime(2026, 10, 25, 2, 40, 10),
                  offset="+01:00", **phone),  # type: ignore[arg-type]
    ]  # fmt: skip
    import_specs(db, tmp_path / "walk", specs)
    with db.session() as session:
        plan = plan_from_neighbours(session)
    assert plan.placed == ()
    assert [p.file_name for p in plan.refused] == ["p001.jpg"]


def _placed_camera_then_a_gps_camera(db: Database, tmp_path: Path) -> tuple[Photo, Photo]:
    """A compact camera's photo placed by geotagging, then a phone photo with its own GPS 4 m
    from it imported afterwards (a camera of its own: an import joins only its own cameras)."""
    import_specs(db, tmp_path / "compact", [no_gps(100, "+02:00")])
    with db.session() as session:
        apply_plan(session, plan_from_track(session, parse_gpx(TRACK)))
        session.commit()
    at = where(BELGRADE, 144, 90)
    phone = PhotoSpec(latitude=at[0], longitude=at[1], taken=datetime(2026, 5, 4, 10, 2, 10))
    import_specs(db, tmp_path / "phone", [phone], first=1)
    photos = photos_by_name(db)
    assert photos["p000.jpg"].camera_id != photos["p001.jpg"].camera_id
    return photos["p000.jpg"], photos["p001.jpg"]


def test_undo_after_merging_into_the_placed_camera_keeps_the_gps_photos_position(
    db: Database, tmp_path: Path
) -> None:
    placed, phone = _placed_camera_then_a_gps_camera(db, tmp_path)
    with db.session() as session:
        merge_cameras(session, [camera_of(placed), camera_of(phone)])  # the volunteer merges
        session.commit()
        undo_last(session)
        session.commit()
    photos = photos_by_name(db)
    assert photos["p000.jpg"].latitude is None  # the geotagging is undone
    (camera,) = live_cameras(db)
    # Its one located photo has its own GPS: the camera is there, not without a position
    # (it was None, None: left out of every export).
    assert camera.latitude == pytest.approx(phone.latitude, abs=1e-7)
    assert camera.longitude == pytest.approx(phone.longitude, abs=1e-7)
    assert camera.position_source == "exif"


def test_undo_after_merging_the_placed_camera_away_leaves_no_undone_position_behind(
    db: Database, tmp_path: Path
) -> None:
    placed, phone = _placed_camera_then_a_gps_camera(db, tmp_path)
    with db.session() as session:
        merge_cameras(session, [camera_of(phone), camera_of(placed)])
        session.commit()
        undo_last(session)
        session.commit()
    photos = photos_by_name(db)
    assert photos["p000.jpg"].latitude is None
    (camera,) = live_cameras(db)
    # It stayed at the mean of the phone's fix and the undone track position, "merged".
    assert camera.latitude == pytest.approx(phone.latitude, abs=1e-7)
    assert camera.longitude == pytest.approx(phone.longitude, abs=1e-7)
    assert camera.position_source == "exif"


def test_undo_after_splitting_off_the_joined_photo_leaves_no_empty_camera_at_the_track(
    db: Database, tmp_path: Path
) -> None:
    # The compact camera's photo joins the phone's camera 4 m away; the volunteer splits it
    # off again (its own camera, at its track position); then undoes the geotagging. Undo
    # splits the photo off a second time: the split's camera stays live with no photo, at the
    # undone track position, "gpx", and is exported and warned about as a duplicate.
    at = where(BELGRADE, 144, 90)
    phone = PhotoSpec(latitude=at[0], longitude=at[1], taken=datetime(2026, 5, 4, 10, 2, 10))
    import_specs(db, tmp_path / "walk", [no_gps(100, "+02:00"), phone])
    with db.session() as session:
        result = apply_plan(session, plan_from_track(session, parse_gpx(TRACK)))
        session.commit()
    assert result.merged == 1
    photos = photos_by_name(db)
    with db.session() as session:
        split_photos(session, [photos["p000.jpg"].id])
        session.commit()
        undo_last(session)
        session.commit()
    photos = photos_by_name(db)
    assert photos["p000.jpg"].latitude is None
    with db.read_session() as session:
        for camera in session.scalars(select(Camera).where(Camera.deleted.is_(False))):
            live = [p for p in camera.photos if not p.deleted]
            assert live, (
                f"camera {camera.id} has no photo (at {camera.latitude}, "
                f"{camera.longitude}, {camera.position_source})"
            )
            if all(p.latitude is None for p in live):
                assert camera.latitude is None and camera.position_source is None


def test_undo_after_going_back_to_the_photos_position_leaves_no_track_position(
    db: Database, tmp_path: Path
) -> None:
    # A camera placed by hand keeps its place when its photo is geotagged. The volunteer then
    # takes "Back to the photos' position" (the track's), and undoes the geotagging: the photo
    # has no position again, but its camera stays at the undone track position, "gpx".
    import_specs(db, tmp_path / "walk", [no_gps(100, "+02:00")])
    photo = photos_by_name(db)["p000.jpg"]
    with db.session() as session:
        move_camera(session, camera_of(photo), 44.8, 20.4)
        session.commit()
        apply_plan(session, plan_from_track(session, parse_gpx(TRACK)))
        session.commit()
        restore_photo_position(session, camera_of(photo))
        session.commit()
        undo_last(session)
        session.commit()
    assert photos_by_name(db)["p000.jpg"].latitude is None
    (camera,) = live_cameras(db)
    assert camera.position_source != "gpx"
    assert (camera.latitude, camera.longitude) in ((None, None), (44.8, 20.4))


def test_undoing_a_move_made_after_a_geotagging_since_undone_brings_no_track_position_back(
    db: Database, tmp_path: Path
) -> None:
    # geotag; camera move (by hand); geotag --undo (the camera, placed by hand, stays); undo
    # (the move): the camera came back to the track position of the undone geotagging,
    # "gpx", while its only photo has no position. The undo is refused (the position it would
    # put back is gone with the geotagging; the exact put-back would also bring the track
    # position back into the camera's waiting outbox row) and nothing changes.
    import_specs(db, tmp_path / "walk", [no_gps(100, "+02:00")])
    photo = photos_by_name(db)["p000.jpg"]
    with db.session() as session:
        apply_plan(session, plan_from_track(session, parse_gpx(TRACK)))
        session.commit()
        history.move_camera(session, history.CLI, camera_of(photo), 44.8, 20.4)
        session.commit()
        undo_last(session)
        session.commit()
        with pytest.raises(history.UndoError, match="geotagging undone since"):
            history.undo(session, history.CLI)
        session.rollback()
    assert photos_by_name(db)["p000.jpg"].latitude is None
    (camera,) = live_cameras(db)
    assert camera.position_source != "gpx"
    assert camera.latitude is None or camera.position_source == "manual"
    assert (camera.latitude, camera.longitude) == (44.8, 20.4)


def test_undoing_a_move_made_after_a_geotagging_that_still_stands_puts_its_position_back(
    db: Database, tmp_path: Path
) -> None:
    import_specs(db, tmp_path / "walk", [no_gps(100, "+02:00")])
    photo = photos_by_name(db)["p000.jpg"]
    with db.session() as session:
        apply_plan(session, plan_from_track(session, parse_gpx(TRACK)))
        session.commit()
        history.move_camera(session, history.CLI, camera_of(photo), 44.8, 20.4)
        session.commit()
        history.undo(session, history.CLI)
        session.commit()
    placed = photos_by_name(db)["p000.jpg"]
    (camera,) = live_cameras(db)
    assert camera.position_source == "gpx"
    assert (camera.latitude, camera.longitude) == (placed.latitude, placed.longitude)


def test_undo_leaves_a_joined_photo_the_volunteer_moved_to_another_camera_and_says_so(
    db: Database, tmp_path: Path
) -> None:
    # The compact camera's photo joins the phone's camera; the volunteer moves it on to a third
    # camera (split off, merged into it). Undo puts the photo's position back but takes it out
    # of nobody's camera: that merge was hers, and the undo says why the photo stays there.
    at = where(BELGRADE, 144, 90)
    phone = PhotoSpec(latitude=at[0], longitude=at[1], taken=datetime(2026, 5, 4, 10, 2, 10))
    import_specs(db, tmp_path / "walk", [no_gps(100, "+02:00"), phone, no_gps(3000, "+02:00")])
    named = [photos_by_name(db)["p000.jpg"].sha256]  # the third photo stays unplaced
    with db.session() as session:
        result = apply_plan(session, plan_from_track(session, parse_gpx(TRACK), named))
        session.commit()
    assert result.merged == 1
    photos = photos_by_name(db)
    third = camera_of(photos["p002.jpg"])
    with db.session() as session:
        alone = split_photos(session, [photos["p000.jpg"].id])
        merge_cameras(session, [third, alone.id])
        session.commit()
        undone = undo_last(session)
        session.commit()
    photos = photos_by_name(db)
    assert photos["p000.jpg"].latitude is None
    assert photos["p000.jpg"].camera_id == third
    assert len(undone.kept) == 1 and "p000.jpg" in undone.kept[0]
    with db.read_session() as session:
        camera = session.get(Camera, third)
        assert camera is not None and camera.latitude is None and camera.position_source is None
        for live in session.scalars(select(Camera).where(Camera.deleted.is_(False))):
            assert [p for p in live.photos if not p.deleted]
