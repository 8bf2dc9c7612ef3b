"""Checks on each pushed field: type, range, length, no NUL bytes.

A bad value rejects its mutation with a reason the volunteer can act on; it never reaches the
database (PostgreSQL refuses NUL bytes in text, and out-of-range coordinates would poison maps).
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from surveyapp.sync.protocol import RECORD_FIELDS

Check = Callable[[Any], str | None]

SHA256 = re.compile(r"[0-9a-f]{64}")
MAX_TAGS = 200


def _text(limit: int) -> Check:
    def check(value: Any) -> str | None:
        if not isinstance(value, str):
            return "must be text"
        if "\x00" in value:
            return "contains a NUL byte"
        if len(value) > limit:
            return f"is longer than {limit} characters"
        return None

    return check


def _number(low: float | None = None, high: float | None = None) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return "must be a number"
        if not math.isfinite(value):
            return "must be a finite number"
        if (low is not None and value < low) or (high is not None and value > high):
            return f"is out of range ({low} to {high})"
        return None

    return check


def _integer(low: int, high: int) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return "must be a whole number"
        if not low <= value <= high:
            return f"is out of range ({low} to {high})"
        return None

    return check


def _boolean(value: Any) -> str | None:
    return None if isinstance(value, bool) else "must be true or false"


def _uuid(value: Any) -> str | None:
    if not isinstance(value, str):
        return "must be a UUID as text"
    try:
        uuid.UUID(value)
    except ValueError:
        return "is not a valid UUID"
    return None


def _sha256(value: Any) -> str | None:
    if not isinstance(value, str) or not SHA256.fullmatch(value):
        return "must be 64 lowercase hexadecimal digits"
    return None


def _date(value: Any) -> str | None:
    if not isinstance(value, str) or "\x00" in value:
        return "must be a date (YYYY-MM-DD)"
    try:
        date.fromisoformat(value)
    except ValueError:
        return "is not a valid date (YYYY-MM-DD)"
    return None


def _datetime(value: Any) -> str | None:
    if not isinstance(value, str) or "\x00" in value or len(value) > 40:
        return "must be an ISO 8601 time"
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return "is not a valid ISO 8601 time"
    return None


def _tags(value: Any) -> str | None:
    if not isinstance(value, dict):
        return "must be an object of text keys and values"
    if len(value) > MAX_TAGS:
        return f"has more than {MAX_TAGS} tags"
    for key, item in value.items():
        problem = _text(255)(key) or _text(255)(item)
        if problem:
            return f"tag {key[:40]!r} {problem}"
    return None


SHORT, NAME, LONG = _text(50), _text(200), _text(10_000)
LATITUDE, LONGITUDE = _number(-90, 90), _number(-180, 180)
ALTITUDE = _number(-1_000, 100_000)
# A thumbnail is small by design; a few hundred kB of base64 at most.
THUMBNAIL = _text(1_000_000)

CHECKS: dict[str, dict[str, Check]] = {
    "survey": {"name": NAME, "blur_people": _boolean},
    "camera": {
        "survey_id": _uuid,
        "latitude": LATITUDE,
        "longitude": LONGITUDE,
        "position_source": SHORT,
        "position_accuracy": _number(0, 100_000),
        "surveillance": SHORT,
        "surveillance_type": SHORT,
        "surveillance_zone": SHORT,
        "camera_type": SHORT,
        "camera_mount": SHORT,
        "camera_direction": SHORT,
        "height": _number(0, 1_000),
        "operator": NAME,
        "manufacturer": NAME,
        "manufacturer_wikidata": SHORT,
        "vendor_slug": SHORT,
        "brand": NAME,
        "model": NAME,
        "vendor_confidence": SHORT,
        "status": SHORT,
        "check_date": _date,
        "notes": LONG,
        "extra_tags": _tags,
    },
    "photo": {
        "sha256": _sha256,
        "camera_id": _uuid,
        "file_name": _text(500),
        "mime": SHORT,
        "width": _integer(0, 1_000_000),
        "height": _integer(0, 1_000_000),
        "taken_local": _datetime,
        "utc_offset_minutes": _integer(-24 * 60, 24 * 60),
        "taken_utc": _datetime,
        "latitude": LATITUDE,
        "longitude": LONGITUDE,
        "altitude": ALTITUDE,
        "bearing": _number(0, 360),
        "bearing_ref": _text(1),
        "position_source": SHORT,
        "blob_sha256": _sha256,
        "blob_size": _integer(0, 2**50),
        "thumbnail_jpeg_base64": THUMBNAIL,
    },
}
assert {kind: frozenset(checks) for kind, checks in CHECKS.items()} == RECORD_FIELDS


def field_problems(record_type: str, fields: dict[str, Any]) -> list[str]:
    """What is wrong with a mutation's fields (empty when they may be stored).

    Every field may be null (the laptop clears it); unknown fields are errors.
    """
    checks = CHECKS[record_type]
    problems = []
    for name, value in fields.items():
        check = checks.get(name)
        if check is None:
            problems.append(f"unknown field {name[:60]!r} for a {record_type}")
        elif value is not None:
            problem = check(value)
            if problem:
                problems.append(f"{name} {problem}")
    return problems
