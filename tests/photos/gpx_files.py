"""GPX files written the way phone logger apps write them, for the geotagging tests.

A walk is made from a start point, a bearing and a speed with geopy's geodesic (an independent
reference for where the walker was at every second); the file has several segments, elevation,
HDOP, and times with ``Z``, with an offset or with no zone at all, in GPX 1.1 or 1.0.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from geopy.distance import geodesic


@dataclass(frozen=True)
class Fix:
    time: datetime  # aware, UTC
    latitude: float
    longitude: float
    elevation: float | None = None


def walk(
    start: tuple[float, float],
    begin: datetime,
    seconds: int,
    *,
    step: int = 5,
    bearing: float = 90.0,
    speed: float = 1.4,
    elevation: float | None = 117.0,
) -> list[Fix]:
    """A straight walk: one fix every ``step`` seconds for ``seconds`` seconds."""
    return [
        Fix(begin + timedelta(seconds=t), *where(start, t * speed, bearing), elevation)
        for t in range(0, seconds + 1, step)
    ]


def where(start: tuple[float, float], metres: float, bearing: float) -> tuple[float, float]:
    """The point ``metres`` from ``start`` along ``bearing`` (geodesic)."""
    point = geodesic(meters=metres).destination(start, bearing)
    longitude = (point.longitude + 180.0) % 360.0 - 180.0
    return point.latitude, longitude


def _time(value: datetime, style: str) -> str:
    if style == "z":
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if style == "offset":  # the same instant written in local time with its offset
        local = value.astimezone(UTC) + timedelta(hours=2)
        return local.strftime("%Y-%m-%dT%H:%M:%S+02:00")
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")  # no zone: UTC by the standard


def gpx_text(
    segments: list[list[Fix]],
    *,
    version: str = "1.1",
    time_style: str = "z",
    hdop: float | None = 1.2,
    waypoints: list[Fix] = (),  # type: ignore[assignment]
) -> str:
    """A GPX document with one track of these segments."""
    if version == "1.1":
        head = (
            '<gpx version="1.1" creator="GPSLogger 131 - http://gpslogger.mendhak.com/" '
            'xmlns="http://www.topografix.com/GPX/1/1" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        )
    else:
        head = '<gpx version="1.0" creator="OsmAnd" xmlns="http://www.topografix.com/GPX/1/0">'
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', head]
    for fix in waypoints:
        lines.append(
            f'<wpt lat="{fix.latitude:.8f}" lon="{fix.longitude:.8f}">'
            f"<time>{_time(fix.time, time_style)}</time><name>WP</name></wpt>"
        )
    lines.append("<trk><name>Walk</name>")
    for segment in segments:
        lines.append("<trkseg>")
        for fix in segment:
            parts = [f'<trkpt lat="{fix.latitude:.8f}" lon="{fix.longitude:.8f}">']
            if fix.elevation is not None:
                parts.append(f"<ele>{fix.elevation:.1f}</ele>")
            parts.append(f"<time>{_time(fix.time, time_style)}</time>")
            if hdop is not None:
                parts.append(f"<hdop>{hdop}</hdop>")
            parts.append("</trkpt>")
            lines.append("".join(parts))
        lines.append("</trkseg>")
    lines.append("</trk></gpx>")
    return "\n".join(lines)


def write_gpx(path: Path, segments: list[list[Fix]], **options: object) -> Path:
    """Write ``gpx_text`` to ``path``."""
    path.write_text(gpx_text(segments, **options), encoding="utf-8")  # type: ignore[arg-type]
    return path
