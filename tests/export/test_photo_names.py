"""Exports name each photo by its shared copy, never by the volunteer's original file.

Whoever holds a volunteer's phone files (a seized phone, a cloud backup) can hash them: an
export that named a photo by its original's SHA-256 proved she took the photos of a published
dataset (before: every export did).
"""

from __future__ import annotations

import csv
import hashlib
import json
import zipfile
from pathlib import Path

from sqlalchemy import select

from surveyapp.db.database import open_database
from surveyapp.db.models import Photo
from surveyapp.photos.sharing import make_shareable
from surveyapp.sync.blobs import prepare_photos
from tests.test_cli import surveyapp

from .test_cli_export import walk

FORMATS = ("geojson", "csv", "kml", "osm", "gpx", "zip")


def _survey(tmp_path: Path, prepared: int) -> tuple[Path, set[str], dict[str, str]]:
    """The walk's three photos imported; the first ``prepared`` of them (oldest first) given
    their shared copy, as a sync prepares them. Returns the database, the hashes of the phone's
    files, and each prepared photo's shared copy's hash by its original's."""
    folder = walk(tmp_path / "DCIM")
    originals = {hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    db = tmp_path / "s.sqlite"
    surveyapp("import", str(folder), db=db)
    survey = open_database(db)
    try:
        with survey.session() as session:
            ids = list(session.scalars(select(Photo.id).order_by(Photo.taken_sort)))[:prepared]
        list(prepare_photos(survey.session_factory, survey.library, make_shareable, ids))
        with survey.session() as session:
            copies = {
                photo.sha256: photo.blob_sha256 or ""
                for photo in session.scalars(select(Photo).where(Photo.blob_sha256.is_not(None)))
            }
    finally:
        survey.close()
    assert len(copies) == prepared and originals.isdisjoint(copies.values())
    return db, originals, copies


def _zip_files(archive: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(archive) as opened:
        return {name: opened.read(name) for name in opened.namelist()}


def test_no_export_holds_the_hash_of_a_phone_file(tmp_path: Path) -> None:
    db, originals, copies = _survey(tmp_path, prepared=2)
    for format_name in FORMATS:
        out = tmp_path / f"cameras.{format_name}"
        surveyapp("export", format_name, str(out), db=db)
        if format_name == "zip":
            texts = [name.encode() + b"\n" + data for name, data in _zip_files(out).items()]
        else:
            texts = [out.read_bytes()]
        for data in texts:
            for sha256 in originals:
                assert sha256.encode() not in data, format_name
                assert sha256[:12].encode() not in data, format_name
            assert b"IMG_" not in data, format_name  # the phone's file names neither
    geojson = json.loads((tmp_path / "cameras.geojson").read_text())
    named = [sha for f in geojson["features"] for sha in f["properties"]["survey:photos"]]
    counted = sum(f["properties"]["survey:photo_count"] for f in geojson["features"])
    # The photo with no shared copy yet (never synced) is counted but not named.
    assert sorted(named) == sorted(copies.values()) and counted == 3
    with (tmp_path / "cameras.csv").open(newline="", encoding="utf-8") as table:
        rows = list(csv.DictReader(table))
    assert sorted(s for r in rows for s in r["survey:photos"].split(";") if s) == sorted(named)


def test_the_zip_names_each_photo_by_its_own_hash_as_its_geojson_does(tmp_path: Path) -> None:
    db, originals, copies = _survey(tmp_path, prepared=1)
    out = tmp_path / "for-the-paper.zip"
    result = surveyapp("export", "zip", str(out), db=db)
    assert "GeoJSON and 3 photos written" in result.stderr
    files = _zip_files(out)
    photos = {name: data for name, data in files.items() if name.startswith("photos/")}
    assert len(photos) == 3
    for name, data in photos.items():
        assert name == f"photos/{hashlib.sha256(data).hexdigest()}.jpg"
    collection = json.loads(files["cameras.geojson"])
    listed = [sha for f in collection["features"] for sha in f["properties"]["survey:photos"]]
    assert sorted(f"photos/{sha}.jpg" for sha in listed) == sorted(photos)
    # The copy a sync prepared goes in as it is: the name the server and the public map use.
    assert set(copies.values()) <= set(listed)
    assert originals.isdisjoint(listed)
    assert "by the SHA-256 of the file in this zip" in files["README.txt"].decode()
    # Made again, the zip names the copies it made itself the same way (derivatives are
    # made the same way each time), so the two zips say the same.
    again = tmp_path / "again.zip"
    surveyapp("export", "zip", str(again), db=db)
    assert json.loads(_zip_files(again)["cameras.geojson"]) == collection


def test_a_plain_export_makes_no_shared_copy(tmp_path: Path) -> None:
    """A photo never synced has no shared copy: a plain GeoJSON leaves it out of
    ``survey:photos`` rather than make one (a second each, for 100,000 cameras)."""
    db, _originals, _copies = _survey(tmp_path, prepared=0)
    out = tmp_path / "cameras.geojson"
    result = surveyapp("export", "geojson", str(out), db=db)
    assert "3 photos not named in survey:photos: they have no shared copy yet" in result.stderr
    features = json.loads(out.read_text())["features"]
    assert [f["properties"]["survey:photos"] for f in features] == [[], []]
    assert sorted(f["properties"]["survey:photo_count"] for f in features) == [1, 2]
    assert not (tmp_path / "s-library" / "shared").exists()
