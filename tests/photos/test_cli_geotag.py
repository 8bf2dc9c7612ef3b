"""`surveyapp geotag` as a volunteer runs it: the plan first, then the change, then undo; and the
corpus's photos without GPS placed from a track written like a phone logger's."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from surveyapp.cli import main
from surveyapp.photos.gpstrack import distance_m
from tests.factory import PhotoSpec, make_jpeg
from tests.photos.gpx_files import walk, where, write_gpx

BELGRADE = (44.8125, 20.4612)
BEGIN = datetime(2026, 5, 4, 8, 0, 0, tzinfo=UTC)


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    status = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def photos(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, dict[str, Any]]:
    status, out, _ = run(capsys, db, "photos", "--json")
    assert status == 0
    return {p["file_name"]: p for p in json.loads(out)}


@pytest.fixture
def survey(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A compact camera's walk (clock 3 min 15 s fast, no offset tag), a phone photo with GPS,
    and the logger's track with two segments and a gap."""
    folder = tmp_path / "DCIM"
    folder.mkdir()
    for index, seconds in enumerate((100, 250, 450, 2000)):
        wall = (BEGIN + timedelta(seconds=seconds + 195, hours=2)).replace(tzinfo=None)
        spec = PhotoSpec(latitude=None, longitude=None, taken=wall, offset=None,
                         make="Canon", model="Canon EOS 40D")  # fmt: skip
        (folder / f"IMG_{index}.JPG").write_bytes(make_jpeg(spec, seed=index))
    phone = PhotoSpec(latitude=45.0, longitude=21.0, taken=datetime(2026, 5, 4, 11, 0))
    (folder / "phone.jpg").write_bytes(make_jpeg(phone, seed=9))
    first = walk(BELGRADE, BEGIN, 300)
    second = walk(where(BELGRADE, 840, 90), BEGIN + timedelta(seconds=600), 300)
    write_gpx(tmp_path / "track.gpx", [first, second], time_style="none")
    db = tmp_path / "s.sqlite"
    assert run(capsys, db, "import", str(folder))[0] == 0
    return db


def test_dry_run_shows_the_offset_and_the_plan_and_changes_nothing(
    survey: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = photos(capsys, survey)
    track = str(tmp_path / "track.gpx")
    status, out, _ = run(capsys, survey, "geotag", "--gpx", track, "--offset", "+02:03:15",
                         "--dry-run")  # fmt: skip
    assert status == 0
    assert "Canon EOS 40D: +02:03:15 from given, 4 photos" in out
    assert "gap of 300 s" in out  # IMG_2, between the segments
    assert "taken after the track ends" in out  # IMG_3
    assert "2 photos can be placed; 2 cannot" in out
    assert "dry run: nothing was changed" in out
    assert photos(capsys, survey) == before


def test_apply_then_undo(survey: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    track = str(tmp_path / "track.gpx")
    status, out, _ = run(capsys, survey, "geotag", "--gpx", track, "--offset", "+02:03:15")
    assert status == 0 and "2 photos geotagged" in out
    after = photos(capsys, survey)
    for name, seconds in (("IMG_0.JPG", 100), ("IMG_1.JPG", 250)):
        photo = after[name]
        assert photo["position_source"] == "gpx"
        assert (
            distance_m(photo["latitude"], photo["longitude"], *where(BELGRADE, seconds * 1.4, 90))
            < 1
        )
        assert photo["position_accuracy"] == pytest.approx(6.0)
    assert after["IMG_2.JPG"]["latitude"] is None
    assert after["phone.jpg"]["position_source"] == "exif"
    status, out, _ = run(capsys, survey, "cameras", "--json")
    cameras = {c["id"]: c for c in json.loads(out)}
    assert cameras[after["IMG_0.JPG"]["camera_id"]]["latitude"] == pytest.approx(
        after["IMG_0.JPG"]["latitude"]
    )
    # A wider gap allowance places the photo between the segments, a second run.
    prefix = after["IMG_2.JPG"]["sha256"][:12]
    status, out, _ = run(capsys, survey, "geotag", "--gpx", track, "--offset", "+02:03:15",
                         "--max-gap", "400", "IMG_2", prefix)  # fmt: skip
    assert status == 2  # "IMG_2" names no photo or camera: nothing is done
    status, out, _ = run(capsys, survey, "geotag", "--gpx", track, "--offset", "+02:03:15",
                         "--max-gap", "400", prefix)  # fmt: skip
    assert status == 0 and "1 photo geotagged" in out
    assert photos(capsys, survey)["IMG_2.JPG"]["position_source"] == "gpx"
    status, out, _ = run(capsys, survey, "geotag", "--undo")
    assert status == 0 and "\n1 photo back where it was\n" in out
    assert out.startswith("undone: the geotagging of 1 photo from the track track.gpx, applied ")
    assert photos(capsys, survey)["IMG_2.JPG"]["latitude"] is None
    assert photos(capsys, survey)["IMG_0.JPG"]["latitude"] is not None
    run(capsys, survey, "geotag", "--undo")
    assert all(p["latitude"] is None for n, p in photos(capsys, survey).items() if n != "phone.jpg")
    status, _, err = run(capsys, survey, "geotag", "--undo")
    assert status == 2 and "no geotagging to undo" in err


def test_the_clock_check_by_true_time_sets_the_device_offset(
    survey: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sha = photos(capsys, survey)["IMG_0.JPG"]["sha256"]
    # IMG_0 says 10:04:55 on its clock; it was really 10:01:40 in Belgrade.
    status, out, _ = run(capsys, survey, "geotag", "--gpx", str(tmp_path / "track.gpx"),
                         "--check", sha, "--at", "2026-05-04T10:01:40+02:00")  # fmt: skip
    assert status == 0, out
    assert "clock check: Canon EOS 40D runs at +02:03:15 from UTC" in out
    assert "2 photos geotagged" in out


def test_the_clock_check_by_place(
    survey: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sha = photos(capsys, survey)["IMG_1.JPG"]["sha256"]
    place = "{:.7f},{:.7f}".format(*where(BELGRADE, 250 * 1.4, 90))
    status, out, _ = run(capsys, survey, "geotag", "--gpx", str(tmp_path / "track.gpx"),
                         "--check", sha, "--place", place, "--dry-run")  # fmt: skip
    assert status == 0
    assert "runs at +02:03:15 from UTC" in out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        ([], "give one of --gpx"),
        (["--gpx", "track.gpx", "--offset", "two hours"], "not an offset"),
        (["--gpx", "track.gpx", "--max-gap", "-5"], "--max-gap must be a positive"),
        (["--gpx", "track.gpx", "--time-zone", "Mars/Olympus"], "not a time zone"),
        (["--gpx", "broken.gpx"], "not a GPX file"),
        (["--gpx", "missing.gpx"], "cannot read"),
        (["--gpx", "track.gpx", "--check", "abcd"], "--check needs either"),
        (["--gpx", "track.gpx", "--at", "2026-05-04T10:00:00+02:00"], "go with --check"),
        (["--from-neighbours", "--undo"], "give one of"),
        (["--from-neighbours", "--window", "1e300"], "--window must be at most 31622400"),
        (["--gpx", "track.gpx", "--max-gap", "1e300"], "--max-gap must be at most"),
    ],
)
def test_bad_commands_are_refused_with_a_clear_error(
    survey: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    (tmp_path / "broken.gpx").write_text("<gpx><trk><trkseg><trkpt lat=", encoding="utf-8")
    args = [str(tmp_path / a) if a.endswith(".gpx") else a for a in args]
    before = photos(capsys, survey)
    status, _, err = run(capsys, survey, "geotag", *args)
    assert status == 2 and err.startswith("error: ") and words in err, err
    assert photos(capsys, survey) == before


@pytest.mark.parametrize("at", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00"])
def test_a_true_time_outside_the_calendar_is_refused_in_one_line(
    survey: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], at: str
) -> None:
    """It was a traceback (OverflowError: date value out of range)."""
    sha = photos(capsys, survey)["IMG_0.JPG"]["sha256"]
    status, _, err = run(capsys, survey, "geotag", "--gpx", str(tmp_path / "track.gpx"),
                         "--check", sha, "--at", at)  # fmt: skip
    assert status == 2 and err == f"error: '{at}' lies outside the calendar SurveyApp knows\n"


def test_from_neighbours_suggests_then_applies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "DCIM"
    folder.mkdir()
    east = where(BELGRADE, 60, 90)
    specs = [
        PhotoSpec(
            latitude=BELGRADE[0], longitude=BELGRADE[1], taken=datetime(2026, 5, 4, 10, 0, 0)
        ),
        PhotoSpec(latitude=None, longitude=None, taken=datetime(2026, 5, 4, 10, 0, 10)),
        PhotoSpec(latitude=east[0], longitude=east[1], taken=datetime(2026, 5, 4, 10, 1, 0)),
    ]
    for index, spec in enumerate(specs):
        (folder / f"IMG_{index}.jpg").write_bytes(make_jpeg(spec, seed=index))
    db = tmp_path / "s.sqlite"
    run(capsys, db, "import", str(folder))
    status, out, _ = run(capsys, db, "geotag", "--from-neighbours", "--dry-run", "--json")
    plan = json.loads(out)
    assert status == 0 and plan["applied"] is False
    [suggestion] = plan["photos"]
    assert distance_m(suggestion["latitude"], suggestion["longitude"], *where(BELGRADE, 10, 90)) < 1
    assert photos(capsys, db)["IMG_1.jpg"]["latitude"] is None
    status, out, _ = run(capsys, db, "geotag", "--from-neighbours")
    assert status == 0 and "1 photo geotagged" in out
    placed = photos(capsys, db)
    assert placed["IMG_1.jpg"]["position_source"] == "neighbours"
    # 10 s after a photo, 10 m away: it joins that camera.
    assert placed["IMG_1.jpg"]["camera_id"] == placed["IMG_0.jpg"]["camera_id"]
    status, out, _ = run(capsys, db, "geotag", "--undo")
    said, back = out.splitlines()
    _applied_at(
        said,
        r"undone: the geotagging of 1 photo from the photos taken just before and after, "
        r"applied (?P<when>.+)",
    )
    assert back == "1 photo back where it was"


def test_the_corpus_photos_without_gps_are_placed_from_a_track(
    corpus_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "corpus.sqlite"
    assert run(capsys, db, "import", str(corpus_dir / "photos"))[0] == 0
    before = photos(capsys, db)
    without = {n: p for n, p in before.items() if p["latitude"] is None}
    assert len(without) == 38
    assert run(capsys, db, "survey", "set", "time_zone=Europe/Paris")[0] == 0
    # A logger's track around each photo's instant (worked out here with zoneinfo alone).
    paris = ZoneInfo("Europe/Paris")
    segments, expected = [], {}
    for index, (name, photo) in enumerate(sorted(without.items())):
        if photo["taken_at"] is None:
            continue
        taken = datetime.fromisoformat(photo["taken_at"])
        if taken.tzinfo is None:
            taken = taken.replace(tzinfo=paris)
        start = (43.0 + index * 0.01, 1.0 + index * 0.01)
        begin = taken.astimezone(UTC).replace(microsecond=0) - timedelta(seconds=60)
        segments.append(walk(start, begin, 120, step=4))
        seconds = (taken.astimezone(UTC) - begin).total_seconds()
        expected[name] = where(start, seconds * 1.4, 90)
    write_gpx(tmp_path / "corpus.gpx", segments)
    status, out, _ = run(capsys, db, "geotag", "--gpx", str(tmp_path / "corpus.gpx"), "--json")
    assert status == 0
    result = json.loads(out)
    refused = {p["file_name"]: p["refused"] for p in result["photos"] if p["refused"]}
    assert set(refused.values()) == {"no capture time"}
    assert len(expected) == 23 and len(refused) == 15
    after = photos(capsys, db)
    for name, place in expected.items():
        photo = after[name]
        assert photo["position_source"] == "gpx", name
        assert distance_m(photo["latitude"], photo["longitude"], *place) < 1.0, name
    for name, photo in before.items():  # the photos with their own GPS are untouched
        if name not in without:
            assert after[name] == photo


def test_a_track_whose_file_name_is_no_utf_8_geotags_and_undoes(
    survey: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A logger's file copied from a card named in Latin-1 (before: "error: 'utf-8' codec
    can't encode character '\\udce9'" when the run was recorded, nothing placed)."""
    track = Path(os.fsdecode(bytes(tmp_path) + b"/trac\xe9.gpx"))
    (tmp_path / "track.gpx").rename(track)
    status, out, _ = run(capsys, survey, "geotag", "--gpx", str(track), "--offset", "+02:03:15")
    assert status == 0 and "2 photos geotagged" in out
    assert photos(capsys, survey)["IMG_0.JPG"]["position_source"] == "gpx"
    status, out, _ = run(capsys, survey, "geotag", "--undo")
    assert status == 0 and "\n2 photos back where they were\n" in out
    assert out.startswith("undone: the geotagging of 2 photos from the track trac\\xe9.gpx, ")


HOSTILE_TRACKS = {  # a file named .gpx that is no track, as a volunteer may pick one
    "broken.gpx": '<?xml version="1.0"?><gpx version="1.1"><trk><trkseg><trkpt lat="44.8"',
    "empty.gpx": "",
    "places.gpx": '<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
    "<Placemark><Point><coordinates>20.46,44.81</coordinates></Point></Placemark>"
    "</Document></kml>",
    "log.gpx": "time,lat,lon\n2026-05-04T08:00:00Z,44.8125,20.4612\n",
}
SAID = {
    "fr": {
        "broken.gpx": "broken.gpx n’est pas un fichier GPX que SurveyApp peut lire : son XML est"
        " cassé à la ligne 1, colonne 54",
        "empty.gpx": "empty.gpx est vide : il ne contient aucune trace GPS",
        "places.gpx": "places.gpx n’est pas un fichier GPX que SurveyApp peut lire : c’est un"
        " document <kml>, pas une trace GPX",
        "log.gpx": "log.gpx n’est pas un fichier GPX que SurveyApp peut lire : son XML est"
        " cassé à la ligne 1, colonne 1",
    },
    "sr_Cyrl": {
        "broken.gpx": "broken.gpx није GPX датотека коју SurveyApp може да прочита: њен XML је"
        " неисправан у реду 1, колони 54",
        "empty.gpx": "empty.gpx је празна датотека: не садржи GPS траг",
        "places.gpx": "places.gpx није GPX датотека коју SurveyApp може да прочита: то је <kml>"
        " документ, а не GPX траг",
        "log.gpx": "log.gpx није GPX датотека коју SurveyApp може да прочита: њен XML је"
        " неисправан у реду 1, колони 1",
    },
}


@pytest.mark.parametrize("language", sorted(SAID))
def test_a_track_that_is_no_gpx_is_refused_in_the_volunteers_language(
    survey: Path, tmp_path: Path, language: str
) -> None:
    """A cut-off GPX, an empty file, a KML and a CSV named .gpx: before, the reason was gpxpy's
    English ("Error parsing XML: no element found: line 1, column 53") inside the French or
    Serbian sentence, and the KML was read as a track with no point ("has no point with both a
    time and a position"), which sent the volunteer looking for a fault in her logger."""
    environment = {**os.environ, "SURVEYAPP_LANG": language}
    for name, text in HOSTILE_TRACKS.items():
        track = tmp_path / name
        track.write_text(text, encoding="utf-8")
        result = subprocess.run(
            [sys.executable, "-m", "surveyapp.cli", "--db", str(survey), "geotag",
             "--gpx", str(track), "--dry-run"],
            capture_output=True, text=True, env=environment, timeout=120,
        )  # fmt: skip
        assert result.returncode == 2, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].endswith(SAID[language][name]), lines
        assert "Error parsing" not in lines[0] and "no point" not in lines[0]


def test_the_plan_says_its_metres_in_the_volunteers_script(survey: Path, tmp_path: Path) -> None:
    """The accuracy of each placed photo: "±6 m" in Latin letters in the Cyrillic plan, before,
    beside "moved 5 м"."""
    environment = {**os.environ, "SURVEYAPP_LANG": "sr_Cyrl"}
    result = subprocess.run(
        [sys.executable, "-m", "surveyapp.cli", "--db", str(survey), "geotag", "--gpx",
         str(tmp_path / "track.gpx"), "--offset", "+02:03:15", "--dry-run"],
        capture_output=True, text=True, env=environment, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    placed = [line for line in result.stdout.splitlines() if "IMG_" in line and "±" in line]
    assert placed and all(" м " in line and " m " not in line for line in placed), placed


def test_undo_leaves_no_track_position_on_a_camera_another_joined(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two photos without GPS from two devices, taken at the same instant: the first placed
    joins the second's camera, which the join places; the second's own turn then wrote the
    placed camera over its earlier values in the undo journal. Before, the undo split the
    photos apart and left that camera at the track's position, with no photo placed."""
    folder = tmp_path / "DCIM"
    folder.mkdir()
    wall = (BEGIN + timedelta(seconds=120, hours=2)).replace(tzinfo=None)
    for index, (make, model) in enumerate((("Google", "Pixel 8 Pro"), ("Canon", "EOS 40D"))):
        spec = PhotoSpec(latitude=None, longitude=None, taken=wall, offset="+02:00",
                         make=make, model=model)  # fmt: skip
        (folder / f"IMG_{index}.jpg").write_bytes(make_jpeg(spec, seed=2700 + index))
    track = write_gpx(tmp_path / "walk.gpx", [walk(BELGRADE, BEGIN, 300)])
    db = tmp_path / "s.sqlite"
    assert run(capsys, db, "import", str(folder))[0] == 0
    assert run(capsys, db, "geotag", "--gpx", str(track))[0] == 0
    status, out, _ = run(capsys, db, "cameras", "--json")
    assert status == 0 and len([c for c in json.loads(out) if c["latitude"] is not None]) == 1

    assert run(capsys, db, "geotag", "--undo")[0] == 0
    status, out, _ = run(capsys, db, "cameras", "--json")
    cameras = json.loads(out)
    assert status == 0 and len(cameras) == 2
    assert [(c["latitude"], c["longitude"]) for c in cameras] == [(None, None)] * 2, cameras
    assert all(p["latitude"] is None for p in photos(capsys, db).values())


def test_the_track_is_said_in_the_photos_time_zone(
    survey: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The photos' times are their wall clock in Belgrade: before, the track beside them was
    said in UTC only ("10:00" photos against a track "08:00:00+00:00 to 08:15:00+00:00")."""
    status, out, _ = run(capsys, survey, "geotag", "--gpx", str(tmp_path / "track.gpx"),
                         "--time-zone", "Europe/Belgrade", "--dry-run")  # fmt: skip
    assert status == 0
    assert out.splitlines()[0] == (
        "track track.gpx: 2026-05-04 10:00:00+02:00 to 2026-05-04 10:15:00+02:00 (Europe/Belgrade)"
    )


def test_a_track_still_being_read_is_said_on_the_terminal(survey: Path, tmp_path: Path) -> None:
    """A week's logger file takes seconds to read (159 MB: 25 s): before, the command said
    nothing until its plan, as if it hung. Here the track is a pipe whose writer comes once
    the line is on the terminal."""
    slow = tmp_path / "logger.gpx"
    os.mkfifo(slow)
    leader, follower = pty.openpty()
    command = subprocess.Popen(
        [sys.executable, "-m", "surveyapp.cli", "--db", str(survey), "geotag", "--gpx",
         str(slow), "--time-zone", "Europe/Belgrade", "--dry-run"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=follower,
        env={**os.environ, "SURVEYAPP_LANG": "fr"},
    )  # fmt: skip
    os.close(follower)
    shown = b""
    try:
        while "lecture de la trace logger.gpx…" not in shown.decode(errors="replace"):
            ready, _, _ = select.select([leader], [], [], 60)
            assert ready, shown
            shown += os.read(leader, 4096)
        with open(slow, "wb") as pipe:
            pipe.write((tmp_path / "track.gpx").read_bytes())
        assert command.wait(timeout=60) == 0
    finally:
        if command.poll() is None:
            command.kill()
        os.close(leader)


def test_the_plans_counts_are_punctuated_in_french(survey: Path, tmp_path: Path) -> None:
    """French puts a space before ";": before, "2 photos peuvent être placées; 2 ne peuvent pas"."""
    result = subprocess.run(
        [sys.executable, "-m", "surveyapp.cli", "--db", str(survey), "geotag", "--gpx",
         str(tmp_path / "track.gpx"), "--offset", "+02:03:15", "--dry-run"],
        capture_output=True, text=True, env={**os.environ, "SURVEYAPP_LANG": "fr"}, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "2 photos peuvent être placées ; 2 ne peuvent pas l’être" in result.stdout, result.stdout


def test_a_camera_placed_by_hand_is_said_to_keep_its_place(
    survey: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """IMG_0's camera was placed by hand, and the track places IMG_0: the photo gets the
    track's position, the camera stays where the volunteer put it. Before, neither the plan,
    nor the command once applied, nor --json said so: "2 photos geotagged", and the camera
    was not where the track put its photo."""
    camera = photos(capsys, survey)["IMG_0.JPG"]["camera_id"]
    assert run(capsys, survey, "camera", "move", camera, "44.9", "20.5")[0] == 0
    track = str(tmp_path / "track.gpx")
    options = ("geotag", "--gpx", track, "--offset", "+02:03:15")
    status, out, _ = run(capsys, survey, *options, "--dry-run")
    assert status == 0
    assert (
        "1 photo is in a camera placed by hand: the photo gets its new position, the camera"
        " keeps its place" in out
    ), out
    status, out, _ = run(capsys, survey, *options, "--dry-run", "--json")
    assert status == 0 and json.loads(out)["cameras_kept_by_hand"] == [camera]

    status, out, _ = run(capsys, survey, *options)
    assert status == 0 and "2 photos geotagged" in out
    lines = out.splitlines()
    said = lines.index(
        "1 camera placed by hand kept its place (its photos were geotagged all the same):"
    )
    assert lines[said + 1] == f"  {camera}: IMG_0.JPG"
    # Only the words are new: the photo has the track's position, the camera the volunteer's.
    assert photos(capsys, survey)["IMG_0.JPG"]["position_source"] == "gpx"
    status, out, _ = run(capsys, survey, "cameras", "--json")
    kept = next(c for c in json.loads(out) if c["id"] == camera)
    assert (kept["latitude"], kept["longitude"]) == (44.9, 20.5)

    assert run(capsys, survey, "geotag", "--undo")[0] == 0
    status, out, _ = run(capsys, survey, *options, "--json")
    record = json.loads(out)
    assert status == 0 and record["applied"] and record["cameras_kept_by_hand"] == [camera]


def _applied_at(line: str, pattern: str) -> datetime:
    """The time in ``line``, which must read as ``pattern`` (its ``(?P<when>…)`` the time)."""
    found = re.fullmatch(pattern, line)
    assert found, line
    when = datetime.fromisoformat(found["when"])
    assert when.tzinfo is not None, line  # with its offset: a terminal's reader knows the zone
    return when


def test_undo_says_which_geotagging_it_took_back(
    survey: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`geotag --undo` takes back the latest geotagging wherever it was applied (the app's
    dialog, the map, a script): it says which one, when it was applied, from which track and
    of how many photos, so the volunteer at the terminal knows what she undid. Before, only
    "undone: 2 photos back where they were"."""
    track = str(tmp_path / "track.gpx")
    start = datetime.now(UTC).replace(microsecond=0)
    assert run(capsys, survey, "geotag", "--gpx", track, "--offset", "+02:03:15")[0] == 0
    end = datetime.now(UTC)
    status, out, _ = run(capsys, survey, "geotag", "--undo", "--json")
    assert status == 0
    record = json.loads(out)
    assert (record["source"], record["track"], record["placed"], record["photos"]) == (
        "gpx", "track.gpx", 2, 2,
    )  # fmt: skip
    assert start <= datetime.fromisoformat(record["applied_at"]) <= end
    assert run(capsys, survey, "geotag", "--gpx", track, "--offset", "+02:03:15")[0] == 0
    status, out, _ = run(capsys, survey, "geotag", "--undo")
    assert status == 0
    said, back = out.splitlines()
    applied = _applied_at(
        said, r"undone: the geotagging of 2 photos from the track track\.gpx, applied (?P<when>.+)"
    )
    assert end.replace(microsecond=0) <= applied <= datetime.now(UTC)
    assert back == "2 photos back where they were"


def test_undo_says_which_geotagging_in_french(survey: Path, tmp_path: Path) -> None:
    """The same words in the volunteer's language, and `--help` says what `--undo` takes back."""
    french = {**os.environ, "SURVEYAPP_LANG": "fr"}
    command = [sys.executable, "-m", "surveyapp.cli", "--db", str(survey), "geotag"]
    subprocess.run(
        [*command, "--gpx", str(tmp_path / "track.gpx"), "--offset", "+02:03:15"],
        check=True, capture_output=True, env=french, timeout=120,
    )  # fmt: skip
    undone = subprocess.run(
        [*command, "--undo"], capture_output=True, text=True, env=french, timeout=120
    )
    assert undone.returncode == 0, undone.stderr
    said, back = undone.stdout.splitlines()
    _applied_at(
        said,
        r"annulé : la géolocalisation de 2 photos par la trace track\.gpx, appliquée le "
        r"(?P<when>.+)",
    )
    assert back == "2 photos remises où elles étaient"
    shown = subprocess.run(
        [*command, "--help"], capture_output=True, text=True, env=french, timeout=120
    )
    assert "d’où qu’elle ait été appliquée" in " ".join(shown.stdout.split()), shown.stdout


def test_help_says_what_undo_takes_back(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["geotag", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert (
        "--undo undo the latest geotagging, wherever it was applied (this command, the geotagging "
        "window of the app or a suggestion on the map), and say which one it was: when it was "
        "applied, from which track and how many photos" in shown
    ), shown
