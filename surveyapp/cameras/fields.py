"""A camera's fields in OpenStreetMap's vocabulary, and the checks a value must pass.

Field names are OSM keys (``camera:type``), so that what a volunteer types on the command line is
what exports carry. Values outside the vocabulary are refused with the allowed values named.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from surveyapp.db.models import Camera
from surveyapp.i18n import translate

CARDINALS = [
    "N",
    "NNE",
    "NE",
    "ENE",
    "E",
    "ESE",
    "SE",
    "SSE",
    "S",
    "SSW",
    "SW",
    "WSW",
    "W",
    "WNW",
    "NW",
    "NNW",
]


class FieldError(ValueError):
    """A value that a camera field does not accept; the message names what it accepts."""


def _choice(*values: str) -> Callable[[str], str]:
    def parse(text: str) -> str:
        for value in values:
            if text.lower() == value.lower():
                return value
        raise FieldError(
            translate("fields", "'{text}' is not one of: {values}").format(
                text=text, values=", ".join(values)
            )
        )

    parse.choices = values  # type: ignore[attr-defined]
    return parse


def parse_direction(text: str) -> str:
    """camera:direction: degrees 0–359, a compass point (N, NE, …) or a range like 90-270."""
    text = text.strip().upper()
    if text in CARDINALS:
        return text
    match = re.fullmatch(r"(\d{1,3}(?:\.\d+)?)(?:-(\d{1,3}(?:\.\d+)?))?", text)
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
    if not re.fullmatch(r"Q[1-9]\d{0,12}", text.strip()):
        raise FieldError(
            translate("fields", "'{text}' is not a Wikidata id (e.g. Q2347731)").format(text=text)
        )
    return text.strip()


def parse_text(text: str) -> str:
    """Free text, at most 1,000 characters, no control characters."""
    if len(text) > 1000:
        raise FieldError(translate("fields", "text is longer than 1,000 characters"))
    if any(ord(char) < 32 and char not in "\t\n" for char in text):
        raise FieldError(translate("fields", "text contains control characters"))
    return text.strip()


@dataclass(frozen=True)
class Field:
    """One editable camera field: its OSM key, the model attribute, and the value's parser."""

    key: str
    attribute: str
    parse: Callable[[str], Any]
    help: str

    @property
    def choices(self) -> tuple[str, ...]:
        """The allowed values, for fields with a fixed vocabulary."""
        return tuple(getattr(self.parse, "choices", ()))


SURVEILLANCE = _choice("public", "outdoor", "indoor")
SURVEILLANCE_TYPE = _choice("camera", "ALPR", "guard", "gunshot_detector")
SURVEILLANCE_ZONE = _choice(
    "town", "traffic", "parking", "shop", "bank", "building", "entrance",
    "public_transport_platform", "corridor", "atm",
)  # fmt: skip
CAMERA_TYPE = _choice("fixed", "panning", "dome", "panorama", "doorbell")
CAMERA_MOUNT = _choice(
    "wall", "pole", "ceiling", "street_lamp", "traffic_signal", "building", "tree"
)
VENDOR_CONFIDENCE = _choice("seen", "shape", "unknown")
STATUS = _choice("present", "removed", "not_found")

FIELDS: dict[str, Field] = {
    field.key: field
    for field in (
        Field("surveillance", "surveillance", SURVEILLANCE, "who is watched: public street, "
              "private outdoor, indoor"),
        Field("surveillance:type", "surveillance_type", SURVEILLANCE_TYPE, "what it is"),
        Field("surveillance:zone", "surveillance_zone", SURVEILLANCE_ZONE, "what it watches"),
        Field("camera:type", "camera_type", CAMERA_TYPE, "housing: fixed, panning, dome"),
        Field("camera:mount", "camera_mount", CAMERA_MOUNT, "what it is fixed to"),
        Field("camera:direction", "camera_direction", parse_direction, "where it looks"),
        Field("height", "height", parse_height, "metres above ground"),
        Field("operator", "operator", parse_text, "who runs it"),
        Field("manufacturer", "manufacturer", parse_text, "the true maker"),
        Field("manufacturer:wikidata", "manufacturer_wikidata", parse_wikidata, "maker's Q-id"),
        Field("brand", "brand", parse_text, "the label on the housing"),
        Field("model", "model", parse_text, "the model number"),
        Field("vendor_confidence", "vendor_confidence", VENDOR_CONFIDENCE,
              "seen = label or model read; shape = judged by its look; unknown"),
        Field("status", "status", STATUS, "present, removed, not_found"),
        Field("check_date", "check_date", parse_check_date, "last seen, YYYY-MM-DD"),
        Field("notes", "notes", parse_text, "the volunteer's notes"),
    )
}  # fmt: skip

# Fields that must always have a value: clearing them restores the default.
DEFAULTS: dict[str, Any] = {"vendor_confidence": "unknown", "status": "present"}

# Other OSM keys worth keeping; anything else goes in with a ``tag:`` prefix.
EXTRA_KEYS = (
    "camera:angle", "camera:tilt", "operator:type", "operator:wikidata", "brand:wikidata",
    "image", "wikimedia_commons", "fixme", "note", "source", "surveillance:brand", "ref",
)  # fmt: skip

_TAG_KEY = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_:.\-]{0,99}")


def describe_fields() -> str:
    """One line per field: key, allowed values or kind, help."""
    lines = []
    for field in FIELDS.values():
        allowed = "|".join(field.choices) if field.choices else (field.parse.__doc__ or "")
        lines.append(f"{field.key:22} {allowed.split(':', 1)[-1].strip()}")
    vendor = translate(
        "fields", "a vendor, brand or slug from `surveyapp vendors` (sets manufacturer)"
    )
    lines.append(f"{'vendor':22} {vendor}")
    other = translate("fields", "any other OSM tag; also {keys}").format(keys=", ".join(EXTRA_KEYS))
    lines.append(f"{'tag:KEY':22} {other}")
    return "\n".join(lines)


def apply_field(camera: Camera, key: str, text: str) -> None:
    """Set one field of ``camera`` from its text form; an empty text clears it.

    Raises FieldError naming the allowed keys or values.
    """
    key = key.strip()
    if key in FIELDS:
        field = FIELDS[key]
        try:
            value = field.parse(text) if text.strip() else DEFAULTS.get(field.attribute)
        except FieldError as error:
            raise FieldError(
                translate("fields", "{field}: {reason}").format(field=key, reason=error)
            ) from None
        setattr(camera, field.attribute, value)
        return
    tag = key.removeprefix("tag:") if key.startswith("tag:") else key
    if key.startswith("tag:") or key in EXTRA_KEYS:
        if not _TAG_KEY.fullmatch(tag) or tag in FIELDS:
            raise FieldError(
                translate("fields", "'{tag}' cannot be used as an extra OSM tag").format(tag=tag)
            )
        tags = dict(camera.extra_tags or {})
        if text.strip():
            tags[tag] = parse_text(text)
        else:
            tags.pop(tag, None)
        camera.extra_tags = tags
        return
    raise FieldError(
        translate(
            "fields",
            "unknown field '{key}'. Fields: {fields}, vendor; extra OSM tags: {tags}, "
            "or any tag as tag:KEY=VALUE",
        ).format(key=key, fields=", ".join(FIELDS), tags=", ".join(EXTRA_KEYS))
    )


def direction_from_bearing(bearing: float | None) -> str | None:
    """camera:direction prefilled from a photo's GPS bearing, in whole degrees 0–359.

    The bearing is where the phone pointed; the volunteer corrects the direction when the camera
    looks elsewhere.
    """
    if bearing is None or not math.isfinite(bearing):
        return None
    return str(round(bearing) % 360)
