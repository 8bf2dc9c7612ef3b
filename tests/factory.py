"""Synthetic phone photos for tests and benchmarks: a JPEG with the EXIF a phone writes.

The EXIF block is built here byte by byte (IFD0, Exif IFD, GPS IFD and IFD1 with an embedded JPEG
thumbnail, as phones write it), so tests control every value, including broken ones.
"""

from __future__ import annotations

import io
import random
import struct
from dataclasses import dataclass
from datetime import datetime
from fractions import Fraction
from pathlib import Path
from typing import Any

from PIL import Image

# TIFF field types
BYTE, ASCII, SHORT, LONG, RATIONAL, UNDEFINED, SRATIONAL = 1, 2, 3, 4, 5, 7, 10
_SIZES = {BYTE: 1, ASCII: 1, SHORT: 2, LONG: 4, RATIONAL: 8, UNDEFINED: 1, SRATIONAL: 8}


@dataclass
class Entry:
    tag: int
    type: int
    value: Any  # bytes/str for BYTE/ASCII/UNDEFINED, tuple of ints or (num, den) pairs


def _encode_value(entry: Entry) -> tuple[int, bytes]:
    kind, value = entry.type, entry.value
    if kind == ASCII:
        raw = (value.encode() if isinstance(value, str) else bytes(value)) + b"\0"
        return len(raw), raw
    if kind in (BYTE, UNDEFINED):
        raw = bytes(value)
        return len(raw), raw
    items = list(value)
    if kind == SHORT:
        return len(items), b"".join(struct.pack("<H", v) for v in items)
    if kind == LONG:
        return len(items), b"".join(struct.pack("<I", v) for v in items)
    fmt = "<II" if kind == RATIONAL else "<ii"
    return len(items), b"".join(struct.pack(fmt, num, den) for num, den in items)


def _ifd(entries: list[Entry], start: int, next_ifd: int) -> bytes:
    """One little-endian IFD at offset ``start``, its out-of-line values right after it."""
    entries = sorted(entries, key=lambda e: e.tag)
    table_size = 2 + 12 * len(entries) + 4
    data = b""
    table = struct.pack("<H", len(entries))
    for entry in entries:
        count, raw = _encode_value(entry)
        if len(raw) <= 4:
            table += struct.pack("<HHI", entry.tag, entry.type, count) + raw.ljust(4, b"\0")
        else:
            offset = start + table_size + len(data)
            table += struct.pack("<HHII", entry.tag, entry.type, count, offset)
            data += raw + (b"\0" if len(raw) % 2 else b"")
    return table + struct.pack("<I", next_ifd) + data


def _ifd_size(entries: list[Entry]) -> int:
    return len(_ifd(entries, 0, 0))


def tiff_block(
    ifd0: list[Entry],
    exif: list[Entry] | None = None,
    gps: list[Entry] | None = None,
    thumbnail: bytes | None = None,
) -> bytes:
    """A little-endian TIFF structure: IFD0 (+ pointers), Exif IFD, GPS IFD, IFD1 thumbnail."""
    ifd0 = list(ifd0)
    pointer_entries = []
    if exif is not None:
        pointer_entries.append(Entry(0x8769, LONG, (0,)))
    if gps is not None:
        pointer_entries.append(Entry(0x8825, LONG, (0,)))
    ifd0_size = _ifd_size(ifd0 + pointer_entries)
    offset = 8 + ifd0_size
    exif_offset = gps_offset = ifd1_offset = 0
    if exif is not None:
        exif_offset, offset = offset, offset + _ifd_size(exif)
    if gps is not None:
        gps_offset, offset = offset, offset + _ifd_size(gps)
    ifd1_entries: list[Entry] = []
    if thumbnail is not None:
        ifd1_entries = [
            Entry(0x0103, SHORT, (6,)),
            Entry(0x0201, LONG, (0,)),
            Entry(0x0202, LONG, (len(thumbnail),)),
        ]
        ifd1_offset, offset = offset, offset + _ifd_size(ifd1_entries)
        thumb_offset = offset
        ifd1_entries[1] = Entry(0x0201, LONG, (thumb_offset,))
    pointers = []
    if exif is not None:
        pointers.append(Entry(0x8769, LONG, (exif_offset,)))
    if gps is not None:
        pointers.append(Entry(0x8825, LONG, (gps_offset,)))
    out = b"II*\0" + struct.pack("<I", 8) + _ifd(ifd0 + pointers, 8, ifd1_offset)
    if exif is not None:
        out += _ifd(exif, exif_offset, 0)
    if gps is not None:
        out += _ifd(gps, gps_offset, 0)
    if thumbnail is not None:
        out += _ifd(ifd1_entries, ifd1_offset, 0) + thumbnail
    return out


def dms(value: float) -> tuple[tuple[int, int], ...]:
    """Degrees as the three rationals EXIF stores (seconds to 1/10000)."""
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round(((value - degrees) * 60 - minutes) * 60 * 10000)
    return ((degrees, 1), (minutes, 1), (seconds, 10000))


def rational(value: float, limit: int = 1000000) -> tuple[int, int]:
    fraction = Fraction(value).limit_denominator(limit)
    return (fraction.numerator, fraction.denominator)


@dataclass
class PhotoSpec:
    """What a synthetic photo says about itself (None leaves the tag out)."""

    latitude: float | None = 44.8125
    longitude: float | None = 20.4612
    altitude: float | None = 117.5
    bearing: float | None = 135.0
    bearing_ref: str = "T"
    taken: datetime | None = datetime(2026, 5, 4, 10, 30, 15)
    subsec: str | None = None
    offset: str | None = "+02:00"
    gps_time: datetime | None = None
    make: str | None = "Fairphone"
    model: str | None = "FP5"
    orientation: int | None = 1
    size: tuple[int, int] = (96, 72)
    thumbnail: bool = True
    gps_status: str | None = None


def exif_entries(spec: PhotoSpec) -> tuple[list[Entry], list[Entry], list[Entry] | None]:
    ifd0: list[Entry] = []
    if spec.make:
        ifd0.append(Entry(0x010F, ASCII, spec.make))
    if spec.model:
        ifd0.append(Entry(0x0110, ASCII, spec.model))
    if spec.orientation is not None:
        ifd0.append(Entry(0x0112, SHORT, (spec.orientation,)))
    exif: list[Entry] = [Entry(0x9000, UNDEFINED, b"0232")]
    if spec.taken:
        exif.append(Entry(0x9003, ASCII, spec.taken.strftime("%Y:%m:%d %H:%M:%S")))
    if spec.offset:
        exif.append(Entry(0x9011, ASCII, spec.offset))
    if spec.subsec:
        exif.append(Entry(0x9291, ASCII, spec.subsec))
    gps: list[Entry] | None = None
    if spec.latitude is not None and spec.longitude is not None:
        gps = [
            Entry(0x0000, BYTE, b"\2\3\0\0"),
            Entry(0x0001, ASCII, "N" if spec.latitude >= 0 else "S"),
            Entry(0x0002, RATIONAL, dms(spec.latitude)),
            Entry(0x0003, ASCII, "E" if spec.longitude >= 0 else "W"),
            Entry(0x0004, RATIONAL, dms(spec.longitude)),
        ]
        if spec.altitude is not None:
            gps.append(Entry(0x0005, BYTE, b"\1" if spec.altitude < 0 else b"\0"))
            gps.append(Entry(0x0006, RATIONAL, (rational(abs(spec.altitude)),)))
        if spec.bearing is not None:
            gps.append(Entry(0x0010, ASCII, spec.bearing_ref))
            gps.append(Entry(0x0011, RATIONAL, (rational(spec.bearing),)))
        if spec.gps_status:
            gps.append(Entry(0x0009, ASCII, spec.gps_status))
        if spec.gps_time is not None:
            t = spec.gps_time
            gps.append(Entry(0x0007, RATIONAL, ((t.hour, 1), (t.minute, 1), (t.second, 1))))
            gps.append(Entry(0x001D, ASCII, t.strftime("%Y:%m:%d")))
    return ifd0, exif, gps


def _pixels(size: tuple[int, int], seed: int) -> Image.Image:
    rng = random.Random(seed)
    image = Image.new("RGB", size, (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    # A few blocks so that no two photos share their bytes.
    for _ in range(8):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        image.paste(colour, (x, y, min(size[0], x + size[0] // 4), min(size[1], y + size[1] // 4)))
    return image


def jpeg_with_app1(jpeg: bytes, tiff: bytes) -> bytes:
    """Insert an Exif APP1 segment right after SOI."""
    payload = b"Exif\0\0" + tiff
    return jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload + jpeg[2:]


def make_jpeg(
    spec: PhotoSpec | None = None, seed: int = 0, quality: int = 85, *, noise: bool = False
) -> bytes:
    """A JPEG photo whose EXIF says what ``spec`` says; ``noise`` makes its pixels random (a file
    as large as a real photo of that size, instead of a few kilobytes of flat colour)."""
    spec = spec or PhotoSpec()
    if noise:
        width, height = spec.size
        image = Image.frombytes("RGB", spec.size, random.Random(seed).randbytes(width * height * 3))
    else:
        image = _pixels(spec.size, seed)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    thumbnail = None
    if spec.thumbnail:
        small = image.copy()
        small.thumbnail((160, 120))
        buffer = io.BytesIO()
        small.save(buffer, "JPEG", quality=70)
        thumbnail = buffer.getvalue()
    ifd0, exif, gps = exif_entries(spec)
    return jpeg_with_app1(out.getvalue(), tiff_block(ifd0, exif, gps, thumbnail))


def heic_without_its_image(corpus: Path) -> bytes:
    """The corpus's Stonehenge HEIC with one byte changed: the image's last property
    association is marked essential and points past the file's properties, so libheif drops the
    image and pillow-heif raises IndexError (found by fuzzing the corpus through import, export
    and sync)."""
    data = bytearray((corpus / "photos" / "exiv2__Stonehenge.heic").read_bytes())
    data[data.index(b"ipma") + 19] = 0xBD
    return bytes(data)


def tiff_with_a_tag_past_its_end() -> bytes:
    """A small RGB TIFF whose ImageDescription claims 4,000 bytes past the end of the file:
    its pixels decode, and Pillow warns (UserWarning) that it skips the tag."""
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 10, 10)).save(buffer, "TIFF")
    data = bytearray(buffer.getvalue())
    (start,) = struct.unpack("<I", data[4:8])
    (count,) = struct.unpack("<H", data[start : start + 2])
    entries = [bytes(data[start + 2 + 12 * i : start + 14 + 12 * i]) for i in range(count)]
    entries.append(struct.pack("<HHII", 270, ASCII, 4000, 1 << 20))
    entries.sort(key=lambda entry: struct.unpack("<H", entry[:2])[0])
    data += bytes(len(data) % 2)  # the new IFD on a word boundary, after the pixels
    data[4:8] = struct.pack("<I", len(data))
    data += struct.pack("<H", len(entries)) + b"".join(entries) + bytes(4)
    return bytes(data)
