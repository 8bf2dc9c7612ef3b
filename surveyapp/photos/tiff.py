"""A small, bounded reader for TIFF structures: the EXIF blob of a photo, or a TIFF/DNG file.

Only the directories (IFDs) and tags the app needs are decoded: IFD0, the Exif IFD, the GPS IFD,
IFD1 (the thumbnail) and the SubIFDs of IFD0 (DNG image sizes). Every read is bounded: IFD loops
are detected, entry counts and value sizes are capped, offsets outside the data are ignored, and
nothing here raises on garbage; problems become warning strings in ``ExifData.warnings``.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from surveyapp.db.notes import translate  # warnings keep their message (code)


class Reader(Protocol):
    """Random access to a byte range (bytes in memory, or a file read on demand)."""

    @property
    def size(self) -> int: ...

    def read(self, offset: int, length: int) -> bytes:
        """Up to ``length`` bytes at ``offset``; fewer at the end, ``b""`` when out of range."""
        ...


class BytesReader:
    """A :class:`Reader` over bytes already in memory."""

    __slots__ = ("_data",)

    def __init__(self, data: bytes) -> None:
        self._data = data

    @property
    def size(self) -> int:
        return len(self._data)

    def read(self, offset: int, length: int) -> bytes:
        if offset < 0 or length <= 0:
            return b""
        return self._data[offset : offset + length]


# TIFF field types.
BYTE, ASCII, SHORT, LONG, RATIONAL = 1, 2, 3, 4, 5
SBYTE, UNDEFINED, SSHORT, SLONG, SRATIONAL = 6, 7, 8, 9, 10
FLOAT, DOUBLE, IFD, LONG8, SLONG8, IFD8 = 11, 12, 13, 16, 17, 18

TYPE_NAMES = {
    BYTE: "int8u",
    ASCII: "string",
    SHORT: "int16u",
    LONG: "int32u",
    RATIONAL: "rational64u",
    SBYTE: "int8s",
    UNDEFINED: "undef",
    SSHORT: "int16s",
    SLONG: "int32s",
    SRATIONAL: "rational64s",
    FLOAT: "float",
    DOUBLE: "double",
    IFD: "ifd",
    LONG8: "int64u",
    SLONG8: "int64s",
    IFD8: "ifd64",
}
_TYPE_SIZE = {
    BYTE: 1,
    ASCII: 1,
    SHORT: 2,
    LONG: 4,
    RATIONAL: 8,
    SBYTE: 1,
    UNDEFINED: 1,
    SSHORT: 2,
    SLONG: 4,
    SRATIONAL: 8,
    FLOAT: 4,
    DOUBLE: 8,
    IFD: 4,
    LONG8: 8,
    SLONG8: 8,
    IFD8: 8,
}
_INT_FORMAT = {
    BYTE: "B",
    UNDEFINED: "B",
    SBYTE: "b",
    SHORT: "H",
    SSHORT: "h",
    LONG: "I",
    SLONG: "i",
    IFD: "I",
    LONG8: "Q",
    SLONG8: "q",
    IFD8: "Q",
}
_POINTER_TYPES = frozenset({SHORT, LONG, SLONG, IFD})

MAX_ENTRIES = 1000  # more entries than this in one IFD is garbage, not a camera
MAX_SUBIFDS = 8
MAX_THUMBNAIL = 4 << 20  # an EXIF thumbnail is a few kB; never read more than 4 MiB

# Tags (per directory) that are decoded, with the most value bytes read for each.
TAG_SUBFILE_TYPE = 0x00FE
TAG_IMAGE_WIDTH = 0x0100
TAG_IMAGE_LENGTH = 0x0101
TAG_MAKE = 0x010F
TAG_MODEL = 0x0110
TAG_ORIENTATION = 0x0112
TAG_SUBIFDS = 0x014A
TAG_THUMBNAIL_OFFSET = 0x0201
TAG_THUMBNAIL_LENGTH = 0x0202
TAG_XMP = 0x02BC
TAG_EXIF_IFD = 0x8769
TAG_GPS_IFD = 0x8825
TAG_DATETIME_ORIGINAL = 0x9003
TAG_OFFSET_TIME_ORIGINAL = 0x9011
TAG_SUBSEC_TIME_ORIGINAL = 0x9291
TAG_DNG_VERSION = 0xC612

GPS_VERSION_ID = 0x00
GPS_LATITUDE_REF = 0x01
GPS_LATITUDE = 0x02
GPS_LONGITUDE_REF = 0x03
GPS_LONGITUDE = 0x04
GPS_ALTITUDE_REF = 0x05
GPS_ALTITUDE = 0x06
GPS_TIME_STAMP = 0x07
GPS_STATUS = 0x09
GPS_IMG_DIRECTION_REF = 0x10
GPS_IMG_DIRECTION = 0x11
GPS_DATE_STAMP = 0x1D

MAX_XMP = 1 << 20

_IMAGE_TAGS = {TAG_SUBFILE_TYPE: 16, TAG_IMAGE_WIDTH: 16, TAG_IMAGE_LENGTH: 16}
_IFD0_TAGS = {
    **_IMAGE_TAGS,
    TAG_MAKE: 256,
    TAG_MODEL: 256,
    TAG_ORIENTATION: 16,
    TAG_SUBIFDS: 4 * MAX_SUBIFDS,
    TAG_XMP: MAX_XMP,
    TAG_EXIF_IFD: 8,
    TAG_GPS_IFD: 8,
    TAG_DNG_VERSION: 8,
}
_EXIF_TAGS = {
    TAG_DATETIME_ORIGINAL: 64,
    TAG_OFFSET_TIME_ORIGINAL: 32,
    TAG_SUBSEC_TIME_ORIGINAL: 32,
    TAG_MAKE: 256,
    TAG_MODEL: 256,
}
_GPS_TAGS = {
    GPS_VERSION_ID: 8,
    GPS_LATITUDE_REF: 16,
    GPS_LATITUDE: 64,
    GPS_LONGITUDE_REF: 16,
    GPS_LONGITUDE: 64,
    GPS_ALTITUDE_REF: 8,
    GPS_ALTITUDE: 64,
    GPS_TIME_STAMP: 64,
    GPS_STATUS: 16,
    GPS_IMG_DIRECTION_REF: 16,
    GPS_IMG_DIRECTION: 64,
    GPS_DATE_STAMP: 64,
}
_IFD1_TAGS = {**_IMAGE_TAGS, TAG_THUMBNAIL_OFFSET: 8, TAG_THUMBNAIL_LENGTH: 8}


@dataclass(frozen=True, slots=True)
class TagValue:
    """One decoded directory entry: its type, declared count and (possibly capped) value bytes."""

    type: int
    count: int
    data: bytes
    endian: str  # "<" (II) or ">" (MM)

    @property
    def type_name(self) -> str:
        return TYPE_NAMES.get(self.type, f"type {self.type}")

    def ints(self) -> tuple[int, ...]:
        """The values of an integer (or BYTE/UNDEFINED) entry; ``()`` for other types."""
        fmt = _INT_FORMAT.get(self.type)
        if fmt is None:
            return ()
        n = len(self.data) // _TYPE_SIZE[self.type]
        return struct.unpack_from(f"{self.endian}{n}{fmt}", self.data)

    def rationals(self) -> tuple[tuple[int, int], ...]:
        """(numerator, denominator) pairs of a RATIONAL/SRATIONAL entry; ``()`` otherwise."""
        if self.type not in (RATIONAL, SRATIONAL):
            return ()
        n = len(self.data) // 8
        fmt = "I" if self.type == RATIONAL else "i"
        flat = struct.unpack_from(f"{self.endian}{2 * n}{fmt}", self.data)
        return tuple(zip(flat[0::2], flat[1::2], strict=True))

    def numbers(self) -> tuple[float | None, ...]:
        """Numeric values as floats; a rational with a zero denominator is ``None``."""
        if self.type in (RATIONAL, SRATIONAL):
            return tuple(n / d if d else None for n, d in self.rationals())
        if self.type in (FLOAT, DOUBLE):
            n = len(self.data) // _TYPE_SIZE[self.type]
            fmt = "f" if self.type == FLOAT else "d"
            return struct.unpack_from(f"{self.endian}{n}{fmt}", self.data)
        if self.type in (ASCII, UNDEFINED):
            return ()
        return tuple(float(v) for v in self.ints())

    def text(self) -> str:
        """A string value: up to the first NUL, decoded (UTF-8, else Latin-1), stripped."""
        raw = self.data.split(b"\0", 1)[0]
        try:
            value = raw.decode("utf-8")
        except UnicodeDecodeError:
            value = raw.decode("latin-1")
        return value.strip()


Directory = dict[int, TagValue]


@dataclass
class ExifData:
    """The directories of one TIFF structure (only the tags SurveyApp uses)."""

    big_endian: bool = False
    ifd0: Directory = field(default_factory=dict)
    exif: Directory = field(default_factory=dict)
    gps: Directory | None = None  # None: no (readable) GPS IFD; {}: an empty one
    ifd1: Directory = field(default_factory=dict)
    subifds: list[Directory] = field(default_factory=list)
    thumbnail: bytes | None = None
    warnings: list[str] = field(default_factory=list)


def find_tiff_header(data: bytes, start: int = 0, window: int = 64) -> int:
    """Offset of the first "II*\\0" / "MM\\0*" in ``data[start:start+window]``, else -1."""
    end = start + window + 4
    candidates = [data.find(magic, start, end) for magic in (b"II*\0", b"MM\0*")]
    found = [c for c in candidates if c >= 0]
    return min(found) if found else -1


class _Walker:
    """Reads the directories of one TIFF structure located at ``base`` in ``reader``."""

    def __init__(self, reader: Reader, base: int, length: int, endian: str, out: ExifData):
        self.reader = reader
        self.base = base
        self.length = length
        self.endian = endian
        self.out = out
        self.visited: set[int] = set()

    def warn(self, message: str) -> None:
        self.out.warnings.append(message)

    def read_ifd(
        self, offset: int, wanted: Mapping[int, int], name: str
    ) -> tuple[Directory | None, int]:
        """The wanted tags of the IFD at ``offset`` (None: unreadable), and the next IFD offset."""
        if offset in self.visited:
            self.warn(
                translate(
                    "metadata", "EXIF {name} loops back to an earlier directory (ignored)"
                ).format(name=name)
            )
            return None, 0
        if offset < 8 or offset + 2 > self.length:
            self.warn(
                translate(
                    "metadata", "EXIF {name} offset {offset} is outside the EXIF data (ignored)"
                ).format(name=name, offset=offset)
            )
            return None, 0
        self.visited.add(offset)
        e = self.endian
        head = self.reader.read(self.base + offset, 2)
        if len(head) < 2:
            self.warn(translate("metadata", "EXIF {name} is truncated (ignored)").format(name=name))
            return None, 0
        (count,) = struct.unpack(e + "H", head)
        if count > MAX_ENTRIES:
            self.warn(
                translate(
                    "metadata", "EXIF {name} claims {count} entries (ignored as corrupt)"
                ).format(name=name, count=count)
            )
            return None, 0
        block = self.reader.read(self.base + offset + 2, 12 * count + 4)
        available = min(count, len(block) // 12)
        if available < count:
            self.warn(
                translate(
                    "metadata", "EXIF {name} is truncated ({available} of {count} entries readable)"
                ).format(name=name, available=available, count=count)
            )
        tags: Directory = {}
        for index in range(available):
            tag, typ, n, field_bytes = struct.unpack_from(e + "HHI4s", block, 12 * index)
            cap = wanted.get(tag)
            if cap is None or tag in tags:
                continue
            size = _TYPE_SIZE.get(typ)
            if size is None:
                self.warn(
                    translate(
                        "metadata", "EXIF {name} tag {tag} has an invalid format ({format})"
                    ).format(name=name, tag=f"0x{tag:04x}", format=typ)
                )
                continue
            total = size * n
            want = min(total, cap)
            if total <= 4:
                data = field_bytes[:want]
            else:
                (value_offset,) = struct.unpack(e + "I", field_bytes)
                if value_offset >= self.length:
                    self.warn(
                        translate(
                            "metadata",
                            "EXIF {name} tag {tag} points outside the EXIF data (ignored)",
                        ).format(name=name, tag=f"0x{tag:04x}")
                    )
                    continue
                want = min(want, self.length - value_offset)
                data = self.reader.read(self.base + value_offset, want)
                if len(data) < min(size, want) or not data:
                    self.warn(
                        translate(
                            "metadata", "EXIF {name} tag {tag} value is truncated (ignored)"
                        ).format(name=name, tag=f"0x{tag:04x}")
                    )
                    continue
            tags[tag] = TagValue(typ, n, data, e)
        next_offset = 0
        if len(block) >= 12 * count + 4:
            (next_offset,) = struct.unpack_from(e + "I", block, 12 * count)
        return tags, next_offset

    def pointer(self, tags: Directory, tag: int, name: str) -> int | None:
        """The offset stored in a sub-directory pointer tag, if it is a usable one."""
        value = tags.get(tag)
        if value is None:
            return None
        if value.type not in _POINTER_TYPES:
            self.warn(
                translate(
                    "metadata", "EXIF {name} pointer has the wrong format ({format}; ignored)"
                ).format(name=name, format=value.type_name)
            )
            return None
        numbers = value.ints()
        if not numbers:
            self.warn(
                translate("metadata", "EXIF {name} pointer is empty (ignored)").format(name=name)
            )
            return None
        return numbers[0]


def parse_tiff(reader: Reader, base: int = 0, end: int | None = None) -> ExifData:
    """Read the TIFF structure whose header is at ``base`` (offsets are relative to it).

    ``end`` bounds the structure (default: the end of the reader). Never raises on bad data.
    """
    out = ExifData()
    limit = reader.size if end is None else min(end, reader.size)
    length = limit - base
    head = reader.read(base, 8) if length >= 8 else b""
    if len(head) < 8:
        out.warnings.append(
            translate("metadata", "EXIF data is truncated (no complete TIFF header)")
        )
        return out
    if head[:4] == b"II*\0":
        endian = "<"
    elif head[:4] == b"MM\0*":
        endian = ">"
        out.big_endian = True
    else:
        out.warnings.append(translate("metadata", "EXIF data does not start with a TIFF header"))
        return out
    walker = _Walker(reader, base, length, endian, out)
    (ifd0_offset,) = struct.unpack(endian + "I", head[4:8])
    ifd0, ifd1_offset = walker.read_ifd(ifd0_offset, _IFD0_TAGS, "IFD0")
    if ifd0 is None:
        return out
    out.ifd0 = ifd0
    exif_offset = walker.pointer(ifd0, TAG_EXIF_IFD, "ExifIFD")
    if exif_offset is not None:
        out.exif = walker.read_ifd(exif_offset, _EXIF_TAGS, "ExifIFD")[0] or {}
    gps_offset = walker.pointer(ifd0, TAG_GPS_IFD, "GPS IFD")
    if gps_offset is not None:
        out.gps = walker.read_ifd(gps_offset, _GPS_TAGS, "GPS IFD")[0]
    subifds = ifd0.get(TAG_SUBIFDS)
    if subifds is not None and subifds.type in _POINTER_TYPES:
        for index, offset in enumerate(subifds.ints()[:MAX_SUBIFDS]):
            directory = walker.read_ifd(offset, _IMAGE_TAGS, f"SubIFD{index}")[0]
            if directory is not None:
                out.subifds.append(directory)
    if ifd1_offset:
        out.ifd1 = walker.read_ifd(ifd1_offset, _IFD1_TAGS, "IFD1")[0] or {}
        out.thumbnail = _thumbnail(walker)
    return out


def _thumbnail(walker: _Walker) -> bytes | None:
    ifd1 = walker.out.ifd1
    offset_tag = ifd1.get(TAG_THUMBNAIL_OFFSET)
    length_tag = ifd1.get(TAG_THUMBNAIL_LENGTH)
    if offset_tag is None or length_tag is None:
        return None
    offsets, lengths = offset_tag.ints(), length_tag.ints()
    if not offsets or not lengths or lengths[0] <= 0:
        return None
    offset, length = offsets[0], lengths[0]
    if length > MAX_THUMBNAIL or offset + length > walker.length:
        walker.warn(translate("metadata", "EXIF thumbnail lies outside the EXIF data (ignored)"))
        return None
    data = walker.reader.read(walker.base + offset, length)
    if len(data) < length or data[:2] != b"\xff\xd8":
        walker.warn(translate("metadata", "EXIF thumbnail is not a JPEG image (ignored)"))
        return None
    return data
