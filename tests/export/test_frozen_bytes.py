"""Every export format writes, byte for byte, what it wrote before the exports were made faster
(``frozen_survey.py`` builds the survey and wrote the reference files; they were written again
only for a change of what an export says: the offset after the times a camera was seen; photos
named by their shared copy's hash)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from surveyapp.db.database import Database

from .frozen_survey import FORMATS, VARIANTS, build, exported, reference


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = build(tmp_path_factory.mktemp("frozen") / "survey.sqlite")
    yield db
    db.close()


@pytest.mark.parametrize("source", ["session", "connection"])
@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("format_name", FORMATS)
def test_the_export_keeps_every_byte(
    frozen: Database, tmp_path: Path, format_name: str, variant: str, source: str
) -> None:
    data = exported(frozen, format_name, variant, tmp_path / f"out.{format_name}", source)
    assert data == reference(format_name, variant).read_bytes()
