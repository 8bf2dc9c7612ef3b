"""What the map-app formats (KML, GPX) say about a camera: a title, a direction, a table."""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Iterable

from surveyapp.cameras.fields import CARDINALS
from surveyapp.export.rows import ExportedCamera, value_text

_DEGREES = re.compile(r"(\d{1,3}(?:\.\d+)?)(?:-(\d{1,3}(?:\.\d+)?))?")


@functools.lru_cache(maxsize=1 << 16)
def xml_escape(text: str) -> str:
    """Text safe in XML element content and in double-quoted attributes (newlines and tabs as
    character references, so attribute values keep them). Cached: survey values repeat a lot
    ("public", "camera", "Hikvision"), and escaping is most of an XML writer's time."""
    if not _XML_SPECIAL.search(text):
        return text
    return (
        _XML_FORBIDDEN.sub("\ufffd", text)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("\n", "&#10;")
        .replace("\r", "&#13;")
        .replace("\t", "&#9;")
    )


# What XML 1.0 forbids even as a character reference: C0 controls but tab, newline and carriage
# return, lone surrogates, U+FFFE and U+FFFF. A record pulled from an older or hostile server
# may hold one; a writer shows it as U+FFFD rather than write a file no reader opens.
_FORBIDDEN = "\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff"
_XML_FORBIDDEN = re.compile(f"[{_FORBIDDEN}]")
_XML_SPECIAL = re.compile(f'[&<>"\n\r\t{_FORBIDDEN}]')


def xml_escape_pairs(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(key, value) pairs with both escaped as ``xml_escape`` does. Most cameras have nothing
    to escape: one scan of all their text finds that, instead of a look-up for every string."""
    pairs = list(pairs)
    if not _XML_SPECIAL.search("".join(itertools.chain.from_iterable(pairs))):
        return pairs
    return [(xml_escape(key), xml_escape(value)) for key, value in pairs]


_XML_TEXT_SPECIAL = re.compile(f"[&<>{_FORBIDDEN}]")


def xml_text(text: str) -> str:
    """Text safe in XML element content, uncached: for values that are unique (titles, ids)."""
    if not _XML_TEXT_SPECIAL.search(text):
        return text
    return (
        _XML_FORBIDDEN.sub("\ufffd", text)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
    )


@functools.lru_cache(maxsize=1 << 12)
def direction_degrees(text: str | None) -> float | None:
    """camera:direction as one bearing: degrees as they are, a compass point's bearing, the
    middle of a clockwise range ("300-60" → 0); None when there is none or it is unreadable.
    Cached: a survey's directions repeat ("90", "NE"), and KML asks for each camera's."""
    if not text:
        return None
    text = text.strip().upper()
    if text in CARDINALS:
        return CARDINALS.index(text) * 22.5
    match = _DEGREES.fullmatch(text)
    if not match:
        return None
    start = float(match.group(1))
    if match.group(2) is None:
        return start % 360
    width = (float(match.group(2)) - start) % 360
    return (start + width / 2) % 360


def camera_title(camera: ExportedCamera) -> str:
    """A short name for a map pin: "Hikvision dome camera 1a2b3c4d"."""
    tags = camera.tags
    maker = tags.get("brand") or tags.get("manufacturer")
    kind = tags.get("camera:type")
    what = "ALPR" if tags.get("surveillance:type") == "ALPR" else "camera"
    words = [word for word in (maker, kind, what) if word]
    return f"{' '.join(words)} {camera.id[:8]}"


_DESCRIBED = ("survey:street", "survey:status", "survey:review", "survey:covered_list",
              "survey:photo_count", "survey:last_seen")  # fmt: skip
_described = operator.itemgetter(*_DESCRIBED)


def description_rows(camera: ExportedCamera) -> list[tuple[str, str]]:
    """(key, value) lines for a description table: the OSM tags, then what the survey knows."""
    rows = list(camera.tags.items())
    if rows and rows[0][0] == "man_made":  # first, as SQLite writes the tags
        del rows[0]
    else:
        rows = [(key, value) for key, value in rows if key != "man_made"]
    rows += [
        (key, value if type(value) is str else value_text(value))
        for key, value in zip(_DESCRIBED, _described(camera.survey), strict=True)
        if value is not None
    ]
    rows.append(("survey:id", camera.id))
    return rows
