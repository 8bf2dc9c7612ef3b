"""The GPX element reader gives what gpxpy gives, and leaves to gpxpy what it cannot read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from surveyapp.photos.gpstrack import (
    Track,
    TrackError,
    _epoch,
    _gpxpy_time,
    _read_elements,
    _read_gpxpy,
    _Times,
    parse_gpx,
)
from tests.photos.gpx_files import Fix, gpx_text, walk, where

BELGRADE = (44.8125, 20.4612)
BEGIN = datetime(2026, 5, 4, 8, 0, 0, tzinfo=UTC)


def _columns(track: Track) -> tuple[list[Any], ...]:
    return track.times, track.latitudes, track.longitudes, track.elevations, track.accuracies


def _segments() -> list[list[Fix]]:
    """Two segments with a gap, a stretch without elevation, a duplicate fix."""
    first = walk(BELGRADE, BEGIN, 300)
    second = walk(where(BELGRADE, 600, 90), BEGIN + timedelta(seconds=600), 200, elevation=None)
    return [first, second, first[-3:]]


ODD_TIMES = [
    "2026-05-04T08:20:00.5Z",  # a fraction of a second
    "2026-05-04T08:20:01.123456789Z",  # more digits than a microsecond
    "2026-05-04 08:20:02Z",  # a space for the T
    "2026-5-4T8:20:03Z",  # one-digit fields
    "2026-05-04T10:20:04+0200",  # an offset without a colon
    "2026-05-04T10:20:05+02",  # hours only
    "2026-05-04T03:20:06\u221205:00",  # a typographic minus
    "2026-05-04T08:20:07-00:30",
    "2026-02-30T08:20:08Z",  # no such day
    "2026-05-04T24:20:09Z",  # no such hour
    "2026-05-04T08:60:10Z",
    "2026-05-04T08:20:60Z",  # a leap second
    "2026-05-04T08:20:11+99:00",  # an offset beyond a day
    "0001-01-01T00:00:00+01:00",  # before the first year once the offset is taken
    "9999-12-31T23:59:59-01:00",
    "0000-01-01T00:00:00Z",
    "2026-05-04T08:20:12 ",
    "",
    "yesterday",
]


def _odd_points() -> str:
    return "".join(
        f'<trkpt lat="44.81" lon="{20.46 + index / 1000:.3f}"><time>{text}</time></trkpt>'
        for index, text in enumerate(ODD_TIMES)
    )


@pytest.mark.parametrize("time_style", ["z", "offset", "none"])
@pytest.mark.parametrize("version", ["1.1", "1.0"])
def test_the_element_reader_reads_what_gpxpy_reads(version: str, time_style: str) -> None:
    text = gpx_text(
        _segments(),
        version=version,
        time_style=time_style,
        waypoints=walk(BELGRADE, BEGIN + timedelta(seconds=900), 30, step=10),
    )
    route = "<rte><rtept lat='44.9' lon='20.5'><time>2026-05-04T09:00:00Z</time></rtept></rte>"
    text = text.replace("<trk>", route + "<trk>", 1)
    text = text.replace("</trkseg>", _odd_points() + "</trkseg>", 1)
    fast = _read_elements(text.encode("utf-8"), "walk.gpx")
    assert fast is not None
    assert _columns(fast) == _columns(_read_gpxpy(text, "walk.gpx"))
    assert fast.name == "walk.gpx"
    # Both segments (the repeated fixes once), the waypoints, the route, ten of the odd times.
    assert len(fast) == 61 + 41 + 4 + 1 + 10


def test_without_a_namespace_with_a_byte_order_mark_and_another_encoding() -> None:
    text = gpx_text([walk(BELGRADE, BEGIN, 60)]).replace(
        ' xmlns="http://www.topografix.com/GPX/1/1"', ""
    )
    plain = _read_elements(text, "")
    assert plain is not None and _columns(plain) == _columns(_read_gpxpy(text, ""))
    marked = _read_elements(b"\xef\xbb\xbf" + text.encode("utf-8"), "")
    assert marked is not None and _columns(marked) == _columns(plain)
    latin = text.replace("UTF-8", "ISO-8859-1").replace("<name>Walk", "<name>Caf\u00e9")
    read = _read_elements(latin.encode("iso-8859-1"), "")
    assert read is not None and _columns(read) == _columns(plain)


@pytest.mark.parametrize(
    "text",
    [
        "this is not xml",
        "<gpx",
        '<track><trkpt lat="1" lon="2"><time>2026-05-04T08:00:00Z</time></trkpt></track>',
        '<gpx><wpt lon="2"><time>2026-05-04T08:00:00Z</time></wpt></gpx>',
        '<gpx><wpt lat="north" lon="2"><time>2026-05-04T08:00:00Z</time></wpt></gpx>',
        '<gpx><wpt lat="1" lon="2"><ele>high</ele><time>2026-05-04T08:00:00Z</time></wpt></gpx>',
        '<gpx><wpt lat="1" lon="2"><hdop> </hdop><time>2026-05-04T08:00:00Z</time></wpt></gpx>',
        '<gpx><wpt lat="1" lon="2"><name>untimed</name></wpt></gpx>',
    ],
)
def test_what_the_element_reader_cannot_read_goes_to_gpxpy(text: str) -> None:
    assert _read_elements(text, "x.gpx") is None
    with pytest.raises(TrackError) as raised:
        _read_gpxpy(text, "x.gpx")
    with pytest.raises(TrackError) as again:
        parse_gpx(text, "x.gpx")
    assert str(again.value) == str(raised.value)


@settings(max_examples=300, deadline=None)
@given(
    st.from_regex(
        r"\A[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}[T ][0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}"
        r"(\.[0-9]{1,9})?(Z|[+\-\u2212][0-9]{2}(:?[0-9]{2})?)?\Z"
    )
)
def test_any_gpx_time_is_the_instant_gpxpy_reads(text: str) -> None:
    assert _Times().epoch(text) == _epoch(_gpxpy_time(text))
