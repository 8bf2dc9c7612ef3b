"""A basemap store: one SQLite file of map features with R-tree indexes, read by the map and the
street lookup.

Tables: ``meta`` (name, source, bounds, counts), ``feature`` (kind, minimum zoom, name, geometry
blob in world coordinates, see geometry.py) with the R-tree ``feature_box``; ``label`` (where a
name is written: position, angle, room along the line) for the map's labels; ``junction``
(points where named streets meet, with their names) with ``junction_box``. A store is written
whole into a hidden ``.partial`` file and renamed when complete, so a cancelled or failed
preparation never leaves half a store where the map would read it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

import numpy as np

from surveyapp.basemap.geometry import FloatArray, decode, encode, lat_lon

FORMAT_VERSION = "1"
SUFFIX = ".basemap.sqlite"


class Kind(IntEnum):
    """What a feature is; areas are drawn first, then lines by rank, then points."""

    LAND = 1  # Natural Earth 1:50m, to zoom 5
    LAND_DETAIL = 2  # Natural Earth 1:10m, from zoom 6
    PARK = 3
    WATER = 4
    BUILDING = 5
    COASTLINE = 10
    BORDER = 11
    RIVER = 12
    RAIL = 13
    PATH = 20
    SERVICE = 21
    STREET = 22  # residential, unclassified, living street
    PEDESTRIAN = 23
    TERTIARY = 24
    SECONDARY = 25
    PRIMARY = 26
    TRUNK = 27
    MOTORWAY = 28
    SUBURB = 40
    VILLAGE = 41
    TOWN = 42
    CITY = 43
    CAPITAL = 44


AREAS = (Kind.LAND, Kind.LAND_DETAIL, Kind.PARK, Kind.WATER, Kind.BUILDING)
ROADS = tuple(k for k in Kind if Kind.PATH <= k <= Kind.MOTORWAY)
PLACES = tuple(k for k in Kind if k >= Kind.SUBURB)
# Streets a camera's address is taken from (not footpaths, not service roads).
STREETS = tuple(k for k in ROADS if k >= Kind.STREET)


@dataclass(frozen=True)
class StoreInfo:
    """What a store holds, as the offline-map settings list it."""

    path: Path
    name: str
    source: str
    bounds: tuple[float, float, float, float]  # south, west, north, east (degrees)
    objects: int  # OSM objects read
    features: int
    named_streets: int
    size: int  # bytes on disk

    def covers(self, latitude: float, longitude: float, margin: float = 0.005) -> bool:
        """Whether a position lies within the store's bounds (plus ``margin`` degrees)."""
        south, west, north, east = self.bounds
        return (
            south - margin <= latitude <= north + margin
            and west - margin <= longitude <= east + margin
        )


@dataclass(frozen=True)
class Labels:
    """Every label of a store, as arrays the map culls per frame."""

    x: FloatArray
    y: FloatArray
    angle: FloatArray  # degrees
    room: FloatArray  # world units of line the text may cover (0 for points)
    kind: np.ndarray
    minzoom: np.ndarray
    names: list[str]


_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE feature (id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, minzoom INTEGER NOT NULL,
                      name TEXT, geometry BLOB NOT NULL);
CREATE VIRTUAL TABLE feature_box USING rtree(id, x0, x1, y0, y1);
CREATE TABLE label (id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, minzoom INTEGER NOT NULL,
                    name TEXT NOT NULL, x REAL NOT NULL, y REAL NOT NULL, angle REAL NOT NULL,
                    room REAL NOT NULL);
CREATE TABLE junction (id INTEGER PRIMARY KEY, x REAL NOT NULL, y REAL NOT NULL,
                       names TEXT NOT NULL);
CREATE VIRTUAL TABLE junction_box USING rtree(id, x0, x1, y0, y1);
"""


class StoreWriter:
    """Writes a new store into ``path`` + ``.partial``; ``commit`` renames it into place."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.partial = path.with_name(f".{path.name}.partial")
        self.partial.unlink(missing_ok=True)
        self._db = sqlite3.connect(self.partial)
        # A temporary file: a crash leaves a .partial that the next preparation deletes.
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.executescript(_SCHEMA)
        self._features: list[tuple[int, int, int, str | None, bytes]] = []
        self._boxes: list[tuple[int, float, float, float, float]] = []
        self._next = 1
        self.count = 0

    def add(self, kind: Kind, minzoom: int, name: str | None, parts: list[FloatArray]) -> int:
        """Add a feature (lines, rings or one point as parts of world x, y); returns its id."""
        every = np.concatenate(parts)
        feature_id = self._next
        self._next += 1
        self._features.append((feature_id, int(kind), minzoom, name, encode(parts)))
        x0, y0 = every.min(axis=0)
        x1, y1 = every.max(axis=0)
        self._boxes.append((feature_id, float(x0), float(x1), float(y0), float(y1)))
        self.count += 1
        if len(self._features) >= 5000:
            self._flush()
        return feature_id

    def _flush(self) -> None:
        self._db.executemany("INSERT INTO feature VALUES (?, ?, ?, ?, ?)", self._features)
        self._db.executemany("INSERT INTO feature_box VALUES (?, ?, ?, ?, ?)", self._boxes)
        self._features.clear()
        self._boxes.clear()

    def add_labels(self, rows: Iterable[tuple[int, int, str, float, float, float, float]]) -> None:
        """Labels as (kind, minzoom, name, x, y, angle, room)."""
        self._db.executemany(
            "INSERT INTO label (kind, minzoom, name, x, y, angle, room) VALUES (?,?,?,?,?,?,?)",
            rows,
        )

    def add_junctions(self, rows: Iterable[tuple[float, float, list[str]]]) -> None:
        """Points where named streets meet, with the names."""
        for x, y, names in rows:
            cursor = self._db.execute(
                "INSERT INTO junction (x, y, names) VALUES (?, ?, ?)",
                (x, y, json.dumps(sorted(names), ensure_ascii=False)),
            )
            self._db.execute(
                "INSERT INTO junction_box VALUES (?, ?, ?, ?, ?)", (cursor.lastrowid, x, x, y, y)
            )

    def commit(self, meta: dict[str, str]) -> Path:
        """Write the metadata, make the file durable and rename it into place."""
        self._flush()
        self._db.executemany(
            "INSERT INTO meta VALUES (?, ?)", [*meta.items(), ("format", FORMAT_VERSION)]
        )
        self._db.commit()
        self._db.close()
        with open(self.partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(self.partial, self.path)
        return self.path

    def abandon(self) -> None:
        """Drop the partial file (cancel, error)."""
        try:
            self._db.close()
        finally:
            self.partial.unlink(missing_ok=True)


class Store:
    """A store opened read-only. Safe to share between threads (one lock around the file)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        try:
            meta = dict(self._db.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.Error as error:
            self._db.close()
            raise ValueError(f"{path.name} is not a SurveyApp basemap ({error})") from error
        if meta.get("format") != FORMAT_VERSION:
            self._db.close()
            raise ValueError(f"{path.name} is a basemap of another format: prepare it again")
        self.meta = meta
        south, west, north, east = (float(v) for v in meta["bounds"].split(","))
        self.info = StoreInfo(
            path, meta.get("name", path.name), meta.get("source", ""), (south, west, north, east),
            int(meta.get("objects", 0)), int(meta.get("features", 0)),
            int(meta.get("named_streets", 0)), path.stat().st_size,
        )  # fmt: skip

    def close(self) -> None:
        """Release the file."""
        with self._lock:
            self._db.close()

    def features(
        self, box: tuple[float, float, float, float], zoom: int, kinds: Iterable[int] | None = None
    ) -> list[tuple[int, str | None, list[FloatArray]]]:
        """(kind, name, parts) of the features that touch ``box`` (x0, y0, x1, y1) and show at
        ``zoom``, in drawing order."""
        return [(k, n, decode(blob)) for k, n, blob in self.feature_rows(box, zoom, kinds)]

    def feature_rows(
        self, box: tuple[float, float, float, float], zoom: int, kinds: Iterable[int] | None = None
    ) -> list[tuple[int, str | None, bytes]]:
        """As ``features``, the geometries still encoded (decoded one at a time by the map)."""
        x0, y0, x1, y1 = box
        sql = (
            "SELECT f.kind, f.name, f.geometry FROM feature_box b JOIN feature f ON f.id = b.id "
            "WHERE b.x0 <= ? AND b.x1 >= ? AND b.y0 <= ? AND b.y1 >= ? AND f.minzoom <= ?"
        )
        parameters: list[float | int] = [x1, x0, y1, y0, zoom]
        if kinds is not None:
            wanted = sorted({int(k) for k in kinds})
            sql += f" AND f.kind IN ({','.join('?' * len(wanted))})"
            parameters += wanted
        sql += " ORDER BY f.kind, f.id"
        with self._lock:
            rows: list[tuple[int, str | None, bytes]] = self._db.execute(sql, parameters).fetchall()
        return rows

    def junctions(
        self, box: tuple[float, float, float, float]
    ) -> list[tuple[float, float, list[str]]]:
        """(x, y, names) of the junctions inside ``box``."""
        x0, y0, x1, y1 = box
        with self._lock:
            rows = self._db.execute(
                "SELECT j.x, j.y, j.names FROM junction_box b JOIN junction j ON j.id = b.id "
                "WHERE b.x0 <= ? AND b.x1 >= ? AND b.y0 <= ? AND b.y1 >= ?",
                (x1, x0, y1, y0),
            ).fetchall()
        return [(x, y, json.loads(names)) for x, y, names in rows]

    def labels(self) -> Labels:
        """Every label (read once, for the map)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT x, y, angle, room, kind, minzoom, name FROM label ORDER BY id"
            ).fetchall()
        if not rows:
            empty = np.zeros(0)
            return Labels(empty, empty, empty, empty, np.zeros(0, int), np.zeros(0, int), [])
        x, y, angle, room, kind, minzoom, names = zip(*rows, strict=True)
        return Labels(
            np.array(x), np.array(y), np.array(angle), np.array(room),
            np.array(kind, dtype=int), np.array(minzoom, dtype=int), list(names),
        )  # fmt: skip

    def street_count(self) -> int:
        """How many distinct street names the store has."""
        with self._lock:
            return int(
                self._db.execute(
                    f"SELECT count(DISTINCT name) FROM feature WHERE name IS NOT NULL "
                    f"AND kind IN ({','.join(str(int(k)) for k in STREETS)})"
                ).fetchone()[0]
            )


def bounds_text(xs: FloatArray, ys: FloatArray) -> str:
    """The meta ``bounds`` value (south, west, north, east) of world coordinates."""
    north, west = lat_lon(float(xs.min()), float(ys.min()))
    south, east = lat_lon(float(xs.max()), float(ys.max()))
    return f"{south:.6f},{west:.6f},{north:.6f},{east:.6f}"


def store_files(folder: Path) -> Iterator[Path]:
    """The complete stores in a folder (never the hidden partial ones)."""
    if folder.is_dir():
        yield from sorted(p for p in folder.glob(f"*{SUFFIX}") if not p.name.startswith("."))
