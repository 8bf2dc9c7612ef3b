"""Cameras and photos as plain JSON objects (the ``photos --json`` / ``cameras --json`` shapes)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from surveyapp.cameras.fields import FIELDS
from surveyapp.db import notes
from surveyapp.db.models import Camera, Photo
from surveyapp.protocol.fields import MAX_UTC_OFFSET, MIN_UTC_OFFSET


def utc_offset(photo: Photo) -> int | None:
    """The photo's offset from UTC in minutes, None when unknown or none a place uses (an
    earlier version stored up to ±24 h, which no ISO 8601 time or ``timezone`` can hold)."""
    minutes = photo.utc_offset_minutes
    return minutes if minutes is not None and MIN_UTC_OFFSET <= minutes <= MAX_UTC_OFFSET else None


def taken_at(photo: Photo) -> str | None:
    """ISO 8601 capture time: with its offset when known, UTC (+00:00) when only the GPS clock
    says, else the plain wall-clock time."""
    offset = utc_offset(photo)
    if photo.taken_local is not None and offset is not None:
        zone = timezone(timedelta(minutes=offset))
        return photo.taken_local.replace(tzinfo=zone).isoformat()
    if photo.taken_local is not None:
        return photo.taken_local.isoformat()
    if photo.taken_utc is not None:
        return photo.taken_utc.astimezone(UTC).isoformat()
    return None


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def photo_record(photo: Photo) -> dict[str, Any]:
    """One photo for ``photos --json``; unknown values are null."""
    return {
        "id": str(photo.id),
        "sha256": photo.sha256,
        "file_name": photo.file_name,
        "library_path": photo.library_path,
        "mime": photo.mime,
        "size": photo.size,
        "latitude": photo.latitude,
        "longitude": photo.longitude,
        "altitude": photo.altitude,
        "bearing": photo.bearing,
        "bearing_ref": photo.bearing_ref,
        "position_source": photo.position_source,
        "position_accuracy": photo.position_accuracy,
        "taken_at": taken_at(photo),
        "taken_utc": _iso(photo.taken_utc),
        "time_zone_known": utc_offset(photo) is not None,
        "make": photo.make,
        "model": photo.model,
        "width": photo.width,
        "height": photo.height,
        "orientation": photo.orientation,
        "camera_id": None if photo.camera_id is None else str(photo.camera_id),
        "warnings": [notes.shown(warning) for warning in photo.warnings or ()],
    }


def camera_fields(camera: Camera) -> dict[str, Any]:
    """The camera's OSM fields by OSM key, values as text (dates ISO), null when unset."""
    values: dict[str, Any] = {}
    for key, field in FIELDS.items():
        value = getattr(camera, field.attribute)
        values[key] = value.isoformat() if hasattr(value, "isoformat") else value
    return values


def camera_record(
    camera: Camera, photos: list[str], covered: bool | None, pending: bool
) -> dict[str, Any]:
    """One camera for ``cameras --json``: position, OSM fields, photo hashes."""
    return {
        "id": str(camera.id),
        "survey_id": str(camera.survey_id),
        "latitude": camera.latitude,
        "longitude": camera.longitude,
        "position_source": camera.position_source,
        **camera_fields(camera),
        "vendor": camera.vendor_slug,
        "covered_list": covered,
        "review_state": camera.review_state,
        "extra_tags": dict(camera.extra_tags or {}),
        "photos": photos,
        "created_at": _iso(camera.created_at),
        "updated_at": _iso(camera.updated_at),
        "pending": pending,
    }
