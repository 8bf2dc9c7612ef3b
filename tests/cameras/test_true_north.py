"""The direction a camera gets from its photos is measured from true north, as OpenStreetMap's
camera:direction is: a phone's magnetic bearing (GPSImgDirectionRef M, as many Android phones
write it) is turned by the magnetic declination where and when the photo was taken."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from surveyapp.cameras.declination import declination, true_bearing
from surveyapp.cli import main
from tests.factory import PhotoSpec, make_jpeg

SEATTLE = (47.6205, -122.3493)  # compasses point about 15° east of true north there
BELGRADE = (44.8125, 20.4612)  # about 5.6° east


def imported_direction(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], spec: PhotoSpec
) -> str | None:
    folder = tmp_path / "walk"
    folder.mkdir()
    (folder / "IMG_0001.jpg").write_bytes(make_jpeg(spec, seed=1))
    database = str(tmp_path / "survey.sqlite")
    assert main(["--db", database, "import", str(folder)]) == 0
    capsys.readouterr()
    assert main(["--db", database, "cameras", "--json"]) == 0
    [camera] = json.loads(capsys.readouterr().out)
    direction: str | None = camera["camera:direction"]
    return direction


@pytest.mark.parametrize(
    ("place", "reference", "expected"),
    [
        (SEATTLE, "M", "105"),  # 90° magnetic + 15° declination
        (SEATTLE, "T", "90"),  # already from true north
        (BELGRADE, "M", "96"),  # 90° + 5.6°
    ],
)
def test_a_magnetic_bearing_gives_the_direction_from_true_north(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    place: tuple[float, float],
    reference: str,
    expected: str,
) -> None:
    spec = PhotoSpec(
        latitude=place[0], longitude=place[1], bearing=90.0, bearing_ref=reference, offset=None
    )
    assert imported_direction(tmp_path, capsys, spec) == expected


def test_the_declination_follows_the_year_and_stays_within_the_circle() -> None:
    # Seattle's declination shrinks by about 0.1° a year (NOAA: 16.4° in 2013, 15.1° in 2025).
    older = declination(*SEATTLE, datetime(2013, 4, 1))
    newer = declination(*SEATTLE, datetime(2025, 4, 1))
    assert older is not None and newer is not None
    assert 16.0 < older < 16.8 and 14.7 < newer < 15.4
    # A bearing just below north turns past 360° into the first degrees.
    turned = true_bearing(355.0, "M", *SEATTLE, datetime(2026, 5, 4))
    assert turned is not None and 9 < turned < 11
    # Without a position the declination is unknown: the bearing stays as written.
    assert true_bearing(90.0, "M", None, None, None) == 90.0
