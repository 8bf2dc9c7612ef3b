"""When a camera was seen, in every export, is the time its photos say (`photos --json`):
the wall-clock time with its offset, and with `--day-only` the day where it was taken.

Before, the exports wrote the UTC time without saying so (and a photo's wall-clock time when it
had no UTC time, unmarked in the same column): an evening photo in New York was "seen" the next
day, and OSM's check_date said so too.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from tests.factory import PhotoSpec, make_jpeg
from tests.test_cli import surveyapp

EVENING = "2026-05-04T20:30:00-04:00"  # 00:30 on 5 May in UTC
NO_ZONE = "2026-05-04T23:10:00"  # a camera that wrote no offset: its wall clock, unmarked
GPS_ONLY = "2026-05-04T21:05:07+00:00"  # no wall-clock time, only the GPS clock (UTC)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("walk") / "DCIM"
    folder.mkdir()
    specs = [
        PhotoSpec(latitude=40.7128, longitude=-74.0060, taken=datetime(2026, 5, 4, 20, 30),
                  offset="-04:00"),
        PhotoSpec(latitude=40.7228, longitude=-74.0060, taken=datetime(2026, 5, 4, 23, 10),
                  offset=None),
        PhotoSpec(latitude=40.7328, longitude=-74.0060, taken=None, offset=None,
                  gps_time=datetime(2026, 5, 4, 21, 5, 7)),
    ]  # fmt: skip
    for i, spec in enumerate(specs):
        (folder / f"IMG_{i}.jpg").write_bytes(make_jpeg(spec, seed=i))
    database = folder.parent / "survey.sqlite"
    surveyapp("import", str(folder), db=database)
    return database


def seen_in_geojson(db: Path, *options: str) -> list[str]:
    collection = json.loads(surveyapp("export", "geojson", "-", *options, db=db).stdout)
    return sorted(f["properties"]["survey:first_seen"] for f in collection["features"])


def test_the_photos_say_when_they_were_taken(db: Path) -> None:
    photos = json.loads(surveyapp("photos", "--json", db=db).stdout)
    assert sorted(p["taken_at"] for p in photos) == sorted([EVENING, NO_ZONE, GPS_ONLY])


def test_every_format_says_when_as_the_photos_do(db: Path) -> None:
    assert seen_in_geojson(db) == sorted([EVENING, NO_ZONE, GPS_ONLY])
    rows = list(csv.DictReader(io.StringIO(surveyapp("export", "csv", "-", db=db).stdout)))
    assert sorted(r["survey:last_seen"] for r in rows) == sorted([EVENING, NO_ZONE, GPS_ONLY])
    for format_ in ("kml", "gpx"):
        text = surveyapp("export", format_, "-", db=db).stdout
        for when in (EVENING, NO_ZONE, GPS_ONLY):
            assert when in text, (format_, when)
        assert "2026-05-05" not in text, format_


def test_day_only_and_check_date_give_the_day_where_the_photo_was_taken(db: Path) -> None:
    assert seen_in_geojson(db, "--day-only") == ["2026-05-04"] * 3
    osm = surveyapp("export", "osm", "-", db=db).stdout
    assert re.findall(r'k="check_date" v="([^"]*)"', osm) == ["2026-05-04"] * 3


@pytest.mark.parametrize("minutes", [1440, -1440])
def test_an_offset_of_a_whole_day_stored_before_is_an_unknown_offset(
    tmp_path: Path, minutes: int
) -> None:
    """An earlier version took offsets of ±24 h from the team's server (none exists: no ISO 8601
    time or Python ``timezone`` holds one): ``photos`` and ``photos --json`` exited 2 with
    "offset must be a timedelta strictly between ...", listing nothing, and the exports wrote
    +24:00. Such an offset is unknown now: the wall-clock time alone."""
    folder = tmp_path / "DCIM"
    folder.mkdir()
    spec = PhotoSpec(latitude=40.7128, longitude=-74.0060, taken=datetime(2026, 5, 4, 23, 10))
    (folder / "IMG_0.jpg").write_bytes(make_jpeg(spec, seed=7))
    database = tmp_path / "survey.sqlite"
    surveyapp("import", str(folder), db=database)
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE photo SET utc_offset_minutes = ?", (minutes,))
    [photo] = json.loads(surveyapp("photos", "--json", db=database).stdout)
    assert (photo["taken_at"], photo["time_zone_known"]) == (NO_ZONE, False)
    assert NO_ZONE in surveyapp("photos", db=database).stdout
    assert seen_in_geojson(database) == [NO_ZONE]
    assert "24:00" not in surveyapp("export", "csv", "-", db=database).stdout
