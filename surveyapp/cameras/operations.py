"""The edits a volunteer makes to cameras: set fields, move (and back to the photos' GPS
position), merge, split, delete.

Each takes the caller's session, changes rows, flushes, and never commits: the caller makes one
user action one transaction. Every change marks the record pending for the next sync.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from surveyapp.cameras.fields import apply_field
from surveyapp.cameras.grouping import (
    mean_position,
    new_camera_for,
    photo_positions,
    position_source,
)
from surveyapp.cameras.vendor import apply_vendor
from surveyapp.db.models import Camera, Photo, Survey
from surveyapp.i18n import translate

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


def _touched(camera: Camera) -> Camera:
    camera.pending = True
    return camera


def set_fields(session: Session, camera_id: str | uuid.UUID, values: Mapping[str, str]) -> Camera:
    """Set OSM fields from text (``{"camera:type": "dome"}``); ``vendor`` picks from the catalogue.

    A bad value raises FieldError; the caller rolls back, so the edit is all or nothing.
    """
    camera = find_camera(session, camera_id)
    for key, text in values.items():
        if key.strip() == "vendor":
            apply_vendor(camera, text)
        else:
            apply_field(camera, key, text)
    session.flush()
    return _touched(camera)


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
    camera.latitude, camera.longitude = latitude, longitude
    camera.position_source = "manual"
    camera.position_accuracy = None
    session.flush()
    return _touched(camera)


def restore_photo_position(session: Session, camera_id: str | uuid.UUID) -> Camera:
    """Put a camera placed by hand back where its photos' GPS says, as grouping placed it: the
    mean of its live photos' positions, with their position source.

    Raises ValueError when none of its photos has a position (the hand-placed one stays).
    """
    camera = find_camera(session, camera_id)
    photos = [photo for photo in camera.photos if not photo.deleted]
    position = mean_position(photo_positions(photos))
    if position is None:
        raise ValueError(translate("fields", "none of this camera's photos has a GPS position"))
    camera.latitude, camera.longitude = position
    camera.position_source = position_source(photos)
    camera.position_accuracy = None
    session.flush()
    return _touched(camera)


_MERGED_ATTRIBUTES = (
    "surveillance", "surveillance_type", "surveillance_zone", "camera_type", "camera_mount",
    "camera_direction", "height", "operator", "manufacturer", "manufacturer_wikidata",
    "vendor_slug", "brand", "model", "check_date",
)  # fmt: skip


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
    for other in others:
        for attribute in _MERGED_ATTRIBUTES:
            if getattr(target, attribute) is None:
                setattr(target, attribute, getattr(other, attribute))
        if target.vendor_confidence == "unknown":
            target.vendor_confidence = other.vendor_confidence
        target.extra_tags = {**(other.extra_tags or {}), **(target.extra_tags or {})}
        if other.notes:
            target.notes = f"{target.notes}\n{other.notes}" if target.notes else other.notes
        for photo in list(other.photos):
            photo.camera = target
            photo.pending = True
        other.deleted = True
        _touched(other)
    if target.position_source != "manual":
        located = [c for c in cameras if c.latitude is not None and c.longitude is not None]
        if located:
            position = mean_position((c.latitude, c.longitude) for c in located)
            assert position is not None
            target.latitude, target.longitude = position
            target.position_source = "merged" if len(located) > 1 else located[0].position_source
    session.flush()
    return _touched(target)


def split_photos(session: Session, photo_ids: Iterable[str | uuid.UUID]) -> Camera:
    """Move photos (by id or sha256) off their camera(s) into a new camera."""
    photos = [_find_photo(session, ref) for ref in photo_ids]
    if not photos:
        raise ValueError(translate("fields", "name at least one photo to split off"))
    sources = {photo.camera for photo in photos if photo.camera is not None}
    survey = next(iter(sources)).survey if sources else current_survey(session)
    photos.sort(key=lambda p: (p.taken_sort is None, p.taken_sort, p.file_name))
    camera = new_camera_for(photos, survey, author=None)
    session.add(camera)
    for photo in photos:
        photo.pending = True
    session.flush()
    for source in sources:
        session.refresh(source, ["photos"])
        if source.position_source != "manual":
            remaining = list(source.photos)
            position = mean_position(photo_positions(remaining))
            if position is not None:
                source.latitude, source.longitude = position
                source.position_source = position_source(remaining)
        _touched(source)
    session.flush()
    return _touched(camera)


def delete_camera(session: Session, camera_id: str | uuid.UUID) -> Camera:
    """Delete a camera: it stays as a tombstone so that the deletion syncs."""
    camera = find_camera(session, camera_id)
    camera.deleted = True
    session.flush()
    return _touched(camera)


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
