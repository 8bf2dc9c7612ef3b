"""The synced fields, declared once: type, limits, OSM key, parser, merge policy, label.

Every layer reads this registry: the laptop's validation of what a volunteer types (the parsers),
the outbox (which columns a record sends), the wire models (which fields a mutation may carry),
the server's validation (``SyncedField.problem``) and the camera merge (``merge``). A value the
laptop accepts is accepted by the server by construction: the laptop's parsers produce values and
then run the very check the server runs.

Nothing here touches a database, Qt or the network.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import math
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal

from surveyapp.i18n import translate

Kind = Literal[
    "text", "choice", "number", "integer", "boolean", "uuid", "sha256", "date", "datetime",
    "tags", "direction", "wikidata", "thumbnail",
]  # fmt: skip
# How a merge of cameras combines a field: ``keep`` the target's value (filled from the others
# when empty), ``concat`` the texts, ``union`` the tags, ``position`` the mean (unless placed by
# hand), ``own`` (bookkeeping the merge never copies).
MergePolicy = Literal["keep", "concat", "union", "position", "own"]


class FieldError(ValueError):
    """A value that a field does not accept; the message names what it accepts."""


CARDINALS = (
    "N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
    "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW",
)  # fmt: skip

SHA256_TEXT = re.compile(r"[0-9a-f]{64}")
FIELD_NAME = re.compile(r"[a-z][a-z0-9_]{0,59}")  # what a later version's field may be called
TAG_KEY = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_:.\-]{0,99}")
MAX_TAGS = 200
TAG_VALUE_LIMIT = 255
# What may not appear in any text that is stored or shared: C0 controls but tab, newline and
# carriage return; DEL and the C1 controls; lone UTF-16 surrogates (no JSON encoder can serve
# them); bidirectional overrides and isolates (text that reads differently from what it says);
# line and paragraph separators, the byte-order mark and the non-characters.
_FORBIDDEN_CHARACTERS = (
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069"
    "\u2028\u2029\ufeff\ufffe\uffff"
)
FORBIDDEN_TEXT = re.compile(f"[{_FORBIDDEN_CHARACTERS}]")
DIRECTION = re.compile(r"(\d{1,3}(?:\.\d+)?)(?:-(\d{1,3}(?:\.\d+)?))?")
WIKIDATA = re.compile(r"Q[1-9]\d{0,12}")
THUMBNAIL_BYTES = 96 * 1024  # a 320 px JPEG is 10–30 kB
THUMBNAIL_PIXELS = 640
# The times a record may hold, in UTC (a time without an offset as it is): no photo of a camera
# was taken before 1900 or after 2199, and a time near the calendar's ends cannot be turned into
# UTC at all (year 1 at +14:00 is year 0 there, which no datetime holds: every laptop that
# stored it failed).
EARLIEST_TIME = datetime(1900, 1, 1)
LATEST_TIME = datetime(2200, 1, 1)  # not included
# The offsets from UTC that places use, in minutes (-12:00 to +14:00).
MIN_UTC_OFFSET, MAX_UTC_OFFSET = -12 * 60, 14 * 60


def escaped(text: str) -> str:
    """Text from a request, safe to echo in a message: anything but printable ASCII as an
    escape (a lone surrogate cannot be written as UTF-8 by any JSON encoder)."""
    return text.encode("ascii", "backslashreplace").decode("ascii")


def escaped_unstorable(text: str) -> str:
    """Text from the disk (a file name, a path) with what may not be stored, shared or shown
    on a line written as backslash escapes: bytes that are no UTF-8 (``caf\\xe9.jpg``: an old
    camera's card, a zip made on Windows; Python reads them as lone surrogates), the characters
    of ``FORBIDDEN_TEXT`` (``\\u202e``: a name that reads backwards, ``\\x1b``: a terminal's
    escape) and line breaks and tabs. Other text is returned as it is."""
    if not _NOT_IN_A_NAME.search(text):
        return text
    with contextlib.suppress(UnicodeEncodeError):  # a surrogate no file system made: escaped below
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _NOT_IN_A_NAME.sub(lambda found: found.group().encode("unicode_escape").decode(), text)


_NOT_IN_A_NAME = re.compile(f"[\t\n\r{_FORBIDDEN_CHARACTERS}]")


def text_problem(value: Any, limit: int) -> str | None:
    """What is wrong with a stored text (None: nothing)."""
    if not isinstance(value, str):
        return "must be text"
    if len(value) > limit:
        return f"is longer than {limit} characters"
    bad = FORBIDDEN_TEXT.search(value)
    if bad:
        return f"contains a control or invisible formatting character (U+{ord(bad.group()):04X})"
    return None


def jpeg_size(data: bytes) -> tuple[int, int] | None:
    """The pixel size a JPEG's frame header declares (None: not a JPEG)."""
    if data[:2] != b"\xff\xd8":
        return None
    index = 2
    while index + 9 < len(data):
        if data[index] != 0xFF:
            return None
        marker = data[index + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            index += 2
            continue
        length = int.from_bytes(data[index + 2 : index + 4], "big")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height = int.from_bytes(data[index + 5 : index + 7], "big")
            width = int.from_bytes(data[index + 7 : index + 9], "big")
            return width, height
        index += 2 + length
    return None


def decodable_thumbnail(data: bytes) -> bool:
    """Whether a stored thumbnail is a JPEG within a thumbnail's pixel bounds, so that
    decoding it costs kilobytes (a small file may declare 8000×8000 pixels: 244 MB decoded)."""
    size = jpeg_size(data)
    return size is not None and min(size) > 0 and max(size) <= THUMBNAIL_PIXELS


def thumbnail_problem(value: Any) -> str | None:
    """A thumbnail is a small JPEG in base64: bounded in bytes and in pixels."""
    if not isinstance(value, str):
        return "must be base64 text"
    if len(value) > THUMBNAIL_BYTES * 4 // 3 + 4:
        return f"is larger than {THUMBNAIL_BYTES // 1024} kB"
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return "is not base64"
    size = jpeg_size(data)
    if size is None:
        return "is not a JPEG image"
    if max(size) > THUMBNAIL_PIXELS or min(size) < 1:
        return f"is {size[0]}×{size[1]} pixels; a thumbnail is at most {THUMBNAIL_PIXELS}"
    return None


@dataclass(frozen=True)
class SyncedField:
    """One field of a synced record, as every layer sees it."""

    record: str  # survey, camera, photo
    name: str  # the column, and the field's name on the wire
    kind: Kind
    limit: int = 0  # characters, for texts
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()
    osm_key: str | None = None  # the OSM key a volunteer types and exports carry
    label: str = ""
    help: str = ""
    merge: MergePolicy = "keep"
    required: bool = False  # must be in the record's first upsert
    identity: bool = False  # set once, never changed (a pull or a push that tries is refused)
    wire_only: bool = False  # travels but is no column (the shared thumbnail)
    reviewers_only: bool = False  # only reviewers and admins change it (a camera's review)
    parser: Callable[[str], Any] | None = None  # text → value, when not the kind's own
    # The value a record holds when its first upsert leaves the field out (or sends null):
    # the server stores it and every laptop holds it, so that all hold the same values.
    default: Any = None

    def problem(self, value: Any) -> str | None:
        """What is wrong with a wire value (None: it may be stored); None is always allowed."""
        if value is None:
            return None
        return _CHECKS[self.kind](self, value)

    def parse(self, text: str) -> Any:
        """The value a volunteer's text stands for (raises FieldError); checked like the server."""
        if self.parser is not None:
            value = self.parser(text)
        elif self.kind == "choice":
            value = _parse_choice(self, text)
        else:
            value = _parse_text(self, text)
        problem = self.problem(wire_value(value))
        if problem:
            raise FieldError(problem)
        return value


def wire_value(value: Any) -> Any:
    """A column value as the wire carries it (JSON-safe)."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return dict(value)
    return value


# -- checks (the server's, and the laptop's after parsing) ---------------------------------------


def _check_text(field: SyncedField, value: Any) -> str | None:
    return text_problem(value, field.limit)


def _check_choice(field: SyncedField, value: Any) -> str | None:
    if not isinstance(value, str) or value not in field.choices:
        return f"is not one of: {', '.join(field.choices)}"
    return None


def _check_number(field: SyncedField, value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "must be a number"
    if isinstance(value, int) and abs(value) > 2**53:
        return "is out of range"
    if not math.isfinite(value):
        return "must be a finite number"
    if (field.low is not None and value < field.low) or (
        field.high is not None and value > field.high
    ):
        return f"is out of range ({field.low:g} to {field.high:g})"
    return None


def _check_integer(field: SyncedField, value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return "must be a whole number"
    return _check_number(field, value)


def _check_boolean(_field: SyncedField, value: Any) -> str | None:
    return None if isinstance(value, bool) else "must be true or false"


def _check_uuid(_field: SyncedField, value: Any) -> str | None:
    if not isinstance(value, str) or len(value) > 36:
        return "must be a UUID as text"
    try:
        uuid.UUID(value)
    except ValueError:
        return "is not a valid UUID"
    return None


def _check_sha256(_field: SyncedField, value: Any) -> str | None:
    if not isinstance(value, str) or not SHA256_TEXT.fullmatch(value):
        return "must be 64 lowercase hexadecimal digits"
    return None


def _check_date(_field: SyncedField, value: Any) -> str | None:
    if not isinstance(value, str) or len(value) != 10:
        return "must be a date (YYYY-MM-DD)"
    try:
        date.fromisoformat(value)
    except ValueError:
        return "is not a valid date (YYYY-MM-DD)"
    return None


def time_problem(value: datetime) -> str | None:
    """What is wrong with a time a record holds (None: nothing): its UTC form must lie between
    EARLIEST_TIME and LATEST_TIME."""
    try:
        utc = value if value.tzinfo is None else value.astimezone(UTC).replace(tzinfo=None)
    except OverflowError:
        utc = None
    if utc is None or not EARLIEST_TIME <= utc < LATEST_TIME:
        return f"is out of range (years {EARLIEST_TIME.year} to {LATEST_TIME.year - 1})"
    return None


def _check_datetime(_field: SyncedField, value: Any) -> str | None:
    if not isinstance(value, str) or len(value) > 40 or not value.isascii():
        return "must be an ISO 8601 time"
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return "is not a valid ISO 8601 time"
    return time_problem(parsed)


def _check_tags(_field: SyncedField, value: Any) -> str | None:
    if not isinstance(value, dict):
        return "must be an object of text keys and values"
    if len(value) > MAX_TAGS:
        return f"has more than {MAX_TAGS} tags"
    for key, item in value.items():
        if not isinstance(key, str) or not TAG_KEY.fullmatch(key):
            return f"tag {escaped(str(key)[:40])!r} is not an OSM key"
        problem = text_problem(item, TAG_VALUE_LIMIT)
        if problem:
            return f"tag {key!r} {problem}"
    return None


def _check_direction(field: SyncedField, value: Any) -> str | None:
    problem = text_problem(value, field.limit)
    if problem:
        return problem
    if value in CARDINALS:
        return None
    match = DIRECTION.fullmatch(value)
    if match and all(0 <= float(end) < 360 for end in match.groups() if end is not None):
        return None
    return "is not a direction (degrees 0-359, a compass point or a range like 90-270)"


def _check_wikidata(_field: SyncedField, value: Any) -> str | None:
    if not isinstance(value, str) or not WIKIDATA.fullmatch(value):
        return "is not a Wikidata id (e.g. Q2347731)"
    return None


def _check_thumbnail(_field: SyncedField, value: Any) -> str | None:
    return thumbnail_problem(value)


_CHECKS: dict[str, Callable[[SyncedField, Any], str | None]] = {
    "text": _check_text,
    "choice": _check_choice,
    "number": _check_number,
    "integer": _check_integer,
    "boolean": _check_boolean,
    "uuid": _check_uuid,
    "sha256": _check_sha256,
    "date": _check_date,
    "datetime": _check_datetime,
    "tags": _check_tags,
    "direction": _check_direction,
    "wikidata": _check_wikidata,
    "thumbnail": _check_thumbnail,
}

# -- parsers (what a volunteer types → a value) --------------------------------------------------


def _parse_text(field: SyncedField, text: str) -> str:
    value = text.strip()
    if len(value) > field.limit:
        raise FieldError(
            translate("fields", "text is longer than {limit} characters").format(
                limit=f"{field.limit:,}"
            )
        )
    if FORBIDDEN_TEXT.search(value):
        raise FieldError(translate("fields", "text contains control characters"))
    return value


def _parse_choice(field: SyncedField, text: str) -> str:
    for value in field.choices:
        if text.strip().lower() == value.lower():
            return value
    raise FieldError(
        translate("fields", "'{text}' is not one of: {values}").format(
            text=text, values=", ".join(field.choices)
        )
    )


def parse_direction(text: str) -> str:
    """camera:direction: degrees 0–359, a compass point (N, NE, …) or a range like 90-270."""
    text = text.strip().upper()
    if text in CARDINALS:
        return text
    match = DIRECTION.fullmatch(text)
    if match:
        ends = [float(part) for part in match.groups() if part is not None]
        if all(0 <= end < 360 for end in ends):
            return "-".join(str(round(end) % 360) for end in ends)
    raise FieldError(
        translate(
            "fields",
            "'{text}' is not a direction: use degrees 0-359 clockwise from north (e.g. 135), "
            "a compass point ({points}) or a range (e.g. 90-270)",
        ).format(text=text, points=", ".join(CARDINALS))
    )


def parse_height(text: str) -> float:
    """height: metres above ground, 0–100 (a trailing 'm' is allowed)."""
    cleaned = text.strip().lower().removesuffix("m").strip().replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        raise FieldError(
            translate("fields", "'{text}' is not a height in metres (e.g. 5 or 4.5)").format(
                text=text
            )
        ) from None
    if not math.isfinite(value) or not 0 < value <= 100:
        raise FieldError(
            translate("fields", "height must be between 0 and 100 metres, not {text}").format(
                text=text
            )
        )
    return value


def parse_check_date(text: str) -> date:
    """check_date: YYYY-MM-DD, not in the future."""
    try:
        value = date.fromisoformat(text.strip())
    except ValueError:
        raise FieldError(
            translate("fields", "'{text}' is not a date in the form YYYY-MM-DD").format(text=text)
        ) from None
    if value > date.today():
        raise FieldError(
            translate("fields", "check_date {text} is in the future").format(text=text)
        )
    return value


def parse_wikidata(text: str) -> str:
    """A Wikidata item id such as Q2347731."""
    if not WIKIDATA.fullmatch(text.strip()):
        raise FieldError(
            translate("fields", "'{text}' is not a Wikidata id (e.g. Q2347731)").format(text=text)
        )
    return text.strip()


def parse_time_zone(text: str) -> str:
    """An IANA time zone name such as Europe/Belgrade."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = text.strip()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise FieldError(
            translate("fields", "'{text}' is not a time zone (e.g. Europe/Belgrade)").format(
                text=text
            )
        ) from None
    return name


# -- the registry --------------------------------------------------------------------------------

SURVEILLANCE = ("public", "outdoor", "indoor")
SURVEILLANCE_TYPE = ("camera", "ALPR", "guard", "gunshot_detector")
SURVEILLANCE_ZONE = (
    "town", "traffic", "parking", "shop", "bank", "building", "entrance",
    "public_transport_platform", "corridor", "atm",
)  # fmt: skip
CAMERA_TYPE = ("fixed", "panning", "dome", "panorama", "doorbell")
CAMERA_MOUNT = ("wall", "pole", "ceiling", "street_lamp", "traffic_signal", "building", "tree")
VENDOR_CONFIDENCE = ("seen", "shape", "unknown")
STATUS = ("present", "removed", "not_found")
# A camera's review by the team's coordinators: the first is every new camera's.
REVIEW_STATES = ("unverified", "verified", "disputed", "removed")

NAME, SHORT, NOTES, FILE_NAME = 200, 50, 5000, 500
DISTINCT_LIMIT = 37 * 100  # a hundred UUIDs, space-separated


def _camera(name: str, kind: Kind, osm_key: str | None = None, **rest: Any) -> SyncedField:
    return SyncedField("camera", name, kind, osm_key=osm_key, **rest)


REGISTRY: tuple[SyncedField, ...] = (
    SyncedField("survey", "name", "text", limit=NAME, required=True, label="Name"),
    SyncedField("survey", "blur_people", "boolean", label="Blur faces and plates", default=True),
    SyncedField("survey", "time_zone", "text", limit=64, parser=parse_time_zone,
                label="Time zone"),
    _camera("survey_id", "uuid", required=True, identity=True, merge="own"),
    _camera("latitude", "number", low=-90, high=90, merge="position", label="Latitude"),
    _camera("longitude", "number", low=-180, high=180, merge="position", label="Longitude"),
    _camera("position_source", "text", limit=20, merge="position", label="Position from"),
    _camera("position_accuracy", "number", low=0, high=100_000, merge="position"),
    _camera("surveillance", "choice", "surveillance", choices=SURVEILLANCE,
            help="who is watched: public street, private outdoor, indoor"),
    _camera("surveillance_type", "choice", "surveillance:type", choices=SURVEILLANCE_TYPE,
            help="what it is"),
    _camera("surveillance_zone", "choice", "surveillance:zone", choices=SURVEILLANCE_ZONE,
            help="what it watches"),
    _camera("camera_type", "choice", "camera:type", choices=CAMERA_TYPE,
            help="housing: fixed, panning, dome"),
    _camera("camera_mount", "choice", "camera:mount", choices=CAMERA_MOUNT,
            help="what it is fixed to"),
    _camera("camera_direction", "direction", "camera:direction", limit=SHORT,
            parser=parse_direction, help="where it looks"),
    _camera("height", "number", "height", low=0, high=100, parser=parse_height,
            help="metres above ground"),
    _camera("operator", "text", "operator", limit=NAME, help="who runs it"),
    _camera("manufacturer", "text", "manufacturer", limit=NAME, help="the true maker"),
    _camera("manufacturer_wikidata", "wikidata", "manufacturer:wikidata",
            parser=parse_wikidata, help="maker's Q-id"),
    _camera("vendor_slug", "text", limit=SHORT),
    _camera("brand", "text", "brand", limit=NAME, help="the label on the housing"),
    _camera("model", "text", "model", limit=NAME, help="the model number"),
    _camera("vendor_confidence", "choice", "vendor_confidence", choices=VENDOR_CONFIDENCE,
            help="seen = label or model read; shape = judged by its look; unknown",
            default="unknown"),
    _camera("status", "choice", "status", choices=STATUS, help="present, removed, not_found",
            default="present"),
    _camera("check_date", "date", "check_date", parser=parse_check_date,
            help="last seen, YYYY-MM-DD"),
    _camera("notes", "text", "notes", limit=NOTES, merge="concat", help="the volunteer's notes"),
    _camera("extra_tags", "tags", merge="union", default={}),
    _camera("review_state", "choice", choices=REVIEW_STATES, merge="own", reviewers_only=True,
            label="Review", help="unverified, verified, disputed, removed (set by reviewers)",
            default="unverified"),
    _camera("distinct_from", "text", limit=DISTINCT_LIMIT, merge="own",
            help="cameras found not to be this one, though near (UUIDs)"),
    SyncedField("photo", "sha256", "sha256", required=True, identity=True),
    SyncedField("photo", "camera_id", "uuid", required=True),
    SyncedField("photo", "file_name", "text", limit=FILE_NAME, required=True),
    SyncedField("photo", "mime", "text", limit=SHORT, default="image/jpeg"),
    SyncedField("photo", "width", "integer", low=0, high=1_000_000),
    SyncedField("photo", "height", "integer", low=0, high=1_000_000),
    SyncedField("photo", "taken_local", "datetime"),
    SyncedField("photo", "utc_offset_minutes", "integer", low=MIN_UTC_OFFSET,
                high=MAX_UTC_OFFSET),
    SyncedField("photo", "taken_utc", "datetime"),
    SyncedField("photo", "latitude", "number", low=-90, high=90),
    SyncedField("photo", "longitude", "number", low=-180, high=180),
    SyncedField("photo", "altitude", "number", low=-1_000, high=100_000),
    SyncedField("photo", "bearing", "number", low=0, high=360),
    SyncedField("photo", "bearing_ref", "choice", choices=("T", "M")),
    SyncedField("photo", "position_source", "text", limit=20),
    SyncedField("photo", "position_accuracy", "number", low=0, high=100_000),
    SyncedField("photo", "blob_sha256", "sha256"),
    SyncedField("photo", "blob_size", "integer", low=0, high=2**50),
    SyncedField("photo", "thumbnail_jpeg_base64", "thumbnail", wire_only=True),
)  # fmt: skip

# A volunteer's change of these makes a verified camera unverified again (the server does it,
# surveyapp/server/push.py; a laptop's --verified-only export leaves out a camera it changed so
# and has not synced): its position, its catalogue vendor (the map names it and says whether it
# is on the Covered List) and every field the public map shows but check_date (a volunteer who
# saw the camera again says so without a review).
REVIEWED_CAMERA_FIELDS = frozenset({
    "latitude", "longitude", "vendor_slug", "surveillance", "surveillance_type",
    "surveillance_zone", "camera_type", "camera_mount", "camera_direction", "height", "operator",
    "manufacturer", "brand", "model",
})  # fmt: skip

RECORD_TYPES = ("survey", "camera", "photo")
BY_RECORD: dict[str, dict[str, SyncedField]] = {
    kind: {f.name: f for f in REGISTRY if f.record == kind} for kind in RECORD_TYPES
}
# The columns each record type sends (the wire-only thumbnail is added by sync).
COLUMNS: dict[str, tuple[str, ...]] = {
    kind: tuple(name for name, f in fields.items() if not f.wire_only)
    for kind, fields in BY_RECORD.items()
}
SURVEY_COLUMNS, CAMERA_COLUMNS, PHOTO_COLUMNS = (COLUMNS[k] for k in RECORD_TYPES)
RECORD_FIELDS: dict[str, frozenset[str]] = {
    kind: frozenset(fields) for kind, fields in BY_RECORD.items()
}
REQUIRED: dict[str, frozenset[str]] = {
    kind: frozenset(name for name, f in fields.items() if f.required)
    for kind, fields in BY_RECORD.items()
}
IDENTITY: dict[str, frozenset[str]] = {
    kind: frozenset(name for name, f in fields.items() if f.identity)
    for kind, fields in BY_RECORD.items()
}
# The fields only reviewers and admins change (a volunteer may send only the value it has).
REVIEWERS_ONLY: dict[str, frozenset[str]] = {
    kind: frozenset(name for name, f in fields.items() if f.reviewers_only)
    for kind, fields in BY_RECORD.items()
}
# The optional fields with a value a record holds when it was never given one.
DEFAULTS: dict[str, dict[str, Any]] = {
    kind: {name: f.default for name, f in fields.items() if f.default is not None}
    for kind, fields in BY_RECORD.items()
}


def _default(record_type: str, name: str) -> Any:
    value = DEFAULTS[record_type][name]
    return dict(value) if isinstance(value, dict) else value


def defaults_for_nulls(record_type: str, fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` with each null of a field that has a default replaced by that default
    (a change that empties such a field gives it back its default: no record holds null)."""
    defaults = DEFAULTS[record_type]
    if not any(fields.get(name, 0) is None for name in defaults):
        return fields
    return {
        name: _default(record_type, name) if value is None and name in defaults else value
        for name, value in fields.items()
    }


def with_defaults(record_type: str, fields: dict[str, Any]) -> dict[str, Any]:
    """A whole record's fields with the default of each optional field it lacks or holds as
    null: what the server stores for a first upsert, serves, and every laptop holds."""
    complete = defaults_for_nulls(record_type, fields)
    missing = [name for name in DEFAULTS[record_type] if name not in complete]
    if not missing:
        return complete
    return {**complete, **{name: _default(record_type, name) for name in missing}}


# The camera fields a volunteer edits, by the OSM key they type.
OSM_FIELDS: dict[str, SyncedField] = {f.osm_key: f for f in REGISTRY if f.osm_key}


def field_problems(record_type: str, fields: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(what is wrong with the values, the field names this registry does not know).

    Unknown fields are kept apart: a newer laptop may send a field this server learns later; a
    name no version could use is a problem (and is never echoed as it came: it may hold text no
    JSON encoder can write).
    """
    known = BY_RECORD[record_type]
    problems, unknown = [], []
    for name, value in fields.items():
        field = known.get(name)
        if field is None:
            if FIELD_NAME.fullmatch(name):
                unknown.append(name)
            else:
                problems.append(f"{escaped(name[:60])} is not a field name")
            continue
        problem = field.problem(value)
        if problem:
            problems.append(f"{name} {problem}")
    return problems, unknown
