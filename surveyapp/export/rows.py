"""The survey's cameras as every export format needs them: plain values read in one pass.

Rows are read from compiled SQL in batches (no ORM objects), so that a survey of 100,000 cameras
streams in a couple of seconds in constant memory; every writer (GeoJSON, CSV, KML, OSM, GPX,
zip) consumes the same ``exported_cameras`` records.
"""

from __future__ import annotations

import contextlib
import gc
import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, NamedTuple, cast

import orjson
from sqlalchemy import (
    Column,
    Float,
    Integer,
    MetaData,
    Select,
    String,
    Table,
    Uuid,
    case,
    delete,
    func,
    insert,
    literal,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from surveyapp.cameras.fields import FIELDS
from surveyapp.cameras.listing import street_of_position, street_text
from surveyapp.db.models import Camera, CameraStreet, Photo
from surveyapp.protocol.fields import MAX_UTC_OFFSET, MIN_UTC_OFFSET

COORDINATE_DECIMALS = 7  # ~1 cm; RFC 7946 §11.2 asks for no more precision than is real

# Whether a vendor is on the FCC Covered List: (vendor_slug, manufacturer, brand) -> yes/no/unknown
CoveredLookup = Callable[[str | None, str | None, str | None], bool | None]

_ROW_BATCH = 2000

# Fields that are survey bookkeeping, not OSM tags: exported under survey:* names (notes never:
# they are the volunteer's own and may name people).
_SURVEY_ONLY = frozenset({"vendor_confidence", "status", "notes"})


class ExportedCamera:
    """One live, located camera as the exports write it."""

    __slots__ = ("_tags", "id", "latitude", "longitude", "photos", "survey", "tags_json")

    def __init__(
        self,
        id: str,  # canonical UUID text
        latitude: float,  # rounded to COORDINATE_DECIMALS
        longitude: float,
        tags_json: str,  # the OSM tags as a JSON object (see ``tags``)
        survey: dict[str, Any],  # survey:* bookkeeping (status, covered list, photos, seen)
        photos: list[str],  # SHA-256 of the camera's photos, oldest first
    ) -> None:
        self.id, self.latitude, self.longitude = id, latitude, longitude
        self.tags_json, self.survey, self.photos = tags_json, survey, photos
        self._tags: dict[str, Any] | None = None

    @property
    def tags(self) -> dict[str, Any]:
        """OSM tags: man_made, extra tags, the fields set, direction (read when first asked:
        the GeoJSON writer copies ``tags_json`` as it is)."""
        if self._tags is None:
            self._tags = orjson.loads(self.tags_json)
        return self._tags


def decimal_text(value: float) -> str:
    """A coordinate as a plain decimal number, as GPX (xsd:decimal), OSM XML, KML and every
    spreadsheet read it: Python's shortest form, except within a few metres of the equator or
    the prime meridian, where that form is an exponent (5e-05)."""
    text = repr(value)
    if "e" not in text:
        return text
    return f"{value:.{COORDINATE_DECIMALS}f}".rstrip("0").rstrip(".")


def uuid_text(value: Any) -> str:
    """A UUID column read raw (SQLite keeps 32 hex digits) as the canonical 8-4-4-4-12 text."""
    text = str(value).replace("-", "")
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def _day(seen: str) -> str:
    """The date of a time ``_seen`` wrote: the day where the photo was taken."""
    return seen[:10]


def _raw(column: Any) -> Any:
    """Read a column as the database stores it, skipping the ORM type's conversion: the writer
    needs text, and converting 100,000 UUIDs and JSON objects to Python and back costs seconds."""
    return type_coerce(column, String)


@contextlib.contextmanager
def _cursor(session: Session, query: Select[Any]) -> Iterator[Iterable[Sequence[Any]]]:
    """The query run on the driver's own cursor, in the session's transaction.

    The statement is compiled once and its rows come as the driver returns them: SQLAlchemy's
    per-row result handling costs more than SQLite itself needs for 100,000 rows.
    """
    connection = session.connection()
    compiled = query.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True})
    cursor = connection.connection.cursor()
    try:
        cursor.arraysize = _ROW_BATCH
        cursor.execute(str(compiled))
        yield cast(Iterable[Sequence[Any]], cursor)  # sqlite3's cursor iterates its rows
    finally:
        cursor.close()


def raw_rows(session: Session, query: Select[Any]) -> Iterator[Sequence[Any]]:
    """The query's rows as the driver returns them (see ``_cursor``)."""
    with _cursor(session, query) as rows:
        yield from rows


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause the cyclic garbage collector: an export makes hundreds of thousands of small dicts
    and lists, none in a cycle, and the collector would walk them all again and again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _iso(column: Any) -> Any:
    """A DateTime column's stored text ("2026-05-04 10:30:15.000000") as ISO 8601
    ("2026-05-04T10:30:15"; the fraction of a second only when there is one)."""
    text = func.replace(_raw(column), literal(" "), literal("T"), type_=String)
    return func.replace(text, literal(".000000"), literal(""), type_=String)


def _seen() -> Any:
    """When a photo was taken, in ISO 8601 as ``photos --json`` says it: the wall-clock time
    with its offset when both are known, the wall-clock time alone when only it is, else the
    UTC time marked +00:00. Written by SQLite in C for every photo: less than Python spends
    reading the three columns it is made of. An offset no place uses (an earlier version
    stored up to ±24 h) is unknown, as in ``photos --json``."""
    minutes = Photo.utc_offset_minutes
    sign = case((minutes < 0, literal("-")), else_=literal("+"))
    offset = case(
        (minutes.is_(None), literal("")),
        (~minutes.between(MIN_UTC_OFFSET, MAX_UTC_OFFSET), literal("")),
        else_=func.printf("%s%02d:%02d", sign, func.abs(minutes) / 60, func.abs(minutes) % 60),
    )
    return case(
        (Photo.taken_local.is_not(None), _iso(Photo.taken_local).concat(offset)),
        (Photo.taken_utc.is_not(None), _iso(Photo.taken_utc).concat(literal("+00:00"))),
        else_=literal(None, String),
    )


def _photos_by_camera(session: Session) -> dict[str, list[Sequence[Any]]]:
    """Each camera's photo rows (raw camera id, sha256, when it was taken as ``_seen`` writes
    it), oldest first, keyed by the raw camera id."""
    photos: dict[str, list[Sequence[Any]]] = defaultdict(list)
    query = (
        select(_raw(Photo.camera_id), Photo.sha256, _seen())
        .where(Photo.camera_id.is_not(None), Photo.deleted.is_(False))
        .order_by(Photo.taken_sort, Photo.sha256)
    )
    with _cursor(session, query) as rows:
        for row in rows:
            photos[row[0]].append(row)
    return photos


def _tag_value(column: Any) -> Any:
    """A field's value as tag text: numbers as Python's ``f"{value:g}"`` writes them (SQLite's
    printf('%g') gives the same text), text as it is."""
    if not isinstance(column.type, Float | Integer):
        return column
    return case(
        (func.typeof(column).in_(["real", "integer"]), func.printf("%g", column)), else_=column
    )


def osm_tags_json() -> Any:
    """The camera's OSM tags as a JSON object, made by SQLite in C rather than a dict per camera
    in Python: ``man_made=surveillance``, then the extra tags, then every field that is set
    (replacing an extra tag of the same key where it stands, as ``dict.update`` does), then
    ``direction``, a copy of ``camera:direction`` for DeFlock's readers.

    Most cameras have no extra tags: their object is the set fields' members written one after
    the other. The others go through ``json_patch`` (RFC 7396's merge, where a null member
    deletes a key: the fields are first patched onto ``{}``, which drops the unset ones, so
    that an unset field deletes nothing).
    """
    members = [
        (key, _tag_value(getattr(Camera, field.attribute)))
        for key, field in FIELDS.items()
        if key not in _SURVEY_ONLY
    ]
    members.append(("direction", Camera.camera_direction))
    written: Any = literal('{"man_made":"surveillance"')
    for key, value in members:
        member = literal(f",{orjson.dumps(key).decode()}:") + func.json_quote(value)
        written = written + case((value.is_(None), literal("")), else_=member)
    written = written + literal("}")
    fields = func.json_patch(
        literal("{}"), func.json_object(*[v for m in members for v in (literal(m[0]), m[1])])
    )
    patched = func.json_patch(
        func.json_patch(literal('{"man_made":"surveillance"}'), _raw(Camera.extra_tags)), fields
    )
    return case((_raw(Camera.extra_tags) == literal("{}"), written), else_=patched)


# The cameras a volunteer chose to export (those shown in the list, or selected), when not all:
# a temporary table of the session's connection, named in ``session.info`` while the export
# runs (a table rather than an IN list: 100,000 ids exceed SQLite's limit on parameters).
CHOSEN = "surveyapp.export.chosen"
_chosen = Table(
    "export_chosen", MetaData(), Column("id", Uuid, primary_key=True), prefixes=["TEMPORARY"]
)


@contextlib.contextmanager
def only_these(session: Session, camera_ids: Iterable[str | uuid.UUID] | None) -> Iterator[None]:
    """Export only these cameras (all of them when ``camera_ids`` is None) inside the block."""
    if camera_ids is None:
        yield
        return
    connection = session.connection()
    _chosen.create(connection, checkfirst=True)
    connection.execute(delete(_chosen))
    ids = [{"id": uuid.UUID(str(i))} for i in set(map(str, camera_ids))]
    if ids:
        connection.execute(insert(_chosen), ids)
    session.info[CHOSEN] = True
    try:
        yield
    finally:
        session.info.pop(CHOSEN, None)
        connection.execute(delete(_chosen))


def _exported(session: Session, status: str | None = None, verified_only: bool = False) -> Any:
    """The condition for a camera to be exported: live and located (and of this status; and
    verified by the team's reviewers, for publication; and among those chosen, if chosen)."""
    condition: tuple[Any, ...] = (
        Camera.deleted.is_(False),
        Camera.latitude.is_not(None),
        Camera.longitude.is_not(None),
    )
    if status is not None:
        condition = (*condition, Camera.status == status)
    if verified_only:
        condition = (*condition, Camera.review_state == "verified")
    if session.info.get(CHOSEN):
        condition = (*condition, Camera.id.in_(select(_chosen.c.id)))
    return condition


def count_cameras(session: Session, status: str | None = None, verified_only: bool = False) -> int:
    """How many cameras an export writes (only those of ``status`` when given)."""
    query = (
        select(func.count()).select_from(Camera).where(*_exported(session, status, verified_only))
    )
    return int(session.scalar(query) or 0)


def extra_tag_keys(session: Session, verified_only: bool = False) -> list[str]:
    """Every extra OSM tag key the exported cameras carry, sorted (for table columns)."""
    keys: set[str] = set()
    query = (
        select(_raw(Camera.extra_tags)).where(*_exported(session, None, verified_only)).distinct()
    )
    for (extra,) in raw_rows(session, query):
        if extra and extra != "{}":
            keys.update(json.loads(extra))
    return sorted(keys)


def exported_cameras(
    session: Session,
    covered: CoveredLookup,
    status: str | None = None,
    day_only: bool = False,
    verified_only: bool = False,
) -> Iterator[ExportedCamera]:
    """Every live, located camera (of ``status`` when given), oldest first, with its OSM tags
    and survey bookkeeping; ``day_only`` keeps only the date of every time (for publication:
    the hour a volunteer stood somewhere can identify them); ``verified_only`` only the cameras
    the team's reviewers verified."""
    seen = _day if day_only else str
    with _no_cycle_collection():
        photos = _photos_by_camera(session)
    query = (
        select(
            _raw(Camera.id),
            Camera.latitude,
            Camera.longitude,
            Camera.position_source,
            Camera.vendor_slug,
            Camera.manufacturer,
            Camera.brand,
            Camera.status,
            Camera.vendor_confidence,
            CameraStreet.street,
            CameraStreet.cross_street,
            osm_tags_json(),
            Camera.review_state,
        )
        .outerjoin(CameraStreet, street_of_position())
        .where(*_exported(session, status, verified_only))
        .order_by(Camera.created_at, Camera.id)
    )
    vendors: dict[tuple[Any, Any, Any], bool | None] = {}  # few vendors, many cameras
    no_photos: list[Sequence[Any]] = []
    with _no_cycle_collection(), _cursor(session, query) as rows:
        for row in rows:
            raw_id, latitude, longitude, source, slug, maker, brand, state, confidence = row[:9]
            shown = photos.get(raw_id, no_photos)
            hashes = [photo[1] for photo in shown]
            times = [photo[2] for photo in shown if photo[2] is not None]
            vendor = (slug, maker, brand)
            if vendor not in vendors:
                vendors[vendor] = covered(slug, maker, brand)
            survey = {
                "survey:status": state,
                "survey:vendor_confidence": confidence,
                "survey:review": row[12],
                "survey:covered_list": vendors[vendor],
                "survey:position_source": source,
                # Where the camera is, in words (not addr:street: a camera has no address).
                "survey:street": street_text(row[9], row[10]),
                "survey:photo_count": len(hashes),
                "survey:photos": hashes,
                "survey:first_seen": seen(times[0]) if times else None,
                "survey:last_seen": seen(times[-1]) if times else None,
            }
            yield ExportedCamera(
                uuid_text(raw_id),
                round(latitude, COORDINATE_DECIMALS),
                round(longitude, COORDINATE_DECIMALS),
                row[11],
                survey,
                hashes,
            )


class PhotoFile(NamedTuple):
    """A photo of an exported camera, where its original lies in the library."""

    sha256: str
    library_path: str  # relative to the library folder
    camera_id: str
    file_name: str  # as the volunteer's camera named it


def photo_files(session: Session, verified_only: bool = False) -> list[PhotoFile]:
    """The photos of every exported camera, by camera (oldest camera first) then capture time."""
    query = (
        select(Photo.sha256, Photo.library_path, _raw(Photo.camera_id), Photo.file_name)
        .join(Camera, Photo.camera_id == Camera.id)
        .where(Photo.deleted.is_(False), *_exported(session, None, verified_only))
        .order_by(Camera.created_at, Camera.id, Photo.taken_sort, Photo.sha256)
    )
    return [
        PhotoFile(sha, path, uuid_text(camera), name)
        for sha, path, camera, name in raw_rows(session, query)
    ]
