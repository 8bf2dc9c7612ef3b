"""Build the world basemap shipped with the app (resources/naturalearth.basemap.sqlite).

    python3 -m tools.naturalearth --world-atlas world-atlas-2.0.2.tgz \\
        --cities geopandas-0.14.4-py3-none-any.whl

Natural Earth (public domain) as the registries carry it: the npm package ``world-atlas`` 2.0.2
(Natural Earth 4.1.0 as TopoJSON: land at 1:50m and 1:10m, country borders at 1:50m; get it with
``npm pack world-atlas@2.0.2``) and the populated places (1:110m, 243 large cities) in the PyPI
wheel of geopandas 0.14.4 (``pip download --no-deps geopandas==0.14.4``). The 1:10m land is cut
into 5° squares so that a street-level tile draws a few thousand points, not a continent.
Written in the basemap store format (surveyapp/basemap/store.py), so the map draws it like any
OSM area. Needs pyogrio (a dev dependency) for the cities' shapefile.
"""

from __future__ import annotations

import argparse
import io
import json
import struct
import tarfile
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from surveyapp.basemap.geometry import FloatArray, project
from surveyapp.basemap.store import Kind, StoreWriter

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "resources" / "naturalearth.basemap.sqlite"
CELL = 5.0  # degrees
# The shapefile is Latin-1: the two names it cannot spell are written out here.
SPELLING = {"Chi?in?u": "Chișinău", "?saka": "Ōsaka"}


def _topology(archive: Path, name: str) -> dict[str, Any]:
    with tarfile.open(archive) as tar:
        member = tar.extractfile(f"package/{name}")
        assert member is not None
        return dict(json.load(member))


def _arcs(topology: dict[str, Any]) -> list[FloatArray]:
    scale = np.array(topology["transform"]["scale"], float)
    translate = np.array(topology["transform"]["translate"], float)
    return [np.cumsum(np.array(arc, float), axis=0) * scale + translate for arc in topology["arcs"]]


def _ring(arcs: list[FloatArray], indexes: list[int]) -> FloatArray:
    points: list[FloatArray] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.append(arc if not points else arc[1:])
    return np.concatenate(points)


def _polygons(geometry: dict[str, Any]) -> Iterator[list[list[int]]]:
    if geometry["type"] == "Polygon":
        yield geometry["arcs"]
    elif geometry["type"] == "MultiPolygon":
        yield from geometry["arcs"]


def _clip(ring: FloatArray, west: float, south: float, east: float, north: float) -> FloatArray:
    """Sutherland–Hodgman: the part of a (lon, lat) ring inside a rectangle."""
    points = [tuple(p) for p in ring]
    for axis, limit, keep_above in ((0, west, True), (0, east, False), (1, south, True),
                                    (1, north, False)):  # fmt: skip
        if not points:
            break
        inside = [(p[axis] >= limit) if keep_above else (p[axis] <= limit) for p in points]
        clipped: list[tuple[float, float]] = []
        for i, point in enumerate(points):
            previous, was_in = points[i - 1], inside[i - 1]
            if inside[i] != was_in:
                t = (limit - previous[axis]) / (point[axis] - previous[axis])
                cut = [previous[0] + t * (point[0] - previous[0]),
                       previous[1] + t * (point[1] - previous[1])]  # fmt: skip
                cut[axis] = limit
                clipped.append((cut[0], cut[1]))
            if inside[i]:
                clipped.append(point)
        points = clipped
    return np.array(points, float).reshape(-1, 2)


def _world(ring: FloatArray) -> FloatArray:
    x, y = project(ring[:, 1], ring[:, 0])
    return np.column_stack([x, y])


def _unwrapped(rings: list[FloatArray]) -> list[FloatArray]:
    """Rings that cross the antimeridian with their longitudes continuous (beyond 180°).

    Antarctica, which runs round the pole, is left as it is: its ±180° edge is the map's edge.
    """
    if min(float(r[:, 1].min()) for r in rings) < -84:
        return rings
    if not any((np.abs(np.diff(r[:, 0])) > 180).any() for r in rings):
        return rings
    return [np.column_stack([np.unwrap(r[:, 0], period=360.0), r[:, 1]]) for r in rings]


def _shifted(rings: list[FloatArray], degrees: float) -> list[FloatArray]:
    return [r + np.array([degrees, 0.0]) for r in rings]


def _land(writer: StoreWriter, archive: Path, name: str, kind: Kind, minzoom: int,
          cut: bool) -> int:  # fmt: skip
    topology = _topology(archive, name)
    arcs = _arcs(topology)
    count = 0
    for geometry in topology["objects"]["land"]["geometries"]:
        for polygon in _polygons(geometry):
            rings = _unwrapped([_ring(arcs, indexes) for indexes in polygon])
            if not cut:
                copies = [rings]
                if max(float(r[:, 0].max()) for r in rings) > 180:
                    copies.append(_shifted(rings, -360))  # drawn on both sides of ±180°
                if min(float(r[:, 0].min()) for r in rings) < -180:
                    copies.append(_shifted(rings, 360))
                for copy in copies:
                    writer.add(kind, minzoom, None, [_world(r) for r in copy])
                    count += 1
                continue
            west, south = rings[0].min(axis=0)
            east, north = rings[0].max(axis=0)
            for cx in np.arange(np.floor(west / CELL) * CELL, east, CELL):
                for cy in np.arange(np.floor(south / CELL) * CELL, north, CELL):
                    parts = [_clip(r, cx, cy, cx + CELL, cy + CELL) for r in rings]
                    parts = [p for p in parts if len(p) >= 3]
                    if cx >= 180 or cx < -180:
                        parts = _shifted(parts, -360 if cx >= 180 else 360)
                    if parts:
                        writer.add(kind, minzoom, None, [_world(p) for p in parts])
                        count += 1
    return count


def _borders(writer: StoreWriter, archive: Path) -> int:
    """Arcs that two countries share (coasts are drawn as the edge of the land)."""
    topology = _topology(archive, "countries-50m.json")
    arcs = _arcs(topology)
    users: dict[int, set[int]] = {}
    for number, geometry in enumerate(topology["objects"]["countries"]["geometries"]):
        for polygon in _polygons(geometry):
            for ring in polygon:
                for index in ring:
                    users.setdefault(index if index >= 0 else ~index, set()).add(number)
    count = 0
    for index, countries in users.items():
        if len(countries) > 1:
            writer.add(Kind.BORDER, 2, None, [_world(arcs[index])])
            count += 1
    return count


def _cities(writer: StoreWriter, wheel: Path) -> int:
    import pyogrio.raw  # type: ignore[import-untyped]

    prefix = "geopandas/datasets/naturalearth_cities/naturalearth_cities"
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(wheel) as archive:
        for suffix in (".shp", ".shx", ".dbf", ".prj", ".cpg"):
            (Path(tmp) / f"cities{suffix}").write_bytes(archive.read(prefix + suffix))
        meta, _fids, geometries, fields = pyogrio.raw.read(Path(tmp) / "cities.shp")
    names = fields[list(meta["fields"]).index("name")]
    labels = []
    for raw_name, wkb in zip(names, geometries, strict=True):
        name = SPELLING.get(str(raw_name), str(raw_name))
        stream = io.BytesIO(bytes(wkb))
        order = "<" if stream.read(1) == b"\x01" else ">"
        (kind,) = struct.unpack(order + "I", stream.read(4))
        assert kind == 1, "a city is a point"
        lon, lat = struct.unpack(order + "dd", stream.read(16))
        point = _world(np.array([[lon, lat]]))
        writer.add(Kind.CITY, 3, str(name), [point])
        labels.append((int(Kind.CITY), 3, str(name), float(point[0, 0]), float(point[0, 1]),
                       0.0, 0.0))  # fmt: skip
    writer.add_labels(labels)
    return len(labels)


def build(world_atlas: Path, cities_wheel: Path, out: Path = OUT) -> Path:
    """Write the world store from the two packages."""
    writer = StoreWriter(out)
    try:
        land = _land(writer, world_atlas, "land-50m.json", Kind.LAND, 0, cut=False)
        detail = _land(writer, world_atlas, "land-10m.json", Kind.LAND_DETAIL, 6, cut=True)
        borders = _borders(writer, world_atlas)
        cities = _cities(writer, cities_wheel)
        meta = {
            "name": "Natural Earth", "source": "world-atlas 2.0.2 (Natural Earth 4.1.0), "
            "geopandas 0.14.4 naturalearth_cities", "bounds": "-85,-180,85,180",
            "objects": "0", "features": str(land + detail + borders + cities),
            "named_streets": "0", "attribution": "Natural Earth",
        }  # fmt: skip
        path = writer.commit(meta)
    except BaseException:
        writer.abandon()
        raise
    print(f"{path}: {land} land, {detail} detailed land pieces, {borders} borders, "
          f"{cities} cities, {path.stat().st_size:,} bytes")  # fmt: skip
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--world-atlas", type=Path, required=True, help="world-atlas-2.0.2.tgz")
    parser.add_argument("--cities", type=Path, required=True, help="geopandas-0.14.4 wheel")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    build(args.world_atlas, args.cities, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
