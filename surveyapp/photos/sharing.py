"""What a photo looks like when it leaves the laptop, and the volunteer's say over it.

The shareable copy (surveyapp.photos.privacy) blurs the faces and plates the detectors find when
the photo's survey says so (``Survey.blur_people``, on by default). The volunteer corrects the
detectors photo by photo: rectangles to blur that they missed, and detected regions to leave
sharp. The choices are stored on the photo as fractions (0..1) of the upright image, so they
hold at any resolution, and never leave the laptop themselves.

A choice changed after the photo's copy was made or uploaded sends the photo back to "local"
with no copy: the next sync makes a new copy and uploads it, so the server never keeps the old
blur. One call = one change; the caller owns the session and commits.
"""

from __future__ import annotations

import hashlib
import io
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from surveyapp.cameras.permissions import a_teammates, forget_shared_copy, my_names
from surveyapp.db.models import Camera, Photo, Survey, Thumbnail
from surveyapp.i18n import system_error_text, translate
from surveyapp.photos.metadata import PhotoMetadata, read_metadata_bytes
from surveyapp.photos.privacy import (
    Derivative,
    DerivativeError,
    Region,
    decoded_upright,
    make_derivative,
    rectangles_overlap,
)

ADDED = "add"
REMOVED = "remove"
PREVIEW_SIZE = 256  # long side of the blurred thumbnails in the share preview
_HEIF_MIMES = frozenset({"image/heic", "image/heif", "image/avif"})


class SharingError(ValueError):
    """A blur choice that cannot be made (no such photo, a rectangle outside the image)."""


@dataclass(frozen=True)
class Box:
    """A rectangle as fractions (0..1) of the upright image's width and height."""

    left: float
    top: float
    width: float
    height: float

    def __post_init__(self) -> None:
        values = (self.left, self.top, self.width, self.height)
        if not all(0.0 <= v <= 1.0 for v in values) or self.width <= 0 or self.height <= 0:
            raise SharingError(f"a blur rectangle must lie inside the photo: {values}")
        if self.left + self.width > 1.0 + 1e-9 or self.top + self.height > 1.0 + 1e-9:
            raise SharingError(f"a blur rectangle must lie inside the photo: {values}")

    @classmethod
    def from_region(cls, region: Region, width: int, height: int) -> Box:
        """A pixel region of a ``width`` × ``height`` upright image as fractions."""
        left = min(max(region.left / width, 0.0), 1.0)
        top = min(max(region.top / height, 0.0), 1.0)
        return cls(
            left,
            top,
            max(min(region.width / width, 1.0 - left), 1e-6),
            max(min(region.height / height, 1.0 - top), 1e-6),
        )

    def to_region(self, width: int, height: int, kind: str) -> Region:
        """The rectangle in pixels of a ``width`` × ``height`` upright image."""
        left, top = round(self.left * width), round(self.top * height)
        return Region(
            left,
            top,
            max(1, round((self.left + self.width) * width) - left),
            max(1, round((self.top + self.height) * height) - top),
            kind,
        )

    def overlaps(self, other: Box) -> bool:
        """Whether the two rectangles share any area."""
        return rectangles_overlap(self, other)

    def as_list(self) -> list[float]:
        """The JSON form stored on the photo."""
        return [round(v, 6) for v in (self.left, self.top, self.width, self.height)]


@dataclass(frozen=True)
class BlurChoices:
    """A photo's own blur choices: rectangles added, detected regions left sharp."""

    added: tuple[Box, ...] = ()
    removed: tuple[Box, ...] = ()


@dataclass(frozen=True)
class BlurView:
    """What the blur editor shows: the shareable copy and every region, as fractions."""

    photo_id: uuid.UUID
    jpeg: bytes
    width: int
    height: int
    blur_people: bool  # the survey's setting: detection on or off
    detected: tuple[Box, ...]  # found by the detectors and blurred
    added: tuple[Box, ...]  # the volunteer's own rectangles, blurred
    removed: tuple[Box, ...]  # detected regions the volunteer left sharp (or their choices)
    # A teammate's photo (her import of a picture he shared first): his copy is what the team
    # sees, and no choice made here reaches it.
    owner: str | None = None


@dataclass(frozen=True)
class PhotoToShare:
    """A photo the next sync uploads."""

    photo_id: uuid.UUID
    file_name: str


@dataclass(frozen=True)
class SharedPhotoPreview:
    """One photo of the share preview: its blurred copy, small, and what is blurred in it."""

    photo_id: uuid.UUID
    file_name: str
    thumbnail: bytes | None  # JPEG of the blurred copy; None when it cannot be made
    faces: int
    plates: int
    manual: int
    error: str | None = None

    @property
    def regions(self) -> int:
        """Every blurred region."""
        return self.faces + self.plates + self.manual


def _boxes(stored: Any) -> tuple[Box, ...]:
    boxes: list[Box] = []
    for item in stored or ():
        try:
            boxes.append(Box(*(float(v) for v in item)))
        except (TypeError, ValueError):
            continue  # a damaged entry is dropped, not fatal: the rest still apply
    return tuple(boxes)


def blur_choices(photo: Photo) -> BlurChoices:
    """The photo's stored blur choices."""
    stored = photo.privacy_regions or {}
    return BlurChoices(_boxes(stored.get(ADDED)), _boxes(stored.get(REMOVED)))


def _photo(session: Session, photo_id: uuid.UUID) -> Photo:
    photo = session.get(Photo, photo_id)
    if photo is None:
        raise SharingError(f"no photo {photo_id}")
    if photo.deleted:  # the one the blur editor showed: a sync or a command deleted it
        raise SharingError(
            translate("sharing", "the photo was deleted meanwhile (by a sync or another program)")
        )
    return photo


def _store(photo: Photo, choices: BlurChoices) -> None:
    photo.privacy_regions = {
        ADDED: [box.as_list() for box in choices.added],
        REMOVED: [box.as_list() for box in choices.removed],
    }
    forget_shared_copy(photo)


def _ours(session: Session, photo_id: uuid.UUID) -> Photo:
    """The photo whose blur the volunteer changes: not a teammate's (the same picture shared
    first from his laptop makes hers his record). The server takes a photo's copy only from
    whoever shared it, so a blur chosen here would never reach the team; before, the laptop
    made a new copy of his photo, and her sync stayed incomplete for ever (a volunteer's edit
    of his record refused, a reviewer's naming a copy nobody sends)."""
    photo = _photo(session, photo_id)
    if a_teammates(photo, my_names(session)):
        raise SharingError(teammates_photo_text(photo.owner or ""))
    return photo


def teammates_photo_text(owner: str) -> str:
    """Why a blur of a teammate's photo goes nowhere (said by the editor and its refusals)."""
    text = translate(
        "sharing",
        "this is {owner}'s photo: the team sees the copy they shared, and only they can "
        "change its blur",
    )
    return text.format(owner=owner)


def add_rectangle(session: Session, photo_id: uuid.UUID, box: Box) -> BlurChoices:
    """Blur ``box`` in the photo's shareable copy, whatever the detectors say."""
    photo = _ours(session, photo_id)
    choices = blur_choices(photo)
    choices = BlurChoices((*choices.added, box), choices.removed)
    _store(photo, choices)
    return choices


def remove_rectangle(session: Session, photo_id: uuid.UUID, box: Box) -> BlurChoices:
    """Leave ``box`` sharp: a rectangle the volunteer added is dropped; a detected region is
    kept out of the blur (every detected region overlapping ``box`` is)."""
    photo = _ours(session, photo_id)
    choices = blur_choices(photo)
    mine = [b for b in choices.added if b.overlaps(box)]
    if mine:
        target = min(mine, key=lambda b: _distance(b, box))
        added = list(choices.added)
        added.remove(target)
        choices = BlurChoices(tuple(added), choices.removed)
    else:
        choices = BlurChoices(choices.added, (*choices.removed, box))
    _store(photo, choices)
    return choices


def leave_sharp(session: Session, photo_id: uuid.UUID, box: Box) -> BlurChoices:
    """Keep the detected regions that ``box`` overlaps out of the blur."""
    photo = _ours(session, photo_id)
    choices = blur_choices(photo)
    choices = BlurChoices(choices.added, (*choices.removed, box))
    _store(photo, choices)
    return choices


def restore_region(session: Session, photo_id: uuid.UUID, box: Box) -> BlurChoices:
    """Blur again the detected regions that ``box`` overlaps (undo ``remove_rectangle``)."""
    photo = _ours(session, photo_id)
    choices = blur_choices(photo)
    kept = tuple(b for b in choices.removed if not b.overlaps(box))
    if len(kept) == len(choices.removed):
        return choices
    choices = BlurChoices(choices.added, kept)
    _store(photo, choices)
    return choices


def _distance(a: Box, b: Box) -> float:
    return abs(a.left - b.left) + abs(a.top - b.top) + abs(a.width - b.width)


def survey_blur(session: Session, photo: Photo) -> bool:
    """Whether the photo's survey blurs faces and plates (on when the photo has no survey)."""
    if photo.camera_id is None:
        return True
    camera = session.get(Camera, photo.camera_id)
    survey = session.get(Survey, camera.survey_id) if camera is not None else None
    return survey.blur_people if survey is not None else True


def set_survey_blur(session: Session, survey_id: uuid.UUID, blur: bool) -> int:
    """Turn face and plate blurring on or off for a survey; returns how many of its photos
    will be shared again (their copies were made with the other setting)."""
    survey = session.get(Survey, survey_id)
    if survey is None:
        raise SharingError(f"no survey {survey_id}")
    if survey.blur_people == blur:
        return 0
    survey.blur_people = blur
    query = (
        select(Photo)
        .join(Camera, Photo.camera_id == Camera.id)
        .where(Camera.survey_id == survey_id, Photo.deleted.is_(False), Photo.library_path != "")
    )
    names = my_names(session)
    return sum(forget_shared_copy(photo, names) for photo in session.scalars(query))


def _upright_size(data: bytes, meta: PhotoMetadata) -> tuple[int, int]:
    """The upright image's pixel size, from the metadata when it is sure, else by decoding."""
    if meta.width and meta.height and meta.mime not in _HEIF_MIMES:
        turned = meta.orientation in (5, 6, 7, 8)
        return (meta.height, meta.width) if turned else (meta.width, meta.height)
    image = decoded_upright(data, meta)
    return image.width, image.height


def derivative_with_choices(original: bytes, choices: BlurChoices, blur: bool) -> Derivative:
    """The shareable copy of ``original`` with the survey's blur setting and the choices."""
    meta = read_metadata_bytes(original)
    if not choices.added and not choices.removed:
        return make_derivative(original, meta, blur=blur)
    width, height = _upright_size(original, meta)
    return make_derivative(
        original,
        meta,
        blur=blur,
        add=[box.to_region(width, height, "manual") for box in choices.added],
        remove=[box.to_region(width, height, "removed") for box in choices.removed],
    )


# What a shareable copy is a function of: the original's SHA-256, the survey's blur setting and
# the photo's own choices.
_Key = tuple[bytes, bool, BlurChoices]


class _Previewed:
    """Shareable copies the sharing preview made, kept for the sync that follows it.

    Before a survey's first sync the app shows every photo's blurred copy (about a second each
    for a 12-MP photo), then the sync made every copy again: a volunteer with 300 photos waited
    twice. The copy is a function of the original's bytes, the survey's blur setting and the
    photo's own choices, so it is kept under exactly those (the bytes by their SHA-256). The
    first copy made again is taken from here, once; copies beyond ``LIMIT`` bytes are not kept
    (the later ones are made again), so memory stays bounded however many photos there are.
    Threads: the preview and the sync run on different ones."""

    LIMIT = 256 * 1024 * 1024

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._kept: dict[_Key, Derivative] = {}
        self._size = 0

    @staticmethod
    def key(original: bytes, choices: BlurChoices, blur: bool) -> _Key:
        return hashlib.sha256(original).digest(), blur, choices

    def keep(self, key: _Key, derivative: Derivative) -> None:
        with self._lock:
            if key not in self._kept and self._size + len(derivative.jpeg) <= self.LIMIT:
                self._kept[key] = derivative
                self._size += len(derivative.jpeg)

    def take(self, key: _Key) -> Derivative | None:
        with self._lock:
            derivative = self._kept.pop(key, None)
            if derivative is not None:
                self._size -= len(derivative.jpeg)
            return derivative

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()
            self._size = 0


PREVIEWED = _Previewed()


def make_shareable(photo: Photo, original: bytes) -> bytes:
    """The bytes that leave the laptop for ``photo`` (sync's MakeShareable, and every photo
    export): its survey's blur setting and the volunteer's rectangles applied; the copy the
    sharing preview just made for them when there is one."""
    session = object_session(photo)
    blur = survey_blur(session, photo) if session is not None else True
    choices = blur_choices(photo)
    previewed = PREVIEWED.take(PREVIEWED.key(original, choices, blur))
    if previewed is not None:
        return previewed.jpeg
    return derivative_with_choices(original, choices, blur).jpeg


def photo_sharer(session: Session) -> Callable[[str, bytes], bytes]:
    """What photo exports call for each photo (by SHA-256, with its original bytes): the same
    shareable copy a sync uploads — the survey's blur setting and the volunteer's rectangles."""

    def share(sha256: str, original: bytes) -> bytes:
        photo = session.scalars(select(Photo).where(Photo.sha256 == sha256)).one()
        return make_shareable(photo, original)

    return share


def _original(library: Path, photo: Photo) -> bytes:
    if not photo.library_path:
        raise SharingError(
            translate("sharing", "photo {name} is not on this laptop (another volunteer's)").format(
                name=photo.file_name
            )
        )
    path = library / photo.library_path
    try:
        return path.read_bytes()
    except FileNotFoundError as error:
        # The library lost it: importing its file again puts it back (``original restored``).
        raise SharingError(
            translate(
                "sharing",
                "photo {name}: its original is missing from the library ({path}): import its "
                "file again to put it back",
            ).format(name=photo.file_name, path=path)
        ) from error
    except OSError as error:
        # Shown by the preview and the blur editor: the system's reason in the volunteer's words.
        reason = system_error_text(error)
        raise SharingError(
            translate("sharing", "photo {name}: original unreadable: {reason}").format(
                name=photo.file_name, reason=reason
            )
        ) from error


def _inputs(
    session: Session, library: Path, photo_id: uuid.UUID
) -> tuple[Photo, bytes, BlurChoices, bool]:
    """What the photo's shareable copy is made from: the photo (not deleted), its original's
    bytes, its own choices and its survey's blur setting."""
    photo = _photo(session, photo_id)
    return photo, _original(library, photo), blur_choices(photo), survey_blur(session, photo)


def shareable_photo(session: Session, library: Path, photo_id: uuid.UUID) -> Derivative:
    """The photo's shareable copy as it would leave the laptop now: its survey's blur setting
    and the volunteer's rectangles applied."""
    _, original, choices, blur = _inputs(session, library, photo_id)
    return derivative_with_choices(original, choices, blur)


def blur_view(session: Session, library: Path, photo_id: uuid.UUID) -> BlurView:
    """What the blur editor shows for one photo (about a second for a 12-MP photo). A
    teammate's photo whose picture is not on this laptop shows its thumbnail and whose it is:
    none of its blur is ours to choose."""
    photo = _photo(session, photo_id)
    owner = photo.owner if a_teammates(photo, my_names(session)) else None
    blur = survey_blur(session, photo)
    if owner is not None and not photo.library_path:
        small = session.get(Thumbnail, photo.id)
        jpeg, w, h = (small.jpeg, small.width, small.height) if small else (b"", 0, 0)
        return BlurView(photo.id, jpeg, w, h, blur, (), (), (), owner)
    choices = blur_choices(photo)
    derivative = derivative_with_choices(_original(library, photo), choices, blur)
    w, h = derivative.width, derivative.height
    detected = tuple(
        Box.from_region(r, w, h) for r in derivative.regions if r.kind in ("face", "plate")
    )
    # A click leaves sharp every detected region its box overlaps (one face is often found
    # twice): each is shown as left sharp, and so is a choice that no longer meets any.
    sharp = tuple(Box.from_region(r, w, h) for r in derivative.left_sharp)
    removed = sharp + tuple(b for b in choices.removed if not any(b.overlaps(s) for s in sharp))
    return BlurView(photo.id, derivative.jpeg, w, h, blur, detected, choices.added, removed, owner)


def photos_to_share(session: Session) -> list[PhotoToShare]:
    """The photos the next sync uploads (the same ones sync's "photos waiting" counts)."""
    query = (
        select(Photo.id, Photo.file_name)
        .where(Photo.upload_state == "local", Photo.deleted.is_(False), Photo.library_path != "")
        .order_by(Photo.taken_sort, Photo.id)
    )
    return [PhotoToShare(row[0], row[1]) for row in session.execute(query)]


def _small(jpeg: bytes) -> bytes:
    with Image.open(io.BytesIO(jpeg)) as image:
        image.draft("RGB", (PREVIEW_SIZE, PREVIEW_SIZE))
        image.thumbnail((PREVIEW_SIZE, PREVIEW_SIZE))
        out = io.BytesIO()
        image.convert("RGB").save(out, "JPEG", quality=80)
    return out.getvalue()


def preview_photos(
    session: Session, library: Path, photo_ids: Sequence[uuid.UUID]
) -> Iterator[SharedPhotoPreview]:
    """Each photo's blurred copy, small, and its blurred regions: one yield per photo (about a
    second each), for a progress bar. A photo that cannot be shared says why. The copies are
    kept for the sync that follows (``PREVIEWED``)."""
    for photo_id in photo_ids:
        photo = session.get(Photo, photo_id)
        if photo is None:
            continue
        try:
            _, original, choices, blur = _inputs(session, library, photo_id)
            derivative = derivative_with_choices(original, choices, blur)
        except (SharingError, DerivativeError) as error:
            yield SharedPhotoPreview(photo_id, photo.file_name, None, 0, 0, 0, str(error))
            continue
        PREVIEWED.keep(PREVIEWED.key(original, choices, blur), derivative)
        kinds = [r.kind for r in derivative.regions]
        yield SharedPhotoPreview(
            photo_id,
            photo.file_name,
            _small(derivative.jpeg),
            kinds.count("face"),
            kinds.count("plate"),
            kinds.count("manual"),
        )
