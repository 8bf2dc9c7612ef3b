"""When a photo was really taken: its wall-clock time, and the offset of the clock that wrote it.

A camera writes the wall-clock time of its own clock; a GPS track is in UTC. The *offset* of a
device is wall clock minus UTC, in seconds: a time zone (+02:00 in Belgrade in summer) plus,
for a camera whose clock was set by hand, its error (+02:03:15 when it runs 3 min 15 s fast).
Where the offset comes from, strongest first:

1. ``given``: the volunteer's ``--offset`` (or the dialog's), for every photo it is given;
2. ``clock check``: one photo of the device placed by hand or given its true time;
3. ``photo``: the photo's own offset tag (OffsetTimeOriginal), or the GPS clock's UTC time;
4. ``same device``: the offset tag of the same device's photo nearest in time;
5. ``survey time zone``: the survey's IANA zone at that wall time (daylight saving included).

Nothing here touches a database or Qt.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from surveyapp.i18n import translate

OffsetSource = Literal["given", "clock check", "photo", "same device", "survey time zone"]
OFFSET_TEXT = re.compile(r"([+-]?)(\d{1,2})(?::?(\d{2}))?(?::?(\d{2}))?")
MAX_OFFSET_S = 26 * 3600  # UTC-12 … UTC+14, and a clock a day wrong beyond that is a typo


def parse_offset(text: str) -> int:
    """Seconds from ``±HH:MM:SS``, ``±HH:MM`` or ``±HH`` (wall clock minus UTC)."""
    match = OFFSET_TEXT.fullmatch(text.strip())
    if match is None:
        raise ValueError(
            translate("geotag", "'{text}' is not an offset like +02:00 or -00:03:15").format(
                text=text
            )
        )
    sign, hours, minutes, seconds = match.groups()
    if int(minutes or 0) >= 60 or int(seconds or 0) >= 60:
        raise ValueError(
            translate("geotag", "'{text}' is not an offset like +02:00 or -00:03:15").format(
                text=text
            )
        )
    value = int(hours) * 3600 + int(minutes or 0) * 60 + int(seconds or 0)
    if value > MAX_OFFSET_S:
        raise ValueError(
            translate("geotag", "the offset {text} is more than 26 hours").format(text=text)
        )
    return -value if sign == "-" else value


def format_offset(seconds: int) -> str:
    """``+02:00`` or, with seconds, ``+02:03:15``."""
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{sign}{hours:02d}:{minutes:02d}"
    return f"{text}:{secs:02d}" if secs else text


def time_zone(name: str) -> ZoneInfo:
    """The IANA zone ``name`` (``Europe/Belgrade``); ValueError when there is none."""
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            translate("geotag", "'{name}' is not a time zone (e.g. Europe/Belgrade)").format(
                name=name
            )
        ) from None


def zone_offset(zone: ZoneInfo, wall: datetime) -> int:
    """The zone's offset at a wall-clock time, in seconds (the earlier one when the clock was
    put back and the time happened twice)."""
    offset = wall.replace(tzinfo=zone, fold=0).utcoffset()
    assert offset is not None
    return int(offset.total_seconds())


@dataclass(frozen=True)
class PhotoClock:
    """What the time resolution needs of a photo."""

    key: str  # the photo's id
    device: str  # owner, make and model: photos that share a clock
    taken_local: datetime | None  # naive wall-clock time
    utc_offset_minutes: int | None
    taken_utc: datetime | None  # aware


@dataclass(frozen=True)
class Resolved:
    """A photo's capture instant, and the offset (and where it came from) that gave it."""

    utc: datetime | None  # aware; None: the time cannot be worked out
    offset: int | None  # seconds, wall minus UTC
    source: OffsetSource | None


def device_key(owner: str | None, make: str | None, model: str | None) -> str:
    """The name of the clock a photo's time comes from."""
    name = " ".join(part.strip() for part in (make, model) if part and part.strip())
    if model and make and model.strip().lower().startswith(make.strip().lower()):
        name = model.strip()  # "Canon Canon EOS 40D"
    name = name or translate("geotag", "unknown device")
    return f"{name} ({owner})" if owner else name


def _naive(value: datetime) -> datetime:
    return value.replace(tzinfo=None)


def resolve(
    photos: Iterable[PhotoClock],
    *,
    known: Iterable[PhotoClock] = (),
    given: int | None = None,
    checked: Mapping[str, int] | None = None,
    zone: ZoneInfo | None = None,
) -> dict[str, Resolved]:
    """Each photo's capture instant. ``known`` are other photos whose offset tags may stand for
    their device; ``checked`` maps a device to the offset its clock check gave."""
    photos = list(photos)
    checked = dict(checked or {})
    tagged: dict[str, list[tuple[datetime, int]]] = {}
    for photo in [*photos, *known]:
        if photo.taken_local is not None and photo.utc_offset_minutes is not None:
            tagged.setdefault(photo.device, []).append(
                (photo.taken_local, photo.utc_offset_minutes * 60)
            )
    for device in tagged.values():
        device.sort(key=_taken)  # stable: of two at one time, the first listed
    result: dict[str, Resolved] = {}
    for photo in photos:
        result[photo.key] = _resolve_one(photo, given, checked, tagged, zone)
    return result


def _nearest(tagged: list[tuple[datetime, int]], local: datetime) -> int:
    """The offset of the tagged photo taken nearest to ``local`` (in time order; of two as near,
    the earlier one)."""
    index = bisect.bisect_left(tagged, local, key=_taken)
    if index == len(tagged):  # after every tagged photo: the first listed of the last ones
        return tagged[bisect.bisect_left(tagged, tagged[-1][0], key=_taken)][1]
    after = tagged[index]
    if index == 0 or after[0] == local:
        return after[1]
    before = tagged[bisect.bisect_left(tagged, tagged[index - 1][0], key=_taken)]
    return before[1] if local - before[0] <= after[0] - local else after[1]


def _taken(item: tuple[datetime, int]) -> datetime:
    return item[0]


def _resolve_one(
    photo: PhotoClock,
    given: int | None,
    checked: Mapping[str, int],
    tagged: Mapping[str, list[tuple[datetime, int]]],
    zone: ZoneInfo | None,
) -> Resolved:
    local = photo.taken_local
    if local is None:
        if photo.taken_utc is not None and given is None and photo.device not in checked:
            return Resolved(photo.taken_utc.astimezone(UTC), None, "photo")
        return Resolved(None, None, None)
    offset: int | None = None
    source: OffsetSource | None = None
    if given is not None:
        offset, source = given, "given"
    elif photo.device in checked:
        offset, source = checked[photo.device], "clock check"
    elif photo.utc_offset_minutes is not None:
        offset, source = photo.utc_offset_minutes * 60, "photo"
    elif photo.taken_utc is not None:  # the GPS clock said UTC
        utc = photo.taken_utc.astimezone(UTC)
        return Resolved(utc, round((local - _naive(utc)).total_seconds()), "photo")
    elif photo.device in tagged:
        offset, source = _nearest(tagged[photo.device], local), "same device"
    elif zone is not None:
        offset, source = zone_offset(zone, local), "survey time zone"
    if offset is None:
        return Resolved(None, None, None)
    try:
        utc = (local - timedelta(seconds=offset)).replace(tzinfo=UTC)
    except OverflowError:  # year 1 or 9999 pushed out of range
        return Resolved(None, None, None)
    return Resolved(utc, offset, source)


def offset_from_true_time(wall: datetime, true_time: datetime) -> int:
    """The offset of a clock that showed ``wall`` (naive) at the aware instant ``true_time``."""
    return round(wall.replace(tzinfo=UTC).timestamp() - true_time.astimezone(UTC).timestamp())


def source_label(source: OffsetSource | None) -> str:
    """Where an offset came from, for the volunteer."""
    labels = {
        "given": translate("geotag", "given"),
        "clock check": translate("geotag", "clock check"),
        "photo": translate("geotag", "the photo's own time zone"),
        "same device": translate("geotag", "other photos of this device"),
        "survey time zone": translate("geotag", "the survey's time zone"),
    }
    return labels[source] if source else translate("geotag", "unknown")
