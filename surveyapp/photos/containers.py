"""Image containers: recognise the format from the content and find the metadata blocks in it.

For each supported format (JPEG, PNG, WebP, HEIC/HEIF/AVIF, TIFF/DNG) this finds the EXIF (TIFF)
structure, the XMP packet(s) and the real pixel size, reading only the headers it needs through a
:class:`~surveyapp.photos.tiff.Reader`. Damage gives warnings, never exceptions; only content that
is not a supported image at all raises :class:`UnsupportedFormat`.
"""

from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from surveyapp.db.notes import translate  # warnings keep their message (code)
from surveyapp.photos.tiff import BytesReader, Reader, find_tiff_header
from surveyapp.protocol.fields import escaped_unstorable


class UnsupportedFormat(ValueError):
    """The content is not an image format this module reads (the message says why).

    :func:`surveyapp.photos.metadata.read_metadata` turns it into ``NotAnImageError``.
    """


MAX_EXIF = 4 << 20  # bytes of an EXIF block outside JPEG (which caps it at 64 KiB)
MAX_XMP = 1 << 20
MAX_PNG_TEXT = 1 << 20  # a PNG text chunk's text once inflated, as Pillow's MAX_TEXT_CHUNK
MAX_PNG_TEXTS = 64 << 20  # a PNG's compressed text inflated to check it, as MAX_TEXT_MEMORY
MAX_EXTENDED_XMP = 1 << 20  # as parse_xmp: a larger (depth-map) extension is skipped
MAX_META = 16 << 20  # HEIF 'meta' box
MAX_SEGMENTS = 10_000  # JPEG markers before the image data
MAX_CHUNKS = 100_000  # PNG / RIFF chunks
MAX_BOXES = 10_000
MAX_ITEMS = 10_000
MAX_EXTENTS = 1_000
RESYNC_WINDOW = 1 << 16  # bytes scanned for the next JPEG marker after garbage

_XMP_ID = b"http://ns.adobe.com/xap/1.0/\0"
_XMP_EXTENSION_ID = b"http://ns.adobe.com/xmp/extension/\0"


@dataclass(frozen=True)
class ExtendedXmpChunk:
    guid: bytes
    full_length: int
    offset: int
    position: int  # of the chunk data in the file
    length: int


@dataclass
class Container:
    """What the container says, before the EXIF/XMP contents are interpreted."""

    kind: str  # jpeg, png, webp, heif, tiff
    mime: str
    width: int | None = None
    height: int | None = None
    exif: tuple[Reader, int] | None = None  # reader and offset of the TIFF header in it
    xmp: list[bytes] = field(default_factory=list)
    extended_xmp: list[ExtendedXmpChunk] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class FileReader:
    """A :class:`Reader` over an open binary file, with one cached window of bytes."""

    WINDOW = 1 << 16

    def __init__(self, file: BinaryIO, size: int) -> None:
        self._file = file
        self._size = size
        self._start = 0
        self._window = b""

    @property
    def size(self) -> int:
        return self._size

    def read(self, offset: int, length: int) -> bytes:
        if offset < 0 or length <= 0 or offset >= self._size:
            return b""
        start = offset - self._start
        if start >= 0 and offset + length <= self._start + len(self._window):
            return self._window[start : start + length]
        self._file.seek(offset)
        if length >= self.WINDOW:
            return self._file.read(length)
        self._window = self._file.read(self.WINDOW)
        self._start = offset
        return self._window[:length]


# ---- format recognition ----------------------------------------------------------------------

_HEIF_BRANDS = {
    b"heic": "image/heic",
    b"heix": "image/heif",
    b"heim": "image/heic",
    b"heis": "image/heic",
    b"hevc": "image/heic-sequence",
    b"hevx": "image/heic-sequence",
    b"mif1": "image/heif",
    b"mif2": "image/heif",
    b"msf1": "image/heif-sequence",
    b"avif": "image/avif",
    b"avis": "image/avif",
}
_VIDEO_BRANDS = (b"qt  ", b"isom", b"iso2", b"mp41", b"mp42", b"avc1", b"3gp", b"M4V")


def identify(head: bytes) -> tuple[str, str]:
    """(kind, MIME type) from the first bytes of a file; :class:`UnsupportedFormat` otherwise."""
    if not head:
        raise UnsupportedFormat(translate("import", "empty file (0 bytes)"))
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg", "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png", "image/png"
    if head.startswith((b"II*\0", b"MM\0*")):
        return "tiff", "image/tiff"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "webp", "image/webp"
    if head[4:8] == b"ftyp":
        return "heif", _heif_mime(head)
    raise UnsupportedFormat(_not_an_image_reason(head))


def _heif_mime(head: bytes) -> str:
    size = struct.unpack(">I", head[:4])[0]
    major = head[8:12]
    if major in _HEIF_BRANDS:
        return _HEIF_BRANDS[major]
    body = head[16 : max(16, min(size, len(head)))]
    compatible = [body[i : i + 4] for i in range(0, len(body) - 3, 4)]
    for brand in (b"heic", b"heix", b"avif", b"mif1", b"msf1"):
        if brand in compatible:
            return _HEIF_BRANDS[brand]
    if major == b"crx ":
        raise UnsupportedFormat(
            translate("import", "a Canon CR3 raw file (not supported), not a photo")
        )
    if major.startswith(_VIDEO_BRANDS) or any(b in compatible for b in _VIDEO_BRANDS):
        raise UnsupportedFormat(
            translate(
                "import", "an ISO media (MP4/QuickTime) video with brand {brand}, not a still image"
            ).format(brand=repr(major))
        )
    raise UnsupportedFormat(
        translate("import", "an ISO media file with brand {brand}, not a HEIF/AVIF image").format(
            brand=repr(major)
        )
    )


def _not_an_image_reason(head: bytes) -> str:
    # Whole sentences, translated only for the file that needs one.
    known: tuple[tuple[bytes, Callable[[], str]], ...] = (
        (b"PK\x03\x04", lambda: translate("import", "a ZIP archive, not a photo")),
        (b"PK\x05\x06", lambda: translate("import", "an empty ZIP archive, not a photo")),
        (b"%PDF", lambda: translate("import", "a PDF document, not a photo")),
        (b"GIF8", lambda: translate("import", "a GIF image (not supported), not a photo")),
        (b"RIFF", lambda: translate("import", "a RIFF file that is not WebP, not a photo")),
        (b"II+\0", lambda: translate("import", "a BigTIFF file (not supported), not a photo")),
        (b"MM\0+", lambda: translate("import", "a BigTIFF file (not supported), not a photo")),
        (b"\x1f\x8b", lambda: translate("import", "a gzip archive, not a photo")),
        (
            b"\x00\x00\x00\x0cjP  ",
            lambda: translate("import", "a JPEG 2000 image (not supported), not a photo"),
        ),
    )
    for magic, what in known:
        if head.startswith(magic):
            return what()
    if head.startswith(b"BM") and head[6:10] == bytes(4):
        return translate("import", "a BMP image (not supported), not a photo")
    if len(head) < 4:
        size = len(head)
        return translate("import", "only %n bytes, too short to be an image", None, size)
    if _looks_like_text(head):
        return translate("import", "text, not an image")
    return translate("import", "unknown format (first bytes {bytes})").format(
        bytes=head[:8].hex(" ")
    )


def _looks_like_text(head: bytes) -> bool:
    for cut in range(4):  # the sample may end inside a multi-byte UTF-8 character
        try:
            text = head[: len(head) - cut].decode("utf-8")
        except UnicodeDecodeError:
            continue
        return all(c.isprintable() or c in "\r\n\t\f" for c in text.lstrip("\ufeff"))
    return False


def read_container(reader: Reader, kind: str, mime: str) -> Container:
    """Locate the metadata in ``reader``'s content, of the ``kind`` :func:`identify` gave."""
    container = Container(kind=kind, mime=mime)
    if kind == "jpeg":
        _read_jpeg(reader, container)
    elif kind == "png":
        _read_png(reader, container)
    elif kind == "webp":
        _read_webp(reader, container)
    elif kind == "heif":
        _read_heif(reader, container)
    else:
        container.exif = (reader, 0)
    return container


def _exif_blob(blob: bytes, container: Container, where: str) -> None:
    """Record an EXIF blob (a TIFF structure, possibly preceded by "Exif\\0\\0" or junk)."""
    if container.exif is not None:
        return  # the first EXIF block wins
    start = 0 if blob[:4] in (b"II*\0", b"MM\0*") else find_tiff_header(blob)
    if start < 0:
        container.warnings.append(
            translate("metadata", "{where} EXIF block has no TIFF header (ignored)").format(
                where=where
            )
        )
        return
    container.exif = (BytesReader(blob), start)


# ---- JPEG ----------------------------------------------------------------------------------

_MARKER = re.compile(rb"\xff[^\x00\xff]")
_SOF_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})


def _read_jpeg(reader: Reader, c: Container) -> None:
    position = 2
    for _ in range(MAX_SEGMENTS):
        head = reader.read(position, 4)
        if len(head) < 2:
            c.warnings.append(translate("metadata", "JPEG is truncated before the image data"))
            return
        if head[0] != 0xFF:
            skipped = _resync(reader, position)
            if skipped is None:
                c.warnings.append(
                    translate(
                        "metadata", "JPEG has garbage at offset {offset} (stopped reading)"
                    ).format(offset=position)
                )
                return
            c.warnings.append(
                translate(
                    "metadata", "JPEG has {count} unknown bytes at offset {offset} (skipped)"
                ).format(count=skipped, offset=position)
            )
            position += skipped
            continue
        marker = head[1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker in _STANDALONE or marker == 0xD8:
            position += 2
            continue
        if marker == 0xD9:
            c.warnings.append(translate("metadata", "JPEG ends (EOI) before the image data"))
            return
        if len(head) < 4:
            c.warnings.append(translate("metadata", "JPEG is truncated before the image data"))
            return
        (length,) = struct.unpack(">H", head[2:4])
        if length < 2:
            c.warnings.append(
                translate(
                    "metadata", "JPEG segment at offset {offset} has a bad length (stopped)"
                ).format(offset=position)
            )
            return
        if marker == 0xDA:  # start of scan: the metadata is all before it
            return
        body = position + 4
        if marker in _SOF_MARKERS and c.width is None:
            sof = reader.read(body, 5)
            if len(sof) == 5:
                height, width = struct.unpack(">HH", sof[1:5])
                if width and height:
                    c.width, c.height = width, height
        elif marker == 0xE1:
            _jpeg_app1(reader, c, body, length - 2)
        position += 2 + length
    c.warnings.append(translate("metadata", "JPEG has too many segments (stopped reading)"))


def _resync(reader: Reader, position: int) -> int | None:
    """Bytes from ``position`` to the next plausible marker (0xFF then not 0x00/0xFF)."""
    window = reader.read(position, RESYNC_WINDOW)
    match = _MARKER.search(window)
    return match.start() if match else None


def _jpeg_app1(reader: Reader, c: Container, body: int, length: int) -> None:
    ident = reader.read(body, min(length, 80))
    if ident.startswith(b"Exif\0"):  # "Exif\0\0", rarely "Exif\0\xff"
        if c.exif is None:
            blob = reader.read(body, length)
            if len(blob) < length:
                c.warnings.append(translate("metadata", "JPEG EXIF segment is truncated"))
            _exif_blob(blob[6:], c, "JPEG")
    elif ident.startswith(_XMP_ID):
        if not c.xmp:
            c.xmp.append(reader.read(body + len(_XMP_ID), length - len(_XMP_ID)))
    elif ident.startswith(_XMP_EXTENSION_ID):
        start = len(_XMP_EXTENSION_ID)
        header = ident[start : start + 40]
        if len(header) == 40 and length > start + 40:
            full_length, offset = struct.unpack(">II", header[32:40])
            c.extended_xmp.append(
                ExtendedXmpChunk(
                    guid=header[:32],
                    full_length=full_length,
                    offset=offset,
                    position=body + start + 40,
                    length=length - start - 40,
                )
            )


def assemble_extended_xmp(reader: Reader, c: Container, guid: bytes | None) -> bytes | None:
    """The extended XMP of a JPEG when its chunks are simple: one GUID, contiguous, complete."""
    chunks = [x for x in c.extended_xmp if guid is None or x.guid == guid]
    if not chunks or len({x.guid for x in chunks}) != 1:
        return None
    full_length = chunks[0].full_length
    if full_length > MAX_EXTENDED_XMP:
        return None  # a depth map or the like, not worth parsing
    parts: list[bytes] = []
    expected = 0
    for chunk in sorted(chunks, key=lambda x: x.offset):
        if chunk.offset != expected or chunk.full_length != full_length:
            c.warnings.append(
                translate("metadata", "JPEG extended XMP chunks are not contiguous (ignored)")
            )
            return None
        parts.append(reader.read(chunk.position, chunk.length))
        expected += chunk.length
    if expected != full_length:
        c.warnings.append(translate("metadata", "JPEG extended XMP is incomplete (ignored)"))
        return None
    return b"".join(parts)


# ---- PNG -----------------------------------------------------------------------------------


def _read_png(reader: Reader, c: Container) -> None:
    position = 8
    budget = _TextBudget()
    for _ in range(MAX_CHUNKS):
        head = reader.read(position, 8)
        if len(head) < 8:
            c.warnings.append(translate("metadata", "PNG is truncated (no IEND chunk)"))
            return
        length, kind = struct.unpack(">I4s", head)
        if length > 0x7FFFFFFF:
            c.warnings.append(
                translate(
                    "metadata", "PNG chunk at offset {offset} has a bad length (stopped)"
                ).format(offset=position)
            )
            return
        body = position + 8
        if kind == b"IHDR" and c.width is None:
            ihdr = reader.read(body, 8)
            if len(ihdr) == 8:
                width, height = struct.unpack(">II", ihdr)
                if width and height:
                    c.width, c.height = width, height
        elif kind == b"eXIf":
            if length > MAX_EXIF:
                c.warnings.append(translate("metadata", "PNG eXIf chunk is too large (ignored)"))
            else:
                _exif_blob(reader.read(body, length), c, "PNG")
        elif kind in PNG_TEXT_CHUNKS:
            _png_text(reader, c, kind, body, length, budget)
        elif kind == b"IEND":
            return
        position = body + length + 4
    c.warnings.append(translate("metadata", "PNG has too many chunks (stopped reading)"))


@dataclass
class _TextBudget:
    """What a PNG's compressed text may still inflate to while it is checked, and whether a
    text too large was told (once a file: a hostile one holds thousands)."""

    left: int = MAX_PNG_TEXTS
    told: bool = False

    def too_large(self, c: Container, kind: bytes, keyword: str) -> None:
        if not self.told:
            self.told = True
            c.warnings.append(
                translate(
                    "metadata",
                    "PNG {chunk} {keyword} text is too large once decompressed (ignored)",
                ).format(chunk=kind.decode(), keyword=keyword)
            )


def _png_text(
    reader: Reader, c: Container, kind: bytes, body: int, length: int, budget: _TextBudget
) -> None:
    # keyword\0, then: tEXt the text; zTXt method, compressed text; iTXt compression flag,
    # method, language tag\0, translated keyword\0, text (compressed or not)
    head = reader.read(body, min(length, _PNG_TEXT_HEAD))
    keyword, separator, rest = head.partition(b"\0")
    if not separator:
        return
    if kind == b"tEXt":
        compressed, start = False, len(keyword) + 1
    elif kind == b"zTXt":
        compressed, start = True, len(keyword) + 2
    else:
        parts = rest[2:].split(b"\0", 2)
        if len(rest) < 2 or len(parts) < 3:
            return  # malformed, or a language tag or translated keyword of kilobytes
        compressed = rest[0] == 1
        start = len(keyword) + 3 + len(parts[0]) + 1 + len(parts[1]) + 1
    if start > length:
        return
    # A keyword is 1 to 79 printable Latin-1 characters; a hostile file's is shown escaped.
    name = escaped_unstorable(keyword[:79].decode("latin-1"))
    if keyword not in _PNG_KEYWORDS:
        # Text SurveyApp does not read; a bomb is still told (the pixels are decoded without
        # it: ``without_png_text``), counted a piece at a time and never held whole.
        if compressed and budget.left > 0:
            size = _inflated_size(reader, body + start, length - start, MAX_PNG_TEXT)
            budget.left -= size or 0
            if size is not None and size > MAX_PNG_TEXT:
                budget.too_large(c, kind, name)
        return
    if length > MAX_XMP:
        c.warnings.append(
            translate("metadata", "PNG {chunk} {keyword} chunk is too large (ignored)").format(
                chunk=kind.decode(), keyword=name
            )
        )
        return
    data = reader.read(body + start, length - start)
    if compressed:
        try:
            decompressed = _inflate(data, MAX_XMP)
        except _TooLargeError:
            budget.too_large(c, kind, name)
            return
        if decompressed is None:
            c.warnings.append(
                translate("metadata", "PNG {keyword} text cannot be decompressed (ignored)").format(
                    keyword=name
                )
            )
            return
        data = decompressed
    if keyword == b"XML:com.adobe.xmp":
        if not c.xmp:
            c.xmp.append(data)
        return
    blob = _raw_profile(data)  # ImageMagick's hex dump of an EXIF/APP1 block
    if blob is None:
        c.warnings.append(
            translate("metadata", "PNG {keyword} text is malformed (ignored)").format(keyword=name)
        )
        return
    _exif_blob(blob, c, "PNG raw profile")


class _TooLargeError(ValueError):
    """Compressed text inflates past its limit."""


def _inflate(data: bytes, limit: int) -> bytes | None:
    """``data`` inflated, None when it is no zlib data; _TooLargeError past ``limit`` bytes."""
    inflater = zlib.decompressobj()
    try:
        result = inflater.decompress(data, limit)
    except zlib.error:
        return None
    if inflater.unconsumed_tail:
        raise _TooLargeError
    return result


_PIECE = 1 << 16


def _inflated_size(reader: Reader, start: int, length: int, limit: int) -> int | None:
    """How many bytes the zlib data at ``start`` inflates to, counted to ``limit`` + 1 at most
    a piece at a time; None when it is no zlib data."""
    inflater = zlib.decompressobj()
    total, position, end, pending = 0, start, start + length, b""
    try:
        while total <= limit and not inflater.eof:
            if not pending:
                pending = reader.read(position, min(_PIECE, end - position))
                if not pending:
                    break
                position += len(pending)
            total += len(inflater.decompress(pending, _PIECE))
            pending = inflater.unconsumed_tail
    except zlib.error:
        return None
    return total


PNG_TEXT_CHUNKS = (b"tEXt", b"zTXt", b"iTXt")
_PNG_KEYWORDS = (b"XML:com.adobe.xmp", b"Raw profile type exif", b"Raw profile type APP1")
_PNG_TEXT_HEAD = 4096  # bytes of a text chunk read to find where its text begins


def without_png_text(data: bytes) -> bytes:
    """The PNG in ``data`` without its text chunks, for a decoder of its pixels: Pillow refuses
    a whole file whose text inflates past its limits (a decompression bomb), and the metadata
    is read here. Anything that is no PNG, or whose chunks stop making sense, is left as it is
    from there on."""
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return data
    view, kept, position, copied = memoryview(data), [], 8, 0
    for _ in range(MAX_CHUNKS):
        if position + 8 > len(data):
            break
        length, kind = struct.unpack_from(">I4s", data, position)
        end = position + 12 + length
        if length > 0x7FFFFFFF or end > len(data) or kind == b"IEND":
            break
        if kind in PNG_TEXT_CHUNKS:
            kept.append(view[copied:position])
            copied = end
        position = end
    if not kept:
        return data
    return b"".join((*kept, view[copied:]))


def _raw_profile(text: bytes) -> bytes | None:
    parts = text.split(None, 2)  # "\nexif\n   1234\n<hex...>"
    if len(parts) < 3 or not parts[1].isdigit():
        return None
    try:
        blob = bytes.fromhex(parts[2].decode("ascii", "replace"))
    except ValueError:
        return None
    return blob if blob else None


# ---- WebP ----------------------------------------------------------------------------------


def _read_webp(reader: Reader, c: Container) -> None:
    riff_size = struct.unpack("<I", reader.read(4, 4))[0]
    end = min(reader.size, 8 + riff_size)
    if reader.size < 8 + riff_size:
        c.warnings.append(translate("metadata", "WebP is truncated"))
    position = 12
    canvas: tuple[int, int] | None = None
    frame: tuple[int, int] | None = None
    for _ in range(MAX_CHUNKS):
        head = reader.read(position, 8)
        if len(head) < 8 or position + 8 > end:
            break
        kind, length = struct.unpack("<4sI", head)
        body = position + 8
        if kind == b"VP8X":
            data = reader.read(body, 10)
            if len(data) == 10:
                width = 1 + int.from_bytes(data[4:7], "little")
                height = 1 + int.from_bytes(data[7:10], "little")
                canvas = (width, height)
        elif kind == b"VP8 " and frame is None:
            data = reader.read(body, 10)
            if len(data) == 10 and data[3:6] == b"\x9d\x01\x2a":
                width, height = struct.unpack("<HH", data[6:10])
                frame = (width & 0x3FFF, height & 0x3FFF)
        elif kind == b"VP8L" and frame is None:
            data = reader.read(body, 5)
            if len(data) == 5 and data[0] == 0x2F:
                bits = int.from_bytes(data[1:5], "little")
                frame = ((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
        elif kind == b"EXIF":
            if length > MAX_EXIF:
                c.warnings.append(translate("metadata", "WebP EXIF chunk is too large (ignored)"))
            else:
                blob = reader.read(body, length)
                if blob.startswith(b"Exif\0"):
                    c.warnings.append(
                        translate("metadata", "WebP EXIF chunk starts with an improper Exif header")
                    )
                _exif_blob(blob, c, "WebP")
        elif kind == b"XMP ":
            if length > MAX_XMP:
                c.warnings.append(translate("metadata", "WebP XMP chunk is too large (ignored)"))
            elif not c.xmp:
                c.xmp.append(reader.read(body, length))
        position = body + length + (length & 1)
    else:
        c.warnings.append(translate("metadata", "WebP has too many chunks (stopped reading)"))
    size = canvas or frame
    if size is not None and size[0] and size[1]:
        c.width, c.height = size


# ---- HEIF / HEIC / AVIF (ISO base media file format) -----------------------------------------


def _boxes(data: bytes, start: int, end: int) -> Iterator[tuple[bytes, int, int]]:
    """(type, payload start, payload end) of the boxes in ``data[start:end]``."""
    position = start
    for _ in range(MAX_BOXES):
        if position + 8 > end:
            return
        size, kind = struct.unpack_from(">I4s", data, position)
        header = 8
        if size == 1:
            if position + 16 > end:
                return
            (size,) = struct.unpack_from(">Q", data, position + 8)
            header = 16
        elif size == 0:
            size = end - position
        if size < header or position + size > end:
            yield kind, position + header, end  # truncated box: give what there is
            return
        yield kind, position + header, position + size
        position += size


def _read_heif(reader: Reader, c: Container) -> None:
    position = 0
    meta: bytes | None = None
    for _ in range(MAX_BOXES):
        head = reader.read(position, 16)
        if len(head) < 8:
            break
        size, kind = struct.unpack_from(">I4s", head)
        header = 8
        if size == 1 and len(head) == 16:
            (size,) = struct.unpack_from(">Q", head, 8)
            header = 16
        elif size == 0:
            size = reader.size - position
        if size < header:
            c.warnings.append(
                translate(
                    "metadata", "HEIF box at offset {offset} has a bad size (stopped)"
                ).format(offset=position)
            )
            break
        if kind == b"meta":
            if size > MAX_META:
                c.warnings.append(translate("metadata", "HEIF meta box is too large (ignored)"))
                break
            meta = reader.read(position + header, size - header)
            if len(meta) < size - header:
                c.warnings.append(translate("metadata", "HEIF meta box is truncated"))
            break
        position += size
    if meta is None:
        c.warnings.append(translate("metadata", "HEIF file has no meta box"))
        return
    _heif_meta(reader, c, meta)


@dataclass
class _Item:
    kind: bytes = b""
    content_type: bytes = b""
    construction: int = 0
    base_offset: int = 0
    extents: list[tuple[int, int]] = field(default_factory=list)
    has_location: bool = False


def _heif_meta(reader: Reader, c: Container, meta: bytes) -> None:
    items: dict[int, _Item] = {}
    primary: int | None = None
    properties: list[tuple[bytes, int, int]] = []
    associations: dict[int, list[int]] = {}
    references: dict[int, list[int]] = {}  # cdsc: metadata item -> described items
    idat: tuple[int, int] | None = None
    end = len(meta)
    try:
        for kind, start, stop in _boxes(meta, 4, end):  # meta is a full box
            if kind == b"pitm":
                version = meta[start]
                fmt = ">H" if version == 0 else ">I"
                (primary,) = struct.unpack_from(fmt, meta, start + 4)
            elif kind == b"iinf":
                _heif_iinf(meta, start, stop, items)
            elif kind == b"iloc":
                _heif_iloc(meta, start, stop, items, c)
            elif kind == b"iprp":
                for sub, sub_start, sub_stop in _boxes(meta, start, stop):
                    if sub == b"ipco":
                        properties = list(_boxes(meta, sub_start, sub_stop))
                    elif sub == b"ipma":
                        _heif_ipma(meta, sub_start, sub_stop, associations)
            elif kind == b"iref":
                _heif_iref(meta, start, stop, references)
            elif kind == b"idat":
                idat = (start, stop)
    except (struct.error, IndexError):
        c.warnings.append(translate("metadata", "HEIF meta box is corrupt (partly read)"))
    if primary is None:
        c.warnings.append(translate("metadata", "HEIF file has no primary item"))
    else:
        for index in associations.get(primary, []):
            if 1 <= index <= len(properties):
                kind, start, stop = properties[index - 1]
                if kind == b"ispe" and stop - start >= 12:
                    width, height = struct.unpack_from(">II", meta, start + 4)
                    if width and height:
                        c.width, c.height = width, height
                    break

    def ordered(kind: bytes) -> list[int]:
        ids = [i for i, item in items.items() if item.kind == kind]
        # prefer the metadata item that describes the primary image
        return sorted(ids, key=lambda i: (primary not in references.get(i, []), i))

    for item_id in ordered(b"Exif"):
        data = _heif_item_data(reader, meta, idat, items[item_id], MAX_EXIF, c)
        if data is None or len(data) < 4:
            continue
        (offset,) = struct.unpack(">I", data[:4])
        start = 4 + offset
        if data[start : start + 4] not in (b"II*\0", b"MM\0*"):
            start = find_tiff_header(data, 4)
            if start < 0:
                c.warnings.append(
                    translate("metadata", "HEIF Exif item has no TIFF header (ignored)")
                )
                continue
        c.exif = (BytesReader(data), start)
        break
    for item_id in ordered(b"mime"):
        item = items[item_id]
        if item.content_type.strip().lower() != b"application/rdf+xml":
            continue
        data = _heif_item_data(reader, meta, idat, item, MAX_XMP, c)
        if data:
            c.xmp.append(data)
            break


def _cstring(data: bytes, start: int, stop: int) -> tuple[bytes, int]:
    end = data.find(b"\0", start, stop)
    if end < 0:
        return data[start:stop], stop
    return data[start:end], end + 1


def _heif_iinf(meta: bytes, start: int, stop: int, items: dict[int, _Item]) -> None:
    version = meta[start]
    position = start + (6 if version == 0 else 8)
    for kind, entry_start, entry_stop in _boxes(meta, position, stop):
        if kind != b"infe" or len(items) >= MAX_ITEMS:
            continue
        infe_version = meta[entry_start]
        p = entry_start + 4
        if infe_version >= 2:
            if infe_version == 2:
                (item_id,) = struct.unpack_from(">H", meta, p)
                p += 2
            else:
                (item_id,) = struct.unpack_from(">I", meta, p)
                p += 4
            p += 2  # protection index
            item_type = meta[p : p + 4]
            p += 4
            _, p = _cstring(meta, p, entry_stop)  # item name
            content_type = b""
            if item_type == b"mime":
                content_type, p = _cstring(meta, p, entry_stop)
        else:
            (item_id,) = struct.unpack_from(">H", meta, p)
            p += 4  # item id, protection index
            _, p = _cstring(meta, p, entry_stop)
            content_type, p = _cstring(meta, p, entry_stop)
            item_type = b"mime"
        item = items.setdefault(item_id, _Item())
        item.kind, item.content_type = item_type, content_type


def _heif_iloc(meta: bytes, start: int, stop: int, items: dict[int, _Item], c: Container) -> None:
    version = meta[start]
    if version > 2:
        c.warnings.append(
            translate("metadata", "HEIF iloc box version {version} is not supported").format(
                version=version
            )
        )
        return
    sizes = meta[start + 4]
    offset_size, length_size = sizes >> 4, sizes & 0x0F
    sizes = meta[start + 5]
    base_offset_size = sizes >> 4
    index_size = sizes & 0x0F if version in (1, 2) else 0
    p = start + 6
    if version < 2:
        (count,) = struct.unpack_from(">H", meta, p)
        p += 2
    else:
        (count,) = struct.unpack_from(">I", meta, p)
        p += 4
    for _ in range(min(count, MAX_ITEMS)):
        if version < 2:
            (item_id,) = struct.unpack_from(">H", meta, p)
            p += 2
        else:
            (item_id,) = struct.unpack_from(">I", meta, p)
            p += 4
        construction = 0
        if version in (1, 2):
            construction = struct.unpack_from(">H", meta, p)[0] & 0x0F
            p += 2
        p += 2  # data reference index
        base_offset = _uint(meta, p, base_offset_size)
        p += base_offset_size
        (extent_count,) = struct.unpack_from(">H", meta, p)
        p += 2
        extents: list[tuple[int, int]] = []
        entry_size = index_size + offset_size + length_size
        for _ in range(min(extent_count, MAX_EXTENTS)):
            p += index_size
            extent_offset = _uint(meta, p, offset_size)
            p += offset_size
            extent_length = _uint(meta, p, length_size)
            p += length_size
            extents.append((extent_offset, extent_length))
        p += max(0, extent_count - MAX_EXTENTS) * entry_size
        if p > stop:
            raise IndexError("iloc box overrun")
        item = items.setdefault(item_id, _Item())
        item.construction, item.base_offset, item.extents = construction, base_offset, extents
        item.has_location = True


def _uint(data: bytes, position: int, size: int) -> int:
    if size == 0:
        return 0
    if size not in (4, 8) or position + size > len(data):
        raise IndexError("bad iloc field size")
    return int.from_bytes(data[position : position + size], "big")


def _heif_ipma(meta: bytes, start: int, stop: int, out: dict[int, list[int]]) -> None:
    version, flags = meta[start], int.from_bytes(meta[start + 1 : start + 4], "big")
    (count,) = struct.unpack_from(">I", meta, start + 4)
    p = start + 8
    for _ in range(min(count, MAX_ITEMS)):
        if version < 1:
            (item_id,) = struct.unpack_from(">H", meta, p)
            p += 2
        else:
            (item_id,) = struct.unpack_from(">I", meta, p)
            p += 4
        n = meta[p]
        p += 1
        indices = []
        for _ in range(n):
            if flags & 1:
                indices.append(struct.unpack_from(">H", meta, p)[0] & 0x7FFF)
                p += 2
            else:
                indices.append(meta[p] & 0x7F)
                p += 1
        if p > stop:
            raise IndexError("ipma box overrun")
        out.setdefault(item_id, indices)


def _heif_iref(meta: bytes, start: int, stop: int, out: dict[int, list[int]]) -> None:
    version = meta[start]
    fmt, size = (">H", 2) if version == 0 else (">I", 4)
    for kind, p, ref_stop in _boxes(meta, start + 4, stop):
        (from_id,) = struct.unpack_from(fmt, meta, p)
        (count,) = struct.unpack_from(">H", meta, p + size)
        p += size + 2
        targets = []
        for _ in range(count):
            if p + size > ref_stop:
                break
            targets.append(struct.unpack_from(fmt, meta, p)[0])
            p += size
        if kind == b"cdsc":
            out.setdefault(from_id, []).extend(targets)


def _heif_item_data(
    reader: Reader,
    meta: bytes,
    idat: tuple[int, int] | None,
    item: _Item,
    limit: int,
    c: Container,
) -> bytes | None:
    if not item.has_location or not item.extents:
        c.warnings.append(
            translate("metadata", "HEIF {item} item has no location (ignored)").format(
                item=item.kind.decode("latin-1")
            )
        )
        return None
    parts: list[bytes] = []
    total = 0
    for extent_offset, extent_length in item.extents:
        offset = item.base_offset + extent_offset
        if item.construction == 0:
            length = extent_length or reader.size - offset
            if offset + length > reader.size:
                c.warnings.append(
                    translate("metadata", "HEIF {item} item is truncated").format(
                        item=item.kind.decode("latin-1")
                    )
                )
            part = reader.read(offset, min(length, limit - total))
        elif item.construction == 1 and idat is not None:
            idat_start, idat_stop = idat
            length = extent_length or idat_stop - idat_start - offset
            part = meta[idat_start + offset : min(idat_stop, idat_start + offset + length)]
        else:
            c.warnings.append(
                translate(
                    "metadata", "HEIF item construction method {method} is not supported"
                ).format(method=item.construction)
            )
            return None
        parts.append(part)
        total += len(part)
        if total >= limit:
            c.warnings.append(
                translate("metadata", "HEIF {item} item is too large (cut)").format(
                    item=item.kind.decode("latin-1")
                )
            )
            break
    return b"".join(parts)
