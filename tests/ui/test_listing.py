"""The plain camera rows behind the list and the map (no Qt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.bench_export import fill_database
from surveyapp.cameras.listing import CameraFilter, camera_rows, direction_span
from surveyapp.cameras.operations import delete_camera, set_fields
from surveyapp.db.database import open_database


@pytest.mark.parametrize(
    ("text", "span"),
    [("90", (60.0, 120.0)), ("N", (330.0, 30.0)), ("SE", (105.0, 165.0)),
     ("90-270", (90.0, 270.0)), ("", None), (None, None), ("north-ish", None)],
)  # fmt: skip
def test_direction_span(text: str | None, span: tuple[float, float] | None) -> None:
    assert direction_span(text) == span


def test_rows_match_the_database_and_follow_edits(tmp_path: Path) -> None:
    fill_database(tmp_path / "s.sqlite", 500, 800)
    db = open_database(tmp_path / "s.sqlite")
    try:
        with db.session() as session:
            rows = camera_rows(session)
            assert len(rows) == 500
            assert sum(row.photos for row in rows) == 800
            first = rows[0]
            set_fields(session, first.id, {"vendor": "EZVIZ", "camera:type": "dome"})
            delete_camera(session, rows[1].id)
            session.commit()
            (fresh,) = camera_rows(session, [first.id])
            assert (fresh.vendor, fresh.brand, fresh.covered) == ("Hikvision", "EZVIZ", True)
            assert fresh.camera_type == "dome"
            assert camera_rows(session, [rows[1].id]) == []
            assert len(camera_rows(session)) == 499
            assert CameraFilter(search="ezviz dome").apply(camera_rows(session)) == [fresh]
    finally:
        db.close()
