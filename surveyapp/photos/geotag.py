"""Place photos that have no GPS position: from a GPS track, or from the photos taken just
before and after them by the same device.

Geotagging is two steps, so that the volunteer always sees what will change first:
``plan_from_track`` / ``plan_from_neighbours`` work out a ``GeotagPlan`` (each photo's new
position, how far it moves, the offset of each device's clock and where that offset came from,
or why a photo cannot be placed) without changing anything; ``apply_plan`` writes it in the
caller's transaction. The photos' new positions sync like any edit (the outbox sees them);
a camera made for a photo without position takes the photo's place, or joins the camera whose
photos were taken within a few metres and minutes of it (grouping's rule), as one merge.
``undo_last`` puts back what the last applied run changed.

A photo that has a position of its own (EXIF, XMP) is never moved; one placed by an earlier
geotagging may be placed again.
"""

from __future__ import annotations

import bisect
import functools
import gc
import math
import statistics
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import PurePath
from typing import Any, Literal, NamedTuple, ParamSpec, TypeVar, cast

import numpy
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from surveyapp.cameras.grouping import (
    _EARTH_RADIUS_M,
    GROUP_DISTANCE_M,
    GROUP_INTERVAL,
    Located,
    _within,
    new_camera_for,
    photo_positions,
    position_source,
)
from surveyapp.cameras.operations import (
    CameraNotFoundError,
    current_survey,
    find_camera,
    merge_cameras,
    merge_problem,
    merged_values,
    split_photos,
)
from surveyapp.cameras.permissions import Editor, current_editor
from surveyapp.db import bulk
from surveyapp.db.models import Camera, GeotagRun, Photo
from surveyapp.db.outbox import queue_changes
from surveyapp.i18n import translate
from surveyapp.photos.clock import (
    MAX_OFFSET_S,
    OffsetSource,
    PhotoClock,
    Resolved,
    device_key,
    offset_from_true_time,
    resolve,
    time_zone,
)
from surveyapp.photos.gpstrack import (
    DEFAULT_FIX_ACCURACY_M,
    DEFAULT_MAX_GAP_S,
    Fix,
    Track,
    distance_m,
    interpolate,
)
from surveyapp.protocol.fields import BY_RECORD, CAMERA_COLUMNS, PHOTO_COLUMNS
from surveyapp.protocol.merge import mean_position
from surveyapp.sql import utc_now

Source = Literal["gpx", "neighbours"]
_P = ParamSpec("_P")
_R = TypeVar("_R")
GEOTAGGED = ("gpx", "neighbours")  # positions geotagging may set again
DEFAULT_NEIGHBOUR_WINDOW_S = 120.0
WALKING_SPEED_M_S = 1.5  # how far a volunteer may have walked since a neighbour's fix
_PHOTO_FIELDS = ("latitude", "longitude", "altitude", "position_source", "position_accuracy")
_CAMERA_FIELDS = ("latitude", "longitude", "position_source", "position_accuracy")


@dataclass(frozen=True)
class Placement:
    """One photo in a plan: where it goes, or why it cannot be placed."""

    photo_id: str
    sha256: str
    file_name: str
    device: str
    taken_local: datetime | None
    taken_utc: datetime | None  # the instant used (aware), when it could be worked out
    offset: int | None  # seconds, wall clock minus UTC
    offset_source: OffsetSource | None
    camera_id: str | None = None  # the camera the photo is in
    latitude: float | None = None
    longitude: float | None = None
    altitude: float | None = None
    accuracy: float | None = None  # metres
    moved: float | None = None  # metres from its previous position (None: it had none)
    refused: str | None = None  # why it cannot be placed
    # Its camera was placed by hand: applying places the photo, the camera keeps its place.
    camera_by_hand: bool = False
    # The offset its own time says (seconds: its offset tag), which its stored capture time
    # keeps whatever offset places it.
    written_offset: int | None = None

    @property
    def placed(self) -> bool:
        """Whether the plan gives this photo a position."""
        return self.refused is None and self.latitude is not None


@dataclass(frozen=True)
class DeviceOffset:
    """The offset a plan uses for one device's photos, as shown before applying."""

    device: str
    offset: int | None
    source: OffsetSource | None
    photos: int


@dataclass(frozen=True)
class ClockDoubt:
    """A device whose own GPS photos lie far from where the track was at their time: its clock
    (or the offset the plan gives it) is likely wrong, and so are its other photos' places."""

    device: str
    offset: int  # seconds: the offset the plan gives its GPS photos (the most used one)
    photos: int  # how many of its photos with their own GPS position were weighed
    metres: float  # their median distance from the track at their time
    their_offset: int | None  # the offset their places on the track give (None: no one offset)

    def message(self) -> str:
        """The doubt, for the volunteer (with the offset their places give, when they agree)."""
        count = self.photos  # (lupdate misses a text whose count is an attribute)
        text = translate(
            "geotag",
            "{device}: %n photos with their own GPS position lie {metres} m from the track at"
            " their time (median): the clock may be wrong",
            None,
            count,
        ).format(device=self.device, metres=f"{self.metres:.0f}")
        if self.their_offset is None:
            return text
        from surveyapp.photos.clock import format_offset

        return translate("geotag", "{doubt}; their places on the track give {offset}").format(
            doubt=text, offset=format_offset(self.their_offset)
        )


@dataclass(frozen=True)
class TimeAsWritten:
    """A device's photos placed at an offset their own times do not say: their capture times
    stay as the device wrote them (the evidence); the plan says so, and by how much."""

    device: str
    offset: int  # seconds: the offset that places them (given, or a clock check's)
    written: int  # seconds: the offset their own times say
    photos: int

    def message(self) -> str:
        """For the volunteer: what places them, and that their times are kept as written."""
        from surveyapp.photos.clock import format_offset

        count = self.photos  # (lupdate misses a text whose count is an attribute)
        return translate(
            "geotag",
            "{device}: %n photos are placed at {offset}, though their times say {written}: their"
            " capture times are kept as the device wrote them (photos and exports say {written})",
            None,
            count,
        ).format(
            device=self.device,
            offset=format_offset(self.offset),
            written=format_offset(self.written),
        )


@dataclass(frozen=True)
class GeotagPlan:
    """What geotagging would do; nothing is changed until ``apply_plan``."""

    source: Source
    placements: tuple[Placement, ...]
    offsets: tuple[DeviceOffset, ...] = ()
    track_start: datetime | None = None
    track_end: datetime | None = None
    track_points: tuple[tuple[float, float], ...] = ()  # a thinned track, for the map
    description: str = ""
    # The zone and clock checks the plan's times were worked out with: applying works out the
    # instants of photos placed before by the same rule, to weigh them against this run's.
    zone: str | None = None
    checked: tuple[tuple[str, int], ...] = ()
    # Devices whose own GPS photos contradict the track at the offset used (a clock set wrong).
    clock_doubts: tuple[ClockDoubt, ...] = ()

    @property
    def placed(self) -> tuple[Placement, ...]:
        """The photos that get a position."""
        return tuple(p for p in self.placements if p.placed)

    @property
    def refused(self) -> tuple[Placement, ...]:
        """The photos that cannot be placed, each with its reason."""
        return tuple(p for p in self.placements if not p.placed)

    @property
    def times_as_written(self) -> tuple[TimeAsWritten, ...]:
        """The photos placed at an offset the volunteer gave or a clock check found that their
        own offset tag contradicts, by device: their capture times stay as written (the
        device's), which only the plan says."""
        counts: dict[tuple[str, int, int], int] = {}
        for p in self.placed:
            if p.offset_source not in ("given", "clock check"):
                continue
            if p.offset is None or p.written_offset is None or p.offset == p.written_offset:
                continue
            key = (p.device, p.offset, p.written_offset)
            counts[key] = counts.get(key, 0) + 1
        return tuple(TimeAsWritten(*key, photos) for key, photos in counts.items())

    @property
    def in_cameras_by_hand(self) -> tuple[Placement, ...]:
        """The photos that get a position in a camera placed by hand (which keeps its place)."""
        return tuple(p for p in self.placed if p.camera_by_hand)

    @property
    def cameras_by_hand(self) -> tuple[str, ...]:
        """The cameras placed by hand that keep their place though a photo of theirs is placed."""
        return tuple(dict.fromkeys(cast(str, p.camera_id) for p in self.in_cameras_by_hand))


@dataclass(frozen=True)
class GeotagResult:
    """What ``apply_plan`` (or ``undo_last``) changed."""

    run_id: int | None
    photos: int
    cameras: frozenset[str] = field(default_factory=frozenset)  # ids of cameras changed
    merged: int = 0  # cameras that joined another camera
    kept: tuple[str, ...] = ()  # what an undo left as it is, and why
    # Cameras placed by hand that kept their place though a photo of theirs was placed.
    kept_by_hand: tuple[str, ...] = ()
    undone: UndoneRun | None = None  # which geotagging an undo took back


@dataclass(frozen=True)
class UndoneRun:
    """Which geotagging an undo took back, as the volunteer can tell it from another."""

    applied_at: datetime  # aware, UTC
    source: str  # gpx, neighbours
    track: str  # the track's file names (gpx); "" otherwise
    placed: int  # photos it placed


def _undone(run: GeotagRun) -> UndoneRun:
    applied_at = run.created_at
    if applied_at.tzinfo is None:
        applied_at = applied_at.replace(tzinfo=UTC)
    track = run.description if run.source == "gpx" else ""
    return UndoneRun(applied_at, run.source, track, len(run.before.get("photos", {})))


class NothingToUndoError(LookupError):
    """No applied geotagging is left to undo."""


# -- choosing the photos ---------------------------------------------------------------------------


def _photo_by_ref(session: Session, ref: str) -> list[Photo] | None:
    text = ref.strip().lower()
    if len(text) == 64:
        photo = session.scalars(select(Photo).where(Photo.sha256 == text)).first()
        return [photo] if photo is not None and not photo.deleted else None
    try:
        photo = session.get(Photo, uuid.UUID(text))
        if photo is not None and not photo.deleted:
            return [photo]
    except ValueError:
        pass
    if len(text) >= 6 and all(c in "0123456789abcdef" for c in text):
        found = list(
            session.scalars(
                select(Photo).where(Photo.sha256.startswith(text), Photo.deleted.is_(False))
            )
        )
        if len(found) == 1:
            return found
    return None


def _photo_by_name(session: Session, ref: str) -> list[Photo] | None:
    """The one live photo of this file name (as the plan lists it; a path: its last part)."""
    name = PurePath(ref.strip()).name
    if not name:
        return None
    found = list(
        session.scalars(select(Photo).where(Photo.file_name == name, Photo.deleted.is_(False)))
    )
    if len(found) > 1:
        count = len(found)
        raise CameraNotFoundError(
            translate(
                "geotag",
                "'{ref}' names %n photos: give the start of its sha256 (surveyapp photos lists it)",
                None,
                count,
            ).format(ref=ref)
        )
    return found or None


def _camera_photos(session: Session, ref: str) -> list[Photo]:
    """The live photos of the camera ``ref`` names (CameraNotFoundError: no photo nor camera)."""
    try:
        camera = find_camera(session, ref)
    except CameraNotFoundError as error:
        if str(error) != translate("fields", "no camera '{ref}'").format(ref=ref):
            raise  # too short, or several cameras: said as it is
        raise CameraNotFoundError(
            translate("geotag", "no photo or camera '{ref}'").format(ref=ref)
        ) from None
    return [p for p in camera.photos if not p.deleted]


# What planning reads of a photo: every live photo is read as a row of these, not as an object.
_PLAN_COLUMNS = (
    Photo.id, Photo.sha256, Photo.file_name, Photo.owner, Photo.make, Photo.model,
    Photo.taken_local, Photo.utc_offset_minutes, Photo.taken_utc, Photo.taken_sort,
    Photo.latitude, Photo.longitude, Photo.position_source, Photo.camera_id,
)  # fmt: skip


class _PlanRow(NamedTuple):
    """A photo as planning reads it: the values of ``_PLAN_COLUMNS`` as SQLAlchemy reads them,
    but the ids as text (``str`` of the UUID: all planning makes of them)."""

    id: str
    sha256: str
    file_name: str
    owner: str | None
    make: str | None
    model: str | None
    taken_local: datetime | None
    utc_offset_minutes: int | None
    taken_utc: datetime | None
    taken_sort: datetime | None
    latitude: float | None
    longitude: float | None
    position_source: str | None
    camera_id: str | None


def _plan_rows(session: Session, where: str = "") -> list[_PlanRow]:
    """Every live photo as a ``_PlanRow``, read through the driver (a survey's worth of rows
    several times faster than through SQLAlchemy's row processing)."""
    names = ", ".join(column.key for column in _PLAN_COLUMNS)
    rows = bulk.execute(session, f"SELECT {names} FROM photo WHERE NOT deleted {where}")
    time, uid = bulk.read_time, bulk.dashed
    return [
        _PlanRow(
            uid(pid), sha, name, owner, make, model, time(local), offset,
            None if utc is None else time(utc).replace(tzinfo=UTC),  # type: ignore[union-attr]
            time(order), lat, lon, source, None if camera is None else uid(camera),
        )
        for (pid, sha, name, owner, make, model, local, offset, utc, order, lat, lon, source,
             camera) in rows
    ]  # fmt: skip


def select_photos(session: Session, refs: Sequence[str] = (), *, rows: bool = False) -> list[Any]:
    """The photos named (a photo's sha256 or its prefix, its id, or a camera's id: its photos),
    or every live photo when none is named; in time order. ``rows``: every live photo as a row
    of the columns planning reads (a survey's worth of them is read several times faster)."""
    photos: list[Any]
    live = Photo.deleted.is_(False)
    if not refs and rows:
        photos = _plan_rows(session)
    elif not refs:
        photos = list(session.scalars(select(Photo).where(live)))
    else:
        chosen: dict[uuid.UUID, Photo] = {}
        for ref in refs:
            found = _photo_by_ref(session, ref) or _photo_by_name(session, ref)
            if found is None:
                found = _camera_photos(session, ref)
            chosen.update((photo.id, photo) for photo in found)
        photos = list(chosen.values())
    return sorted(photos, key=lambda p: (p.taken_sort is None, p.taken_sort, p.file_name))


def needs_position(photo: Photo) -> bool:
    """Whether geotagging may place this photo: it has no position of its own."""
    return _may_place(photo.latitude, photo.position_source)


def _may_place(latitude: float | None, position_source: str | None) -> bool:
    return latitude is None or position_source in GEOTAGGED


def _clock(photo: Any, device: str | None = None) -> PhotoClock:  # a Photo or a row
    return PhotoClock(
        key=str(photo.id),
        device=device_key(photo.owner, photo.make, photo.model) if device is None else device,
        taken_local=photo.taken_local,
        utc_offset_minutes=photo.utc_offset_minutes,
        taken_utc=photo.taken_utc,
    )


def _known_clocks(session: Session, devices: set[tuple[Any, Any, Any]]) -> list[PhotoClock]:
    """Photos with an offset tag of the devices in question (they speak for their device)."""
    rows = _plan_rows(session, "AND utc_offset_minutes IS NOT NULL")
    return [_clock(p) for p in rows if (p.owner, p.make, p.model) in devices]


def survey_zone_name(session: Session) -> str | None:
    """The survey's time zone setting (None: not set)."""
    return current_survey(session).time_zone


def _base(photo: Photo, resolved: Resolved | None, device: str | None = None) -> dict[str, Any]:
    return {
        "photo_id": str(photo.id),
        "sha256": photo.sha256,
        "file_name": photo.file_name,
        "device": device_key(photo.owner, photo.make, photo.model) if device is None else device,
        "taken_local": photo.taken_local,
        "taken_utc": None if resolved is None else resolved.utc,
        "offset": None if resolved is None else resolved.offset,
        "offset_source": None if resolved is None else resolved.source,
        "camera_id": None if photo.camera_id is None else str(photo.camera_id),
        "written_offset": None
        if photo.utc_offset_minutes is None
        else photo.utc_offset_minutes * 60,
    }


def _by_hand(session: Session, placements: list[Placement]) -> tuple[Placement, ...]:
    """The placements, those that place a photo in a camera placed by hand marked so."""
    if not any(p.placed and p.camera_id is not None for p in placements):
        return tuple(placements)
    # Cameras placed by hand are few beside a walk's photos: one look at them all.
    manual = {
        str(camera_id)
        for camera_id in session.scalars(
            select(Camera.id).where(Camera.position_source == "manual", Camera.deleted.is_(False))
        )
    }
    if not manual:
        return tuple(placements)
    return tuple(
        replace(p, camera_by_hand=True) if p.placed and p.camera_id in manual else p
        for p in placements
    )


def _moved(photo: Photo, latitude: float, longitude: float) -> float | None:
    if photo.latitude is None or photo.longitude is None:
        return None
    return distance_m(photo.latitude, photo.longitude, latitude, longitude)


def _offsets(placements: Iterable[Placement]) -> tuple[DeviceOffset, ...]:
    groups: dict[tuple[str, int | None, str | None], int] = {}
    for p in placements:
        if p.taken_local is None and p.offset is None:
            continue
        key = (p.device, p.offset, p.offset_source)
        groups[key] = groups.get(key, 0) + 1
    return tuple(
        DeviceOffset(device, offset, source, count)  # type: ignore[arg-type]
        for (device, offset, source), count in sorted(
            groups.items(), key=lambda item: (item[0][0], item[0][1] or 0)
        )
    )


def _skip_reason(editor: Editor, photo: Photo) -> str | None:
    if not needs_position(photo):
        return translate("geotag", "has a GPS position of its own")
    if not editor.may_edit(photo):
        return translate("geotag", "mapped by {owner}: only they or a reviewer can move it").format(
            owner=photo.owner
        )
    return None


def _without_cycle_collection(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run ``function`` with Python's cycle collector paused. Planning and applying make a few
    hundred thousand tuples, dicts and rows that form no cycles, and the collector walked the
    growing heap again and again: 15 % of applying 10,000 photos (benchmarks/bench_geotag.py,
    best of 4, collector on and off in one run). What cycles a run leaves are collected after."""

    @functools.wraps(function)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()

    return paused


# -- from a GPS track ------------------------------------------------------------------------------


@_without_cycle_collection
def plan_from_track(
    session: Session,
    track: Track,
    refs: Sequence[str] = (),
    *,
    offset: int | None = None,
    checked: dict[str, int] | None = None,
    max_gap: float = DEFAULT_MAX_GAP_S,
    zone: str | None = None,
) -> GeotagPlan:
    """Where ``track`` puts each photo without a position of its own (nothing is changed).

    ``offset`` (seconds, wall clock minus UTC) applies to every photo; ``checked`` maps devices
    to the offset a clock check gave; otherwise each photo's own offset, its device's, or the
    survey's time zone (``zone`` overrides the survey's setting).
    """
    photos = select_photos(session, refs, rows=True)
    editor = current_editor(session)
    skips = [_skip_reason(editor, p) for p in photos]
    candidates = [p for p, skip in zip(photos, skips, strict=True) if skip is None]
    devices = {(p.owner, p.make, p.model) for p in candidates}
    names = {device: device_key(*device) for device in devices}
    zone_name = zone if zone is not None else survey_zone_name(session)
    times = resolve(
        [_clock(p, names[p.owner, p.make, p.model]) for p in candidates],
        known=_known_clocks(session, devices),
        given=offset,
        checked=checked,
        zone=time_zone(zone_name) if zone_name else None,
    )
    placements: list[Placement] = []
    for photo, skip in zip(photos, skips, strict=True):
        if skip is not None:
            if refs:  # named by the volunteer: say why it stays where it is
                placements.append(Placement(**_base(photo, None), refused=skip))
            continue
        resolved = times[str(photo.id)]
        base = _base(photo, resolved, names[photo.owner, photo.make, photo.model])
        if resolved.utc is None:
            reason = (
                translate("geotag", "no capture time")
                if photo.taken_local is None
                else translate(
                    "geotag",
                    "time zone unknown: give an offset, or set the survey's time zone",
                )
            )
            placements.append(Placement(**base, refused=reason))
            continue
        found = track.locate(resolved.utc.timestamp(), max_gap)
        if not isinstance(found, Fix):
            placements.append(Placement(**base, refused=found.message()))
            continue
        if not found.accuracy <= _LEAST_ACCURATE:  # (not <=: NaN too)
            placements.append(Placement(**base, refused=_too_inaccurate(found.accuracy)))
            continue
        placements.append(
            Placement(
                **base,
                latitude=found.latitude,
                longitude=found.longitude,
                altitude=_storable_altitude(found.elevation),
                accuracy=round(found.accuracy, 1),
                moved=_moved(photo, found.latitude, found.longitude),
            )
        )
    step = max(1, len(track) // 2000)
    doubts = _clock_doubts(
        session,
        track,
        devices,
        names,
        offset=offset,
        checked=checked,
        zone=time_zone(zone_name) if zone_name else None,
        max_gap=max_gap,
    )
    return GeotagPlan(
        source="gpx",
        placements=_by_hand(session, placements),
        offsets=_offsets(placements),
        track_start=_instant(track.start),
        track_end=_instant(track.end),
        track_points=tuple(zip(track.latitudes[::step], track.longitudes[::step], strict=True)),
        description=track.name,
        zone=zone_name or None,
        checked=tuple(sorted((checked or {}).items())),
        clock_doubts=doubts,
    )


# A device's own GPS photos further than this from the track at their time (median) say its
# clock is wrong: beyond a phone fix's error and the track's together (a clock 1 min wrong is
# 80 m of walking).
DOUBT_DISTANCE_M = 50.0
_DOUBT_PHOTOS = 25  # of a device's GPS photos, at most this many are weighed (spread in time)
_DOUBT_AGREEMENT_S = 60.0  # their places give one offset when they agree within this
_DOUBT_REACH_S = 3 * 3600.0  # how far from its time a GPS photo's place is looked for


def _clock_doubts(
    session: Session,
    track: Track,
    devices: set[tuple[Any, Any, Any]],
    names: Mapping[tuple[Any, Any, Any], str],
    *,
    offset: int | None,
    checked: Mapping[str, int] | None,
    zone: Any,
    max_gap: float,
) -> tuple[ClockDoubt, ...]:
    """The devices in question whose photos with their own GPS position lie, at the instant the
    plan's rule gives them, far from where the track was then (a phone's clock minutes fast, or
    set to another time zone, while its offset tag trusts it): the track would place its photos
    without GPS as far from where they were taken. Each with the offset their places give."""
    if not devices or not len(track):
        return ()
    sources = ", ".join(f"'{source}'" for source in GEOTAGGED)
    rows = _plan_rows(
        session,
        "AND latitude IS NOT NULL AND taken_local IS NOT NULL"
        f" AND (position_source IS NULL OR position_source NOT IN ({sources}))",
    )
    by_device: dict[tuple[Any, Any, Any], list[_PlanRow]] = {}
    for row in rows:
        key = (row.owner, row.make, row.model)
        if key in devices:
            by_device.setdefault(key, []).append(row)
    doubts: list[ClockDoubt] = []
    for key, group in sorted(by_device.items(), key=lambda item: names[item[0]]):
        group.sort(key=lambda row: row.taken_local or datetime.min)
        if len(group) > _DOUBT_PHOTOS:  # spread over the walk
            last = len(group) - 1
            group = [group[i * last // (_DOUBT_PHOTOS - 1)] for i in range(_DOUBT_PHOTOS)]
        times = resolve(
            [_clock(row, names[key]) for row in group],
            known=_known_clocks(session, {key}),
            given=offset,
            checked=checked,
            zone=zone,
        )
        weighed: list[tuple[_PlanRow, float, int]] = []
        for row in group:
            resolved = times[row.id]
            if resolved.utc is None or resolved.offset is None:
                continue
            found = track.locate(resolved.utc.timestamp(), max_gap)
            if isinstance(found, Fix):
                far = distance_m(
                    cast(float, row.latitude),
                    cast(float, row.longitude),
                    found.latitude,
                    found.longitude,
                )
                weighed.append((row, far, resolved.offset))
        if len(weighed) < 2:
            continue  # one photo's fix may be poor: two or more say it
        metres = statistics.median(far for _, far, _ in weighed)
        if metres <= DOUBT_DISTANCE_M:
            continue
        used = statistics.mode(used for _, _, used in weighed)
        doubts.append(
            ClockDoubt(names[key], used, len(weighed), metres, _their_offset(track, weighed))
        )
    return tuple(doubts)


def _their_offset(track: Track, weighed: Sequence[tuple[_PlanRow, float, int]]) -> int | None:
    """The offset the photos' own places give (the track's time where it passes nearest each,
    near their time), when two or more agree within a minute; else None."""
    offsets: list[float] = []
    for row, _, used in weighed:
        wall = cast(datetime, row.taken_local).replace(tzinfo=UTC).timestamp()
        near = track.nearest_time(
            cast(float, row.latitude),
            cast(float, row.longitude),
            within=(wall - used - _DOUBT_REACH_S, wall - used + _DOUBT_REACH_S),
        )
        if near is not None and near[1] <= CHECK_DISTANCE_M:
            offsets.append(wall - near[0])
    if len(offsets) < 2 or max(offsets) - min(offsets) > _DOUBT_AGREEMENT_S:
        return None
    return round(statistics.median(offsets))


# The least accurate position the team's server takes: a photo placed with a poorer estimate
# (a track's absurd HDOP, a long gap crossed at speed) would have its record refused for ever.
_LEAST_ACCURATE = BY_RECORD["photo"]["position_accuracy"].high or math.inf


# The altitudes the team's server takes (the reader gives finite elevations only).
_LOWEST = BY_RECORD["photo"]["altitude"].low or -math.inf
_HIGHEST = BY_RECORD["photo"]["altitude"].high or math.inf


def _storable_altitude(elevation: float | None) -> float | None:
    """The track's elevation as the photo's altitude, or None when the team's server would
    refuse it (a logger's garbage, or millimetres: the position itself is still good)."""
    return elevation if elevation is None or _LOWEST <= elevation <= _HIGHEST else None


def _too_inaccurate(accuracy: float) -> str:
    """Why an estimate poorer than ``_LEAST_ACCURATE`` places no photo."""
    return translate("geotag", "too inaccurate to place it (± {km} km)").format(
        km=f"{accuracy / 1000:.0f}"
    )


def _instant(value: float | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, UTC)


# -- the clock check -------------------------------------------------------------------------------


def check_clock_by_time(photo: Photo, true_time: datetime) -> tuple[str, int]:
    """(device, offset) from the true time (aware) at which ``photo`` was taken."""
    if photo.taken_local is None:
        raise ValueError(translate("geotag", "this photo has no capture time to correct"))
    return device_key(photo.owner, photo.make, photo.model), offset_from_true_time(
        photo.taken_local, true_time
    )


CHECK_DISTANCE_M = 50.0  # how close the track must pass the place the volunteer clicked


def check_clock_by_place(
    photo: Photo, track: Track, latitude: float, longitude: float
) -> tuple[str, int]:
    """(device, offset) from where ``photo`` was really taken: the track's time there."""
    nearest = track.nearest_time(latitude, longitude)
    if nearest is None:
        raise ValueError(translate("geotag", "the track has no timed points"))
    when, distance = nearest
    if distance > CHECK_DISTANCE_M:
        raise ValueError(
            translate(
                "geotag", "the track never passes within {limit} m of that place ({distance} m)"
            ).format(limit=f"{CHECK_DISTANCE_M:.0f}", distance=f"{distance:.0f}")
        )
    return check_clock_by_time(photo, datetime.fromtimestamp(when, UTC))


# -- from neighbours in time -----------------------------------------------------------------------


def plan_from_neighbours(
    session: Session, refs: Sequence[str] = (), *, window: float = DEFAULT_NEIGHBOUR_WINDOW_S
) -> GeotagPlan:
    """Suggested positions for photos without one, from the same device's GPS-tagged photos
    taken within ``window`` seconds before and after.

    A device's photos are compared by instant when each of them has one from what the photos
    themselves say (offset tags, the GPS clock, the device's nearest offset tag): a phone's
    photos across a change to or from summer time, or with mixed offsets. Otherwise by wall
    clock, the device's own clock (no time zone needed). Between two neighbours the position is
    interpolated by time; with one, it is that neighbour's, less accurate by how far a walker
    gets in the time between.
    """
    photos = select_photos(session, refs)
    editor = current_editor(session)
    candidates = [
        p for p in photos if _skip_reason(editor, p) is None and p.taken_local is not None
    ]
    devices = {(p.owner, p.make, p.model) for p in candidates}
    tagged: dict[tuple[Any, Any, Any], list[Photo]] = {}
    limit = timedelta(seconds=window)
    walls = [p.taken_local for p in candidates if p.taken_local is not None]
    if walls:
        # Only the photos that can be neighbours: the devices in question, around those times
        # (a neighbour by instant may be hours away by wall clock when the offsets differ).
        reach = limit + timedelta(seconds=MAX_OFFSET_S)
        query = select(Photo).where(
            Photo.deleted.is_(False),
            Photo.latitude.is_not(None),
            Photo.taken_local >= min(walls) - reach,
            Photo.taken_local <= max(walls) + reach,
        )
        models = {model for _, _, model in devices}
        if None not in models and len(models) <= 500:
            query = query.where(Photo.model.in_(sorted(m for m in models if m is not None)))
        for p in session.scalars(query):
            key = (p.owner, p.make, p.model)
            if key in devices and p.position_source not in GEOTAGGED:
                tagged.setdefault(key, []).append(p)
    instants = _own_instants(session, devices, candidates, tagged)
    stamp: dict[uuid.UUID, datetime] = {}
    by_instant: set[tuple[Any, Any, Any]] = set()
    for key in devices:
        group = [p for p in candidates if (p.owner, p.make, p.model) == key]
        group += tagged.get(key, [])
        if all(p.id in instants for p in group):
            by_instant.add(key)
        for p in group:
            stamp[p.id] = _naive_utc(instants[p.id]) if key in by_instant else p.taken_local
    times: dict[tuple[Any, Any, Any], list[datetime]] = {}
    for key, group in tagged.items():
        group.sort(key=lambda p: stamp.get(p.id) or datetime.min)
        times[key] = [stamp.get(p.id) or datetime.min for p in group]
    placements: list[Placement] = []
    for photo in photos:
        skip = _skip_reason(editor, photo)
        if skip is not None:
            if refs:
                placements.append(Placement(**_base(photo, None), refused=skip))
            continue
        if photo.taken_local is None:
            base = _base(photo, None)
            placements.append(Placement(**base, refused=translate("geotag", "no capture time")))
            continue
        when = stamp[photo.id]
        key = (photo.owner, photo.make, photo.model)
        base = _base(photo, instants[photo.id] if key in by_instant else None)
        group, stamps = tagged.get(key, []), times.get(key, [])
        at = bisect.bisect_right(stamps, when)  # group[:at] were taken at or before it
        previous = group[at - 1] if at and when - stamps[at - 1] <= limit else None
        following = group[at] if at < len(group) and stamps[at] - when <= limit else None
        suggestion = _between(previous, following, when, stamp)
        if suggestion is None:
            placements.append(
                Placement(
                    **base,
                    refused=translate(
                        "geotag",
                        "no photo of this device with GPS within {seconds} s",
                    ).format(seconds=f"{window:.0f}"),
                )
            )
            continue
        latitude, longitude, accuracy = suggestion
        if not accuracy <= _LEAST_ACCURATE:
            placements.append(Placement(**base, refused=_too_inaccurate(accuracy)))
            continue
        placements.append(
            Placement(
                **base,
                latitude=latitude,
                longitude=longitude,
                accuracy=round(accuracy, 1),
                moved=_moved(photo, latitude, longitude),
            )
        )
    return GeotagPlan(
        source="neighbours",
        placements=_by_hand(session, placements),
        description=translate("geotag", "photos taken just before and after"),
        zone=survey_zone_name(session) or None,
    )


def _own_instants(
    session: Session,
    devices: set[tuple[Any, Any, Any]],
    candidates: Sequence[Photo],
    tagged: Mapping[tuple[Any, Any, Any], Sequence[Photo]],
) -> dict[uuid.UUID, Resolved]:
    """The instants these photos' own times give (their offset tag or GPS clock, else their
    device's nearest offset tag; never a zone, a guess), by photo id."""
    photos = [*candidates, *(p for group in tagged.values() for p in group)]
    found = resolve(map(_clock, photos), known=_known_clocks(session, devices))
    return {p.id: found[str(p.id)] for p in photos if found[str(p.id)].utc is not None}


def _naive_utc(resolved: Resolved) -> datetime:
    assert resolved.utc is not None
    return resolved.utc.astimezone(UTC).replace(tzinfo=None)


def _between(
    previous: Photo | None,
    following: Photo | None,
    when: datetime,
    stamp: Mapping[uuid.UUID, datetime],
) -> tuple[float, float, float] | None:
    """Where a photo taken at ``when`` was, from its neighbours taken at ``stamp[id]`` (the
    same kind of time: instants, or the device's wall clock)."""

    def fix_accuracy(photo: Photo) -> float:
        return photo.position_accuracy or DEFAULT_FIX_ACCURACY_M

    def seconds(photo: Photo) -> float:
        return abs((stamp[photo.id] - when).total_seconds())

    if previous is not None and following is not None:
        start, end = stamp[previous.id], stamp[following.id]
        span = (end - start).total_seconds()
        fraction = 0.0 if span <= 0 else (when - start).total_seconds() / span
        first = (previous.latitude or 0.0, previous.longitude or 0.0)
        second = (following.latitude or 0.0, following.longitude or 0.0)
        latitude, longitude = interpolate(first, second, fraction)
        nearer = min(
            distance_m(latitude, longitude, *first), distance_m(latitude, longitude, *second)
        )
        return latitude, longitude, max(fix_accuracy(previous), fix_accuracy(following)) + nearer
    only = previous or following
    if only is None or only.latitude is None or only.longitude is None:
        return None
    return only.latitude, only.longitude, fix_accuracy(only) + WALKING_SPEED_M_S * seconds(only)


# -- applying, and undoing -------------------------------------------------------------------------


def _load(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Photo]:
    """Photos by id, with their cameras and the cameras' photos, in a few queries."""
    found: dict[uuid.UUID, Photo] = {}
    for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit
        chunk = ids[start : start + 500]
        found.update(
            (photo.id, photo)
            for photo in session.scalars(
                select(Photo)
                .where(Photo.id.in_(chunk))
                .options(selectinload(Photo.camera).selectinload(Camera.photos))
            )
        )
    return found


def _instants(placed: Iterable[Placement]) -> dict[str, datetime]:
    """Each placed photo's instant (naive UTC, like ``taken_sort``) by its stored id: where it
    now counts in time."""
    return {
        bulk.stored_id(p.photo_id): p.taken_utc.astimezone(UTC).replace(tzinfo=None)
        for p in placed
        if p.taken_utc is not None
    }


@_without_cycle_collection
def apply_plan(
    session: Session, plan: GeotagPlan, author: str | None = None, *, bulk: bool = True
) -> GeotagResult:
    """Give the plan's photos their positions (source and accuracy), then place or regroup
    their cameras; records the run for ``undo_last``. The caller commits.

    The photos' rows, their outbox rows and the cameras that are only placed are written in a
    few bulk statements; cameras that merge or are made go through the camera operations.
    ``bulk=False`` writes everything through the ORM, record by record (the reference the bulk
    path is tested against: both leave the same rows, outbox and undo journal).
    """
    if not bulk:
        return _apply_by_record(session, plan, author)
    before: dict[str, Any] = _journal()
    placed = list(plan.placed)
    session.flush()  # earlier edits queue their outbox rows before this run's
    moved = _write_photos(session, plan, placed, before)
    instants = _instants(placed)
    by_hand: list[str] = []
    cameras = _place_cameras(session, plan, moved, before, instants, by_hand)
    merged = 0
    if cameras is None:  # a camera merges or is made: the camera operations do it, in order
        ids = [uuid.UUID(photo.id) for photo in moved]
        loaded = _load(session, ids)
        photos = [loaded[photo_id] for photo_id in ids]
        by_hand.clear()
        cameras, merged = _regroup(session, plan, photos, before, author, instants, by_hand)
    _note_after(session, before)
    run = GeotagRun(source=plan.source, description=plan.description[:500], before=before)
    session.add(run)
    session.flush()
    return GeotagResult(
        run.id, len(moved), frozenset(cameras), merged, kept_by_hand=tuple(dict.fromkeys(by_hand))
    )


class _Moved(NamedTuple):
    """A photo this run places, as its row now reads (ids in stored form)."""

    id: str
    camera_id: str | None
    taken_sort: datetime | None
    latitude: float
    longitude: float


_PHOTO_READ = ("deleted", "server_version", "camera_id", "taken_sort", *_PHOTO_FIELDS)
_CAMERA_READ = ("deleted", "server_version", *_CAMERA_FIELDS)
_MEMBER_READ = (
    "id", "camera_id", "deleted", "taken_sort", "latitude", "longitude", "position_source",
    "position_accuracy",
)  # fmt: skip


def _changed_fields(
    old: dict[str, Any], new: dict[str, Any], synced: Sequence[str]
) -> dict[str, Any]:
    """The ``synced`` fields that change: what a flush would queue (a value set to what it was
    is no change). They are positions, numbers and text: their wire form is themselves."""
    return {name: new[name] for name in synced if new[name] != old[name]}


# The fields a run writes that sync, in the order a flush queues them.
_PHOTO_SYNCED = tuple(name for name in PHOTO_COLUMNS if name in _PHOTO_FIELDS)
_CAMERA_SYNCED = tuple(name for name in CAMERA_COLUMNS if name in _CAMERA_FIELDS)


def _write_photos(
    session: Session, plan: GeotagPlan, placed: Sequence[Placement], before: dict[str, Any]
) -> list[_Moved]:
    """The placed photos' new positions, in one executemany UPDATE, and their outbox rows; what
    each held before goes into ``before``."""
    current = bulk.rows_by_id(
        session, "photo", _PHOTO_READ, [bulk.stored_id(p.photo_id) for p in placed]
    )
    moved: list[_Moved] = []
    updates: list[tuple[Any, ...]] = []
    queued: list[tuple[str, int | None, dict[str, Any]]] = []
    now = bulk.stored_time(utc_now())
    for placement in placed:
        key = bulk.stored_id(placement.photo_id)
        row = current.get(key)
        if row is None:
            continue
        rowid, _, deleted, server_version, camera_id, taken_sort, *values = row
        old = dict(zip(_PHOTO_FIELDS, values, strict=True))
        if deleted or not _may_place(old["latitude"], old["position_source"]):
            continue  # changed since the plan was made: never overwrite a photo's own GPS
        assert placement.latitude is not None and placement.longitude is not None
        before["photos"][placement.photo_id] = _kept(old)
        new = dict(old, latitude=placement.latitude, longitude=placement.longitude)
        if placement.altitude is not None or old["position_source"] in GEOTAGGED:
            new["altitude"] = placement.altitude
        new["position_source"] = plan.source
        new["position_accuracy"] = placement.accuracy
        if new != old:
            updates.append((*new.values(), now, rowid))
        fields = _changed_fields(old, new, _PHOTO_SYNCED)
        if fields:
            queued.append((key, server_version, fields))
        moved.append(
            _Moved(
                key, camera_id, bulk.read_time(taken_sort), placement.latitude, placement.longitude
            )
        )
    bulk.update_rows(session, "photo", bulk.assign((*_PHOTO_FIELDS, "updated_at")), updates)
    queue_changes(session, "photo", queued)
    session.expire_all()  # written around the unit of work: what was loaded is out of date
    return moved


def _place_cameras(
    session: Session,
    plan: GeotagPlan,
    moved: Sequence[_Moved],
    before: dict[str, Any],
    instants: dict[str, datetime],
    by_hand: list[str],
) -> set[str] | None:
    """Place the moved photos' cameras at their photos' mean position, in bulk, as ``_regroup``
    would; None (nothing written) when a camera would merge or has to be made. The cameras
    placed by hand, which keep their place, go into ``by_hand``."""
    if any(photo.camera_id is None for photo in moved):
        return None
    order = list(dict.fromkeys(photo.camera_id for photo in moved if photo.camera_id))
    cameras = bulk.rows_by_id(session, "camera", _CAMERA_READ, order)
    members: dict[str, list[tuple[Any, ...]]] = {camera_id: [] for camera_id in order}
    # In the order of a camera's photos (``Camera.photos``): the mean adds them in that order.
    for row in bulk.select_by(session, "photo", _MEMBER_READ, "camera_id", order, "taken_sort"):
        members[row[1]].append(row)
    if _may_merge(session, plan, cameras, members, instants, moved):
        return None
    changed: set[str] = set()
    updates: list[tuple[Any, ...]] = []
    queued: list[tuple[str, int | None, dict[str, Any]]] = []
    now = bulk.stored_time(utc_now())
    for camera_id in order:
        camera = cameras.get(camera_id)
        if camera is None or camera[2]:
            continue
        rowid, _, _, server_version, *values = camera
        old = dict(zip(_CAMERA_FIELDS, values, strict=True))
        if old["position_source"] == "manual":
            by_hand.append(bulk.dashed(camera_id))
            continue  # placed by hand: the volunteer's word stands
        name = bulk.dashed(camera_id)
        before["cameras"][name] = _kept(old)
        changed.add(name)
        new = _placed(old, [p for p in members[camera_id] if not p[2]])
        if new != old:
            updates.append((*new.values(), now, rowid))
        fields = _changed_fields(old, new, _CAMERA_SYNCED)
        if fields:
            queued.append((camera_id, server_version, fields))
    bulk.update_rows(session, "camera", bulk.assign((*_CAMERA_FIELDS, "updated_at")), updates)
    queue_changes(session, "camera", queued)
    session.expire_all()
    return changed


def _may_merge(
    session: Session,
    plan: GeotagPlan,
    cameras: dict[str, tuple[Any, ...]],
    members: dict[str, list[tuple[Any, ...]]],
    instants: dict[str, datetime],
    moved: Sequence[_Moved],
) -> bool:
    """Whether a camera without a position now has a photo within grouping's distance and time
    of another camera's photos (it may join that camera)."""
    waiting = [
        camera_id
        for camera_id, camera in cameras.items()
        if not camera[2] and camera[4] is None  # deleted, or placed: placing it merges nothing
    ]
    if not any(photo[4] is not None for camera_id in waiting for photo in members[camera_id]):
        return False
    nearby = _Nearby.read(session, plan, instants, moved)  # the others' instants too
    points: list[tuple[datetime, float, float, str]] = []
    for camera_id in waiting:
        for photo in members[camera_id]:
            when = instants.get(photo[0]) or bulk.read_time(photo[3])
            if not photo[2] and when is not None and photo[4] is not None:
                points.append((when, photo[4], photo[5], camera_id))
    return bool(points) and nearby.any_near(points)


def _placed(old: dict[str, Any], live: Sequence[tuple[Any, ...]]) -> dict[str, Any]:
    """A camera's position fields at its live photos' mean position (``_place`` on rows of
    ``_MEMBER_READ``)."""
    position = mean_position((p[4], p[5]) for p in live)
    if position is None:
        return dict(old)
    located = [p for p in live if p[4] is not None]
    sources = {p[6] for p in located}
    accuracies = [p[7] for p in located]
    return {
        "latitude": position[0],
        "longitude": position[1],
        "position_source": sources.pop() if len(sources) == 1 else "merged",
        "position_accuracy": (
            max(accuracies) if accuracies and all(a is not None for a in accuracies) else None
        ),
    }


def _apply_by_record(session: Session, plan: GeotagPlan, author: str | None = None) -> GeotagResult:
    """``apply_plan`` through the ORM, record by record."""
    before: dict[str, Any] = _journal()
    placed = list(plan.placed)
    loaded = _load(session, [uuid.UUID(p.photo_id) for p in placed])
    photos: list[Photo] = []
    with session.no_autoflush:
        for placement in placed:
            photo = loaded.get(uuid.UUID(placement.photo_id))
            if photo is None or photo.deleted or not needs_position(photo):
                continue  # changed since the plan was made: never overwrite a photo's own GPS
            before["photos"][str(photo.id)] = _kept({n: getattr(photo, n) for n in _PHOTO_FIELDS})
            photo.latitude, photo.longitude = placement.latitude, placement.longitude
            if placement.altitude is not None or photo.position_source in GEOTAGGED:
                photo.altitude = placement.altitude
            photo.position_source = plan.source
            photo.position_accuracy = placement.accuracy
            photos.append(photo)
        by_hand: list[str] = []
        cameras, merged = _regroup(
            session, plan, photos, before, author, _instants(placed), by_hand
        )
    _note_after(session, before)
    run = GeotagRun(source=plan.source, description=plan.description[:500], before=before)
    session.add(run)
    session.flush()
    return GeotagResult(
        run.id, len(photos), frozenset(cameras), merged, kept_by_hand=tuple(dict.fromkeys(by_hand))
    )


def _camera_snapshot(camera: Camera) -> dict[str, Any]:
    return _kept({name: getattr(camera, name) for name in _CAMERA_FIELDS})


# The undo journal (``GeotagRun.before``): {"photos": {photo id: {field: value before}},
# "cameras": {camera id: {…}}, "merged": {photo id: the camera it was in}}. A run recorded with
# this flag leaves out the fields that were None (most photos had no position at all: the
# journal of 10,000 photos and cameras is 0.88 MB instead of 2.8 MB); one recorded before lists
# every field it saved.
_NONE_OMITTED = "none_omitted"
# A run journaled since undo tells cameras changed since apart also keeps, for each camera in
# "cameras", what the run left it at ("after"), and for each camera a join absorbed, the camera
# it joined ("joined": {absorbed camera id: target id}).
_AFTER = "after"


def _journal() -> dict[str, Any]:
    return {"photos": {}, "cameras": {}, "merged": {}, "joined": {}, _NONE_OMITTED: True}


def _note_after(session: Session, before: dict[str, Any]) -> None:
    """What the run left each camera it placed at (``_AFTER``): undo puts a camera's earlier
    values back only while it still holds these."""
    session.flush()
    rows = bulk.rows_by_id(
        session, "camera", _CAMERA_FIELDS, list(map(bulk.stored_id, before["cameras"]))
    )
    before[_AFTER] = {
        bulk.dashed(key): _kept(dict(zip(_CAMERA_FIELDS, values, strict=True)))
        for _, key, *values in rows.values()
    }


def _kept(values: dict[str, Any]) -> dict[str, Any]:
    """A record's values as the journal keeps them: None goes without saying."""
    return {name: value for name, value in values.items() if value is not None}


def _recorded(run: GeotagRun, values: dict[str, Any], fields: Sequence[str]) -> dict[str, Any]:
    """A record's values as the run found them: the fields it saved."""
    if run.before.get(_NONE_OMITTED):
        return {name: values.get(name) for name in fields}
    return values


# Grouping's distance as degrees of latitude, with a margin: a photo further north or south
# than this is never within grouping's distance (its flat-map distance is at least this far).
_LATITUDE_REACH = math.degrees(GROUP_DISTANCE_M * 1.06 / _EARTH_RADIUS_M)
_MICROSECOND = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1)
# Around grouping's thresholds, numpy's and math's trigonometry may round apart: pairs this
# close to them are weighed by ``_within`` itself.
_BAND = 1e-6


def _micros(when: datetime) -> int:
    """A naive UTC datetime as whole microseconds (exact, unlike a float timestamp)."""
    return (when - _EPOCH) // _MICROSECOND


def _flat_distances(
    lat1: numpy.ndarray, lon1: numpy.ndarray, lat2: numpy.ndarray, lon2: numpy.ndarray
) -> numpy.ndarray:
    """``grouping._flat_distance`` of many pairs at once (metres)."""
    mean_latitude = numpy.radians((lat1 + lat2) / 2)
    north = numpy.radians(lat2 - lat1)
    east = numpy.radians((lon2 - lon1 + 180.0) % 360.0 - 180.0)
    result: numpy.ndarray = _EARTH_RADIUS_M * numpy.hypot(north, east * numpy.cos(mean_latitude))
    return result


class _Nearby:
    """Every live located photo by time: which camera was photographed within grouping's
    distance and time of a point (merges followed to the camera that absorbed). Photos and
    cameras are named by their stored ids."""

    def __init__(self, located: Iterable[tuple[datetime, float, float, str]]) -> None:
        """From (time, latitude, longitude, camera) of each photo."""
        self.rows = sorted(located)
        self.times = [row[0] for row in self.rows]
        self.latitudes = numpy.array([row[1] for row in self.rows], dtype=numpy.float64)
        self.absorbed: dict[str, str] = {}

    @classmethod
    def read(
        cls,
        session: Session,
        plan: GeotagPlan,
        instants: dict[str, datetime],
        moved: Sequence[_Moved],
    ) -> _Nearby:
        """The survey's located photos, the ones placed in this run where they now are, each
        at its instant: this run's as the plan worked them out, the others' as the photo
        recorded it, else by the plan's rule (the same device's offset tags, its clock check,
        the zone), else its wall clock (nothing better is known). ``instants`` gains the
        others' (naive UTC)."""
        rows = bulk.execute(
            session,
            "SELECT id, taken_sort, taken_utc, latitude, longitude, camera_id FROM photo"
            " WHERE NOT deleted"
            " AND latitude IS NOT NULL AND camera_id IS NOT NULL AND taken_sort IS NOT NULL",
        ).fetchall()
        placed = {photo.id for photo in moved}
        unknown = [row[0] for row in rows if row[0] not in placed and row[2] is None]
        unknown += [photo.id for photo in moved if photo.id not in instants]
        if unknown:
            instants.update(_worked_out(session, plan, unknown))
        located: list[tuple[datetime, float, float, str]] = []
        for pid, order, utc, lat, lon, camera_id in rows:
            if pid in placed:
                continue
            when = instants.get(pid) or datetime.fromisoformat(utc or order)
            instants[pid] = when
            located.append((when, lat, lon, camera_id))
        for photo in moved:  # at their instant
            at = instants.get(photo.id, photo.taken_sort)
            if at is not None and photo.camera_id is not None:
                located.append((at, photo.latitude, photo.longitude, photo.camera_id))
        return cls(located)

    def final(self, camera: str) -> str:
        """The camera a merge took this one's photos into (itself when none)."""
        while camera in self.absorbed:
            camera = self.absorbed[camera]
        return camera

    def camera_near(
        self, when: datetime, latitude: float, longitude: float, other_than: str
    ) -> str | None:
        """A camera photographed within grouping's distance and time of this point (the
        first such photo in time order)."""
        low = bisect.bisect_left(self.times, when - GROUP_INTERVAL)
        high = bisect.bisect_right(self.times, when + GROUP_INTERVAL)
        if low >= high:
            return None
        close = numpy.flatnonzero(numpy.abs(self.latitudes[low:high] - latitude) <= _LATITUDE_REACH)
        here = Located(0, latitude, longitude, when)
        for index in close.tolist():
            taken, lat, lon, camera = self.rows[low + index]
            camera = self.final(camera)
            if camera != other_than and _within(here, Located(1, lat, lon, taken)):
                return camera
        return None

    def any_near(self, points: Sequence[tuple[datetime, float, float, str]]) -> bool:
        """Whether any of these (time, latitude, longitude, camera) points has another camera's
        photo within grouping's distance and time: ``camera_near`` for many points at once, with
        no merge made yet. Every pair in time is weighed at once; a pair whose flat-map distance
        lies near grouping's thresholds is left to ``_within`` itself, so the answer is the one
        ``camera_near`` gives point by point."""
        if not self.rows:
            return False
        step = GROUP_INTERVAL // _MICROSECOND
        times = numpy.array([_micros(row[0]) for row in self.rows], dtype=numpy.int64)
        codes = {camera: code for code, camera in enumerate({row[3] for row in self.rows})}
        cameras = numpy.array([codes[row[3]] for row in self.rows], dtype=numpy.int64)
        longitudes = numpy.array([row[2] for row in self.rows], dtype=numpy.float64)
        when = numpy.array([_micros(p[0]) for p in points], dtype=numpy.int64)
        low = numpy.searchsorted(times, when - step, side="left")
        high = numpy.searchsorted(times, when + step, side="right")
        latitude = numpy.array([p[1] for p in points], dtype=numpy.float64)
        longitude = numpy.array([p[2] for p in points], dtype=numpy.float64)
        camera = numpy.array([codes.get(p[3], -1) for p in points], dtype=numpy.int64)
        counts = numpy.maximum(high - low, 0)
        start = 0
        while start < len(points):  # in slices of at most ~2 million pairs
            ends = numpy.cumsum(counts[start:])
            stop = start + max(1, int(numpy.searchsorted(ends, 2_000_000, side="right")))
            count = counts[start:stop]
            query = numpy.repeat(numpy.arange(start, stop), count)
            offsets = numpy.arange(int(count.sum())) - numpy.repeat(
                numpy.cumsum(count) - count, count
            )
            row = numpy.repeat(low[start:stop], count) + offsets
            close = (numpy.abs(self.latitudes[row] - latitude[query]) <= _LATITUDE_REACH) & (
                cameras[row] != camera[query]
            )
            query, row = query[close], row[close]
            flat = _flat_distances(
                latitude[query], longitude[query], self.latitudes[row], longitudes[row]
            )
            if numpy.any(flat < GROUP_DISTANCE_M * 0.95 - _BAND):
                return True
            unsure = numpy.flatnonzero(
                (flat >= GROUP_DISTANCE_M * 0.95 - _BAND)
                & (flat <= GROUP_DISTANCE_M * 1.05 + _BAND)
            )
            for index in unsure.tolist():
                here, there = points[int(query[index])], self.rows[int(row[index])]
                if _within(
                    Located(0, here[1], here[2], here[0]), Located(1, *there[1:3], there[0])
                ):
                    return True
            start = stop
        return False


def _worked_out(session: Session, plan: GeotagPlan, ids: list[str]) -> dict[str, datetime]:
    """The instants (naive UTC) of these photos (stored ids) by the plan's rule, where it
    gives one: their own offset or UTC, the same device's offset tags, the plan's clock checks,
    the plan's zone."""
    rows = bulk.rows_by_id(
        session, "photo", ("taken_local", "utc_offset_minutes", "taken_utc", "owner", "make",
        "model"), ids,
    ).values()  # fmt: skip
    clocks = [
        PhotoClock(
            key, device_key(owner, make, model), bulk.read_time(local), offset,
            None if utc is None else datetime.fromisoformat(utc).replace(tzinfo=UTC),
        )
        for _, key, local, offset, utc, owner, make, model in rows
    ]  # fmt: skip
    if not clocks:
        return {}
    devices = {(row[5], row[6], row[7]) for row in rows}
    resolved = resolve(
        clocks,
        known=_known_clocks(session, devices),
        checked=dict(plan.checked),
        zone=time_zone(plan.zone) if plan.zone else None,
    )
    return {
        key: found.utc.astimezone(UTC).replace(tzinfo=None)
        for key, found in resolved.items()
        if found.utc is not None
    }


def _moved_row(photo: Photo) -> _Moved:
    assert photo.latitude is not None and photo.longitude is not None  # a placed photo
    camera = None if photo.camera_id is None else photo.camera_id.hex
    return _Moved(photo.id.hex, camera, photo.taken_sort, photo.latitude, photo.longitude)


def _regroup(
    session: Session,
    plan: GeotagPlan,
    photos: list[Photo],
    before: dict[str, dict[str, Any]],
    author: str | None,
    instants: dict[str, datetime],
    by_hand: list[str],
) -> tuple[set[str], int]:
    """Place the cameras of the moved photos; a camera that had no position and now lies within
    grouping's distance and time of another camera's photos joins that camera. The cameras
    placed by hand, which keep their place, go into ``by_hand``."""
    changed: set[str] = set()
    merged = 0
    seen: set[uuid.UUID] = set()
    editor = current_editor(session)
    nearby: _Nearby | None = None
    for photo in photos:
        camera = photo.camera
        if camera is None:
            camera = new_camera_for([photo], current_survey(session), author)
            session.add(camera)
            changed.add(str(camera.id))
            continue
        if camera.id in seen or camera.deleted:
            continue
        seen.add(camera.id)
        target: Camera | None = None
        if camera.latitude is None:  # a camera of its own, waiting to be placed or merged
            if nearby is None:
                located = [_moved_row(p) for p in photos if p.latitude is not None]
                nearby = _Nearby.read(session, plan, instants, located)
            target = _joins(session, camera, instants, nearby)
        if (
            target is not None
            and editor.may_edit(target)
            and merge_problem(merged_values(target, [camera])) is None  # notes that fit
        ):
            for member in camera.photos:
                if not member.deleted:
                    before["merged"][str(member.id)] = str(camera.id)
            before["joined"][str(camera.id)] = str(target.id)
            before["cameras"].setdefault(str(target.id), _camera_snapshot(target))
            merge_cameras(session, [target.id, camera.id])
            nearby.absorbed[camera.id.hex] = target.id.hex  # type: ignore[union-attr]
            if target.position_source == "manual" and str(target.id) not in by_hand:
                by_hand.append(str(target.id))  # it keeps its place, with the photo joined
            _place(target)
            changed.update({str(target.id), str(camera.id)})
            merged += 1
            continue
        if camera.position_source == "manual":
            by_hand.append(str(camera.id))
            continue  # placed by hand: the volunteer's word stands
        # A camera another joined earlier in this run is placed already: its values before
        # the run are those noted then.
        before["cameras"].setdefault(str(camera.id), _camera_snapshot(camera))
        _place(camera)
        changed.add(str(camera.id))
    session.flush()
    return changed, merged


def _place(camera: Camera) -> None:
    """A camera not placed by hand sits at its located photos' mean position."""
    if camera.position_source == "manual":
        return
    live = [p for p in camera.photos if not p.deleted]
    position = mean_position(photo_positions(live))
    if position is None:
        return
    camera.latitude, camera.longitude = position
    camera.position_source = position_source(live)
    accuracies = [p.position_accuracy for p in live if p.latitude is not None]
    camera.position_accuracy = (
        max(a for a in accuracies if a is not None)
        if accuracies and all(a is not None for a in accuracies)
        else None
    )


def _joins(
    session: Session, camera: Camera, instants: dict[str, datetime], nearby: _Nearby
) -> Camera | None:
    """The camera whose photos were taken within grouping's distance and time of this camera's
    (now located) photos, if any."""
    for photo in camera.photos:
        when = instants.get(photo.id.hex, photo.taken_sort)
        if photo.deleted or when is None or photo.latitude is None or photo.longitude is None:
            continue
        found = nearby.camera_near(when, photo.latitude, photo.longitude, camera.id.hex)
        if found is not None:
            target = session.get(Camera, uuid.UUID(found))
            if target is not None and not target.deleted:
                return target
    return None


def last_run(session: Session) -> GeotagRun | None:
    """The most recent geotagging that is not undone."""
    return session.scalars(
        select(GeotagRun).where(GeotagRun.undone.is_(False)).order_by(GeotagRun.id.desc())
    ).first()


@_without_cycle_collection
def undo_last(session: Session, *, bulk: bool = True, run_id: int | None = None) -> GeotagResult:
    """Put back what the last applied geotagging changed. The caller commits.

    Photos still where the run put them get their earlier values back. A camera the run placed
    and nothing changed since gets its earlier values back; one changed since (a merge, a split,
    "back to the photos' position") that is not placed by hand, and any other camera of the
    photos put back, is placed again at its photos (without a position when none has one): it
    never keeps the undone position. Photos a join moved go back into a camera of their own,
    unless they are on their own already or were moved to another camera since (left there, and
    said in ``GeotagResult.kept``).

    A run that merged no camera and whose cameras nothing changed since is put back in a few
    bulk statements (as ``apply_plan`` wrote it); any other, or ``bulk=False``, record by record
    through the ORM (the reference the bulk path is tested against).

    ``run_id``: the run the caller applied (the app's dialog): undone only while it is the
    last, never a later one a command or another window applied meanwhile."""
    run = last_run(session)
    if run_id is not None and (run is None or run.id != run_id):
        mine = session.get(GeotagRun, run_id)
        if mine is None or mine.undone:
            raise NothingToUndoError(
                translate(
                    "geotag",
                    "This geotagging was undone already (by a command or another window): "
                    "nothing was put back",
                )
            )
        raise NothingToUndoError(
            translate(
                "geotag",
                "Another geotagging was applied after this one (by a command, another window "
                "or a suggestion on the map): nothing was put back. Undo that one first: "
                "surveyapp geotag --undo",
            )
        )
    if run is None:
        raise NothingToUndoError(translate("geotag", "no geotagging to undo"))
    if bulk and not run.before.get("merged") and _untouched_since(session, run):
        return _undo_in_bulk(session, run)
    journal: dict[str, Any] = run.before.get("cameras", {})
    cameras: dict[str, Camera] = {}
    unchanged: set[str] = set()
    for camera_id in journal:
        camera = session.get(Camera, uuid.UUID(camera_id))
        if camera is not None and not camera.deleted:
            cameras[camera_id] = camera
            if _as_run_left(run, camera_id, _camera_values(camera)):
                unchanged.add(camera_id)
    changed: set[str] = set()
    kept: list[str] = []
    restored = 0
    again: dict[str, Camera] = {}  # cameras to place again at their photos
    for photo_id, values in run.before.get("photos", {}).items():
        photo = session.get(Photo, uuid.UUID(photo_id))
        if photo is None or photo.deleted or photo.position_source != run.source:
            continue  # changed since (placed again, or by someone else): that change stands
        for name, value in _recorded(run, values, _PHOTO_FIELDS).items():
            setattr(photo, name, value)
        restored += 1
        if photo.camera is not None and str(photo.camera_id) not in unchanged:
            again[str(photo.camera_id)] = photo.camera
    for camera_id, camera in cameras.items():
        if camera_id in unchanged:
            for name, value in _recorded(run, journal[camera_id], _CAMERA_FIELDS).items():
                setattr(camera, name, value)
            changed.add(camera_id)
        else:
            again[camera_id] = camera
    session.flush()
    # Photos a join moved: out into a camera of their own again, one per absorbed camera.
    joined: dict[str, str] = run.before.get("joined", {})
    groups: dict[str, list[Photo]] = {}
    for photo_id, old_camera in run.before.get("merged", {}).items():
        photo = session.get(Photo, uuid.UUID(photo_id))
        if photo is not None and not photo.deleted and photo.camera is not None:
            groups.setdefault(old_camera, []).append(photo)
    for old_camera, photos in groups.items():
        leaving: list[Photo] = []
        for photo in photos:
            holder = photo.camera
            assert holder is not None
            others = [p for p in holder.photos if not p.deleted and p not in photos]
            target = joined.get(old_camera)
            if not others:
                again[str(holder.id)] = holder  # on its own already (split off since)
            elif target is not None and str(holder.id) != target:
                kept.append(
                    translate(
                        "geotag",
                        "photo {name} was moved to another camera since the geotagging: it "
                        "stays in camera {camera}",
                    ).format(name=photo.file_name, camera=str(holder.id)[:8])
                )
                again[str(holder.id)] = holder
            else:
                leaving.append(photo)
        if leaving:
            camera = split_photos(session, [p.id for p in leaving])
            again[str(camera.id)] = camera
    editor = current_editor(session)
    for camera_id, camera in again.items():
        if camera.deleted or camera.position_source == "manual":
            continue  # placed by hand: the volunteer's word stands
        if not editor.may_edit(camera):
            continue  # a teammate's camera (a reviewer moved the photo there): theirs to place
        _place_again(camera)
        changed.add(camera_id)
    run.undone = True
    session.flush()
    return GeotagResult(run.id, restored, frozenset(changed), 0, tuple(kept), undone=_undone(run))


def _camera_values(camera: Camera) -> dict[str, Any]:
    return {name: getattr(camera, name) for name in _CAMERA_FIELDS}


def _as_run_left(run: GeotagRun, camera_id: str, values: dict[str, Any]) -> bool:
    """Whether a camera the run placed holds what the run left (nothing changed it since). A
    run journaled before the journal kept that: unless it was placed by hand since."""
    after = run.before.get(_AFTER)
    if after is None:
        return bool(values["position_source"] != "manual")
    return camera_id in after and bool(_recorded(run, after[camera_id], _CAMERA_FIELDS) == values)


def _place_again(camera: Camera) -> None:
    """A camera not placed by hand at its live photos' position again, or without a position
    when none of them has one (never at a position its photos no longer give)."""
    live = [p for p in camera.photos if not p.deleted]
    if mean_position(photo_positions(live)) is None:
        camera.latitude = camera.longitude = camera.position_accuracy = None
        camera.position_source = None
    else:
        _place(camera)


def _untouched_since(session: Session, run: GeotagRun) -> bool:
    """Whether every camera the run placed holds what it left (or was placed by hand since)
    and every photo to put back is in one of them or in a camera placed by hand: putting the
    journal back, in bulk, then leaves no camera at a position its photos no longer give."""
    journal: dict[str, Any] = run.before.get("cameras", {})
    cameras = bulk.rows_by_id(
        session, "camera", ("deleted", *_CAMERA_FIELDS), list(map(bulk.stored_id, journal))
    )
    for _, key, deleted, *values in cameras.values():
        current = dict(zip(_CAMERA_FIELDS, values, strict=True))
        manual = current["position_source"] == "manual"
        if not deleted and not manual and not _as_run_left(run, bulk.dashed(key), current):
            return False
    photos = bulk.rows_by_id(
        session,
        "photo",
        ("deleted", "position_source", "camera_id"),
        list(map(bulk.stored_id, run.before.get("photos", {}))),
    )
    holders = {
        camera_id
        for _, _, deleted, source, camera_id in photos.values()
        if not deleted and source == run.source and camera_id is not None
    }
    others = bulk.rows_by_id(session, "camera", ("position_source",), holders - set(cameras))
    return all(row[2] == "manual" for row in others.values())


def _undo_in_bulk(session: Session, run: GeotagRun) -> GeotagResult:
    """``undo_last`` of a run that merged nothing: the photos still placed by it and the cameras
    not placed by hand since get their values back, with their outbox rows, in bulk."""
    session.flush()  # earlier edits queue their outbox rows before these
    now = bulk.stored_time(utc_now())
    restored = 0
    changed: set[str] = set()
    for table, fields, synced, journal in (
        ("photo", _PHOTO_FIELDS, _PHOTO_SYNCED, run.before.get("photos", {})),
        ("camera", _CAMERA_FIELDS, _CAMERA_SYNCED, run.before.get("cameras", {})),
    ):
        current = bulk.rows_by_id(
            session,
            table,
            ("deleted", "server_version", *fields),
            list(map(bulk.stored_id, journal)),
        )
        updates: list[tuple[Any, ...]] = []
        queued: list[tuple[str, int | None, dict[str, Any]]] = []
        for name, values in journal.items():
            row = current.get(bulk.stored_id(name))
            if row is None:
                continue
            rowid, key, deleted, server_version, *now_values = row
            old = dict(zip(fields, now_values, strict=True))
            if table == "photo":
                if deleted or old["position_source"] != run.source:
                    continue  # changed since (placed again, or by someone else): that stands
                restored += 1
            else:
                if deleted or old["position_source"] == "manual":
                    continue
                changed.add(name)
            recorded = _recorded(run, values, fields)
            new = {**old, **{field: recorded[field] for field in fields if field in recorded}}
            if new != old:
                updates.append((*new.values(), now, rowid))
            changes = _changed_fields(old, new, synced)
            if changes:
                queued.append((key, server_version, changes))
        bulk.update_rows(session, table, bulk.assign((*fields, "updated_at")), updates)
        queue_changes(session, table, queued)
    session.expire_all()  # written around the unit of work: what was loaded is out of date
    run.undone = True
    session.flush()
    return GeotagResult(run.id, restored, frozenset(changed), 0, undone=_undone(run))
