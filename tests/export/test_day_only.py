"""`export --day-only`: a dataset for publication says on which day, never at what time."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from tests.factory import PhotoSpec, make_jpeg
from tests.test_cli import surveyapp

TIME_OF_DAY = re.compile(r"\d{2}:\d{2}")  # 10:30, 10:30:15, T10:30...


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("walk") / "DCIM"
    folder.mkdir()
    for i, minute in enumerate((0, 7, 40)):
        spec = PhotoSpec(latitude=44.8125 + i * 0.003, taken=datetime(2026, 5, 4, 10, minute, 15))
        (folder / f"IMG_{i}.jpg").write_bytes(make_jpeg(spec, seed=i))
    database = folder.parent / "survey.sqlite"
    surveyapp("import", str(folder), db=database)
    return database


@pytest.mark.parametrize("format_", ["geojson", "csv", "kml", "gpx"])
def test_day_only_leaves_no_time_of_day_but_keeps_the_date(
    db: Path, tmp_path: Path, format_: str
) -> None:
    full, coarse = tmp_path / f"full.{format_}", tmp_path / f"coarse.{format_}"
    surveyapp("export", format_, str(full), db=db)
    surveyapp("export", format_, str(coarse), "--day-only", db=db)
    assert TIME_OF_DAY.search(full.read_text("utf-8"))  # the check can see a time
    text = coarse.read_text("utf-8")
    assert not TIME_OF_DAY.search(text), TIME_OF_DAY.search(text)
    assert "2026-05-04" in text
