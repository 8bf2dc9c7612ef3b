"""Already-mapped cameras: `surveyapp known import` of Overpass JSON, OSM XML and GeoJSON."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from surveyapp.db.database import open_database
from surveyapp.known.layer import KnownProgress, KnownSummary, import_known, known_cameras
from surveyapp.known.reader import KnownFileError, read_known_file
from tests.factory import PhotoSpec, make_jpeg
from tests.test_cli import as_json, surveyapp

CAMERA = {"man_made": "surveillance", "surveillance:type": "camera"}


def overpass(*elements: dict[str, Any]) -> str:
    return json.dumps({"version": 0.6, "generator": "Overpass API", "elements": list(elements)})


OVERPASS = overpass(
    {"type": "node", "id": 101, "lat": 44.8125, "lon": 20.4612,
     "tags": {**CAMERA, "camera:direction": "90", "manufacturer": "Hikvision"}},
    {"type": "node", "id": 102, "lat": 44.8130, "lon": 20.4620,
     "tags": {**CAMERA, "direction": "NE", "surveillance:brand": "Dahua"}},
    {"type": "way", "id": 201, "center": {"lat": 44.8140, "lon": 20.4630},
     "tags": {**CAMERA, "brand": "EZVIZ", "camera:type": "dome"}},
    {"type": "node", "id": 103, "lat": 44.8, "lon": 20.4},  # a way's untagged node
    {"type": "node", "id": 104, "lat": 44.8, "lon": 20.4, "tags": {"amenity": "bench"}},
)  # fmt: skip

OSM_XML = """<?xml version='1.0' encoding='UTF-8'?>
<osm version="0.6" generator="JOSM" upload="false">
  <node id="1" version="3" lat="44.8125" lon="20.4612">
    <tag k="man_made" v="surveillance"/><tag k="camera:direction" v="180"/>
  </node>
  <node id="2" version="1" lat="44.8000" lon="20.4000"/>
  <node id="3" version="1" lat="44.8002" lon="20.4004"/>
  <way id="7" version="1"><nd ref="2"/><nd ref="3"/>
    <tag k="man_made" v="surveillance"/><tag k="brand" v="Imou &amp; Co"/>
  </way>
  <way id="8" version="1"><center lat="45.0" lon="21.0"/><tag k="man_made" v="surveillance"/></way>
  <node id="4" version="1" lat="44.9" lon="20.9"><tag k="highway" v="crossing"/></node>
</osm>
"""


def listed(db: Path) -> dict[str, dict[str, Any]]:
    return {c["source_id"]: c for c in as_json(surveyapp("known", "--json", db=db))}


def test_overpass_json_is_imported_with_direction_and_vendor_from_either_key(
    tmp_path: Path,
) -> None:
    db, data = tmp_path / "s.sqlite", tmp_path / "export.json"
    data.write_text(OVERPASS)
    result = surveyapp("known", "import", str(data), db=db)
    assert "3 known cameras added, 0 updated (source osm); 2 elements skipped" in result.stdout
    known = listed(db)
    assert set(known) == {"node/101", "node/102", "way/201"}
    assert (known["node/101"]["direction"], known["node/101"]["vendor"]) == ("90", "Hikvision")
    assert (known["node/102"]["direction"], known["node/102"]["vendor"]) == ("NE", "Dahua")
    assert known["way/201"]["vendor"] == "EZVIZ" and known["way/201"]["camera:type"] == "dome"
    assert (known["way/201"]["latitude"], known["way/201"]["longitude"]) == (44.814, 20.463)
    assert {c["source"] for c in known.values()} == {"osm"}
    assert "3 known cameras (3 from osm)" in surveyapp("known", db=db).stdout


def load(db_path: Path, *files: Path, source: str | None = None) -> list[KnownProgress]:
    """Import files through the API, one transaction each; the last progress of each."""
    db = open_database(db_path)
    try:
        results = []
        for path in files:
            with db.session() as session:
                results.append(list(import_known(session, path, source=source))[-1])
                session.commit()
        return results
    finally:
        db.close()


def summaries(db_path: Path) -> dict[str, KnownSummary]:
    db = open_database(db_path)
    try:
        with db.session() as session:
            return {c.source_id: c for c in known_cameras(session)}
    finally:
        db.close()


def test_importing_again_updates_in_place(tmp_path: Path) -> None:
    db, data = tmp_path / "s.sqlite", tmp_path / "export.json"
    data.write_text(OVERPASS)
    load(db, data)
    before = summaries(db)
    moved = json.loads(OVERPASS)
    moved["elements"][0].update(lat=44.8126, tags={**CAMERA, "camera:direction": "100"})
    data.write_text(json.dumps(moved))
    (result,) = load(db, data)
    assert (result.added, result.updated, result.skipped, result.source) == (0, 3, 2, "osm")
    after = summaries(db)
    assert set(after) == set(before)
    assert after["node/101"].id == before["node/101"].id
    assert (after["node/101"].latitude, after["node/101"].direction) == (44.8126, "100")


def test_osm_xml_nodes_and_ways(tmp_path: Path) -> None:
    data = tmp_path / "city.osm"
    data.write_text(OSM_XML)
    found = read_known_file(data)
    records = {r.source_id: r for r in found.records}
    assert set(records) == {"node/1", "way/7", "way/8"}
    assert records["node/1"].tags["camera:direction"] == "180"
    assert (records["way/7"].latitude, records["way/7"].longitude) == pytest.approx(
        (44.8001, 20.4002)
    )
    assert records["way/7"].tags["brand"] == "Imou & Co"
    assert (records["way/8"].latitude, records["way/8"].longitude) == (45.0, 21.0)
    assert found.skipped_not_camera == 1 and found.osm_ids


def test_geojson_from_overpass_turbo_and_from_a_city_list(tmp_path: Path) -> None:
    turbo = tmp_path / "turbo.geojson"
    turbo.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": "node/5",
         "properties": {"@id": "node/5", **CAMERA, "brand": "Hikvision"},
         "geometry": {"type": "Point", "coordinates": [20.4612, 44.8125]}},
    ]}))  # fmt: skip
    city = tmp_path / "city-cameras.geojson"
    city.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"location": "Trg Republike"},
         "geometry": {"type": "Point", "coordinates": [20.4603, 44.8163]}},
        {"type": "Feature", "properties": {"man_made": "street_lamp"},
         "geometry": {"type": "Point", "coordinates": [20.46, 44.81]}},
    ]}))  # fmt: skip
    db = open_database(tmp_path / "s.sqlite")
    with db.session() as session:
        list(import_known(session, turbo))
        list(import_known(session, city))
        session.commit()
        cameras = {(c.source, c.source_id): c for c in known_cameras(session)}
    db.close()
    assert set(cameras) == {("osm", "node/5"), ("city-cameras", "feature/1")}
    assert cameras[("osm", "node/5")].vendor == "Hikvision"
    assert (
        cameras[("city-cameras", "feature/1")].latitude,
        cameras[("city-cameras", "feature/1")].longitude,
    ) == (44.8163, 20.4603)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{ this is not json", "not valid JSON"),
        ('{"type": "Topology"}', "neither GeoJSON nor Overpass JSON"),
        ("<gpx version='1.1'></gpx>", "not OSM XML"),
        ("<osm><node id='1' lat='44' lon='20'", "not valid XML"),
        ("id;lat;lon\n1;44;20\n", "is not GeoJSON, OSM XML or Overpass JSON"),
        (overpass({"type": "node", "id": 3, "lat": "north", "lon": 20.4, "tags": CAMERA}),
         "node/3: position 'north', 20.4 is not a number"),
        ('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, '
         '"geometry": {"type": "Point", "coordinates": [544.8, 20.4]}}]}',
         "feature/1: latitude 20.4, longitude 544.8 is not a position on Earth"),
        ('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": ["a"], '
         '"geometry": {"type": "Point", "coordinates": [20.4, 44.8]}}]}',
         "GeoJSON feature 1: properties are not an object"),
        ('{"type": "Feature", "properties": "camera", "geometry": null}',
         "GeoJSON feature 1: properties are not an object"),
        (overpass({"type": "node", "id": 4, "lat": True, "lon": False, "tags": CAMERA}),
         "node/4: position True, False is not a number"),
    ],
)  # fmt: skip
def test_a_bad_file_is_named_as_such(tmp_path: Path, content: str, message: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(content)
    with pytest.raises(KnownFileError, match=re.escape(message)):
        read_known_file(bad)


def test_true_and_false_are_no_coordinates(tmp_path: Path) -> None:
    """[true, false] was read as latitude 0, longitude 1: a camera off Africa's coast."""
    path = tmp_path / "bools.geojson"
    path.write_text(
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, '
        '"geometry": {"type": "Point", "coordinates": [true, false]}}]}'
    )
    found = read_known_file(path)
    assert found.records == [] and found.skipped_no_position == 1


def test_a_bad_file_is_refused_whole_and_changes_nothing(tmp_path: Path) -> None:
    db, good, bad = tmp_path / "s.sqlite", tmp_path / "good.json", tmp_path / "bad.json"
    good.write_text(OVERPASS)
    load(db, good)
    before = listed(db)
    # A good camera first, then an impossible one: neither is stored.
    bad.write_text(overpass(
        {"type": "node", "id": 1, "lat": 44.8, "lon": 20.4, "tags": CAMERA},
        {"type": "node", "id": 2, "lat": 144.8, "lon": 20.4, "tags": CAMERA},
    ))  # fmt: skip
    result = surveyapp("known", "import", str(bad), "--source", "osm", db=db, check=False)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "node/2: latitude 144.8, longitude 20.4 is not a position on Earth" in result.stderr
    assert "nothing was imported" in result.stderr
    assert listed(db) == before


def test_clear_one_source_or_all(tmp_path: Path) -> None:
    db, data = tmp_path / "s.sqlite", tmp_path / "export.json"
    data.write_text(OVERPASS)
    load(db, data)
    load(db, data, source="city")
    assert (
        "3 known cameras removed" in surveyapp("known", "clear", "--source", "city", db=db).stdout
    )
    assert "3 known cameras removed" in surveyapp("known", "clear", db=db).stdout
    assert as_json(surveyapp("known", "--json", db=db)) == []


def test_warnings_name_a_camera_already_in_osm(tmp_path: Path) -> None:
    db, folder = tmp_path / "s.sqlite", tmp_path / "DCIM"
    folder.mkdir()
    for i in range(2):  # two cameras 330 m apart
        spec = PhotoSpec(latitude=44.8125 + i * 0.003, taken=datetime(2026, 5, 4, 10, i * 5))
        (folder / f"IMG_{i}.jpg").write_bytes(make_jpeg(spec, seed=i))
    (folder / "IMG_9.jpg").write_bytes(make_jpeg(PhotoSpec(latitude=None, longitude=None), seed=9))
    surveyapp("import", str(folder), db=db)
    data = tmp_path / "osm.json"
    data.write_text(overpass({"type": "node", "id": 77, "lat": 44.8125 + 8 / 111_195,
                              "lon": 20.4612, "tags": CAMERA}))  # fmt: skip
    load(db, data)
    warnings = as_json(surveyapp("warnings", "--json", db=db))
    assert [w["kind"] for w in warnings] == ["known_duplicate", "no_position"]
    assert warnings[0]["message"].endswith("is already in OSM (node/77, 8 m away)")
    assert warnings[0]["distance_m"] == pytest.approx(8, abs=0.2)
    assert len(warnings[0]["known_ids"]) == 1
    text = surveyapp("warnings", db=db).stdout
    assert "is already in OSM (node/77, 8 m away)" in text and "1 known_duplicate" in text


class Stopped(Exception):
    """What the app's Cancel raises in the reading's callback."""


@pytest.mark.parametrize("kind", ["overpass", "geojson"])
def test_a_cancel_stops_a_json_file_while_its_elements_are_gone_through(
    tmp_path: Path, kind: str
) -> None:
    """A JSON file is read whole, then its elements gone through: seconds for 128 MB, during
    which a Cancel was not looked for (the callback was told nothing after the last byte)."""
    nodes = [{"type": "node", "id": i, "lat": 44.8, "lon": 20.4, "tags": CAMERA}
             for i in range(20_000)]  # fmt: skip
    path = tmp_path / f"city.{kind}"
    if kind == "overpass":
        path.write_text(overpass(*nodes))
    else:
        features = [{"type": "Feature", "id": f"node/{n['id']}", "properties": CAMERA,
                     "geometry": {"type": "Point", "coordinates": [20.4, 44.8]}}
                    for n in nodes]  # fmt: skip
        path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    size, pressed = path.stat().st_size, list[bool]()

    def read(done: int) -> None:
        if pressed:  # the app's callback: raises once Cancel was pressed
            raise Stopped
        if done == size:
            pressed.append(True)  # pressed just as the last byte was read

    with pytest.raises(Stopped):
        read_known_file(path, read)
    assert len(read_known_file(path).records) == 20_000  # without a Cancel, all of them
