"""The survey's cameras as every export format needs them: plain values read in one pass.

Rows are read from compiled SQL in batches (no ORM objects), so that a survey of 100,000 cameras
streams in a couple of seconds in constant memory; every writer (GeoJSON, CSV, KML, OSM, GPX,
zip) consumes the same ``exported_cameras`` records.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Select, String, func, select, type_coerce
from sqlalchemy.orm import Session

from surveyapp.cameras.fields import FIELDS
from surveyapp.cameras.listing import street_of_position, street_text
from surveyapp.db.models import Camera, CameraStreet, Photo

COORDINATE_DECIMALS = 7  # ~1 cm; RFC 7946 §11.2 asks for no more precision than is real

# Whether a vendor is on the FCC Covered List: (vendor_slug, manufacturer, brand) -> yes/no/unknown
CoveredLookup = Callable[[str | None, str | None, str | None], bool | None]

_ROW_BATCH = 2000

# Fields that are survey bookkeeping, not OSM tags: exported under survey:* names (notes never:
# they are the volunteer's own and may name people).
_SURVEY_ONLY = frozenset({"vendor_confidence", "status", "notes"})


class ExportedCamera(NamedTuple):
    """One live, located camera as the exports write it."""

    id: str  # canonical UUID text
    latitude: float  # rounded to COORDINATE_DECIMALS
    longitude: float
    tags: dict[str, str]  # OSM tags: man_made, extra tags, the fields set, direction
    survey: dict[str, Any]  # survey:* bookkeeping (status, covered list, photos, first/last seen)
    photos: list[str]  # SHA-256 of the camera's photos, oldest first


def uuid_text(value: Any) -> str:
    """A UUID column read raw (SQLite keeps 32 hex digits) as the canonical 8-4-4-4-12 text."""
    text = str(value).replace("-", "")
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def _time_text(value: Any) -> str:
    """A DateTime column read raw ("2026-05-04 10:30:15.250000") as ISO 8601."""
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value).replace(" ", "T", 1).removesuffix(".000000")


def _day_text(value: Any) -> str:
    """A DateTime column read raw as its date only (ISO 8601, YYYY-MM-DD)."""
    return _time_text(value)[:10]


def _raw(column: Any) -> Any:
    """Read a column as the database stores it, skipping the ORM type's conversion: the writer
    needs text, and converting 100,000 UUIDs and JSON objects to Python and back costs seconds."""
    return type_coerce(column, String)


def raw_rows(session: Session, query: Select[Any]) -> Iterator[Sequence[Any]]:
    """The query's rows as the driver returns them, fetched in batches.

    The statement is compiled once and run as plain SQL: SQLAlchemy's per-row result handling
    costs three times what SQLite itself needs for 100,000 rows.
    """
    connection = session.connection()
    compiled = query.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True})
    result = connection.exec_driver_sql(str(compiled))
    while batch := result.fetchmany(_ROW_BATCH):
        yield from batch


def _photos_by_camera(session: Session) -> dict[str, list[tuple[str, Any]]]:
    """Each camera's photos (sha256, raw capture time), oldest first, keyed by the raw camera id.

    Times stay as the database returns them (they sort as they read) until a camera's first and
    last are written: converting 150,000 of them costs half a second.
    """
    photos: dict[str, list[tuple[str, Any]]] = defaultdict(list)
    query = (
        select(_raw(Photo.camera_id), Photo.sha256, _raw(Photo.taken_sort))
        .where(Photo.camera_id.is_not(None), Photo.deleted.is_(False))
        .order_by(Photo.taken_sort, Photo.sha256)
    )
    for camera_id, sha256, taken in raw_rows(session, query):
        photos[camera_id].append((sha256, taken))
    return photos


def _exported(status: str | None = None) -> Any:
    """The condition for a camera to be exported: live and located (and of this status)."""
    condition = (
        Camera.deleted.is_(False),
        Camera.latitude.is_not(None),
        Camera.longitude.is_not(None),
    )
    return condition if status is None else (*condition, Camera.status == status)


def count_cameras(session: Session, status: str | None = None) -> int:
    """How many cameras an export writes (only those of ``status`` when given)."""
    query = select(func.count()).select_from(Camera).where(*_exported(status))
    return int(session.scalar(query) or 0)


def extra_tag_keys(session: Session) -> list[str]:
    """Every extra OSM tag key the exported cameras carry, sorted (for table columns)."""
    keys: set[str] = set()
    query = select(_raw(Camera.extra_tags)).where(*_exported()).distinct()
    for (extra,) in raw_rows(session, query):
        if extra and extra != "{}":
            keys.update(json.loads(extra))
    return sorted(keys)


def exported_cameras(
    session: Session, covered: CoveredLookup, status: str | None = None, day_only: bool = False
) -> Iterator[ExportedCamera]:
    """Every live, located camera (of ``status`` when given), oldest first, with its OSM tags
    and survey bookkeeping; ``day_only`` keeps only the date of every time (for publication:
    the hour a volunteer stood somewhere can identify them)."""
    seen = _day_text if day_only else _time_text
    photos = _photos_by_camera(session)
    keys = list(FIELDS)
    # Dates as the database writes them are already ISO 8601.
    columns = [
        _raw(getattr(Camera, FIELDS[key].attribute))
        if key == "check_date"
        else getattr(Camera, FIELDS[key].attribute)
        for key in keys
    ]
    query = (
        select(
            _raw(Camera.id),
            Camera.latitude,
            Camera.longitude,
            Camera.position_source,
            Camera.vendor_slug,
            _raw(Camera.extra_tags),
            CameraStreet.street,
            CameraStreet.cross_street,
            *columns,
        )
        .outerjoin(CameraStreet, street_of_position())
        .where(*_exported(status))
        .order_by(Camera.created_at, Camera.id)
    )
    first = 8  # where the FIELDS columns start in a row
    tag_columns = [(key, first + i) for i, key in enumerate(keys) if key not in _SURVEY_ONLY]
    status_at, confidence, maker, brand = (
        first + keys.index(key) for key in ("status", "vendor_confidence", "manufacturer", "brand")
    )
    no_photos: list[tuple[str, Any]] = []
    for row in raw_rows(session, query):
        raw_id, latitude, longitude, source, slug, extra, street, cross = row[:first]
        tags: dict[str, str] = {"man_made": "surveillance"}
        if extra and extra != "{}":
            tags.update(json.loads(extra))
        for key, index in tag_columns:
            value = row[index]
            if value is not None:
                tags[key] = f"{value:g}" if isinstance(value, float) else str(value)
        if "camera:direction" in tags:
            tags["direction"] = tags["camera:direction"]  # for DeFlock's readers
        shown = photos.get(raw_id, no_photos)
        times = [taken for _, taken in shown if taken is not None]
        hashes = [sha for sha, _ in shown]
        survey = {
            "survey:status": row[status_at],
            "survey:vendor_confidence": row[confidence],
            "survey:covered_list": covered(slug, row[maker], row[brand]),
            "survey:position_source": source,
            # Where the camera is, in words (not addr:street: a camera has no address).
            "survey:street": street_text(street, cross),
            "survey:photo_count": len(shown),
            "survey:photos": hashes,
            "survey:first_seen": seen(min(times)) if times else None,
            "survey:last_seen": seen(max(times)) if times else None,
        }
        yield ExportedCamera(
            uuid_text(raw_id),
            round(latitude, COORDINATE_DECIMALS),
            round(longitude, COORDINATE_DECIMALS),
            tags,
            survey,
            hashes,
        )


class PhotoFile(NamedTuple):
    """A photo of an exported camera, where its original lies in the library."""

    sha256: str
    library_path: str  # relative to the library folder
    camera_id: str


def photo_files(session: Session) -> list[PhotoFile]:
    """The photos of every exported camera, by camera (oldest camera first) then capture time."""
    query = (
        select(Photo.sha256, Photo.library_path, _raw(Photo.camera_id))
        .join(Camera, Photo.camera_id == Camera.id)
        .where(Photo.deleted.is_(False), *_exported())
        .order_by(Camera.created_at, Camera.id, Photo.taken_sort, Photo.sha256)
    )
    return [
        PhotoFile(sha, path, uuid_text(camera)) for sha, path, camera in raw_rows(session, query)
    ]
