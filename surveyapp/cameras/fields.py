"""A camera's fields in OpenStreetMap's vocabulary, and the checks a value must pass.

Field names are OSM keys (``camera:type``), so that what a volunteer types on the command line is
what exports carry. Values outside the vocabulary are refused with the allowed values named.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from surveyapp.i18n import translate
from surveyapp.protocol.fields import (
    CARDINALS,
    OSM_FIELDS,
    TAG_KEY,
    TAG_VALUE_LIMIT,
    FieldError,
    SyncedField,
    parse_check_date,
    parse_direction,
    parse_height,
    parse_wikidata,
    text_problem,
)

if TYPE_CHECKING:
    from surveyapp.db.models import Camera

__all__ = [
    "CARDINALS",
    "FieldError",
    "parse_check_date",
    "parse_direction",
    "parse_height",
    "parse_wikidata",
]


@dataclass(frozen=True)
class Field:
    """One editable camera field: its OSM key, the model attribute, and the value's parser.

    A view of the synced field's declaration in surveyapp/protocol/fields.py, the one source of
    its type, limits and vocabulary.
    """

    key: str
    attribute: str
    parse: Callable[[str], Any]
    help: str
    choices: tuple[str, ...] = ()
    accepts: str = ""  # what a value looks like, for `surveyapp camera fields`


def _field(synced: SyncedField) -> Field:
    assert synced.osm_key is not None
    if synced.choices:
        accepts = "|".join(synced.choices)
    elif synced.parser is not None:
        accepts = (synced.parser.__doc__ or "").split(": ", 1)[-1].strip()
    else:
        accepts = f"free text, at most {synced.limit:,} characters"
    return Field(synced.osm_key, synced.name, synced.parse, synced.help, synced.choices, accepts)


FIELDS: dict[str, Field] = {key: _field(synced) for key, synced in OSM_FIELDS.items()}

# Fields that must always have a value: clearing them restores the default.
DEFAULTS: dict[str, Any] = {"vendor_confidence": "unknown", "status": "present"}

# The survey:* bookkeeping every export writes beside a camera's OSM tags, in this order.
SURVEY_KEYS = (
    "survey:status", "survey:vendor_confidence", "survey:review", "survey:covered_list",
    "survey:position_source", "survey:street", "survey:photo_count", "survey:photos",
    "survey:first_seen", "survey:last_seen",
)  # fmt: skip
# Keys an extra tag may not have: those the exports write themselves (``man_made``, the
# ``direction`` copy of camera:direction, the CSV's id and position, the bookkeeping). Other
# survey:* keys are OSM's own (survey:date).
RESERVED_TAGS = frozenset({"man_made", "direction", "id", "latitude", "longitude", *SURVEY_KEYS})

# Other OSM keys worth keeping; anything else goes in with a ``tag:`` prefix.
EXTRA_KEYS = (
    "camera:angle", "camera:tilt", "operator:type", "operator:wikidata", "brand:wikidata",
    "image", "wikimedia_commons", "fixme", "note", "source", "surveillance:brand", "ref",
)  # fmt: skip


def describe_fields() -> str:
    """One line per field: key, allowed values or kind, help."""
    lines = []
    for field in FIELDS.values():
        lines.append(f"{field.key:22} {field.accepts}")
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
        if not TAG_KEY.fullmatch(tag) or tag in FIELDS or tag in RESERVED_TAGS:
            raise FieldError(
                translate("fields", "'{tag}' cannot be used as an extra OSM tag").format(tag=tag)
            )
        tags = dict(camera.extra_tags or {})
        if text.strip():
            tags[tag] = _tag_value(text)
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


def _tag_value(text: str) -> str:
    value = text.strip()
    if len(value) > TAG_VALUE_LIMIT:
        raise FieldError(
            translate("fields", "text is longer than {limit} characters").format(
                limit=f"{TAG_VALUE_LIMIT:,}"
            )
        )
    problem = text_problem(value, TAG_VALUE_LIMIT)  # the server's rule for tag values
    if problem:
        raise FieldError(translate("fields", "text contains control characters"))
    return value


def direction_from_bearing(bearing: float | None) -> str | None:
    """camera:direction prefilled from a photo's GPS bearing, in whole degrees 0–359.

    The bearing is where the phone pointed; the volunteer corrects the direction when the camera
    looks elsewhere.
    """
    if bearing is None or not math.isfinite(bearing):
        return None
    return str(round(bearing) % 360)
