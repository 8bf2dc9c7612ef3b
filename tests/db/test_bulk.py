"""The driver-level bulk helpers write and read SQLite's storage forms exactly as SQLAlchemy
does: a row written by them reads back through the ORM as the same values, and a row the ORM
wrote reads back through them as the same text."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from surveyapp.db import bulk
from surveyapp.db.database import open_database
from surveyapp.db.models import Camera, Outbox, Photo, Survey
from surveyapp.db.outbox import _json_text


def _photo(survey: Survey, index: int, when: datetime) -> Photo:
    return Photo(
        id=uuid.uuid4(), sha256=f"{index:064x}", camera=Camera(id=uuid.uuid4(), survey=survey),
        file_name=f"P{index}.JPG", library_path=f"x/{index}.jpg", mime="image/jpeg", size=1,
        taken_local=when.replace(tzinfo=None), taken_sort=when.replace(tzinfo=None), warnings=[],
    )  # fmt: skip


def test_bulk_rows_are_the_rows_the_orm_writes_and_reads(tmp_path: Path) -> None:
    db = open_database(tmp_path / "survey.sqlite")
    # A time east of UTC with microseconds, and one with none: both stored as naive UTC text.
    belgrade = timezone(timedelta(hours=2))
    whens = [datetime(2026, 5, 4, 10, 0, 1, 250, tzinfo=belgrade), datetime(2026, 5, 4, tzinfo=UTC)]
    with db.session() as session:
        survey = Survey(id=uuid.uuid4(), name="Bulk")
        photos = [_photo(survey, i, whens[i % 2]) for i in range(1200)]  # > SQLite's 999 params
        session.add_all(photos)
        session.flush()
        photos[0].updated_at = whens[0]
        session.flush()
        ids = [photo.id for photo in photos]
        found = bulk.rows_by_id(
            session, "photo", ("camera_id", "taken_sort", "updated_at"), map(bulk.stored_id, ids)
        )
        assert sorted(found) == sorted(photo_id.hex for photo_id in ids)
        first = found[ids[0].hex]
        assert first[1:3] == (ids[0].hex, photos[0].camera_id.hex)  # type: ignore[union-attr]
        assert bulk.read_time(first[3]) == photos[0].taken_sort
        assert first[4] == bulk.stored_time(whens[0])  # what the ORM wrote, to the microsecond
        assert bulk.dashed(ids[0].hex) == str(ids[0])
        # Written by the helpers, read by the ORM.
        bulk.update_rows(
            session,
            "photo",
            bulk.assign(("latitude", "updated_at")),
            [(44.8125 + i / 1e7, bulk.stored_time(whens[i % 2]), found[photo_id.hex][0])
             for i, photo_id in enumerate(ids)],
        )  # fmt: skip
        row = (str(uuid.uuid4()), "photo", ids[1].hex, "upsert", 3, '{"latitude": 1.5}', "{}")
        bulk.insert(
            session,
            "outbox",
            ("mutation_id", "record_type", "record_id", "op", "base_version", "fields", "args",
             "created_at", "attempts", "state"),
            [(uuid.uuid4().hex, *row[1:], bulk.stored_time(whens[0]), 0, "pending")],
        )  # fmt: skip
        ordered = bulk.select_by(session, "photo", ("id",), "camera_id", [photos[5].camera_id.hex])  # type: ignore[union-attr]
        assert ordered == [(ids[5].hex,)]
        session.commit()
    with db.read_session() as session:
        read = {photo.id: photo for photo in session.scalars(select(Photo))}
        assert [read[photo_id].latitude for photo_id in ids[:3]] == [
            44.8125,
            44.8125001,
            44.8125002,
        ]
        assert read[ids[0]].updated_at == whens[0]
        assert read[ids[1]].updated_at == whens[1]
        added = select(Outbox).where(Outbox.record_id == ids[1], Outbox.base_version == 3)
        entry = session.scalars(added).one()
        assert (entry.fields, entry.args, entry.base_version) == ({"latitude": 1.5}, {}, 3)
        assert entry.created_at == whens[0]
    db.close()


@given(st.one_of(st.floats(), st.none(), st.text(), st.integers(), st.booleans()))
def test_a_queued_field_value_is_written_as_json_writes_it(value: object) -> None:
    """A coalesced change binds each value's JSON text; the quick path for numbers and None
    writes what ``json.dumps`` writes (every float's shortest repr, NaN, Infinity)."""
    assert _json_text(value) == json.dumps(value)
