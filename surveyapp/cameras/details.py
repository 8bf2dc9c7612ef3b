"""One camera as its panel shows it: every field as text, and its photos with thumbnails.

Plain frozen values, so that they can be read on a worker thread and handed to the window.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from surveyapp.cameras.declination import photo_true_bearing
from surveyapp.cameras.fields import FIELDS, direction_from_bearing
from surveyapp.cameras.operations import find_camera
from surveyapp.cameras.permissions import current_editor
from surveyapp.cameras.vendor import covered_list
from surveyapp.db import notes
from surveyapp.db.models import Camera, Photo
from surveyapp.db.outbox import refused_ids, waiting_ids
from surveyapp.protocol.fields import decodable_thumbnail


@dataclass(frozen=True)
class PhotoView:
    """One photo of a camera, with its thumbnail's JPEG bytes."""

    id: uuid.UUID
    sha256: str
    file_name: str
    path: Path  # the library copy
    taken: str | None  # local wall time as shown to the volunteer, "2026-05-04 10:30"
    latitude: float | None
    longitude: float | None
    bearing: float | None
    bearing_ref: str | None  # T (true north) or M (magnetic)
    true_bearing: float | None  # the bearing from true north (a magnetic one corrected)
    make: str | None
    model: str | None
    width: int | None
    height: int | None
    thumbnail: bytes | None
    warnings: tuple[str, ...]
    # False for a teammate's photo not fetched: only its preview (``thumbnail``) came down.
    here: bool = True
    # Whether the server has a shared copy of it to download (``sync fetch``).
    shared: bool = False
    # Whether this volunteer may take it off its camera (her own photo, on a teammate's camera
    # a reviewer merged it into, too).
    mine: bool = True


@dataclass(frozen=True)
class CameraDetails:
    """A camera's fields (OSM key → text, "" when unknown), position and photos."""

    id: uuid.UUID
    values: dict[str, str]
    latitude: float | None
    longitude: float | None
    position_source: str | None
    vendor_slug: str | None
    covered: bool | None
    pending: bool
    photos: tuple[PhotoView, ...]
    # Whether this volunteer may change it (the server's rule); who mapped it when not.
    editable: bool = True
    owner: str | None = None
    position_accuracy: float | None = None  # metres, when estimated (geotagging)
    review: str = "unverified"  # the team's review: unverified, verified, disputed, removed
    refused: bool = False  # a change the server refused (no sync sends it again)
    may_review: bool = False  # whether this laptop's user is a reviewer or an admin
    teammates: bool = False  # another volunteer mapped it (a reviewer may still change it)

    @property
    def suggested_direction(self) -> str | None:
        """camera:direction from the first photo with a GPS bearing (from true north)."""
        for photo in self.photos:
            direction = direction_from_bearing(photo.true_bearing)
            if direction is not None:
                return direction
        return None


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def _taken(photo: Photo) -> str | None:
    moment = photo.taken_local or photo.taken_sort
    return None if moment is None else f"{moment:%Y-%m-%d %H:%M:%S}"


def _thumbnail(photo: Photo) -> bytes | None:
    """The photo's thumbnail, when decoding it is cheap (one pulled from an older or hostile
    server may declare any pixel size: the panel then shows a grey square)."""
    if photo.thumbnail is None or not decodable_thumbnail(photo.thumbnail.jpeg):
        return None
    return photo.thumbnail.jpeg


def camera_details(session: Session, camera_id: str | uuid.UUID, library: Path) -> CameraDetails:
    """The camera's details; CameraNotFoundError when it is gone."""
    camera = find_camera(session, camera_id)
    editor = current_editor(session)
    photos = session.scalars(
        select(Photo)
        .where(Photo.camera_id == camera.id, Photo.deleted.is_(False))
        .options(selectinload(Photo.thumbnail))
        .order_by(Photo.taken_sort, Photo.file_name)
    ).all()
    views = tuple(
        PhotoView(
            id=photo.id,
            sha256=photo.sha256,
            file_name=photo.file_name,
            path=library / photo.library_path,
            taken=_taken(photo),
            latitude=photo.latitude,
            longitude=photo.longitude,
            bearing=photo.bearing,
            bearing_ref=photo.bearing_ref,
            true_bearing=photo_true_bearing(photo),
            make=photo.make,
            model=photo.model,
            width=photo.width,
            height=photo.height,
            thumbnail=_thumbnail(photo),
            warnings=tuple(notes.shown(warning) for warning in photo.warnings or ()),
            here=bool(photo.library_path),
            shared=bool(photo.blob_sha256),
            mine=editor.may_edit(photo),
        )
        for photo in photos
    )
    values = {key: _text(getattr(camera, field.attribute)) for key, field in FIELDS.items()}
    return CameraDetails(
        id=camera.id,
        values=values,
        latitude=camera.latitude,
        longitude=camera.longitude,
        position_source=camera.position_source,
        vendor_slug=camera.vendor_slug,
        covered=covered_list(camera.vendor_slug, camera.manufacturer, camera.brand),
        pending=bool(waiting_ids(session, [camera.id])),
        refused=bool(refused_ids(session, [camera.id])),
        editable=editor.may_edit(camera) and all(editor.may_edit(p) for p in photos),
        owner=camera.owner,
        photos=views,
        position_accuracy=camera.position_accuracy,
        review=camera.review_state or "unverified",
        may_review=editor.reviews,
        teammates=camera.owner is not None and camera.owner != editor.name,
    )


@dataclass(frozen=True)
class MergedAway:
    """Where a teammate's merge took a camera, as a pull told it."""

    camera: uuid.UUID  # the live camera it went into
    by: str | None  # who merged it (the server tells it only to those who may edit it)


def merged_away(session: Session, camera_id: uuid.UUID) -> MergedAway | None:
    """The live camera a pulled merge took ``camera_id`` into (following merges of that one
    since), and who merged it; None while it is live, when it was deleted, when the server did
    not say (an older one), or when what it went into is gone too."""
    camera = session.get(Camera, camera_id)
    if camera is None or not camera.deleted or camera.merged_into is None:
        return None
    seen = {camera.id}
    target = session.get(Camera, camera.merged_into)
    while target is not None and target.deleted and target.merged_into is not None:
        if target.id in seen:
            return None
        seen.add(target.id)
        target = session.get(Camera, target.merged_into)
    if target is None or target.deleted:
        return None
    return MergedAway(target.id, camera.merged_by)


def camera_now(session: Session, details: CameraDetails) -> uuid.UUID | None:
    """Where the camera ``details`` showed is now: itself while it is live; once merged into
    another (here, by another program or by a pull), the one live camera that holds its photos;
    None when it was deleted (or its photos went to several cameras)."""
    camera = session.get(Camera, details.id)
    if camera is not None and not camera.deleted:
        return camera.id
    photos = [photo.id for photo in details.photos]
    holders = set(
        session.scalars(
            select(Photo.camera_id)
            .join(Camera, Photo.camera_id == Camera.id)
            .where(Photo.id.in_(photos), Photo.deleted.is_(False), Camera.deleted.is_(False))
        )
    )
    return holders.pop() if len(holders) == 1 else None
