"""The edits a volunteer makes to cameras: set fields, move (and back to the photos' GPS
position), merge, split, delete.

Each takes the caller's session, changes rows, flushes, and never commits: the caller makes one
user action one transaction. The outbox queues what changed (an edit that changes nothing queues
nothing); merge and split go into it as one operation each, which the server applies whole. An
edit the server would refuse from this volunteer (another volunteer's camera) raises
NotAllowedError before anything changes.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from surveyapp.cameras.fields import apply_field
from surveyapp.cameras.grouping import (
    mean_position,
    new_camera_for,
    photo_positions,
    position_source,
)
from surveyapp.cameras.permissions import require_editable
from surveyapp.cameras.vendor import apply_vendor
from surveyapp.db.models import Camera, Photo, Survey
from surveyapp.db.outbox import name_deleted_photos, queue_operation, structural
from surveyapp.i18n import translate
from surveyapp.protocol.fields import BY_RECORD

DEFAULT_SURVEY_NAME = "My survey"


class CameraNotFoundError(LookupError):
    """No live camera has that id (or id prefix)."""


def current_survey(session: Session) -> Survey:
    """The survey new photos go into: the first one, made on first use."""
    survey = session.scalars(
        select(Survey).where(Survey.deleted.is_(False)).order_by(Survey.created_at)
    ).first()
    if survey is None:
        survey = Survey(id=uuid.uuid4(), name=DEFAULT_SURVEY_NAME)
        session.add(survey)
        session.flush()
    return survey


def find_camera(session: Session, ref: str | uuid.UUID) -> Camera:
    """The live camera with this UUID, or with a unique UUID prefix of at least 4 characters."""
    if isinstance(ref, uuid.UUID):
        camera = session.get(Camera, ref)
    else:
        text = ref.strip().lower()
        try:
            camera = session.get(Camera, uuid.UUID(text))
        except ValueError:
            if len(text) < 4:
                raise CameraNotFoundError(
                    translate("fields", "'{ref}' is too short to name a camera").format(ref=ref)
                ) from None
            matches = [
                c
                for c in session.scalars(select(Camera).where(Camera.deleted.is_(False)))
                if str(c.id).startswith(text)
            ]
            if len(matches) > 1:
                count = len(matches)
                raise CameraNotFoundError(
                    translate("fields", "'{ref}' names %n cameras", None, count).format(ref=ref)
                ) from None
            camera = matches[0] if matches else None
    if camera is None or camera.deleted:
        raise CameraNotFoundError(translate("fields", "no camera '{ref}'").format(ref=ref))
    return camera


def set_fields(session: Session, camera_id: str | uuid.UUID, values: Mapping[str, str]) -> Camera:
    """Set OSM fields from text (``{"camera:type": "dome"}``); ``vendor`` picks from the catalogue.

    A bad value raises FieldError; the caller rolls back, so the edit is all or nothing.
    """
    camera = find_camera(session, camera_id)
    require_editable(session, [camera])
    for key, text in values.items():
        if key.strip() == "vendor":
            apply_vendor(camera, text)
        else:
            apply_field(camera, key, text)
    session.flush()
    return camera


def move_camera(
    session: Session, camera_id: str | uuid.UUID, latitude: float, longitude: float
) -> Camera:
    """Place a camera by hand: its position source becomes manual."""
    if not (math.isfinite(latitude) and -90 <= latitude <= 90):
        raise ValueError(
            translate("fields", "latitude {latitude} is outside -90..90").format(latitude=latitude)
        )
    if not (math.isfinite(longitude) and -180 <= longitude <= 180):
        raise ValueError(
            translate("fields", "longitude {longitude} is outside -180..180").format(
                longitude=longitude
            )
        )
    camera = find_camera(session, camera_id)
    require_editable(session, [camera])
    camera.latitude, camera.longitude = latitude, longitude
    camera.position_source = "manual"
    camera.position_accuracy = None
    session.flush()
    return camera


def restore_photo_position(session: Session, camera_id: str | uuid.UUID) -> Camera:
    """Put a camera placed by hand back where its photos' GPS says, as grouping placed it: the
    mean of its live photos' positions, with their position source.

    Raises ValueError when none of its photos has a position (the hand-placed one stays).
    """
    camera = find_camera(session, camera_id)
    require_editable(session, [camera])
    photos = [photo for photo in camera.photos if not photo.deleted]
    position = mean_position(photo_positions(photos))
    if position is None:
        raise ValueError(translate("fields", "none of this camera's photos has a GPS position"))
    camera.latitude, camera.longitude = position
    camera.position_source = position_source(photos)
    camera.position_accuracy = None
    session.flush()
    return camera


# How a merge combines each field: the registry's merge policy (surveyapp/protocol/fields.py).
_KEPT = tuple(
    name
    for name, f in BY_RECORD["camera"].items()
    if f.merge == "keep" and name != "vendor_confidence"
)


def merge_cameras(session: Session, camera_ids: Sequence[str | uuid.UUID]) -> Camera:
    """Merge cameras into the first one named: its photos, fields and notes gain the others'.

    The first camera's values win; empty ones are filled from the others in the order given.
    The others become tombstones. The position is the mean of the merged cameras' positions
    unless the first was placed by hand.
    """
    cameras = [find_camera(session, ref) for ref in camera_ids]
    if len({c.id for c in cameras}) != len(cameras) or len(cameras) < 2:
        raise ValueError(translate("fields", "merging needs at least two different cameras"))
    target, others = cameras[0], cameras[1:]
    moved = [photo for other in others for photo in other.photos if not photo.deleted]
    require_editable(session, [*cameras, *moved])
    for other in others:
        for attribute in _KEPT:
            if getattr(target, attribute) is None:
                setattr(target, attribute, getattr(other, attribute))
        if target.vendor_confidence == "unknown":
            target.vendor_confidence = other.vendor_confidence
        target.extra_tags = {**(other.extra_tags or {}), **(target.extra_tags or {})}
        if other.notes:
            target.notes = f"{target.notes}\n{other.notes}" if target.notes else other.notes
        for photo in [photo for photo in other.photos if not photo.deleted]:
            structural(session, photo, "camera_id")
            photo.camera = target
        structural(session, other, "deleted")
        other.deleted = True
    if target.position_source != "manual":
        located = [c for c in cameras if c.latitude is not None and c.longitude is not None]
        if located:
            position = mean_position((c.latitude, c.longitude) for c in located)
            assert position is not None
            target.latitude, target.longitude = position
            target.position_source = "merged" if len(located) > 1 else located[0].position_source
    absorbed = [other.id for other in others]
    queue_operation(
        session, "merge", target, {"absorbed": absorbed, "photos": [p.id for p in moved]}
    )
    return target


def split_photos(session: Session, photo_ids: Iterable[str | uuid.UUID]) -> Camera:
    """Move photos (by id or sha256) off their camera(s) into a new camera."""
    photos = list({photo.id: photo for photo in map(_find_photo_in(session), photo_ids)}.values())
    if not photos:
        raise ValueError(translate("fields", "name at least one photo to split off"))
    sources = {photo.camera for photo in photos if photo.camera is not None}
    require_editable(session, [*photos, *sources])
    survey = next(iter(sources)).survey if sources else current_survey(session)
    photos.sort(key=lambda p: (p.taken_sort is None, p.taken_sort, p.file_name))
    for photo in photos:
        structural(session, photo, "camera_id")
    camera = new_camera_for(photos, survey, author=None)
    session.add(camera)
    session.flush()
    for source in sources:
        session.refresh(source, ["photos"])
        if source.position_source != "manual":
            remaining = [photo for photo in source.photos if not photo.deleted]
            position = mean_position(photo_positions(remaining))
            if position is not None:
                source.latitude, source.longitude = position
                source.position_source = position_source(remaining)
    queue_operation(session, "move_photos", camera, {"photos": [photo.id for photo in photos]})
    return camera


def delete_camera(session: Session, camera_id: str | uuid.UUID) -> Camera:
    """Delete a camera and its photos: they stay as tombstones so that the deletion syncs."""
    camera = find_camera(session, camera_id)
    photos = [photo for photo in camera.photos if not photo.deleted]
    require_editable(session, [camera, *photos])
    for photo in photos:
        photo.deleted = True
    camera.deleted = True
    name_deleted_photos(session, camera, photos)
    return camera


def _find_photo_in(session: Session) -> Callable[[str | uuid.UUID], Photo]:
    return lambda ref: _find_photo(session, ref)


def find_photo(session: Session, ref: str | uuid.UUID) -> Photo:
    """The live photo with this id or sha256."""
    return _find_photo(session, ref)


def _find_photo(session: Session, ref: str | uuid.UUID) -> Photo:
    text = str(ref).strip().lower()
    if len(text) == 64:
        photo = session.scalars(select(Photo).where(Photo.sha256 == text)).first()
    else:
        try:
            photo = session.get(Photo, uuid.UUID(text))
        except ValueError:
            photo = None
    if photo is None or photo.deleted:
        raise LookupError(
            translate("fields", "no photo '{ref}' (give its id or its sha256)").format(ref=ref)
        )
    return photo
