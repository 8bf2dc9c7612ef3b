"""read_metadata on synthetic photos: every rule of the reader, one small file at a time.

Files are made with Pillow (and pillow-heif) where it can write what is needed, and byte by byte
(a small TIFF/EXIF builder, a minimal HEIF writer) where the case is a broken or unusual one.
"""

from __future__ import annotations

import io
import re
import struct
import time
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pillow_heif
import pytest
from PIL import Image, ImageCms
from PIL.TiffImagePlugin import IFDRational

from surveyapp.photos.metadata import (
    SMALL_FILE,
    NotAnImageError,
    PhotoMetadata,
    read_metadata,
    read_metadata_bytes,
)

GPS_IFD, EXIF_IFD = 0x8825, 0x8769

# ---- builders ------------------------------------------------------------------------------------


def pillow_exif(
    ifd0: dict[int, Any] | None = None,
    exif: dict[int, Any] | None = None,
    gps: dict[int, Any] | None = None,
) -> bytes:
    """An EXIF block written by Pillow (big-endian TIFF, with the "Exif\\0\\0" header)."""
    block = Image.Exif()
    for tag, value in (ifd0 or {}).items():
        block[tag] = value
    if exif:
        block.get_ifd(EXIF_IFD).update(exif)
    if gps:
        block.get_ifd(GPS_IFD).update(gps)
    return block.tobytes()


def jpeg(
    exif: bytes | None = None,
    xmp: bytes | None = None,
    size: tuple[int, int] = (64, 48),
    extra_app: bytes | None = None,
) -> bytes:
    """A JPEG from Pillow; ``extra_app`` (a whole segment) is put right after SOI."""
    out = io.BytesIO()
    params: dict[str, Any] = {}
    if exif is not None:
        params["exif"] = exif
    if xmp is not None:
        params["xmp"] = xmp
    Image.new("RGB", size, (90, 120, 150)).save(out, "JPEG", quality=80, **params)
    data = out.getvalue()
    if extra_app is not None:
        data = data[:2] + extra_app + data[2:]
    return data


def segment(marker: int, payload: bytes) -> bytes:
    return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload


def rational_gps(
    latitude: tuple[float, float, float] = (52, 30, 0),
    latitude_ref: str = "N",
    longitude: tuple[float, float, float] = (13, 24, 0),
    longitude_ref: str = "E",
    **extra: Any,
) -> dict[int, Any]:
    gps: dict[int, Any] = {
        1: latitude_ref,
        2: tuple(IFDRational(v) for v in latitude),
        3: longitude_ref,
        4: tuple(IFDRational(v) for v in longitude),
    }
    names = {"altitude_ref": 5, "altitude": 6, "time": 7, "status": 9, "ref": 0x10, "dir": 0x11}
    for key, value in extra.items():
        gps[0x1D if key == "date" else names[key]] = value
    return gps


@dataclass
class E:
    """One TIFF entry for the byte-level builder."""

    tag: int
    type: int
    value: Any  # str/bytes (ASCII, BYTE, UNDEFINED), ints, or (numerator, denominator) pairs
    count: int | None = None  # override the count written


_FORMATS = {1: "B", 3: "H", 4: "I", 5: "II", 7: "B", 9: "i", 10: "ii"}


def _raw(entry: E, endian: str) -> tuple[int, bytes]:
    if entry.type == 2:
        raw = (entry.value.encode() if isinstance(entry.value, str) else entry.value) + b"\0"
        return len(raw), raw
    if entry.type in (1, 7) and isinstance(entry.value, bytes):
        return len(entry.value), entry.value
    values = list(entry.value)
    fmt = _FORMATS[entry.type]
    raw = b"".join(
        struct.pack(endian + fmt, *(v if isinstance(v, tuple) else (v,))) for v in values
    )
    return len(values), raw


def build_tiff(
    ifd0: list[E],
    exif: list[E] | None = None,
    gps: list[E] | None = None,
    thumbnail: bytes | None = None,
    endian: str = "<",
    exif_pointer: int | None = None,
    gps_pointer: int | None = None,
    ifd1_pointer: int | None = None,
) -> bytes:
    """A TIFF structure: header, IFD0, Exif IFD, GPS IFD, IFD1, then the out-of-line values.

    The ``*_pointer`` arguments replace the offsets written for the sub-directories (for loops
    and offsets past the end).
    """
    directories = [list(ifd0), list(exif or []), list(gps or [])]
    has_ifd1 = thumbnail is not None
    if exif is not None or exif_pointer is not None:
        directories[0].append(E(EXIF_IFD, 4, [0]))
    if gps is not None or gps_pointer is not None:
        directories[0].append(E(GPS_IFD, 4, [0]))
    ifd1 = [E(0x201, 4, [0]), E(0x202, 4, [len(thumbnail or b"")])] if has_ifd1 else []
    all_dirs = [directories[0], directories[1], directories[2], ifd1]
    offsets, position = [], 8
    for index, entries in enumerate(all_dirs):
        offsets.append(position)
        if entries or index == 0:
            position += 2 + 12 * len(entries) + 4
    pointers = {
        EXIF_IFD: exif_pointer if exif_pointer is not None else offsets[1],
        GPS_IFD: gps_pointer if gps_pointer is not None else offsets[2],
    }
    data_start = position
    data = bytearray()
    thumbnail_offset = data_start
    if thumbnail is not None:
        data += thumbnail
    out = bytearray((b"II*\0" if endian == "<" else b"MM\0*") + struct.pack(endian + "I", 8))
    for index, entries in enumerate(all_dirs):
        if not entries and index > 0:
            continue
        out += struct.pack(endian + "H", len(entries))
        for entry in sorted(entries, key=lambda e: e.tag):
            if entry.tag in pointers and index == 0 and entry.type == 4:
                entry = E(entry.tag, 4, [pointers[entry.tag]])
            if entry.tag == 0x201 and index == 3:
                entry = E(0x201, 4, [thumbnail_offset])
            count, raw = _raw(entry, endian)
            count = entry.count if entry.count is not None else count
            if len(raw) <= 4:
                field = raw.ljust(4, b"\0")
            else:
                field = struct.pack(endian + "I", data_start + len(data))
                data += raw
            out += struct.pack(endian + "HHI", entry.tag, entry.type, count) + field
        next_ifd = 0
        if index == 0 and (has_ifd1 or ifd1_pointer is not None):
            next_ifd = ifd1_pointer if ifd1_pointer is not None else offsets[3]
        out += struct.pack(endian + "I", next_ifd)
    assert len(out) == data_start
    return bytes(out + data)


def exif_app1(tiff: bytes) -> bytes:
    return b"Exif\0\0" + tiff


def box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def full_box(kind: bytes, version: int, payload: bytes, flags: int = 0) -> bytes:
    return box(kind, bytes([version]) + flags.to_bytes(3, "big") + payload)


def heif(
    exif_payload: bytes | None,
    xmp: bytes | None = None,
    size: tuple[int, int] = (640, 480),
    iloc_version: int = 1,
    construction: int = 0,
    brand: bytes = b"heic",
) -> bytes:
    """A minimal HEIF: a (fake) primary image item with ispe, an Exif item, an XMP item."""
    items: list[tuple[int, bytes, bytes]] = [(1, b"hvc1", b"\0\0\0\0fake-hevc-data")]
    if exif_payload is not None:
        items.append((2, b"Exif", exif_payload))
    if xmp is not None:
        items.append((3, b"mime", xmp))

    def infe(item_id: int, kind: bytes) -> bytes:
        tail = b"application/rdf+xml\0" if kind == b"mime" else b""
        return full_box(b"infe", 2, struct.pack(">HH", item_id, 0) + kind + b"name\0" + tail)

    def meta(offsets: list[int]) -> bytes:
        iinf = full_box(
            b"iinf", 0, struct.pack(">H", len(items)) + b"".join(infe(i, k) for i, k, _ in items)
        )
        ids = ">I" if iloc_version == 2 else ">H"
        body = bytes([0x44, 0x00]) + struct.pack(ids, len(items))
        for (item_id, _, payload), offset in zip(items, offsets, strict=True):
            body += struct.pack(ids, item_id)
            if iloc_version in (1, 2):
                body += struct.pack(">H", construction)
            body += struct.pack(">HHII", 0, 1, offset, len(payload))
        iloc = full_box(b"iloc", iloc_version, body)
        ispe = full_box(b"ispe", 0, struct.pack(">II", *size))
        ipma = full_box(b"ipma", 0, struct.pack(">IHBB", 1, 1, 1, 0x81))
        iprp = box(b"iprp", box(b"ipco", ispe) + ipma)
        pitm = full_box(b"pitm", 0, struct.pack(">H", 1))
        hdlr = full_box(b"hdlr", 0, b"\0\0\0\0pict" + bytes(12) + b"\0")
        idat = box(b"idat", b"".join(p for _, _, p in items)) if construction == 1 else b""
        return full_box(b"meta", 0, hdlr + pitm + iloc + iinf + iprp + idat)

    ftyp = box(b"ftyp", brand + bytes(4) + b"mif1" + brand)
    placeholder = meta([0] * len(items))
    if construction == 1:
        offsets, position = [], 0
        for _, _, payload in items:
            offsets.append(position)
            position += len(payload)
        return ftyp + meta(offsets)
    position = len(ftyp) + len(placeholder) + 8
    offsets = []
    for _, _, payload in items:
        offsets.append(position)
        position += len(payload)
    mdat = box(b"mdat", b"".join(p for _, _, p in items))
    return ftyp + meta(offsets) + mdat


def png_chunk(kind: bytes, payload: bytes) -> bytes:
    return (
        struct.pack(">I", len(payload))
        + kind
        + payload
        + struct.pack(">I", zlib.crc32(kind + payload))
    )


def png(*after_idat: bytes, before_idat: tuple[bytes, ...] = ()) -> bytes:
    """A Pillow PNG with extra chunks inserted before the first IDAT / before IEND."""
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (1, 2, 3)).save(out, "PNG")
    data = out.getvalue()
    idat = data.index(b"IDAT") - 4
    iend = data.index(b"IEND") - 4
    return (
        data[:idat] + b"".join(before_idat) + data[idat:iend] + b"".join(after_idat) + data[iend:]
    )


def xmp_packet(body: str) -> bytes:
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF'
        ' xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        f"{body}</rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    ).encode()


EXIF_NS = 'xmlns:exif="http://ns.adobe.com/exif/1.0/"'


def has_warning(meta: PhotoMetadata, pattern: str) -> bool:
    return any(re.search(pattern, warning) for warning in meta.warnings)


# ---- GPS -----------------------------------------------------------------------------------------


def test_southern_and_western_coordinates_are_negative() -> None:
    gps = rational_gps((33, 51, 21.54), "S", (151, 12, 30.5), "W")
    meta = read_metadata_bytes(jpeg(pillow_exif(gps=gps)))
    assert meta.latitude == pytest.approx(-(33 + 51 / 60 + 21.54 / 3600), abs=1e-9)
    assert meta.longitude == pytest.approx(-(151 + 12 / 60 + 30.5 / 3600), abs=1e-9)
    assert meta.position_source == "exif"
    assert meta.warnings == ()


def _signed(
    latitude: list[tuple[int, int]], lat_ref: str, longitude: list[tuple[int, int]], lon_ref: str
) -> PhotoMetadata:
    """Coordinates written as signed rationals (SRATIONAL), as some phone apps do."""
    gps = [E(1, 2, lat_ref), E(2, 10, latitude), E(3, 2, lon_ref), E(4, 10, longitude)]
    return read_metadata_bytes(jpeg(exif=exif_app1(build_tiff([], gps=gps))))


def test_signed_coordinates_never_land_in_the_other_hemisphere() -> None:
    """Santiago de Chile written as -33° -52′ S, -70° -40′ W (the sign in the numbers and in
    the refs) was placed at 33.87, 70.67, on the Afghan border, without a word; -33° with the
    ref N was placed south without a word. A negative number agreeing with its ref is read as
    meant; one contradicting it, or signs mixed inside one coordinate, is no position."""
    santiago = _signed([(-33, 1), (-52, 1), (0, 1)], "S", [(-70, 1), (-40, 1), (0, 1)], "W")
    assert (santiago.latitude, santiago.longitude) == pytest.approx((-33.8667, -70.6667), 1e-4)
    assert santiago.warnings == ()
    sign_on_degrees = _signed([(-33, 1), (52, 1), (0, 1)], "S", [(70, 1), (40, 1), (0, 1)], "W")
    assert sign_on_degrees.latitude == pytest.approx(-33.8667, 1e-4)
    contradicted = _signed([(-33, 1), (0, 1), (0, 1)], "N", [(70, 1), (40, 1), (0, 1)], "W")
    assert contradicted.latitude is None and contradicted.longitude is None
    assert has_warning(contradicted, r"^GPS Latitude -33 is negative while its ref says N")
    mixed = _signed([(33, 1), (-30, 1), (0, 1)], "S", [(70, 1), (40, 1), (0, 1)], "W")
    assert mixed.latitude is None
    assert has_warning(mixed, r"^GPS Latitude \[33.0, -30.0, 0.0\] mixes signs")


def test_northern_and_eastern_coordinates_are_positive() -> None:
    meta = read_metadata_bytes(jpeg(pillow_exif(gps=rational_gps())))
    assert meta.latitude == pytest.approx(52.5) and meta.longitude == pytest.approx(13.4)


def test_zero_over_zero_rationals_are_no_value_not_nan() -> None:
    empty = (IFDRational(0, 0),) * 3
    gps = {1: "", 2: empty, 3: "", 4: empty, 6: IFDRational(0, 0), 0x11: IFDRational(0, 0)}
    meta = read_metadata_bytes(jpeg(pillow_exif(gps=gps)))
    assert meta.latitude is None and meta.longitude is None and meta.position_source is None
    assert meta.altitude is None and meta.bearing is None
    assert has_warning(meta, "Latitude has no value")
    assert has_warning(meta, "Altitude has no value")
    assert has_warning(meta, "ImgDirection has no value")


def test_signed_zero_over_zero_rationals_are_no_value() -> None:
    tiff = build_tiff(
        [E(0x010F, 2, "motorola")],
        gps=[E(1, 2, ""), E(2, 10, [(0, 0)] * 3), E(3, 2, ""), E(4, 10, [(0, 0)] * 3)],
    )
    meta = read_metadata_bytes(jpeg(extra_app=segment(0xE1, exif_app1(tiff))))
    assert meta.latitude is None and has_warning(meta, "Latitude has no value")
    assert meta.make == "motorola"


def test_a_void_fix_is_no_position() -> None:
    gps = rational_gps(status="V", dir=IFDRational(90), ref="T")
    meta = read_metadata_bytes(jpeg(pillow_exif(gps=gps)))
    assert meta.latitude is None and meta.longitude is None
    assert has_warning(meta, r"void \(GPSStatus V\)")
    assert (meta.bearing, meta.bearing_ref) == (90, "T")  # the direction is still the camera's


def test_an_active_fix_is_a_position() -> None:
    meta = read_metadata_bytes(jpeg(pillow_exif(gps=rational_gps(status="A"))))
    assert meta.latitude == pytest.approx(52.5)


def test_exactly_zero_zero_is_no_position() -> None:
    gps = rational_gps((0, 0, 0), "S", (0, 0, 0), "W", altitude=IFDRational(0), altitude_ref=b"\0")
    meta = read_metadata_bytes(jpeg(pillow_exif(gps=gps)))
    assert meta.latitude is None and meta.longitude is None
    assert has_warning(meta, "exactly 0,0")


@pytest.mark.parametrize(
    ("latitude", "longitude"),
    [((213, 38, 24.03), (103, 28, 48)), ((45, 0, 0), (181, 0, 0)), ((90, 0, 1), (10, 0, 0))],
)
def test_out_of_range_coordinates_are_no_position(
    latitude: tuple[float, float, float], longitude: tuple[float, float, float]
) -> None:
    meta = read_metadata_bytes(jpeg(pillow_exif(gps=rational_gps(latitude, "N", longitude, "E"))))
    assert meta.latitude is None and meta.longitude is None
    assert has_warning(meta, "out of range")


def test_altitude_is_signed_by_its_ref_and_bearing_has_its_ref() -> None:
    gps = rational_gps(
        altitude=IFDRational(1428, 100),
        altitude_ref=b"\x01",
        dir=IFDRational(2691, 10),
        ref="M",
    )
    meta = read_metadata_bytes(jpeg(pillow_exif(gps=gps)))
    assert meta.altitude == pytest.approx(-14.28)
    assert meta.bearing == pytest.approx(269.1) and meta.bearing_ref == "M"


def test_a_negative_altitude_stored_unsigned_is_read_signed() -> None:
    tiff = build_tiff([], gps=[E(5, 1, b"\0"), E(6, 5, [(4294967284, 1)])], endian=">")
    meta = read_metadata_bytes(jpeg(extra_app=segment(0xE1, exif_app1(tiff))))
    assert meta.altitude == -12
    assert has_warning(meta, "negative number stored as unsigned")


def test_gps_coordinates_written_as_text_are_read() -> None:
    tiff = build_tiff(
        [E(0x010F, 2, "")],
        exif=[E(0x010F, 2, "HTC"), E(0x0110, 2, "HTC One_M8")],
        gps=[
            E(1, 2, "N"),
            E(2, 2, "52,00000,50,00000,34,01180"),
            E(3, 2, "E"),
            E(4, 2, "11,00000,10,00000,58,28360"),
        ],
    )
    meta = read_metadata_bytes(jpeg(extra_app=segment(0xE1, exif_app1(tiff))))
    assert meta.latitude == pytest.approx(52 + 50 / 60 + 34.0118 / 3600, abs=1e-9)
    assert meta.longitude == pytest.approx(11 + 10 / 60 + 58.2836 / 3600, abs=1e-9)
    assert (meta.make, meta.model) == ("HTC", "HTC One_M8")
    assert has_warning(meta, "stored as text") and has_warning(meta, "Make read from the Exif")


def test_gps_time_combines_date_and_fractional_time_stamp() -> None:
    gps = rational_gps(
        date="2016:09:28", time=(IFDRational(17), IFDRational(17), IFDRational(5865, 100))
    )
    meta = read_metadata_bytes(jpeg(pillow_exif(gps=gps)))
    assert meta.gps_time == datetime(2016, 9, 28, 17, 17, 58, 650000, tzinfo=UTC)


def test_a_gps_date_stamp_with_a_time_uses_its_date() -> None:
    gps = rational_gps(
        date="2008:05:08 09:54:28", time=(IFDRational(9), IFDRational(54), IFDRational(28))
    )
    meta = read_metadata_bytes(jpeg(pillow_exif(gps=gps)))
    assert meta.gps_time == datetime(2008, 5, 8, 9, 54, 28, tzinfo=UTC)


@pytest.mark.parametrize("stamp", ["\x1c\x01WGS-84", "2019:13:45", "0000:00:00", ""])
def test_a_garbage_gps_date_is_no_gps_time(stamp: str) -> None:
    gps = rational_gps(date=stamp, time=(IFDRational(1), IFDRational(2), IFDRational(3)))
    meta = read_metadata_bytes(jpeg(pillow_exif(gps=gps)))
    assert meta.gps_time is None
    assert meta.latitude == pytest.approx(52.5)


def test_a_garbage_gps_time_is_no_gps_time() -> None:
    times = (IFDRational(1131375984, 1869505902), IFDRational(1950679091), IFDRational(18))
    meta = read_metadata_bytes(jpeg(pillow_exif(gps=rational_gps(date="2020:01:01", time=times))))
    assert meta.gps_time is None and has_warning(meta, "TimeStamp")


# ---- time, camera, orientation -------------------------------------------------------------------


def test_capture_time_has_sub_seconds_and_utc_offset() -> None:
    exif = {
        0x9003: "2023:10:06 22:53:51",
        0x9291: "724",
        0x9011: "+02:00",
        0x0132: "2099:01:01 00:00:00",
    }
    meta = read_metadata_bytes(jpeg(pillow_exif(exif=exif)))
    assert meta.taken_local == datetime(2023, 10, 6, 22, 53, 51, 724000)
    assert meta.utc_offset_minutes == 120


def test_a_negative_offset_and_no_sub_seconds() -> None:
    meta = read_metadata_bytes(
        jpeg(pillow_exif(exif={0x9003: "2021:04:11 15:47:53", 0x9011: "-05:00"}))
    )
    assert meta.taken_local == datetime(2021, 4, 11, 15, 47, 53)
    assert meta.utc_offset_minutes == -300


def test_ifd0_datetime_is_not_a_capture_time() -> None:
    meta = read_metadata_bytes(jpeg(pillow_exif(ifd0={0x0132: "2020:01:01 10:00:00"})))
    assert meta.taken_local is None and meta.utc_offset_minutes is None


@pytest.mark.parametrize("value", ["0000:00:00 00:00:00", "    :  :     :  :  ", "garbage"])
def test_a_garbage_capture_time_is_none(value: str) -> None:
    meta = read_metadata_bytes(jpeg(pillow_exif(exif={0x9003: value, 0x9011: "+01:00"})))
    assert meta.taken_local is None and has_warning(meta, "DateTimeOriginal")


def test_make_and_model_lose_what_follows_the_nul_and_spaces() -> None:
    tiff = build_tiff([E(0x010F, 2, b"GoPro\0\x8a\x13junk  "), E(0x0110, 2, b"  HD2  \0\xff")])
    meta = read_metadata_bytes(jpeg(extra_app=segment(0xE1, exif_app1(tiff))))
    assert (meta.make, meta.model) == ("GoPro", "HD2")


def test_empty_make_is_none() -> None:
    meta = read_metadata_bytes(jpeg(pillow_exif(ifd0={0x010F: "   ", 0x0110: "X100"})))
    assert (meta.make, meta.model) == (None, "X100")


@pytest.mark.parametrize(("value", "expected"), [(1, 1), (6, 6), (8, 8), (0, None), (9, None)])
def test_orientation(value: int, expected: int | None) -> None:
    meta = read_metadata_bytes(jpeg(pillow_exif(ifd0={0x0112: value})))
    assert meta.orientation == expected
    assert has_warning(meta, "Orientation") == (expected is None)


# ---- XMP -----------------------------------------------------------------------------------------


def test_gps_only_in_xmp_is_used_with_its_source() -> None:
    body = (
        f'<rdf:Description rdf:about="" {EXIF_NS} xmlns:tiff="http://ns.adobe.com/tiff/1.0/"'
        ' exif:GPSLatitude="33,50.1234S" exif:GPSLongitude="151,12.5W"'
        ' exif:GPSAltitude="136169/100" exif:GPSAltitudeRef="1"'
        ' exif:GPSImgDirection="1763/10" exif:GPSImgDirectionRef="T"'
        ' exif:DateTimeOriginal="2019-07-16T10:26:11.5+03:00" tiff:Make="SAMSUNG"/>'
    )
    meta = read_metadata_bytes(jpeg(xmp=xmp_packet(body)))
    assert meta.position_source == "xmp"
    assert meta.latitude == pytest.approx(-(33 + 50.1234 / 60))
    assert meta.longitude == pytest.approx(-(151 + 12.5 / 60))
    assert meta.altitude == pytest.approx(-1361.69)
    assert meta.bearing == pytest.approx(176.3) and meta.bearing_ref == "T"
    assert meta.taken_local == datetime(2019, 7, 16, 10, 26, 11, 500000)
    assert meta.utc_offset_minutes == 180
    assert meta.make == "SAMSUNG"


def test_xmp_values_as_elements_and_decimal_degrees() -> None:
    body = (
        f'<rdf:Description rdf:about="" {EXIF_NS}>'
        "<exif:GPSLatitude>-38.4051948</exif:GPSLatitude>"
        "<exif:GPSLongitude>144.188958</exif:GPSLongitude>"
        "<exif:GPSTimeStamp>2002-07-13T14:58:24Z</exif:GPSTimeStamp>"
        "</rdf:Description>"
    )
    meta = read_metadata_bytes(jpeg(xmp=xmp_packet(body)))
    assert meta.latitude == pytest.approx(-38.4051948)
    assert meta.longitude == pytest.approx(144.188958)
    assert meta.gps_time == datetime(2002, 7, 13, 14, 58, 24, tzinfo=UTC)


def test_dji_xmp_position_and_altitude() -> None:
    body = (
        '<rdf:Description rdf:about="DJI Meta Data" xmlns:drone-dji="http://www.dji.com/drone-dji/1.0/"'
        ' drone-dji:GpsLatitude="+47.3541841" drone-dji:GpsLongitude="-10.1913155"'
        ' drone-dji:AbsoluteAltitude="+1252.12"/>'
    )
    meta = read_metadata_bytes(jpeg(xmp=xmp_packet(body)))
    assert meta.latitude == pytest.approx(47.3541841)
    assert meta.longitude == pytest.approx(-10.1913155)
    assert meta.altitude == pytest.approx(1252.12) and meta.position_source == "xmp"


def test_exif_gps_wins_over_xmp_gps() -> None:
    body = (
        f'<rdf:Description rdf:about="" {EXIF_NS}'
        ' exif:GPSLatitude="10,0N" exif:GPSLongitude="10,0E"/>'
    )
    meta = read_metadata_bytes(jpeg(pillow_exif(gps=rational_gps()), xmp=xmp_packet(body)))
    assert meta.latitude == pytest.approx(52.5) and meta.position_source == "exif"


def test_xmp_is_used_when_the_exif_fix_is_invalid() -> None:
    body = (
        f'<rdf:Description rdf:about="" {EXIF_NS}'
        ' exif:GPSLatitude="10,30N" exif:GPSLongitude="20,0W"/>'
    )
    gps = rational_gps((0, 0, 0), "N", (0, 0, 0), "E")
    meta = read_metadata_bytes(jpeg(pillow_exif(gps=gps), xmp=xmp_packet(body)))
    assert (meta.latitude, meta.longitude, meta.position_source) == (10.5, -20.0, "xmp")
    assert has_warning(meta, "exactly 0,0")


def test_broken_xmp_is_read_leniently() -> None:
    packet = (
        b'<x:xmpmeta><rdf:Description exif:GPSLatitude="1,30N" exif:GPSLongitude="2,15E">'
        b"<unclosed></rdf:Description>\x00\x00"
    )
    meta = read_metadata_bytes(jpeg(xmp=packet))
    assert (meta.latitude, meta.longitude) == (1.5, 2.25)
    assert has_warning(meta, "not well-formed")


def test_xmp_entities_are_never_expanded() -> None:
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    packet = (
        f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY l0 "lol">{laughs}]>'
        f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description {EXIF_NS}'
        ' exif:GPSLatitude="&l9;" exif:GPSLongitude="2,0E"/></rdf:RDF></x:xmpmeta>'
    ).encode()
    started = time.perf_counter()
    meta = read_metadata_bytes(jpeg(xmp=packet))
    assert time.perf_counter() - started < 1.0
    assert meta.latitude is None and has_warning(meta, "DOCTYPE")


def test_a_huge_bad_value_is_said_in_a_few_words() -> None:
    """A damaged or hostile file's 60,000-digit latitude (XMP) or 30,000-letter GPS date
    (EXIF) was quoted whole in its warning: a 60 KB line on the terminal and in the import's
    summary, kept in the photo's notes. The warning now quotes its first 40 characters."""
    packet = xmp_packet(
        f'<rdf:Description rdf:about="" {EXIF_NS}'
        f' exif:GPSLatitude="{"9" * 60_000}" exif:GPSLongitude="7,15E"/>'
    )
    gps = [E(1, 2, "N"), E(2, 5, [(44, 1), (48, 1), (0, 1)])]
    gps += [E(3, 2, "E"), E(4, 5, [(20, 1), (27, 1), (0, 1)])]
    gps += [E(7, 5, [(10, 1), (0, 1), (0, 1)]), E(0x1D, 2, "2026:05:04" + "x" * 30_000)]
    from_xmp = read_metadata_bytes(jpeg(xmp=packet))
    from_exif = read_metadata_bytes(jpeg(exif=exif_app1(build_tiff([], gps=gps))))
    assert has_warning(from_xmp, r"^XMP GPS position '9{39}…', '7,15E' cannot be read")
    assert has_warning(from_exif, r"^GPS DateStamp '2026:05:04x{29}…' has extra text")
    warnings = from_xmp.warnings + from_exif.warnings
    assert max(len(warning) for warning in warnings) < 200, warnings


def test_extended_xmp_in_jpeg_is_assembled() -> None:
    guid = b"0123456789ABCDEF0123456789ABCDEF"
    extended = xmp_packet(
        f'<rdf:Description rdf:about="" {EXIF_NS}'
        ' exif:GPSLatitude="45,30N" exif:GPSLongitude="7,15E"/>'
    )
    main = xmp_packet(
        '<rdf:Description rdf:about="" xmlns:xmpNote="http://ns.adobe.com/xmp/note/"'
        f' xmpNote:HasExtendedXMP="{guid.decode()}"/>'
    )
    half = len(extended) // 2
    chunks = b""
    for offset, part in ((0, extended[:half]), (half, extended[half:])):
        header = b"http://ns.adobe.com/xmp/extension/\0" + guid
        chunks += segment(0xE1, header + struct.pack(">II", len(extended), offset) + part)
    meta = read_metadata_bytes(jpeg(xmp=main, extra_app=chunks))
    assert (meta.latitude, meta.longitude, meta.position_source) == (45.5, 7.25, "xmp")


# ---- containers ----------------------------------------------------------------------------------


def test_jpeg_size_comes_from_sof_and_any_app_order() -> None:
    huawei = segment(0xE7, b"HUAWEI\0" + bytes(3000))  # a proprietary APP7 before the EXIF APP1
    data = jpeg(
        size=(320, 200),
        extra_app=huawei + segment(0xE1, b"Exif\0\0" + pillow_exif(gps=rational_gps())[6:]),
    )
    meta = read_metadata_bytes(data)
    assert (meta.mime, meta.width, meta.height) == ("image/jpeg", 320, 200)
    assert meta.latitude == pytest.approx(52.5)


def test_exif_thumbnail_becomes_the_preview() -> None:
    thumb = jpeg(size=(16, 12))
    tiff = build_tiff([E(0x0112, 3, [6])], thumbnail=thumb)
    meta = read_metadata_bytes(jpeg(extra_app=segment(0xE1, exif_app1(tiff))))
    assert meta.preview == thumb and meta.orientation == 6


def test_a_thumbnail_that_is_not_a_jpeg_is_no_preview() -> None:
    tiff = build_tiff([], thumbnail=b"not a jpeg at all")
    meta = read_metadata_bytes(jpeg(extra_app=segment(0xE1, exif_app1(tiff))))
    assert meta.preview is None and has_warning(meta, "thumbnail")


def test_png_with_exif_after_idat() -> None:
    exif = pillow_exif(ifd0={0x010F: "Canon"}, gps=rational_gps())[6:]  # eXIf holds bare TIFF
    data = png(png_chunk(b"eXIf", exif))
    assert data.index(b"eXIf") > data.index(b"IDAT")
    meta = read_metadata_bytes(data)
    assert (meta.mime, meta.width, meta.height, meta.make) == ("image/png", 40, 30, "Canon")
    assert meta.latitude == pytest.approx(52.5)


def test_png_xmp_compressed_itxt() -> None:
    packet = xmp_packet(
        f'<rdf:Description {EXIF_NS} exif:GPSLatitude="5,0S" exif:GPSLongitude="6,0E"/>'
    )
    itxt = b"XML:com.adobe.xmp\0\x01\x00\0\0" + zlib.compress(packet)
    meta = read_metadata_bytes(png(png_chunk(b"iTXt", itxt)))
    assert (meta.latitude, meta.longitude) == (-5.0, 6.0)


def test_png_imagemagick_raw_exif_profile() -> None:
    blob = pillow_exif(ifd0={0x0110: "Model X"})
    text = f"\nexif\n{len(blob):8d}\n{blob.hex()}\n".encode()
    ztxt = b"Raw profile type exif\0\0" + zlib.compress(text)
    meta = read_metadata_bytes(png(before_idat=(png_chunk(b"zTXt", ztxt),)))
    assert meta.model == "Model X"


def test_webp_with_icc_before_exif() -> None:
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    exif = pillow_exif(ifd0={0x010F: "HTC"}, gps=rational_gps())
    Image.new("RGB", (776, 909)).save(out, "WEBP", exif=exif, icc_profile=icc)
    data = out.getvalue()
    assert data.index(b"ICCP") < data.index(b"EXIF")
    meta = read_metadata_bytes(data)
    assert (meta.mime, meta.width, meta.height, meta.make) == ("image/webp", 776, 909, "HTC")
    assert meta.latitude == pytest.approx(52.5)


def test_webp_exif_chunk_with_or_without_exif_header() -> None:
    tiff = pillow_exif(ifd0={0x010F: "Apple"})[6:]
    for payload in (tiff, b"Exif\0\0" + tiff):
        vp8l = b"\x2f" + ((39) | (29 << 14)).to_bytes(4, "little")
        chunks = box_riff(b"VP8L", vp8l) + box_riff(b"EXIF", payload)
        data = b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WEBP" + chunks
        meta = read_metadata_bytes(data)
        assert (meta.make, meta.width, meta.height) == ("Apple", 40, 30)


def box_riff(kind: bytes, payload: bytes) -> bytes:
    return kind + struct.pack("<I", len(payload)) + payload + (b"\0" if len(payload) % 2 else b"")


@pytest.mark.parametrize("iloc_version", [0, 1, 2])
def test_heic_exif_and_xmp_items(iloc_version: int) -> None:
    exif = pillow_exif(ifd0={0x010F: "Apple", 0x0112: 6}, gps=rational_gps(latitude_ref="S"))
    payload = struct.pack(">I", 6) + exif  # offset to the TIFF header, then "Exif\0\0"
    packet = xmp_packet(
        '<rdf:Description xmlns:tiff="http://ns.adobe.com/tiff/1.0/" tiff:Model="iPhone"/>'
    )
    meta = read_metadata_bytes(heif(payload, packet, (4032, 3024), iloc_version=iloc_version))
    assert (meta.mime, meta.width, meta.height) == ("image/heic", 4032, 3024)
    assert (meta.make, meta.model, meta.orientation) == ("Apple", "iPhone", 6)
    assert meta.latitude == pytest.approx(-52.5)


def test_heic_exif_payload_without_exif_marker_and_in_idat() -> None:
    tiff = pillow_exif(ifd0={0x010F: "Apple"})[6:]
    for data in (
        heif(struct.pack(">I", 0) + tiff),  # offset 0, then "MM\0*" (mdx__exif-at-eof.heic)
        heif(struct.pack(">I", 6) + tiff),  # an offset that is wrong: found by searching
        heif(struct.pack(">I", 6) + b"Exif\0\0" + tiff, construction=1),
    ):
        assert read_metadata_bytes(data).make == "Apple"


def test_avif_and_heif_brands() -> None:
    tiff = struct.pack(">I", 6) + pillow_exif(ifd0={0x010F: "Apple"})
    assert read_metadata_bytes(heif(tiff, brand=b"avif")).mime == "image/avif"
    assert read_metadata_bytes(heif(tiff, brand=b"mif1")).mime == "image/heif"


def test_heic_written_by_pillow_heif() -> None:
    out = io.BytesIO()
    exif = pillow_exif(ifd0={0x010F: "Xiaomi"}, gps=rational_gps())
    pillow_heif.from_pillow(Image.new("RGB", (64, 48))).save(out, exif=exif, quality=10)
    meta = read_metadata_bytes(out.getvalue())
    assert (meta.mime, meta.make) == ("image/heic", "Xiaomi")
    # The size is the primary item's ispe, as ExifTool reports it: libheif codes 64x64 and
    # crops to 64x48 with a 'clap' box, which (like ExifTool) the reader does not apply.
    assert (meta.width, meta.height) == (64, 64)
    assert meta.latitude == pytest.approx(52.5)


def test_tiff_and_dng() -> None:
    exif = build_tiff(
        [E(0x0100, 3, [120]), E(0x0101, 3, [80]), E(0x010F, 2, "DJI")],
        gps=[
            E(1, 2, "N"),
            E(2, 5, [(39, 1), (55, 1), (1, 1)]),
            E(3, 2, "W"),
            E(4, 5, [(2, 1), (0, 1), (0, 1)]),
        ],
    )
    meta = read_metadata_bytes(exif)
    assert (meta.mime, meta.width, meta.height, meta.make) == ("image/tiff", 120, 80, "DJI")
    assert meta.longitude == -2.0
    dng = build_tiff(
        [E(0x0100, 3, [256]), E(0x0101, 3, [171]), E(0xC612, 1, b"\1\4\0\0")], endian=">"
    )
    assert read_metadata_bytes(dng).mime == "image/x-adobe-dng"


def test_dng_size_is_that_of_the_full_resolution_subifd() -> None:
    # IFD0 is a 256x171 preview (SubfileType 1); the raw image is in a SubIFD (SubfileType 0)
    header = b"II*\0" + struct.pack("<I", 8)
    ifd0_entries = [
        (0xFE, 4, 1, 1),
        (0x100, 3, 1, 256),
        (0x101, 3, 1, 171),
        (0x14A, 4, 1, 0),
        (0xC612, 1, 4, 0x0401),
    ]
    sub_offset = 8 + 2 + 12 * len(ifd0_entries) + 4
    ifd0 = struct.pack("<H", len(ifd0_entries))
    for tag, typ, count, value in ifd0_entries:
        ifd0 += struct.pack("<HHII", tag, typ, count, sub_offset if tag == 0x14A else value)
    ifd0 += struct.pack("<I", 0)
    sub = (
        struct.pack("<H", 3)
        + b"".join(
            struct.pack("<HHII", tag, 4, 1, value)
            for tag, value in ((0xFE, 0), (0x100, 1224), (0x101, 816))
        )
        + struct.pack("<I", 0)
    )
    meta = read_metadata_bytes(header + ifd0 + sub)
    assert (meta.mime, meta.width, meta.height) == ("image/x-adobe-dng", 1224, 816)


# ---- damaged and hostile files -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"camera on the corner, dome, Hikvision?\n", "text"),
        (b"PK\x03\x04" + bytes(100), "ZIP"),
        (b"%PDF-1.7\n", "PDF"),
        (b"GIF89a" + bytes(20), "GIF"),
        (b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2", "video"),
        (b"RIFF\x10\x00\x00\x00WAVEfmt ", "RIFF"),
        (b"\xff\xd8", "too short"),
        (bytes(range(256)) * 4, "unknown format"),
    ],
)
def test_non_images_raise_not_an_image(data: bytes, reason: str) -> None:
    with pytest.raises(NotAnImageError, match=reason):
        read_metadata_bytes(data)


def test_extension_does_not_matter(tmp_path: Path) -> None:
    photo = jpeg(pillow_exif(gps=rational_gps()))
    (tmp_path / "photo.heic").write_bytes(photo)
    (tmp_path / "notes.jpg").write_bytes(b"hello\n")
    assert read_metadata(tmp_path / "photo.heic").mime == "image/jpeg"
    with pytest.raises(NotAnImageError):
        read_metadata(tmp_path / "notes.jpg")


def test_a_truncated_jpeg_keeps_what_it_has() -> None:
    data = jpeg(pillow_exif(ifd0={0x010F: "Canon"}, gps=rational_gps()), size=(300, 200))
    sof = data.index(b"\xff\xc0")
    half = read_metadata_bytes(data[: sof + 20])  # cut inside the Huffman tables
    assert (half.make, half.width, half.height) == ("Canon", 300, 200)
    assert half.latitude == pytest.approx(52.5)
    assert has_warning(half, "truncated")
    cut_exif = read_metadata_bytes(data[: data.index(b"Exif") + 40])  # cut inside the EXIF
    assert cut_exif.mime == "image/jpeg" and cut_exif.width is None
    assert cut_exif.warnings


def test_an_ifd_loop_is_detected() -> None:
    # The Exif IFD pointer and IFD1 (next-IFD) both point back at IFD0; GPS points at itself.
    tiff = build_tiff([E(0x010F, 2, "Loop")], exif_pointer=8, ifd1_pointer=8)
    meta = read_metadata_bytes(jpeg(extra_app=segment(0xE1, exif_app1(tiff))))
    assert meta.make == "Loop" and has_warning(meta, "loops back")
    tiff = build_tiff([E(0x010F, 2, "Loop")], gps=[E(0, 1, b"\2\2\0\0")], gps_pointer=8)
    meta = read_metadata_bytes(jpeg(extra_app=segment(0xE1, exif_app1(tiff))))
    assert meta.latitude is None and has_warning(meta, "GPS IFD loops back")


def test_offsets_past_the_end_are_ignored() -> None:
    tiff = build_tiff(
        [E(0x010F, 2, "Nikon"), E(0x0110, 2, "way past the end", count=17)],
        gps_pointer=0x7FFFFFF0,
        exif_pointer=0xFFFFFFFF,
    )
    # point the Model's value offset past the end of the block
    model_entry = tiff.index(struct.pack("<HHI", 0x0110, 2, 17))
    tiff = tiff[: model_entry + 8] + struct.pack("<I", 0x00FFFFFF) + tiff[model_entry + 12 :]
    meta = read_metadata_bytes(jpeg(extra_app=segment(0xE1, exif_app1(tiff))))
    assert (meta.make, meta.model) == ("Nikon", None)
    assert has_warning(meta, "outside the EXIF data")


def test_a_huge_entry_count_is_ignored() -> None:
    tiff = b"II*\0" + struct.pack("<IH", 8, 0xFFFF) + bytes(64)
    meta = read_metadata_bytes(jpeg(extra_app=segment(0xE1, exif_app1(tiff))))
    assert meta.make is None and has_warning(meta, "entries")


def test_a_gps_pointer_of_the_wrong_type_is_ignored() -> None:
    tiff = build_tiff([E(0x010F, 2, "Sony"), E(GPS_IFD, 2, "1234567")])
    meta = read_metadata_bytes(jpeg(extra_app=segment(0xE1, exif_app1(tiff))))
    assert meta.make == "Sony" and has_warning(meta, "wrong format")


def test_read_metadata_reads_large_files_by_parts(tmp_path: Path) -> None:
    exif = pillow_exif(
        ifd0={0x010F: "Google"}, exif={0x9003: "2023:10:06 22:53:51"}, gps=rational_gps()
    )
    padding = segment(0xE2, b"ICC_PROFILE\0" + bytes(60000))
    data = jpeg(exif, size=(1200, 900), extra_app=padding * ((SMALL_FILE // 60000) + 2))
    assert len(data) > SMALL_FILE
    path = tmp_path / "big.jpg"
    path.write_bytes(data)
    assert read_metadata(path) == read_metadata_bytes(data)
    assert read_metadata(path).latitude == pytest.approx(52.5)


def test_a_large_altitude_with_a_fine_denominator_stays_positive() -> None:
    tiff = build_tiff([], gps=[E(6, 5, [(3_000_000_000, 1_000_000)])])
    meta = read_metadata_bytes(jpeg(extra_app=segment(0xE1, exif_app1(tiff))))
    assert meta.altitude == 3000 and not meta.warnings


def test_a_bug_in_the_reader_becomes_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("surveyapp.photos.tiff.parse_tiff", broken)
    meta = read_metadata_bytes(jpeg(pillow_exif(gps=rational_gps()), size=(30, 20)))
    assert (meta.mime, meta.width, meta.height, meta.latitude) == ("image/jpeg", 30, 20, None)
    assert has_warning(meta, "internal error .*RuntimeError: boom")


def test_utf16_xmp_is_read_and_still_checked_for_entities() -> None:
    body = f'<rdf:Description {EXIF_NS} exif:GPSLatitude="3,0N" exif:GPSLongitude="4,0W"/>'
    packet = ('<?xml version="1.0" encoding="UTF-16"?>' + xmp_packet(body).decode()).encode(
        "utf-16"
    )
    meta = read_metadata_bytes(heif(None, packet))
    assert (meta.latitude, meta.longitude, meta.position_source) == (3.0, -4.0, "xmp")
    hostile = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "b">]><x/>'
    meta = read_metadata_bytes(heif(None, (hostile + body).encode("utf-16")))
    assert has_warning(meta, "DOCTYPE")


IPTC_EXT_NS = 'xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"'


def _location(kind: str, latitude: str, longitude: str, *, bag: bool) -> str:
    fields = f"<exif:GPSLatitude>{latitude}</exif:GPSLatitude>"
    fields += f"<exif:GPSLongitude>{longitude}</exif:GPSLongitude>"
    if bag:
        fields = f'<rdf:Bag><rdf:li rdf:parseType="Resource">{fields}</rdf:li></rdf:Bag>'
        return f"<Iptc4xmpExt:{kind}>{fields}</Iptc4xmpExt:{kind}>"
    return f'<Iptc4xmpExt:{kind} rdf:parseType="Resource">{fields}</Iptc4xmpExt:{kind}>'


def test_the_place_a_photo_shows_is_not_where_it_was_taken() -> None:
    # IPTC LocationShown is the place *depicted* (a landmark across the river): no position.
    shown = _location("LocationShown", "48.8584", "2.2945", bag=True)
    body = f'<rdf:Description rdf:about="" {EXIF_NS} {IPTC_EXT_NS}>{shown}</rdf:Description>'
    meta = read_metadata_bytes(jpeg(xmp=xmp_packet(body)))
    assert (meta.latitude, meta.longitude) == (None, None)
    # Nor when the packet is not well-formed (read by the lenient scan).
    broken = xmp_packet(body).replace(b"</x:xmpmeta>", b"</x:xmpmeta")
    meta = read_metadata_bytes(jpeg(xmp=broken))
    assert (meta.latitude, meta.longitude) == (None, None)
    # The photo's own GPS beside it counts, and so does LocationCreated (where it was taken).
    own = f'<rdf:Description rdf:about="" {EXIF_NS} exif:GPSLatitude="44.81"'
    own += ' exif:GPSLongitude="20.46"/>'
    meta = read_metadata_bytes(jpeg(xmp=xmp_packet(body + own)))
    assert meta.latitude == pytest.approx(44.81) and meta.longitude == pytest.approx(20.46)
    created = _location("LocationCreated", "45.25", "19.84", bag=False)
    body = (
        f'<rdf:Description rdf:about="" {EXIF_NS} {IPTC_EXT_NS}>{shown}{created}</rdf:Description>'
    )
    meta = read_metadata_bytes(jpeg(xmp=xmp_packet(body)))
    assert meta.latitude == pytest.approx(45.25) and meta.longitude == pytest.approx(19.84)
