"""Reading GPS tracks and placing instants on them, against walks computed with geopy."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from surveyapp.photos.gpstrack import Fix, Refused, TrackError, distance_m, parse_gpx, read_gpx
from tests.photos.gpx_files import gpx_text, walk, where, write_gpx

BELGRADE = (44.8125, 20.4612)
BEGIN = datetime(2026, 5, 4, 8, 0, 0, tzinfo=UTC)


def _at(seconds: float) -> float:
    return (BEGIN + timedelta(seconds=seconds)).timestamp()


@pytest.mark.parametrize("seconds", [0, 2.5, 12.5, 301.0, 597.5, 600])
@pytest.mark.parametrize("bearing", [90.0, 0.0, 225.0])
def test_interpolation_matches_the_walk_to_the_metre(seconds: float, bearing: float) -> None:
    track = parse_gpx(gpx_text([walk(BELGRADE, BEGIN, 600, bearing=bearing)]))
    fix = track.locate(_at(seconds))
    assert isinstance(fix, Fix)
    expected = where(BELGRADE, seconds * 1.4, bearing)
    assert distance_m(fix.latitude, fix.longitude, *expected) < 1.0
    assert fix.elevation == pytest.approx(117.0)


def test_accuracy_grows_between_fixes_and_follows_hdop() -> None:
    track = parse_gpx(gpx_text([walk(BELGRADE, BEGIN, 60, step=10)], hdop=3.0))
    at_fix, midway = track.locate(_at(20)), track.locate(_at(25))
    assert isinstance(at_fix, Fix) and isinstance(midway, Fix)
    assert at_fix.accuracy == pytest.approx(15.0)  # HDOP 3 × 5 m
    assert midway.accuracy == pytest.approx(15.0 + 7.0, abs=0.2)  # 7 m from either fix


def test_a_gap_longer_than_the_limit_is_refused_and_a_short_one_bridged(tmp_path: Path) -> None:
    first = walk(BELGRADE, BEGIN, 300)
    second = walk(where(BELGRADE, 420 * 1.4, 90), BEGIN + timedelta(seconds=600), 300)
    track = read_gpx(write_gpx(tmp_path / "walk.gpx", [first, second]))
    assert len(track) == len(first) + len(second)
    refused = track.locate(_at(450), max_gap=60)
    assert isinstance(refused, Refused) and refused.reason == "gap"
    assert refused.gap == pytest.approx(300)
    assert "300 s" in refused.message()
    bridged = track.locate(_at(450), max_gap=400)
    assert isinstance(bridged, Fix) and bridged.gap == pytest.approx(300)
    assert isinstance(track.locate(_at(700)), Fix)  # inside the second segment


def test_outside_the_track_span_is_refused() -> None:
    track = parse_gpx(gpx_text([walk(BELGRADE, BEGIN, 120)]))
    before, after = track.locate(_at(-1)), track.locate(_at(121))
    assert isinstance(before, Refused) and before.reason == "before"
    assert isinstance(after, Refused) and after.reason == "after"


@pytest.mark.parametrize("time_style", ["z", "offset", "none"])
@pytest.mark.parametrize("version", ["1.1", "1.0"])
def test_times_with_z_with_an_offset_or_without_a_zone_mean_the_same(
    time_style: str, version: str
) -> None:
    track = parse_gpx(gpx_text([walk(BELGRADE, BEGIN, 60)], version=version, time_style=time_style))
    assert track.start == BEGIN.timestamp()
    fix = track.locate(_at(30))
    assert isinstance(fix, Fix)
    assert distance_m(fix.latitude, fix.longitude, *where(BELGRADE, 42, 90)) < 1.0


def test_a_walk_across_the_date_line() -> None:
    start = (-16.5, 179.9995)  # Fiji, 50 m west of the antimeridian
    track = parse_gpx(gpx_text([walk(start, BEGIN, 120, bearing=90)]))
    for seconds in (10, 37.5, 52.5, 100):
        fix = track.locate(_at(seconds))
        assert isinstance(fix, Fix)
        assert distance_m(fix.latitude, fix.longitude, *where(start, seconds * 1.4, 90)) < 1.0
        assert -180 <= fix.longitude <= 180


def test_timed_waypoints_and_routes_count_and_untimed_points_do_not() -> None:
    text = gpx_text([], waypoints=walk(BELGRADE, BEGIN, 20, step=10))
    untimed = '<wpt lat="1.0" lon="2.0"><name>no time</name></wpt>'
    route = "".join(
        f'<rtept lat="{fix.latitude:.8f}" lon="{fix.longitude:.8f}">'
        f"<time>{fix.time:%Y-%m-%dT%H:%M:%SZ}</time></rtept>"
        for fix in walk(BELGRADE, BEGIN + timedelta(seconds=100), 20, step=10)
    )
    text = text.replace("<trk>", f"{untimed}<rte>{route}</rte><trk>")
    track = parse_gpx(text)
    assert len(track) == 6
    assert isinstance(track.locate(_at(15)), Fix)
    assert isinstance(track.locate(_at(115)), Fix)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("this is not xml", "not a GPX file"),
        (
            '<gpx version="1.1"><trk><trkseg><trkpt lat="1" lon="2"/></trkseg></trk></gpx>',
            "no point with both a time and a position",
        ),
        (  # times, but no position on Earth: the message says what is missing
            '<gpx version="1.1"><trk><trkseg>'
            '<trkpt lat="95" lon="2"><time>2026-05-04T08:00:00Z</time></trkpt>'
            '<trkpt lat="nan" lon="2"><time>2026-05-04T08:00:05Z</time></trkpt>'
            "</trkseg></trk></gpx>",
            "no point with both a time and a position on Earth",
        ),
        ("<gpx", "not a GPX file"),
    ],
)
def test_files_that_are_no_track_get_a_clear_error(text: str, words: str) -> None:
    with pytest.raises(TrackError, match=words):
        parse_gpx(text, "walk.gpx")


def test_hostile_points_are_skipped_and_entity_bombs_refused() -> None:
    good = '<trkpt lat="44" lon="20"><ele>nan</ele><time>2026-05-04T08:00:05Z</time></trkpt>'
    bad = (
        '<trkpt lat="nan" lon="20"><time>2026-05-04T08:00:00Z</time></trkpt>'
        '<trkpt lat="1e999" lon="20"><time>2026-05-04T08:00:01Z</time></trkpt>'
        '<trkpt lat="0" lon="0"><time>2026-05-04T08:00:02Z</time></trkpt>'
        '<trkpt lat="44" lon="20"><time>yesterday</time></trkpt>'
    )
    track = parse_gpx(f'<gpx version="1.1"><trk><trkseg>{bad}{good}</trkseg></trk></gpx>')
    assert len(track) == 1 and track.points[0].elevation is None
    entities = ['<!ENTITY e0 "xxxxxxxxxx">']
    entities += [f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 9)]
    bomb = (
        f'<?xml version="1.0"?><!DOCTYPE g [{"".join(entities)}]>'
        '<gpx version="1.1"><wpt lat="1" lon="2"><name>&e8;</name></wpt></gpx>'
    )
    with pytest.raises(TrackError):
        parse_gpx(bomb)


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(TrackError, match="cannot read"):
        read_gpx(tmp_path / "none.gpx")


def test_nearest_time_finds_when_the_track_passed_a_place() -> None:
    track = parse_gpx(gpx_text([walk(BELGRADE, BEGIN, 600, step=10)]))
    place = where(where(BELGRADE, 143 * 1.4, 90), 3.0, 0)  # 3 m north of the path at 143 s
    found = track.nearest_time(*place)
    assert found is not None
    when, distance = found
    assert when - BEGIN.timestamp() == pytest.approx(143, abs=0.5)
    assert distance == pytest.approx(3.0, abs=0.3)


@settings(max_examples=30, deadline=None)
@given(
    latitude=st.floats(-70, 70),
    longitude=st.floats(-180, 180),
    bearing=st.floats(0, 359.9),
    speed=st.floats(0.5, 15),
    step=st.integers(1, 10),
    at=st.floats(0, 1),
)
def test_any_straight_walk_is_followed_to_the_metre(
    latitude: float, longitude: float, bearing: float, speed: float, step: int, at: float
) -> None:
    assume(abs(latitude) > 1e-6 or abs(longitude) > 1e-6)  # 0,0 exactly is "no fix"
    fixes = walk((latitude, longitude), BEGIN, 20 * step, step=step, bearing=bearing, speed=speed)
    track = parse_gpx(gpx_text([fixes]))
    seconds = at * 20 * step
    fix = track.locate(_at(seconds), max_gap=step)
    assert isinstance(fix, Fix), fix
    expected = where((latitude, longitude), seconds * speed, bearing)
    assert distance_m(fix.latitude, fix.longitude, *expected) < 1.0
