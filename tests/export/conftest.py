"""A survey with the awkward values exports must survive: Cyrillic, XML and formula
characters, a negative longitude, a removed camera, one without position, one deleted."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest

from surveyapp.cameras.operations import current_survey
from surveyapp.db.database import Database, open_database
from surveyapp.db.models import Camera, Photo

OPERATOR = 'Град Београд & "Co" <video>'
INJECTION = '=HYPERLINK("http://example.invalid","click")'


@dataclass(frozen=True)
class SampleSurvey:
    db: Database
    belgrade: Camera  # Hikvision dome looking 135°, two photos, check_date set
    london: Camera  # negative longitude, formula-like values, direction NE, no check_date
    removed: Camera  # status removed: not new data for OSM

    @property
    def exported(self) -> list[Camera]:
        return [self.belgrade, self.london, self.removed]


def _photo(camera: Camera, index: int) -> Photo:
    sha = f"{index:064x}"
    return Photo(
        id=uuid.uuid4(), sha256=sha, camera=camera, file_name=f"IMG_{index}.jpg",
        library_path=f"{sha[:2]}/{sha}.jpg", mime="image/jpeg", size=1000,
        taken_sort=datetime(2026, 5, 4, 10, index), taken_local=datetime(2026, 5, 4, 12, index),
        utc_offset_minutes=120,
    )  # fmt: skip


@pytest.fixture
def survey(tmp_path: Path) -> Iterator[SampleSurvey]:
    db = open_database(tmp_path / "survey.sqlite")
    with db.session() as session:
        owner = current_survey(session)
        belgrade = Camera(
            id=uuid.uuid4(), survey=owner, latitude=44.8125, longitude=20.4612,
            surveillance="public", surveillance_type="camera", camera_type="dome",
            camera_mount="pole", camera_direction="135", height=4.5, operator=OPERATOR,
            manufacturer="Hikvision", vendor_slug="hikvision", model="DS-2CD2143G0-I",
            check_date=date(2026, 5, 1), extra_tags={"note": INJECTION},
            created_at=datetime(2026, 5, 4, 10, 0).astimezone(),
        )  # fmt: skip
        london = Camera(
            id=uuid.uuid4(), survey=owner, latitude=51.5072123, longitude=-0.1276456,
            camera_direction="NE", operator="-1+1", model="+CMD", extra_tags={"fixme": "@SUM(1)"},
            created_at=datetime(2026, 5, 4, 11, 0).astimezone(),
        )  # fmt: skip
        removed = Camera(
            id=uuid.uuid4(), survey=owner, latitude=44.82, longitude=20.47, status="removed",
            created_at=datetime(2026, 5, 4, 12, 0).astimezone(),
        )  # fmt: skip
        nowhere = Camera(id=uuid.uuid4(), survey=owner)
        gone = Camera(id=uuid.uuid4(), survey=owner, latitude=44.0, longitude=20.0, deleted=True)
        session.add_all([belgrade, london, removed, nowhere, gone])
        session.add_all([_photo(belgrade, 1), _photo(belgrade, 2), _photo(london, 3)])
        session.commit()
    yield SampleSurvey(db, belgrade, london, removed)
    db.close()
