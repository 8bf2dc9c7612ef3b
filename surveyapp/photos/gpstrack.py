"""GPS tracks (GPX 1.0 and 1.1) and where a track says the volunteer was at a given instant.

A phone's logger writes track points with times (UTC by the GPX standard, sometimes without the
``Z``); routes and waypoints count too when their points are timed. Every timed point goes into
one time-ordered sequence: a photo's position is interpolated between the fixes just before and
just after its capture instant, and refused when those fixes are further apart than the allowed
gap (the logger lost the signal, or was paused) or when the photo lies outside the track's span.

A file is read with one pattern over its bytes when it is plain (as loggers write them), to the
track ElementTree's reading gives, with that otherwise, and by gpxpy when neither takes it
(docs/decisions/gpx-reader.md). Nothing here touches a database or Qt; times are seconds since
the epoch (UTC) throughout.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import operator
import os
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal, TypeVar, cast
from xml.parsers import expat

from surveyapp import pipes
from surveyapp.i18n import system_reason, translate
from surveyapp.protocol.fields import escaped_unstorable

EARTH_RADIUS_M = 6_371_008.8
# A phone's fix without a stated precision: typical open-sky accuracy of a phone GPS.
DEFAULT_FIX_ACCURACY_M = 10.0
# Metres per unit of HDOP (a common rule of thumb for consumer receivers).
HDOP_METRES = 5.0
DEFAULT_MAX_GAP_S = 60.0
MAX_TRACK_BYTES = 512 * 1024 * 1024
# A week's track is 160 MB: it is read a few megabytes (a fraction of a second) at a time, and
# a reading stopped (Cancel) ends before the next.
READ_CHUNK_BYTES = 4 * 1024 * 1024
_POINTS_BETWEEN_LOOKS = 20_000
_T = TypeVar("_T")
_K = TypeVar("_K")
_V = TypeVar("_V")


class ReadingStopped(Exception):
    """The track was being read when its reading was stopped (``stop()`` said so)."""


def _never() -> bool:
    return False


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


# Faster than this between two fixes is no walk, ride or drive: a logger's bad fix, or a waypoint
# marked elsewhere (a place bookmarked on the map) in the same time order as the track.
MAX_SPEED_M_S = 100.0
Refusal = Literal["before", "after", "gap", "jump", "empty"]


@dataclass(frozen=True)
class Refused:
    """Why the track cannot place an instant."""

    reason: Refusal
    gap: float = 0.0  # for "gap" and "jump": the seconds between the fixes around the instant
    metres: float = 0.0  # for "jump": the distance between them

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
        if self.reason == "jump":
            return translate(
                "geotag",
                "the track jumps {metres} m in {seconds} s here (a bad fix, or a waypoint marked"
                " elsewhere)",
            ).format(metres=f"{self.metres:.0f}", seconds=f"{self.gap:.0f}")
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
    """Timed fixes in time order, with the lookup the geotagger asks of them.

    The fixes are kept as columns (times, latitudes, longitudes, elevations, accuracies): a
    logger's day is a hundred thousand of them, and ``locate`` reads a handful per photo.
    """

    def __init__(self, points: Iterable[TrackPoint] = (), name: str = "") -> None:
        listed = list(points)
        self._set(
            [p.time for p in listed],
            [p.latitude for p in listed],
            [p.longitude for p in listed],
            [p.elevation for p in listed],
            [p.accuracy for p in listed],
        )
        self.name = name

    @classmethod
    def from_columns(
        cls,
        times: list[float],
        latitudes: list[float],
        longitudes: list[float],
        elevations: list[float | None],
        accuracies: list[float],
        name: str = "",
    ) -> Track:
        """A track from its fixes' columns (any order)."""
        track = cls.__new__(cls)
        track._set(times, latitudes, longitudes, elevations, accuracies)
        track.name = name
        return track

    def _set(
        self,
        times: list[float],
        latitudes: list[float],
        longitudes: list[float],
        elevations: list[float | None],
        accuracies: list[float],
    ) -> None:
        # In time order; two fixes at the same second (a logger's duplicate): keep the first.
        # A logger's file is in order already: then the columns are copied as they are.
        if all(map(operator.lt, times, itertools.islice(times, 1, None))):
            self.times, self.latitudes = list(times), list(latitudes)
            self.longitudes, self.elevations = list(longitudes), list(elevations)
            self.accuracies = list(accuracies)
            self._points: list[TrackPoint] | None = None
            return
        order = sorted(range(len(times)), key=times.__getitem__)
        if any(times[a] >= times[b] for a, b in zip(order, order[1:], strict=False)):
            order = [
                index
                for position, index in enumerate(order)
                if position == 0 or times[index] != times[order[position - 1]]
            ]
        self.times = [times[i] for i in order]
        self.latitudes = [latitudes[i] for i in order]
        self.longitudes = [longitudes[i] for i in order]
        self.elevations = [elevations[i] for i in order]
        self.accuracies = [accuracies[i] for i in order]
        self._points = None

    @property
    def points(self) -> list[TrackPoint]:
        """The fixes in time order."""
        if self._points is None:
            self._points = [
                TrackPoint(*fields)
                for fields in zip(
                    self.times,
                    self.latitudes,
                    self.longitudes,
                    self.elevations,
                    self.accuracies,
                    strict=True,
                )
            ]
        return self._points

    def __len__(self) -> int:
        return len(self.times)

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
        lats, lons, eles, accs = self.latitudes, self.longitudes, self.elevations, self.accuracies
        if times[index] == when:
            return Fix(lats[index], lons[index], eles[index], accs[index], 0.0)
        before = index - 1
        gap = times[index] - times[before]
        if gap > max_gap:
            return Refused("gap", gap)
        apart = distance_m(lats[before], lons[before], lats[index], lons[index])
        if apart > MAX_SPEED_M_S * gap:
            return Refused("jump", gap, apart)
        fraction = (when - times[before]) / gap
        lat, lon = interpolate((lats[before], lons[before]), (lats[index], lons[index]), fraction)
        elevation = None
        first, second = eles[before], eles[index]
        if first is not None and second is not None:
            elevation = first + (second - first) * fraction
        nearer = min(
            distance_m(lat, lon, lats[before], lons[before]),
            distance_m(lat, lon, lats[index], lons[index]),
        )
        accuracy = max(accs[before], accs[index]) + nearer
        return Fix(lat, lon, elevation, accuracy, gap)

    def nearest_time(
        self, latitude: float, longitude: float, within: tuple[float, float] | None = None
    ) -> tuple[float, float] | None:
        """(the time the track passed closest to a point, how far it stayed from it in metres).

        Each segment between consecutive fixes is projected on a local flat map, so that a point
        between two fixes gets the interpolated instant, not the nearer fix's. ``within``: only
        the fixes between these two times (seconds since the epoch) are looked at.
        """
        points = self.points
        if within is not None:
            low = bisect.bisect_left(self.times, within[0])
            points = points[low : bisect.bisect_right(self.times, within[1])]
        if not points:
            return None
        best: tuple[float, float] | None = None
        cos_lat = math.cos(math.radians(latitude))
        scale = math.radians(1.0) * EARTH_RADIUS_M

        def flat(point: TrackPoint) -> tuple[float, float]:
            east = (point.longitude - longitude + 180.0) % 360.0 - 180.0
            return east * cos_lat * scale, (point.latitude - latitude) * scale

        previous = points[0]
        px, py = flat(previous)
        best = (previous.time, math.hypot(px, py))
        for point in points[1:]:
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
        # In UTC first: year 1 at +01:00 is year 0 there, which no datetime holds (its
        # timestamp alone was a number, and the plan failed on it later).
        return value.astimezone(UTC).timestamp()
    except (OverflowError, ValueError, OSError):
        return None


def _accuracy(point: object) -> float:
    hdop = getattr(point, "horizontal_dilution", None)
    return _accuracy_of(hdop if isinstance(hdop, int | float) else None)


def _accuracy_of(hdop: float | None) -> float:
    """A fix's accuracy in metres from its HDOP (a phone's typical one without)."""
    if hdop is not None and math.isfinite(hdop) and hdop > 0:
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


def parse_gpx(text: str | bytes, name: str = "", stop: Callable[[], bool] = _never) -> Track:
    """A track from GPX text: the timed points of its tracks, routes and waypoints.

    A plain file (as loggers write them) is read with one pattern over its bytes; any other
    with ElementTree and the few elements a position needs, to the same result
    (docs/decisions/gpx-reader.md). A document neither takes (not XML, not a ``gpx`` root, a
    coordinate or elevation that is no number) goes to gpxpy, which reads it or says why not.
    ``stop`` is asked between steps of the plain and the element reading (not gpxpy's): when
    it says True, ReadingStopped ends the reading.
    """
    try:
        track = _read_plain(text, name, stop)
        if track is None:
            track = _read_elements(text, name, stop)
        _look(stop)
        return track if track is not None else _read_gpxpy(text, name)
    except LookupError as error:  # the XML declaration names an encoding Python lacks
        raise TrackError(
            translate("geotag", "{name} is not a GPX file SurveyApp can read: {error}").format(
                name=name or "GPX", error=str(error)[:200]
            )
        ) from None


def _not_read(name: str, why: str) -> TrackError:
    return TrackError(
        translate("geotag", "{name} is not a GPX file SurveyApp can read: {error}").format(
            name=name or "GPX", error=why
        )
    )


def _no_points(name: str) -> TrackError:
    return TrackError(
        translate(
            "geotag",
            "{name} has no point with both a time and a position on Earth: it cannot place photos",
        ).format(name=name or "GPX")
    )


def _read_gpxpy(text: str | bytes, name: str) -> Track:
    import gpxpy
    import gpxpy.gpx

    if isinstance(text, bytes):
        text = text.decode("utf-8-sig", errors="replace")
    if not text.strip():
        raise TrackError(
            translate("geotag", "{name} is empty: it holds no GPS track").format(name=name or "GPX")
        )
    try:
        document = gpxpy.parse(text)
    except (gpxpy.gpx.GPXException, ValueError) as error:
        # gpxpy's own words are English: the volunteer reads where the XML breaks, in hers.
        cause = error.__cause__
        position = getattr(cause, "position", None)
        if isinstance(cause, ElementTree.ParseError) and position is not None:
            why = translate("geotag", "its XML is broken at line {line}, column {column}").format(
                line=position[0], column=position[1] + 1
            )
        else:
            why = translate("geotag", "a value in it is not one GPX allows")
        raise _not_read(name, why) from None
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
        raise _other_document(text, name) or _no_points(name)
    return Track(points, name)


def _other_document(text: str, name: str) -> TrackError | None:
    """A KML or another XML file named .gpx, which gpxpy reads as a track with no point."""
    try:
        tag = ElementTree.fromstring(text).tag
    except (ElementTree.ParseError, ValueError):
        return None
    element = tag[tag.index("}") + 1 :] if tag.startswith("{") else tag
    if element == "gpx":
        return None
    return _not_read(
        name,
        translate("geotag", "it is a <{element}> document, not a GPX track").format(
            element=escaped_unstorable(element)[:40]
        ),
    )


def _look(stop: Callable[[], bool]) -> None:
    if stop():
        raise ReadingStopped


class _NotRead(Exception):
    """A point the element reader leaves to gpxpy (which reads the whole file again)."""


def _number(text: str | None) -> float | None:
    """An optional number element as gpxpy reads it (absent or empty: None)."""
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise _NotRead from None  # gpxpy refuses the file and says which value


class _Times:
    """GPX times to seconds since the epoch, exactly as gpxpy's reading and ``_epoch`` give
    them (the same pattern; None where gpxpy has no time), without a datetime per fix."""

    def __init__(self) -> None:
        from gpxpy.gpxfield import RE_TIMESTAMP, SimpleTZ

        self.pattern = RE_TIMESTAMP
        self.zone = SimpleTZ
        self.hours: dict[tuple[str, str, str, str], int | None] = {}
        self.offsets: dict[str | None, int] = {None: 0, "Z": 0}

    def _hour(self, key: tuple[str, str, str, str]) -> int | None:
        try:
            start = datetime(int(key[0]), int(key[1]), int(key[2]), int(key[3]), tzinfo=UTC)
        except ValueError:
            return None  # no such day or hour: gpxpy has no time either
        return (start - _EPOCH) // timedelta(seconds=1)

    def epoch(self, text: str | None) -> float | None:
        """Seconds since the epoch (UTC), or None."""
        if not text:
            return None
        match = self.pattern.match(text)
        if match is None:
            return None
        year, month, day, hour, minute, second, fraction, zone = match.groups()
        if year in ("0000", "0001", "9999"):
            return _epoch(_gpxpy_time(text))  # an offset may push it out of range
        key = (year, month, day, hour)
        start = self.hours.get(key, -1)
        if start == -1:
            start = self.hours[key] = self._hour(key)
        minutes, seconds = int(minute), int(second)
        if start is None or minutes > 59 or seconds > 59:
            return None
        offset = self.offsets.get(zone)
        if offset is None:
            offset = self.offsets[zone] = self.zone(zone).offset
        if abs(offset) >= 24 * 60:
            return None  # datetime refuses such an offset
        micro = int((fraction[1:7] + "000000")[:6]) if fraction else 0
        whole = start + minutes * 60 + seconds - offset * 60
        return (whole * 1_000_000 + micro) / 1_000_000


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _gpxpy_time(text: str) -> datetime | None:
    from gpxpy.gpxfield import TimeConverter

    value: datetime | None = TimeConverter().from_string(text)
    return value


def _read_elements(
    text: str | bytes,
    name: str,
    stop: Callable[[], bool] = _never,
    chunk: int = READ_CHUNK_BYTES,
) -> Track | None:
    """The track read straight from the elements, or None to leave the file to gpxpy."""
    parser = ElementTree.XMLParser()  # as ElementTree.fromstring, fed a chunk at a time
    try:
        for start in range(0, len(text), chunk):
            _look(stop)
            parser.feed(text[start : start + chunk])
        root = parser.close()
    except (ElementTree.ParseError, ValueError):
        return None  # gpxpy says what is wrong with it
    tag = root.tag
    space = tag[: tag.index("}") + 1] if tag.startswith("{") else ""
    if tag[len(space) :] != "gpx":
        return None
    times: list[float] = []
    latitudes: list[float] = []
    longitudes: list[float] = []
    elevations: list[float | None] = []
    accuracies: list[float] = []
    clock = _Times()
    time_tag, ele_tag, hdop_tag = f"{space}time", f"{space}ele", f"{space}hdop"
    paths = (f"{space}trk/{space}trkseg/{space}trkpt", f"{space}rte/{space}rtept", f"{space}wpt")
    try:
        for path in paths:
            for count, point in enumerate(root.iterfind(path)):
                if count % _POINTS_BETWEEN_LOOKS == 0:
                    _look(stop)
                latitude, longitude = point.get("lat"), point.get("lon")
                if latitude is None or longitude is None:
                    return None  # gpxpy: a point needs both
                lat, lon = float(latitude), float(longitude)
                elevation = _number(point.findtext(ele_tag))
                hdop = _number(point.findtext(hdop_tag))
                when = clock.epoch(point.findtext(time_tag))
                if when is None or not _valid(lat, lon):
                    continue
                if elevation is not None and not math.isfinite(elevation):
                    elevation = None
                times.append(when)
                latitudes.append(lat)
                longitudes.append(lon)
                elevations.append(elevation)
                accuracies.append(_accuracy_of(hdop))
    except (_NotRead, ValueError):
        return None
    if not times:
        return None  # gpxpy finds none either, and says so; or reads what this did not
    return Track.from_columns(times, latitudes, longitudes, elevations, accuracies, name)


# The plain reading. ElementTree makes an object of every element, half a million in a logger's
# day; but most files are plainer than XML allows: UTF-8, no comment, CDATA, DOCTYPE or
# processing instruction, each point's children in the schema's order. In such a file one
# pattern cuts out the points, and their values are read as columns. What is left (the root,
# tracks, segments, metadata: a few lines) is parsed by ElementTree with a marker in place of
# each run of points, which proves that every point taken is one the element reader takes, in
# its order. A file the pattern does not take exactly is left to the element reader.


def _quoted(name: str) -> str:
    return rf"""(?:"(?P<{name}_d>[^"]*)"|'(?P<{name}_s>[^']*)')"""


def _other(name: str) -> str:
    """A child geotagging does not read (GPX: magvar … sat, vdop … dgpsid; a link)."""
    return rf"""(?:
        <(?!(?:ele|time|hdop)[\s/>])(?P<{name}>[A-Za-z_][\w.\-]*)(?:/>|>[^<]*</(?P={name})>)
      | <link\s+href\s*=\s*(?:"[^"<]*"|'[^'<]*')\s*
            (?:/>|>\s*(?:<text>[^<]*</text>\s*)?(?:<type>[^<]*</type>\s*)?</link>)
    )\s*"""


# Values may hold "&" here: a reference makes a number no number (and so the file goes to the
# element reader), and a time is checked for one.
_POINT = rf"""
<(?P<tag>trkpt|rtept|wpt)\s+(?:
    lat="(?P<lat>[^"]*)"\s+lon="(?P<lon>[^"]*)"  # as loggers write them
  | lat\s*=\s*{_quoted("lat1")}\s+lon\s*=\s*{_quoted("lon1")}
  | lon\s*=\s*{_quoted("lon2")}\s+lat\s*=\s*{_quoted("lat2")}
)\s*(?:/>|>\s*
    (?:<ele>(?P<ele>[^<]*)</ele>\s*)?+
    (?:<time>(?P<time>[^<]*)</time>\s*)?+
    (?:{_other("before_hdop")})*+
    (?:<hdop>(?P<hdop>[^<]*)</hdop>\s*)?+
    (?:{_other("after_hdop")})*+
    (?:<extensions>(?P<extensions>)  # (not past another point: bounded in a broken file)
        (?:[^<]++|<(?![!?]|/extensions>|/(?P=tag)>|(?:trkpt|rtept|wpt)[\s/>]))*+
        </extensions>\s*)?+
</(?P=tag)>)\s*
"""
_OTHER_LATITUDES = ("lat1_d", "lat1_s", "lat2_d", "lat2_s")
_OTHER_LONGITUDES = ("lon1_d", "lon1_s", "lon2_d", "lon2_s")
_DECLARATION = rb"""<\?xml\s+version\s*=\s*(?:"[^"]*"|'[^']*')
    (?:\s+encoding\s*=\s*(?:"(?P<d>[^"]*)"|'(?P<s>[^']*)'))?
    (?:\s+standalone\s*=\s*(?:"[^"]*"|'[^']*'))?\s*\?>"""
_RUN = "surveyapp-run"  # the marker's attribute
# Every byte XML allows outside UTF-8 sequences: none of the C0 controls but tab and newlines.
_XML_BYTES = bytes(sorted({9, 10, 13, *range(32, 256)}))
# A plain time, "2026-05-04T06:00:00Z": its minute, then ":SSZ" (the seconds it adds).
_MINUTE = operator.itemgetter(slice(0, 16))
_AFTER_MINUTE = operator.itemgetter(slice(16, None))
_SECONDS = {b":%02dZ" % second: float(second) for second in range(60)}


@functools.cache
def _patterns() -> tuple[re.Pattern[bytes], re.Pattern[bytes], re.Pattern[bytes]]:
    """The point, the XML declaration, a plain time's minute (compiled when first read)."""
    return (
        re.compile(_POINT.encode(), re.VERBOSE),
        re.compile(_DECLARATION, re.VERBOSE),
        re.compile(rb"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}"),
    )


class _Memo(dict[_K, _V]):
    """A function's value for each argument, computed once: ``map(memo.__getitem__, …)``
    stays in C but for the first of each argument."""

    def __init__(self, function: Callable[[_K], _V]) -> None:
        super().__init__()
        self.function = function

    def __missing__(self, key: _K) -> _V:
        value = self[key] = self.function(key)
        return value


def _read_plain(
    text: str | bytes,
    name: str,
    stop: Callable[[], bool] = _never,
    chunk: int = READ_CHUNK_BYTES,
) -> Track | None:
    """The track read with the point pattern, or None to leave the file to the element reader
    (this gives a track only when it is the one the element reader gives)."""
    point, declaration, _ = _patterns()
    try:
        data = text.encode() if isinstance(text, str) else text
    except UnicodeEncodeError:
        return None
    start = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    declared = declaration.match(data, start)
    encoding = (declared and (declared["d"] or declared["s"]) or b"utf-8").lower()
    if encoding not in (b"utf-8", b"us-ascii") or (encoding == b"us-ascii" and not data.isascii()):
        return None
    if b"\x00" in data or (declared is None and data.startswith(b"<?xml", start)):
        return None  # UTF-16 or UTF-32; a declaration this does not read
    if b"!" in data and b"<!" in data:
        return None  # a comment, CDATA or DOCTYPE: no need to cut the points out first
    plain = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n") if b"\r" in data else data
    parts = _split(point, plain, chunk, stop)
    stride = point.groups + 1

    def column(group: str) -> list[bytes | None]:
        return parts[point.groupindex[group] :: stride]

    tags = cast(list[bytes], column("tag"))
    if not tags:
        return None
    spans = _plain_spans(cast(list[bytes], parts[::stride]), tags, declared is not None)
    extensions = column("extensions")
    if spans is None or not _well_formed(data, extensions.count(None) != len(extensions)):
        return None
    try:
        _look(stop)
        latitudes = _floats(column("lat"), _OTHER_LATITUDES, column)
        _look(stop)
        longitudes = _floats(column("lon"), _OTHER_LONGITUDES, column)
        _look(stop)
        elevations = list(map(_Memo(_elevation).__getitem__, column("ele")))
        accuracies = list(map(_Memo(_plain_accuracy).__getitem__, column("hdop")))
        _look(stop)
        texts = column("time")
        if b"&" in data and b"&" in b"".join(filter(None, texts)):
            return None  # a reference in a time (ElementTree resolves it; a number's fails)
        times = _plain_times(texts)
    except (_NotRead, ValueError):
        return None
    _look(stop)
    if any(before.start > after.start for before, after in itertools.pairwise(spans)):
        order = list(itertools.chain.from_iterable(spans))  # waypoints before the track
        times, latitudes, longitudes = (_reorder(c, order) for c in (times, latitudes, longitudes))
        elevations, accuracies = _reorder(elevations, order), _reorder(accuracies, order)
    if math.isnan(sum(times)) or not _all_valid(latitudes, longitudes):
        keep = [
            when == when and _valid(lat, lon)
            for when, lat, lon in zip(times, latitudes, longitudes, strict=True)
        ]
        times, latitudes, longitudes, accuracies = (
            list(itertools.compress(c, keep)) for c in (times, latitudes, longitudes, accuracies)
        )
        elevations = list(itertools.compress(elevations, keep))
        if not times:
            return None  # the element reader finds none either
    return Track.from_columns(times, latitudes, longitudes, elevations, accuracies, name)


# Where a chunk of the plain reading may end: at a point's start, which no point the pattern
# takes holds (in an extension it is refused; as a child it would need no attribute), but in
# an attribute's value (where XML forbids "<": then the text around the points is no XML).
_POINT_START = re.compile(rb"<(?:trkpt|rtept|wpt)\s")


def _split(
    point: re.Pattern[bytes], plain: bytes, chunk: int, stop: Callable[[], bool]
) -> list[bytes | None]:
    """``point.split(plain)``, a chunk at a time, asking ``stop`` before each.

    A chunk ends just before a point's start, so that no point runs across two chunks: then
    each chunk's points are the whole text's, and the text after one chunk's last point and
    before the next one's first is the whole text's between those two.
    """
    parts: list[bytes | None] = []
    gap: list[bytes] = []  # the text after the last point so far, chunk by chunk
    start = 0
    while True:
        _look(stop)
        found = _POINT_START.search(plain, start + chunk) if start + chunk < len(plain) else None
        end = len(plain) if found is None else found.start()
        pieces: list[bytes | None] = point.split(plain[start:end])
        gap.append(cast(bytes, pieces[0]))
        if len(pieces) > 1:
            parts.append(b"".join(gap))
            parts += pieces[1:-1]
            gap = [cast(bytes, pieces[-1])]
        if found is None:
            parts.append(b"".join(gap))
            return parts
        start = end


def _plain_spans(gaps: list[bytes], tags: list[bytes], declared: bool) -> list[range] | None:
    """The points (indices into ``tags``) in runs, in the order the element reader takes
    them; None if the text around them is not plain, or a point is not where it looks.

    ``gaps`` is the text before each point (after its whitespace) and after the last. A run is
    the points with nothing between them, and stands in the rest of the document as one marker.
    """
    count = len(tags)
    bounds = [0, *itertools.compress(range(1, count), gaps[1:count]), count]
    mixed = tags.count(tags[0]) != count  # track points, route points, waypoints
    pieces: list[bytes] = []
    for run, (first, end) in enumerate(itertools.pairwise(bounds)):
        kind = tags[first]
        if mixed and tags[first:end].count(kind) != end - first:
            return None  # a track point beside a waypoint: one of them is misplaced
        pieces += (gaps[first], b'<%s %s="%d"/>' % (kind, _RUN.encode(), run))
    pieces.append(gaps[count])
    rest = b"".join(pieces)
    if b"<!" in rest or rest.count(b"<?") != declared:
        return None  # a comment, CDATA, DOCTYPE or processing instruction
    try:
        root = ElementTree.fromstring(rest)
    except ElementTree.ParseError:
        return None
    tag = root.tag
    space = tag[: tag.index("}") + 1] if tag.startswith("{") else ""
    if tag[len(space) :] != "gpx":
        return None
    paths = (f"{space}trk/{space}trkseg/{space}trkpt", f"{space}rte/{space}rtept", f"{space}wpt")
    runs = [marker.get(_RUN) for path in paths for marker in root.iterfind(path)]
    if len(runs) != len(bounds) - 1 or set(runs) != {str(run) for run in range(len(runs))}:
        return None  # a point the pattern did not take, or a run where the reader does not look
    return [range(bounds[int(run)], bounds[int(run) + 1]) for run in runs if run is not None]


def _well_formed(data: bytes, extensions: bool) -> bool:
    """Whether ElementTree parses ``data``, whose points the pattern took.

    ElementTree has parsed the rest already; the points the pattern takes are names, values
    and whitespace, well-formed in a file with no reference (``&``), no ``]]>``, no byte XML
    forbids, and UTF-8. Otherwise, or when points have extensions (anything inside), expat
    parses the file as ElementTree does but builds nothing: in C, a sixth of the element
    reader's time.
    """
    if (
        not extensions
        and b"&" not in data
        and (b"]" not in data or b"]]>" not in data)
        and not data.translate(None, _XML_BYTES)
        and (data.isascii() or _utf8(data))
    ):
        return True
    parser = expat.ParserCreate(None, "}")  # ElementTree's, without handlers
    try:
        parser.Parse(data, True)
    except expat.ExpatError:
        return False
    return True


def _utf8(data: bytes) -> bool:
    try:
        text = data.decode()
    except UnicodeDecodeError:
        return False
    return "\ufffe" not in text and "\uffff" not in text


def _floats(
    values: list[bytes | None],
    others: tuple[str, ...],
    column: Callable[[str], list[bytes | None]],
) -> list[float]:
    """Coordinates as float() reads them; a non-ASCII one raises ValueError (the element
    reader's str takes Unicode digits and spaces: better it reads that file)."""
    if None in values:  # not all written lat="…" lon="…": the one alternative that matched
        rows = zip(values, *map(column, others), strict=True)
        return list(map(float, (b"".join(filter(None, row)) for row in rows)))
    return list(map(float, cast(list[bytes], values)))


def _elevation(text: bytes | None) -> float | None:
    value = _number(None if text is None else text.decode())
    return value if value is not None and math.isfinite(value) else None


def _plain_accuracy(text: bytes | None) -> float:
    return _accuracy_of(_number(None if text is None else text.decode()))


def _plain_times(texts: list[bytes | None]) -> list[float]:
    """Seconds since the epoch as ``_Times.epoch`` reads the texts (NaN: no time).

    A plain time ("2026-05-04T06:00:00Z") is its minute's start plus its seconds, so
    ``_Times`` reads one time a minute; any other it reads whole.
    """
    clock = _Times()
    whole = cast(list[bytes], texts) if None not in texts else [text or b"" for text in texts]
    starts = _Memo(functools.partial(_minute_start, clock))
    times = list(
        map(
            operator.add,
            map(starts.__getitem__, map(_MINUTE, whole)),
            map(_SECONDS.get, map(_AFTER_MINUTE, whole), itertools.repeat(math.nan)),
        )
    )
    for index in itertools.compress(range(len(times)), map(math.isnan, times)):
        if whole[index]:  # not a plain time
            when = clock.epoch(whole[index].decode())
            if when is not None:
                times[index] = when
    return times


def _minute_start(clock: _Times, minute: bytes) -> float:
    """The epoch of the minute's second 0 (NaN: read each time whole)."""
    if _patterns()[2].fullmatch(minute) is None or minute[:4] in (b"0000", b"0001", b"9999"):
        return math.nan
    when = clock.epoch(minute.decode() + ":00Z")
    return math.nan if when is None else when


def _all_valid(latitudes: list[float], longitudes: list[float]) -> bool:
    """Whether ``_valid`` holds for every point (False: look at each), in C loops."""
    return (
        math.isfinite(sum(latitudes) + sum(longitudes))  # no NaN, no infinity (or an overflow)
        and min(latitudes) >= -90
        and max(latitudes) <= 90
        and min(longitudes) >= -180
        and max(longitudes) <= 180
        and (0.0 not in latitudes or (0.0, 0.0) not in zip(latitudes, longitudes, strict=True))
    )


def _reorder(values: list[_T], order: list[int]) -> list[_T]:
    return list(map(values.__getitem__, order))


def read_gpx(path: Path, stop: Callable[[], bool] = _never) -> Track:
    """The track in a GPX file (raises TrackError for a file that is not one, ReadingStopped
    once ``stop()`` says True: it is asked between steps of the reading)."""

    def waiting() -> None:  # a pipe's writer keeps the reading waiting: a stop is seen
        if stop():
            raise ReadingStopped

    try:
        # A pipe (`<(…)`, a named FIFO) is read in turns: Ctrl-C and a stop are never held up.
        with pipes.opened(path, waiting) as stream:
            if isinstance(stream, pipes.Pipe):
                data = stream.read(MAX_TRACK_BYTES + 1)
                too_large = len(data) > MAX_TRACK_BYTES
            else:
                too_large = os.fstat(stream.fileno()).st_size > MAX_TRACK_BYTES
                data = b"" if too_large else stream.read()
    except OSError as error:
        raise TrackError(
            translate("geotag", "cannot read {path}: {error}").format(
                path=path, error=system_reason(error)
            )
        ) from None
    if too_large:
        raise TrackError(
            translate("geotag", "{path} is too large for a GPS track").format(path=path)
        )
    try:
        return parse_gpx(data, escaped_unstorable(path.name), stop)  # the run names it: text
    except MemoryError:
        pass  # said below, once the traceback (and the half-read document) is let go
    del data
    raise TrackError(
        translate(
            "geotag", "{path} is too large to read in the memory this computer has free"
        ).format(path=path)
    )


def merge_tracks(tracks: list[Track]) -> Track:
    """Several tracks (files) as one sequence of fixes."""
    return Track(
        [point for track in tracks for point in track.points],
        ", ".join(track.name for track in tracks if track.name),
    )
