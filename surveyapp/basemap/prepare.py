"""Turn an OpenStreetMap extract (.osm.pbf, .osm, .osm.gz, .osm.bz2) into a basemap store, once.

pyosmium (libosmium) reads the file, keeps node locations and assembles multipolygons; each
object is classified here by its tags into streets by class with their names, buildings, water,
parks, rail, places. The preparation is a generator that yields progress and can be stopped
between any two yields: the store is written to a hidden file that is deleted on cancel or
error and renamed into place only when complete.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from surveyapp.basemap.geometry import FloatArray, label_run, project, world_xy
from surveyapp.basemap.store import STREETS, SUFFIX, Kind, Store, StoreInfo, StoreWriter
from surveyapp.basemap.store import bounds_text as _bounds_text
from surveyapp.i18n import translate
from surveyapp.protocol.fields import escaped_unstorable

EXTRACT_SUFFIXES = (".osm.pbf", ".pbf", ".osm", ".osm.gz", ".osm.bz2", ".osm.xml")
# Rough bytes per OSM object, to turn "objects read" into a fraction before the end is known.
_BYTES_PER_OBJECT = {".pbf": 8.0, ".gz": 22.0, ".bz2": 16.0}
_PLAIN_BYTES_PER_OBJECT = 120.0
_REPORT_EVERY = 20_000

ROAD_CLASSES: dict[str, tuple[Kind, int]] = {
    "motorway": (Kind.MOTORWAY, 5), "motorway_link": (Kind.MOTORWAY, 11),
    "trunk": (Kind.TRUNK, 6), "trunk_link": (Kind.TRUNK, 11),
    "primary": (Kind.PRIMARY, 8), "primary_link": (Kind.PRIMARY, 12),
    "secondary": (Kind.SECONDARY, 9), "secondary_link": (Kind.SECONDARY, 12),
    "tertiary": (Kind.TERTIARY, 11), "tertiary_link": (Kind.TERTIARY, 13),
    "residential": (Kind.STREET, 12), "unclassified": (Kind.STREET, 12),
    "living_street": (Kind.STREET, 13), "road": (Kind.STREET, 13),
    "pedestrian": (Kind.PEDESTRIAN, 13), "service": (Kind.SERVICE, 14),
    "footway": (Kind.PATH, 15), "path": (Kind.PATH, 15), "cycleway": (Kind.PATH, 15),
    "steps": (Kind.PATH, 16), "track": (Kind.PATH, 14), "bridleway": (Kind.PATH, 15),
}  # fmt: skip
RAIL = {"rail", "light_rail", "subway", "tram", "narrow_gauge", "funicular", "monorail"}
RIVERS = {"river": 9, "canal": 10, "stream": 13}
PLACE_KINDS: dict[str, tuple[Kind, int]] = {
    "city": (Kind.CITY, 6), "town": (Kind.TOWN, 9), "village": (Kind.VILLAGE, 11),
    "suburb": (Kind.SUBURB, 12), "quarter": (Kind.SUBURB, 13),
    "neighbourhood": (Kind.SUBURB, 14),
}  # fmt: skip
GREEN = {
    ("leisure", "park"), ("leisure", "garden"), ("leisure", "nature_reserve"),
    ("leisure", "pitch"), ("leisure", "golf_course"), ("landuse", "grass"),
    ("landuse", "forest"), ("landuse", "meadow"), ("landuse", "recreation_ground"),
    ("landuse", "village_green"), ("landuse", "cemetery"), ("natural", "wood"),
    ("natural", "scrub"), ("natural", "grassland"), ("natural", "heath"),
}  # fmt: skip
WATER = {
    ("natural", "water"), ("waterway", "riverbank"), ("landuse", "reservoir"),
    ("landuse", "basin"), ("natural", "bay"),
}  # fmt: skip
# Areas smaller than this many world units² (about 200 m² at the equator) show from zoom 16.
_SMALL_AREA = 1.3e-13


class ExtractError(ValueError):
    """The file cannot be used as an OSM extract (the message says why, in the user's language)."""


@dataclass(frozen=True)
class PrepareProgress:
    """How far a preparation is: objects read so far and about what fraction of the file."""

    objects: int
    fraction: float  # 0..1, an estimate until the end
    stage: str  # "reading", "labels", "writing"


def store_path(folder: Path, source: Path) -> Path:
    """Where the store made from ``source`` goes: named after the file."""
    name = source.name
    for suffix in sorted(EXTRACT_SUFFIXES, key=len, reverse=True):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    slug = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", slug).strip("-").lower() or "area"
    return folder / f"{slug}{SUFFIX}"


def _check(source: Path) -> None:
    if not source.is_file():
        text = translate("basemap", "no such file: {path}")
        raise ExtractError(text.format(path=source))
    if not source.name.lower().endswith(EXTRACT_SUFFIXES):
        text = translate(
            "basemap", "{name} is not an OpenStreetMap extract (.osm.pbf, .osm or .osm.gz)"
        )
        raise ExtractError(text.format(name=escaped_unstorable(source.name)))


def _expected_objects(source: Path) -> float:
    suffix = source.suffix.lower()
    per_object = _BYTES_PER_OBJECT.get(suffix, _PLAIN_BYTES_PER_OBJECT)
    return max(1.0, source.stat().st_size / per_object)


def _line(nodes: object) -> FloatArray | None:
    """A way's valid node locations as world x, y (None when fewer than two)."""
    lons, lats = [], []
    for node in nodes:  # type: ignore[attr-defined]
        location = node.location
        if location.valid():
            lons.append(location.lon)
            lats.append(location.lat)
    if len(lons) < 2:
        return None
    x, y = project(lats, lons)
    return np.column_stack([x, y])


def _ring_area(ring: FloatArray) -> float:
    x, y = ring[:, 0], ring[:, 1]
    return float(abs(np.dot(x, np.roll(y, 1)) - np.dot(y, np.roll(x, 1))) / 2)


def _area_kind(tags: object) -> Kind | None:
    get = tags.get  # type: ignore[attr-defined]
    if get("building") not in (None, "no"):
        return Kind.BUILDING
    for key in ("natural", "waterway", "landuse", "leisure"):
        value = get(key)
        if value is None:
            continue
        if (key, value) in WATER:
            return Kind.WATER
        if (key, value) in GREEN:
            return Kind.PARK
    return None


class _Collector:
    """Classifies OSM objects into store features."""

    def __init__(self, writer: StoreWriter) -> None:
        self.writer = writer
        self.labels: list[tuple[int, int, str, float, float, float, float]] = []
        self.named_streets: set[str] = set()
        self.node_name: dict[int, int] = {}  # node id → index of a street name through it
        self.crossings: dict[int, set[int]] = {}  # node id → names of streets meeting there
        self.where: dict[int, tuple[float, float]] = {}
        self.names: dict[str, int] = {}
        self.name_list: list[str] = []
        self.xs: list[float] = []
        self.ys: list[float] = []

    def _extent(self, parts: list[FloatArray]) -> None:
        for part in parts:
            self.xs += (float(part[:, 0].min()), float(part[:, 0].max()))
            self.ys += (float(part[:, 1].min()), float(part[:, 1].max()))

    def node(self, node: object) -> None:
        tags = node.tags  # type: ignore[attr-defined]
        place = tags.get("place")
        if place not in PLACE_KINDS:
            return
        name = tags.get("name")
        location = node.location  # type: ignore[attr-defined]
        if not name or not location.valid():
            return
        kind, minzoom = PLACE_KINDS[place]
        if tags.get("capital") in ("yes", "2"):
            kind, minzoom = Kind.CAPITAL, min(minzoom, 5)
        x, y = world_xy(location.lat, location.lon)
        point = np.array([[x, y]])
        self.writer.add(kind, minzoom, name, [point])
        self.labels.append((int(kind), minzoom, name, x, y, 0.0, 0.0))
        self._extent([point])

    def way(self, way: object) -> None:
        tags = way.tags  # type: ignore[attr-defined]
        highway = tags.get("highway")
        if highway in ROAD_CLASSES:
            kind, minzoom = ROAD_CLASSES[highway]
            line = _line(way.nodes)  # type: ignore[attr-defined]
            if line is None:
                return
            name = tags.get("name")
            self.writer.add(kind, minzoom, name, [line])
            self._extent([line])
            if name:
                self._street(way, kind, minzoom, name, line)
            return
        railway = tags.get("railway")
        waterway = tags.get("waterway")
        if railway in RAIL and tags.get("service") is None:
            kind, minzoom, name = Kind.RAIL, 10, None
        elif waterway in RIVERS:
            kind, minzoom, name = Kind.RIVER, RIVERS[waterway], tags.get("name")
        elif tags.get("natural") == "coastline":
            kind, minzoom, name = Kind.COASTLINE, 0, None
        else:
            return
        line = _line(way.nodes)  # type: ignore[attr-defined]
        if line is not None:
            self.writer.add(kind, minzoom, name, [line])
            self._extent([line])

    def _street(self, way: object, kind: Kind, minzoom: int, name: str, line: FloatArray) -> None:
        run = label_run(line)
        if run is not None:
            x, y, angle, room = run
            self.labels.append((int(kind), minzoom, name, x, y, angle, room))
        if kind not in STREETS:
            return
        self.named_streets.add(name)
        index = self.names.setdefault(name, len(self.names))
        if index == len(self.name_list):
            self.name_list.append(name)
        for node in way.nodes:  # type: ignore[attr-defined]
            ref = node.ref
            seen = self.node_name.get(ref)
            if seen is None:
                self.node_name[ref] = index
            elif seen != index:
                crossing = self.crossings.setdefault(ref, {seen})
                crossing.add(index)
                if ref not in self.where and node.location.valid():
                    self.where[ref] = world_xy(node.location.lat, node.location.lon)

    def area(self, area: object) -> None:
        tags = area.tags  # type: ignore[attr-defined]
        kind = _area_kind(tags)
        if kind is None:
            return
        rings: list[FloatArray] = []
        for outer in area.outer_rings():  # type: ignore[attr-defined]
            ring = _line(outer)
            if ring is None or len(ring) < 3:
                continue
            rings.append(ring)
            for inner in area.inner_rings(outer):  # type: ignore[attr-defined]
                hole = _line(inner)
                if hole is not None and len(hole) >= 3:
                    rings.append(hole)
        if not rings:
            return
        size = _ring_area(rings[0])
        minzoom = {Kind.BUILDING: 14, Kind.WATER: 8, Kind.PARK: 10}[kind]
        if size < _SMALL_AREA:
            minzoom = max(minzoom, 16)
        elif kind != Kind.BUILDING and size < _SMALL_AREA * 100:
            minzoom = max(minzoom, 13)
        self.writer.add(kind, minzoom, tags.get("name"), rings)
        self._extent(rings)

    def junction_rows(self) -> list[tuple[float, float, list[str]]]:
        return [
            (*self.where[ref], [self.name_list[i] for i in names])
            for ref, names in self.crossings.items()
            if ref in self.where
        ]


def prepare_extract(
    source: Path, folder: Path, name: str | None = None
) -> Generator[PrepareProgress, None, StoreInfo]:
    """Read ``source`` and write its store into ``folder`` (replacing one made from a file of
    the same name when complete); yields progress, returns what the store holds.

    Raises ExtractError for a file that is not an OSM extract or that holds no map data.
    """
    import osmium  # imported here: only a preparation needs libosmium

    _check(source)
    shown = escaped_unstorable(source.name)  # text: the file's name may hold bytes no UTF-8
    folder.mkdir(parents=True, exist_ok=True)
    target = store_path(folder, source)
    expected = _expected_objects(source)
    writer = StoreWriter(target)
    collector = _Collector(writer)
    objects = 0
    started = time.perf_counter()
    try:
        yield PrepareProgress(0, 0.0, "reading")
        items = iter(osmium.FileProcessor(str(source)).with_areas())
        while True:
            try:
                item: Any = next(items, None)
            # libosmium: not OSM data, a truncated file (RuntimeError); an id, a version or a
            # time that is no number, a coordinate such as "nan" (ValueError and its own)
            except (RuntimeError, ValueError, osmium.InvalidLocationError) as error:
                text = translate("basemap", "{name} cannot be read as OpenStreetMap data: {error}")
                raise ExtractError(text.format(name=shown, error=error)) from error
            if item is None:
                break
            if item.is_area():
                collector.area(item)
                continue
            objects += 1
            if item.is_node():
                if item.tags:
                    collector.node(item)
            elif item.is_way():
                collector.way(item)
            if objects % _REPORT_EVERY == 0:
                yield PrepareProgress(objects, min(0.95, objects / expected), "reading")
        if not writer.count:
            text = translate("basemap", "{name} holds no streets, buildings or other map data")
            raise ExtractError(text.format(name=shown))
        yield PrepareProgress(objects, 0.96, "labels")
        writer.add_labels(collector.labels)
        writer.add_junctions(collector.junction_rows())
        yield PrepareProgress(objects, 0.98, "writing")
        meta = {
            "name": name or target.name.removesuffix(SUFFIX),
            "source": shown,
            "bounds": _bounds_text(np.array(collector.xs), np.array(collector.ys)),
            "objects": str(objects),
            "features": str(writer.count),
            "named_streets": str(len(collector.named_streets)),
            "seconds": f"{time.perf_counter() - started:.3f}",
            "attribution": "© OpenStreetMap contributors",
        }
        path = writer.commit(meta)
    except BaseException:  # cancel (GeneratorExit), error, interrupt: no half-built store
        writer.abandon()
        raise
    store = Store(path)
    try:
        return store.info
    finally:
        store.close()
