"""Which street a camera is on: offline from the added OSM areas, cached in the database.

The nearest named street within ``MAX_STREET_M``; where two named streets meet within
``CROSSING_M`` of the camera, the crossing ("Bulevar kralja Aleksandra / Ruzveltova", the way
#hiljadekamera lists Belgrade's cameras), the camera's own street first. Results are kept in
``camera_street`` with the position they were found for, so each camera is looked up once and
again only when it moves or the offline areas change.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import String, and_, delete, or_, select, type_coerce, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from surveyapp.basemap.geometry import metres_per_unit, segment_distances, world_xy
from surveyapp.basemap.store import STREETS, Store
from surveyapp.cameras.streets import street_text
from surveyapp.db.models import Camera, CameraStreet, utc_now

MAX_STREET_M = 60.0
CROSSING_M = 30.0
_BATCH = 100


@dataclass(frozen=True)
class StreetName:
    """A camera's street, and the street that crosses it nearby (if any)."""

    street: str
    cross_street: str | None = None
    distance_m: float = 0.0

    @property
    def text(self) -> str:
        """As lists show it: "Street / Cross street"."""
        return street_text(self.street, self.cross_street) or ""


class StreetFinder:
    """Looks streets up in a set of basemap stores."""

    def __init__(self, stores: Sequence[Store]) -> None:
        self.stores = list(stores)

    @property
    def signature(self) -> str:
        """Names the set of areas asked (a cached answer from another set is looked up again)."""
        return ",".join(sorted(store.path.name for store in self.stores))[:500]

    def find(self, latitude: float, longitude: float) -> StreetName | None:
        """The street at a position, or None when no named street is within MAX_STREET_M."""
        best: StreetName | None = None
        for store in self.stores:
            if not store.info.covers(latitude, longitude):
                continue
            found = _find_in(store, latitude, longitude)
            if found is not None and (best is None or found.distance_m < best.distance_m):
                best = found
        return best


def _box(x: float, y: float, radius: float) -> tuple[float, float, float, float]:
    return x - radius, y - radius, x + radius, y + radius


def _find_in(store: Store, latitude: float, longitude: float) -> StreetName | None:
    x, y = world_xy(latitude, longitude)
    per_unit = metres_per_unit(latitude)
    distances: dict[str, float] = {}
    for _kind, name, parts in store.features(_box(x, y, MAX_STREET_M / per_unit), 99, STREETS):
        if not name:
            continue
        metres = min(segment_distances(part, x, y) for part in parts) * per_unit
        if metres <= MAX_STREET_M and metres < distances.get(name, math.inf):
            distances[name] = metres
    if not distances:
        return None
    street = min(distances, key=lambda n: distances[n])
    crossings = [
        (math.hypot(jx - x, jy - y) * per_unit, names)
        for jx, jy, names in store.junctions(_box(x, y, CROSSING_M / per_unit))
    ]
    crossings = [c for c in crossings if c[0] <= CROSSING_M and len(set(c[1])) > 1]
    if not crossings:
        return StreetName(street, None, distances[street])
    _, names = min(crossings, key=lambda c: c[0])
    # The camera's own street first, then the other street nearest to it.
    ordered = sorted(set(names), key=lambda n: (distances.get(n, math.inf), n))
    first, second = ordered[0], ordered[1]
    return StreetName(first, second, distances.get(first, distances[street]))


class Located(NamedTuple):
    """A camera whose street is to be looked up."""

    id: uuid.UUID
    latitude: float
    longitude: float


def stale_cameras(
    session: Session,
    signature: str,
    online: bool = False,
    pause: Callable[[], None] | None = None,
) -> list[Located]:
    """Live, located cameras with no cached street for their position and these areas (and,
    when ``online``, those the offline areas had no street for and nobody asked online yet);
    read 1,000 at a time, ``pause()`` between them."""
    cache = CameraStreet
    fresh = and_(
        cache.latitude == Camera.latitude,
        cache.longitude == Camera.longitude,
        cache.areas == signature,
    )
    if online:
        fresh = and_(fresh, or_(cache.street.is_not(None), cache.source == "nominatim"))
    query = (
        select(type_coerce(Camera.id, String), Camera.latitude, Camera.longitude)
        .outerjoin(cache, cache.camera_id == Camera.id)
        .where(Camera.deleted.is_(False), Camera.latitude.is_not(None))
        .where(Camera.longitude.is_not(None))
        .where(or_(cache.camera_id.is_(None), ~fresh))
        .order_by(Camera.created_at, Camera.id)
    )
    result = session.execute(query)
    cameras: list[Located] = []
    while chunk := result.fetchmany(1000):
        if pause is not None:
            pause()
        # The query keeps only located cameras: the positions are never None here.
        cameras += [
            Located(uuid.UUID(raw), float(lat or 0), float(lon or 0)) for raw, lat, lon in chunk
        ]
    return cameras


def _store_rows(session: Session, rows: list[dict[str, object]]) -> None:
    if not rows:
        return
    statement = insert(CameraStreet).values(rows)
    columns = ("latitude", "longitude", "street", "cross_street", "source", "areas",
               "looked_up_at")  # fmt: skip
    session.execute(
        statement.on_conflict_do_update(
            index_elements=[CameraStreet.camera_id],
            set_={name: statement.excluded[name] for name in columns},
        )
    )


def _row(camera: Located, found: StreetName | None, source: str, areas: str) -> dict[str, object]:
    return {
        "camera_id": camera.id,
        "latitude": camera.latitude,
        "longitude": camera.longitude,
        "street": found.street if found else None,
        "cross_street": found.cross_street if found else None,
        "source": source,
        "areas": areas,
        "looked_up_at": utc_now(),
    }


Geocoder = Callable[[float, float], StreetName | None]


@dataclass(frozen=True)
class StreetProgress:
    """A batch of cameras whose street is now known (committed), and how far the run is."""

    camera_ids: tuple[str, ...]
    done: int
    total: int


def update_streets(
    session_factory: Callable[[], Session],
    finder: StreetFinder,
    online: Geocoder | None = None,
    pause: Callable[[], None] | None = None,
) -> Generator[StreetProgress, None, int]:
    """Look up every camera whose street is not known for its position; returns how many.

    Offline first, in batches of 100, each batch one transaction (a cache: a stopped run keeps
    what it found); ``pause()``, when given, is called before each camera (the desktop app
    waits there while the volunteer moves the map). Cameras with no street offline are then
    asked of ``online`` one at a time (it rate-limits itself), each answer committed at once,
    unless the cache already holds an online answer for that position.
    """
    signature = finder.signature
    if not finder.stores and online is None:  # nothing to ask: forget what areas said
        with session_factory() as session:
            forgotten = forget_offline_streets(session)
            session.commit()
        if forgotten:
            yield StreetProgress(forgotten, len(forgotten), len(forgotten))
        return 0
    with session_factory() as session:
        cameras = stale_cameras(session, signature, online is not None, pause)
        asked_online = _online_answers(session) if online is not None else set()
    total, done = len(cameras), 0
    missing: list[Located] = []
    for start in range(0, total, _BATCH):
        batch = cameras[start : start + _BATCH]
        rows, kept = [], []
        for camera in batch:
            if pause is not None:
                pause()
            found = finder.find(camera.latitude, camera.longitude)
            if found is None and online is not None:
                if (camera.id, camera.latitude, camera.longitude) in asked_online:
                    kept.append(camera.id)  # the online answer stands for these areas too
                    continue
                missing.append(camera)
            rows.append(_row(camera, found, "offline", signature))
        with session_factory() as session:
            _store_rows(session, rows)
            if kept:
                session.execute(
                    update(CameraStreet)
                    .where(CameraStreet.camera_id.in_(kept))
                    .values(areas=signature)
                )
            session.commit()
        done += len(batch)
        yield StreetProgress(tuple(str(c.id) for c in batch), done, total)
    for camera in missing:
        found = online(camera.latitude, camera.longitude) if online else None
        with session_factory() as session:
            _store_rows(session, [_row(camera, found, "nominatim", signature)])
            session.commit()
        yield StreetProgress((str(camera.id),), done, total)
    return total


def _online_answers(session: Session) -> set[tuple[uuid.UUID, float, float]]:
    query = select(CameraStreet.camera_id, CameraStreet.latitude, CameraStreet.longitude).where(
        CameraStreet.source == "nominatim"
    )
    return {(camera_id, lat, lon) for camera_id, lat, lon in session.execute(query)}


def forget_offline_streets(session: Session) -> tuple[str, ...]:
    """Drop the streets the offline areas gave (every area is gone); the cameras they were for."""
    query = select(type_coerce(CameraStreet.camera_id, String)).where(
        CameraStreet.source == "offline"
    )
    ids = tuple(str(uuid.UUID(raw)) for raw in session.scalars(query))
    session.execute(delete(CameraStreet).where(CameraStreet.source == "offline"))
    return ids
