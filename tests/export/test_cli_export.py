"""`surveyapp export FORMAT OUT` as a user runs it, including the photo zip for journalists."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from PIL import Image

from tests.factory import PhotoSpec, heic_without_its_image, make_jpeg
from tests.test_cli import as_json, surveyapp

CORPUS_PHOTOS = ("dsoprea-goexif__gps.jpg", "exiv2__Stonehenge.heic", "exiv2__FurnaceCreekInn.jpg")


def walk(folder: Path) -> Path:
    """Three phone photos of two cameras, with GPS, device make and model in their EXIF."""
    folder.mkdir()
    for i, (north, minute) in enumerate([(0.0, 0), (3e-5, 0), (0.003, 5)]):
        spec = PhotoSpec(latitude=44.8125 + north, taken=datetime(2026, 5, 4, 10, minute, i),
                         size=(320, 240))  # fmt: skip
        (folder / f"IMG_{i}.jpg").write_bytes(make_jpeg(spec, seed=i))
    return folder


def check_zip(archive: Path, db: Path) -> dict[str, bytes]:
    """The zip's files; checks that they are the GeoJSON and a clean copy of every photo."""
    cameras = {c["id"]: c for c in as_json(surveyapp("cameras", "--json", db=db))}
    located = {sha for c in cameras.values() if c["latitude"] is not None for sha in c["photos"]}
    with zipfile.ZipFile(archive) as opened:
        files = {name: opened.read(name) for name in opened.namelist()}
    collection = json.loads(files["cameras.geojson"])
    assert {f["id"] for f in collection["features"]} == {
        i for i, c in cameras.items() if c["latitude"] is not None
    }
    # Each photo is named by its copy's own hash, as the GeoJSON lists it; never by the hash
    # of the volunteer's original file (whoever holds her phone's files could match them).
    listed = {sha for f in collection["features"] for sha in f["properties"]["survey:photos"]}
    assert {name for name in files if name.startswith("photos/")} == {
        f"photos/{sha}.jpg" for sha in listed
    }
    assert len(listed) == len(located) and located.isdisjoint(listed)
    assert "README.txt" in files
    for name, data in files.items():
        if name.startswith("photos/"):
            assert name == f"photos/{hashlib.sha256(data).hexdigest()}.jpg"
            image = Image.open(io.BytesIO(data))
            assert image.format == "JPEG"
            assert not image.getexif() and "xmp" not in image.info and "exif" not in image.info
            assert b"Exif" not in data[:4096] and b"FP5" not in data and b"Fairphone" not in data
    return files


def test_zip_holds_the_geojson_and_metadata_free_photos(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    surveyapp("import", str(walk(tmp_path / "DCIM")), db=db)
    out = tmp_path / "for-the-paper.zip"
    result = surveyapp("export", "zip", str(out), db=db)
    assert "GeoJSON and 3 photos written" in result.stderr
    files = check_zip(out, db)
    assert len([name for name in files if name.startswith("photos/")]) == 3


def test_zip_of_real_phone_photos_strips_their_metadata(tmp_path: Path, corpus_dir: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in CORPUS_PHOTOS:
        shutil.copy(corpus_dir / "photos" / name, folder / name)
    db = tmp_path / "s.sqlite"
    surveyapp("import", str(folder), db=db, check=False)
    out = tmp_path / "photos.zip"
    surveyapp("export", "zip", str(out), db=db)
    files = check_zip(out, db)
    assert any(name.startswith("photos/") for name in files)


def test_a_missing_original_stops_the_zip_and_leaves_no_file(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    surveyapp("import", str(walk(tmp_path / "DCIM")), db=db)
    library = tmp_path / "s-library"
    victim = next(p for p in library.glob("??/*") if p.is_file())  # an original
    victim.unlink()
    out = tmp_path / "photos.zip"
    result = surveyapp("export", "zip", str(out), db=db, check=False)
    assert result.returncode == 2 and "cannot be shared" in result.stderr
    assert victim.stem[:12] in result.stderr
    assert "missing from the library" in result.stderr, result.stderr
    assert "import its file again to put it back" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["DCIM", "s-library", "s.sqlite"] + [
        p.name for p in tmp_path.iterdir() if p.name.startswith("s.sqlite-")
    ]


def test_a_photo_whose_pixels_cannot_be_decoded_is_left_out_of_the_zip_and_named(
    tmp_path: Path, corpus_dir: Path
) -> None:
    """A HEIC whose image libheif drops imports (its metadata is read), but no shareable copy
    of it can be made, and no one can mend it: the zip is made with every other photo, and
    the command and the zip's README say which photo is not in it and why (before: the whole
    zip was refused, so one broken file kept a survey's zip from ever being made)."""
    folder = walk(tmp_path / "DCIM")
    broken = heic_without_its_image(corpus_dir)
    (folder / "stonehenge.heic").write_bytes(broken)
    db = tmp_path / "s.sqlite"
    surveyapp("import", str(folder), db=db)
    out = tmp_path / "photos.zip"
    result = surveyapp("export", "zip", str(out), db=db)
    sha = hashlib.sha256(broken).hexdigest()
    assert "GeoJSON and 3 photos written" in result.stderr
    assert f"photo {sha[:12]} (stonehenge.heic): the photo's pixels cannot be decoded" in (
        result.stderr
    )
    with zipfile.ZipFile(out) as opened:
        names = opened.namelist()
        readme = opened.read("README.txt").decode()
        features = json.loads(opened.read("cameras.geojson"))["features"]
    listed = {sha256 for feature in features for sha256 in feature["properties"]["survey:photos"]}
    # It has no copy, so no name: counted on its camera, and said to be missing by its camera.
    # Not by its original's hash, which whoever holds the volunteer's phone could match.
    assert {f"photos/{sha256}.jpg" for sha256 in listed} == {
        name for name in names if name.startswith("photos/")
    }
    assert len(listed) == 3 and sum(f["properties"]["survey:photo_count"] for f in features) == 4
    camera = next(
        f["id"] for f in features if f["properties"]["survey:photo_count"] > len(
            f["properties"]["survey:photos"]
        )
    )  # fmt: skip
    assert "Photos not in this zip (1)" in readme
    assert f"camera {camera}: the photo's pixels cannot be decoded" in readme
    assert sha not in readme and sha[:12] not in readme
    assert "stonehenge" not in readme  # the volunteer's file name stays on the laptop


def test_the_zip_export_speaks_the_volunteers_language_and_its_readme_stays_english(
    tmp_path: Path, corpus_dir: Path
) -> None:
    """Before, `export` said what it wrote, what it left out and why in English whatever the
    volunteer's language; the zip's README, which is published, stays in English."""
    folder = walk(tmp_path / "DCIM")
    (folder / "stonehenge.heic").write_bytes(heic_without_its_image(corpus_dir))
    db = tmp_path / "s.sqlite"
    surveyapp("import", str(folder), db=db)
    out = tmp_path / "photos.zip"
    environment = {**os.environ, "SURVEYAPP_LANG": "fr"}
    result = subprocess.run(
        [sys.executable, "-m", "surveyapp.cli", "--db", str(db), "export", "zip", str(out)],
        capture_output=True, text=True, env=environment, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"GeoJSON et 3 photos écrits dans {out}" in result.stderr
    assert "photo laissée de côté (1 ; le README.txt du zip la nomme aussi) :" in result.stderr
    assert "(stonehenge.heic) : les pixels de la photo ne peuvent pas être décodés" in (
        result.stderr
    )
    with zipfile.ZipFile(out) as opened:
        readme = opened.read("README.txt").decode()
    assert ": the photo's pixels cannot be decoded" in readme
    assert "décodés" not in readme


def test_a_damaged_corpus_photo_is_named_in_plain_words(tmp_path: Path, corpus_dir: Path) -> None:
    """A real truncated JPEG (a fuzzer's file from exiv2's issue 1912, 3.7 KB, with GPS): the
    reason names the damage, not a Python object ("cannot identify image file <_io.BytesIO
    object at 0x…>", before)."""
    folder = walk(tmp_path / "DCIM")
    shutil.copy(corpus_dir / "photos" / "exiv2__issue_1912_poc.jpg", folder)
    db = tmp_path / "s.sqlite"
    surveyapp("import", str(folder), db=db, check=False)
    result = surveyapp("export", "zip", str(tmp_path / "photos.zip"), db=db)
    assert "(exiv2__issue_1912_poc.jpg): the photo's pixels cannot be decoded: the file is " in (
        result.stderr
    )
    assert "object at 0x" not in result.stderr and "BytesIO" not in result.stderr


def test_csv_to_stdout_and_errors(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    surveyapp("import", str(walk(tmp_path / "DCIM")), db=db)
    rows = list(csv.DictReader(io.StringIO(surveyapp("export", "csv", "-", db=db).stdout)))
    assert len(rows) == 2 and {r["man_made"] for r in rows} == {"surveillance"}
    assert {r["camera:direction"] for r in rows} == {"135"}
    missing = surveyapp("export", "osm", str(tmp_path / "no" / "x.osm"), db=db, check=False)
    assert missing.returncode == 2 and "no such folder" in missing.stderr
    folder = surveyapp("export", "geojson", str(tmp_path), db=db, check=False)
    assert folder.returncode == 2 and f"{tmp_path} is a folder: give the name of" in folder.stderr
    unknown = surveyapp("export", "shp", "-", db=db, check=False)
    assert unknown.returncode == 2 and "invalid choice" in unknown.stderr


def test_camera_review_and_export_verified_only_from_the_command_line(tmp_path: Path) -> None:
    """A reviewer's laptop verifies one camera with `camera review`; `export --verified-only`
    publishes that one alone; a laptop that syncs as a volunteer is told it may not."""
    from sqlalchemy import update

    from surveyapp.db.database import open_database
    from surveyapp.db.models import SyncState

    db = tmp_path / "survey.sqlite"
    surveyapp("import", str(walk(tmp_path / "DCIM")), db=db)
    first, second = (c["id"] for c in as_json(surveyapp("cameras", "--json", db=db)))
    refused = surveyapp("camera", "review", "verified", first, db=db, check=False)
    assert refused.returncode != 0 and "reviewers" in refused.stderr
    assert "Traceback" not in refused.stderr
    opened = open_database(db)
    with opened.session() as session:  # as the reviewer's first sync leaves it
        session.add(SyncState(server_url="http://team.example", user_name="coord", role="reviewer"))
        session.commit()
    surveyapp("camera", "review", "verified", first, db=db)
    surveyapp("camera", "review", "disputed", second[:8], db=db)
    states = {c["id"]: c["review_state"] for c in as_json(surveyapp("cameras", "--json", db=db))}
    assert states == {first: "verified", second: "disputed"}
    out = tmp_path / "published.geojson"
    surveyapp("export", "geojson", str(out), "--verified-only", "--day-only", db=db)
    features = json.loads(out.read_text())["features"]
    assert [(f["id"], f["properties"]["survey:review"]) for f in features] == [(first, "verified")]
    everything = json.loads(surveyapp("export", "geojson", "-", db=db).stdout)["features"]
    assert len(everything) == 2
    with opened.session() as session:  # the same laptop, now syncing as a volunteer
        session.execute(update(SyncState).values(role="volunteer"))
        session.commit()
    opened.close()
    refused = surveyapp("camera", "review", "removed", first, db=db, check=False)
    assert refused.returncode != 0 and "volunteer" in refused.stderr


def test_verifying_a_camera_without_a_position_says_it_stays_off_the_published_map(
    tmp_path: Path,
) -> None:
    """A verified camera is published on the map only once it has a position: `camera review
    verified` of one without says so (before: nothing, and the published map counted one
    camera fewer than the coordinator had verified, without a word)."""
    from surveyapp.db.database import open_database
    from surveyapp.db.models import SyncState

    folder = tmp_path / "DCIM"
    folder.mkdir()
    spec = PhotoSpec(
        latitude=None, longitude=None, taken=datetime(2026, 5, 4, 10, 0), size=(320, 240)
    )
    (folder / "IMG_blind.jpg").write_bytes(make_jpeg(spec, seed=7))
    db = tmp_path / "survey.sqlite"
    surveyapp("import", str(walk(tmp_path / "walk")), db=db)
    surveyapp("import", str(folder), db=db)
    cameras = as_json(surveyapp("cameras", "--json", db=db))
    [blind] = [c["id"] for c in cameras if c["latitude"] is None]
    placed = [c["id"] for c in cameras if c["latitude"] is not None]
    opened = open_database(db)
    with opened.session() as session:  # as the reviewer's first sync leaves it
        session.add(SyncState(server_url="http://team.example", user_name="coord", role="reviewer"))
        session.commit()
    opened.close()
    said = surveyapp("camera", "review", "verified", blind, *placed, db=db)
    assert said.stderr.strip() == (
        f"1 verified camera has no position: the published map shows it once it is placed ({blind})"
    )
    assert surveyapp("camera", "review", "verified", *placed, db=db).stderr == ""
    assert surveyapp("camera", "review", "disputed", blind, db=db).stderr == ""


def test_what_libtiff_prints_while_a_copy_is_made_stays_off_the_terminal(
    tmp_path: Path, corpus_dir: Path
) -> None:
    """A DNG whose strip is cut short is left out of the zip, in one line naming it; libtiff's
    own "TIFFFillStrip: Read error…" does not come before it."""
    folder = walk(tmp_path / "DCIM")
    (folder / "short.dng").symlink_to(corpus_dir / "photos" / "exiv2__IMG_1361.dng")
    db = tmp_path / "s.sqlite"
    surveyapp("import", str(folder), db=db)
    result = surveyapp("export", "zip", str(tmp_path / "photos.zip"), db=db)
    written, heading, line = result.stderr.splitlines()
    assert written.startswith("GeoJSON and ") and heading.startswith("left out (1;")
    assert line.startswith("  photo ") and "(short.dng): the photo's pixels cannot be" in line
