"""Pulled changes a hostile (or broken) server sends: skipped with a note, the evidence kept."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select, update

from surveyapp.db.models import Camera, Photo, SyncState
from surveyapp.db.outbox import RECORD_CLASSES
from surveyapp.protocol.fields import DEFAULTS
from surveyapp.protocol.wire import Change
from surveyapp.sync.apply import apply_page
from tests.sync.conftest import Laptop, photo_walk

SERVER = "http://127.0.0.1:1"
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def change(seq: int, record_type: str, record_id: uuid.UUID, version: int = 1,
           **fields: Any) -> Change:  # fmt: skip
    return Change(
        seq=seq, record_type=record_type, record_id=record_id, version=version,  # type: ignore[arg-type]
        deleted=False, author="mallory", updated_at=NOW, fields=fields,
    )  # fmt: skip


def my_photo(machine: Laptop) -> Photo:
    with machine.db.session() as session:
        photo = session.scalars(select(Photo)).one()
        session.expunge(photo)
        return photo


def test_changes_a_laptop_cannot_store_are_skipped_with_a_note(
    laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    machine = laptop("a")
    machine.import_photos(photo_walk(tmp_path / "walk", 1))
    mine = my_photo(machine)
    original = machine.db.library / mine.library_path
    survey_id, good = uuid.uuid4(), uuid.uuid4()
    hostile = [
        change(1, "survey", survey_id, name="S"),
        change(2, "photo", uuid.uuid4(), camera_id=str(mine.camera_id), file_name="x.jpg"),
        change(3, "camera", uuid.uuid4(), latitude=1.0, longitude=2.0),
        change(4, "photo", mine.id, version=5, sha256="f" * 64, camera_id=str(mine.camera_id),
               file_name=mine.file_name),
        change(5, "camera", uuid.uuid4(), survey_id=str(survey_id), latitude="north"),
        change(6, "camera", uuid.uuid4(), survey_id=str(survey_id), extra_tags=["a", "b"]),
        change(7, "camera", good, survey_id=str(survey_id), latitude=1.0, longitude=2.0),
    ]  # fmt: skip
    with machine.db.session() as session:
        result = apply_page(session, SERVER, hostile, 7)
        session.commit()
    assert (result.applied, result.skipped) == (2, 5), result.notes
    assert "sha256" in result.notes[0] and "survey_id" in result.notes[1]
    assert str(mine.id) in result.notes[2] and "sha256" in result.notes[2]
    assert good in machine.camera_ids()
    with machine.db.session() as session:
        assert session.get(SyncState, SERVER).checkpoint == 7  # type: ignore[union-attr]
        assert session.get(Photo, mine.id).sha256 == mine.sha256  # type: ignore[union-attr]
    # The next import's library clean-up keeps the volunteer's original.
    machine.import_photos(photo_walk(tmp_path / "later", 1, seed=1))
    assert original.read_bytes()


def test_times_a_laptop_cannot_store_are_skipped_with_a_note(
    laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """A server that took a capture time or sends a change time near year 1 (an older one, or a
    hostile one): 0001-01-01T00:00:00+14:00 has no UTC form, and storing it failed the page's
    flush with an OverflowError, at every sync. Such a change is skipped with a note, and an
    offset of ±24 h too (no ``timezone`` holds it)."""
    machine = laptop("a")
    machine.import_photos(photo_walk(tmp_path / "walk", 1))
    mine = my_photo(machine)
    home = str(mine.camera_id)
    year_one = "0001-01-01T00:00:00+14:00"
    dated = change(2, "photo", uuid.uuid4(), sha256="d" * 64, camera_id=home, file_name="d.jpg")
    dated = dated.model_copy(update={"updated_at": datetime.fromisoformat(year_one)})
    hostile = [
        change(1, "photo", uuid.uuid4(), sha256="a" * 64, camera_id=home, file_name="a.jpg",
               taken_utc=year_one),
        dated,
        change(3, "photo", uuid.uuid4(), sha256="b" * 64, camera_id=home, file_name="b.jpg",
               taken_local="2026-05-04T10:00:00", utc_offset_minutes=1440),
    ]  # fmt: skip
    good = change(4, "photo", uuid.uuid4(), sha256="c" * 64, camera_id=home, file_name="c.jpg")
    with machine.db.session() as session:
        result = apply_page(session, SERVER, [*hostile, good], 4)
        session.commit()
    assert (result.applied, result.skipped) == (1, 3), result.notes
    for note, bad in zip(result.notes, hostile, strict=True):
        assert str(bad.record_id) in note and "out of range" in note, note
    assert "taken_utc" in result.notes[0] and "updated_at" in result.notes[1]
    assert good.record_id in machine.photo_ids()


def test_the_library_clean_up_keeps_every_original_a_row_names_whatever_its_hash(
    laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    machine = laptop("a")
    machine.import_photos(photo_walk(tmp_path / "walk", 1))
    mine = my_photo(machine)
    original = machine.db.library / mine.library_path
    stray = machine.db.library / "ab" / f"ab{'0' * 62}.jpg"  # an interrupted import's leftover
    stray.parent.mkdir(exist_ok=True)
    stray.write_bytes(b"nobody's")
    with machine.db.session() as session:  # as an older version's pull could leave it
        session.execute(update(Photo).where(Photo.id == mine.id).values(sha256="e" * 64))
        session.commit()
    machine.import_photos(photo_walk(tmp_path / "later", 1, seed=1))
    assert original.is_file(), "the volunteer's original was deleted"
    assert not stray.exists()


def test_a_pulled_null_where_a_field_has_a_default_is_that_default(
    laptop: Callable[[str], Laptop],
) -> None:
    """A server (an older one, or a hostile one) that sends null for a field every laptop
    holds a value of: the laptop stores the field's default, the page lands whole."""
    machine = laptop("a")
    survey_id, made = uuid.uuid4(), uuid.uuid4()
    nulls = {"status": None, "vendor_confidence": None, "review_state": None, "extra_tags": None}
    first = [
        change(1, "survey", survey_id, name="S", blur_people=None),
        change(2, "camera", made, survey_id=str(survey_id), latitude=1.0, longitude=2.0),
    ]
    then = [change(3, "camera", made, version=2, survey_id=str(survey_id), **nulls)]
    for page, checkpoint in ((first, 2), (then, 3)):
        with machine.db.session() as session:
            result = apply_page(session, SERVER, page, checkpoint)
            session.commit()
        assert result.skipped == 0, result.notes
    with machine.db.session() as session:
        camera = session.get(Camera, made)
        assert camera is not None
        assert (camera.status, camera.vendor_confidence, camera.review_state) == (
            "present",
            "unknown",
            "unverified",
        )
        assert camera.extra_tags == {}
        assert session.get(SyncState, SERVER).checkpoint == 3  # type: ignore[union-attr]


def test_a_column_default_of_the_laptop_is_the_registrys() -> None:
    """Records the laptop makes itself start with the values pulled ones get."""
    for record_type, defaults in DEFAULTS.items():
        columns = inspect(RECORD_CLASSES[record_type]).columns
        for name, value in defaults.items():
            default = columns[name].default
            if default is not None:
                held = default.arg(None) if callable(default.arg) else default.arg
                assert held == value, (record_type, name)
