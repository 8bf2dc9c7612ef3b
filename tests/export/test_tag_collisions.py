"""Extra OSM tags named like what the exports write themselves.

New ones are refused (`man_made`, `direction`, `id`, `latitude`, `longitude`, and the survey:*
keys of the bookkeeping; OSM's own survey:date stays welcome).
Ones stored before (or by an older SurveyApp on a teammate's laptop) are exported under
`tag:KEY` where they would collide: before, the CSV header named `id`, `latitude` and
`longitude` twice (a reader by column name took the tag for the camera's id and position), and
GeoJSON dropped a `survey:status` tag for the bookkeeping's value.
"""

from __future__ import annotations

import csv
import io
import json
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from surveyapp.db.database import open_database
from surveyapp.db.models import Camera
from tests.factory import PhotoSpec, make_jpeg
from tests.test_cli import surveyapp

SPOKEN = 'two lines, "quoted",\nand a comma'
STORED = {"id": "7", "latitude": "1", "longitude": "2", "survey:status": "verified_on_site"}


@pytest.fixture(scope="module")
def survey(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("walk")
    (folder / "IMG_1.jpg").write_bytes(make_jpeg(PhotoSpec(), seed=1))
    db = folder / "survey.sqlite"
    surveyapp("import", str(folder), db=db)
    camera = json.loads(surveyapp("cameras", "--json", db=db).stdout)[0]["id"]
    opened = open_database(db)  # stored as an older version let them be
    try:
        with opened.session() as session, session.begin():
            session.get_one(Camera, uuid.UUID(camera)).extra_tags = {**STORED, "lit": "yes"}
    finally:
        opened.close()
    return db, camera


@pytest.mark.parametrize("key", ["man_made", "direction", "id", "latitude", "survey:status"])
def test_an_extra_tag_named_like_what_the_exports_write_is_refused(
    survey: tuple[Path, str], key: str
) -> None:
    db, camera = survey
    refused = surveyapp("camera", "set", camera, f"tag:{key}=x", db=db, check=False)
    assert refused.returncode == 2
    assert f"'{key}' cannot be used as an extra OSM tag" in refused.stderr


def test_osm_survey_keys_other_than_the_bookkeeping_are_welcome(survey: tuple[Path, str]) -> None:
    db, camera = survey
    surveyapp("camera", "set", camera, "tag:survey:date=2026-05-04", db=db)
    [listed] = json.loads(surveyapp("cameras", "--json", db=db).stdout)
    assert listed["extra_tags"]["survey:date"] == "2026-05-04"
    surveyapp("camera", "set", camera, "tag:survey:date=", db=db)


def test_the_csv_names_each_column_once_and_keeps_the_stored_tags(
    survey: tuple[Path, str],
) -> None:
    db, camera = survey
    rows = list(csv.reader(io.StringIO(surveyapp("export", "csv", "-", db=db).stdout)))
    header = rows[0]
    assert len(header) == len(set(header))
    record = dict(zip(header, rows[1], strict=True))
    assert (record["id"], record["latitude"], record["longitude"]) == (camera, "44.8125", "20.4612")
    assert record["survey:status"] == "present"
    assert {k: record[f"tag:{k}"] for k in STORED} == STORED
    assert record["lit"] == "yes"


def test_geojson_keeps_a_stored_survey_tag_beside_the_bookkeeping(
    survey: tuple[Path, str],
) -> None:
    db, camera = survey
    [feature] = json.loads(surveyapp("export", "geojson", "-", db=db).stdout)["features"]
    assert feature["id"] == camera
    properties = feature["properties"]
    assert properties["survey:status"] == "present"
    assert properties["tag:survey:status"] == "verified_on_site"
    assert (properties["id"], properties["lit"]) == ("7", "yes")


def _survey_with_tags(folder: Path, extra_tags: dict[str, Any]) -> Path:
    """A survey of one camera whose extra tags are stored as given (as an older version let
    them be)."""
    (folder / "IMG_1.jpg").write_bytes(make_jpeg(PhotoSpec(), seed=2))
    db = folder / "survey.sqlite"
    surveyapp("import", str(folder), db=db)
    camera = json.loads(surveyapp("cameras", "--json", db=db).stdout)[0]["id"]
    opened = open_database(db)
    try:
        with opened.session() as session, session.begin():
            session.get_one(Camera, uuid.UUID(camera)).extra_tags = extra_tags
    finally:
        opened.close()
    return db


@pytest.fixture(scope="module")
def odd_tags(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A survey whose camera has extra tags stored as other than text, and awkward text."""
    odd = {
        "lanes": 2, "lit": False, "ref": ["A", "B"], "note": "=1+1", "fixme": 0,
        "description": SPOKEN, "source": "survey, photos",
    }  # fmt: skip
    return _survey_with_tags(tmp_path_factory.mktemp("odd"), odd)


def _written_tags(name: str, out: Path) -> dict[str, str]:
    """The tags of the one camera in ``out`` as the format's readers see them."""
    text = out.read_text(encoding="utf-8")
    if name == "csv":
        [row] = csv.DictReader(io.StringIO(text))
        return row
    root = ET.fromstring(text)
    if name == "kml":
        data = root.iter("{http://www.opengis.net/kml/2.2}Data")
        return {d.get("name", ""): d.findtext("{*}value") or "" for d in data}
    if name == "osm":
        return {tag.get("k", ""): tag.get("v", "") for tag in root.iter("tag")}
    [desc] = root.iter("{http://www.topografix.com/GPX/1/1}desc")
    lines = (desc.text or "").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line)


@pytest.mark.parametrize("name", ["csv", "kml", "osm", "gpx"])
def test_extra_tags_stored_as_numbers_yes_no_or_lists_are_written_as_osm_text(
    odd_tags: Path, tmp_path: Path, name: str
) -> None:
    out = tmp_path / f"cameras.{name}"
    done = surveyapp("export", name, str(out), db=odd_tags, check=False)
    assert done.returncode == 0, done.stderr  # before: a traceback from KML, OSM and GPX
    tags = _written_tags(name, out)
    assert (tags["lanes"], tags["lit"], tags["ref"]) == ("2", "no", "A;B")
    if name == "csv":
        assert (tags["fixme"], tags["note"]) == ("0", "'=1+1")  # never run as a formula
        assert (tags["description"], tags["source"]) == (SPOKEN, "survey, photos")


def test_a_value_with_a_comma_stays_in_its_csv_column(tmp_path: Path) -> None:
    db = _survey_with_tags(tmp_path, {"source": "survey, photos"})
    out = tmp_path / "cameras.csv"
    surveyapp("export", "csv", str(out), db=db)
    [row] = csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")))
    assert row["source"] == "survey, photos" and row["survey:status"] == "present"
