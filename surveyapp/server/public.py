"""The team's published map: verified cameras only, nothing personal, times to the day.

What a visitor of the public page gets is built here from the server's records, as plain
values: no pseudonym, no notes, no extra tags (free text may name people), no original photo
(only the blurred shared copy a volunteer uploaded), no time finer than a day. A camera is
published when a reviewer verified it, or, when the server is started with the rule on, when
photos of it come from two different volunteers and no reviewer disputed or removed it.

The GeoJSON (RFC 7946) is made once per state of the database (the change counter and the
shared copies) and kept: a page visit does not read 100,000 records again.
"""

from __future__ import annotations

import threading
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from surveyapp.cameras.vendor import covered_list, find_vendor
from surveyapp.server.models import Blob, Counter, Record
from surveyapp.server.settings import PublicSettings

COORDINATE_DECIMALS = 6  # ~10 cm: more than a phone's GPS knows
# The camera fields a visitor sees, by the OSM key they carry.
PUBLIC_FIELDS = {
    "surveillance": "surveillance",
    "surveillance:type": "surveillance_type",
    "surveillance:zone": "surveillance_zone",
    "camera:type": "camera_type",
    "camera:mount": "camera_mount",
    "camera:direction": "camera_direction",
    "height": "height",
    "operator": "operator",
    "manufacturer": "manufacturer",
    "brand": "brand",
    "model": "model",
    "check_date": "check_date",
}


@dataclass
class _Published:
    key: tuple[int, int]
    geojson: bytes
    photos: frozenset[str]  # the shared copies a visitor may see


@dataclass
class PublicMap:
    """The published GeoJSON and the set of shared copies it shows, rebuilt when the
    database changed."""

    settings: PublicSettings
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _cache: _Published | None = None

    def current(self, session: Session) -> _Published:
        """The published map for the database's current state."""
        key = _state_key(session)
        with self._lock:
            if self._cache is None or self._cache.key != key:
                features, photos = published_features(session, self.settings.two_volunteers)
                self._cache = _Published(key, feature_collection(features), frozenset(photos))
            return self._cache


def _state_key(session: Session) -> tuple[int, int]:
    """What changes when anything published may have changed: the change counter (every
    record change) and the number of shared copies (an upload, a deletion)."""
    counter = session.scalar(select(func.max(Counter.value))) or 0
    blobs = session.scalar(select(func.count()).select_from(Blob)) or 0
    return int(counter), int(blobs)


def _day(value: Any) -> str | None:
    """The date of an ISO 8601 time or date (YYYY-MM-DD), None when there is none."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    return value[:10]


def _vendor(fields: dict[str, Any]) -> tuple[str | None, str | None, bool | None]:
    """(vendor name, catalogue slug, on the Covered List) of a camera's fields."""
    slug, maker, brand = fields.get("vendor_slug"), fields.get("manufacturer"), fields.get("brand")
    if not slug:
        for name in (maker, brand):
            vendor = find_vendor(name) if isinstance(name, str) and name else None
            if vendor is not None:
                slug = vendor.slug
                break
    name = maker or brand
    if slug and not name:
        vendor = find_vendor(slug)
        name = vendor.name if vendor is not None else slug
    return name, slug, covered_list(slug, maker, brand)


def published_features(
    session: Session, two_volunteers: bool = False
) -> tuple[list[dict[str, Any]], set[str]]:
    """The GeoJSON features of every published camera, oldest first, and the shared copies
    they show."""
    photos: dict[uuid.UUID, list[tuple[str, str | None, str | None]]] = defaultdict(list)
    volunteers: dict[uuid.UUID, set[int]] = defaultdict(set)
    uploaded = select(Blob.sha256).where(Blob.unnamed_since.is_(None))
    shared = set(session.scalars(uploaded))
    photo_rows = session.execute(
        select(Record.camera_id, Record.blob_sha256, Record.fields, Record.created_by).where(
            Record.record_type == "photo", Record.deleted.is_(False)
        )
    )
    for camera_id, blob, fields, creator in photo_rows:
        if camera_id is None:
            continue
        volunteers[camera_id].add(creator)
        taken = fields.get("taken_local") or fields.get("taken_utc")
        if blob in shared:
            photos[camera_id].append((blob, taken, fields.get("sha256")))
    cameras = session.execute(
        select(Record.record_id, Record.fields)
        .where(Record.record_type == "camera", Record.deleted.is_(False))
        .order_by(Record.id)
    )
    features: list[dict[str, Any]] = []
    shown: set[str] = set()
    for record_id, fields in cameras:
        review = fields.get("review_state") or "unverified"
        by_two = two_volunteers and review == "unverified" and len(volunteers[record_id]) >= 2
        if review != "verified" and not by_two:
            continue
        latitude, longitude = fields.get("latitude"), fields.get("longitude")
        if not isinstance(latitude, int | float) or not isinstance(longitude, int | float):
            continue
        name, slug, covered = _vendor(fields)
        properties: dict[str, Any] = {"vendor": name, "vendor_slug": slug, "covered": covered}
        for key, column in PUBLIC_FIELDS.items():
            value = fields.get(column)
            properties[key] = _day(value) if column == "check_date" else value
        pictures = sorted(photos.get(record_id, []), key=lambda p: (p[1] or "", p[2] or ""))
        days = sorted(day for day in (_day(p[1]) for p in pictures) if day)
        properties["last_seen"] = days[-1] if days else None
        properties["photos"] = [f"/public/photos/{blob}.jpg" for blob, _, _ in pictures]
        properties["verified_by"] = "two_volunteers" if by_two else "review"
        shown.update(blob for blob, _, _ in pictures)
        features.append(
            {
                "type": "Feature",
                "id": str(record_id),
                "geometry": {
                    "type": "Point",
                    "coordinates": [
                        round(float(longitude), COORDINATE_DECIMALS),
                        round(float(latitude), COORDINATE_DECIMALS),
                    ],
                },
                "properties": properties,
            }
        )
    return features, shown


def feature_collection(features: list[dict[str, Any]]) -> bytes:
    """An RFC 7946 FeatureCollection as UTF-8 JSON."""
    return orjson.dumps({"type": "FeatureCollection", "features": features})
