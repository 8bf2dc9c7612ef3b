"""Geotagging photos in a real survey database: plan, apply, regroup, sync queue, undo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from surveyapp.cameras.operations import set_fields
from surveyapp.db.database import Database, open_database
from surveyapp.db.models import Camera, Outbox, Photo
from surveyapp.photos.geotag import (
    NothingToUndoError,
    apply_plan,
    check_clock_by_place,
    check_clock_by_time,
    plan_from_neighbours,
    plan_from_track,
    undo_last,
)
from surveyapp.photos.gpstrack import distance_m, parse_gpx
from surveyapp.photos.importer import import_photos
from tests.factory import PhotoSpec, make_jpeg
from tests.photos.gpx_files import gpx_text, walk, where

BELGRADE = (44.8125, 20.4612)
BEGIN = datetime(2026, 5, 4, 8, 0, 0, tzinfo=UTC)  # 10:00 in Belgrade (CEST)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "survey.sqlite")
    yield database
    database.close()


def import_specs(db: Database, folder: Path, specs: list[PhotoSpec]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for index, spec in enumerate(specs):
        (folder / f"p{index:03d}.jpg").write_bytes(make_jpeg(spec, seed=index))
    with db.session() as session:
        steps = import_photos(session, [folder], db.library, workers=1)
        for _ in steps:
            pass
        session.commit()


def no_gps(seconds: float, offset: str | None = None, **rest: object) -> PhotoSpec:
    """A compact camera's photo: wall-clock time in Belgrade, no GPS."""
    wall = (BEGIN + timedelta(seconds=seconds) + timedelta(hours=2)).replace(tzinfo=None)
    return PhotoSpec(
        latitude=None, longitude=None, taken=wall, offset=offset, make="Canon",
        model="Canon EOS 40D", **rest,  # type: ignore[arg-type]
    )  # fmt: skip


TRACK = gpx_text([walk(BELGRADE, BEGIN, 600)])


def photos_by_name(db: Database) -> dict[str, Photo]:
    with db.read_session() as session:
        return {p.file_name: p for p in session.scalars(select(Photo))}


def test_photos_are_placed_on_the_track_with_the_survey_time_zone(
    db: Database, tmp_path: Path
) -> None:
    import_specs(db, tmp_path / "walk", [no_gps(100), no_gps(250), no_gps(900)])
    with db.session() as session:
        from surveyapp.cameras.operations import current_survey

        current_survey(session).time_zone = "Europe/Belgrade"
        session.commit()
        plan = plan_from_track(session, parse_gpx(TRACK))
        assert [p.offset for p in plan.placements] == [7200] * 3
        assert [o.source for o in plan.offsets] == ["survey time zone"]
        assert [p.file_name for p in plan.placed] == ["p000.jpg", "p001.jpg"]
        assert plan.refused[0].refused == "taken after the track ends"
        assert (
            session.scalars(select(Photo.latitude).where(Photo.latitude.is_not(None))).all() == []
        )
        result = apply_plan(session, plan)
        session.commit()
    assert result.photos == 2
    photos = photos_by_name(db)
    for name, seconds in (("p000.jpg", 100), ("p001.jpg", 250)):
        photo = photos[name]
        assert photo.position_source == "gpx"
        assert photo.latitude is not None and photo.longitude is not None
        expected = where(BELGRADE, seconds * 1.4, 90)
        assert distance_m(photo.latitude, photo.longitude, *expected) < 1.0
        assert photo.position_accuracy == pytest.approx(6.0)  # a fix with HDOP 1.2
    assert photos["p002.jpg"].latitude is None
    with db.read_session() as session:
        camera = session.get_one(Camera, photos["p000.jpg"].camera_id)
        assert camera.position_source == "gpx"
        assert camera.position_accuracy == photos["p000.jpg"].position_accuracy
        # The new positions wait in the outbox like any edit.
        queued = session.scalars(
            select(Outbox).where(Outbox.record_id == photos["p000.jpg"].id)
        ).all()
        assert any(
            row.fields.get("position_source") == "gpx" and row.fields.get("latitude")
            for row in queued
        )


def test_without_a_time_zone_nothing_is_placed_and_the_reason_says_so(
    db: Database, tmp_path: Path
) -> None:
    import_specs(db, tmp_path / "walk", [no_gps(100)])
    with db.session() as session:
        plan = plan_from_track(session, parse_gpx(TRACK))
    assert plan.placed == ()
    assert "time zone unknown" in (plan.refused[0].refused or "")


def test_an_offset_of_the_same_device_stands_for_its_photos_without_one(
    db: Database, tmp_path: Path
) -> None:
    tagged = no_gps(50, offset="+02:00")
    import_specs(db, tmp_path / "walk", [tagged, no_gps(300)])
    with db.session() as session:
        plan = plan_from_track(session, parse_gpx(TRACK))
    sources = {p.file_name: p.offset_source for p in plan.placed}
    assert sources == {"p000.jpg": "photo", "p001.jpg": "same device"}


def test_a_wrong_offset_misses_the_track_and_a_given_one_places(
    db: Database, tmp_path: Path
) -> None:
    # The camera clock runs 3 min 15 s fast.
    import_specs(db, tmp_path / "walk", [no_gps(300 + 195), no_gps(100 + 195)])
    with db.session() as session:
        plan = plan_from_track(session, parse_gpx(TRACK), offset=7200 + 195)
        result = apply_plan(session, plan)
        session.commit()
    assert result.photos == 2
    photo = photos_by_name(db)["p000.jpg"]
    assert photo.latitude is not None and photo.longitude is not None
    assert distance_m(photo.latitude, photo.longitude, *where(BELGRADE, 420, 90)) < 1.0


def test_the_clock_check_by_place_gives_the_device_offset(db: Database, tmp_path: Path) -> None:
    import_specs(db, tmp_path / "walk", [no_gps(300 + 195), no_gps(100 + 195)])
    track = parse_gpx(TRACK)
    with db.session() as session:
        photo = session.scalars(select(Photo).where(Photo.file_name == "p000.jpg")).one()
        device, offset = check_clock_by_place(photo, track, *where(BELGRADE, 420, 90))
        assert abs(offset - (7200 + 195)) <= 1
        plan = plan_from_track(session, track, checked={device: offset})
        assert {p.offset_source for p in plan.placed} == {"clock check"}
        assert len(plan.placed) == 2
        by_time = check_clock_by_time(photo, BEGIN + timedelta(seconds=300))
        assert by_time == (device, 7200 + 195)
        with pytest.raises(ValueError, match="never passes within"):
            check_clock_by_place(photo, track, 45.5, 20.0)


def test_a_placed_photo_whose_notes_would_not_fit_its_neighbour_stays_a_camera_of_its_own(
    db: Database, tmp_path: Path
) -> None:
    """Joining the camera photographed there would join both cameras' notes past what a camera
    holds: the placed photo's camera stays apart (placed), and the geotagging goes on."""
    at = where(BELGRADE, 140, 90)
    phone = PhotoSpec(
        latitude=at[0], longitude=at[1], taken=datetime(2026, 5, 4, 10, 1, 40), offset="+02:00"
    )
    import_specs(db, tmp_path / "walk", [phone, no_gps(101, offset="+02:00")])
    photos = photos_by_name(db)
    with db.session() as session:
        for name, letter in (("p000.jpg", "a"), ("p001.jpg", "b")):
            camera_id = photos[name].camera_id
            assert camera_id is not None
            set_fields(session, camera_id, {"notes": letter * 2600})
        session.commit()
        result = apply_plan(session, plan_from_track(session, parse_gpx(TRACK)))
        session.commit()
    assert (result.photos, result.merged) == (1, 0)
    photos = photos_by_name(db)
    assert photos["p000.jpg"].camera_id != photos["p001.jpg"].camera_id
    with db.session() as session:
        placed = session.get_one(Camera, photos["p001.jpg"].camera_id)
        assert placed.latitude is not None and placed.notes == "b" * 2600


def test_photos_with_their_own_gps_are_never_moved(db: Database, tmp_path: Path) -> None:
    own = PhotoSpec(taken=datetime(2026, 5, 4, 10, 1, 0), offset="+02:00")
    import_specs(db, tmp_path / "walk", [own])
    with db.session() as session:
        photo = session.scalars(select(Photo)).one()
        assert plan_from_track(session, parse_gpx(TRACK)).placements == ()
        named = plan_from_track(session, parse_gpx(TRACK), [photo.sha256])
        assert named.refused[0].refused == "has a GPS position of its own"


def test_a_placed_photo_joins_the_camera_photographed_there(db: Database, tmp_path: Path) -> None:
    # A phone photo with GPS at 100 s, and a compact camera's photo 20 s later, 2 m away.
    at = where(BELGRADE, 140, 90)
    phone = PhotoSpec(
        latitude=at[0], longitude=at[1], taken=datetime(2026, 5, 4, 10, 1, 40), offset="+02:00"
    )
    import_specs(db, tmp_path / "walk", [phone, no_gps(101, offset="+02:00")])
    with db.session() as session:
        assert len(session.scalars(select(Camera)).all()) == 2
        result = apply_plan(session, plan_from_track(session, parse_gpx(TRACK)))
        session.commit()
    assert result.merged == 1
    photos = photos_by_name(db)
    assert photos["p000.jpg"].camera_id == photos["p001.jpg"].camera_id
    with db.session() as session:
        live = session.scalars(select(Camera).where(Camera.deleted.is_(False))).all()
        assert len(live) == 1
        undo = undo_last(session)
        session.commit()
    assert undo.photos == 1
    photos = photos_by_name(db)
    assert photos["p001.jpg"].latitude is None and photos["p001.jpg"].position_source is None
    assert photos["p000.jpg"].camera_id != photos["p001.jpg"].camera_id
    with db.session() as session:
        camera = session.get_one(Camera, photos["p000.jpg"].camera_id)
        assert camera.latitude == pytest.approx(at[0], abs=1e-6)
        with pytest.raises(NothingToUndoError):
            undo_last(session)


def test_undo_puts_positions_back(db: Database, tmp_path: Path) -> None:
    import_specs(db, tmp_path / "walk", [no_gps(100, offset="+02:00")])
    with db.session() as session:
        apply_plan(session, plan_from_track(session, parse_gpx(TRACK)))
        session.commit()
        undo_last(session)
        session.commit()
    photo = photos_by_name(db)["p000.jpg"]
    assert photo.latitude is None and photo.position_accuracy is None
    with db.read_session() as session:
        camera = session.get_one(Camera, photo.camera_id)
        assert camera.latitude is None and camera.position_source is None


def test_neighbours_in_time_suggest_a_position(db: Database, tmp_path: Path) -> None:
    # Same phone: GPS at 10:00:00 and 10:01:00 (wall clock, offset unknown); none at 10:00:30.
    phone = {"make": "Fairphone", "model": "FP5", "offset": None}
    first, second = BELGRADE, where(BELGRADE, 84, 90)
    specs = [
        PhotoSpec(latitude=first[0], longitude=first[1], taken=datetime(2026, 5, 4, 10, 0, 0),
                  **phone),  # type: ignore[arg-type]
        PhotoSpec(latitude=None, longitude=None, taken=datetime(2026, 5, 4, 10, 0, 30),
                  **phone),  # type: ignore[arg-type]
        PhotoSpec(latitude=second[0], longitude=second[1], taken=datetime(2026, 5, 4, 10, 1, 0),
                  **phone),  # type: ignore[arg-type]
        PhotoSpec(latitude=None, longitude=None, taken=datetime(2026, 5, 4, 11, 0, 0),
                  **phone),  # type: ignore[arg-type]
        no_gps(30),  # another device at the same time: not its neighbour
    ]  # fmt: skip
    import_specs(db, tmp_path / "walk", specs)
    with db.session() as session:
        plan = plan_from_neighbours(session)
        placed = {p.file_name: p for p in plan.placed}
        assert set(placed) == {"p001.jpg"}
        middle = placed["p001.jpg"]
        assert middle.latitude is not None and middle.longitude is not None
        assert distance_m(middle.latitude, middle.longitude, *where(BELGRADE, 42, 90)) < 1.0
        assert {p.file_name for p in plan.refused} == {"p003.jpg", "p004.jpg"}
        # Nothing changes until the suggestion is accepted.
        assert (
            session.scalars(select(Photo).where(Photo.file_name == "p001.jpg")).one().latitude
            is None
        )
        apply_plan(session, plan)
        session.commit()
    assert photos_by_name(db)["p001.jpg"].position_source == "neighbours"


def test_photos_placed_in_one_run_next_to_each_other_become_one_camera(
    db: Database, tmp_path: Path
) -> None:
    import_specs(
        db, tmp_path / "walk", [no_gps(100, "+02:00"), no_gps(105, "+02:00"), no_gps(300, "+02:00")]
    )
    with db.session() as session:
        result = apply_plan(session, plan_from_track(session, parse_gpx(TRACK)))
        session.commit()
    assert (result.photos, result.merged) == (3, 1)  # 7 m apart; the third 280 m on
    photos = photos_by_name(db)
    assert (
        photos["p000.jpg"].camera_id == photos["p001.jpg"].camera_id != photos["p002.jpg"].camera_id
    )
    with db.session() as session:
        undo_last(session)
        session.commit()
    photos = photos_by_name(db)
    assert len({p.camera_id for p in photos.values()}) == 3
    assert all(p.latitude is None for p in photos.values())


def test_another_volunteers_photo_is_not_moved(db: Database, tmp_path: Path) -> None:
    from surveyapp.db.models import SyncState

    import_specs(db, tmp_path / "walk", [no_gps(100, "+02:00"), no_gps(250, "+02:00")])
    with db.session() as session:
        session.add(SyncState(server_url="http://team", user_name="ana", role="volunteer"))
        photo = session.scalars(select(Photo).where(Photo.file_name == "p001.jpg")).one()
        photo.owner = "bojan"  # as a pull leaves it
        session.commit()
        plan = plan_from_track(session, parse_gpx(TRACK))
        assert [p.file_name for p in plan.placed] == ["p000.jpg"]
        named = plan_from_track(session, parse_gpx(TRACK), [photo.sha256])
        assert named.refused[0].refused == "mapped by bojan: only they or a reviewer can move it"


def test_a_track_too_inaccurate_for_the_server_places_nothing_and_says_why(
    db: Database, tmp_path: Path
) -> None:
    """A logger's file with an absurd HDOP (50,000: ± 250 km): the photo is refused with the
    reason, never placed with an accuracy the team's server refuses (before: placed, then its
    record was refused at every sync, for ever)."""
    specs = [no_gps(100, offset="+02:00"), no_gps(250, offset="+02:00")]
    import_specs(db, tmp_path / "walk", specs)
    poor = gpx_text([walk(BELGRADE, BEGIN, 600)], hdop=50_000)
    with db.session() as session:
        plan = plan_from_track(session, parse_gpx(poor))
        assert plan.placed == ()
        assert {p.refused for p in plan.refused} == {"too inaccurate to place it (± 250 km)"}
        good = plan_from_track(session, parse_gpx(TRACK))
        assert [p.accuracy for p in good.placed] == [6.0, 6.0]


def test_an_elevation_the_server_would_refuse_leaves_the_altitude_out(
    db: Database, tmp_path: Path
) -> None:
    """A logger that writes its elevation in millimetres (117,000 m here): the photo is placed,
    without an altitude the team's server would refuse (before: with it, and its record was
    refused at every sync)."""
    import_specs(db, tmp_path / "walk", [no_gps(100, offset="+02:00")])
    track = gpx_text([walk(BELGRADE, BEGIN, 600, elevation=117_000.0)])
    with db.session() as session:
        [placement] = plan_from_track(session, parse_gpx(track)).placed
        assert placement.altitude is None and placement.accuracy == 6.0
        [usual] = plan_from_track(session, parse_gpx(TRACK)).placed
        assert usual.altitude == pytest.approx(117.0)
