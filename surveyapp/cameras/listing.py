"""Plain rows of every camera for lists and maps, read fast, and the filters a list applies.

A survey can hold 100,000 cameras: the rows are read with one plain column query (no ORM
objects, UUIDs and dates kept as the text SQLite stores), so reading all of them takes a fraction
of a second, and they are frozen so they can cross from a worker thread to the window.
"""

from __future__ import annotations

import functools
import math
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import String, and_, func, literal_column, select, type_coerce
from sqlalchemy.orm import Session

from surveyapp.cameras.fields import CARDINALS
from surveyapp.cameras.seen import seen_order_sql
from surveyapp.cameras.streets import street_text
from surveyapp.cameras.vendor import covered_list, find_vendor
from surveyapp.db.models import Camera, CameraStreet, Photo
from surveyapp.db.outbox import is_refused, is_waiting

DEFAULT_CONE_DEGREES = 60.0  # a single direction is drawn as a cone this wide

_BATCH = 5000


@functools.lru_cache(maxsize=4096)
def direction_span(text: str | None) -> tuple[float, float] | None:
    """camera:direction as a (from, to) span of compass degrees, clockwise; None when unknown.

    One value (degrees or a compass point) is a cone DEFAULT_CONE_DEGREES wide around it; a range
    "90-270" is the span itself.
    """
    if not text:
        return None
    text = text.strip().upper()
    try:
        if text in CARDINALS:
            centre = CARDINALS.index(text) * 22.5
        elif "-" in text[1:]:
            start, end = text.split("-", 1)
            return float(start) % 360, float(end) % 360
        else:
            centre = float(text)
    except ValueError:
        return None
    if not math.isfinite(centre):
        return None
    half = DEFAULT_CONE_DEGREES / 2
    return (centre - half) % 360, (centre + half) % 360


class CameraRow(NamedTuple):
    """One live camera as a list or a map shows it (plain values only).

    A named tuple rather than a frozen dataclass: it is made 100,000 times at start-up, and a
    tuple is built four times faster.
    """

    id: str  # canonical UUID text
    latitude: float | None
    longitude: float | None
    position_source: str | None
    vendor: str  # manufacturer, else brand, else ""
    vendor_slug: str | None  # the catalogue vendor, also when only its name was typed
    brand: str | None
    model: str | None
    covered: bool | None  # on the FCC Covered List; None when the vendor is unknown
    surveillance_type: str | None
    camera_type: str | None
    camera_mount: str | None
    direction: str | None
    photos: int
    check_date: str | None  # YYYY-MM-DD
    pending: bool  # a change the next sync sends
    street: str | None = None  # "Street" or "Street / Cross street", when looked up
    owner: str | None = None  # who mapped it on the team's server (None: made here)
    review: str = "unverified"  # the team's review: unverified, verified, disputed, removed
    taken: str | None = None  # first seen (cameras.seen), "YYYY-MM-DD HH:MM" as its photo says
    taken_sort: str | None = None  # the same in time order (UTC when the offset is known)
    words: str = ""  # its photos' file names and its notes, for the search box
    refused: bool = False  # a change the server refused, waiting to be discarded

    @property
    def uuid(self) -> uuid.UUID:
        """The camera's id as a UUID."""
        return uuid.UUID(self.id)

    @property
    def located(self) -> bool:
        """Whether the camera has a position."""
        return self.latitude is not None and self.longitude is not None

    @property
    def search_text(self) -> str:
        """What the search box looks in, case-folded."""
        parts = (self.vendor, self.brand, self.model, self.camera_type, self.camera_mount,
                 self.direction, self.id, self.surveillance_type, self.street,
                 self.words)  # fmt: skip
        return " ".join(part for part in parts if part).casefold()


def _uuid_sql(column: Any) -> Any:
    """The UUID column as canonical 8-4-4-4-12 text, made by SQLite (C) rather than Python."""
    raw = type_coerce(column, String)
    parts = [func.substr(raw, start, length) for start, length in
             ((1, 8), (9, 4), (13, 4), (17, 4), (21, 12))]  # fmt: skip
    text: Any = parts[0]
    for part in parts[1:]:
        text = text.op("||")("-").op("||")(part)
    return text


def _raw(column: Any) -> Any:
    # Skip the ORM types' conversions: 100,000 UUID and date objects cost more than the query.
    return type_coerce(column, String)


def _query(ids: Sequence[str] | None) -> Any:
    counts = (
        select(
            Photo.camera_id.label("camera_id"),
            func.count().label("n"),
            # The first seen, as the exports say it (cameras.seen): SQLite takes a bare column
            # from the row where the query's only min() is reached.
            _raw(func.min(literal_column(seen_order_sql()))).label("taken_sort"),
            _raw(func.coalesce(Photo.taken_local, Photo.taken_utc)).label("taken"),
            func.group_concat(Photo.file_name, " ").label("names"),
        )
        .where(Photo.deleted.is_(False), Photo.camera_id.is_not(None))
        .group_by(Photo.camera_id)
        .subquery()
    )
    query = (
        select(
            _uuid_sql(Camera.id),
            Camera.latitude,
            Camera.longitude,
            Camera.position_source,
            Camera.manufacturer,
            Camera.vendor_slug,
            Camera.brand,
            Camera.model,
            Camera.surveillance_type,
            Camera.camera_type,
            Camera.camera_mount,
            Camera.camera_direction,
            func.coalesce(counts.c.n, 0),
            _raw(Camera.check_date),
            is_waiting(Camera),
            is_refused(Camera),
            CameraStreet.street,
            CameraStreet.cross_street,
            Camera.owner,
            Camera.review_state,
            counts.c.taken,
            counts.c.taken_sort,
            counts.c.names,
            Camera.notes,
        )
        .outerjoin(counts, counts.c.camera_id == Camera.id)
        .outerjoin(CameraStreet, street_of_position())
        .where(Camera.deleted.is_(False))
        .order_by(Camera.created_at, Camera.id)
    )
    if ids is not None:
        query = query.where(Camera.id.in_([uuid.UUID(i) for i in ids]))
    return query


def street_of_position() -> Any:
    """The cached street lookup that was made for the camera's current position."""
    return and_(
        CameraStreet.camera_id == Camera.id,
        CameraStreet.latitude == Camera.latitude,
        CameraStreet.longitude == Camera.longitude,
    )


def _execute(session: Session, query: Any) -> Iterator[Sequence[Any]]:
    # Compiled once and run as plain SQL: SQLAlchemy's per-row result handling would cost
    # more than SQLite itself for 100,000 rows.
    connection = session.connection()
    compiled = query.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True})
    result = connection.exec_driver_sql(str(compiled))
    while batch := result.fetchmany(_BATCH):
        yield from batch


@functools.lru_cache(maxsize=4096)
def _catalogue_slug(maker: str | None, brand: str | None) -> str | None:
    # A maker typed by hand still counts as the catalogue's vendor when it names one.
    for name in (maker, brand):
        vendor = find_vendor(name) if name else None
        if vendor is not None:
            return vendor.slug
    return None


def _row(raw: Sequence[Any]) -> CameraRow:
    (raw_id, lat, lon, source, maker, slug, brand, model, kind, ctype, mount, direction, photos,
     check, pending, refused, street, cross, owner, review, taken, taken_sort, names,
     notes) = raw  # fmt: skip
    slug = slug or _catalogue_slug(maker, brand)
    return CameraRow(
        raw_id, lat, lon, source, maker or brand or "", slug, brand, model,
        covered_list(slug, maker, brand), kind, ctype, mount, direction, int(photos),
        None if check is None else str(check)[:10], bool(pending), street_text(street, cross),
        owner, review or "unverified", None if taken is None else str(taken)[:16], taken_sort,
        " ".join(part for part in (names, notes) if part), bool(refused),
    )  # fmt: skip


def camera_rows(session: Session, ids: Iterable[str | uuid.UUID] | None = None) -> list[CameraRow]:
    """Every live camera (or the live ones among ``ids``), oldest first."""
    wanted = None if ids is None else [str(i) for i in ids]
    if wanted is not None and not wanted:
        return []
    return [_row(raw) for raw in _execute(session, _query(wanted))]


@dataclass(frozen=True)
class CameraFilter:
    """What a camera list shows: every condition set must hold."""

    search: str = ""
    vendor: str | None = None  # a catalogue vendor's slug, or "" for no vendor at all
    covered_only: bool = False
    camera_type: str | None = None  # a camera:type value, or "" for unknown
    without_position: bool = False
    unsynced: bool = False
    review: str | None = None  # a review state (unverified, verified, disputed, removed)

    @property
    def active(self) -> bool:
        """Whether any condition is set."""
        return self != CameraFilter()

    def matches(self, row: CameraRow) -> bool:
        """Whether ``row`` passes every condition."""
        if self.vendor == "":
            if row.vendor:
                return False
        elif self.vendor is not None and row.vendor_slug != self.vendor:
            return False
        if self.covered_only and not row.covered:
            return False
        if self.camera_type is not None and (row.camera_type or "") != self.camera_type:
            return False
        if self.without_position and row.located:
            return False
        if self.unsynced and not (row.pending or row.refused):  # not as the server has it
            return False
        if self.review is not None and row.review != self.review:
            return False
        words = self.search.casefold().split()
        if words:
            text = row.search_text
            return all(word in text for word in words)
        return True

    def apply(self, rows: Sequence[CameraRow]) -> list[CameraRow]:
        """The rows that pass, in their order."""
        if not self.active:
            return list(rows)
        return [row for row in rows if self.matches(row)]
