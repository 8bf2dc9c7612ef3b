"""Read already-mapped cameras from GeoJSON, OSM XML or Overpass JSON.

The whole file is read and checked before anything is stored, so a bad file changes nothing.
Ways and relations count at their centre (Overpass ``out center``) or, in OSM XML, at the mean
of their nodes; elements without a position are skipped and counted.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import orjson

from surveyapp import pipes
from surveyapp.i18n import translate
from surveyapp.protocol.fields import FORBIDDEN_TEXT, escaped_unstorable

SURVEILLANCE = ("man_made", "surveillance")


class KnownFileError(ValueError):
    """A file that is not GeoJSON, OSM XML or Overpass JSON, or holds impossible data."""


class KnownRecord(NamedTuple):  # a tuple: 100,000 of them are made in a blink
    """One already-mapped camera: its id in the source, position and OSM tags."""

    source_id: str  # e.g. "node/123456"
    latitude: float
    longitude: float
    tags: dict[str, str]


@dataclass
class KnownFile:
    """What a file holds: the cameras, the kind of file, and what was skipped."""

    kind: str  # "geojson", "osm" or "overpass"
    records: list[KnownRecord] = field(default_factory=list)
    skipped_no_position: int = 0
    skipped_not_camera: int = 0

    @property
    def osm_ids(self) -> bool:
        """Whether the ids are OpenStreetMap's (node/123): the data came from OSM."""
        return self.kind != "geojson" or all(
            r.source_id.split("/", 1)[0] in ("node", "way", "relation") for r in self.records
        )


# How many elements of a JSON file are gone through between two looks at a Cancel.
_CHECK_EVERY = 4096


def _position(what: str, latitude: Any, longitude: Any) -> tuple[float, float]:
    try:
        if isinstance(latitude, bool) or isinstance(longitude, bool):
            raise TypeError  # JSON's true and false are no coordinates
        lat, lon = float(latitude), float(longitude)
    except (TypeError, ValueError):
        raise KnownFileError(
            translate(
                "known", "{element}: position {latitude}, {longitude} is not a number"
            ).format(element=what, latitude=repr(latitude), longitude=repr(longitude))
        ) from None
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise KnownFileError(
            translate(
                "known",
                "{element}: latitude {latitude}, longitude {longitude} is not a position on Earth",
            ).format(element=what, latitude=latitude, longitude=longitude)
        )
    return lat, lon


def _tag_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return f"{value:g}" if isinstance(value, float) else str(value)
    return orjson.dumps(value).decode()


def _tags(raw: Any, what: str, *, meta: bool = False) -> dict[str, str]:
    """OSM tags as text; with ``meta``, overpass-turbo's "@id"-style keys are left out."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise KnownFileError(
            translate("known", "{element}: tags are not an object").format(element=what)
        )
    if not meta and all(type(value) is str for value in raw.values()):  # OSM's own: text only
        return raw  # a fresh dict from the parser: kept as it is
    tags = {}
    for key, value in raw.items():
        text = _tag_text(value)
        if text is not None and not (meta and key.startswith("@")):
            tags[str(key)] = text
    return tags


# What a line of text must not carry: a terminal's escapes (clear the screen, retitle the
# window), a right-to-left override, line breaks and tabs.
_UNSHOWABLE = re.compile(f"[\t\n\r]|{FORBIDDEN_TEXT.pattern}")


def _record(source_id: str, position: tuple[float, float], tags: dict[str, str]) -> KnownRecord:
    """A camera, its id and tags with what may not be shown written as backslash escapes
    (``\\x1b``): the file is anyone's, and `known`, `warnings` and the map print them."""
    if _UNSHOWABLE.search("".join((source_id, *tags, *tags.values()))):  # one look: 100,000
        source_id = escaped_unstorable(source_id)
        tags = {escaped_unstorable(k): escaped_unstorable(v) for k, v in tags.items()}
    return KnownRecord(source_id, *position, tags)


def _is_camera(tags: dict[str, str]) -> bool:
    return tags.get(SURVEILLANCE[0]) == SURVEILLANCE[1]


def _mean(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    if not points:
        return None
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def _geometry_points(geometry: Any, what: str) -> list[tuple[float, float]]:
    """(lat, lon) of every vertex of a GeoJSON geometry (a point for a Point).

    Walked with a stack, not by recursion: a file may nest its arrays and collections as deep
    as the JSON reader allows (1,024), past Python's recursion limit.
    """
    points: list[tuple[float, float]] = []
    geometries = [geometry]
    while geometries:
        shape = geometries.pop()
        if not isinstance(shape, dict):
            continue
        if shape.get("type") == "GeometryCollection":
            parts = shape.get("geometries")
            if isinstance(parts, list):
                geometries.extend(reversed(parts))
            continue
        arrays = [shape.get("coordinates")]
        while arrays:
            coordinates = arrays.pop()
            if not isinstance(coordinates, list):
                continue
            if len(coordinates) >= 2 and all(
                isinstance(c, int | float) and not isinstance(c, bool) for c in coordinates[:2]
            ):
                points.append(_position(what, coordinates[1], coordinates[0]))
            else:
                arrays.extend(reversed(coordinates))
    return points


def _geojson(document: dict[str, Any], check: Callable[[], None]) -> KnownFile:
    found = KnownFile("geojson")
    items = document.get("features") if document.get("type") == "FeatureCollection" else [document]
    if not isinstance(items, list):
        raise KnownFileError(translate("known", "GeoJSON: 'features' is not a list"))
    for index, item in enumerate(items):
        if index % _CHECK_EVERY == 0:
            check()
        if not isinstance(item, dict) or item.get("type") != "Feature":
            raise KnownFileError(
                translate("known", "GeoJSON feature {number}: not a Feature").format(
                    number=index + 1
                )
            )
        properties = item.get("properties")
        if properties is None:
            properties = {}
        elif not isinstance(properties, dict):
            raise KnownFileError(
                translate("known", "GeoJSON feature {number}: properties are not an object").format(
                    number=index + 1
                )
            )
        nested = properties.get("tags") if isinstance(properties.get("tags"), dict) else None
        ident = properties.get("@id") or item.get("id")
        if ident is None and "type" in properties and "id" in properties:
            ident = f"{properties['type']}/{properties['id']}"  # overpass-turbo's older shape
        source_id = str(ident) if ident is not None else f"feature/{index + 1}"
        tags = _tags(
            nested if nested is not None else properties, f"GeoJSON {source_id}", meta=True
        )
        if tags.get("man_made", "surveillance") != "surveillance":  # a city list may not say
            found.skipped_not_camera += 1
            continue
        position = _mean(_geometry_points(item.get("geometry"), f"GeoJSON {source_id}"))
        if position is None:
            found.skipped_no_position += 1
            continue
        found.records.append(_record(source_id, position, tags))
    return found


def _overpass(document: dict[str, Any], check: Callable[[], None]) -> KnownFile:
    found = KnownFile("overpass")
    elements = document["elements"]
    if not isinstance(elements, list):
        raise KnownFileError(translate("known", "Overpass JSON: 'elements' is not a list"))
    for index, element in enumerate(elements):
        if index % _CHECK_EVERY == 0:
            check()
        if not isinstance(element, dict) or "type" not in element or "id" not in element:
            raise KnownFileError(
                translate("known", "Overpass JSON: an element without type and id")
            )
        source_id = f"{element['type']}/{element['id']}"
        tags = _tags(element.get("tags"), f"Overpass {source_id}")
        if not _is_camera(tags):
            found.skipped_not_camera += 1
            continue
        where = element if "lat" in element else element.get("center")
        if not isinstance(where, dict) or "lat" not in where or "lon" not in where:
            geometry = element.get("geometry")  # `out geom`: the way's node positions
            points = [
                _position(f"Overpass {source_id}", p.get("lat"), p.get("lon"))
                for p in (geometry if isinstance(geometry, list) else [])
                if isinstance(p, dict)
            ]
            position = _mean(points)
        else:
            position = _position(f"Overpass {source_id}", where["lat"], where["lon"])
        if position is None:
            found.skipped_no_position += 1
            continue
        found.records.append(_record(source_id, position, tags))
    return found


def _json(data: bytes, check: Callable[[], None]) -> KnownFile:
    try:
        document = orjson.loads(data)
    except orjson.JSONDecodeError as error:
        if "memory" in str(error):  # "Not enough memory to allocate buffer for parsing"
            raise MemoryError from None
        raise KnownFileError(
            translate("known", "not valid JSON: {reason}").format(reason=error)
        ) from None
    if isinstance(document, dict) and "elements" in document:
        return _overpass(document, check)
    if isinstance(document, dict) and document.get("type") in ("FeatureCollection", "Feature"):
        return _geojson(document, check)
    raise KnownFileError(
        translate("known", "JSON, but neither GeoJSON nor Overpass JSON (no 'features'/'elements')")
    )


# Told the bytes read so far after each chunk; may raise to stop the reading (a Cancel).
ReadProgress = Callable[[int], None]


def _xml_events(
    head: bytes, stream: pipes.Chunks, read: ReadProgress
) -> Iterator[tuple[str, ET.Element]]:
    """ElementTree's start and end events for ``head`` and the rest of ``stream``."""
    parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(events=("start", "end"))
    chunk, done = head, 0
    while chunk:
        parser.feed(chunk)
        yield from parser.read_events()  # type: ignore[misc]  # "start" and "end" only
        done += len(chunk)
        read(done)
        chunk = stream.read(64 * 1024)
    parser.close()
    yield from parser.read_events()  # type: ignore[misc]


def _osm_xml(head: bytes, stream: pipes.Chunks, read: ReadProgress) -> KnownFile:
    """Stream an OSM XML file: node positions are kept to place ways at their nodes' mean."""
    found = KnownFile("osm")
    nodes: dict[str, tuple[float, float]] = {}
    try:
        events: Iterable[tuple[str, ET.Element]] = _xml_events(head, stream, read)
        root: ET.Element | None = None
        depth = 0  # of the element an event is about, below the root
        for event, element in events:
            if root is None:
                root = element
                if element.tag != "osm":
                    raise KnownFileError(
                        translate("known", "XML, but not OSM XML (the root is <{tag}>)").format(
                            tag=element.tag
                        )
                    )
                continue
            if event == "start":
                depth += 1
                continue
            depth -= 1
            if element.tag not in ("node", "way", "relation"):
                if depth == 0:  # a <bounds>, a <note>, anything else the root holds
                    root.clear()  # kept, 15 million of them filled 1 GB
                continue
            source_id = f"{element.tag}/{element.get('id')}"
            tags = {t.get("k", ""): t.get("v", "") for t in element.iter("tag")}
            if element.tag == "node" and element.get("lat") is not None:
                position: tuple[float, float] | None = _position(
                    f"OSM {source_id}", element.get("lat"), element.get("lon")
                )
                if position is not None:
                    nodes[source_id] = position
            else:
                center = element.find("center")
                if center is not None:
                    position = _position(f"OSM {source_id}", center.get("lat"), center.get("lon"))
                else:
                    refs = (f"node/{nd.get('ref')}" for nd in element.iter("nd"))
                    position = _mean([nodes[r] for r in refs if r in nodes])
            if _is_camera(tags):
                if position is None:
                    found.skipped_no_position += 1
                else:
                    found.records.append(_record(source_id, position, tags))
            elif element.tag != "node" or tags:
                found.skipped_not_camera += 1
            root.clear()  # keep memory flat: the elements read so far are done with
    except (ET.ParseError, LookupError) as error:  # LookupError: an encoding Python lacks
        raise KnownFileError(
            translate("known", "not valid XML: {reason}").format(reason=error)
        ) from None
    return found


# JSON is parsed whole, which takes about ten times the file's size in memory (a 500 MB
# Overpass file took 5 GB): larger files are refused, and OSM XML, read as it goes, is offered.
MAX_JSON_BYTES = 128 * 1024 * 1024

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")  # Windows' "Unicode" files


def _too_large_for_memory() -> KnownFileError:
    return KnownFileError(
        translate("known", "too large to read in the memory this computer has free")
    )


def _read_json(head: bytes, stream: pipes.Chunks, read: ReadProgress) -> KnownFile:
    chunks = [head]
    done = len(head)
    read(done)
    while done <= MAX_JSON_BYTES and (chunk := stream.read(1024 * 1024)):
        chunks.append(chunk)
        done += len(chunk)
        read(done)
    rest = b"".join(chunks[1:])
    del chunks
    if len(head) + len(rest) > MAX_JSON_BYTES:
        raise KnownFileError(
            translate(
                "known",
                "JSON of more than {size} MB is not read (it takes ten times its size in "
                "memory): export OSM XML instead, which is read as it goes",
            ).format(size=MAX_JSON_BYTES // (1024 * 1024))
        )
    try:
        data = head + rest
        del rest
        if data.startswith(_UTF16_BOMS):
            try:
                data = data.decode("utf-16").encode()
            except UnicodeError as error:
                raise KnownFileError(
                    translate("known", "not valid JSON: {reason}").format(reason=error)
                ) from None
        # A byte order mark: Notepad's. Elements are many: a Cancel is looked for as they go.
        return _json(data.removeprefix(b"\xef\xbb\xbf"), lambda: read(done))
    except MemoryError:
        pass  # said below, once the half-read document is let go
    raise _too_large_for_memory()


def _nothing(_done: int) -> None:
    pass


def read_known_file(path: Path, read: ReadProgress | None = None) -> KnownFile:
    """The cameras in a GeoJSON, OSM XML or Overpass JSON file, told apart by their content.

    ``read`` is told the bytes read so far as the file is read, and may raise to stop.
    Raises KnownFileError for anything else and for impossible positions (naming the element),
    OSError when the file cannot be read.
    """
    read = read or _nothing
    with open(path, "rb") as opened:  # opened once: it may be a pipe (`<(curl …)`)
        stream = pipes.chunks(opened)  # a pipe is read in turns: Ctrl-C is never held up by it
        head = stream.read(4096)
        if head.startswith(_UTF16_BOMS):
            start = (
                head[2 : len(head) & ~1]
                .decode("utf-16-be" if head[0] == 0xFE else "utf-16-le", errors="replace")
                .encode()
            )
        else:
            start = head.removeprefix(b"\xef\xbb\xbf")
        start = start.lstrip(b" \t\r\n")
        if start.startswith(b"{"):
            return _read_json(head, stream, read)
        if start.startswith(b"<"):
            try:
                return _osm_xml(head, stream, read)
            except MemoryError:
                pass
            raise _too_large_for_memory()
    raise KnownFileError(
        translate("known", "{file_name} is not GeoJSON, OSM XML or Overpass JSON").format(
            file_name=path.name
        )
    )
