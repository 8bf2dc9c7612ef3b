"""Where a published camera is, in words: the street it is on and the district around it, read
from the offline map areas the coordinator gives the server (``server run --streets``).

The areas are the desktop app's basemap stores (``*.basemap.sqlite``, made from an OSM extract
in Settings → Offline map; surveyapp/basemap/store.py writes them). The server reads them here
with the standard library alone (it installs without NumPy): the street is the nearest named
street within ``MAX_STREET_M``, as the laptop's street column finds it; the district is the
nearest OSM place of a suburb, quarter, neighbourhood, village or town within
``MAX_DISTRICT_M`` (its label point: OSM has few district boundaries, every city has places).
Nothing personal goes in or out: a public position in, public OSM names out.
"""

from __future__ import annotations

import logging
import math
import sqlite3
import sys
import threading
from array import array
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

log = logging.getLogger("surveyapp.server")

# The store format (surveyapp/basemap/store.py, geometry.py; a test checks they agree).
FORMAT_VERSION = "1"
SUFFIX = ".basemap.sqlite"
STREET_KINDS = (22, 23, 24, 25, 26, 27, 28)  # street, pedestrian … motorway
DISTRICT_KINDS = (40, 41, 42)  # suburb/quarter/neighbourhood, village, town
COORDINATE_SCALE = float(1 << 30)  # stored coordinates: 2^-30 of the world
EARTH_CIRCUMFERENCE_M = 40_075_016.686
MAX_LATITUDE = 85.05112878
MAX_STREET_M = 60.0
MAX_DISTRICT_M = 2_000.0
_CACHE_LIMIT = 500_000


class Place(NamedTuple):
    """A camera's street and district (None where the areas name none)."""

    street: str | None
    district: str | None


NOWHERE = Place(None, None)


def world_xy(latitude: float, longitude: float) -> tuple[float, float]:
    """Web Mercator position in [0, 1) × [0, 1), y growing southwards (as the stores keep)."""
    lat = max(-MAX_LATITUDE, min(MAX_LATITUDE, latitude))
    s = math.sin(math.radians(lat))
    return (longitude + 180.0) / 360.0, 0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)


def decode(blob: bytes) -> list[list[tuple[float, float]]]:
    """A stored geometry (little-endian int32 ``[parts, n_1 .. n_parts, x0, y0, …]``) as parts
    of world (x, y)."""
    data = array("i")
    data.frombytes(blob[: len(blob) - len(blob) % 4])
    if sys.byteorder == "big":
        data.byteswap()
    if not data:
        return []
    count = data[0]
    sizes, coords = data[1 : 1 + count], data[1 + count :]
    parts: list[list[tuple[float, float]]] = []
    start = 0
    for size in sizes:
        part = coords[start : start + 2 * size]
        start += 2 * size
        parts.append(
            [(part[i] / COORDINATE_SCALE, part[i + 1] / COORDINATE_SCALE)
             for i in range(0, len(part) - 1, 2)]
        )  # fmt: skip
    return parts


def line_distance(points: Sequence[tuple[float, float]], x: float, y: float) -> float:
    """The shortest distance from (x, y) to a polyline (same units); inf for no points."""
    if not points:
        return math.inf
    if len(points) == 1:
        return math.hypot(points[0][0] - x, points[0][1] - y)
    best = math.inf
    for (ax, ay), (bx, by) in zip(points, points[1:], strict=False):
        dx, dy = bx - ax, by - ay
        length = dx * dx + dy * dy
        t = 0.0 if length <= 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / length))
        best = min(best, math.hypot(ax + t * dx - x, ay + t * dy - y))
    return best


class _Area:
    """One basemap store, opened read-only."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        try:
            meta = dict(self.db.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.Error as error:
            self.db.close()
            raise ValueError(f"{path.name} is not a SurveyApp offline map area ({error})") from None
        if meta.get("format") != FORMAT_VERSION:
            self.db.close()
            raise ValueError(f"{path.name} is an offline map area of another format")
        south, west, north, east = (float(v) for v in meta["bounds"].split(","))
        self.bounds = (south - 0.02, west - 0.02, north + 0.02, east + 0.02)
        self.attribution = meta.get("attribution") or "© OpenStreetMap contributors"

    def covers(self, latitude: float, longitude: float) -> bool:
        south, west, north, east = self.bounds
        return south <= latitude <= north and west <= longitude <= east

    def nearest(
        self, x: float, y: float, radius: float, kinds: Iterable[int]
    ) -> tuple[float, str] | None:
        """(distance, name) of the nearest named feature of ``kinds`` within ``radius``."""
        wanted = tuple(kinds)
        rows = self.db.execute(
            "SELECT f.name, f.geometry FROM feature_box b JOIN feature f ON f.id = b.id "
            "WHERE b.x0 <= ? AND b.x1 >= ? AND b.y0 <= ? AND b.y1 >= ? AND f.name IS NOT NULL "
            f"AND f.kind IN ({','.join('?' * len(wanted))})",
            (x + radius, x - radius, y + radius, y - radius, *wanted),
        ).fetchall()
        best: tuple[float, str] | None = None
        for name, blob in rows:
            distance = min((line_distance(part, x, y) for part in decode(blob)), default=math.inf)
            if distance <= radius and (best is None or (distance, name) < best):
                best = (distance, name)
        return best


class PlaceFinder:
    """Names a position's street and district from the coordinator's offline map areas.
    Answers are kept per position (a camera is looked up once while it stays put)."""

    def __init__(self, paths: Iterable[str | Path]) -> None:
        self.areas: list[_Area] = []
        for path in _store_files(paths):
            try:
                self.areas.append(_Area(path))
            except (ValueError, sqlite3.Error) as error:
                log.warning("street names: %s left out: %s", path, error)
        self._lock = threading.Lock()
        self._cache: dict[tuple[float, float], Place] = {}

    @property
    def attribution(self) -> str:
        """The areas' data licence notice (OSM names must say where they come from)."""
        return "; ".join(sorted({area.attribution for area in self.areas}))

    def find(self, latitude: float, longitude: float) -> Place:
        """The street and district at a position (NOWHERE when no area covers it)."""
        key = (latitude, longitude)
        with self._lock:
            known = self._cache.get(key)
            if known is not None:
                return known
            found = self._look_up(latitude, longitude)
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[key] = found
            return found

    def _look_up(self, latitude: float, longitude: float) -> Place:
        x, y = world_xy(latitude, longitude)
        per_unit = EARTH_CIRCUMFERENCE_M * math.cos(math.radians(latitude))
        street: tuple[float, str] | None = None
        district: tuple[float, str] | None = None
        for area in self.areas:
            if not area.covers(latitude, longitude):
                continue
            try:
                near = area.nearest(x, y, MAX_STREET_M / per_unit, STREET_KINDS)
                place = area.nearest(x, y, MAX_DISTRICT_M / per_unit, DISTRICT_KINDS)
            except sqlite3.Error as error:  # a damaged area: the others still answer
                log.warning("street names: %s: %s", area.path, error)
                continue
            if near is not None and (street is None or near < street):
                street = near
            if place is not None and (district is None or place < district):
                district = place
        return Place(street[1] if street else None, district[1] if district else None)

    def close(self) -> None:
        """Release the files."""
        for area in self.areas:
            area.db.close()


def _store_files(paths: Iterable[str | Path]) -> list[Path]:
    """The store files named, and those in the folders named (never hidden partial ones)."""
    files: list[Path] = []
    for entry in paths:
        path = Path(entry)
        if path.is_dir():
            files += sorted(
                p for p in path.glob(f"*{SUFFIX}") if p.is_file() and not p.name.startswith(".")
            )
        elif path.is_file():
            files.append(path)
        else:
            log.warning("street names: %s does not exist", path)
    return files
