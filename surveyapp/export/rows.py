"""The survey's cameras as every export format needs them: plain values read in one pass.

Rows are read with SQL written here from the field registry (surveyapp/protocol/fields.py) on a
plain ``sqlite3`` connection, so that a survey of 100,000 cameras streams in constant memory and
an export loads neither SQLAlchemy nor the models; every writer (GeoJSON, CSV, KML, OSM, GPX,
zip) consumes the same ``exported_cameras`` records. A SQLAlchemy session works too (the
desktop app's): its own connection is used, in its transaction.
"""

from __future__ import annotations

import contextlib
import gc
import json
import operator
import re
import sqlite3
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, TypeAlias

import orjson

from surveyapp.cameras.seen import seen_order_sql
from surveyapp.cameras.streets import street_text
from surveyapp.protocol.fields import (
    MAX_UTC_OFFSET,
    MIN_UTC_OFFSET,
    OSM_FIELDS,
    REVIEWED_CAMERA_FIELDS,
)
from surveyapp.protocol.roles import EDITORS

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

COORDINATE_DECIMALS = 7  # ~1 cm; RFC 7946 §11.2 asks for no more precision than is real

# Whether a vendor is on the FCC Covered List: (vendor_slug, manufacturer, brand) -> yes/no/unknown
CoveredLookup = Callable[[str | None, str | None, str | None], bool | None]

_ROW_BATCH = 2000

# What the export reads from: a plain sqlite3 connection in a read transaction (the command
# line's), or a SQLAlchemy session on the survey (the desktop app's).
Source: TypeAlias = "sqlite3.Connection | Session"

# Fields that are survey bookkeeping, not OSM tags: exported under survey:* names (notes never:
# they are the volunteer's own and may name people).
_SURVEY_ONLY = frozenset({"vendor_confidence", "status", "notes"})


class Tally:
    """What an export counted on its way, for the caller to say when it is done."""

    __slots__ = ("unnamed_photos",)

    def __init__(self) -> None:
        # Photos ``survey:photos`` could not name: no shared copy yet (never synced).
        self.unnamed_photos = 0


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
        photos: list[str],  # SHA-256 of the camera's photos' shared copies, oldest first
    ) -> None:
        self.id, self.latitude, self.longitude = id, latitude, longitude
        self.tags_json, self.survey, self.photos = tags_json, survey, photos
        self._tags: dict[str, Any] | None = None

    @property
    def tags(self) -> dict[str, str]:
        """OSM tags: man_made, extra tags, the fields set, direction (read when first asked:
        the GeoJSON writer copies ``tags_json`` as it is). Every value is text, as OSM's are:
        an extra tag an older version stored as a number, yes/no or a list is written as
        ``value_text`` says."""
        if self._tags is None:
            tags = orjson.loads(self.tags_json)
            if _NOT_TEXT.search(self.tags_json):
                tags = {key: value_text(value) for key, value in tags.items()}
            self._tags = tags
        return self._tags


# A member of a JSON object whose value is not a string (it may also find an escaped quote
# inside one: the values are then looked at one by one, which changes nothing).
_NOT_TEXT = re.compile(r'":[^"]')


def value_text(value: Any) -> str:
    """A tag or survey value as text: itself when text, empty for none, yes/no, a list joined
    with OSM's ";", a number as Python writes it."""
    if type(value) is str:
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ";".join(str(item) for item in value)
    return str(value)


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


def connection_of(source: Source) -> sqlite3.Connection:
    """The sqlite3 connection behind ``source``; a session's begins its transaction."""
    if isinstance(source, sqlite3.Connection):
        return source
    driver = source.connection().connection.driver_connection
    assert isinstance(driver, sqlite3.Connection), "an export reads a SQLite survey"
    return driver


@contextlib.contextmanager
def _cursor(
    source: Source, sql: str, parameters: Sequence[Any] = ()
) -> Iterator[Iterable[Sequence[Any]]]:
    """``sql`` run on the source's own sqlite3 cursor, in its transaction."""
    cursor = connection_of(source).cursor()
    try:
        cursor.arraysize = _ROW_BATCH
        cursor.execute(sql, parameters)
        yield cursor
    finally:
        cursor.close()


def raw_rows(source: Source, sql: str, parameters: Sequence[Any] = ()) -> Iterator[Sequence[Any]]:
    """The rows of ``sql`` as the driver returns them (see ``_cursor``)."""
    with _cursor(source, sql, parameters) as rows:
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


def _iso(column: str) -> str:
    """A DateTime column's stored text ("2026-05-04 10:30:15.000000") as ISO 8601
    ("2026-05-04T10:30:15"; the fraction of a second only when there is one)."""
    return f"replace(replace({column}, ' ', 'T'), '.000000', '')"


def _seen() -> str:
    """When a photo was taken, in ISO 8601 as ``photos --json`` says it: the wall-clock time
    with its offset when both are known, the wall-clock time alone when only it is, else the
    UTC time marked +00:00. Written by SQLite in C for every photo: less than Python spends
    reading the three columns it is made of. An offset no place uses (an earlier version
    stored up to ±24 h) is unknown, as in ``photos --json``."""
    minutes = "photo.utc_offset_minutes"
    offset = (
        f"CASE WHEN {minutes} IS NULL THEN '' "
        f"WHEN {minutes} NOT BETWEEN {MIN_UTC_OFFSET} AND {MAX_UTC_OFFSET} THEN '' "
        f"ELSE printf('%s%02d:%02d', CASE WHEN {minutes} < 0 THEN '-' ELSE '+' END, "
        f"abs({minutes}) / 60, abs({minutes}) % 60) END"
    )
    return (
        f"CASE WHEN photo.taken_local IS NOT NULL THEN {_iso('photo.taken_local')} || {offset} "
        f"WHEN photo.taken_utc IS NOT NULL THEN {_iso('photo.taken_utc')} || '+00:00' "
        "ELSE NULL END"
    )


def _first_and_last(shown: Sequence[Sequence[Any]], day_only: bool) -> tuple[Any, Any]:
    """A camera's first and last seen from its photo rows, by ``cameras.seen``'s rule: the
    earliest and latest of the times written (with ``day_only``, of the days written)."""
    if len(shown) == 1:  # most cameras: one photo
        seen = shown[0][2]
        return (seen, seen) if not day_only or seen is None else (_day(seen), _day(seen))
    timed = [photo for photo in shown if photo[2] is not None]
    if not timed:
        return None, None
    if day_only:
        days = [_day(photo[2]) for photo in timed]
        return min(days), max(days)
    first = min(timed, key=_SEEN_ORDER)
    last = max(reversed(timed), key=_SEEN_ORDER)  # a tie: the last in photo order
    return first[2], last[2]


_SEEN_ORDER = operator.itemgetter(3)  # a photo row's time in ``cameras.seen``'s order


def _photos_by_camera(
    source: Source, names: Mapping[str, str] | None = None
) -> dict[str, list[Sequence[Any]]]:
    """Each camera's photo rows (raw camera id, the name the photo goes by in an export, when
    it was taken as ``_seen`` writes it, the order of that time by ``cameras.seen``'s rule),
    oldest first, keyed by the raw camera id.

    A photo goes by the SHA-256 of its shared copy (blurred, no metadata: the copy a sync
    uploads and the public map names), never by its original's: whoever holds the volunteer's
    phone files could hash them and prove she took the photos of a published dataset. A photo
    with no shared copy yet (never synced) goes by none (None). ``names`` (the photo zip's)
    gives the name of each photo by its original's SHA-256 instead, for the copies the zip
    made itself."""
    photos: dict[str, list[Sequence[Any]]] = defaultdict(list)
    key = "photo.blob_sha256" if names is None else "photo.sha256"
    sql = (
        f"SELECT photo.camera_id, {key}, {_seen()}, {seen_order_sql()} FROM photo "
        "WHERE photo.camera_id IS NOT NULL AND photo.deleted IS 0 "
        # Photos taken at the same time by the name they go by (then the record's id): the
        # sort then carries one hash a photo, not two.
        f"ORDER BY photo.taken_sort, {key}, photo.id"
    )
    with _cursor(source, sql) as rows:
        if names is None:
            for row in rows:
                photos[row[0]].append(row)
        else:
            for camera, sha256, seen, order in rows:
                photos[camera].append((camera, names.get(sha256), seen, order))
    return photos


def _text(value: str) -> str:
    """``value`` as an SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def _tag_value(column: str, kind: str) -> str:
    """A field's value as tag text: numbers as Python's ``f"{value:g}"`` writes them (SQLite's
    printf('%g') gives the same text), text as it is."""
    if kind not in ("number", "integer"):
        return column
    numeric = f"typeof({column}) IN ('real', 'integer')"
    return f"CASE WHEN {numeric} THEN printf('%g', {column}) ELSE {column} END"


def osm_tags_json() -> str:
    """The camera's OSM tags as a JSON object, made by SQLite in C rather than a dict per camera
    in Python: ``man_made=surveillance``, then the extra tags, then every field that is set
    (replacing an extra tag of the same key where it stands, as ``dict.update`` does), then
    ``direction``, a copy of ``camera:direction`` for DeFlock's readers. The columns and their
    order come from the field registry (each synced field's name is its column).

    Most cameras have no extra tags: their object is the set fields' members written one after
    the other. The others go through ``json_patch`` (RFC 7396's merge, where a null member
    deletes a key: the fields are first patched onto ``{}``, which drops the unset ones, so
    that an unset field deletes nothing).
    """
    members = [
        (key, _tag_value(f"camera.{field.name}", field.kind))
        for key, field in OSM_FIELDS.items()
        if key not in _SURVEY_ONLY
    ]
    members.append(("direction", "camera.camera_direction"))
    written = '\'{"man_made":"surveillance"\''
    for key, value in members:
        member = _text(f",{orjson.dumps(key).decode()}:")
        written += f" || CASE WHEN {value} IS NULL THEN '' ELSE {member} || json_quote({value}) END"
    written += " || '}'"
    pairs = ", ".join(f"{_text(key)}, {value}" for key, value in members)
    fields = f"json_patch('{{}}', json_object({pairs}))"
    patched = (
        f'json_patch(json_patch(\'{{"man_made":"surveillance"}}\', camera.extra_tags), {fields})'
    )
    return f"CASE WHEN camera.extra_tags = '{{}}' THEN {written} ELSE {patched} END"


# The cameras a volunteer chose to export (those shown in the list, or selected), when not all:
# a temporary table of the connection, in use while ``only_these`` runs (a table rather than an
# IN list: 100,000 ids exceed SQLite's limit on parameters). Ids as the camera table keeps
# them: 32 hex digits.
_CHOOSING: set[int] = set()  # id() of the connections inside ``only_these``


@contextlib.contextmanager
def only_these(source: Source, camera_ids: Iterable[str | uuid.UUID] | None) -> Iterator[None]:
    """Export only these cameras (all of them when ``camera_ids`` is None) inside the block."""
    if camera_ids is None:
        yield
        return
    connection = connection_of(source)
    connection.execute(
        "CREATE TEMPORARY TABLE IF NOT EXISTS export_chosen "
        "(id CHAR(32) NOT NULL, CONSTRAINT pk_export_chosen PRIMARY KEY (id))"
    )
    connection.execute("DELETE FROM export_chosen")
    ids = [(uuid.UUID(str(i)).hex,) for i in set(map(str, camera_ids))]
    connection.executemany("INSERT INTO export_chosen (id) VALUES (?)", ids)
    _CHOOSING.add(id(connection))
    try:
        yield
    finally:
        _CHOOSING.discard(id(connection))
        connection.execute("DELETE FROM export_chosen")


def _changed_since_review(source: Source) -> list[str]:
    """The verified cameras (ids as the camera table keeps them) that this volunteer changed
    since the review and has not synced: moved, a published field changed, cameras merged or
    photos put onto them, a photo of theirs blurred more (a new shared copy). The server makes
    each unverified again when it gets the change (surveyapp/server/push.py), so they are not
    verified as the laptop holds them now. None on a reviewer's or admin's laptop (their change
    is their decision) or one that never synced (no review of a team reached it)."""
    roles = list(
        raw_rows(
            source,
            "SELECT role FROM sync_state WHERE user_name IS NOT NULL "
            "ORDER BY last_pull_at IS NULL, last_pull_at DESC LIMIT 1",
        )
    )
    if not any(role is not None and role not in EDITORS for (role,) in roles):
        return []
    sql = (
        "SELECT outbox.record_type, outbox.record_id, outbox.op, outbox.fields FROM outbox "
        "WHERE outbox.state != 'sent'"
    )
    cameras: set[str] = set()
    new_copies: set[str] = set()  # photos whose new shared copy is still to be sent
    for record_type, record_id, op, raw_fields in raw_rows(source, sql):
        fields = json.loads(raw_fields) if raw_fields else {}
        if not isinstance(fields, dict):
            continue
        if record_type == "camera" and (
            op in ("merge", "move_photos") or REVIEWED_CAMERA_FIELDS.intersection(fields)
        ):
            cameras.add(uuid.UUID(str(record_id)).hex)
        elif record_type == "photo" and isinstance(fields.get("camera_id"), str):
            with contextlib.suppress(ValueError):
                cameras.add(uuid.UUID(fields["camera_id"]).hex)
        elif record_type == "photo" and "blob_sha256" in fields:
            # She blurred it more: its new copy sends the camera back to review as well.
            new_copies.add(uuid.UUID(str(record_id)).hex)
    if new_copies:  # 32 hex digits each (uuid.hex): written into the SQL, no parameter limit
        held = f"SELECT camera_id FROM photo WHERE id IN ({', '.join(map(repr, new_copies))})"
        cameras.update(row[0] for row in raw_rows(source, held) if row[0] is not None)
    if not cameras:
        return []
    verified = "SELECT id FROM camera WHERE review_state = 'verified'"
    return sorted(cameras.intersection(row[0] for row in raw_rows(source, verified)))


def _exported(
    source: Source, status: str | None = None, verified_only: bool = False
) -> tuple[str, list[Any]]:
    """The condition for a camera to be exported, and its parameters: live and located (and of
    this status; and verified by the team's reviewers, for publication; and among those
    chosen, if chosen)."""
    condition = [
        "camera.deleted IS 0 AND camera.latitude IS NOT NULL AND camera.longitude IS NOT NULL"
    ]
    parameters: list[Any] = []
    if status is not None:
        condition.append("camera.status = ?")
        parameters.append(status)
    if verified_only:
        condition.append("camera.review_state = 'verified'")
        changed = _changed_since_review(source)
        if changed:  # 32 hex digits each (uuid.hex): written into the SQL, no parameter limit
            condition.append(f"camera.id NOT IN ({', '.join(map(repr, changed))})")
    if id(connection_of(source)) in _CHOOSING:
        condition.append("camera.id IN (SELECT export_chosen.id FROM export_chosen)")
    return " AND ".join(condition), parameters


def count_cameras(source: Source, status: str | None = None, verified_only: bool = False) -> int:
    """How many cameras an export writes (only those of ``status`` when given)."""
    where, parameters = _exported(source, status, verified_only)
    for (count,) in raw_rows(source, f"SELECT count(*) FROM camera WHERE {where}", parameters):
        return int(count)
    return 0


def extra_tag_keys(source: Source, verified_only: bool = False) -> list[str]:
    """Every extra OSM tag key the exported cameras carry, sorted (for table columns)."""
    keys: set[str] = set()
    where, parameters = _exported(source, None, verified_only)
    sql = f"SELECT DISTINCT camera.extra_tags FROM camera WHERE {where}"
    for (extra,) in raw_rows(source, sql, parameters):
        if extra and extra != "{}":
            keys.update(json.loads(extra))
    return sorted(keys)


def exported_cameras(
    source: Source,
    covered: CoveredLookup,
    status: str | None = None,
    day_only: bool = False,
    verified_only: bool = False,
    photo_names: Mapping[str, str] | None = None,
    tally: Tally | None = None,
) -> Iterator[ExportedCamera]:
    """Every live, located camera (of ``status`` when given), oldest first, with its OSM tags
    and survey bookkeeping; ``day_only`` keeps only the date of every time (for publication:
    the hour a volunteer stood somewhere can identify them); ``verified_only`` only the cameras
    the team's reviewers verified. ``survey:photos`` names each photo by its shared copy's
    SHA-256 (``_photos_by_camera``), or as ``photo_names`` says, by its original's SHA-256;
    ``tally`` counts the photos it could not name."""
    tally = Tally() if tally is None else tally
    with _no_cycle_collection():
        photos = _photos_by_camera(source, photo_names)
    where, parameters = _exported(source, status, verified_only)
    # The street looked up for the camera's current position (cameras.listing's rule).
    sql = (
        "SELECT camera.id, camera.latitude, camera.longitude, camera.position_source, "
        "camera.vendor_slug, camera.manufacturer, camera.brand, camera.status, "
        "camera.vendor_confidence, camera_street.street, camera_street.cross_street, "
        f"{osm_tags_json()}, camera.review_state "
        "FROM camera LEFT OUTER JOIN camera_street ON camera_street.camera_id = camera.id "
        "AND camera_street.latitude = camera.latitude "
        "AND camera_street.longitude = camera.longitude "
        f"WHERE {where} ORDER BY camera.created_at, camera.id"
    )
    vendors: dict[tuple[Any, Any, Any], bool | None] = {}  # few vendors, many cameras
    no_photos: list[Sequence[Any]] = []
    with _no_cycle_collection(), _cursor(source, sql, parameters) as rows:
        for row in rows:
            raw_id, latitude, longitude, position, slug, maker, brand, state, confidence = row[:9]
            shown = photos.get(raw_id, no_photos)
            # The names of the shared copies known, each once (two volunteers' files of one
            # picture, differing only in metadata, make one copy); checked before anything is
            # rebuilt, as most cameras have one or two photos, all shared, all different.
            hashes = [photo[1] for photo in shown]
            if None in hashes:
                hashes = [name for name in hashes if name is not None]
                tally.unnamed_photos += len(shown) - len(hashes)
            if len(hashes) > 1 and len(set(hashes)) < len(hashes):
                hashes = list(dict.fromkeys(hashes))
            if len(shown) == 1 and not day_only:  # most cameras (the rule, without a call)
                first = last = shown[0][2]
            else:
                first, last = _first_and_last(shown, day_only)
            vendor = (slug, maker, brand)
            if vendor not in vendors:
                vendors[vendor] = covered(slug, maker, brand)
            survey = {
                "survey:status": state,
                "survey:vendor_confidence": confidence,
                "survey:review": row[12],
                "survey:covered_list": vendors[vendor],
                "survey:position_source": position,
                # Where the camera is, in words (not addr:street: a camera has no address).
                "survey:street": street_text(row[9], row[10]),
                "survey:photo_count": len(shown),
                "survey:photos": hashes,
                "survey:first_seen": first,
                "survey:last_seen": last,
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

    sha256: str  # of the original: never written into an export
    library_path: str  # relative to the library folder
    camera_id: str
    file_name: str  # as the volunteer's camera named it
    blob_sha256: str | None  # of its shared copy, when one was made (or fetched)


def photo_files(source: Source, verified_only: bool = False) -> list[PhotoFile]:
    """The photos of every exported camera, by camera (oldest camera first) then capture time."""
    where, parameters = _exported(source, None, verified_only)
    sql = (
        "SELECT photo.sha256, photo.library_path, photo.camera_id, photo.file_name, "
        "photo.blob_sha256 FROM photo JOIN camera ON photo.camera_id = camera.id "
        f"WHERE photo.deleted IS 0 AND {where} "
        "ORDER BY camera.created_at, camera.id, photo.taken_sort, photo.sha256"
    )
    return [
        PhotoFile(sha, path, uuid_text(camera), name, blob)
        for sha, path, camera, name, blob in raw_rows(source, sql, parameters)
    ]
