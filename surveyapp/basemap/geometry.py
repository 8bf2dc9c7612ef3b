"""Web Mercator "world" coordinates and the compact geometry blobs the basemap stores keep.

World coordinates run 0..1 west to east and north to south (the map's tiles use the same);
ground metres per world unit are the Earth's circumference times cos(latitude). Stored
geometries are little-endian int32 arrays ``[parts, n_1 .. n_parts, x0, y0, x1, y1, ...]`` with
coordinates in units of 2^-30 of the world (3.7 cm), decoded with one ``numpy.frombuffer``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]

MAX_LATITUDE = 85.05112878
EARTH_CIRCUMFERENCE_M = 40_075_016.686
_SCALE = float(1 << 30)


def world_xy(latitude: float, longitude: float) -> tuple[float, float]:
    """Web Mercator position in [0, 1) × [0, 1), y growing southwards."""
    lat = max(-MAX_LATITUDE, min(MAX_LATITUDE, latitude))
    s = math.sin(math.radians(lat))
    return (longitude + 180.0) / 360.0, 0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)


def lat_lon(x: float, y: float) -> tuple[float, float]:
    """The inverse of world_xy."""
    return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y)))), x * 360.0 - 180.0


def project(latitudes: npt.ArrayLike, longitudes: npt.ArrayLike) -> tuple[FloatArray, FloatArray]:
    """world_xy of many positions at once."""
    lats = np.clip(np.asarray(latitudes, float), -MAX_LATITUDE, MAX_LATITUDE)
    sin = np.sin(np.radians(lats))
    x = (np.asarray(longitudes, float) + 180.0) / 360.0
    return x, 0.5 - np.log((1 + sin) / (1 - sin)) / (4 * math.pi)


def metres_per_unit(latitude: float) -> float:
    """Ground metres in one world unit at this latitude (both axes: Mercator is conformal)."""
    return EARTH_CIRCUMFERENCE_M * math.cos(math.radians(latitude))


def encode(parts: Sequence[FloatArray]) -> bytes:
    """Lines or rings (each an (n, 2) array of world x, y) as one blob."""
    header = np.array([len(parts), *(len(part) for part in parts)], dtype="<i4")
    if not parts:
        return header.tobytes()
    coords = np.rint(np.concatenate(parts) * _SCALE).astype("<i4")
    return header.tobytes() + coords.tobytes()


def decode(blob: bytes) -> list[FloatArray]:
    """The parts of a blob, as (n, 2) arrays of world x, y; ValueError for a damaged blob (its
    header not matching its coordinates)."""
    data = np.frombuffer(blob, dtype="<i4")  # ValueError for a length not a multiple of 4
    count = int(data[0]) if len(data) else -1
    if not 0 <= count < len(data):
        raise ValueError("a damaged geometry: no header")
    sizes = data[1 : 1 + count]
    if (sizes < 0).any() or 2 * int(sizes.sum()) != len(data) - 1 - count:
        raise ValueError("a damaged geometry: its sizes do not match its coordinates")
    coords = data[1 + count :].astype(np.float64).reshape(-1, 2) / _SCALE
    return np.split(coords, np.cumsum(sizes)[:-1]) if count else []


def segment_distances(points: FloatArray, x: float, y: float) -> float:
    """The shortest distance from (x, y) to the polyline ``points`` (same units)."""
    if len(points) == 1:
        return float(math.hypot(points[0, 0] - x, points[0, 1] - y))
    a, b = points[:-1], points[1:]
    d = b - a
    lengths = (d * d).sum(axis=1)
    t = np.clip(((x - a[:, 0]) * d[:, 0] + (y - a[:, 1]) * d[:, 1]) / np.maximum(lengths, 1e-30),
                0.0, 1.0)  # fmt: skip
    px = a[:, 0] + t * d[:, 0] - x
    py = a[:, 1] + t * d[:, 1] - y
    return float(np.sqrt((px * px + py * py).min()))


def label_run(points: FloatArray) -> tuple[float, float, float, float] | None:
    """Where a name fits best along a line: the middle of its longest nearly straight run.

    Returns (x, y, angle in degrees for text reading left to right, run length), or None for a
    line of fewer than two distinct points. Consecutive segments that turn by less than 20°
    count as one run.
    """
    if len(points) < 2:
        return None
    d = np.diff(points, axis=0)
    lengths = np.hypot(d[:, 0], d[:, 1])
    keep = lengths > 0
    if not keep.any():
        return None
    d, lengths = d[keep], lengths[keep]
    starts = points[:-1][keep]
    angles = np.arctan2(d[:, 1], d[:, 0])
    turn = np.abs((np.diff(angles) + math.pi) % (2 * math.pi) - math.pi)
    breaks = np.concatenate([[0], np.nonzero(turn > math.radians(20))[0] + 1, [len(d)]])
    best, best_length = (0, 1), -1.0
    for first, last in zip(breaks[:-1], breaks[1:], strict=True):
        chord = starts[first] - (starts[last - 1] + d[last - 1])
        length = float(math.hypot(chord[0], chord[1]))
        if length > best_length:
            best, best_length = (int(first), int(last)), length
    first, last = best
    a, b = starts[first], starts[last - 1] + d[last - 1]
    angle = math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))
    if angle > 90:
        angle -= 180
    elif angle < -90:
        angle += 180
    return float((a[0] + b[0]) / 2), float((a[1] + b[1]) / 2), angle, best_length
