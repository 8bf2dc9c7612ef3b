"""Small JPEG previews of photos, upright, made as cheaply as the file allows.

Phones embed a small JPEG preview in EXIF (and HEIC files carry a thumbnail item): decoding one
costs about nothing, while a 12-MP JPEG costs ~45 ms even in draft mode.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace

import pillow_heif
from PIL import Image, ImageDraw

from surveyapp.photos import native
from surveyapp.photos.containers import without_png_text
from surveyapp.photos.metadata import PhotoMetadata

THUMBNAIL_SIZE = 320  # longest side, pixels
_JPEG_QUALITY = 80

pillow_heif.register_heif_opener()
try:  # Pillow >= 11.3 reads AVIF itself; older ones through pillow-heif's AVIF opener
    from PIL import AvifImagePlugin  # noqa: F401
except ImportError:  # pragma: no cover - depends on the installed Pillow
    if hasattr(pillow_heif, "register_avif_opener"):
        pillow_heif.register_avif_opener()

# Orientation (EXIF 1..8) → the transposes that make the pixels upright, as ImageOps does it.
_TRANSPOSES: dict[int, tuple[Image.Transpose, ...]] = {
    2: (Image.Transpose.FLIP_LEFT_RIGHT,),
    3: (Image.Transpose.ROTATE_180,),
    4: (Image.Transpose.FLIP_TOP_BOTTOM,),
    5: (Image.Transpose.TRANSPOSE,),
    6: (Image.Transpose.ROTATE_270,),
    7: (Image.Transpose.TRANSVERSE,),
    8: (Image.Transpose.ROTATE_90,),
}

_PREVIEW_WORTH_IT = 2_000_000  # pixels: below this, decoding the photo itself is cheap

_HEIF_MIMES = {"image/heic", "image/heif", "image/heic-sequence", "image/heif-sequence"}


# A large image (declared width × height; a JPEG decodes at an eighth of its sides) is decoded
# on one thread of its own, one at a time: an RGBA image takes 4 bytes a pixel and as much again
# while it is scaled down, and each import thread's malloc arena kept what it had held, so
# four 81-MP PNGs took 1.9 GB even one after another (4 GB for four of 169 MP; now 0.7 GB).
LARGE_IMAGE = 25_000_000
_large = ThreadPoolExecutor(1, thread_name_prefix="large-image")


def _decoding(meta: PhotoMetadata, decode: Callable[[], Thumbnail]) -> Thumbnail:
    pixels = (meta.width or 0) * (meta.height or 0)
    if meta.mime == "image/jpeg":
        pixels //= 64
    if pixels < LARGE_IMAGE or threading.current_thread().name.startswith("large-image"):
        return decode()
    return _large.submit(decode).result()


class DecompressionBombError(ValueError):
    """The image declares more pixels than SurveyApp will decode."""


@dataclass(frozen=True)
class Thumbnail:
    """A JPEG thumbnail and its pixel size."""

    jpeg: bytes
    width: int
    height: int
    source: str  # "preview" (embedded), "decoded" (rendered from the pixels) or "placeholder"
    said: tuple[str, ...] = ()  # what the image library printed while decoding (libtiff)


def upright(image: Image.Image, orientation: int | None) -> Image.Image:
    """Apply an EXIF orientation to pixels that do not carry it themselves."""
    for transpose in _TRANSPOSES.get(orientation or 1, ()):
        image = image.transpose(transpose)
    return image


def _encode(image: Image.Image, source: str) -> Thumbnail:
    image.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE), Image.Resampling.BILINEAR)
    if image.mode != "RGB":
        image = image.convert("RGB")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=_JPEG_QUALITY, optimize=False)
    return Thumbnail(out.getvalue(), image.width, image.height, source)


def placeholder(reason: str) -> Thumbnail:
    """A grey tile for a photo whose pixels cannot be decoded."""
    image = Image.new("RGB", (THUMBNAIL_SIZE, THUMBNAIL_SIZE * 3 // 4), (120, 120, 120))
    ImageDraw.Draw(image).text((12, 12), reason[:40], fill=(255, 255, 255))
    return _encode(image, "placeholder")


def _from_preview(preview: bytes, meta: PhotoMetadata) -> Thumbnail | None:
    try:
        with Image.open(io.BytesIO(preview)) as image:
            if image.format != "JPEG":
                return None
            image.load()
            # A preview much wider or taller than the photo is letterboxed: not worth showing.
            if meta.width and meta.height and image.width and image.height:
                photo_ratio = max(meta.width, meta.height) / min(meta.width, meta.height)
                preview_ratio = max(image.width, image.height) / min(image.width, image.height)
                if abs(photo_ratio - preview_ratio) > 0.05 * photo_ratio:
                    return None
            return _encode(upright(image, meta.orientation), "preview")
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None  # (a preview that is a bomb: the photo's own pixels are drawn instead)


def _heif_upright(image: Image.Image, meta: PhotoMetadata) -> Image.Image:
    """libheif applies the container's rotation (irot/imir) while decoding; a file without one
    whose EXIF still says it is turned by 90° gets the EXIF orientation applied instead."""
    if meta.orientation in (5, 6, 7, 8) and meta.width and meta.height:
        still_as_stored = (image.width > image.height) == (meta.width > meta.height)
        if still_as_stored and meta.width != meta.height:
            return upright(image, meta.orientation)
    return image


def _from_heif(data: bytes, meta: PhotoMetadata) -> Thumbnail:
    heif = pillow_heif.open_heif(io.BytesIO(data), convert_hdr_to_8bit=True)
    primary = heif[heif.primary_index]
    boxes = primary.info.get("thumbnails")
    for index, box in enumerate(boxes if isinstance(boxes, list) else []):
        if isinstance(box, int) and box >= THUMBNAIL_SIZE // 2:
            image = primary.get_thumbnail(index).to_pillow()
            return _encode(_heif_upright(image, meta), "preview")
    return _encode(open_upright(data, meta), "decoded")


class UndecodableError(ValueError):
    """A decoder failed on the photo's pixels in a way of its own (the file is damaged)."""


def open_upright(data: bytes, meta: PhotoMetadata, draft: int | None = None) -> Image.Image:
    """The photo's pixels, decoded and turned upright (HEIF through pillow-heif).

    ``draft`` lets a JPEG decode at a reduced scale no smaller than that many pixels a side.
    Raises OSError/ValueError when the pixels cannot be decoded, and Pillow's
    DecompressionBombError when the image declares too many pixels.
    """
    try:
        return _decoded_upright(data, meta, draft)
    except (OSError, ValueError, Image.DecompressionBombError):
        raise
    except Exception as error:
        # Decoders raise what they like on a damaged file: pillow-heif an IndexError when
        # libheif drops the only image (a property it cannot read marked essential).
        raise UndecodableError(f"the decoder failed ({type(error).__name__}: {error})") from error


def _decoded_upright(data: bytes, meta: PhotoMetadata, draft: int | None) -> Image.Image:
    if meta.mime in _HEIF_MIMES:
        heif = pillow_heif.open_heif(io.BytesIO(data), convert_hdr_to_8bit=True)
        return _heif_upright(heif[heif.primary_index].to_pillow(), meta)
    # The metadata is read by SurveyApp itself: Pillow never sees a PNG's text, whose bomb
    # would make it refuse the whole file.
    with Image.open(io.BytesIO(without_png_text(data))) as image:
        if draft and image.format == "JPEG":
            image.draft("RGB", (draft, draft))
        image.load()
        return upright(image, meta.orientation)


_TIFF_MIMES = frozenset({"image/tiff", "image/x-adobe-dng"})  # decoded by libtiff


def make_thumbnail(data: bytes, meta: PhotoMetadata) -> Thumbnail:
    """A thumbnail of the photo in ``data``; a placeholder when its pixels cannot be decoded.

    Raises DecompressionBombError when the image declares more pixels than Pillow's guard allows.
    What libtiff prints while decoding a TIFF (or DNG) is caught in ``said``.
    """
    if meta.mime not in _TIFF_MIMES:
        return _thumbnail(data, meta)
    thumbnail, said = native.catching(lambda: _thumbnail(data, meta))
    lines = tuple(line.strip() for line in said.splitlines() if line.strip())
    return replace(thumbnail, said=lines) if lines else thumbnail


def _thumbnail(data: bytes, meta: PhotoMetadata) -> Thumbnail:
    # A small photo decodes in a moment and its embedded preview may be stale (edited photos
    # often keep the camera's): use the preview only where decoding would cost.
    large = (meta.width or 0) * (meta.height or 0) >= _PREVIEW_WORTH_IT or meta.width is None
    if meta.preview and large:
        thumb = _from_preview(meta.preview, meta)
        if thumb is not None:
            return thumb
    try:
        if meta.mime in _HEIF_MIMES:
            return _decoding(meta, lambda: _from_heif(data, meta))
        return _decoding(
            meta, lambda: _encode(open_upright(data, meta, draft=THUMBNAIL_SIZE), "decoded")
        )
    except Image.DecompressionBombError as error:
        raise DecompressionBombError(str(error)) from error
    except Exception as error:  # a decoder's failure costs the picture only
        # Pillow and pillow-heif raise what they like (libheif's uncompressed images: an
        # IndexError); the metadata is still read, and the photo imported with a placeholder.
        return placeholder(f"no preview: {type(error).__name__}")
