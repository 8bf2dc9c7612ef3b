"""The street a camera is on travels in every export as survey:street (never addr:street, and
never into the OSM file: it is where the camera is, not an address of it)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from surveyapp.db.models import CameraStreet

from .conftest import SampleSurvey
from .test_formats import export

CROSSING = "Теразије / Краља Милана"


def looked_up(survey: SampleSurvey, latitude: float | None = None) -> None:
    """The cache row a street lookup leaves for the Belgrade camera (for this position)."""
    camera = survey.belgrade
    assert camera.latitude is not None and camera.longitude is not None
    with survey.db.session() as session:
        session.add(CameraStreet(
            camera_id=camera.id, latitude=latitude or camera.latitude,
            longitude=camera.longitude, street="Теразије", cross_street="Краља Милана",
            source="offline", areas="belgrade.basemap.sqlite",
        ))  # fmt: skip
        session.commit()


def test_every_format_but_osm_carries_the_street(survey: SampleSurvey, tmp_path: Path) -> None:
    looked_up(survey)
    export(survey, "geojson", tmp_path / "c.geojson")
    features = json.loads((tmp_path / "c.geojson").read_text())["features"]
    streets = {f["id"]: f["properties"]["survey:street"] for f in features}
    assert streets[str(survey.belgrade.id)] == CROSSING
    assert streets[str(survey.london.id)] is None
    assert not any("addr:street" in f["properties"] for f in features)

    export(survey, "csv", tmp_path / "c.csv")
    with (tmp_path / "c.csv").open(encoding="utf-8", newline="") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    assert rows[str(survey.belgrade.id)]["survey:street"] == CROSSING
    assert rows[str(survey.london.id)]["survey:street"] == ""

    export(survey, "kml", tmp_path / "c.kml")
    assert CROSSING in (tmp_path / "c.kml").read_text(encoding="utf-8")
    export(survey, "gpx", tmp_path / "c.gpx")
    assert f"survey:street={CROSSING}" in (tmp_path / "c.gpx").read_text(encoding="utf-8")

    export(survey, "osm", tmp_path / "c.osm")
    text = (tmp_path / "c.osm").read_text(encoding="utf-8")
    assert "Теразије" not in text and "survey:street" not in text


def test_a_street_found_for_an_earlier_position_is_not_exported(
    survey: SampleSurvey, tmp_path: Path
) -> None:
    looked_up(survey, latitude=44.7)  # the camera has been moved since
    export(survey, "geojson", tmp_path / "c.geojson")
    features = json.loads((tmp_path / "c.geojson").read_text())["features"]
    assert all(f["properties"]["survey:street"] is None for f in features)
