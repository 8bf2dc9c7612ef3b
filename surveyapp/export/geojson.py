"""GeoJSON export (RFC 7946): one Point feature per located camera, OSM tags as properties.

Written as a stream, a feature at a time, from plain column reads (no ORM objects), so a survey of
100,000 cameras exports in a few seconds in constant memory.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from surveyapp.cameras.fields import FIELDS
from surveyapp.db.models import Camera, Photo

COORDINATE_DECIMALS = 7  # ~1 cm; RFC 7946 §11.2 asks for no more precision than is real

_ROW_BATCH = 2000


def _tag_text(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def _photos_by_camera(session: Session) -> dict[Any, list[tuple[str, datetime | None]]]:
    photos: dict[Any, list[tuple[str, datetime | None]]] = defaultdict(list)
    query = (
        select(Photo.camera_id, Photo.sha256, Photo.taken_sort)
        .where(Photo.camera_id.is_not(None), Photo.deleted.is_(False))
        .order_by(Photo.taken_sort, Photo.sha256)
    )
    for camera_id, sha256, taken in session.execute(query):
        photos[camera_id].append((sha256, taken))
    return photos


def features(
    session: Session, covered: Callable[[str | None, str | None, str | None], bool | None]
) -> Iterator[dict[str, Any]]:
    """The GeoJSON features of every live, located camera, oldest first.

    ``covered(vendor_slug, manufacturer, brand)`` says whether the vendor is on the FCC Covered
    List (None when unknown).
    """
    photos = _photos_by_camera(session)
    columns = [getattr(Camera, field.attribute) for field in FIELDS.values()]
    query = (
        select(
            Camera.id,
            Camera.latitude,
            Camera.longitude,
            Camera.position_source,
            Camera.vendor_slug,
            Camera.extra_tags,
            *columns,
        )
        .where(
            Camera.deleted.is_(False),
            Camera.latitude.is_not(None),
            Camera.longitude.is_not(None),
        )
        .order_by(Camera.created_at, Camera.id)
        .execution_options(yield_per=_ROW_BATCH)
    )
    keys = list(FIELDS)
    for row in session.execute(query):
        camera_id, latitude, longitude, source, slug, extra = row[:6]
        values = dict(zip(keys, row[6:], strict=True))
        properties: dict[str, Any] = {"man_made": "surveillance"}
        for key, value in (extra or {}).items():
            properties[key] = value
        for key in keys:
            value = values[key]
            if value is not None and key not in ("vendor_confidence", "status", "notes"):
                properties[key] = _tag_text(value)
        if "camera:direction" in properties:
            properties["direction"] = properties["camera:direction"]  # for DeFlock's readers
        shown = photos.get(camera_id, [])
        times = [taken for _, taken in shown if taken is not None]
        properties.update(
            {
                "survey:status": values["status"],
                "survey:vendor_confidence": values["vendor_confidence"],
                "survey:covered_list": covered(slug, values["manufacturer"], values["brand"]),
                "survey:position_source": source,
                "survey:photo_count": len(shown),
                "survey:photos": [sha for sha, _ in shown],
                "survey:first_seen": min(times).isoformat() if times else None,
                "survey:last_seen": max(times).isoformat() if times else None,
            }
        )
        yield {
            "type": "Feature",
            "id": str(camera_id),
            "geometry": {
                "type": "Point",
                "coordinates": [
                    round(longitude, COORDINATE_DECIMALS),
                    round(latitude, COORDINATE_DECIMALS),
                ],
            },
            "properties": properties,
        }


def write_geojson(
    session: Session,
    out: TextIO,
    covered: Callable[[str | None, str | None, str | None], bool | None],
) -> Iterator[int]:
    """Write the FeatureCollection to ``out``; yields the running feature count every 1,000."""
    out.write('{"type":"FeatureCollection","features":[\n')
    count = 0
    for feature in features(session, covered):
        if count:
            out.write(",\n")
        out.write(json.dumps(feature, ensure_ascii=False, separators=(",", ":")))
        count += 1
        if count % 1000 == 0:
            yield count
    out.write("\n]}\n")
    yield count
