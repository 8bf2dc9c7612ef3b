"""Applying a geotagging plan in bulk leaves exactly what applying it record by record leaves:
the photos' and cameras' rows, the outbox (coalesced into waiting rows, new rows after frozen
or sent ones), the undo journal, and what undo then puts back."""

from __future__ import annotations

import gc
import shutil
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from surveyapp.db.database import open_database
from surveyapp.db.models import Camera, GeotagRun, Outbox, Photo, Survey
from surveyapp.photos.geotag import (
    _PLAN_COLUMNS,
    GeotagResult,
    _Nearby,
    _plan_rows,
    apply_plan,
    plan_from_track,
    undo_last,
)
from surveyapp.photos.gpstrack import parse_gpx
from tests.photos.gpx_files import gpx_text, walk, where

BELGRADE = (44.8125, 20.4612)
BEGIN = datetime(2026, 5, 4, 8, 0, 0, tzinfo=UTC)  # 10:00 in Belgrade (CEST)
TRACK = parse_gpx(gpx_text([walk(BELGRADE, BEGIN, 1200)]))


def _photo(survey: Survey, seconds: float, name: str, **fields: Any) -> Photo:
    """A photo taken ``seconds`` into the walk (Belgrade wall clock), in a camera of its own."""
    wall = (BEGIN + timedelta(seconds=seconds, hours=2)).replace(tzinfo=None)
    camera = fields.pop("camera", None) or Camera(id=uuid.uuid4(), survey=survey, extra_tags={})
    taken_sort = wall
    if fields.get("utc_offset_minutes") is not None:  # an instant of its own: sorted by it
        fields["taken_utc"] = BEGIN + timedelta(seconds=seconds)
        taken_sort = fields["taken_utc"].replace(tzinfo=None)
    return Photo(
        id=uuid.uuid4(), sha256=uuid.uuid4().hex * 2, camera=camera, file_name=name,
        library_path=f"x/{name}", mime="image/jpeg", size=1, taken_local=wall,
        taken_sort=taken_sort, make="Canon", model="Canon EOS 40D",
        warnings=[], **fields,
    )  # fmt: skip


def _survey(path: Path) -> None:
    """Photos without GPS in every state an apply meets: never synced, synced (outbox sent),
    with a change a push has tried (frozen), placed by an earlier geotagging, in a camera placed
    by hand, next to a phone photo with GPS or to each other (merges)."""
    db = open_database(path)
    with db.session() as session:
        survey = Survey(id=uuid.uuid4(), name="Walk", time_zone="Europe/Belgrade")
        session.add(survey)
        for index, seconds in enumerate(range(30, 1000, 60)):
            session.add(_photo(survey, seconds, f"plain{index:02d}.jpg"))
        at = where(BELGRADE, 1010 * 1.4, 90)
        session.add(
            _photo(survey, 1010, "phone.jpg", latitude=at[0], longitude=at[1],
                   position_source="exif", position_accuracy=4.0, utc_offset_minutes=120)
        )  # fmt: skip
        session.add(_photo(survey, 1015, "next-to-phone.jpg"))
        session.add(_photo(survey, 1100, "pair-a.jpg"))
        session.add(_photo(survey, 1104, "pair-b.jpg"))
        manual = Camera(
            id=uuid.uuid4(), survey=survey, extra_tags={}, latitude=44.9, longitude=20.5,
            position_source="manual",
        )  # fmt: skip
        session.add(_photo(survey, 1150, "in-manual.jpg", camera=manual))
        again = where(BELGRADE, 500, 90)
        session.add(
            _photo(survey, 1180, "placed-before.jpg", latitude=again[0], longitude=again[1],
                   altitude=100.0, position_source="gpx", position_accuracy=30.0)
        )  # fmt: skip
        session.commit()
        photos = {p.file_name: p for p in session.scalars(select(Photo))}
        # Synced: the server has the records, their outbox rows were sent.
        synced = [photos[f"plain{i:02d}.jpg"] for i in range(0, 16, 2)]
        synced_ids = [p.id for p in synced] + [p.camera_id for p in synced]
        session.execute(update(Outbox).where(Outbox.record_id.in_(synced_ids)).values(state="sent"))
        for photo in synced:
            photo.server_version = 3
            assert photo.camera is not None
            photo.camera.server_version = 2
        session.flush()
        session.execute(
            update(Outbox).where(Outbox.record_type.in_(["photo", "camera"])).values(attempts=0)
        )
        # A change a push has tried and put off: frozen, a new edit needs a new row.
        tried = photos["plain01.jpg"]
        session.execute(update(Outbox).where(Outbox.record_id == tried.id).values(attempts=1))
        session.commit()
    db.close()


def _state(path: Path, known: set[uuid.UUID] | None = None) -> dict[str, Any]:
    """Everything an apply may change, without the times and random ids it makes (a camera
    not among ``known`` is named by its photos, without its time of creation)."""
    db = open_database(path)
    with db.read_session() as session:

        def row(record: Any, skip: tuple[str, ...] = ("updated_at",)) -> dict[str, Any]:
            return {
                column.key: getattr(record, column.key)
                for column in record.__table__.columns
                if column.key not in skip
            }

        outbox: dict[Any, list[dict[str, Any]]] = {}
        for entry in session.scalars(select(Outbox).order_by(Outbox.id)):
            outbox.setdefault(entry.record_id, []).append(
                row(entry, ("id", "mutation_id", "created_at"))
            )
        photos = list(session.scalars(select(Photo)))
        names: dict[Any, str] = {}
        for camera in session.scalars(select(Camera)):
            if known is not None and camera.id not in known:
                label = "new camera of " + ", ".join(
                    sorted(p.file_name for p in photos if p.camera_id == camera.id)
                )
                names.update({camera.id: label, str(camera.id): label})
        cameras = {}
        for camera in session.scalars(select(Camera)):
            skip = ("updated_at", "created_at") if camera.id in names else ("updated_at",)
            cameras[camera.id] = row(camera, skip)
        state = {
            "photos": {p.id: row(p) for p in photos},
            "cameras": cameras,
            "outbox": outbox,
            "runs": [
                (run.source, run.before, run.undone) for run in session.scalars(select(GeotagRun))
            ],
        }
    db.close()
    renamed: dict[str, Any] = _renamed(state, names)
    return renamed


def _renamed(value: Any, names: dict[Any, str]) -> Any:
    if isinstance(value, dict):
        return {_renamed(k, names): _renamed(v, names) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_renamed(v, names) for v in value]
    if isinstance(value, uuid.UUID | str):
        return names.get(value, value)
    return value


def _apply(path: Path, refs: list[str] | None, bulk: bool) -> GeotagResult:
    db = open_database(path)
    with db.session() as session:
        chosen = []
        if refs is not None:
            names = session.scalars(select(Photo).where(Photo.file_name.in_(refs)))
            chosen = [p.sha256 for p in names]
        plan = plan_from_track(session, TRACK, chosen)
        result = apply_plan(session, plan, bulk=bulk)
        session.commit()
    db.close()
    return result


def _place_by_hand(path: Path, photo_name: str) -> None:
    db = open_database(path)
    with db.session() as session:
        photo = session.scalars(select(Photo).where(Photo.file_name == photo_name)).one()
        assert photo.camera is not None
        photo.camera.latitude, photo.camera.longitude = 44.81, 20.46
        photo.camera.position_source = "manual"
        session.commit()
    db.close()


def _undo(path: Path, bulk: bool) -> None:
    db = open_database(path)
    with db.session() as session:
        undo_last(session, bulk=bulk)
        session.commit()
    db.close()


ONLY_PLACED = [f"plain{i:02d}.jpg" for i in range(16)] + ["in-manual.jpg", "placed-before.jpg"]


@pytest.mark.parametrize(
    "refs",
    [
        pytest.param(ONLY_PLACED, id="cameras-only-placed"),
        pytest.param(None, id="with-merges"),
    ],
)
def test_bulk_apply_leaves_what_applying_record_by_record_leaves(
    tmp_path: Path, refs: list[str] | None
) -> None:
    master = tmp_path / "master.sqlite"
    _survey(master)
    by_record, bulk = tmp_path / "by-record.sqlite", tmp_path / "bulk.sqlite"
    shutil.copy(master, by_record)
    shutil.copy(master, bulk)
    expected = _apply(by_record, refs, bulk=False)
    result = _apply(bulk, refs, bulk=True)
    assert result.photos == expected.photos == (18 if refs else 22)
    assert (result.cameras, result.merged) == (expected.cameras, expected.merged)
    assert expected.merged == (0 if refs else 2)
    after = _state(bulk)
    assert after == _state(by_record)
    assert after != _state(master)
    # The photos and cameras changed, and the outbox says so as a push would send it.
    photos = {p["file_name"]: p for p in after["photos"].values()}
    assert photos["plain03.jpg"]["position_source"] == "gpx"
    assert photos["in-manual.jpg"]["position_source"] == "gpx"
    manual = after["cameras"][photos["in-manual.jpg"]["camera_id"]]
    assert (manual["latitude"], manual["position_source"]) == (44.9, "manual")
    # Both say that camera kept its place though its photo was placed.
    assert (
        result.kept_by_hand == expected.kept_by_hand == (str(photos["in-manual.jpg"]["camera_id"]),)
    )
    synced = after["outbox"][photos["plain02.jpg"]["id"]]
    assert [(r["state"], r["base_version"]) for r in synced] == [("sent", None), ("pending", 3)]
    assert synced[-1]["fields"]["position_source"] == "gpx"
    frozen = after["outbox"][photos["plain01.jpg"]["id"]]
    assert [r["attempts"] for r in frozen] == [1, 0]
    waiting = after["outbox"][photos["plain03.jpg"]["id"]]
    assert len(waiting) == 1 and waiting[0]["fields"]["position_source"] == "gpx"
    # Undo puts back the same in both (a merge is undone into a new camera).
    known = set(_state(master)["cameras"])
    # After the run, a volunteer places one of its cameras by hand: undo leaves it there.
    _place_by_hand(by_record, "plain05.jpg")
    _place_by_hand(bulk, "plain05.jpg")
    _undo(by_record, bulk=False)
    _undo(bulk, bulk=True)
    undone = _state(bulk, known)
    assert undone == _state(by_record, known)
    photos = {p["file_name"]: p for p in undone["photos"].values()}
    assert photos["plain03.jpg"]["latitude"] is None
    assert photos["placed-before.jpg"]["position_accuracy"] == 30.0
    by_hand = undone["cameras"][photos["plain05.jpg"]["camera_id"]]
    assert (by_hand["latitude"], by_hand["position_source"]) == (44.81, "manual")


def test_bulk_apply_of_a_plan_made_before_a_photo_got_its_own_gps(tmp_path: Path) -> None:
    path = tmp_path / "survey.sqlite"
    _survey(path)
    db = open_database(path)
    with db.session() as session:
        plan = plan_from_track(session, TRACK)
        photo = session.scalars(select(Photo).where(Photo.file_name == "plain05.jpg")).one()
        photo.latitude, photo.longitude, photo.position_source = 45.0, 20.0, "exif"
        session.commit()
        result = apply_plan(session, plan)
        session.commit()
        photo = session.scalars(select(Photo).where(Photo.file_name == "plain05.jpg")).one()
        assert (photo.latitude, photo.longitude, photo.position_source) == (45.0, 20.0, "exif")
        assert str(photo.id) not in session.scalars(select(GeotagRun)).one().before["photos"]
    db.close()
    assert result.photos == 21


@settings(max_examples=300, deadline=None)
# Exactly 10 minutes apart (near), and a microsecond more (not), both ways round in time.
@example(photos=[(0, 0.0, 0.0, "a")], points=[(12, 0.0, 0.0, "b", 0)])
@example(photos=[(0, 0.0, 0.0, "a")], points=[(12, 0.0, 0.0, "b", 1)])
@example(photos=[(12, 0.0, 0.0, "a")], points=[(0, 0.0, 0.0, "b", 0)])
@example(photos=[(12, 0.0, 0.0, "a")], points=[(0, 0.0, 0.0, "b", -1)])
@given(
    photos=st.lists(
        st.tuples(
            st.integers(0, 24), st.floats(-12.0, 30.0), st.floats(-12.0, 30.0),
            st.sampled_from("abcd"),
        ),
        max_size=40,
    ),
    points=st.lists(
        st.tuples(
            st.integers(0, 24), st.floats(-20.0, 20.0), st.floats(-20.0, 20.0),
            st.sampled_from("abcde"), st.sampled_from([0, 1, -1]),
        ),
        min_size=1,
        max_size=10,
    ),
)  # fmt: skip
def test_many_points_at_once_find_a_camera_near_exactly_when_one_point_does(
    photos: list[tuple[int, float, float, str]], points: list[tuple[int, float, float, str]]
) -> None:
    """Whether a placed camera may join another, weighed for all its photos at once, is the
    answer of the point-by-point search: at grouping's 15 m and 10 minutes to the metre and the
    second, in Belgrade and across the antimeridian."""
    start = datetime(2026, 5, 4, 8, 0)

    def spot(step: int, north: float, east: float, camera: str, micros: int = 0) -> tuple[Any, ...]:
        base = BELGRADE if camera != "d" else (-16.5, 179.9999)  # Fiji, by the date line
        lat = base[0] + north / 111_195
        lon = (base[1] + east / 78_900 + 180.0) % 360.0 - 180.0
        # Steps of 50 s: 10 minutes apart to the microsecond, or one more or less.
        return (start + timedelta(seconds=50 * step, microseconds=micros), lat, lon, camera)

    nearby = _Nearby([spot(*photo) for photo in photos])
    asked = [spot(*point) for point in points]
    one_by_one = any(nearby.camera_near(*point) is not None for point in asked)
    assert nearby.any_near(asked) == one_by_one


def test_planning_reads_each_photo_as_sqlalchemy_reads_it(tmp_path: Path) -> None:
    """Planning reads the photos through the driver: every value is the one the ORM reads
    (ids, naive wall-clock and sort times, the aware UTC time of a phone photo, positions)."""
    path = tmp_path / "survey.sqlite"
    _survey(path)
    db = open_database(path)
    with db.read_session() as session:
        live = Photo.deleted.is_(False)
        expected = sorted(session.execute(select(*_PLAN_COLUMNS).where(live)), key=str)
        read = sorted(_plan_rows(session), key=str)
    db.close()
    assert [tuple(row) for row in read] == [
        (str(row[0]), *row[1:13], None if row[13] is None else str(row[13])) for row in expected
    ]
    assert len(read) == 23
    phone = next(row for row in read if row.file_name == "phone.jpg")
    assert phone.taken_utc is not None and phone.taken_utc.tzinfo is UTC


def test_the_cycle_collector_runs_again_after_planning_and_applying(tmp_path: Path) -> None:
    """Planning and applying pause Python's cycle collector for speed; it runs again after
    them, also when applying fails, and stays off for a caller that had turned it off."""
    master = tmp_path / "master.sqlite"
    _survey(master)
    _apply(master, None, bulk=True)
    assert gc.isenabled()
    db = open_database(master)
    with db.session() as session, pytest.raises(AttributeError):
        apply_plan(session, None)  # type: ignore[arg-type]  # fails inside
    db.close()
    assert gc.isenabled()
    gc.disable()
    try:
        _apply(master, None, bulk=True)
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("bulk", [True, False], ids=["bulk", "by-record"])
@pytest.mark.parametrize(
    "refs",
    [pytest.param(ONLY_PLACED, id="cameras-only-placed"), pytest.param(None, id="with-merges")],
)
def test_a_run_journaled_by_the_earlier_version_is_undone_as_before(
    tmp_path: Path, refs: list[str] | None, bulk: bool
) -> None:
    """A run applied before the journal left out None values (every field listed, no flag)
    is undone exactly as one journaled now: a volunteer who updates keeps their undo."""
    master = tmp_path / "master.sqlite"
    _survey(master)
    now, earlier = tmp_path / "now.sqlite", tmp_path / "earlier.sqlite"
    shutil.copy(master, now)
    shutil.copy(master, earlier)
    _apply(now, refs, bulk=bulk)
    _apply(earlier, refs, bulk=bulk)
    db = open_database(earlier)
    with db.session() as session:
        run = session.scalars(select(GeotagRun)).one()
        assert run.before.pop("none_omitted") is True
        del run.before["after"], run.before["joined"]  # kept since
        for kind, fields in (
            ("photos", ("latitude", "longitude", "altitude", "position_source",
                        "position_accuracy")),
            ("cameras", ("latitude", "longitude", "position_source", "position_accuracy")),
        ):  # fmt: skip
            for values in run.before[kind].values():
                for name in fields:
                    values.setdefault(name, None)
        journal = run.before
        run.before = {}
        session.flush()
        run.before = journal  # as the earlier version wrote it
        session.commit()
    db.close()
    known = set(_state(master)["cameras"])
    _undo(now, bulk=bulk)
    _undo(earlier, bulk=bulk)
    undone, as_before = _state(now, known), _state(earlier, known)
    del undone["runs"], as_before["runs"]
    assert undone == as_before
    photos = {p["file_name"]: p for p in undone["photos"].values()}
    assert photos["plain03.jpg"]["latitude"] is None
    assert photos["placed-before.jpg"]["position_accuracy"] == 30.0
