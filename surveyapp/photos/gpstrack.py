"""GPS tracks (GPX 1.0 and 1.1) and where a track says the volunteer was at a given instant.

A phone's logger writes track points with times (UTC by the GPX standard, sometimes without the
``Z``); routes and waypoints count too when their points are timed. Every timed point goes into
one time-ordered sequence: a photo's position is interpolated between the fixes just before and
just after its capture instant, and refused when those fixes are further apart than the allowed
gap (the logger lost the signal, or was paused) or when the photo lies outside the track's span.

Nothing here touches a database or Qt; times are seconds since the epoch (UTC) throughout.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from surveyapp.i18n import translate

EARTH_RADIUS_M = 6_371_008.8
# A phone's fix without a stated precision: typical open-sky accuracy of a phone GPS.
DEFAULT_FIX_ACCURACY_M = 10.0
# Metres per unit of HDOP (a common rule of thumb for consumer receivers).
HDOP_METRES = 5.0
DEFAULT_MAX_GAP_S = 60.0
MAX_TRACK_BYTES = 512 * 1024 * 1024


class TrackError(ValueError):
    """A file that is not a GPS track SurveyApp can use; the message says why."""


@dataclass(frozen=True)
class TrackPoint:
    """One timed fix."""

    time: float  # seconds since the epoch, UTC
    latitude: float
    longitude: float
    elevation: float | None = None
    accuracy: float = DEFAULT_FIX_ACCURACY_M  # metres


@dataclass(frozen=True)
class Fix:
    """Where the track puts an instant: interpolated position and an accuracy estimate."""

    latitude: float
    longitude: float
    elevation: float | None
    accuracy: float  # metres
    gap: float  # seconds between the fixes it was interpolated between (0 at a fix)


Refusal = Literal["before", "after", "gap", "empty"]


@dataclass(frozen=True)
class Refused:
    """Why the track cannot place an instant."""

    reason: Refusal
    gap: float = 0.0  # for "gap": the seconds without a fix around the instant

    def message(self) -> str:
        """The reason, for the volunteer."""
        if self.reason == "before":
            return translate("geotag", "taken before the track starts")
        if self.reason == "after":
            return translate("geotag", "taken after the track ends")
        if self.reason == "gap":
            return translate(
                "geotag", "taken during a gap of {seconds} s without GPS fixes in the track"
            ).format(seconds=f"{self.gap:.0f}")
        return translate("geotag", "the track has no timed points")


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres (haversine; well within a metre at these scales)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians((lon2 - lon1 + 180.0) % 360.0 - 180.0)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def interpolate(
    first: tuple[float, float], second: tuple[float, float], fraction: float
) -> tuple[float, float]:
    """The point ``fraction`` of the way from ``first`` to ``second`` (latitude, longitude),
    across the antimeridian when that is the short way."""
    lat = first[0] + (second[0] - first[0]) * fraction
    delta = (second[1] - first[1] + 180.0) % 360.0 - 180.0
    lon = first[1] + delta * fraction
    lon = (lon + 180.0) % 360.0 - 180.0
    if lon == -180.0 and first[1] > 0:
        lon = 180.0
    return lat, lon


class Track:
    """Timed fixes in time order, with the lookup the geotagger asks of them."""

    def __init__(self, points: list[TrackPoint], name: str = "") -> None:
        points = sorted(points, key=lambda point: point.time)
        # Two fixes at the same second (a logger's duplicate): keep the first.
        unique: list[TrackPoint] = []
        for point in points:
            if unique and point.time == unique[-1].time:
                continue
            unique.append(point)
        self.points = unique
        self.times = [point.time for point in unique]
        self.name = name

    def __len__(self) -> int:
        return len(self.points)

    @property
    def start(self) -> float | None:
        """The first fix's time (None: no fix)."""
        return self.times[0] if self.times else None

    @property
    def end(self) -> float | None:
        """The last fix's time (None: no fix)."""
        return self.times[-1] if self.times else None

    def locate(self, when: float, max_gap: float = DEFAULT_MAX_GAP_S) -> Fix | Refused:
        """Where the track was at ``when`` (seconds since the epoch, UTC), or why it cannot say.

        Accuracy: the fixes' own accuracy plus the distance to the nearer of the two fixes the
        position lies between (the walker's speed between them is not known).
        """
        times = self.times
        if not times:
            return Refused("empty")
        if when < times[0]:
            return Refused("before")
        if when > times[-1]:
            return Refused("after")
        index = bisect.bisect_left(times, when)
        point = self.points[index]
        if times[index] == when:
            return Fix(point.latitude, point.longitude, point.elevation, point.accuracy, 0.0)
        before = self.points[index - 1]
        gap = point.time - before.time
        if gap > max_gap:
            return Refused("gap", gap)
        fraction = (when - before.time) / gap
        lat, lon = interpolate(
            (before.latitude, before.longitude), (point.latitude, point.longitude), fraction
        )
        elevation = None
        if before.elevation is not None and point.elevation is not None:
            elevation = before.elevation + (point.elevation - before.elevation) * fraction
        nearer = min(
            distance_m(lat, lon, before.latitude, before.longitude),
            distance_m(lat, lon, point.latitude, point.longitude),
        )
        accuracy = max(before.accuracy, point.accuracy) + nearer
        return Fix(lat, lon, elevation, accuracy, gap)

    def nearest_time(self, latitude: float, longitude: float) -> tuple[float, float] | None:
        """(the time the track passed closest to a point, how far it stayed from it in metres).

        Each segment between consecutive fixes is projected on a local flat map, so that a point
        between two fixes gets the interpolated instant, not the nearer fix's.
        """
        if not self.points:
            return None
        best: tuple[float, float] | None = None
        cos_lat = math.cos(math.radians(latitude))
        scale = math.radians(1.0) * EARTH_RADIUS_M

        def flat(point: TrackPoint) -> tuple[float, float]:
            east = (point.longitude - longitude + 180.0) % 360.0 - 180.0
            return east * cos_lat * scale, (point.latitude - latitude) * scale

        previous = self.points[0]
        px, py = flat(previous)
        best = (previous.time, math.hypot(px, py))
        for point in self.points[1:]:
            qx, qy = flat(point)
            dx, dy = qx - px, qy - py
            length = dx * dx + dy * dy
            fraction = 0.0 if length == 0 else max(0.0, min(1.0, -(px * dx + py * dy) / length))
            distance = math.hypot(px + dx * fraction, py + dy * fraction)
            if distance < best[1]:
                best = (previous.time + (point.time - previous.time) * fraction, distance)
            previous, px, py = point, qx, qy
        return best


def _epoch(value: datetime | None) -> float | None:
    """GPX times are UTC; a time written without a zone is read as UTC too (None: no usable
    time, e.g. year 1 pushed out of range by its offset)."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    try:
        return value.timestamp()
    except (OverflowError, ValueError, OSError):
        return None


def _accuracy(point: object) -> float:
    hdop = getattr(point, "horizontal_dilution", None)
    if isinstance(hdop, int | float) and math.isfinite(hdop) and hdop > 0:
        return max(DEFAULT_FIX_ACCURACY_M / 2, float(hdop) * HDOP_METRES)
    return DEFAULT_FIX_ACCURACY_M


def _valid(latitude: float, longitude: float) -> bool:
    return (
        math.isfinite(latitude)
        and math.isfinite(longitude)
        and -90 <= latitude <= 90
        and -180 <= longitude <= 180
        and not (latitude == 0 and longitude == 0)
    )


def parse_gpx(text: str | bytes, name: str = "") -> Track:
    """A track from GPX text: the timed points of its tracks, routes and waypoints."""
    import gpxpy
    import gpxpy.gpx

    if isinstance(text, bytes):
        text = text.decode("utf-8-sig", errors="replace")
    try:
        document = gpxpy.parse(text)
    except (gpxpy.gpx.GPXException, ValueError) as error:
        raise TrackError(
            translate("geotag", "{name} is not a GPX file SurveyApp can read: {error}").format(
                name=name or "GPX", error=str(error)[:200]
            )
        ) from None
    raw: list[gpxpy.gpx.GPXTrackPoint | gpxpy.gpx.GPXRoutePoint | gpxpy.gpx.GPXWaypoint] = [
        point for track in document.tracks for segment in track.segments for point in segment.points
    ]
    raw += [point for route in document.routes for point in route.points]
    raw += list(document.waypoints)
    points: list[TrackPoint] = []
    for point in raw:
        when = _epoch(point.time)
        latitude, longitude = float(point.latitude), float(point.longitude)
        if when is None or not _valid(latitude, longitude):
            continue
        elevation = None if point.elevation is None else float(point.elevation)
        if elevation is not None and not math.isfinite(elevation):
            elevation = None
        points.append(TrackPoint(when, latitude, longitude, elevation, _accuracy(point)))
    if not points:
        raise TrackError(
            translate("geotag", "{name} has no points with a time: it cannot place photos").format(
                name=name or "GPX"
            )
        )
    return Track(points, name)


def read_gpx(path: Path) -> Track:
    """The track in a GPX file (raises TrackError for a file that is not one)."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise TrackError(
            translate("geotag", "cannot read {path}: {error}").format(
                path=path, error=error.strerror or error
            )
        ) from None
    if size > MAX_TRACK_BYTES:
        raise TrackError(
            translate("geotag", "{path} is too large for a GPS track").format(path=path)
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise TrackError(
            translate("geotag", "cannot read {path}: {error}").format(
                path=path, error=error.strerror or error
            )
        ) from None
    return parse_gpx(data, path.name)


def merge_tracks(tracks: list[Track]) -> Track:
    """Several tracks (files) as one sequence of fixes."""
    return Track(
        [point for track in tracks for point in track.points],
        ", ".join(track.name for track in tracks if track.name),
    )
