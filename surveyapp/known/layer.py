"""The known-cameras layer: import a file into it (idempotently), list it, clear it.

Importing is one transaction owned by the caller: a file is read and checked whole before the
first row is written, and a re-import of the same source updates its cameras in place (matched
by source and source id) instead of adding them again.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from surveyapp.db.files import is_database_file
from surveyapp.db.models import KnownCamera, utc_now
from surveyapp.i18n import translate
from surveyapp.known.reader import KnownFile, KnownFileError, ReadProgress, read_known_file

DIRECTION_KEYS = ("camera:direction", "direction")
VENDOR_KEYS = ("manufacturer", "brand", "surveillance:brand")
_CHUNK = 5000


@dataclass(frozen=True)
class KnownProgress:
    """Where an import is: rows written of the total, and the counts so far."""

    done: int
    total: int
    added: int
    updated: int
    skipped: int  # elements in the file that are not cameras or have no position
    source: str


@dataclass(frozen=True)
class KnownSummary:
    """A known camera as the map and the listing show it."""

    id: uuid.UUID
    source: str
    source_id: str
    latitude: float
    longitude: float
    direction: str | None  # camera:direction, else direction
    vendor: str | None  # manufacturer, else brand, else surveillance:brand
    camera_type: str | None


def first_tag(tags: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    """The value of the first of ``keys`` that the tags set (non-empty)."""
    for key in keys:
        value = tags.get(key)
        if value:
            return str(value)
    return None


def default_source(path: Path, found: KnownFile) -> str:
    """ "osm" for data with OpenStreetMap ids, else the file's name without its suffix."""
    return "osm" if found.osm_ids else path.stem


@dataclass(frozen=True)
class KnownRead:
    """A file of known cameras read and checked, to be stored under ``source``."""

    found: KnownFile
    source: str


def read_known(
    session: Session, path: Path, *, source: str | None = None, read: ReadProgress | None = None
) -> KnownRead:
    """Read and check the cameras in ``path``: the slow part of an import, which touches no
    table (``session`` only names the survey's file, never read as input).

    ``read`` is told the bytes read as the file is read, and may raise to stop. Raises
    KnownFileError (a bad file) or OSError.
    """
    if is_database_file(session, Path(path)):  # reading it would drop SQLite's locks on it
        raise KnownFileError(
            translate(
                "known", "{file_name} is the survey database itself, not a file of cameras"
            ).format(file_name=Path(path).name)
        )
    found = read_known_file(Path(path), read)
    name = (source or default_source(Path(path), found)).strip()
    if not name or len(name) > 200:
        raise KnownFileError(translate("known", "the source name must be 1 to 200 characters"))
    return KnownRead(found, name)


def store_known(session: Session, known: KnownRead) -> Iterator[KnownProgress]:
    """Store what ``read_known`` read into the layer, yielding progress; the caller commits."""
    return _store(session, known.found, known.source)


def import_known(
    session: Session, path: Path, *, source: str | None = None, read: ReadProgress | None = None
) -> Iterator[KnownProgress]:
    """Load the cameras in ``path`` into the layer, yielding progress; the caller commits.

    ``read`` is told the bytes read as the file is read (before the first yield), and may
    raise to stop. Raises KnownFileError (a bad file) or OSError before anything is written.
    """
    return store_known(session, read_known(session, path, source=source, read=read))


# Rows are written with the driver's executemany: SQLAlchemy's per-row ORM bookkeeping costs
# more than SQLite's own work for 100,000 rows. Values are in the forms the models store on
# SQLite (UUIDs as 32 hex digits, JSON text, naive UTC times).
_INSERT = (
    "INSERT INTO known_camera (id, source, source_id, latitude, longitude, tags, imported_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_UPDATE = (
    "UPDATE known_camera SET latitude = ?, longitude = ?, tags = ?, imported_at = ? "
    "WHERE source = ? AND source_id = ?"
)


def _uuid4_hex() -> str:
    """A random (version 4) UUID as 32 hex digits, without building a uuid.UUID: a fifth of
    the time, which counts for 100,000 rows."""
    bits = int.from_bytes(os.urandom(16), "big")
    bits = (bits & _UUID4_CLEAR) | _UUID4_SET
    return f"{bits:032x}"


_UUID4_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))
_UUID4_SET = (0x4000 << 64) | (0x8000 << 48)


def _store(session: Session, found: KnownFile, source: str) -> Iterator[KnownProgress]:
    records = list({r.source_id: r for r in found.records}.values())  # the last of a repeat wins
    skipped = found.skipped_no_position + found.skipped_not_camera
    query = select(KnownCamera.source_id).where(KnownCamera.source == source)
    existing = set(session.scalars(query))
    connection = session.connection()
    total = len(records)
    added = updated = 0
    now = utc_now().replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    yield KnownProgress(0, total, 0, 0, skipped, source)
    for start in range(0, total, _CHUNK):
        chunk = records[start : start + _CHUNK]
        new = [
            (_uuid4_hex(), source, r.source_id, r.latitude, r.longitude,
             orjson.dumps(r.tags).decode(), now)
            for r in chunk
            if r.source_id not in existing
        ]  # fmt: skip
        changed = [
            (r.latitude, r.longitude, orjson.dumps(r.tags).decode(), now, source, r.source_id)
            for r in chunk
            if r.source_id in existing
        ]
        if new:
            connection.exec_driver_sql(_INSERT, new)
        if changed:
            connection.exec_driver_sql(_UPDATE, changed)
        added += len(new)
        updated += len(changed)
        yield KnownProgress(start + len(chunk), total, added, updated, skipped, source)


def known_cameras(session: Session) -> list[KnownSummary]:
    """Every known camera, by source then source id."""
    rows = session.execute(
        select(
            KnownCamera.id,
            KnownCamera.source,
            KnownCamera.source_id,
            KnownCamera.latitude,
            KnownCamera.longitude,
            KnownCamera.tags,
        ).order_by(KnownCamera.source, KnownCamera.source_id)
    )
    return [
        KnownSummary(
            row.id,
            row.source,
            row.source_id,
            row.latitude,
            row.longitude,
            first_tag(row.tags, DIRECTION_KEYS),
            first_tag(row.tags, VENDOR_KEYS),
            first_tag(row.tags, ("camera:type",)),
        )
        for row in rows
    ]


def known_sources(session: Session) -> dict[str, int]:
    """How many known cameras each source holds."""
    query = select(KnownCamera.source, func.count()).group_by(KnownCamera.source)
    return {source: count for source, count in session.execute(query)}


def clear_known(session: Session, source: str | None = None) -> int:
    """Remove the known cameras (of one source, or all); how many went. The caller commits."""
    statement = delete(KnownCamera)
    if source is not None:
        statement = statement.where(KnownCamera.source == source)
    return session.connection().execute(statement).rowcount
