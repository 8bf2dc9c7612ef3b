"""Group photos into camera records: the photos of one camera are taken close together.

Photos within 15 m (geodesic) and 10 minutes of each other, directly or through a chain of such
photos, become one camera at their mean position. A photo without a position, or with a
position but no time, becomes a camera of its own, to be placed or merged by hand.

A new photo also joins a camera an earlier import made, while that camera is still as its
photos made it (``grows_again``): the volunteer's own, undescribed, not placed by hand, not
reviewed, not placed by geotagging, holding only her photos. So a walk imported in two goes, or
an import cancelled and repeated, gives the cameras one import gives. A camera she said
something of stays as it is; the new photo makes a camera of its own, and the warnings name the
pair.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from surveyapp.cameras.declination import photo_true_bearing
from surveyapp.cameras.fields import direction_from_bearing
from surveyapp.cameras.permissions import current_editor
from surveyapp.db.models import Camera, Photo, Survey
from surveyapp.db.outbox import record_fields
from surveyapp.protocol.fields import DEFAULTS, RECORD_FIELDS
from surveyapp.protocol.merge import mean_position

GROUP_DISTANCE_M = 15.0
GROUP_INTERVAL = timedelta(minutes=10)
_EARTH_RADIUS_M = 6_371_008.8


@dataclass(frozen=True)
class Located:
    """What grouping needs of a photo."""

    index: int
    latitude: float
    longitude: float
    taken: datetime


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _flat_distance(first: Located, second: Located) -> float:
    """Metres on a local flat map: within 0.5 % of the geodesic at these distances."""
    mean_latitude = math.radians((first.latitude + second.latitude) / 2)
    north = math.radians(second.latitude - first.latitude)
    east = math.radians((second.longitude - first.longitude + 180.0) % 360.0 - 180.0)
    return _EARTH_RADIUS_M * math.hypot(north, east * math.cos(mean_latitude))


def _within(first: Located, second: Located) -> bool:
    """Whether two photos are within GROUP_DISTANCE_M (geodesic); the flat-map distance settles
    every pair that is clearly near or clearly far, geopy the few close to the threshold."""
    flat = _flat_distance(first, second)
    if flat < GROUP_DISTANCE_M * 0.95:
        return True
    if flat > GROUP_DISTANCE_M * 1.05:
        return False
    from geopy.distance import geodesic  # imported here: geopy's import costs ~0.1 s

    points = (first.latitude, first.longitude), (second.latitude, second.longitude)
    return bool(geodesic(*points).meters <= GROUP_DISTANCE_M)


def cluster(points: Sequence[Located]) -> list[list[int]]:
    """The ``index`` values of ``points`` grouped by the 15 m / 10 min rule (single linkage)."""
    ordered = sorted(points, key=lambda point: point.taken)
    parent = list(range(len(ordered)))
    for i, first in enumerate(ordered):
        for j in range(i + 1, len(ordered)):
            second = ordered[j]
            if second.taken - first.taken > GROUP_INTERVAL:
                break
            root_i, root_j = _find(parent, i), _find(parent, j)
            if root_i == root_j:
                continue
            if _within(first, second):
                parent[root_j] = root_i
    groups: dict[int, list[int]] = {}
    for i, point in enumerate(ordered):
        groups.setdefault(_find(parent, i), []).append(point.index)
    return list(groups.values())


def photo_positions(photos: Iterable[Photo]) -> list[tuple[float | None, float | None]]:
    """The (latitude, longitude) of each photo."""
    return [(photo.latitude, photo.longitude) for photo in photos]


def position_source(photos: Sequence[Photo]) -> str | None:
    """exif or xmp when all located photos agree, else merged."""
    sources = {p.position_source for p in photos if p.latitude is not None}
    if not sources:
        return None
    return sources.pop() if len(sources) == 1 else "merged"


def new_camera_for(photos: Sequence[Photo], survey: Survey, author: str | None) -> Camera:
    """A camera for ``photos`` (sorted by time): their mean position, the first bearing (from
    true north)."""
    camera = Camera(id=uuid.uuid4(), survey=survey, author=author, extra_tags={})
    position = mean_position(photo_positions(photos))
    if position is not None:
        camera.latitude, camera.longitude = position
        camera.position_source = position_source(photos)
    bearing = next((photo_true_bearing(p) for p in photos if p.bearing is not None), None)
    camera.camera_direction = direction_from_bearing(bearing)
    for photo in photos:
        photo.camera = camera
    return camera


# Where an import's photos have their positions from (not geotagging, not the volunteer).
READ_POSITIONS = frozenset({"exif", "xmp"})
# A camera's fields an import sets from its photos; any other one set is a description.
FROM_PHOTOS = frozenset(
    {"survey_id", "latitude", "longitude", "position_source", "position_accuracy",
     "camera_direction"}
)  # fmt: skip


def described(camera: Camera, photos: Iterable[Photo]) -> bool:
    """Whether the volunteer said anything of this camera: a field no import sets (a review
    too), a place chosen by hand, a direction that is not one of its photos' bearings."""
    fields = record_fields(camera)
    defaults = DEFAULTS["camera"]
    for name in RECORD_FIELDS["camera"] - FROM_PHOTOS:
        if fields.get(name) not in (None, "", {}, defaults.get(name)):
            return True
    if camera.position_source == "manual":
        return True
    bearings = set()
    for photo in photos:
        bearings.add(direction_from_bearing(photo.bearing))
        bearings.add(direction_from_bearing(photo_true_bearing(photo)))
    return camera.camera_direction is not None and camera.camera_direction not in bearings


def grows_again(camera: Camera, survey: Survey, user: str | None) -> bool:
    """Whether a new photo of ``user``'s may join ``camera``, made by an earlier import: it is
    hers (made here, or on the server by her), live, in ``survey``, holds only her photos, and
    is still as its photos made it."""
    if camera.deleted or camera.survey_id != survey.id:
        return False
    if camera.owner is not None and camera.owner != user:
        return False
    photos = [photo for photo in camera.photos if not photo.deleted]
    if any(photo.owner is not None and photo.owner != user for photo in photos):
        return False
    located = [photo for photo in photos if photo.latitude is not None]
    if any(photo.position_source not in READ_POSITIONS for photo in located):
        return False  # placed by geotagging: its undo re-places the camera at its photos
    return not described(camera, photos)


def _joinable(
    session: Session,
    photos: Sequence[Photo],
    joining: Collection[uuid.UUID],
    grows: Callable[[Camera], bool],
) -> list[Photo]:
    """The located photos of the ``joining`` cameras, and of cameras that ``grows``, close
    enough in time to ``photos`` to be grouped with one of them (one query, bounded by the new
    photos' times)."""
    times = [p.taken_sort for p in photos if p.taken_sort is not None and p.latitude is not None]
    if not times:
        return []
    found = session.scalars(
        select(Photo)
        .where(
            Photo.camera_id.is_not(None),
            Photo.deleted.is_(False),
            Photo.latitude.is_not(None),
            Photo.taken_sort.between(min(times) - GROUP_INTERVAL, max(times) + GROUP_INTERVAL),
        )
        .order_by(Photo.taken_sort, Photo.file_name)
    )
    verdicts: dict[uuid.UUID, bool] = dict.fromkeys(joining, True)
    joinable = []
    for photo in found:
        camera_id = photo.camera_id
        assert camera_id is not None
        if camera_id not in verdicts:
            verdicts[camera_id] = grows(session.get_one(Camera, camera_id))
        if verdicts[camera_id]:
            joinable.append(photo)
    return joinable


def _grow(camera: Camera, members: Sequence[Photo], new: Sequence[Photo]) -> None:
    """``new`` photos join ``camera`` (which has ``members``): its position is their mean."""
    for photo in new:
        photo.camera = camera
    everyone = [*members, *new]
    position = mean_position(photo_positions(everyone))
    if position is not None:
        camera.latitude, camera.longitude = position
        camera.position_source = position_source(everyone)
    if camera.camera_direction is None:
        bearing = next((photo_true_bearing(p) for p in new if p.bearing is not None), None)
        camera.camera_direction = direction_from_bearing(bearing)


def group_ungrouped_photos(
    session: Session,
    survey: Survey,
    author: str | None = None,
    joining: Collection[uuid.UUID] = (),
    older: set[uuid.UUID] | None = None,
) -> list[Camera]:
    """Make camera records for every photo that has none yet; returns the new cameras.

    An import groups its photos at each checkpoint, so that its cameras show as they are
    made: ``joining`` names the cameras it made so far, and a new photo within reach of one of
    their photos joins that camera (its position becomes the new mean) instead of starting
    another; those cameras are returned too. So do the cameras of earlier imports that
    :func:`grows_again` for the volunteer this laptop syncs as. (Grouping all at once
    would also merge two such cameras that a later photo bridges; an import keeps them apart,
    to be merged by hand.) ``older`` collects the ids of those earlier imports' cameras.
    """
    photos = list(
        session.scalars(
            select(Photo)
            .where(Photo.camera_id.is_(None), Photo.deleted.is_(False))
            .order_by(Photo.taken_sort, Photo.file_name)
        )
    )
    user = current_editor(session).name
    joinable = _joinable(session, photos, joining, lambda camera: grows_again(camera, survey, user))
    combined = [*photos, *joinable]
    points = [
        Located(i, p.latitude, p.longitude, p.taken_sort)
        for i, p in enumerate(combined)
        if p.latitude is not None and p.longitude is not None and p.taken_sort is not None
    ]
    groups = cluster(points)
    grouped = {i for group in groups for i in group}
    groups += [[i] for i in range(len(photos)) if i not in grouped]
    cameras = []
    for group in sorted(groups, key=min):
        new = [photos[i] for i in sorted(group) if i < len(photos)]
        if not new:
            continue
        owners = [combined[i].camera_id for i in sorted(group) if i >= len(photos)]
        if owners:
            owner = owners[0]
            camera = session.get_one(Camera, owner)
            members = session.scalars(
                select(Photo).where(Photo.camera_id == owner, Photo.deleted.is_(False))
            ).all()
            _grow(camera, members, new)
            if older is not None and camera.id not in joining:
                older.add(camera.id)
        else:
            camera = new_camera_for(new, survey, author)
            session.add(camera)
        cameras.append(camera)
    session.flush()
    return cameras
