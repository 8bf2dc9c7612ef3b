"""A session on a fresh survey database, for the camera tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from surveyapp.db.database import open_database


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    db = open_database(tmp_path / "survey.sqlite")
    with db.session() as session:
        yield session
    db.close()
