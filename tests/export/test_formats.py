"""Every export format, read back by the programs people open them with: GDAL (pyogrio) for
GeoJSON, CSV, KML and GPX; osmium for the OSM file."""

from __future__ import annotations

import csv
import struct
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import osmium
import pytest
from pyogrio import raw  # type: ignore[import-untyped]

from surveyapp.export.formats import FORMATS, ExportError, export_to_file

from .conftest import INJECTION, OPERATOR, SampleSurvey


def export(survey: SampleSurvey, name: str, path: Path) -> list[tuple[int, int]]:
    with survey.db.session() as session:
        return list(export_to_file(session, name, path, library=survey.db.library))


def point(wkb: bytes) -> tuple[float, float]:
    order = "<" if wkb[0] == 1 else ">"
    return struct.unpack(order + "dd", wkb[5:21])


def read_with_gdal(path: Path, **options: Any) -> tuple[list[tuple[float, float]], dict[str, Any]]:
    """(longitude, latitude) of every feature, and the columns, as GDAL reads them."""
    meta, _, geometry, fields = raw.read(path, **options)
    columns = {name: list(values) for name, values in zip(meta["fields"], fields, strict=True)}
    return [point(wkb) for wkb in geometry], columns


def expected_points(survey: SampleSurvey) -> list[tuple[float, float]]:
    points = []
    for camera in survey.exported:
        assert camera.longitude is not None and camera.latitude is not None
        points.append((camera.longitude, camera.latitude))
    return points


def osm_nodes(path: Path) -> list[tuple[int, float, float, dict[str, str], int]]:
    """(id, lat, lon, tags, version) of every node of an OSM file, as osmium reads them."""
    found = []
    for item in osmium.FileProcessor(str(path), osmium.osm.NODE):
        assert isinstance(item, osmium.osm.Node)
        location = item.location
        found.append((item.id, location.lat, location.lon, dict(item.tags), item.version))
    return found


def test_the_registry_lists_geojson_first_and_every_issue_format() -> None:
    assert list(FORMATS)[0] == "geojson"
    assert set(FORMATS) == {"geojson", "csv", "kml", "osm", "gpx", "zip"}
    assert len({f.suffix for f in FORMATS.values()}) == len(FORMATS)
    assert all(f.label and f.suffix.startswith(".") for f in FORMATS.values())


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("geojson", {}),
        ("csv", {"X_POSSIBLE_NAMES": "longitude", "Y_POSSIBLE_NAMES": "latitude"}),
        ("kml", {}),
        ("gpx", {"layer": "waypoints"}),
    ],
)
def test_gdal_reads_every_located_camera_at_its_position(
    survey: SampleSurvey, tmp_path: Path, name: str, options: dict[str, str]
) -> None:
    out = tmp_path / f"cameras{FORMATS[name].suffix}"
    progress = export(survey, name, out)
    assert progress[-1] == (3, 3)
    points, _ = read_with_gdal(out, **options)
    assert points == expected_points(survey)
    assert not list(tmp_path.glob(".*.partial"))


def test_csv_has_osm_columns_utf8_and_no_formulas(survey: SampleSurvey, tmp_path: Path) -> None:
    out = tmp_path / "cameras.csv"
    export(survey, "csv", out)
    with open(out, encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 3
    belgrade, london, removed = rows
    assert belgrade["id"] == str(survey.belgrade.id)
    assert (belgrade["longitude"], belgrade["latitude"]) == ("20.4612", "44.8125")
    assert belgrade["operator"] == OPERATOR  # Cyrillic and quotes intact
    assert belgrade["camera:type"] == "dome" and belgrade["camera:direction"] == "135"
    assert belgrade["manufacturer"] == "Hikvision" and belgrade["height"] == "4.5"
    assert belgrade["survey:covered_list"] == "yes" and belgrade["survey:photo_count"] == "2"
    # Cells a spreadsheet would evaluate are prefixed; plain negative numbers are left alone.
    assert belgrade["note"] == "'" + INJECTION
    assert london["operator"] == "'-1+1" and london["model"] == "'+CMD"
    assert london["fixme"] == "'@SUM(1)"
    assert london["longitude"] == "-0.1276456"
    assert removed["survey:status"] == "removed"
    _, columns = read_with_gdal(out, X_POSSIBLE_NAMES="longitude", Y_POSSIBLE_NAMES="latitude")
    assert columns["operator"][0] == OPERATOR


def test_kml_placemarks_have_name_description_and_direction(
    survey: SampleSurvey, tmp_path: Path
) -> None:
    out = tmp_path / "cameras.kml"
    export(survey, "kml", out)
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    placemarks = ET.parse(out).getroot().findall(".//k:Placemark", ns)
    assert len(placemarks) == 3
    first = placemarks[0]
    assert (
        first.findtext("k:name", namespaces=ns)
        == f"Hikvision dome camera {str(survey.belgrade.id)[:8]}"
    )
    description = first.findtext("k:description", namespaces=ns) or ""
    assert "<table>" in description and "&lt;video&gt;" in description  # HTML, value escaped
    assert first.findtext(".//k:IconStyle/k:heading", namespaces=ns) == "135"
    second_heading = placemarks[1].findtext(".//k:IconStyle/k:heading", namespaces=ns)
    assert second_heading == "45"  # NE
    _, columns = read_with_gdal(out)
    assert OPERATOR in columns["description"][0] or "Београд" in columns["description"][0]


def test_osm_file_for_josm_has_new_nodes_with_every_tag(
    survey: SampleSurvey, tmp_path: Path
) -> None:
    out = tmp_path / "cameras.osm"
    export(survey, "osm", out)
    root = ET.parse(out).getroot()
    assert root.get("version") == "0.6" and root.get("upload") == "false"
    nodes = osm_nodes(out)
    assert [n[0] for n in nodes] == [-1, -2]  # the removed camera is no new data
    _, lat, lon, tags, _ = nodes[0]
    assert (lat, lon) == (44.8125, 20.4612)
    assert tags["man_made"] == "surveillance" and tags["source"] == "survey"
    assert tags["operator"] == OPERATOR and tags["note"] == INJECTION  # no CSV prefix here
    assert tags["camera:direction"] == tags["direction"] == "135"
    assert tags["check_date"] == "2026-05-01"
    assert tags["manufacturer"] == "Hikvision" and tags["model"] == "DS-2CD2143G0-I"
    assert not any(key.startswith("survey:") for key in tags)
    _, lat, lon, tags, _ = nodes[1]
    assert (lat, lon) == (51.5072123, -0.1276456)
    assert tags["check_date"] == "2026-05-04"  # the day it was last photographed
    assert all(node[4] == 0 for node in nodes)  # new data: no version


def test_gpx_waypoints_are_named_and_described(survey: SampleSurvey, tmp_path: Path) -> None:
    out = tmp_path / "cameras.gpx"
    export(survey, "gpx", out)
    _, columns = read_with_gdal(out, layer="waypoints")
    assert columns["name"][1] == f"camera {str(survey.london.id)[:8]}"
    assert f"operator={OPERATOR}" in columns["desc"][0]
    assert len(columns["name"]) == 3


def test_a_cancelled_export_leaves_the_earlier_file(survey: SampleSurvey, tmp_path: Path) -> None:
    out = tmp_path / "cameras.kml"
    out.write_text("the last good export")
    with survey.db.session() as session:
        progress = export_to_file(session, "kml", out, library=survey.db.library)
        next(progress)
        progress.close()  # Cancel
    assert out.read_text() == "the last good export"
    assert not list(tmp_path.glob(".*.partial"))


def test_bad_requests_fail_before_anything_is_written(survey: SampleSurvey, tmp_path: Path) -> None:
    with survey.db.session() as session:
        with pytest.raises(ExportError, match="unknown export format 'shp'"):
            export_to_file(session, "shp", tmp_path / "x.shp", library=survey.db.library)
        with pytest.raises(ExportError, match="no such folder"):
            export_to_file(session, "csv", tmp_path / "no" / "x.csv", library=survey.db.library)
        with pytest.raises(ExportError, match="privacy filter"):
            export_to_file(session, "zip", tmp_path / "x.zip", library=survey.db.library)
    assert not list(tmp_path.glob("x.*"))
