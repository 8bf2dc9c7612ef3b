"""Capture instants from wall-clock times: offsets given, checked, tagged, by device, by zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from surveyapp.photos.clock import (
    PhotoClock,
    device_key,
    format_offset,
    offset_from_true_time,
    parse_offset,
    resolve,
    time_zone,
)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("+02:00", 7200),
        ("+02:00:00", 7200),
        ("-00:03:15", -195),
        ("+14", 14 * 3600),
        ("-09:30", -(9 * 3600 + 1800)),
        ("0200", 7200),
        ("+00:00:07", 7),
    ],
)
def test_offsets_are_read_and_written_back(text: str, seconds: int) -> None:
    assert parse_offset(text) == seconds
    assert parse_offset(format_offset(seconds)) == seconds


@pytest.mark.parametrize("text", ["", "two hours", "+02:61", "+30:00", "+02:00:60", "++2"])
def test_bad_offsets_are_refused_with_the_form_named(text: str) -> None:
    with pytest.raises(ValueError, match="offset"):
        parse_offset(text)


def test_an_unknown_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="not a time zone"):
        time_zone("Europe/Atlantis")


def _photo(
    key: str, local: datetime | None, minutes: int | None = None, **rest: object
) -> PhotoClock:
    return PhotoClock(
        key=key,
        device=str(rest.get("device", "Canon EOS 40D")),
        taken_local=local,
        utc_offset_minutes=minutes,
        taken_utc=rest.get("utc"),  # type: ignore[arg-type]
    )


def test_the_survey_zone_follows_daylight_saving() -> None:
    # Belgrade: CET (+01:00) until 29 March 2026 02:00, then CEST (+02:00).
    winter = _photo("w", datetime(2026, 3, 29, 1, 30))
    summer = _photo("s", datetime(2026, 3, 29, 3, 30))
    found = resolve([winter, summer], zone=time_zone("Europe/Belgrade"))
    assert found["w"].utc == datetime(2026, 3, 29, 0, 30, tzinfo=UTC)
    assert found["w"].offset == 3600
    assert found["s"].utc == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert found["s"].offset == 7200
    assert found["s"].source == "survey time zone"


def test_across_the_date_line_the_utc_day_is_the_previous_one() -> None:
    # Kiritimati is UTC+14: 09:00 on 1 January there is 19:00 on 31 December in UTC.
    photo = _photo("k", datetime(2026, 1, 1, 9, 0))
    found = resolve([photo], zone=time_zone("Pacific/Kiritimati"))["k"]
    assert found.utc == datetime(2025, 12, 31, 19, 0, tzinfo=UTC)
    samoa = resolve([_photo("s", datetime(2026, 1, 1, 9, 0))], given=parse_offset("-11:00"))["s"]
    assert samoa.utc == datetime(2026, 1, 1, 20, 0, tzinfo=UTC)


def test_order_given_then_checked_then_own_tag_then_device_then_zone() -> None:
    wall = datetime(2026, 5, 4, 10, 0)
    own = _photo("own", wall, 120)
    bare = _photo("bare", wall + timedelta(minutes=5))
    other_device = _photo("other", wall, device="Nikon D70")
    zone = time_zone("Europe/London")
    found = resolve([own, bare, other_device], zone=zone)
    assert (found["own"].offset, found["own"].source) == (7200, "photo")
    assert (found["bare"].offset, found["bare"].source) == (7200, "same device")
    assert (found["other"].offset, found["other"].source) == (3600, "survey time zone")
    checked = resolve([own, bare], checked={"Canon EOS 40D": 7395}, zone=zone)
    assert {r.offset for r in checked.values()} == {7395}
    assert {r.source for r in checked.values()} == {"clock check"}
    given = resolve([own, bare, other_device], given=-60, checked={"Canon EOS 40D": 1})
    assert {r.offset for r in given.values()} == {-60}
    assert given["bare"].utc == datetime(2026, 5, 4, 10, 6, tzinfo=UTC)


def test_the_same_device_offset_is_the_one_nearest_in_time() -> None:
    before_dst = _photo("a", datetime(2026, 3, 28, 12, 0), 60)
    after_dst = _photo("b", datetime(2026, 3, 30, 12, 0), 120)
    bare = _photo("c", datetime(2026, 3, 30, 9, 0))
    found = resolve([bare], known=[before_dst, after_dst])["c"]
    assert found.offset == 7200


def test_a_gps_clock_time_stands_and_no_time_is_unknown() -> None:
    utc = datetime(2026, 5, 4, 8, 0, 3, tzinfo=UTC)
    found = resolve(
        [_photo("g", datetime(2026, 5, 4, 10, 0), utc=utc), _photo("n", None)],
    )
    assert found["g"].utc == utc and found["g"].offset == 7197
    assert found["n"].utc is None and found["n"].source is None
    assert resolve([_photo("x", datetime(2026, 5, 4, 10, 0))])["x"].utc is None


def test_a_clock_check_by_true_time() -> None:
    wall = datetime(2026, 5, 4, 10, 3, 15)
    really = datetime(2026, 5, 4, 10, 0, 0, tzinfo=timezone(timedelta(hours=2)))
    assert offset_from_true_time(wall, really) == 7395
    assert format_offset(7395) == "+02:03:15"


def test_device_names() -> None:
    assert device_key(None, "Canon", "Canon EOS 40D") == "Canon EOS 40D"
    assert device_key("ana", "Apple", "iPhone 11 Pro") == "Apple iPhone 11 Pro (ana)"
    assert device_key(None, None, None) == "unknown device"


@given(
    tagged=st.lists(st.tuples(st.integers(0, 40), st.integers(-720, 840)), min_size=1, max_size=30),
    local=st.integers(-5, 45),
)
def test_a_photo_without_offset_takes_the_nearest_tagged_photo_of_its_device(
    tagged: list[tuple[int, int]], local: int
) -> None:
    """The offset of the device's tagged photo nearest in time (of two as near, the earlier; of
    two at one time, the first listed), found by search: a phone's 10,000 photos with and
    without offset tags took 10,000 x 10,000 comparisons."""
    start = datetime(2026, 3, 29, 1, 0)
    listed = [(start + timedelta(minutes=m), offset * 60) for m, offset in tagged]
    wall = start + timedelta(minutes=local)
    distance = min(abs(when - wall) for when, _ in listed)
    expected = next(  # the earlier time first, then the order listed
        offset
        for when, offset in sorted(listed, key=lambda item: item[0])
        if abs(when - wall) == distance
    )
    photos = [PhotoClock(f"t{i}", "Pixel 7", w, o // 60, None) for i, (w, o) in enumerate(listed)]
    photo = PhotoClock("x", "Pixel 7", wall, None, None)
    assert resolve([photo], known=photos)["x"].offset == expected
