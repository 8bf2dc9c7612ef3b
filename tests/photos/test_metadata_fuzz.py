"""Fuzzing read_metadata: random bytes and damaged copies of small valid photos.

Whatever the input, the reader returns a PhotoMetadata or raises NotAnImageError, quickly, and
never reaches its internal-error safety net. SURVEYAPP_FUZZ_EXAMPLES raises the number of
examples per test (default 300) for a longer run.
"""

from __future__ import annotations

import io
import math
import os
import struct
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageCms

from surveyapp.photos.metadata import NotAnImageError, PhotoMetadata, read_metadata_bytes
from tests.photos.test_metadata import (
    EXIF_NS,
    E,
    build_tiff,
    heif,
    jpeg,
    pillow_exif,
    png,
    png_chunk,
    rational_gps,
    segment,
    xmp_packet,
)

EXAMPLES = int(os.environ.get("SURVEYAPP_FUZZ_EXAMPLES", "300"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=timedelta(milliseconds=250),  # a typical input takes well under a millisecond
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _seeds() -> dict[str, bytes]:
    gps = rational_gps(
        latitude_ref="S", longitude_ref="W", date="2020:01:02", status="A", altitude_ref=b"\1"
    )
    exif = pillow_exif(
        ifd0={0x010F: "Apple", 0x0110: "iPhone", 0x0112: 6},
        exif={0x9003: "2020:01:02 03:04:05", 0x9291: "123", 0x9011: "+01:00"},
        gps=gps,
    )
    packet = xmp_packet(
        f'<rdf:Description rdf:about="" {EXIF_NS} exif:GPSLatitude="1,30N"'
        ' exif:GPSLongitude="2,15E"><exif:GPSAltitude>10/1</exif:GPSAltitude>'
        "</rdf:Description>"
    )
    thumb_tiff = build_tiff(
        [E(0x010F, 2, "Canon"), E(0x0112, 3, [1])],
        exif=[E(0x9003, 2, "2020:01:02 03:04:05")],
        gps=[
            E(1, 2, "N"),
            E(2, 5, [(1, 1), (2, 1), (3, 1)]),
            E(3, 2, "E"),
            E(4, 5, [(4, 1), (5, 1), (6, 1)]),
            E(6, 5, [(0, 0)]),
        ],
        thumbnail=jpeg(size=(8, 8)),
    )
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()[:300]
    webp = io.BytesIO()
    Image.new("RGB", (24, 16)).save(webp, "WEBP", exif=exif, icc_profile=icc, xmp=packet)
    return {
        "jpeg": jpeg(exif, packet, size=(16, 16)),
        "jpeg-thumbnail": jpeg(extra_app=segment(0xE1, b"Exif\0\0" + thumb_tiff), size=(8, 8)),
        "png": png(
            png_chunk(b"eXIf", exif[6:]),
            png_chunk(b"iTXt", b"XML:com.adobe.xmp\0\0\0\0\0" + packet),
        ),
        "webp": webp.getvalue(),
        "heic": heif(struct.pack(">I", 6) + exif, packet, iloc_version=1),
        "heic-idat": heif(struct.pack(">I", 0) + exif[6:], packet, iloc_version=2, construction=1),
        "tiff": thumb_tiff,
    }


SEEDS = _seeds()


def check(data: bytes) -> None:
    try:
        meta = read_metadata_bytes(data)
    except NotAnImageError as error:
        assert str(error)  # a reason is always given
        return
    assert isinstance(meta, PhotoMetadata)
    assert not [w for w in meta.warnings if w.startswith("internal error")], meta.warnings
    if meta.latitude is not None or meta.longitude is not None:
        assert meta.latitude is not None and meta.longitude is not None
        assert abs(meta.latitude) <= 90 and abs(meta.longitude) <= 180
        assert meta.position_source in ("exif", "xmp")
    for value in (meta.altitude, meta.bearing):
        assert value is None or math.isfinite(value)
    assert meta.orientation is None or 1 <= meta.orientation <= 8
    assert meta.gps_time is None or meta.gps_time.tzinfo is not None
    assert meta.preview is None or meta.preview.startswith(b"\xff\xd8")


@st.composite
def mutated(draw: st.DrawFn, seed: str) -> bytes:
    data = bytearray(SEEDS[seed])
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        operation = draw(st.sampled_from(["flip", "byte", "word", "truncate", "insert", "delete"]))
        if operation == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif operation == "byte":
            data[at] = draw(st.sampled_from([0x00, 0x01, 0x7F, 0x80, 0xFF]))
        elif operation == "word":
            value = draw(
                st.sampled_from([0, 1, 8, 0xFFFF, 0x7FFFFFFF, 0xFFFFFFFF, len(data), len(data) - 4])
            )
            data[at : at + 4] = struct.pack(draw(st.sampled_from([">I", "<I"])), value % (1 << 32))
        elif operation == "truncate":
            del data[at:]
        elif operation == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        else:
            del data[at : at + draw(st.integers(1, 64))]
    return bytes(data)


@FUZZ
@given(st.binary(max_size=2048))
def test_random_bytes(data: bytes) -> None:
    check(data)


MAGICS = [
    b"\xff\xd8\xff",
    b"\xff\xd8\xff\xe1\x00\x10Exif\0\0",
    b"\x89PNG\r\n\x1a\n",
    b"II*\0",
    b"MM\0*",
    b"RIFF\x00\x01\x00\x00WEBP",
    b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic",
]


@FUZZ
@given(st.sampled_from(MAGICS), st.binary(max_size=2048))
def test_random_bytes_behind_a_valid_signature(magic: bytes, data: bytes) -> None:
    check(magic + data)


@FUZZ
@given(st.sampled_from(sorted(SEEDS)).flatmap(mutated))
def test_damaged_photos(data: bytes) -> None:
    check(data)


def test_the_seeds_are_read_completely() -> None:
    for name, data in SEEDS.items():
        meta = read_metadata_bytes(data)
        assert meta.latitude is not None and meta.taken_local is not None, (name, meta)
        assert (meta.preview is not None) == ("thumbnail" in name or name == "tiff"), name
