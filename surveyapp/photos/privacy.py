"""Shareable copies of photos: upright pixels, no personal metadata, faces and plates blurred.

What leaves the laptop (sync uploads, photo exports) is a derivative made here, never the
original: a fresh JPEG of the upright pixels with no EXIF, XMP, maker notes, embedded thumbnails
or comments at all (its position lives in the camera record), and with the faces and licence
plates of passers-by pixelated and blurred beyond recovery. The original stays untouched.

Detection uses the Haar cascades that ship inside OpenCV (frontal and profile faces, plates);
the volunteer can add rectangles it missed and remove ones it got wrong.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import cv2
import numpy as np
from PIL import Image, ImageCms, ImageFilter, UnidentifiedImageError

from surveyapp.i18n import QT_TRANSLATE_NOOP, translate
from surveyapp.photos import native
from surveyapp.photos.metadata import PhotoMetadata
from surveyapp.photos.thumbnails import open_upright

DETECTION_SIZE = 1600  # long side, pixels: detection runs on a copy this size
MARGIN = 0.3  # each blurred rectangle grows by this share of its size on every side
JPEG_QUALITY = 90
_SRGB = ImageCms.createProfile("sRGB")


class Rectangle(Protocol):
    """Anything with a left, top, width and height (pixels or fractions alike)."""

    @property
    def left(self) -> float: ...
    @property
    def top(self) -> float: ...
    @property
    def width(self) -> float: ...
    @property
    def height(self) -> float: ...


def rectangles_overlap(a: Rectangle, b: Rectangle) -> bool:
    """Whether two rectangles share any area."""
    return (
        a.left < b.left + b.width
        and b.left < a.left + a.width
        and a.top < b.top + b.height
        and b.top < a.top + a.height
    )


@dataclass(frozen=True)
class Region:
    """A rectangle of the upright photo, in pixels, and why it is blurred."""

    left: int
    top: int
    width: int
    height: int
    kind: str  # face, plate or manual

    def overlaps(self, other: Region) -> bool:
        """Whether the two rectangles share any pixel."""
        return rectangles_overlap(self, other)


@dataclass(frozen=True)
class Derivative:
    """A shareable JPEG and the regions blurred in it."""

    jpeg: bytes
    width: int
    height: int
    regions: tuple[Region, ...]
    left_sharp: tuple[Region, ...] = ()  # detected, but a rectangle in ``remove`` overlaps them


class DerivativeError(ValueError):
    """No shareable copy can be made (the pixels cannot be decoded); the message says why, in
    the volunteer's language (the decoder's own words after it); ``english`` the same in
    English, for what is published (the photo zip's README)."""

    def __init__(self, reason: str, detail: str = "") -> None:
        self.english = f"{reason}: {detail}" if detail else reason
        said = translate("privacy", reason)
        super().__init__(f"{said}: {detail}" if detail else said)


TOO_LARGE = QT_TRANSLATE_NOOP("privacy", "image too large to open safely")
UNDECODABLE = QT_TRANSLATE_NOOP("privacy", "the photo's pixels cannot be decoded")
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "privacy", "the photo's pixels cannot be decoded: the file is damaged (no decoder knows it)"
)


# A classifier is not safe to share between threads (an export and a sync may run at once):
# each thread loads its own.
_classifiers = threading.local()


def _cascade(name: str) -> Any:  # cv2.CascadeClassifier
    loaded: dict[str, Any] = _classifiers.__dict__.setdefault("by_name", {})
    if name not in loaded:
        classifier = cv2.CascadeClassifier(str(Path(cv2.__file__).parent / "data" / name))
        if classifier.empty():
            raise RuntimeError(f"OpenCV's cascade {name} is missing (opencv-python-headless < 5)")
        loaded[name] = classifier
    return loaded[name]


@dataclass(frozen=True)
class _Detector:
    cascade: str
    kind: str
    mirrored: bool  # profile faces are trained looking one way: also search the mirror image
    neighbours: int
    scale_step: float
    smallest: tuple[int, int]  # width, height in pixels of the detection copy


_DETECTORS = (
    _Detector("haarcascade_frontalface_default.xml", "face", False, 5, 1.1, (20, 20)),
    _Detector("haarcascade_profileface.xml", "face", True, 5, 1.1, (20, 20)),
    # Plates are small and wide: finer scale steps, fewer neighbours, a flat minimum.
    _Detector("haarcascade_russian_plate_number.xml", "plate", False, 3, 1.03, (30, 8)),
)


def detect_regions(image: Image.Image) -> list[Region]:
    """Faces and licence plates found in an upright image."""
    scale = min(1.0, DETECTION_SIZE / max(image.size))
    small = image.convert("L")
    if scale < 1.0:
        small = small.resize((round(image.width * scale), round(image.height * scale)))
    gray = np.asarray(small)
    found: list[Region] = []
    for detector in _DETECTORS:
        views = [(gray, False)]
        if detector.mirrored:
            views.append((cv2.flip(gray, 1), True))
        for view, flipped in views:
            boxes = _cascade(detector.cascade).detectMultiScale(
                view,
                scaleFactor=detector.scale_step,
                minNeighbors=detector.neighbours,
                minSize=detector.smallest,
            )
            for x, y, w, h in boxes:
                x = view.shape[1] - x - w if flipped else x
                found.append(
                    Region(
                        round(x / scale), round(y / scale), round(w / scale), round(h / scale),
                        detector.kind,
                    )
                )  # fmt: skip
    return found


def blur_regions(image: Image.Image, regions: Iterable[Region]) -> Image.Image:
    """Pixelate, then blur, each region with a generous margin; returns a new image.

    Pixelating to about 8 blocks across throws the detail away; the blur on top hides the block
    edges that de-pixelation tools work from.
    """
    result = image.convert("RGB")
    for region in regions:
        grow_x, grow_y = round(region.width * MARGIN), round(region.height * MARGIN)
        box = (
            max(0, region.left - grow_x),
            max(0, region.top - grow_y),
            min(result.width, region.left + region.width + grow_x),
            min(result.height, region.top + region.height + grow_y),
        )
        if box[2] <= box[0] or box[3] <= box[1]:
            continue
        patch = result.crop(box)
        blocks = max(1, min(patch.size) // 8)
        tiny = patch.resize(
            (max(1, patch.width // blocks), max(1, patch.height // blocks)),
            Image.Resampling.BOX,
        )
        patch = tiny.resize(patch.size, Image.Resampling.NEAREST)
        patch = patch.filter(ImageFilter.GaussianBlur(radius=max(2, blocks)))
        result.paste(patch, box[:2])
    return result


def _to_srgb(image: Image.Image) -> Image.Image:
    """RGB pixels in sRGB. A photo's own colour profile names the device and its maker, so the
    colours are converted to sRGB (what a file without a profile means) and the profile dropped.
    """
    icc = image.info.get("icc_profile")
    rgb = image.convert("RGB")
    if not isinstance(icc, bytes) or not icc:
        return rgb
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        converted = ImageCms.profileToProfile(rgb, source, _SRGB, outputMode="RGB")
    except (ImageCms.PyCMSError, OSError, ValueError):
        return rgb  # a broken profile: the pixels as they are
    return converted if isinstance(converted, Image.Image) else rgb


def decoded_upright(data: bytes, meta: PhotoMetadata) -> Image.Image:
    """The photo's pixels, upright; DerivativeError when they cannot be decoded.

    What libtiff prints meanwhile is caught when a command captures it (``native``) and left
    out: the import made it the photo's warning already.
    """
    try:
        return native.catching(lambda: open_upright(data, meta))[0]
    except Image.DecompressionBombError as error:
        raise DerivativeError(TOO_LARGE, str(error)) from error
    except UnidentifiedImageError as error:  # its text names a Python object, not the file
        raise DerivativeError(UNKNOWN_FORMAT) from error
    except (OSError, ValueError) as error:  # any decoder's failure (``open_upright``)
        raise DerivativeError(UNDECODABLE, str(error)) from error


def make_derivative(
    data: bytes,
    meta: PhotoMetadata,
    *,
    blur: bool = True,
    add: Sequence[Region] = (),
    remove: Sequence[Region] = (),
) -> Derivative:
    """The shareable copy of the photo in ``data``.

    With ``blur`` the detected faces and plates are blurred, except those overlapping a
    rectangle in ``remove``; the rectangles in ``add`` are always blurred.
    Raises DerivativeError when the pixels cannot be decoded.
    """
    image = _to_srgb(decoded_upright(data, meta))
    detected = detect_regions(image) if blur else []
    kept = [r for r in detected if not any(r.overlaps(gone) for gone in remove)]
    sharp = tuple(r for r in detected if r not in kept)
    regions = (*kept, *add)
    clean = blur_regions(image, regions)
    # Pillow carries the decoded file's ``info`` (its JPEG comment, EXIF, XMP, DPI...) through
    # every conversion and writes what it finds there when saving: none of it may leave.
    clean.info = {}
    out = io.BytesIO()
    clean.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return Derivative(out.getvalue(), clean.width, clean.height, regions, sharp)


def shareable_jpeg(original: bytes, *, blur: bool = True) -> bytes:
    """The bytes that leave the laptop for a photo: its derivative, as JPEG.

    The one function sync uploads and photo exports call (``blur`` is the survey's setting).
    Raises DerivativeError when the pixels cannot be decoded.
    """
    from surveyapp.photos.metadata import read_metadata_bytes

    return make_derivative(original, read_metadata_bytes(original), blur=blur).jpeg
