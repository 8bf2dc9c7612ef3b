"""A PNG whose text chunks are decompression bombs keeps its picture: the text is refused with a
warning, never inflated whole, and the pixels are decoded as they are."""

from __future__ import annotations

import io
import os
import resource
import struct
import subprocess
import sys
import tracemalloc
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from surveyapp.db.database import Database, open_database
from surveyapp.db.models import Thumbnail
from surveyapp.photos.metadata import read_metadata_bytes
from surveyapp.photos.thumbnails import make_thumbnail
from tests.photos.test_importer import run_import, write
from tests.photos.test_metadata import pillow_exif, png_chunk, rational_gps

RED = (200, 20, 20)


def inflating_to(size: int) -> bytes:
    """zlib data that inflates to ``size`` zero bytes (about a thousandth of it), made a
    megabyte at a time."""
    compressor = zlib.compressobj(9)
    block = bytes(1 << 20)
    parts = [compressor.compress(block) for _ in range(size >> 20)]
    return b"".join(parts) + compressor.flush()


def red_png(before_idat: tuple[bytes, ...] = (), after_idat: tuple[bytes, ...] = ()) -> bytes:
    """A 64 × 48 red PNG that says where it was taken, with extra chunks around its IDAT."""
    out = io.BytesIO()
    exif = pillow_exif(ifd0={0x010F: "Canon"}, gps=rational_gps())
    Image.new("RGB", (64, 48), RED).save(out, "PNG", exif=exif)
    data = out.getvalue()
    idat, iend = data.index(b"IDAT") - 4, data.index(b"IEND") - 4
    return (
        data[:idat] + b"".join(before_idat) + data[idat:iend] + b"".join(after_idat) + data[iend:]
    )


BOMB = inflating_to(256 << 20)  # 256 MB of text in about 250 KB
HOSTILE = {
    "a zTXt comment": (
        red_png(before_idat=(png_chunk(b"zTXt", b"Comment\0\0" + BOMB),)),
        "zTXt Comment",
    ),
    "a compressed iTXt XMP packet after the pixels": (
        red_png(after_idat=(png_chunk(b"iTXt", b"XML:com.adobe.xmp\0\x01\x00\0\0" + BOMB),)),
        "iTXt XML:com.adobe.xmp",
    ),
    # Each under Pillow's 1 MB a chunk, together over its 64 MB for a file's text.
    "seventy megabytes of small zTXt chunks": (
        red_png(
            before_idat=tuple(
                png_chunk(b"zTXt", b"Note%d\0\0" % n + zlib.compress(bytes(1_000_000), 9))
                for n in range(70)
            )
        ),
        None,
    ),
}


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "survey.sqlite")
    yield database
    database.close()


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_png_whose_text_is_a_bomb_is_imported_with_its_picture(
    db: Database, tmp_path: Path, case: str
) -> None:
    """Pillow refused the whole file over its text (MAX_TEXT_CHUNK, MAX_TEXT_MEMORY): the photo
    came in with its position but "no picture", though its pixels were fine."""
    data, chunk = HOSTILE[case]
    progress, summary = run_import(db, write(tmp_path / "walk" / "IMG_1.png", data))
    (result,) = [r for p in progress for r in p.stored]
    assert result.status == "imported", result.message
    assert "no picture" not in result.message
    assert result.has_position
    if chunk is not None:
        assert f"PNG {chunk} text is too large" in result.message
    with db.session() as session:
        jpeg = session.scalars(select(Thumbnail.jpeg)).one()
    with Image.open(io.BytesIO(jpeg)) as thumbnail:
        red, green, blue = thumbnail.convert("RGB").getpixel((10, 10))  # type: ignore[misc]
    assert red > 150 and green < 60 and blue < 60  # the picture, not a grey placeholder


def test_a_text_bomb_is_never_inflated_whole() -> None:
    data, _ = HOSTILE["a zTXt comment"]
    tracemalloc.start()
    try:
        meta = read_metadata_bytes(data)
        thumbnail = make_thumbnail(data, meta)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert thumbnail.source == "decoded"
    assert peak < 8 << 20, f"{peak / 2**20:.0f} MiB"


def test_a_file_of_many_bombs_is_told_once_and_its_keyword_escaped() -> None:
    """Two hundred text bombs are one warning, not two hundred; a keyword's terminal escapes
    reach the warning as text."""
    bomb = inflating_to(2 << 20)
    data = red_png(
        before_idat=tuple(png_chunk(b"zTXt", b"Note\x1b[2J%d\0\0" % n + bomb) for n in range(200))
    )
    meta = read_metadata_bytes(data)
    told = [warning for warning in meta.warnings if "too large" in warning]
    assert told == ["PNG zTXt Note\\x1b[2J0 text is too large once decompressed (ignored)"]
    assert make_thumbnail(data, meta).source == "decoded"


def _address_space_of_a_modest_laptop() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (1_250_000_000, 1_250_000_000))


@pytest.mark.slow
def test_large_pictures_imported_together_do_not_take_the_memory_of_each_at_once(
    tmp_path: Path,
) -> None:
    """Four PNGs of 9,000 × 9,000 with transparency (a map scan, a stitched panorama; 700 KB
    each on disk, 324 MB of pixels), imported in a 1.25 GB address space: the import threads
    decoded them side by side and each kept its memory after, so three were imported as
    "no picture: the file is damaged or truncated", or refused as "unexpected error
    (MemoryError: )" (1.9 GB at the peak without a limit). Each is now drawn in turn on a
    thread of its own (0.7 GB), and every one has its thumbnail."""
    compressor = zlib.compressobj(9)
    row = b"\0" + bytes([40, 90, 160, 255]) * 9000
    idat = b"".join(compressor.compress(row) for _ in range(9000)) + compressor.flush()
    header = png_chunk(b"IHDR", struct.pack(">IIBBBBB", 9000, 9000, 8, 6, 0, 0, 0))
    walk = tmp_path / "scans"
    for index in range(4):  # one picture, four files (their text tells them apart)
        text = png_chunk(b"tEXt", b"Title\0scan %d" % index)
        chunks = header + text + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")
        write(walk / f"scan_{index}.png", b"\x89PNG\r\n\x1a\n" + chunks)
    db = tmp_path / "s.sqlite"
    env = {k: v for k, v in os.environ.items() if k != "SURVEYAPP_DB"}
    result = subprocess.run(
        [sys.executable, "-m", "surveyapp.cli", "--db", str(db), "import", str(walk)],
        capture_output=True, text=True, timeout=300, env=env,
        preexec_fn=_address_space_of_a_modest_laptop,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"imported  {walk}/scan_{i}.png" for i in range(4)]
    database = open_database(db)
    try:
        with database.session() as session:
            thumbnails = session.scalars(select(Thumbnail)).all()
            sizes = [Image.open(io.BytesIO(t.jpeg)).size for t in thumbnails]
    finally:
        database.close()
    assert sizes == [(320, 320)] * 4
