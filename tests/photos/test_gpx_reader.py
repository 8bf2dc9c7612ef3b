"""The GPX element reader gives what gpxpy gives, and leaves to gpxpy what it cannot read."""

from __future__ import annotations

import time
from collections.abc import Callable
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
    _read_plain,
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
    "0001-01-01T00:00:00+01:00",  # before the first year once the offset is taken: left out
    "9999-12-31T23:59:59-01:00",  # after the last: left out
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
    # Both segments (the repeated fixes once), the waypoints, the route, eight of the odd
    # times (not those that fall outside years 1-9999 in UTC: no instant a plan can hold).
    assert len(fast) == 61 + 41 + 4 + 1 + 8


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


# The plain reading (patterns over the bytes) against the element reader.

SPACES = ["", " ", "\n", "\n    ", "\t"]
NUMBERS = ["44.81", " 44.81 ", "44.8100000", "1e1", "-0.0", "0", "nan", "inf", "91"]
NO_NUMBERS = ["", "_1", "north"]  # the whole file goes to gpxpy
ELEVATIONS = ["117", " 1.5 ", "1e3", "nan", "-inf", "", "1_000"]
HDOPS = ["1.1", "0", "-2", "0.5", "nan", "", " 3 "]
EXTENSIONS = [
    "<extensions><time>2026-05-04T07:00:00Z</time><x:speed>1</x:speed></extensions>",
    "<extensions><x:track><time>2026-05-04T07:00:01Z</time></x:track></extensions>",
]
TIMES = [
    "2026-05-04T08:00:00Z",
    "2026-05-04T08:00:01Z",
    "2026-05-04T08:00:59Z",
    "2026-05-04T08:01:00Z",
    "2026-05-04T10:00:02+02:00",
    "2026-05-04T08:00:03",
    "2026-05-04T08:00:04.5Z",
    "2026-02-30T08:00:05Z",
    "2026-05-04T24:00:06Z",
    "2026-05-04T08:60:07Z",
    "0001-01-01T00:00:08Z",
    "9999-12-31T23:59:09Z",
    " 2026-05-04T08:00:10Z",
    "2026-05-04T08:00:11Z\n",
    "",
    "yesterday",
]
SPACES_OF = {
    "1.1": ' xmlns="http://www.topografix.com/GPX/1/1"',
    "1.0": ' xmlns="http://www.topografix.com/GPX/1/0"',
    "none": "",
}


@st.composite
def _plain_points(draw: st.DrawFn, tag: str) -> str:
    """One point as some logger may write it, in any form the plain reading takes."""
    space = st.sampled_from(SPACES)
    quote = draw(st.sampled_from(['"', "'"]))
    equals = draw(st.sampled_from(["=", " = "]))
    numbers = NO_NUMBERS if draw(st.integers(0, 99)) == 37 else NUMBERS
    lat = f"lat{equals}{quote}{draw(st.sampled_from(numbers))}{quote}"
    lon = f"lon={quote}{draw(st.sampled_from(['20.46', *NUMBERS[1:]]))}{quote}"
    first, second = (lat, lon) if draw(st.booleans()) else (lon, lat)
    start = f"<{tag}{draw(st.sampled_from([' ', chr(10)]))}{first} {second}{draw(space)}"
    if draw(st.integers(0, 9)) == 0:
        return start + "/>"
    children = []
    if draw(st.booleans()):
        children.append(f"<ele>{draw(st.sampled_from(ELEVATIONS))}</ele>")
    if draw(st.integers(0, 5)):
        children.append(f"<time>{draw(st.sampled_from(TIMES))}</time>")
    if draw(st.booleans()):
        children.append(draw(st.sampled_from(["<name>P &amp; Q</name>", "<sat>7</sat>", "<fix/>"])))
    if draw(st.booleans()):
        children.append(f"<hdop>{draw(st.sampled_from(HDOPS))}</hdop>")
    if draw(st.booleans()):
        children.append("<vdop>2</vdop>")
    if draw(st.booleans()):  # times that are not the point's
        children.append(draw(st.sampled_from(EXTENSIONS)))
    body = "".join(child + draw(space) for child in children)
    return f"{start}>{draw(space)}{body}</{tag}>"


@st.composite
def _plain_documents(draw: st.DrawFn) -> str:
    version = draw(st.sampled_from(sorted(SPACES_OF)))
    point = st.sampled_from(SPACES)
    sections = []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["trk", "rte", "wpt"]))
        if kind == "trk":
            segments = "".join(
                "<trkseg>"
                + "".join(p + draw(point) for p in draw(st.lists(_plain_points("trkpt"))))
                + "</trkseg>"
                for _ in range(draw(st.integers(0, 2)))
            )
            sections.append(f"<trk><name>walk</name>{segments}</trk>")
        elif kind == "rte":
            points = "".join(p + draw(point) for p in draw(st.lists(_plain_points("rtept"))))
            sections.append(f"<rte>{points}</rte>")
        else:
            sections.append(draw(_plain_points("wpt")))
    declaration = draw(
        st.sampled_from(["", '<?xml version="1.0"?>\n', "<?xml version='1.0' encoding='UTF-8'?>"])
    )
    return (
        f'{declaration}<gpx version="1.1" creator="test"{SPACES_OF[version]}'
        f' xmlns:x="urn:x"><metadata><name>Caf\u00e9</name></metadata>\n'
        + "\n".join(sections)
        + "</gpx>"
    )


def _same_as_the_element_reader(text: str | bytes) -> Track | None:
    """The plain reading's track, asserting it is the element reader's."""
    plain = _read_plain(text, "walk.gpx")
    elements = _read_elements(text, "walk.gpx")
    if plain is not None:
        assert elements is not None and _columns(plain) == _columns(elements)
        assert plain.name == elements.name
    # Read a few bytes at a time (as a week's track is read a few megabytes at a time, so
    # that Cancel stops it): the same track, or the same refusal.
    for chunk in (1, 7, 60):
        chunked = _read_plain(text, "walk.gpx", chunk=chunk)
        assert (chunked is None) == (plain is None)
        assert chunked is None or plain is None or _columns(chunked) == _columns(plain)
        fed = _read_elements(text, "walk.gpx", chunk=chunk)
        assert (fed is None) == (elements is None)
        assert fed is None or elements is None or _columns(fed) == _columns(elements)
    return plain


@settings(max_examples=500, deadline=None)
@given(_plain_documents(), st.booleans())
def test_the_plain_reading_gives_the_element_readers_track(text: str, crlf: bool) -> None:
    if crlf:
        text = text.replace("\n", "\r\n")
    for given_as in (text.encode(), text):
        plain = _same_as_the_element_reader(given_as)
        # Every file made here is plain: it is left to the element reader only when that
        # finds no timed point, or a value that is no number.
        assert (plain is None) == (_read_elements(given_as, "walk.gpx") is None)


def test_an_extensions_time_or_a_waypoint_before_the_track_read_as_the_elements_say() -> None:
    text = (
        '<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1">'
        '<wpt lat="45" lon="21"><time>2026-05-04T08:00:00Z</time></wpt>'
        '<trk><trkseg><trkpt lat="44" lon="20"><ele>1</ele><extensions>'
        "<time>2026-05-04T08:00:01Z</time></extensions></trkpt>"
        '<trkpt lat="44.1" lon="20"><time>2026-05-04T08:00:00Z</time></trkpt>'
        "</trkseg></trk></gpx>"
    )
    plain = _same_as_the_element_reader(text.encode())
    assert plain is not None
    # The untimed point stays out; of the two fixes at 08:00:00 the track point comes first.
    assert _columns(plain) == ([BEGIN.timestamp()], [44.1], [20.0], [None], [10.0])


POINT = '<trkpt lat="44" lon="20"><time>2026-05-04T08:00:00Z</time>{}</trkpt>'


@pytest.mark.parametrize(
    "text",
    [
        f"<gpx><trk><trkseg><!-- a comment -->{POINT.format('')}</trkseg></trk></gpx>",
        f"<gpx><trk><trkseg>{POINT.format('<!-- in a point -->')}</trkseg></trk></gpx>",
        f"<gpx><trk><trkseg>{POINT.format('<cmt><![CDATA[x]]></cmt>')}</trkseg></trk></gpx>",
        '<!DOCTYPE gpx [<!ENTITY t "2026-05-04T08:00:00Z">]><gpx><trk><trkseg>'
        '<trkpt lat="44" lon="20"><time>&t;</time></trkpt></trkseg></trk></gpx>',
        '<gpx><trk><trkseg><trkpt lat="44" lon="20"><time>2026-05-04T08:00:0&#48;Z</time>'
        "</trkpt></trkseg></trk></gpx>",
        '<gpx><trk><trkseg><trkpt lat="4&#52;" lon="20"><time>2026-05-04T08:00:00Z</time>'
        "</trkpt></trkseg></trk></gpx>",
        '<g:gpx xmlns:g="http://www.topografix.com/GPX/1/1"><g:trk><g:trkseg>'
        '<g:trkpt lat="44" lon="20"><g:time>2026-05-04T08:00:00Z</g:time></g:trkpt>'
        "</g:trkseg></g:trk></g:gpx>",
        '<gpx xmlns:g="http://www.topografix.com/GPX/1/1" xmlns="http://www.topografix.com/GPX/1/1">'
        f"<trk><trkseg>{POINT.format('<g:ele>5</g:ele>')}</trkseg></trk></gpx>",
        f"<gpx><trk><trkseg>{POINT.format('')}<?pi {POINT.format('')}?></trkseg></trk></gpx>",
        f"<gpx><metadata><extensions>{POINT.format('')}</extensions></metadata></gpx>",
        f"<gpx><trk>{POINT.format('')}<trkseg/></trk>{POINT.format('')}</gpx>",
        f"<gpx><trk><trkseg>{POINT.format('')}<wpt lat='1' lon='2'/></trkseg></trk></gpx>",
        f'<gpx><trk xmlns="urn:other"><trkseg>{POINT.format("")}</trkseg></trk></gpx>',
        '<gpx><trk><trkseg><trkpt lat="44" lon="20"><ele>1</ele><time>2026-05-04T08:00:00Z'
        "</time><ele>2</ele></trkpt></trkseg></trk></gpx>",
        '<gpx><trk><trkseg><trkpt lat="44" lon="20"><time>2026-05-04T08:00:00Z</time>'
        "<ele>2</ele></trkpt></trkseg></trk></gpx>",
        f"<gpx><trk><trkseg>{POINT.format('<ele >2</ele>')}</trkseg></trk></gpx>",
    ],
)
def test_what_the_plain_reading_does_not_take_exactly_goes_to_the_element_reader(
    text: str,
) -> None:
    assert _read_plain(text.encode(), "x.gpx") is None
    assert _outcome(lambda: parse_gpx(text.encode(), "x.gpx")) == _outcome(
        lambda: _read_elements(text.encode(), "x.gpx") or _read_gpxpy(text, "x.gpx")
    )


def _outcome(read: Callable[[], Track]) -> object:
    """The columns read, or the message of the refusal."""
    try:
        return _columns(read())
    except TrackError as error:
        return str(error)


@pytest.mark.parametrize(
    "inside",
    [
        "<name>a\x01b</name>",  # a byte XML forbids
        "<desc>a]]>b</desc>",
        "<name>a</cmt>",  # not closed by its name
        "<name>\udcff</name>",  # not UTF-8 once encoded with surrogates
        "<name>\uffff</name>",
        "<name x='1'>a</name>",
        "<link href='a<b'/>",
    ],
)
def test_a_point_that_is_not_well_formed_is_no_plain_point(inside: str) -> None:
    text = f"<gpx><trk><trkseg>{POINT.format(inside)}</trkseg></trk></gpx>"
    data = text.encode("utf-8", errors="surrogateescape")
    assert _read_plain(data, "x.gpx") is None
    assert (_read_elements(data, "x.gpx") is None) == (inside != "<name x='1'>a</name>")


def test_other_encodings_go_to_the_element_reader() -> None:
    text = gpx_text([walk(BELGRADE, BEGIN, 60)])
    assert _read_plain(text.encode(), "") is not None
    latin = text.replace("UTF-8", "ISO-8859-1")
    assert _read_plain(latin.encode("iso-8859-1"), "") is None
    assert _read_plain(text.replace("UTF-8", "UTF-16").encode("utf-16"), "") is None
    marked = _read_plain(b"\xef\xbb\xbf" + text.encode(), "")
    assert marked is not None and _columns(marked) == _columns(_read_elements(text, "") or Track())


def test_a_broken_file_full_of_point_starts_is_refused_in_linear_time() -> None:
    # Each unclosed <extensions> would be scanned to the end of the file: quadratic, minutes.
    text = "<gpx><trk><trkseg>" + '<trkpt lat="1" lon="2"><extensions><x>' * 20_000
    started = time.process_time()
    assert _read_plain(text, "x.gpx") is None
    assert time.process_time() - started < 2.0


@pytest.mark.parametrize("when", ["0001-01-01T00:00:00+01:00", "0001-01-01T00:59:59+01:00"])
def test_a_fix_whose_time_falls_before_year_1_in_utc_is_left_out(when: str) -> None:
    """Year 1 at +01:00 is year 0 in UTC: its timestamp was a number all the same, and the
    plan failed on it with "year 0 is out of range", for the whole track."""
    text = (
        '<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>'
        f'<trkpt lat="44.80" lon="20.40"><time>{when}</time></trkpt>'
        '<trkpt lat="44.81" lon="20.41"><time>2026-05-04T10:00:10Z</time></trkpt>'
        '<trkpt lat="44.82" lon="20.42"><time>2026-05-04T10:00:20Z</time></trkpt>'
        "</trkseg></trk></gpx>"
    )
    track = parse_gpx(text, "odd.gpx")
    assert track.start == datetime(2026, 5, 4, 10, 0, 10, tzinfo=UTC).timestamp()
    assert _epoch(_gpxpy_time(when)) is None
