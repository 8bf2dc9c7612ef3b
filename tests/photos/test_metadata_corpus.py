"""read_metadata agrees with ExifTool 12.57 on every photo of the shared reference corpus.

The reference values are ../shared/corpus/reference.json (see its README). Where ExifTool reports a
value that the app must not use (an empty 0/0 coordinate, a 0,0 or out-of-range fix, orientation
0, ...) the expected value is ``None`` with a warning; every such deviation is listed, with its
reason, in ``DEVIATIONS`` below. A reference value that is unusable but not listed there fails the
test, so the table stays complete.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from surveyapp.photos.metadata import PhotoMetadata, read_metadata
from tests.conftest import CORPUS


@dataclass(frozen=True)
class Deviation:
    """Where read_metadata deliberately differs from ExifTool, and why."""

    expected: dict[str, Any]  # PhotoMetadata field -> value we give instead of ExifTool's
    reason: str
    warnings: tuple[str, ...] = field(default=())  # substrings that must be in .warnings


NO_POSITION = {"latitude": None, "longitude": None}

DEVIATIONS: dict[str, Deviation] = {
    # -- empty coordinates: 0/0 rationals, which ExifTool prints as "" (and "undef") -----------
    "exiftool__InfiRay.jpg": Deviation(
        {**NO_POSITION, "altitude": None},
        "latitude, longitude and altitude are 0/0 rationals: no value",
        ("GPS Latitude has no value", "GPS Altitude has no value"),
    ),
    "immich__empty_gps.jpg": Deviation(
        NO_POSITION,
        "latitude and longitude are 0/0 SRATIONALs with empty Refs: no value",
        ("GPS Latitude has no value", "GPS Longitude has no value"),
    ),
    "mdx__Issue_487.heic": Deviation(
        NO_POSITION,
        "latitude and longitude are 0/0 rationals: no value",
        ("GPS Latitude has no value",),
    ),
    "mdx__Leica_T_Typ_701.jpg": Deviation(
        {**NO_POSITION, "altitude": None},
        "latitude, longitude, altitude and time are 0/0, the Refs empty, GPSStatus V: no fix",
        ("GPS Latitude has no value", "GPS Altitude has no value"),
    ),
    "photoprism__snow.jpg": Deviation(
        NO_POSITION,
        "0/0 coordinates with GPSStatus V; its GPSImgDirection (117.44 M) is real and kept",
        ("GPS Latitude has no value",),
    ),
    "photoprism__panorama360.jpg": Deviation(
        {"altitude": None},
        "GPSAltitude is 0/0 (ExifTool: undef); the position itself is valid",
        ("GPS Altitude has no value",),
    ),
    # -- a fix exactly at 0,0 is no fix --------------------------------------------------------
    "mdx__FLIR_Vue_Pro_640.jpg": Deviation(
        NO_POSITION, "coordinates are exactly 0,0 (Refs S/W)", ("exactly 0,0",)
    ),
    "mdx__Samsung_GT-I9000_Galaxy_S.jpg": Deviation(
        NO_POSITION, "coordinates are exactly 0,0 (0/1 rationals)", ("exactly 0,0",)
    ),
    "pillowheif__spatial_photo.heic": Deviation(
        NO_POSITION, "Apple Vision Pro writes coordinates of exactly 0,0", ("exactly 0,0",)
    ),
    # -- implausible values ExifTool still reports ---------------------------------------------
    "photoprism__buggy_panorama.jpg": Deviation(
        NO_POSITION,
        "latitude seconds are 595404.032, so latitude is 213.64 degrees: out of range",
        ("out of range",),
    ),
    "photoprism__altitude.jpg": Deviation(
        {"altitude": -12.0},
        "GPSAltitude 4294967284/1 is -12 stored as an unsigned 32-bit number",
        ("negative number stored as unsigned",),
    ),
    "photoprism__huawei-gps-error.jpg": Deviation(
        {"orientation": None}, "Orientation 0 is not an EXIF orientation (1-8)", ("Orientation 0",)
    ),
    "ianare__DSCN0010.jpg": Deviation(
        {"bearing_ref": None},
        'GPSImgDirectionRef is an empty string (ExifTool: ""), and there is no direction',
        ("ImgDirectionRef",),
    ),
    "exiv2__FurnaceCreekInn.jpg": Deviation(
        {"gps_time": datetime(2008, 5, 8, 9, 54, 28, tzinfo=UTC)},
        'GPSDateStamp holds "2008:05:08 09:54:28" (date and time); its date part is used with'
        ' GPSTimeStamp, where ExifTool builds "2008:05:08 09:54:28 09:54:28Z"',
        ("GPS DateStamp",),
    ),
    # -- non-standard encoding -------------------------------------------------------------------
    "rwcarlsen-goexif__geodegrees_as_string.jpg": Deviation(
        {"latitude": 52.842781055555555, "longitude": 11.182856555555555, "make": "HTC"},
        "GPSLatitude/GPSLongitude are ASCII decimal-comma triples: '52,00000,50,00000,34,01180'"
        " is 52.00000 deg 50.00000' 34.01180\" = 52.842781 (ExifTool takes the first three"
        " numbers, 52 0' 50\" = 52.013889, ~92 km off). The same phone wrote GPSTimeStamp"
        " '17,00000,8,00000,29,00000' = 17:08:29 UTC, which matches DateTimeOriginal 19:09:19"
        " CEST; ExifTool's reading gives 17:00:00. IFD0 Make is empty (ExifTool: ''), so Make"
        " comes from the Exif IFD ('HTC'), as the Model does for ExifTool too.",
        ("stored as text", "Make read from the Exif IFD"),
    ),
}


@cache
def reference() -> dict[str, Any]:
    files: dict[str, Any] = json.loads((CORPUS / "reference.json").read_text("utf-8"))["files"]
    return files


def corpus_names() -> list[str]:
    if not (CORPUS / "reference.json").is_file():
        return ["(corpus absent)"]  # the corpus_dir fixture skips it
    return sorted(reference())


_EXIF_DATETIME = re.compile(
    r"^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$"
)


def parse_exiftool_datetime(text: str) -> tuple[datetime, int | None] | None:
    """ "2016:09:28 17:17:58.65Z" -> (naive datetime, offset minutes or None); None if garbage."""
    match = _EXIF_DATETIME.match(text)
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    moment = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second))
    if fraction:
        moment += timedelta(seconds=float(fraction))
    offset = None if zone is None else parse_offset(zone)
    return moment, offset


def parse_offset(text: str) -> int:
    if text == "Z":
        return 0
    minutes = int(text[1:3]) * 60 + int(text[4:6])
    return -minutes if text[0] == "-" else minutes


def expected_values(name: str) -> dict[str, Any]:
    """What read_metadata must give for ``name``: ExifTool's values, then the deviations."""
    ref = reference()[name]["reference"]
    expected: dict[str, Any] = {
        "mime": ref["MIMEType"],
        "width": ref.get("ImageWidth"),
        "height": ref.get("ImageHeight"),
        "orientation": ref.get("Orientation"),
        "latitude": ref.get("GPSLatitude"),
        "longitude": ref.get("GPSLongitude"),
        "altitude": ref.get("GPSAltitude"),
        "bearing": ref.get("GPSImgDirection"),
        "bearing_ref": ref.get("GPSImgDirectionRef"),
        "make": ref.get("Make"),
        "model": ref.get("Model"),
        "taken_local": None,
        "utc_offset_minutes": None,
        "gps_time": None,
    }
    original = ref.get("DateTimeOriginal")
    if original is not None:
        parsed = parse_exiftool_datetime(original)
        assert parsed is not None, f"unexpected DateTimeOriginal {original!r} in the reference"
        expected["taken_local"], zone = parsed
        offset = ref.get("OffsetTimeOriginal")
        expected["utc_offset_minutes"] = zone if offset is None else parse_offset(offset)
    gps_datetime = ref.get("GPSDateTime")
    parsed_gps = parse_exiftool_datetime(gps_datetime) if gps_datetime else None
    if parsed_gps is not None:
        expected["gps_time"] = parsed_gps[0].replace(tzinfo=UTC)
    deviation = DEVIATIONS.get(name)
    if deviation is not None:
        expected.update(deviation.expected)
    # Guard: every unusable reference value must have been replaced by a listed deviation.
    for key, value in expected.items():
        assert value not in ("", "undef"), (
            f"{name}: reference {key} is {value!r}; list the deviation in DEVIATIONS"
        )
    latitude, longitude = expected["latitude"], expected["longitude"]
    if latitude is not None and longitude is not None:
        assert abs(latitude) <= 90 and abs(longitude) <= 180 and (latitude, longitude) != (0, 0), (
            f"{name}: reference position {latitude}, {longitude} is not a usable fix;"
            " list the deviation in DEVIATIONS"
        )
    if expected["orientation"] is not None:
        assert 1 <= expected["orientation"] <= 8, f"{name}: list the orientation in DEVIATIONS"
    return expected


def close(got: float | None, want: float | None, tolerance: float) -> bool:
    if got is None or want is None:
        return got is None and want is None
    return math.isfinite(got) and abs(got - want) <= tolerance


@pytest.mark.parametrize("name", corpus_names())
def test_read_metadata_agrees_with_exiftool(corpus_dir: Path, name: str) -> None:
    meta = read_metadata(corpus_dir / "photos" / name)
    want = expected_values(name)
    assert isinstance(meta, PhotoMetadata)
    problems: list[str] = []

    def check(field_name: str, ok: bool) -> None:
        if not ok:
            got = getattr(meta, field_name)
            problems.append(f"{field_name}: got {got!r}, expected {want[field_name]!r}")

    for field_name, tolerance in (
        ("latitude", 1e-6),
        ("longitude", 1e-6),
        ("altitude", 0.01),
        ("bearing", 0.001),
    ):
        check(field_name, close(getattr(meta, field_name), want[field_name], tolerance))
    for field_name in (
        "bearing_ref",
        "utc_offset_minutes",
        "make",
        "model",
        "orientation",
        "width",
        "height",
        "mime",
    ):
        check(field_name, getattr(meta, field_name) == want[field_name])
    taken = meta.taken_local
    check(
        "taken_local",
        (taken.replace(microsecond=0) if taken else None) == want["taken_local"],
    )
    gps_time = meta.gps_time
    expected_gps = want["gps_time"]
    check(
        "gps_time",
        (gps_time is None and expected_gps is None)
        or (
            gps_time is not None
            and expected_gps is not None
            and gps_time.tzinfo is not None
            and abs((gps_time - expected_gps).total_seconds()) < 1e-3
        ),
    )
    # The source of the position follows ExifTool's: EXIF, unless only XMP has one.
    gps_source = reference()[name]["gps_source"]
    expected_source = None
    if want["latitude"] is not None:
        expected_source = "xmp" if gps_source == "XMP_ONLY" else "exif"
    check("position_source", meta.position_source == expected_source)
    deviation = DEVIATIONS.get(name)
    for fragment in deviation.warnings if deviation else ():
        if not any(fragment in warning for warning in meta.warnings):
            problems.append(f"no warning mentions {fragment!r}: {meta.warnings}")
    if meta.preview is not None:
        check("preview", meta.preview[:2] == b"\xff\xd8")
    assert not problems, f"{name}:\n  " + "\n  ".join(problems)


def test_the_deviation_table_names_only_corpus_files(corpus_dir: Path) -> None:
    assert set(DEVIATIONS) <= set(reference())
    for name, deviation in DEVIATIONS.items():
        assert deviation.reason and deviation.warnings, name
