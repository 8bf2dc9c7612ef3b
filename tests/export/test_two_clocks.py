"""A photo whose two clocks disagree: its camera's wall clock (DateTimeOriginal, with or without
an offset) and its GPS clock (UTC) say times no time zone can reconcile.

Before, the wall clock was shown and the GPS clock ordered the camera's photos, so the
GeoJSON of the corpus's ``exifr__png_with_exif_and_gps.png`` said its camera was first seen on
2018-07-25 and last seen on 2003-12-14, and nothing told the volunteer. Now a camera's first and
last seen are the earliest and latest of its photos' times as written (docs/decisions/
photo-warnings.md), in every format and in the app's camera list, and the photo carries a
warning in the volunteer's words.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from surveyapp.cameras.listing import camera_rows
from surveyapp.db.database import open_database
from surveyapp.export.formats import export_to_file
from surveyapp.photos.importer import import_photos
from tests.factory import PhotoSpec, make_jpeg
from tests.test_cli import surveyapp

CORPUS = Path(__file__).parents[2] / ".." / "shared" / "corpus" / "photos"
PNG = "exifr__png_with_exif_and_gps.png"  # clock 2003-12-14 12:01, GPS 2018-07-25 14:34 UTC
ITS_TWIN = "exifr__IMG_20180725_163423-tiny.jpg"  # the same GPS time, a clock that agrees
WARNING = re.compile(r"the device's clock says (.+?), its GPS (.+?) UTC: check which is right")
ZONE_SPAN = (timedelta(hours=-12), timedelta(hours=14))  # UTC−12:00 … UTC+14:00


def _when(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _not_after(first: str, last: str) -> bool:
    """Whether a reader could take ``first`` to be no later than ``last``: two times with an
    offset as instants, two without as wall-clock times, a time without an offset as any instant
    its wall clock can be in a time zone."""
    a, b = _when(first), _when(last)
    if (a.tzinfo is None) == (b.tzinfo is None):
        return a <= b
    if a.tzinfo is None:  # the earliest instant a could be
        return (a - ZONE_SPAN[1]).replace(tzinfo=UTC) <= b
    return a <= (b - ZONE_SPAN[0]).replace(tzinfo=UTC)  # the latest instant b could be


def _seen_in_every_format(export: Path) -> dict[str, list[tuple[str, str]]]:
    """(first seen, last seen) of every camera, by format (KML writes only the last; for OSM,
    the day of the GeoJSON's last seen and its check_date)."""
    found: dict[str, list[tuple[str, str]]] = {}
    geojson = json.loads((export / "out.geojson").read_text())
    found["geojson"] = [
        (f["properties"]["survey:first_seen"], f["properties"]["survey:last_seen"])
        for f in geojson["features"]
    ]
    rows = csv.DictReader(io.StringIO((export / "out.csv").read_text()))
    found["csv"] = [(r["survey:first_seen"], r["survey:last_seen"]) for r in rows]
    kml = (export / "out.kml").read_text()
    lasts = re.findall(r'<Data name="survey:last_seen"><value>([^<]*)</value>', kml)
    found["kml"] = [(first, last) for (first, _), last in zip(found["geojson"], lasts, strict=True)]
    osm = (export / "out.osm").read_text()
    days = re.findall(r'k="check_date" v="([^"]*)"', osm)
    found["osm"] = [(last[:10], day) for (_, last), day in zip(found["geojson"], days, strict=True)]
    return found


def test_the_corpus_camera_is_never_first_seen_after_it_was_last_seen(tmp_path: Path) -> None:
    folder = tmp_path / "DCIM"
    folder.mkdir()
    for name in (PNG, ITS_TWIN):
        shutil.copy(CORPUS / name, folder / name)
    db = tmp_path / "survey.sqlite"
    surveyapp("import", str(folder), db=db)
    for format_name in ("geojson", "csv", "kml", "osm"):
        surveyapp("export", format_name, str(tmp_path / f"out.{format_name}"), db=db)
    every = _seen_in_every_format(tmp_path)
    for format_name in ("geojson", "csv", "kml"):
        seen = every[format_name]
        assert seen == [("2003-12-14T12:01:44.935476", "2018-07-25T16:34:23.935476")], format_name
    assert every["osm"] == [("2018-07-25", "2018-07-25")]  # check_date: the last day seen
    day = json.loads(surveyapp("export", "geojson", "-", "--day-only", db=db).stdout)
    [props] = [f["properties"] for f in day["features"]]
    assert (props["survey:first_seen"], props["survey:last_seen"]) == ("2003-12-14", "2018-07-25")


@pytest.mark.parametrize(
    ("name", "clock", "gps"),
    [
        (PNG, "2003-12-14 12:01", "2018-07-25 14:34"),
        ("mdx__Nexus_4.jpg", "2013-01-20 18:54", "2013-01-19 15:50"),
        ("ianare__DSCN0010.jpg", "2008-10-22 16:28", "2008-10-23 14:27"),
    ],
)
def test_a_photo_whose_clocks_disagree_says_so_on_import_and_in_photos(
    tmp_path: Path, name: str, clock: str, gps: str
) -> None:
    shutil.copy(CORPUS / name, tmp_path / name)
    db = tmp_path / "survey.sqlite"
    result = surveyapp("import", str(tmp_path / name), db=db)
    said = result.stdout
    assert WARNING.search(said) is not None, said
    assert "1 photo whose device clock and GPS clock disagree" in result.stderr, result.stderr
    assert WARNING.search(said).groups() == (clock, gps)  # type: ignore[union-attr]
    [photo] = json.loads(surveyapp("photos", "--json", db=db).stdout)
    assert [w for w in photo["warnings"] if WARNING.search(w)] == [
        f"the device's clock says {clock}, its GPS {gps} UTC: check which is right"
    ]


def test_the_warning_is_in_the_volunteers_language_whenever_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Imported in French, read later in Serbian: the warning is stored as its code."""
    shutil.copy(CORPUS / PNG, tmp_path / PNG)
    db = tmp_path / "survey.sqlite"
    monkeypatch.setenv("SURVEYAPP_LANG", "fr")
    result = surveyapp("import", str(tmp_path / PNG), db=db)
    assert (
        "l’horloge de l’appareil indique 2003-12-14 12:01, son GPS 2018-07-25 14:34 UTC : "
        "vérifiez laquelle est juste"
    ) in result.stdout
    assert "1 photo dont l’horloge de l’appareil et celle du GPS sont en désaccord" in result.stderr
    monkeypatch.setenv("SURVEYAPP_LANG", "sr_Latn")
    [photo] = json.loads(surveyapp("photos", "--json", db=db).stdout)
    assert (
        "sat aparata pokazuje 2003-12-14 12:01, njegov GPS 2018-07-25 14:34 UTC: proverite koji "
        "je tačan"
    ) in photo["warnings"]


def test_a_clock_that_agrees_with_its_gps_says_nothing(tmp_path: Path) -> None:
    shutil.copy(CORPUS / ITS_TWIN, tmp_path / ITS_TWIN)
    db = tmp_path / "survey.sqlite"
    said = surveyapp("import", str(tmp_path / ITS_TWIN), db=db).stdout
    assert WARNING.search(said) is None, said


TAKEN = datetime(2026, 5, 4, 10, 30, 15)


@pytest.mark.parametrize(
    ("offset", "gps", "warned"),
    [
        ("+02:00", TAKEN - timedelta(hours=2, minutes=4), False),  # a fix 4 minutes old
        ("+02:00", TAKEN - timedelta(hours=2, minutes=20), True),  # 20 minutes: no fix lags so
        ("+02:00", TAKEN - timedelta(hours=3), True),  # an hour: the offset or a clock is wrong
        ("+05:45", TAKEN - timedelta(hours=5, minutes=45), False),  # Nepal, exact
        (None, TAKEN + timedelta(hours=11, minutes=50), False),  # UTC−11:50 … within a zone
        (None, TAKEN - timedelta(hours=14), False),  # Kiribati, UTC+14
        (None, TAKEN - timedelta(hours=14, minutes=20), True),  # beyond every time zone
        (None, TAKEN + timedelta(hours=12, minutes=20), True),  # beyond every time zone
        (None, TAKEN - timedelta(hours=27), True),  # a day stale
    ],
)
def test_generated_photos_are_warned_only_beyond_what_time_zones_allow(
    tmp_path: Path, offset: str | None, gps: datetime, warned: bool
) -> None:
    spec = PhotoSpec(taken=TAKEN, offset=offset, gps_time=gps)
    (tmp_path / "IMG_1.jpg").write_bytes(make_jpeg(spec, seed=3810))
    db = tmp_path / "survey.sqlite"
    said = surveyapp("import", str(tmp_path / "IMG_1.jpg"), db=db).stdout
    assert (WARNING.search(said) is not None) == warned, said


_offset = st.none() | st.integers(-12 * 4, 14 * 4).map(
    lambda quarters: (
        f"{'-' if quarters < 0 else '+'}{abs(quarters) // 4:02d}:{abs(quarters) % 4 * 15:02d}"
    )
)
# How far a clock is from the walk's time: minutes (it agrees), hours (a time zone, or beyond),
# days or years (a stale fix, a clock never set).
_error = st.one_of(
    st.integers(-10, 10).map(lambda minutes: timedelta(minutes=minutes)),
    st.integers(-40, 40).map(lambda hours: timedelta(hours=hours)),
    st.integers(-6000, 6000).map(lambda days: timedelta(days=days)),
)
_minutes = st.integers(-10, 10).map(lambda minutes: timedelta(minutes=minutes))
# A GPS clock that mostly agrees with the walk: its photos then group into one camera, whatever
# their wall clocks say (as the corpus's PNG joins its twin).
_clocks = st.tuples(
    st.none() | _error, _offset, st.none() | _minutes | _minutes | _minutes | _error
).filter(lambda clocks: clocks[0] is not None or clocks[2] is not None)


@st.composite
def _walk(draw: st.DrawFn) -> list[tuple[datetime | None, str | None, datetime | None]]:
    """Photos of one place taken minutes apart (one camera, or several when their clocks set
    them apart), each with a wall clock and a GPS clock off by any amount, or none."""
    base = draw(st.datetimes(min_value=datetime(2005, 1, 1), max_value=datetime(2025, 12, 31)))
    photos = []
    for wall, offset, gps in draw(st.lists(_clocks, min_size=1, max_size=4)):
        photos.append(
            (
                None if wall is None else base + wall,
                offset,
                None if gps is None else base + gps,
            )
        )
    return photos


@seed(3811)
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(photos=_walk())
def test_first_seen_is_never_after_last_seen_in_any_format_or_the_app(
    tmp_path_factory: pytest.TempPathFactory,
    photos: list[tuple[datetime | None, str | None, datetime | None]],
) -> None:
    """Photos of one place with any pair of clocks: however the import groups them, every
    camera's first seen is no later than its last in every format, and the app's camera list
    says the first seen too."""
    tmp = tmp_path_factory.mktemp("clocks")
    folder = tmp / "DCIM"
    folder.mkdir()
    for i, (taken, offset, gps) in enumerate(photos):
        spec = PhotoSpec(taken=taken, offset=offset if taken else None, gps_time=gps)
        (folder / f"IMG_{i}.jpg").write_bytes(make_jpeg(spec, seed=3812 + i, quality=30))
    db = open_database(tmp / "survey.sqlite")
    try:
        with db.session() as session:
            list(import_photos(session, [folder], db.library, workers=1))
            session.commit()
        with db.session() as session:
            for format_name in ("geojson", "csv", "kml", "osm"):
                list(
                    export_to_file(
                        session, format_name, tmp / f"out.{format_name}", library=db.library
                    )
                )
            list(
                export_to_file(
                    session, "geojson", tmp / "day.geojson", library=db.library, day_only=True
                )
            )
            listed = {row.id: row.taken for row in camera_rows(session)}
    finally:
        db.close()
    every = _seen_in_every_format(tmp)
    for format_name, seen in every.items():
        for first, last in seen:
            if format_name == "osm":  # check_date: the day the camera was last seen
                assert first == last, (format_name, first, last, photos)
            else:
                assert _not_after(first, last), (format_name, first, last, photos)
    day = json.loads((tmp / "day.geojson").read_text())["features"]
    for feature in day:
        props = feature["properties"]
        assert props["survey:first_seen"] <= props["survey:last_seen"], (props, photos)
    geojson = json.loads((tmp / "out.geojson").read_text())["features"]
    for feature in geojson:
        first = feature["properties"]["survey:first_seen"]
        assert listed[feature["id"]] == first[:16].replace("T", " "), (listed, first, photos)
