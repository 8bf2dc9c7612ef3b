"""The volunteer's say over the shared copy: rectangles added and removed, the survey's setting."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image
from sqlalchemy import select

from surveyapp.db.database import Database, open_database
from surveyapp.db.models import Photo, Survey
from surveyapp.photos.importer import import_photos
from surveyapp.photos.sharing import (
    Box,
    SharingError,
    add_rectangle,
    blur_view,
    leave_sharp,
    photos_to_share,
    preview_photos,
    remove_rectangle,
    restore_region,
    set_survey_blur,
    shareable_photo,
)
from tests.factory import PhotoSpec, exif_entries, jpeg_with_app1, make_jpeg, tiff_block

FACE = (165, 55, 285, 185)  # Eileen Collins in scikit-image's astronaut (512 × 512)
NO_FACE = (380, 300, 500, 420)  # the suit and the flag: detail, no face


def astronaut_jpeg(variant: int = 0) -> bytes:
    """scikit-image's astronaut as a phone JPEG with a position and a time; each ``variant``
    has other bytes (a photo's identity is its SHA-256)."""
    skimage_data = pytest.importorskip("skimage.data")
    picture = Image.fromarray(skimage_data.astronaut()).convert("RGB")
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=95)
    spec = PhotoSpec(size=picture.size, thumbnail=False, altitude=100.0 + variant)
    return jpeg_with_app1(out.getvalue(), tiff_block(*exif_entries(spec)))


def spread(jpeg: bytes, box: tuple[int, int, int, int]) -> float:
    """The grey levels' standard deviation inside ``box``: blurring flattens it."""
    with Image.open(io.BytesIO(jpeg)) as image:
        return float(np.asarray(image.convert("L").crop(box), dtype=float).std())


def box_of(pixels: tuple[int, int, int, int], size: int = 512) -> Box:
    left, top, right, bottom = pixels
    return Box(left / size, top / size, (right - left) / size, (bottom - top) / size)


def import_one(db: Database, data: bytes, folder: Path, name: str = "astronaut.jpg") -> uuid.UUID:
    path = folder / name
    path.write_bytes(data)
    with db.session() as session, session.begin():
        list(import_photos(session, [path], db.library))
        return session.scalars(select(Photo.id).where(Photo.file_name == name)).one()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "survey.sqlite")
    yield database
    database.close()


@pytest.fixture
def astronaut(db: Database, tmp_path: Path) -> uuid.UUID:
    return import_one(db, astronaut_jpeg(), tmp_path)


def shared(db: Database, photo_id: uuid.UUID) -> bytes:
    with db.session() as session:
        return shareable_photo(session, db.library, photo_id).jpeg


def test_the_face_is_blurred_by_default_and_not_when_the_survey_says_so(
    db: Database, astronaut: uuid.UUID, tmp_path: Path
) -> None:
    original = (tmp_path / "astronaut.jpg").read_bytes()
    blurred = shared(db, astronaut)
    assert spread(blurred, FACE) < spread(original, FACE) * 0.6
    with db.session() as session, session.begin():
        survey = session.scalars(select(Survey)).one()
        assert survey.blur_people  # on by default
        assert set_survey_blur(session, survey.id, False) == 1
    sharp = shared(db, astronaut)
    assert spread(sharp, FACE) == pytest.approx(spread(original, FACE), rel=0.1)


def test_rectangles_added_and_removed_by_hand_survive_reopening(
    tmp_path: Path, astronaut: uuid.UUID, db: Database
) -> None:
    original = (tmp_path / "astronaut.jpg").read_bytes()
    assert spread(shared(db, astronaut), NO_FACE) == pytest.approx(
        spread(original, NO_FACE), rel=0.1
    )
    with db.session() as session:
        view = blur_view(session, db.library, astronaut)
    face = next(b for b in view.detected if b.overlaps(box_of(FACE)))
    with db.session() as session, session.begin():
        add_rectangle(session, astronaut, box_of(NO_FACE))
    with db.session() as session, session.begin():
        remove_rectangle(session, astronaut, face)
    db.close()

    reopened = open_database(tmp_path / "survey.sqlite")
    try:
        with reopened.session() as session:
            view = blur_view(session, reopened.library, astronaut)
            derivative = shareable_photo(session, reopened.library, astronaut)
        assert spread(derivative.jpeg, NO_FACE) < spread(original, NO_FACE) * 0.6
        assert spread(derivative.jpeg, FACE) == pytest.approx(spread(original, FACE), rel=0.1)
        assert len(view.added) == 1 and view.added[0].overlaps(box_of(NO_FACE))
        # The face is found twice: both detections are shown as left sharp.
        assert view.removed and not view.detected
        assert all(b.overlaps(box_of(FACE)) for b in view.removed)
        # Clicking the removed face again blurs it again; clicking the added rectangle drops it.
        with reopened.session() as session, session.begin():
            restore_region(session, astronaut, view.removed[0])
            remove_rectangle(session, astronaut, view.added[0])
        with reopened.session() as session:
            again = shareable_photo(session, reopened.library, astronaut).jpeg
        assert spread(again, FACE) < spread(original, FACE) * 0.6
        assert spread(again, NO_FACE) == pytest.approx(spread(original, NO_FACE), rel=0.1)
    finally:
        reopened.close()


def test_a_changed_rectangle_sends_the_photo_again(db: Database, astronaut: uuid.UUID) -> None:
    with db.session() as session, session.begin():
        photo = session.get(Photo, astronaut)
        assert photo is not None
        photo.upload_state, photo.blob_sha256, photo.blob_size = "uploaded", "ab" * 32, 10
    with db.session() as session:
        assert photos_to_share(session) == []
    with db.session() as session, session.begin():
        add_rectangle(session, astronaut, Box(0.1, 0.1, 0.2, 0.2))
    with db.session() as session:
        photo = session.get(Photo, astronaut)
        assert photo is not None
        assert (photo.upload_state, photo.blob_sha256, photo.blob_size) == ("local", None, None)
        assert [p.photo_id for p in photos_to_share(session)] == [astronaut]


def test_the_preview_counts_blurred_regions_per_photo(
    db: Database, astronaut: uuid.UUID, tmp_path: Path
) -> None:
    plain = import_one(db, make_jpeg(PhotoSpec(size=(200, 150)), seed=3), tmp_path, "plain.jpg")
    with db.session() as session, session.begin():
        add_rectangle(session, plain, Box(0.0, 0.0, 0.5, 0.5))
    with db.session() as session:
        ids = [p.photo_id for p in photos_to_share(session)]
        previews = {p.photo_id: p for p in preview_photos(session, db.library, ids)}
    assert set(previews) == {astronaut, plain}
    assert previews[astronaut].faces >= 1 and previews[astronaut].manual == 0
    assert previews[plain].manual == 1 and previews[plain].regions == 1
    with Image.open(io.BytesIO(previews[astronaut].thumbnail or b"")) as thumb:
        assert max(thumb.size) <= 256


@pytest.mark.parametrize(
    "values", [(-0.1, 0, 0.5, 0.5), (0.5, 0.5, 0.6, 0.2), (0.2, 0.2, 0, 0.1), (0, 0, 2, 1)]
)
def test_a_rectangle_outside_the_photo_is_refused(values: tuple[float, ...]) -> None:
    with pytest.raises(SharingError, match="inside the photo"):
        Box(*values)


def test_an_unknown_photo_is_a_clear_error(db: Database) -> None:
    with db.session() as session, pytest.raises(SharingError, match="no photo"):
        add_rectangle(session, uuid.uuid4(), Box(0.1, 0.1, 0.1, 0.1))


def test_the_photo_zip_shares_the_same_copy_as_sync(
    db: Database, astronaut: uuid.UUID, tmp_path: Path
) -> None:
    """The journalists' zip applies the volunteer's rectangles and the survey's setting too."""
    import subprocess
    import sys
    import zipfile

    with db.session() as session, session.begin():
        add_rectangle(session, astronaut, box_of(NO_FACE))
        survey = session.scalars(select(Survey)).one()
        set_survey_blur(session, survey.id, False)  # faces left sharp, the rectangle blurred
        sha256 = session.get_one(Photo, astronaut).sha256
        camera = session.get_one(Photo, astronaut).camera
        assert camera is not None
        camera.latitude, camera.longitude = 44.81, 20.46  # the zip holds located cameras
    db.close()
    out = tmp_path / "press.zip"
    done = subprocess.run(
        [sys.executable, "-m", "surveyapp.cli", "--db", str(db.path), "export", "zip", str(out)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    original = (tmp_path / "astronaut.jpg").read_bytes()
    with zipfile.ZipFile(out) as opened:
        (entry,) = (name for name in opened.namelist() if name.startswith("photos/"))
        zipped = opened.read(entry)
    assert sha256 not in entry  # named by the copy's own hash, not the original's
    assert spread(zipped, NO_FACE) < spread(original, NO_FACE) * 0.6
    assert spread(zipped, FACE) == pytest.approx(spread(original, FACE), rel=0.1)


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bytes]]:
    """The originals whose shareable copy is computed (the real code runs; only counted)."""
    from surveyapp.photos import privacy, sharing

    originals: list[bytes] = []
    compute = privacy.make_derivative

    def counted(original: bytes, *args: Any, **kwargs: Any) -> privacy.Derivative:
        originals.append(original)
        return compute(original, *args, **kwargs)

    monkeypatch.setattr(sharing, "make_derivative", counted)
    sharing.PREVIEWED.clear()
    yield originals
    sharing.PREVIEWED.clear()


def _sync_copies(db: Database) -> dict[uuid.UUID, bytes]:
    """What the sync's preparation stores for each photo (its real step, as a sync runs it)."""
    from surveyapp.cli.sync import make_shareable
    from surveyapp.db.files import shared_path
    from surveyapp.sync.blobs import prepare_photos

    steps = list(prepare_photos(db.session_factory, db.library, make_shareable))
    assert [step.error for step in steps if step.error] == []
    with db.session() as session:
        photos = session.scalars(select(Photo)).all()
        return {p.id: shared_path(db.library, p.blob_sha256 or "").read_bytes() for p in photos}


def test_the_sync_after_the_preview_makes_no_copy_twice(
    db: Database, astronaut: uuid.UUID, tmp_path: Path, made: list[bytes]
) -> None:
    """A volunteer who looked at every blurred copy before the first sync does not wait for
    them all again (about a second each): the sync sends the very copies shown."""
    plain = import_one(db, make_jpeg(PhotoSpec(size=(200, 150)), seed=3), tmp_path, "plain.jpg")
    with db.session() as session:
        ids = [p.photo_id for p in photos_to_share(session)]
        assert len(list(preview_photos(session, db.library, ids))) == 2
        expected = {i: shareable_photo(session, db.library, i).jpeg for i in (astronaut, plain)}
    made.clear()
    assert _sync_copies(db) == expected
    assert made == []


def test_a_rectangle_drawn_after_the_preview_is_in_the_copy_the_sync_sends(
    db: Database, astronaut: uuid.UUID, made: list[bytes]
) -> None:
    with db.session() as session:
        previewed = list(preview_photos(session, db.library, [astronaut]))
        before = shareable_photo(session, db.library, astronaut).jpeg
    assert previewed[0].manual == 0
    with db.session() as session, session.begin():
        add_rectangle(session, astronaut, box_of(NO_FACE))
    sent = _sync_copies(db)[astronaut]
    assert sent != before
    assert spread(sent, NO_FACE) < spread(before, NO_FACE) / 2  # the suit is blurred now
    with db.session() as session:
        assert sent == shareable_photo(session, db.library, astronaut).jpeg


def test_copies_beyond_the_limit_are_made_again_and_are_the_same(
    db: Database, astronaut: uuid.UUID, tmp_path: Path, made: list[bytes]
) -> None:
    from surveyapp.photos import sharing

    others = [
        import_one(db, make_jpeg(PhotoSpec(size=(200, 150)), seed=n), tmp_path, f"p{n}.jpg")
        for n in (4, 5)
    ]
    with db.session() as session:
        ids = [p.photo_id for p in photos_to_share(session)]
        first = shareable_photo(session, db.library, ids[0]).jpeg
        expected = {i: shareable_photo(session, db.library, i).jpeg for i in (astronaut, *others)}
    sharing.PREVIEWED.LIMIT = len(first)  # room for the first copy only
    try:
        with db.session() as session:
            assert len(list(preview_photos(session, db.library, ids))) == 3
        made.clear()
        assert _sync_copies(db) == expected
    finally:
        del sharing.PREVIEWED.LIMIT  # back to the class's
    assert len(made) == 2  # the two not kept, made again; the first taken as it was shown


def test_a_copy_another_program_made_meanwhile_is_not_made_again(
    db: Database, tmp_path: Path, made: list[bytes]
) -> None:
    """The app and `surveyapp sync` started together on one survey: the later run read its list
    of photos to prepare before the other made their copies, and makes none of them again
    (about a second a photo); it sends the copies the other made."""
    from surveyapp.cli.sync import make_shareable
    from surveyapp.sync.blobs import photos_to_prepare, prepare_photos

    for seed in (1, 2, 3):
        import_one(db, make_jpeg(PhotoSpec(size=(200, 150)), seed=seed), tmp_path, f"{seed}.jpg")
    with db.session() as session:
        listed = photos_to_prepare(session)
    assert len(listed) == 3
    other = open_database(db.path)  # the other program, on the same file
    try:
        made_by_the_other = _sync_copies(other)
    finally:
        other.close()
    made.clear()
    steps = list(prepare_photos(db.session_factory, db.library, make_shareable, listed))
    assert [step.photo_id for step in steps] == listed
    assert [step.error for step in steps if step.error] == []
    assert made == []
    assert _sync_copies(db) == made_by_the_other


def test_every_found_region_a_click_leaves_sharp_is_shown_as_left_sharp(
    db: Database, corpus_dir: Path
) -> None:
    # The receipt in this phone photo is found as three overlapping regions. A click on one
    # leaves sharp every found region it overlaps (one face is often found twice); each of them
    # is shown as left sharp, none simply vanishes from the editor while staying sharp.
    data = (corpus_dir / "photos" / "mdx__Apple_iPhone_4.jpg").read_bytes()
    photo = import_one(db, data, db.library.parent, "mdx__Apple_iPhone_4.jpg")
    with db.session() as session:
        before = blur_view(session, db.library, photo)
    assert len(before.detected) >= 2
    clicked = next(
        b for b in before.detected if any(o != b and o.overlaps(b) for o in before.detected)
    )
    with db.session() as session, session.begin():
        leave_sharp(session, photo, clicked)
    with db.session() as session:
        after = blur_view(session, db.library, photo)
    sharp = {tuple(b.as_list()) for b in before.detected if b.overlaps(clicked)}
    assert {tuple(b.as_list()) for b in after.removed} == sharp
    assert len(after.detected) + len(after.removed) == len(before.detected)
    # Clicking any of them blurs them all again.
    with db.session() as session, session.begin():
        restore_region(session, photo, after.removed[-1])
    with db.session() as session:
        again = blur_view(session, db.library, photo)
    assert len(again.detected) == len(before.detected) and not again.removed
