"""The team's published map: verified cameras only, nothing personal, times to the day.

What a visitor of the public page gets is built here from the server's records, as plain
values: no pseudonym, no notes, no extra tags (free text may name people), no original photo
(only the blurred shared copy a volunteer uploaded), no time finer than a day. A camera is
published when a reviewer verified it, or, when the server is started with the rule on, when
photos of it come from two different volunteers and no reviewer disputed or removed it. One
without a position yet is not on the map: the FeatureCollection says how many (``unplaced``,
a foreign member as RFC 7946 allows; a number only, no id), so that the page does not count
fewer verified cameras than the team verified without a word.

Where the coordinator gives the server offline map areas (``--streets``), each camera also
carries the street it is on and its district (surveyapp/server/places.py), for the page's
counts per street and district.

The GeoJSON (RFC 7946) is made once per state of the database (the change counter and the
shared copies) and kept: a page visit does not read 100,000 records again. With several
processes (``server run --workers N``) one of them makes it, under a lock that holds across
processes, into a file of the storage folder (renamed into place when complete), and the
others read that file instead of making it again (``SharedMaps``).
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import String, Text, cast, select, type_coerce
from sqlalchemy.orm import Session

from surveyapp.server.envelope import dumps, scrubbed
from surveyapp.server.locks import ProcessLock
from surveyapp.server.models import CHANGES, COPIES, Blob, Counter, Record
from surveyapp.server.places import PlaceFinder
from surveyapp.server.retract import vouched
from surveyapp.server.settings import PublicSettings
from surveyapp.vendors.lookup import covered_list, find_vendor

log = logging.getLogger("surveyapp.server")

KEPT_MAPS = 3  # published map files kept for the processes: the newest states
# After making the map in the background, rest this many times as long (at most MAX_REST s).
REST_FACTOR = 4.0
MAX_REST = 30.0
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
    geojson_gzip: bytes = b""  # the same, gzip-compressed once (a tenth of the bytes)


@dataclass
class PublicMap:
    """The published GeoJSON and the set of shared copies it shows, rebuilt when the
    database changed."""

    settings: PublicSettings
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _cache: _Published | None = None
    _wake: threading.Event = field(default_factory=threading.Event)
    # Where the processes of one server share the map they make (None: this process alone).
    shared: SharedMaps | None = None
    # The street and district finder, when the coordinator gave offline map areas.
    places: PlaceFinder | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        if self.settings.streets:
            self.places = PlaceFinder(self.settings.streets)

    def changed(self) -> None:
        """Records changed: make the published map again soon (``keep_fresh``)."""
        self._wake.set()

    def keep_fresh(self, reader: Callable[[], AbstractContextManager[Session]],
                   stop: threading.Event) -> None:  # fmt: skip
        """Make the published map at start and again after every change, on this thread, so
        that a visitor rarely waits for it (one who comes while it is being made waits for
        the new one: a visitor never sees a camera that is no longer published)."""
        self._wake.set()
        while not stop.is_set():
            # Woken by a push; otherwise a look every few seconds (an upload of a shared copy
            # changes what is published too; when nothing changed the look reads two numbers).
            self._wake.wait(timeout=5.0)
            if stop.is_set():
                return
            self._wake.clear()
            started = time.perf_counter()
            try:
                with reader() as session:
                    self.current(session)
            except Exception:  # a database hiccup: the next visitor makes it
                log.exception("could not make the public map")
            # While a team pushes, every push changes the state: making the map again after
            # each one took a core's share from the pushes themselves. A rest proportional to
            # the last make keeps this thread to a fifth of a core; a visitor who comes
            # meanwhile still gets the current map (made for them, as when nothing is kept).
            stop.wait(min(MAX_REST, REST_FACTOR * (time.perf_counter() - started)))

    def current(self, session: Session) -> _Published:
        """The published map for the database's current state."""
        key = _state_key(session)
        with self._lock:
            if self._cache is None or self._cache.key != key:
                if self.shared is None:
                    self._cache = self._make(session, key)
                else:
                    self._cache = self.shared.get(key, lambda: self._make(session, key))
            return self._cache

    def _make(self, session: Session, key: tuple[int, int]) -> _Published:
        started = time.perf_counter()
        features, photos, unplaced = published_features(
            session, self.settings.two_volunteers, self.places
        )
        data = feature_collection(features, unplaced)
        published = _Published(
            key, data, frozenset(photos), gzip.compress(data, compresslevel=5, mtime=0)
        )
        log.info(
            "public map for state %d.%d: made in process %d (%d cameras, %.2f s)",
            *key, os.getpid(), len(features), time.perf_counter() - started,
        )  # fmt: skip
        return published


class SharedMaps:
    """The published map of each state as a file in ``folder``, made by one process at a time
    (``lock``) and read by the others. A file is written whole under a hidden name and renamed
    into place, so a reader finds a complete map or none; each holds its state's key, checked
    when read. The folder belongs to one ``server run`` (its processes share it); a new run
    starts with an empty one, so no map survives a restore of the database made meanwhile."""

    def __init__(self, folder: Path, lock: ProcessLock) -> None:
        self.folder, self.lock = folder, lock
        folder.mkdir(parents=True, exist_ok=True)

    def _path(self, key: tuple[int, int]) -> Path:
        return self.folder / f"{key[0]}-{key[1]}.published"

    def get(self, key: tuple[int, int], make: Callable[[], _Published]) -> _Published:
        """The map of ``key``: read from its file, else made (by this process, under the
        lock, unless another one made it meanwhile) and written for the others."""
        started = time.perf_counter()
        found = self._read(key)
        waited = 0.0
        if found is None:
            with self.lock.held():
                waited = time.perf_counter() - started  # for the process making it
                found = self._read(key)
                if found is None:
                    made = make()
                    self._write(made)
                    return made
        log.info(
            "public map for state %d.%d: reused in process %d (%.2f s, after waiting %.2f s "
            "for the process making it)",
            *key, os.getpid(), time.perf_counter() - started - waited, waited,
        )  # fmt: skip
        return found

    def _read(self, key: tuple[int, int]) -> _Published | None:
        try:
            raw = self._path(key).read_bytes()
            header, _, packed = raw.partition(b"\n")
            meta = json.loads(header)
            if tuple(meta["key"]) != key:
                return None
            data = gzip.decompress(packed)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, EOFError) as error:
            log.warning("public map file for state %d.%d unreadable: %s", *key, error)
            return None
        return _Published(key, data, frozenset(meta["photos"]), packed)

    def _write(self, published: _Published) -> None:
        path = self._path(published.key)
        partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
        header = json.dumps({"key": list(published.key), "photos": sorted(published.photos)})
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with open(partial, "wb") as handle:
                handle.write(header.encode() + b"\n" + published.geojson_gzip)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(partial, path)
        except OSError as error:  # a full disk: this process serves it from memory anyway
            log.warning("could not write the public map file: %s", error)
            partial.unlink(missing_ok=True)
            return
        # Only the newest states are asked for (a process that read the state a moment
        # before another change may still want the one before).
        try:
            files = sorted(self.folder.glob("*.published"), key=lambda f: f.stat().st_mtime)
        except OSError:  # one deleted meanwhile by another process: the next write tidies
            return
        for older in files[:-KEPT_MAPS]:
            older.unlink(missing_ok=True)


def shared_folder(storage: Path, run: str) -> Path:
    """This run's folder of published maps under ``storage``; other runs' are deleted when
    no process wrote into them for a day (a server on another host may still use its own)."""
    root = storage / "public-map"
    root.mkdir(parents=True, exist_ok=True)
    for other in root.iterdir():
        try:
            if other.name != run and time.time() - other.stat().st_mtime > 24 * 3600:
                for item in other.iterdir():
                    item.unlink(missing_ok=True)
                other.rmdir()
        except OSError:  # another process is deleting it, or it is not ours
            continue
    return root / run


def _state_key(session: Session) -> tuple[int, int]:
    """What changes when anything published may have changed: the change counter (every
    record change) and the shared copies' version (every upload, every deletion). Both only
    ever grow, so no later state has an earlier state's key (the number of copies had: an
    upload and a deletion gave it back, and the earlier state's map was served again)."""
    values = {row_id: value for row_id, value in session.execute(select(Counter.id, Counter.value))}
    return int(values.get(CHANGES) or 0), int(values.get(COPIES) or 0)


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


def _json(value: Any) -> dict[str, Any]:
    """A JSON column read raw: SQLite gives text (parsed here with orjson, several times faster
    than the ORM's json module), PostgreSQL's driver an object already."""
    if isinstance(value, str | bytes):
        try:
            parsed = orjson.loads(value)
        except orjson.JSONDecodeError:  # a lone surrogate an older server stored: never a 500
            try:
                parsed = scrubbed(json.loads(value))
            except ValueError:
                return {}
        return parsed if isinstance(parsed, dict) else {}
    return scrubbed(value) if isinstance(value, dict) else {}


def _id_text(value: Any) -> str:
    """A UUID column read raw (SQLite keeps 32 hex digits) as canonical 8-4-4-4-12 text."""
    text = str(value).replace("-", "")
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def published_features(
    session: Session, two_volunteers: bool = False, places: PlaceFinder | None = None
) -> tuple[list[dict[str, Any]], set[str], int]:
    """The GeoJSON features of every published camera, oldest first, the shared copies they
    show, and how many cameras would be published but have no position yet (off the map until
    placed); with ``places``, each camera's street and district. Unset properties are left
    out (the file is a third smaller)."""
    photos: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    volunteers: dict[str, set[int]] = defaultdict(set)
    uploaded = select(Blob.sha256).where(Blob.unnamed_since.is_(None))
    shared = set(session.scalars(uploaded))
    photo_rows = session.execute(
        select(
            type_coerce(Record.camera_id, String),
            Record.blob_sha256,
            cast(Record.fields, Text),  # text: parsed only for a shared copy's photo
            Record.created_by,
            vouched(),  # a photo shows only a copy its volunteer sent (server/retract.py)
        ).where(Record.record_type == "photo", Record.deleted.is_(False))
    )
    for raw_camera, blob, raw_fields, creator, sent in photo_rows:
        if raw_camera is None:
            continue
        camera_id = _id_text(raw_camera)
        volunteers[camera_id].add(creator)
        if blob in shared and sent:
            fields = _json(raw_fields)
            taken = fields.get("taken_local") or fields.get("taken_utc")
            key = taken if isinstance(taken, str) else ""
            photos[camera_id].append((key, str(fields.get("sha256") or ""), blob))
    cameras_query = (
        select(type_coerce(Record.record_id, String), cast(Record.fields, Text))
        .where(Record.record_type == "camera", Record.deleted.is_(False))
        .order_by(Record.id)
    )
    if not two_volunteers:
        # Only verified cameras are published. The database leaves out the cameras whose text
        # cannot say so (most of a team's cameras while it surveys), so they are neither sent
        # nor parsed; the rule below still decides. A text match, not the database's JSON
        # operators: PostgreSQL's refuse a lone surrogate an older server stored, which would
        # make the map fail for every visitor. The server writes every record's fields itself
        # with json.dumps, which never escapes a letter, so a verified camera's text holds
        # '"verified"' as it is.
        cameras_query = cameras_query.where(cast(Record.fields, Text).like('%"verified"%'))
    cameras = session.execute(cameras_query)
    vendors: dict[tuple[Any, Any, Any], tuple[str | None, str | None, bool | None]] = {}
    features: list[dict[str, Any]] = []
    shown: set[str] = set()
    unplaced = 0
    for raw_id, raw_fields in cameras:
        fields = _json(raw_fields)
        record_id = _id_text(raw_id)
        review = fields.get("review_state") or "unverified"
        by_two = two_volunteers and review == "unverified" and len(volunteers[record_id]) >= 2
        if review != "verified" and not by_two:
            continue
        latitude, longitude = fields.get("latitude"), fields.get("longitude")
        if not isinstance(latitude, int | float) or not isinstance(longitude, int | float):
            unplaced += 1
            continue
        vendor_key = (fields.get("vendor_slug"), fields.get("manufacturer"), fields.get("brand"))
        if vendor_key not in vendors:
            vendors[vendor_key] = _vendor(fields)
        name, slug, covered = vendors[vendor_key]
        properties: dict[str, Any] = {"vendor": name, "vendor_slug": slug, "covered": covered}
        for key, column in PUBLIC_FIELDS.items():
            value = fields.get(column)
            if value is not None:
                properties[key] = _day(value) if column == "check_date" else value
        pictures = photos.get(record_id)
        if pictures:
            pictures.sort()
            last = _day(pictures[-1][0])
            if last:
                properties["last_seen"] = last
            properties["photos"] = [f"/public/photos/{blob}.jpg" for _, _, blob in pictures]
            shown.update(blob for _, _, blob in pictures)
        if places is not None:
            street, district = places.find(float(latitude), float(longitude))
            if street:
                properties["street"] = street
            if district:
                properties["district"] = district
        if by_two:
            properties["verified_by"] = "two_volunteers"
        features.append(
            {
                "type": "Feature",
                "id": record_id,
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
    return features, shown, unplaced


def feature_collection(features: list[dict[str, Any]], unplaced: int = 0) -> bytes:
    """An RFC 7946 FeatureCollection as UTF-8 JSON (text no encoder can write as U+FFFD);
    ``unplaced``, when there are any, the published cameras left off for want of a position."""
    collection: dict[str, Any] = {"type": "FeatureCollection", "features": features}
    if unplaced:
        collection["unplaced"] = unplaced
    return dumps(collection)
