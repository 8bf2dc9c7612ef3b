"""A phone whose clock is wrong: its own GPS photos say so before its other photos are placed.

Milica walks Belgrade at night with a GPS logger in her pocket; her phone's clock runs 3 minutes
fast and is set to the wrong time zone (+01:00: its photos' offset tags say +01:00, Belgrade is
at +02:00). Its GPS was on for the first half of the walk and off for the second. Trusting the
photos' own offset tag, the track puts every photo without GPS 3 minutes of walking (about
250 m) from where she stood. The photos taken with GPS show it: the track is 250 m from their
own positions at their time. The plan says so, and which offset their places give.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from surveyapp.photos.gpstrack import distance_m
from tests.factory import PhotoSpec, make_jpeg
from tests.photos.gpx_files import walk, where, write_gpx

START = (44.8076, 20.4640)  # Kralja Milana, walking south-east
BEGIN = datetime(2026, 5, 4, 23, 40, tzinfo=UTC)  # 01:40 in Belgrade; the walk crosses 00:00 UTC
SPEED = 1.3
BEARING = 135.0
WRONG = timedelta(hours=1, minutes=3)  # the phone's clock: UTC + 1 h (wrong zone) + 3 min fast


def cli(db: Path, *args: str, language: str = "en") -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "SURVEYAPP_LANG": language}
    return subprocess.run(
        [sys.executable, "-m", "surveyapp.cli", "--db", str(db), *args],
        capture_output=True, text=True, env=environment, timeout=120,
    )  # fmt: skip


@pytest.fixture
def walk_survey(tmp_path: Path) -> tuple[Path, Path]:
    """Her survey (20 photos two minutes apart, the first 10 with GPS) and the logger's track."""
    folder = tmp_path / "DCIM"
    folder.mkdir()
    for index in range(20):
        seconds = 67 + 120 * index
        true = BEGIN + timedelta(seconds=seconds)
        latitude, longitude = where(START, seconds * SPEED, BEARING)
        gps = index < 10
        spec = PhotoSpec(
            latitude=latitude if gps else None, longitude=longitude if gps else None,
            altitude=None, bearing=None, taken=(true + WRONG).replace(tzinfo=None),
            offset="+01:00", make="samsung", model="SM-A546B",
        )  # fmt: skip
        (folder / f"IMG_{index:02d}.jpg").write_bytes(make_jpeg(spec, seed=3970 + index))
    track = write_gpx(tmp_path / "track.gpx", [walk(START, BEGIN, 2500, speed=SPEED,
                                                     bearing=BEARING)])  # fmt: skip
    db = tmp_path / "milica.sqlite"
    assert cli(db, "import", str(folder)).returncode == 0
    return db, track


SAID = {
    "en": ("the clock may be wrong", "their places on the track give +01:03"),
    "fr": ("l’horloge est peut-être fausse", "leurs places sur la trace donnent +01:03"),
    "sr_Latn": ("sat možda nije tačan", "njihova mesta na tragu daju +01:03"),
}


@pytest.mark.parametrize("language", sorted(SAID))
def test_a_phone_clock_its_own_gps_photos_contradict_is_said_before_anything_is_placed(
    walk_survey: tuple[Path, Path], language: str
) -> None:
    db, track = walk_survey
    result = cli(db, "geotag", "--gpx", str(track), "--dry-run", language=language)
    assert result.returncode == 0, result.stderr
    doubt, suggestion = SAID[language]
    assert doubt in result.stdout, result.stdout
    assert suggestion in result.stdout, result.stdout


def test_the_doubt_is_in_the_json_and_gone_once_the_right_offset_is_given(
    walk_survey: tuple[Path, Path],
) -> None:
    db, track = walk_survey
    plan = json.loads(cli(db, "geotag", "--gpx", str(track), "--dry-run", "--json").stdout)
    [doubt] = plan["clock_doubts"]
    assert doubt["device"] == "samsung SM-A546B" and doubt["photos"] == 10
    assert doubt["offset_seconds"] == 3600 and abs(doubt["their_offset_seconds"] - 3780) <= 2
    assert 200 < doubt["metres"] < 300  # 3 minutes at 1.3 m/s
    given = cli(db, "geotag", "--gpx", str(track), "--offset", "+01:03:00", "--json")
    assert given.returncode == 0, given.stderr
    applied = json.loads(given.stdout)
    assert applied["clock_doubts"] == [] and applied["applied"]
    # Every photo without GPS is where she stood (the walk's own geodesic), to a metre.
    stored = {p["file_name"]: p for p in json.loads(cli(db, "photos", "--json").stdout)}
    for index in range(10, 20):
        latitude, longitude = where(START, (67 + 120 * index) * SPEED, BEARING)
        photo = stored[f"IMG_{index:02d}.jpg"]
        assert distance_m(photo["latitude"], photo["longitude"], latitude, longitude) < 1.0


def test_the_clock_is_checked_by_a_photo_named_as_the_plan_lists_it(
    walk_survey: tuple[Path, Path],
) -> None:
    """The plan names photos by their file names: the clock check takes one (before: "no camera
    'IMG_12.jpg'"), and every photo of the phone then lands where she stood."""
    db, track = walk_survey
    latitude, longitude = where(START, (67 + 120 * 12) * SPEED, BEARING)
    result = cli(db, "geotag", "--gpx", str(track), "--check", "IMG_12.jpg",
                 "--place", f"{latitude:.6f},{longitude:.6f}", "--json")  # fmt: skip
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert plan["clock_doubts"] == [] and plan["applied"]
    [(device, offset)] = plan["clock_checks"].items()
    assert device == "samsung SM-A546B" and abs(offset - 3780) <= 1
    stored = {p["file_name"]: p for p in json.loads(cli(db, "photos", "--json").stdout)}
    for index in range(10, 20):
        latitude, longitude = where(START, (67 + 120 * index) * SPEED, BEARING)
        photo = stored[f"IMG_{index:02d}.jpg"]
        assert distance_m(photo["latitude"], photo["longitude"], latitude, longitude) < 2.0


def test_a_file_name_two_photos_share_is_refused_naming_how_to_tell_them_apart(
    walk_survey: tuple[Path, Path], tmp_path: Path
) -> None:
    db, track = walk_survey
    other = tmp_path / "other"
    other.mkdir()
    spec = PhotoSpec(latitude=None, longitude=None, taken=datetime(2026, 5, 5, 2, 0), offset=None,
                     make="Canon", model="Canon EOS 40D")  # fmt: skip
    (other / "IMG_12.jpg").write_bytes(make_jpeg(spec, seed=3999))
    assert cli(db, "import", str(other)).returncode == 0
    result = cli(db, "geotag", "--gpx", str(track), "--check", "IMG_12.jpg",
                 "--place", "44.8,20.47", "--dry-run", language="fr")  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "erreur : « IMG_12.jpg » nomme 2 photos : donnez le début de son sha256 "
        "(surveyapp photos le liste)"
    ]
    missing = cli(db, "geotag", "--gpx", str(track), "--dry-run", "IMG_99.jpg")
    assert missing.returncode == 2
    assert missing.stderr.strip() == "error: no photo or camera 'IMG_99.jpg'"


JUMPS = {
    "en": "the track jumps 3752 m in 3 s here (a bad fix, or a waypoint marked elsewhere)",
    "fr": "la trace saute de 3752 m en 3 s ici (un mauvais point, ou un point de repère"
    " marqué ailleurs)",
    "sr_Latn": "trag ovde skače 3752 m za 3 s (loša tačka ili putna tačka označena drugde)",
}


@pytest.mark.parametrize("language", sorted(JUMPS))
def test_a_photo_between_the_track_and_a_far_waypoint_is_not_placed(
    walk_survey: tuple[Path, Path], language: str
) -> None:
    """Her logger app keeps the place she bookmarked during the walk (a café 1.8 km from the
    start) as a timed waypoint: the track's points and it were one time order, and the photo
    taken a second before it was placed between the street and the café, kilometres from where
    she stood (in her walk: "±849 m", 1.4 km off). A jump no walker makes (over 100 m/s) is
    refused with its reason, as a gap is."""
    db, track = walk_survey
    text = track.read_text()
    photo_at = BEGIN + timedelta(seconds=67 + 120 * 12)  # IMG_12's true instant
    stamp = (photo_at + timedelta(seconds=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    cafe = where(START, 1800, 315)
    waypoint = (f'<wpt lat="{cafe[0]:.7f}" lon="{cafe[1]:.7f}"><time>{stamp}</time>'
                "<name>Kafana</name></wpt>")  # fmt: skip
    track.write_text(text.replace("<trk>", waypoint + "<trk>", 1))
    result = cli(db, "geotag", "--gpx", str(track), "--offset", "+01:03:00", "--json",
                 language=language)  # fmt: skip
    assert result.returncode == 0, result.stderr
    plan = {p["file_name"]: p for p in json.loads(result.stdout)["photos"]}
    assert plan["IMG_12.jpg"]["latitude"] is None
    assert plan["IMG_12.jpg"]["refused"] == JUMPS[language]
    stored = {p["file_name"]: p for p in json.loads(cli(db, "photos", "--json").stdout)}
    assert stored["IMG_12.jpg"]["latitude"] is None  # nothing placed at a wrong place
    for index in (10, 11, 13, 14):  # the others still land where she stood
        latitude, longitude = where(START, (67 + 120 * index) * SPEED, BEARING)
        photo = stored[f"IMG_{index:02d}.jpg"]
        assert distance_m(photo["latitude"], photo["longitude"], latitude, longitude) < 1.0


KEPT = {
    "en": "samsung SM-A546B: 10 photos are placed at +01:03, though their times say +01:00: their"
    " capture times are kept as the device wrote them (photos and exports say +01:00)",
    "fr": "samsung SM-A546B : 10 photos sont placées à +01:03, bien que leurs heures disent"
    " +01:00 : leurs heures de prise de vue restent celles que l’appareil a écrites (photos et"
    " exports disent +01:00)",
    "sr_Latn": "samsung SM-A546B: 10 fotografija je postavljeno na +01:03, iako njihova vremena"
    " kažu +01:00: njihova vremena snimanja ostaju kako ih je aparat zapisao (fotografije i"
    " izvozi kažu +01:00)",
}


@pytest.mark.parametrize("language", sorted(KEPT))
def test_the_offset_found_places_the_photos_and_their_times_are_said_kept_as_written(
    walk_survey: tuple[Path, Path], language: str
) -> None:
    """She accepts the offset the plan found (+01:03): the photos are placed with it, and the
    plan says that their capture times stay as the phone wrote them (+01:00, the evidence),
    before and after applying (before: nothing said, and a reader of the exports could take
    the times for corrected ones)."""
    db, track = walk_survey
    found = json.loads(cli(db, "geotag", "--gpx", str(track), "--dry-run", "--json").stdout)
    [doubt] = found["clock_doubts"]
    assert found["times_as_written"] == []  # nothing given yet: nothing to say
    offered = doubt["their_offset_seconds"]
    hours, rest = divmod(offered, 3600)
    given = f"+{hours:02d}:{rest // 60:02d}"
    assert given == "+01:03"
    dry = cli(db, "geotag", "--gpx", str(track), "--offset", given, "--dry-run", language=language)
    assert dry.returncode == 0, dry.stderr
    assert KEPT[language] in dry.stdout, dry.stdout
    before = {p["file_name"]: p["taken_at"] for p in json.loads(cli(db, "photos", "--json").stdout)}
    applied = cli(db, "geotag", "--gpx", str(track), "--offset", given, "--json")
    assert applied.returncode == 0, applied.stderr
    record = json.loads(applied.stdout)
    assert record["applied"] and record["times_as_written"] == [
        {"device": "samsung SM-A546B", "offset_seconds": 3780, "written_offset_seconds": 3600,
         "photos": 10}
    ]  # fmt: skip
    stored = {p["file_name"]: p for p in json.loads(cli(db, "photos", "--json").stdout)}
    for index in range(10, 20):
        photo = stored[f"IMG_{index:02d}.jpg"]
        assert photo["taken_at"] == before[f"IMG_{index:02d}.jpg"]  # the phone's, as written
        assert photo["taken_at"].endswith("+01:00")
        latitude, longitude = where(START, (67 + 120 * index) * SPEED, BEARING)
        assert distance_m(photo["latitude"], photo["longitude"], latitude, longitude) < 1.0
