"""Importing photos: identity by hash, a library copy per row, errors reported per file."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import struct
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from sqlalchemy import func, select

from surveyapp.db.database import Database, open_database
from surveyapp.db.models import Camera, Photo, Thumbnail
from surveyapp.db.notes import shown
from surveyapp.db.outbox import record_fields
from surveyapp.photos import library as library_module
from surveyapp.photos.importer import (
    DiskFullError,
    ImportProgress,
    ImportSummary,
    _file_name,
    import_photos,
)
from surveyapp.photos.library import relative_path
from surveyapp.protocol.fields import BY_RECORD, FILE_NAME, text_problem
from tests.factory import PhotoSpec, make_jpeg
from tests.photos.test_metadata import E, build_tiff, exif_app1
from tests.photos.test_metadata import jpeg as jpeg_with


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "survey.sqlite")
    yield database
    database.close()


def run_import(db: Database, *paths: Path) -> tuple[list[ImportProgress], ImportSummary]:
    """Consume the import generator as the CLI does, committing at the end."""
    progress: list[ImportProgress] = []
    with db.session() as session:
        steps = import_photos(session, list(paths), db.library, workers=2)
        while True:
            try:
                progress.append(next(steps))
            except StopIteration as stop:
                summary = stop.value
                break
        session.commit()
    return progress, summary


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_a_folder_is_imported_recursively_with_its_metadata(db: Database, tmp_path: Path) -> None:
    walk = tmp_path / "walk"
    spec = PhotoSpec(latitude=44.8125, longitude=20.4612, subsec="25", offset="+02:00")
    first = write(walk / "a.jpg", make_jpeg(spec, seed=1))
    write(walk / "sub" / "deeper" / "b.JPG", make_jpeg(spec, seed=2))
    write(walk / ".hidden.jpg", make_jpeg(spec, seed=3))  # skipped like .DS_Store
    progress, summary = run_import(db, walk)
    assert [p.result.status for p in progress] == ["imported", "imported"]
    assert [p.done for p in progress] == [1, 2] and progress[-1].total == 2
    # Copies on disk, rows in the session: commit now. The first file is a checkpoint too, so
    # that the opening look-up does not keep the write lock while the first batch is read.
    assert [p.checkpoint for p in progress] == [True, True]
    assert [r.status for p in progress for r in p.stored] == ["imported", "imported"]
    assert (summary.imported, summary.duplicates, summary.errors) == (2, 0, 0)
    with db.session() as session:
        photo = session.scalars(select(Photo).where(Photo.file_name == "a.jpg")).one()
        assert photo.sha256 == hashlib.sha256(first.read_bytes()).hexdigest()
        assert photo.latitude == pytest.approx(44.8125, abs=1e-6)
        assert photo.longitude == pytest.approx(20.4612, abs=1e-6)
        assert photo.altitude == pytest.approx(117.5)
        assert (photo.bearing, photo.bearing_ref) == (135.0, "T")
        assert photo.taken_local == datetime(2026, 5, 4, 10, 30, 15, 250000)
        assert photo.utc_offset_minutes == 120
        assert photo.taken_utc == datetime(2026, 5, 4, 8, 30, 15, 250000, tzinfo=UTC)
        assert (photo.make, photo.model, photo.width, photo.height) == ("Fairphone", "FP5", 96, 72)
        assert photo.mime == "image/jpeg"
        copy = db.library / photo.library_path
        assert copy.read_bytes() == first.read_bytes()


def test_the_same_bytes_are_a_duplicate_never_a_second_photo(db: Database, tmp_path: Path) -> None:
    data = make_jpeg(seed=7)
    original = write(tmp_path / "one" / "IMG_1.jpg", data)
    copy = write(tmp_path / "two" / "renamed.jpeg", data)
    progress, _ = run_import(db, original, copy)
    assert [p.result.status for p in progress] == ["imported", "duplicate"]
    progress, summary = run_import(db, original)
    assert [p.result.status for p in progress] == ["duplicate"]
    assert progress[0].result.sha256 == hashlib.sha256(data).hexdigest()
    assert summary.duplicates == 1
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Photo)) == 1


def test_formats_are_recognised_by_content_not_by_extension(db: Database, tmp_path: Path) -> None:
    image = Image.new("RGB", (40, 30), (200, 10, 10))
    png, webp = io.BytesIO(), io.BytesIO()
    image.save(png, "PNG")
    image.save(webp, "WEBP")
    paths = [
        write(tmp_path / "in" / "really-a-jpeg.png", make_jpeg(seed=1)),
        write(tmp_path / "in" / "really-a-png.jpg", png.getvalue()),
        write(tmp_path / "in" / "no-extension", webp.getvalue()),
    ]
    progress, _ = run_import(db, *paths)
    assert [p.result.status for p in progress] == ["imported"] * 3
    with db.session() as session:
        mimes = dict(session.execute(select(Photo.file_name, Photo.mime)).all())
    assert mimes == {
        "really-a-jpeg.png": "image/jpeg",
        "really-a-png.jpg": "image/png",
        "no-extension": "image/webp",
    }


def bomb_png() -> bytes:
    """A tiny PNG that declares 100,000 × 100,000 pixels."""
    image = io.BytesIO()
    Image.new("L", (1, 1)).save(image, "PNG")
    data = bytearray(image.getvalue())
    data[16:24] = struct.pack(">II", 100_000, 100_000)
    import zlib

    crc = zlib.crc32(bytes(data[12:29]))
    data[29:33] = struct.pack(">I", crc)
    return bytes(data)


def test_bad_files_are_reported_and_the_rest_goes_on(db: Database, tmp_path: Path) -> None:
    good = make_jpeg(seed=1)
    folder = tmp_path / "mixed"
    write(folder / "1-notes.txt", b"camera on the corner, dome, Hikvision?\n")
    write(folder / "2-empty.jpg", b"")
    write(folder / "3-good.jpg", good)
    write(folder / "4-truncated.jpg", good[: len(good) // 2])
    write(folder / "5-bomb.png", bomb_png())
    write(folder / "6-zip.jpg", b"PK\x03\x04" + bytes(100))
    progress, summary = run_import(db, folder)
    statuses = {Path(p.result.path).name: p.result for p in progress}
    # A note is no photo: skipped, saying what it is; a ".jpg" that is no image is an error.
    assert statuses["1-notes.txt"].status == "skipped"
    assert "text, not an image" in statuses["1-notes.txt"].message
    assert statuses["2-empty.jpg"].status == "error"
    assert "not a photo: empty file" in statuses["2-empty.jpg"].message
    assert statuses["3-good.jpg"].status == "imported"
    # A truncated photo keeps its metadata (the evidence) and is imported with a warning.
    assert statuses["4-truncated.jpg"].status == "imported"
    assert "damaged or truncated" in statuses["4-truncated.jpg"].message
    assert "damaged or truncated" not in statuses["3-good.jpg"].message
    assert statuses["5-bomb.png"].status == "error"
    assert "too large" in statuses["5-bomb.png"].message
    assert statuses["6-zip.jpg"].status == "error"
    assert summary.errors == sum(1 for r in statuses.values() if r.status == "error")
    assert summary.skipped == 1
    with db.session() as session:
        photos = session.scalars(select(Photo)).all()
        rows = {p.sha256 for p in photos}
    # Every library file has its row and every row its file.
    files = {p.name.split(".")[0] for p in db.library.glob("??/*") if p.is_file()}
    assert files == rows
    assert not list((db.library / ".incoming").glob("*"))


def test_a_photo_whose_embedded_preview_is_a_bomb_is_imported_from_its_own_pixels(
    db: Database, tmp_path: Path
) -> None:
    """A 3-MP photo whose EXIF preview claims 60,000 × 60,000 pixels (a damaged or hostile
    file): the whole photo was refused as "unexpected error (DecompressionBombError: …)", with
    a traceback on the terminal. The preview is only a shortcut: the photo is imported, its
    position kept, and its thumbnail drawn from its own pixels."""
    small = io.BytesIO()
    Image.new("RGB", (16, 16)).save(small, "JPEG")
    preview = bytearray(small.getvalue())
    sof = preview.find(b"\xff\xc0")
    struct.pack_into(">HH", preview, sof + 5, 60_000, 60_000)
    gps = [E(1, 2, "N"), E(2, 5, [(44, 1), (48, 1), (0, 1)])]
    gps += [E(3, 2, "E"), E(4, 5, [(20, 1), (27, 1), (0, 1)])]
    tiff = build_tiff([E(0x10F, 2, "Make")], gps=gps, thumbnail=bytes(preview))
    photo = write(
        tmp_path / "walk" / "IMG_1.jpg", jpeg_with(exif=exif_app1(tiff), size=(2000, 1500))
    )
    _progress, summary = run_import(db, photo)
    assert (summary.imported, summary.errors) == (1, 0), summary.results
    with db.session() as session:
        stored = session.scalars(select(Photo)).one()
        assert (stored.latitude, stored.longitude) == (44.8, 20.45)
        thumbnail = session.get(Thumbnail, stored.id)
        assert thumbnail is not None
        assert Image.open(io.BytesIO(thumbnail.jpeg)).size == (320, 240)


def test_every_photo_has_an_upright_thumbnail(db: Database, tmp_path: Path) -> None:
    spec = PhotoSpec(size=(400, 200), orientation=6, thumbnail=False)  # rotated 90° clockwise
    with_preview = PhotoSpec(size=(2000, 1500), thumbnail=True)  # large: the preview is used
    run_import(
        db,
        write(tmp_path / "r.jpg", make_jpeg(spec, seed=1)),
        write(tmp_path / "p.jpg", make_jpeg(with_preview, seed=2)),
    )
    with db.session() as session:
        sizes = {
            name: (w, h)
            for name, w, h in session.execute(
                select(Photo.file_name, Thumbnail.width, Thumbnail.height).join(Thumbnail)
            )
        }
        thumbs = session.scalars(select(Thumbnail.jpeg)).all()
    assert sizes["r.jpg"][0] < sizes["r.jpg"][1]  # portrait once upright
    assert sizes["p.jpg"] == (160, 120)  # the embedded preview, not a decode of the photo
    for jpeg in thumbs:
        assert Image.open(io.BytesIO(jpeg)).format == "JPEG"


def test_an_import_groups_its_photos_into_cameras(db: Database, tmp_path: Path) -> None:
    near = [
        PhotoSpec(latitude=44.8125 + i * 2e-5, taken=datetime(2026, 5, 4, 10, i)) for i in range(3)
    ]
    far = PhotoSpec(latitude=44.8200, taken=datetime(2026, 5, 4, 10, 5))
    nowhere = PhotoSpec(latitude=None, longitude=None)
    paths = [write(tmp_path / f"n{i}.jpg", make_jpeg(s, seed=i)) for i, s in enumerate(near)]
    paths.append(write(tmp_path / "far.jpg", make_jpeg(far, seed=10)))
    paths.append(write(tmp_path / "nowhere.jpg", make_jpeg(nowhere, seed=11)))
    _, summary = run_import(db, *paths)
    assert len(summary.cameras) == 3
    assert summary.without_position == 1
    with db.session() as session:
        counts = sorted(len(c.photos) for c in session.scalars(select(Camera)))
        assert counts == [1, 1, 3]
        assert session.scalar(select(func.count()).where(Photo.camera_id.is_(None))) == 0


def test_an_orphan_library_file_from_a_crash_is_removed(db: Database, tmp_path: Path) -> None:
    # As if an import died after copying a file but before committing its row.
    orphan = db.library / relative_path("ab" * 32, "image/jpeg")
    orphan.parent.mkdir(parents=True)
    orphan.write_bytes(b"left behind")
    (db.library / ".incoming").mkdir()
    (db.library / ".incoming" / "half-written.tmp").write_bytes(b"half")
    _, summary = run_import(db, write(tmp_path / "a.jpg", make_jpeg(seed=1)))
    assert summary.cleaned == 2
    assert not orphan.exists()


def test_an_interrupted_import_keeps_what_it_imported(db: Database, tmp_path: Path) -> None:
    paths = [write(tmp_path / "w" / f"{i:02}.jpg", make_jpeg(seed=i)) for i in range(10)]
    with db.session() as session:
        steps = import_photos(session, paths, db.library, workers=2)
        for _ in range(4):
            next(steps)
        steps.close()  # Cancel
        session.commit()
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Photo)) == 4
    progress, summary = run_import(db, tmp_path / "w")
    assert [p.result.status for p in progress].count("duplicate") == 4
    assert summary.imported == 6
    with db.session() as session:  # the cancelled photos got their cameras too
        assert session.scalar(select(func.count()).where(Photo.camera_id.is_(None))) == 0
    files = {p.name.split(".")[0] for p in db.library.glob("??/*")}
    assert len(files) == 10


def test_a_photo_is_stored_only_once_its_copy_and_folder_are_flushed(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The copies are flushed in the background while the next files are read; a checkpoint
    # (where the caller commits) must still come after every flush of the photos it stores.
    flushed: set[Path] = set()
    real_fsync = library_module._fsync

    def recording_fsync(path: Path) -> None:
        real_fsync(path)
        flushed.add(path)

    monkeypatch.setattr(library_module, "_fsync", recording_fsync)
    paths = [write(tmp_path / "w" / f"{i:03}.jpg", make_jpeg(seed=i)) for i in range(60)]
    stored = 0
    with db.session() as session:
        for progress in import_photos(session, paths, db.library, workers=3):
            for result in progress.stored:
                assert result.status == "imported"
                copy = db.library / relative_path(result.sha256 or "", "image/jpeg")
                assert copy in flushed and copy.parent in flushed, copy
                stored += 1
            if progress.checkpoint:
                session.commit()
        session.commit()
    assert stored == 60


def fail_flush(monkeypatch: pytest.MonkeyPatch, photo: Path, error: OSError) -> str:
    """The disk refuses to flush the library copy of ``photo`` (what we cannot make a real disk
    do on demand); returns the photo's hash."""
    sha256 = hashlib.sha256(photo.read_bytes()).hexdigest()
    real_flush = library_module.flush_copy

    def failing_flush(path: Path) -> None:
        if path.name.startswith(sha256):
            raise error
        real_flush(path)

    monkeypatch.setattr(library_module, "flush_copy", failing_flush)
    return sha256


def test_a_copy_that_cannot_be_flushed_is_an_error_not_a_photo(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A write error that shows only when the copy is flushed (a failing card reader, a network
    # folder): the photo is reported as an error and gets no row; the others are imported.
    paths = [write(tmp_path / "w" / f"{i}.jpg", make_jpeg(seed=i)) for i in range(5)]
    bad = fail_flush(monkeypatch, paths[2], OSError(errno.EIO, "Input/output error"))
    progress, summary = run_import(db, *paths)
    stored = [r for p in progress for r in p.stored]
    assert [r.status for r in stored] == ["imported", "imported", "error", "imported", "imported"]
    said = "cannot copy into the library: the disk could not be read or written"
    assert said in stored[2].message
    assert (summary.imported, summary.errors) == (4, 1)
    with db.session() as session:
        hashes = set(session.scalars(select(Photo.sha256)))
    assert len(hashes) == 4 and bad not in hashes


def test_a_disk_that_fills_up_while_flushing_stops_after_the_photos_before(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = [write(tmp_path / "w" / f"{i}.jpg", make_jpeg(seed=i)) for i in range(6)]
    fail_flush(monkeypatch, paths[3], OSError(errno.ENOSPC, "No space left on device"))
    with db.session() as session:
        steps = import_photos(session, paths, db.library, workers=2)
        with pytest.raises(DiskFullError) as raised:
            for progress in steps:
                if progress.checkpoint:
                    session.commit()
        session.commit()
    assert "3.jpg" in str(raised.value.strerror)
    with db.session() as session:
        names = sorted(session.scalars(select(Photo.file_name)))
    assert names == ["0.jpg", "1.jpg", "2.jpg"]
    assert [r.path for r in raised.value.stored] == [str(p) for p in paths[1:3]]


def test_cameras_are_made_at_each_checkpoint_and_a_camera_split_by_one_stays_one(
    db: Database, tmp_path: Path
) -> None:
    # 60 photos of distinct cameras an hour apart, except that the 50th and 51st (a checkpoint
    # falls between them) show one camera, taken a minute and 5 m apart.

    start = datetime(2026, 5, 4, 8, 0)
    for i in range(60):
        taken = start + timedelta(hours=i) if i != 50 else start + timedelta(hours=49, minutes=1)
        latitude = 44.80 + i * 0.001 if i != 50 else 44.80 + 49 * 0.001 + 0.000045
        spec = PhotoSpec(latitude=latitude, longitude=20.46, taken=taken, bearing=float(i))
        write(tmp_path / "walk" / f"IMG_{i:03d}.jpg", make_jpeg(spec, seed=i))
    progress, summary = run_import(db, tmp_path / "walk")

    checkpoints = [p for p in progress if p.checkpoint]
    assert [p.done for p in checkpoints] == [1, 50, 60]
    # The first checkpoints already name their cameras: the list can show them.
    assert len(checkpoints[0].cameras) == 1 and len(checkpoints[1].cameras) == 49
    # The 51st photo joined the camera of the 50th, made at the checkpoint before it.
    assert checkpoints[1].cameras[-1] in checkpoints[2].cameras
    assert len(summary.cameras) == 59
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Camera)) == 59
        photo = session.scalars(select(Photo).where(Photo.file_name == "IMG_050.jpg")).one()
        camera = photo.camera
        assert camera is not None and len(camera.photos) == 2
        assert camera.latitude == pytest.approx(44.80 + 49 * 0.001 + 0.0000225)


def test_a_heif_whose_pixels_cannot_be_decoded_is_imported_with_a_placeholder(
    db: Database, tmp_path: Path
) -> None:
    # As libheif's uncompressed ("unci") test files: pillow-heif lists no image to decode
    # (an IndexError), while the file's metadata is there to keep.
    import pillow_heif

    pillow_heif.register_heif_opener()
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (44.0, 48.0, 45.0), 3: "E", 4: (20.0, 27.0, 40.0)}
    image = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 10, 10)).save(image, format="HEIF", exif=exif.tobytes())
    data = image.getvalue()
    assert data.count(b"hvc1") == 1
    path = write(tmp_path / "unci.heic", data.replace(b"hvc1", b"unci"))
    progress, summary = run_import(db, path)
    (result,) = [r for p in progress for r in p.stored]
    assert result.status == "imported", result.message
    assert "no picture: the file is damaged" in result.message
    assert result.has_position
    with db.session() as session:
        photo = session.scalars(select(Photo)).one()
        assert photo.width == 64 and photo.height is not None
        assert photo.latitude == pytest.approx(44 + 48 / 60 + 45 / 3600)


@settings(max_examples=300, deadline=None)
@given(
    raw=st.binary(min_size=1, max_size=255).filter(
        lambda b: b"/" not in b and b"\0" not in b and b not in (b".", b"..")
    )
)
def test_any_file_name_the_disk_holds_is_stored_as_text_the_server_takes(raw: bytes) -> None:
    """A file name is any bytes but "/" and NUL (and not "." or ".."): undecodable ones (an
    old camera's card, a zip made on Windows), controls, invisible formatting. Stored, each is
    text the registry accepts (so the photo syncs) on one line; a clean name is kept exactly."""
    name = os.fsdecode(raw)
    stored = _file_name(Path(name))
    assert text_problem(stored, FILE_NAME) is None
    assert not {"\t", "\n", "\r"} & set(stored)
    stored.encode("utf-8")  # no lone surrogate left
    if text_problem(name, FILE_NAME) is None and not {"\t", "\n", "\r"} & set(name):
        assert stored == name


def test_values_the_server_would_refuse_are_left_out_with_a_warning(
    db: Database, tmp_path: Path
) -> None:
    """An altitude of 250 km or 5 km underground, a time in the year 9999, a time that its
    offset takes past the year 2199: the photos import with those values left out and a warning
    saying so, and keep the rest (before: the altitudes made the server refuse the photos'
    records for ever, and a time its offset took past 9999 stopped the whole import with an
    OverflowError)."""
    walk = tmp_path / "walk"
    specs = {
        "high.jpg": PhotoSpec(altitude=250_000.0),
        "deep.jpg": PhotoSpec(altitude=-5_000.0),
        "late.jpg": PhotoSpec(taken=datetime(2199, 12, 31, 23, 0), offset="-12:00"),
        "far.jpg": PhotoSpec(taken=datetime(9999, 12, 31, 23, 0)),
        "plain.jpg": PhotoSpec(),
    }
    for index, (name, spec) in enumerate(specs.items()):
        write(walk / name, make_jpeg(spec, seed=20 + index))
    _, summary = run_import(db, walk)
    assert (summary.imported, summary.errors) == (5, 0)
    with db.session() as session:
        photos = {p.file_name: p for p in session.scalars(select(Photo))}
        for name in specs:
            fields = record_fields(photos[name])
            assert all(BY_RECORD["photo"][k].problem(v) is None for k, v in fields.items()), name
    high, deep, late, plain = (photos[n] for n in ("high.jpg", "deep.jpg", "late.jpg", "plain.jpg"))
    assert high.altitude is None and deep.altitude is None and plain.altitude == 117.5
    assert high.latitude == pytest.approx(44.8125, abs=1e-6)  # the position itself stays
    assert [shown(w) for w in high.warnings] == [
        "altitude 250000.0 is out of range (-1000 to 100000): left out (the team's server takes "
        "no such value)"
    ]
    assert late.taken_local == datetime(2199, 12, 31, 23, 0) and late.utc_offset_minutes is None
    assert [shown(w) for w in late.warnings] == [
        "the offset -720 min takes the capture time out of the calendar: left out"
    ]
    far = photos["far.jpg"]
    assert far.taken_local is None and far.taken_utc is None
    assert [shown(w) for w in far.warnings] == [
        "taken_local 9999-12-31T23:00:00 is out of range (years 1900 to 2199): left out (the "
        "team's server takes no such value)"
    ]


def test_an_import_whose_commit_failed_stops_reading_ahead(
    db: Database, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The command line's and the app's way out when a checkpoint's commit fails (the database
    could not grow on a full disk): before, the import was left suspended, its threads copied
    the files read ahead after the error was said, and at exit one failed with a traceback."""
    import threading

    from surveyapp.photos.importer import abandon, import_photos

    folder = tmp_path / "walk"
    for n in range(40):
        spec = PhotoSpec(size=(640, 480), latitude=44.8 + n * 0.001, longitude=20.46)
        write(folder / f"IMG_{n}.jpg", make_jpeg(spec, seed=n))
    with db.session() as session:
        steps = import_photos(session, [folder], db.library, workers=3)
        first = next(steps)
        assert first.checkpoint  # its commit is the one that "fails": the caller gives up
        abandon(steps, session)
        assert not session.new and not session.dirty
        copied = sorted(db.library.rglob("*.jpg"))
    assert not [t.name for t in threading.enumerate() if t.name.startswith(("import", "fsync"))]
    assert sorted(db.library.rglob("*.jpg")) == copied  # nothing is copied after it stopped
    assert len(copied) < 40  # it stopped early: the files not begun were never read
    assert not [r for r in caplog.records if r.levelname == "ERROR"]
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Photo)) == 0
