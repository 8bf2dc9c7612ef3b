"""The OSM tags every export writes, as SQLite builds them: the same keys, values and order as
the rule says (man_made, the extra tags, every field that is set, direction), whether a camera
has extra tags or not, with the values that make writers stumble."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from surveyapp.cameras.fields import FIELDS
from surveyapp.cameras.operations import current_survey
from surveyapp.db.database import Database, open_database
from surveyapp.db.models import Camera
from surveyapp.export.formats import export_to_file
from tests.test_cli import surveyapp

NASTY = 'quote " backslash \\ tab\tnew\nline é ж 😀 \x01 </x> & ]]>'


def expected_tags(camera: Camera) -> list[tuple[str, str]]:
    """The rule, written out in Python: the order and values the exports must carry."""
    tags: dict[str, Any] = {"man_made": "surveillance"}
    tags.update(camera.extra_tags or {})
    for key, field in FIELDS.items():
        if key in ("vendor_confidence", "status", "notes"):
            continue
        value = getattr(camera, field.attribute)
        if value is None:
            continue
        if isinstance(value, float):
            tags[key] = f"{value:g}"
        elif isinstance(value, date):
            tags[key] = value.isoformat()
        else:
            tags[key] = str(value)
    if "camera:direction" in tags:
        tags["direction"] = tags["camera:direction"]
    return list(tags.items())


CAMERAS: list[dict[str, Any]] = [
    {},  # nothing set but the defaults
    {"surveillance": "public", "camera_type": "dome", "height": 4.5, "operator": NASTY},
    {"height": 5.0, "camera_direction": "NE", "check_date": date(2026, 5, 1)},
    {"height": 0.0001, "model": "DS-2CD2143G0-I", "brand": "HiLook"},
    {"height": 123456789.0, "extra_tags": {"note": NASTY, "fixme": "=SUM(1)"}},
    # An extra tag that a field also sets: the field's value, where the tag stood.
    {"operator": "Grad", "extra_tags": {"image": "x.jpg", "operator": "old", "lit": "yes"}},
    # Extra tags named like the fixed ones: man_made replaced in place, direction too.
    {"camera_direction": "90", "extra_tags": {"direction": "45", "man_made": "street_cabinet"}},
    {"extra_tags": {"direction": "45"}},  # no camera:direction: the extra tag stays
]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "survey.sqlite")
    with database.session() as session:
        owner = current_survey(session)
        for index, values in enumerate(CAMERAS):
            session.add(
                Camera(
                    id=uuid.uuid4(),
                    survey=owner,
                    latitude=44.8 + index / 1000,
                    longitude=20.46,
                    created_at=datetime(2026, 5, 4, 10, index).astimezone(),
                    **{"extra_tags": {}, **values},
                )  # fmt: skip
            )
        session.commit()
    yield database
    database.close()


def _cameras(database: Database) -> list[Camera]:
    with database.session() as session:
        cameras = list(session.query(Camera).order_by(Camera.created_at))
        session.expunge_all()
    return cameras


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    assert len(keys) == len(set(keys)), keys
    return dict(pairs)


def test_geojson_and_osm_carry_the_tags_the_rule_gives_in_its_order(
    db: Database, tmp_path: Path
) -> None:
    out = tmp_path / "cameras.geojson"
    with db.session() as session:
        list(export_to_file(session, "geojson", out, library=db.library))
    collection = json.loads(out.read_bytes(), object_pairs_hook=_no_duplicates)
    features = collection["features"]
    assert len(features) == len(CAMERAS)
    for camera, feature in zip(_cameras(db), features, strict=True):
        properties = list(feature["properties"].items())
        osm = [(key, value) for key, value in properties if not key.startswith("survey:")]
        assert osm == expected_tags(camera)
        assert [key for key, _ in properties[len(osm) :]][:2] == [
            "survey:status",
            "survey:vendor_confidence",
        ]
    assert features[1]["properties"]["operator"] == NASTY
    assert features[2]["properties"]["height"] == "5"
    assert features[3]["properties"]["height"] == "0.0001"
    assert features[4]["properties"]["height"] == "1.23457e+08"  # as f"{value:g}" writes it


def test_an_extra_tag_named_like_the_bookkeeping_gives_one_key(
    db: Database, tmp_path: Path
) -> None:
    with db.session() as session:
        camera = session.query(Camera).order_by(Camera.created_at).first()
        assert camera is not None
        camera.extra_tags = {"survey:status": "typed by hand", "lit": "no"}
        session.commit()
    out = tmp_path / "cameras.geojson"
    with db.session() as session:
        list(export_to_file(session, "geojson", out, library=db.library))
    first = json.loads(out.read_bytes(), object_pairs_hook=_no_duplicates)["features"][0]
    # The tag keeps its value under tag:KEY, where it stood; the survey's own value is its own.
    assert list(first["properties"])[:3] == ["man_made", "tag:survey:status", "lit"]
    assert first["properties"]["tag:survey:status"] == "typed by hand"
    assert first["properties"]["survey:status"] == "present"


def test_geojson_to_stdout_is_the_same_bytes_as_the_file(db: Database, tmp_path: Path) -> None:
    path = Path(str(db.path))
    out = tmp_path / "cameras.geojson"
    surveyapp("export", "geojson", str(out), db=path)
    command = [sys.executable, "-m", "surveyapp.cli", "--db", str(path), "export", "geojson", "-"]
    printed = subprocess.run(command, capture_output=True, timeout=120, check=True).stdout
    assert printed == out.read_bytes()
    assert len(json.loads(printed)["features"]) == len(CAMERAS)
