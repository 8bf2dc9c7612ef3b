"""The command-line contract of DESIGN.md, run as a user runs it: a separate process."""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import termios
import time
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.db.test_unusable_survey import UNPRIVILEGED
from tests.factory import PhotoSpec, make_jpeg, tiff_with_a_tag_past_its_end

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def surveyapp(
    *args: str, db: Path | None = None, check: bool = True
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "surveyapp.cli"]
    if db is not None:
        command += ["--db", str(db)]
    env = {k: v for k, v in os.environ.items() if k != "SURVEYAPP_DB"}
    result = subprocess.run([*command, *args], capture_output=True, text=True, timeout=120, env=env)
    if check and result.returncode != 0:
        raise AssertionError(f"exit {result.returncode}: {result.stderr}")
    return result


def as_json(result: subprocess.CompletedProcess[str]) -> Any:
    return json.loads(result.stdout)


@pytest.fixture
def walk(tmp_path: Path) -> Path:
    """A walk past two cameras, plus a photo without GPS and a file that is not a photo."""
    folder = tmp_path / "DCIM"
    folder.mkdir()
    for i in range(2):
        spec = PhotoSpec(latitude=44.8125 + i * 3e-5, taken=datetime(2026, 5, 4, 10, 0, i * 20))
        (folder / f"IMG_{i}.jpg").write_bytes(make_jpeg(spec, seed=i))
    far = PhotoSpec(latitude=44.8150, longitude=20.4700, bearing=None,
                    taken=datetime(2026, 5, 4, 10, 3))  # fmt: skip
    (folder / "IMG_2.jpg").write_bytes(make_jpeg(far, seed=2))
    nowhere = PhotoSpec(latitude=None, longitude=None, offset=None)
    (folder / "IMG_3.jpg").write_bytes(make_jpeg(nowhere, seed=3))
    (folder / "notes.txt").write_text("dome on the corner\n")
    return folder


def test_import_json_reports_every_file_and_exits_1_on_an_error(tmp_path: Path, walk: Path) -> None:
    db = tmp_path / "s.sqlite"
    (walk / "broken.jpg").write_bytes(b"PK\x03\x04" + bytes(60))  # named a photo, is not one
    result = surveyapp("import", "--json", str(walk), db=db, check=False)
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(line["path"]).name for line in lines] == [
        "IMG_0.jpg", "IMG_1.jpg", "IMG_2.jpg", "IMG_3.jpg", "broken.jpg", "notes.txt",
    ]  # fmt: skip
    for line in lines:
        assert set(line) == {"path", "status", "sha256", "message"}
    assert [line["status"] for line in lines] == ["imported"] * 4 + ["error", "skipped"]
    assert "not a photo: a ZIP archive" in lines[-2]["message"]
    assert lines[-1]["message"] == "text, not an image"
    again = surveyapp("import", "--json", str(walk / "IMG_0.jpg"), db=db)
    assert json.loads(again.stdout)["status"] == "duplicate"
    assert json.loads(again.stdout)["sha256"] == lines[0]["sha256"]


def test_files_that_are_not_photos_are_skipped_on_one_line_and_never_fail(
    tmp_path: Path, walk: Path
) -> None:
    (walk / "IMG_0.AAE").write_text('<?xml version="1.0"?><plist/>')
    (walk / "IMG_0.json").write_text('{"title": "IMG_0.jpg"}')
    video = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(2000)
    (walk / "clip.mp4").write_bytes(video)
    result = surveyapp("import", str(walk), db=tmp_path / "s.sqlite", check=False)
    assert result.returncode == 0, result.stderr
    assert "4 files skipped: not photos" in result.stderr.splitlines()
    assert "error:" not in result.stderr
    assert "4 imported, 0 duplicates, 0 errors" in result.stderr


def test_photos_and_cameras_json(tmp_path: Path, walk: Path) -> None:
    db = tmp_path / "s.sqlite"
    (walk / "notes.txt").unlink()
    surveyapp("import", str(walk), db=db)
    photos = as_json(surveyapp("photos", "--json", db=db))
    assert len(photos) == 4
    required = {"sha256", "file_name", "latitude", "longitude", "altitude", "bearing", "taken_at",
                "make", "model", "width", "height", "orientation", "camera_id"}  # fmt: skip
    for photo in photos:
        assert required <= set(photo)
    by_name = {p["file_name"]: p for p in photos}
    assert by_name["IMG_0.jpg"]["taken_at"] == "2026-05-04T10:00:00+02:00"
    assert by_name["IMG_3.jpg"]["taken_at"] == "2026-05-04T10:30:15"  # offset unknown: wall time
    assert by_name["IMG_3.jpg"]["latitude"] is None
    assert by_name["IMG_2.jpg"]["bearing"] is None

    cameras = as_json(surveyapp("cameras", "--json", db=db))
    assert len(cameras) == 3
    for camera in cameras:
        assert UUID_RE.match(camera["id"])
        assert {"latitude", "longitude", "camera:type", "camera:direction", "surveillance",
                "surveillance:type", "photos"} <= set(camera)  # fmt: skip
    by_photos = {len(c["photos"]): c for c in cameras if c["latitude"] is not None}
    pair = by_photos[2]
    assert sorted(pair["photos"]) == sorted(
        [by_name["IMG_0.jpg"]["sha256"], by_name["IMG_1.jpg"]["sha256"]]
    )
    assert pair["camera:direction"] == "135"
    assert by_name["IMG_0.jpg"]["camera_id"] == pair["id"]


def test_camera_edits_from_the_command_line(tmp_path: Path, walk: Path) -> None:
    db = tmp_path / "s.sqlite"
    (walk / "notes.txt").unlink()
    surveyapp("import", str(walk), db=db)
    cameras = as_json(surveyapp("cameras", "--json", db=db))
    located = [c for c in cameras if c["latitude"] is not None]
    unplaced = next(c for c in cameras if c["latitude"] is None)
    first = located[0]["id"]
    surveyapp("camera", "set", first[:8], "camera:type=dome", "camera:mount=pole",
              "vendor=EZVIZ", "model=C3N", "vendor_confidence=seen", db=db)  # fmt: skip
    bad = surveyapp("camera", "set", first, "camera:mount=roof", db=db, check=False)
    assert bad.returncode == 2
    assert "camera:mount" in bad.stderr and "wall, pole, ceiling" in bad.stderr
    surveyapp("camera", "move", unplaced["id"], "44.81", "20.46", db=db)
    surveyapp("camera", "merge", first, located[1]["id"], db=db)
    cameras = {c["id"]: c for c in as_json(surveyapp("cameras", "--json", db=db))}
    assert len(cameras) == 2
    edited = cameras[first]
    assert (edited["camera:type"], edited["camera:mount"]) == ("dome", "pole")
    assert (edited["manufacturer"], edited["brand"]) == ("Hikvision", "EZVIZ")
    assert edited["covered_list"] is True
    assert len(edited["photos"]) == 3
    assert cameras[unplaced["id"]]["position_source"] == "manual"
    split = surveyapp("camera", "split", edited["photos"][0], db=db).stdout.strip()
    assert UUID_RE.match(split)
    surveyapp("camera", "delete", split, db=db)
    assert len(as_json(surveyapp("cameras", "--json", db=db))) == 2
    missing = surveyapp("camera", "delete", str(uuid.uuid4()), db=db, check=False)
    assert missing.returncode == 2 and "no camera" in missing.stderr


def test_a_photo_is_split_off_by_the_id_the_photos_listing_shows(
    tmp_path: Path, walk: Path
) -> None:
    db = tmp_path / "s.sqlite"
    surveyapp("import", str(walk), db=db, check=False)
    pair = next(c for c in as_json(surveyapp("cameras", "--json", db=db)) if len(c["photos"]) == 2)
    listed = {
        line.split()[-1]: line.split()[0] for line in surveyapp("photos", db=db).stdout.splitlines()
    }
    split = surveyapp("camera", "split", listed["IMG_1.jpg"], db=db).stdout.strip()
    cameras = {c["id"]: c for c in as_json(surveyapp("cameras", "--json", db=db))}
    assert len(cameras[split]["photos"]) == 1 and len(cameras[pair["id"]]["photos"]) == 1
    short = surveyapp("camera", "split", listed["IMG_0.jpg"][:3], db=db, check=False)
    assert short.returncode == 2
    assert (
        short.stderr.strip() == f"error: '{listed['IMG_0.jpg'][:3]}' is too short to name a photo"
    )


def test_export_geojson_is_rfc7946(tmp_path: Path, walk: Path) -> None:
    db = tmp_path / "s.sqlite"
    (walk / "notes.txt").unlink()
    surveyapp("import", str(walk), db=db)
    cameras = as_json(surveyapp("cameras", "--json", db=db))
    pair = next(c for c in cameras if len(c["photos"]) == 2)
    surveyapp("camera", "set", pair["id"], "vendor=hikvision", "model=DS-2CD2143G0-I", db=db)
    out = tmp_path / "cameras.geojson"
    surveyapp("export", "geojson", str(out), db=db)
    collection = json.loads(out.read_text())
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    assert len(features) == 2  # the camera without position is not a Point
    feature = next(f for f in features if f["id"] == pair["id"])
    assert feature["type"] == "Feature"
    lon, lat = feature["geometry"]["coordinates"]
    assert feature["geometry"]["type"] == "Point"
    assert lon == round(pair["longitude"], 7) and lat == round(pair["latitude"], 7)
    props = feature["properties"]
    assert props["man_made"] == "surveillance"
    assert props["manufacturer"] == "Hikvision" and props["model"] == "DS-2CD2143G0-I"
    assert props["camera:direction"] == "135"
    assert props["survey:covered_list"] is True
    assert props["survey:photo_count"] == 2
    # Named only by their shared copies, which a sync makes: none yet (never by the hashes of
    # the volunteer's original files, docs/decisions/review-and-publication.md).
    assert props["survey:photos"] == []
    assert props["survey:first_seen"] <= props["survey:last_seen"]
    stdout = surveyapp("export", "geojson", "-", db=db).stdout
    assert json.loads(stdout) == collection


def test_vendors(tmp_path: Path) -> None:
    listing = as_json(surveyapp("vendors", "--json"))
    assert len(listing) >= 25
    result = surveyapp("vendors", "identify", "DS-2CD2143G0-I").stdout
    assert result.splitlines()[0].startswith("Hikvision") and "FCC Covered List" in result
    ezviz = as_json(surveyapp("vendors", "--json", "identify", "EZVIZ C3N"))
    assert ezviz[0]["vendor"] == "hikvision" and ezviz[0]["brand"] == "EZVIZ"
    assert "vendor unknown" in surveyapp("vendors", "identify", "toaster").stdout


def test_a_newer_database_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "s.sqlite"
    surveyapp("cameras", "--json", db=db)
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    connection.close()
    result = surveyapp("cameras", "--json", db=db, check=False)
    assert result.returncode == 2
    assert "newer version of SurveyApp" in result.stderr
    assert "Traceback" not in result.stderr


def test_another_programs_alembic_database_is_refused_in_the_volunteers_language(
    tmp_path: Path,
) -> None:
    """The refusal of a file from a newer SurveyApp (or another Alembic program's) was in
    English whatever the language."""
    import sqlite3

    db = tmp_path / "places.sqlite"
    with sqlite3.connect(db) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num TEXT NOT NULL)")
        connection.execute("INSERT INTO alembic_version VALUES ('1a2b3c4d5e6f')")
    connection.close()
    env = {k: v for k, v in os.environ.items() if k != "SURVEYAPP_DB"} | {"SURVEYAPP_LANG": "fr"}
    result = subprocess.run(
        [sys.executable, "-m", "surveyapp.cli", "--db", str(db), "cameras"],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "une version plus récente de SurveyApp" in result.stderr, result.stderr
    assert "1a2b3c4d5e6f" in result.stderr


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    result = surveyapp("import", str(tmp_path / "nope"), db=tmp_path / "s.sqlite", check=False)
    assert result.returncode == 2 and "no such file" in result.stderr


def test_the_progress_bar_draws_on_a_terminal_only() -> None:
    import io

    from surveyapp.cli.common import ProgressBar

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal, pipe = Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        bar = ProgressBar(stream, "Importing")
        bar.update(5, 10, "IMG_0005.jpg")
        bar.finish()
    assert "[###############...............] 5/10 IMG_0005.jpg" in terminal.getvalue()
    assert pipe.getvalue() == ""


def test_a_failed_export_leaves_no_partial_file(tmp_path: Path) -> None:
    out = tmp_path / "missing-folder" / "cameras.geojson"
    result = surveyapp("export", "geojson", str(out), db=tmp_path / "s.sqlite", check=False)
    assert result.returncode == 2 and "no such folder" in result.stderr
    assert not out.exists() and not list(tmp_path.glob("**/*.partial"))


def test_import_prints_one_line_per_file(tmp_path: Path, walk: Path) -> None:
    (walk / "broken.jpg").write_bytes(b"PK\x03\x04" + bytes(60))
    result = surveyapp("import", str(walk), db=tmp_path / "s.sqlite", check=False)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines == [
        f"imported  {walk / 'IMG_0.jpg'}",
        f"imported  {walk / 'IMG_1.jpg'}",
        f"imported  {walk / 'IMG_2.jpg'}",
        f"imported  {walk / 'IMG_3.jpg'}",
        f"skipped  {walk / 'notes.txt'}: text, not an image",
    ]
    assert f"error: {walk / 'broken.jpg'}: not a photo: a ZIP archive" in result.stderr
    again = surveyapp("import", str(walk / "IMG_0.jpg"), db=tmp_path / "s.sqlite")
    assert again.stdout == f"duplicate  {walk / 'IMG_0.jpg'}\n"


def test_a_deleted_photo_imported_again_says_where_it_went(tmp_path: Path, walk: Path) -> None:
    """Its camera deleted, the photo imported again was "already in the survey" and nowhere to
    be seen: the line now says it was deleted, and how it comes back."""
    db = tmp_path / "s.sqlite"
    surveyapp("import", str(walk / "IMG_0.jpg"), db=db)
    [camera] = as_json(surveyapp("cameras", "--json", db=db))
    surveyapp("camera", "delete", camera["id"], db=db)
    again = surveyapp("import", str(walk / "IMG_0.jpg"), db=db)
    assert again.stdout == (
        f"duplicate  {walk / 'IMG_0.jpg'}: deleted from the survey: undo the delete to bring it "
        "back (once the delete is synced, import it again)\n"
    )
    surveyapp("undo", db=db)
    assert len(as_json(surveyapp("photos", "--json", db=db))) == 1


def test_what_libtiff_prints_becomes_the_files_warning(tmp_path: Path) -> None:
    from tests.conftest import CORPUS

    dng = CORPUS / "photos" / "exiv2__IMG_1361.dng"  # its strip is cut short
    if not dng.is_file():
        pytest.skip(f"no corpus at {CORPUS}")
    db = tmp_path / "s.sqlite"
    result = surveyapp("import", str(dng), db=db)
    assert "TIFFFillStrip" not in result.stderr  # nothing raw through the progress bar
    said = "the image library reported: TIFFFillStrip: Read error on strip 0"
    assert said in result.stdout
    (photo,) = as_json(surveyapp("photos", "--json", db=db))
    assert any(warning.startswith(said) for warning in photo["warnings"])


def test_pillow_s_warnings_about_skipped_tags_stay_off_the_terminal(tmp_path: Path) -> None:
    """A scan whose description tag points past its end imports; Pillow's UserWarning (with
    its source path, like a traceback) is not printed: stderr holds the summary alone."""
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "scan.tif").write_bytes(tiff_with_a_tag_past_its_end())
    result = surveyapp("import", str(folder), db=tmp_path / "s.sqlite")
    assert "imported" in result.stdout
    assert result.stderr.splitlines() == [
        "1 imported, 0 duplicates, 0 errors, 1 without position; 1 new camera"
    ]


def test_a_photo_of_90_megapixels_imports_without_pillow_s_bomb_warning(tmp_path: Path) -> None:
    """A panorama of 90 MP is read like any photo; Pillow's DecompressionBombWarning, with its
    source path, reached the terminal."""
    from PIL import Image

    folder = tmp_path / "pano"
    folder.mkdir()
    Image.new("L", (9500, 9500), 128).save(folder / "pano.png")  # 90.25 MP, a few kB
    result = surveyapp("import", str(folder), db=tmp_path / "s.sqlite")
    assert result.stderr.splitlines() == [
        "1 imported, 0 duplicates, 0 errors, 1 without position; 1 new camera"
    ], result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_or_a_device_in_a_folder_never_holds_the_import_up(
    tmp_path: Path, walk: Path
) -> None:
    """Nothing writes to a pipe left in a folder: opening it waited for ever (the import hung);
    a link to /dev/zero read as a damaged photo. Both are passed over like hidden files, while
    a dangling link is still reported (it names a photo that is gone)."""
    os.mkfifo(walk / "pipe.jpg")
    (walk / "zero.jpg").symlink_to("/dev/zero")
    (walk / "moved.jpg").symlink_to(tmp_path / "elsewhere.jpg")
    result = surveyapp("import", str(walk), db=tmp_path / "s.sqlite", check=False)
    assert result.returncode == 1  # the dangling link
    assert result.stdout.splitlines() == [
        f"imported  {walk / 'IMG_0.jpg'}",
        f"imported  {walk / 'IMG_1.jpg'}",
        f"imported  {walk / 'IMG_2.jpg'}",
        f"imported  {walk / 'IMG_3.jpg'}",
        f"skipped  {walk / 'notes.txt'}: text, not an image",
    ]
    assert f"error: {walk / 'moved.jpg'}: cannot read the file" in result.stderr
    assert "pipe.jpg" not in result.stderr and "zero.jpg" not in result.stderr


def test_a_symlink_loop_in_a_folder_is_one_error_and_the_photos_beside_it_import(
    tmp_path: Path, walk: Path
) -> None:
    """A link to itself (or a ring of links) on a card or in a synced folder: the import
    stopped at once with Python's "RuntimeError: Symlink loop" traceback and nothing was
    imported. Now the looping name is one error, a link to a parent folder is not followed,
    and the photos beside them import."""
    (walk / "loop.jpg").symlink_to("loop.jpg")
    (walk / "ring_a").symlink_to("ring_b")
    (walk / "ring_b").symlink_to("ring_a")
    (walk / "sub").mkdir()
    (walk / "sub" / "up").symlink_to("..")
    db = tmp_path / "s.sqlite"
    result = surveyapp("import", str(walk), db=db, check=False)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert [line for line in result.stdout.splitlines() if line.startswith("imported")] == [
        f"imported  {walk / f'IMG_{index}.jpg'}" for index in range(4)
    ]
    assert f"error: {walk / 'loop.jpg'}: cannot read the file" in result.stderr
    assert len(as_json(surveyapp("photos", "--json", db=db))) == 4


def test_the_systems_reason_a_file_cannot_be_read_is_in_the_volunteers_language(
    tmp_path: Path, walk: Path
) -> None:
    """A French volunteer's import said "impossible de lire le fichier : Too many levels of
    symbolic links": the system's commonest reasons are now in her words too."""
    (walk / "loop.jpg").symlink_to("loop.jpg")
    env = {k: v for k, v in os.environ.items() if k != "SURVEYAPP_DB"} | {"SURVEYAPP_LANG": "fr"}
    result = subprocess.run(
        [sys.executable, "-m", "surveyapp.cli", "--db", str(tmp_path / "s.sqlite"), "import",
         str(walk)],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert result.returncode == 1 and "Traceback" not in result.stderr
    said = f"{walk / 'loop.jpg'} : impossible de lire le fichier : un lien qui ramène à lui-même"
    assert said in result.stderr.replace("\u00a0", " ").replace("\u202f", " "), result.stderr


@pytest.mark.skipif(
    os.geteuid() == 0 and shutil.which("setpriv") is None,
    reason="root ignores permissions and setpriv is not here to drop that",
)
def test_a_folder_that_cannot_be_read_is_an_error_naming_it(tmp_path: Path, walk: Path) -> None:
    """A folder of the card the volunteer may not read (copied from another account, a
    camera's protected folder): its photos were passed over in silence, "0 errors", exit 0,
    and the volunteer wiped the card thinking all was in. Now the folder is one error naming
    it (exit 1), whether found in the walk or named itself, and the photos beside it import."""
    locked = walk / "100CANON"
    locked.mkdir()
    (locked / "IMG_9.jpg").write_bytes(make_jpeg(PhotoSpec(), seed=9))
    locked.chmod(0)
    db = tmp_path / "s.sqlite"
    command = [*UNPRIVILEGED, sys.executable, "-m", "surveyapp.cli", "--db", str(db), "import"]
    try:
        result = subprocess.run(
            [*command, str(walk), str(locked)], capture_output=True, text=True, timeout=120
        )
    finally:
        locked.chmod(0o755)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    error = f"error: {locked}: cannot read the folder: permission denied"
    assert result.stderr.splitlines() == [
        error,
        error,
        "4 imported, 0 duplicates, 2 errors, 1 without position; 3 new cameras",
        "1 file skipped: not a photo",
    ]
    assert len(as_json(surveyapp("photos", "--json", db=db))) == 4


def test_photos_named_in_bytes_that_are_no_utf_8_or_with_controls_import_under_escaped_names(
    tmp_path: Path, walk: Path
) -> None:
    """A card from an old camera or a zip made on Windows names files in Latin-1; a name may
    hold a right-to-left override or a terminal escape. Each photo imports, and its name is
    printed and stored with those bytes escaped (before: the whole import stopped with
    "error: 'utf-8' codec can't encode character '\\udce9'", and nothing was imported)."""
    for index, raw in enumerate([b"caf\xe9.jpg", b"back\xe2\x80\xaegpj.jpg", b"red\x1b[31m.jpg"]):
        spec = PhotoSpec(latitude=44.83 + index * 1e-3, taken=datetime(2026, 5, 4, 11, index))
        Path(os.fsdecode(bytes(walk) + b"/" + raw)).write_bytes(make_jpeg(spec, seed=10 + index))
    db = tmp_path / "s.sqlite"
    result = surveyapp("import", str(walk), db=db)
    shown = ["caf\\xe9.jpg", "back\\u202egpj.jpg", "red\\x1b[31m.jpg"]
    for name in shown:
        assert f"imported  {walk}/{name}" in result.stdout.splitlines()
    assert "\x1b" not in result.stdout + result.stderr
    stored = {photo["file_name"] for photo in as_json(surveyapp("photos", "--json", db=db))}
    assert stored >= {*shown, "IMG_0.jpg"}


def test_a_merge_of_cameras_far_apart_says_where_the_camera_now_stands(
    tmp_path: Path, walk: Path
) -> None:
    db = tmp_path / "s.sqlite"
    surveyapp("import", str(walk), db=db)
    located = [c for c in as_json(surveyapp("cameras", "--json", db=db)) if c["latitude"]]
    near, far = sorted(located, key=lambda c: c["latitude"])  # IMG_0+1 at Terazije; IMG_2 749 m
    merged = surveyapp("camera", "merge", near["id"], far["id"], db=db)
    assert merged.stdout.strip() == near["id"]
    assert merged.stderr.strip() == (
        "note: these cameras stood 749 m apart; the merged camera stands at their mean "
        "position (`surveyapp undo` takes the merge back)"
    )
    surveyapp("undo", db=db)
    assert len([c for c in as_json(surveyapp("cameras", "--json", db=db)) if c["latitude"]]) == 2


@pytest.mark.usefixtures("ctrl_c_reaches_children")
def test_ctrl_c_in_any_command_ends_in_one_line_without_a_traceback(tmp_path: Path) -> None:
    """Ctrl-C while `known import` waits on a named pipe (as it does for `<(…)`): one line and
    status 130, as `import` and `sync` already did; before, Python's traceback."""
    database = tmp_path / "survey.sqlite"
    fifo = tmp_path / "cameras.geojson"
    os.mkfifo(fifo)
    env = {k: v for k, v in os.environ.items() if k != "SURVEYAPP_DB"}
    command = [sys.executable, "-m", "surveyapp.cli", "--db", str(database)]
    process = subprocess.Popen(
        [*command, "known", "import", str(fifo)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    writer = None
    try:
        while writer is None:  # the command has the pipe open once a writer may open it
            assert process.poll() is None, process.communicate()
            try:
                writer = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:
                time.sleep(0.005)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    finally:
        if writer is not None:
            os.close(writer)
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130, err
    assert "Traceback" not in err and err.strip().count("\n") == 0, err
    assert err.startswith("interrupted"), err


def _writer_once_read(fifo: Path, process: subprocess.Popen[str]) -> int:
    """A writer's end of ``fifo``, once the command has the pipe open (or waits in its open)."""
    while True:
        assert process.poll() is None, process.communicate()
        try:
            return os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:
            time.sleep(0.005)


def _interrupted(process: subprocess.Popen[str], writer: int | None) -> str:
    """Ctrl-C to ``process`` (the writer's end left open: the bytes never end), its stderr."""
    try:
        process.send_signal(signal.SIGINT)
        _out, err = process.communicate(timeout=60)
    finally:
        if writer is not None:
            os.close(writer)
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 130, err
    assert "Traceback" not in err and err.strip().count("\n") == 0, err
    assert err.startswith("interrupted"), err
    return err


def _cli(database: Path, *args: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "SURVEYAPP_DB"}
    return subprocess.Popen(
        [sys.executable, "-m", "surveyapp.cli", "--db", str(database), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.mark.usefixtures("ctrl_c_reaches_children")
def test_ctrl_c_while_geotag_reads_a_track_from_a_pipe_ends_in_one_line(tmp_path: Path) -> None:
    """`geotag --gpx <(…)`: a Ctrl-C that comes as the track's bytes arrive (the read under
    way returns them, the signal is not seen by it) ends the command in one line, status 130.
    Before, the track was read whole in one call that went on waiting for the writer's next
    bytes, which never came: the command hung."""
    fifo = tmp_path / "walk.gpx"
    os.mkfifo(fifo)
    process = _cli(tmp_path / "survey.sqlite", "geotag", "--gpx", str(fifo))
    writer = _writer_once_read(fifo, process)
    os.write(writer, b'<?xml version="1.0"?>\n<gpx version="1.1">\n')
    # The command reads the track: it took those bytes and waits for more (asleep).
    while _pipe_holds(writer) or _process_state(process.pid) != "S":
        assert process.poll() is None, process.communicate()
        time.sleep(0.005)
    os.write(writer, b"<trk><trkseg>\n")
    _interrupted(process, writer)


@pytest.mark.usefixtures("ctrl_c_reaches_children")
def test_ctrl_c_while_import_waits_on_a_named_pipe_ends_in_one_line(tmp_path: Path) -> None:
    """`import` of a named FIFO reads it on a worker thread: Ctrl-C ends the command in one
    line, status 130, whether a writer came or not. Before, the command said nothing and
    hung, its worker waiting for the pipe's bytes for ever."""
    fifo = tmp_path / "IMG_0001.jpg"
    os.mkfifo(fifo)
    process = _cli(tmp_path / "survey.sqlite", "import", str(fifo))
    writer = _writer_once_read(fifo, process)
    os.write(writer, b"\xff\xd8\xff\xe0")  # a JPEG's first bytes, and no more
    while _pipe_holds(writer) or _process_state(process.pid) != "S":
        assert process.poll() is None, process.communicate()
        time.sleep(0.005)
    _interrupted(process, writer)


def _pipe_holds(fd: int) -> int:
    """The bytes written to the pipe and not read yet."""
    held: int = struct.unpack("i", fcntl.ioctl(fd, termios.FIONREAD, b"\0\0\0\0"))[0]
    return held


def _process_state(pid: int) -> str:
    """R running, S asleep (waiting, here for the pipe), … (``/proc/PID/stat``)."""
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
