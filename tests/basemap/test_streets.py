"""Which street a camera is on: offline from the real extracts, cached once per position, and
online from a Nominatim stand-in on 127.0.0.1 only when asked, at most once a second."""

from __future__ import annotations

import http.server
import json
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import select

from surveyapp.basemap.geocode import GeocoderUnavailable, nominatim
from surveyapp.basemap.store import Store
from surveyapp.basemap.streets import StreetFinder, StreetName, update_streets
from surveyapp.cameras.listing import CameraFilter, camera_rows
from surveyapp.cameras.operations import current_survey, move_camera
from surveyapp.db.database import Database, open_database
from surveyapp.db.models import Camera, CameraStreet, Outbox
from tests.local_http import reply, serving

MERITXELL = (
    42.508223,
    1.531830,
)  # on Avinguda Meritxell, where Carrer Josep Rossell i Calva meets it
# Monaco: Avenue Saint-Laurent meets Avenue Saint-Charles here.
SAINT_LAURENT = (43.742468, 7.427646)
METRE = 1 / 111_320  # a metre of latitude, in degrees


def test_a_known_street_at_a_known_point(andorra: Store) -> None:
    finder = StreetFinder([andorra])
    found = finder.find(42.50745, 1.52605)
    assert found is not None and found.street == "Avinguda Prat de la Creu"
    assert found.cross_street is None and 30 < found.distance_m < 45
    assert finder.find(42.45, 1.70) is None  # on a mountainside, no named street within 60 m
    assert finder.find(44.81, 20.46) is None  # Belgrade is not in Andorra's extract


def test_where_two_named_streets_meet_within_30_m_the_crossing_is_named(monaco: Store) -> None:
    finder = StreetFinder([monaco])
    lat, lon = SAINT_LAURENT
    near = finder.find(lat + 20 * METRE, lon)
    assert near is not None
    assert near == StreetName("Avenue Saint-Laurent", "Avenue Saint-Charles", near.distance_m)
    assert near.text == "Avenue Saint-Laurent / Avenue Saint-Charles"
    farther = finder.find(lat + 45 * METRE, lon)  # 45 m up the street: past the crossing
    assert farther is not None and farther.street == "Avenue Saint-Laurent"
    assert farther.cross_street is None and farther.text == "Avenue Saint-Laurent"


def test_the_camera_s_own_street_comes_first(andorra: Store) -> None:
    finder = StreetFinder([andorra])
    on_meritxell = finder.find(*MERITXELL)
    assert on_meritxell is not None
    assert on_meritxell.text == "Avinguda Meritxell / Carrer Josep Rossell i Calva"
    up_the_side_street = finder.find(MERITXELL[0] + 22 * METRE, MERITXELL[1])
    assert up_the_side_street is not None
    assert up_the_side_street.text == "Carrer Josep Rossell i Calva / Avinguda Meritxell"


def test_several_areas_are_asked(andorra: Store, monaco: Store) -> None:
    finder = StreetFinder([andorra, monaco])
    assert finder.find(*MERITXELL).street == "Avinguda Meritxell"  # type: ignore[union-attr]
    up_saint_laurent = finder.find(SAINT_LAURENT[0] + 20 * METRE, SAINT_LAURENT[1])
    assert up_saint_laurent is not None and up_saint_laurent.street == "Avenue Saint-Laurent"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "survey.sqlite")
    yield database
    database.close()


def add_cameras(db: Database, *positions: tuple[float, float]) -> list[str]:
    with db.session() as session:
        survey = current_survey(session)
        cameras = [
            Camera(id=uuid.uuid4(), survey=survey, latitude=lat, longitude=lon, extra_tags={})
            for lat, lon in positions
        ]
        session.add_all(cameras)
        session.commit()
        return [str(c.id) for c in cameras]


def run(db: Database, finder: StreetFinder, online: object = None) -> list[str]:
    """Every camera id the run announced."""
    announced: list[str] = []
    for progress in update_streets(db.session, finder, online):  # type: ignore[arg-type]
        announced += progress.camera_ids
    return announced


def test_streets_are_cached_once_per_position_and_looked_up_again_after_a_move(
    db: Database, andorra: Store
) -> None:
    meritxell, nowhere = add_cameras(db, MERITXELL, (42.45, 1.70))
    finder = StreetFinder([andorra])
    assert sorted(run(db, finder)) == sorted([meritxell, nowhere])
    with db.session() as session:
        rows = {row.id: row for row in camera_rows(session)}
        outbox = session.scalars(select(Outbox)).all()
    assert rows[meritxell].street == "Avinguda Meritxell / Carrer Josep Rossell i Calva"
    assert rows[nowhere].street is None
    assert CameraFilter(search="meritxell").matches(rows[meritxell])  # the list finds it
    assert run(db, finder) == []  # nothing asked twice
    with db.session() as session:  # local derived data: nothing queued for sync
        assert len(session.scalars(select(Outbox)).all()) == len(outbox)

    with db.session() as session:
        move_camera(session, meritxell, 42.50745, 1.52605)
        session.commit()
        assert camera_rows(session, [meritxell])[0].street is None  # stale: not shown
    assert run(db, finder) == [meritxell]
    with db.session() as session:
        assert camera_rows(session, [meritxell])[0].street == "Avinguda Prat de la Creu"


def test_adding_an_area_looks_up_again(db: Database, andorra: Store, monaco: Store) -> None:
    (camera,) = add_cameras(db, (SAINT_LAURENT[0] + 20 * METRE, SAINT_LAURENT[1]))
    run(db, StreetFinder([andorra]))
    with db.session() as session:
        assert camera_rows(session)[0].street is None
    assert run(db, StreetFinder([andorra, monaco])) == [camera]
    with db.session() as session:
        assert camera_rows(session)[0].street == "Avenue Saint-Laurent / Avenue Saint-Charles"


class _Nominatim(http.server.BaseHTTPRequestHandler):
    """A stand-in for nominatim.openstreetmap.org (the internet is not reachable here)."""

    asked: list[tuple[float, str, str]] = []  # time, query, User-Agent
    status = 200

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        query = parse_qs(urlsplit(self.path).query)
        type(self).asked.append((time.monotonic(), self.path, self.headers.get("User-Agent", "")))
        if type(self).status != 200:
            self.send_error(type(self).status)
            return
        body = json.dumps({
            "lat": query["lat"][0], "lon": query["lon"][0], "display_name": "somewhere",
            "address": {"road": "Knez Mihailova", "city": "Beograd"},
        }).encode()  # fmt: skip
        reply(self, body, "application/json")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def geocoder_server() -> Iterator[str]:
    _Nominatim.asked, _Nominatim.status = [], 200
    with serving(_Nominatim) as server:
        yield f"127.0.0.1:{server.server_address[1]}"


def test_online_streets_are_asked_once_a_second_and_cached(
    db: Database, andorra: Store, geocoder_server: str
) -> None:
    belgrade = add_cameras(db, (44.8176, 20.4569), (44.8180, 20.4575), MERITXELL)
    online = nominatim(domain=geocoder_server, scheme="http")
    run(db, StreetFinder([andorra]), online)
    # Andorra's camera was found offline; only the two in Belgrade were asked online.
    assert len(_Nominatim.asked) == 2
    (first, _, agent), (second, path, _) = _Nominatim.asked
    assert second - first >= 0.95  # RateLimiter: at most one request a second
    assert agent.startswith("SurveyApp/") and "reverse" in path and "lat=44.818" in path
    with db.session() as session:
        rows = {row.id: row for row in camera_rows(session)}
        sources = {c.source for c in session.scalars(select(CameraStreet))}
    assert rows[belgrade[0]].street == rows[belgrade[1]].street == "Knez Mihailova"
    assert sources == {"offline", "nominatim"}
    run(db, StreetFinder([andorra]), online)
    assert len(_Nominatim.asked) == 2  # each camera is asked once


def test_without_consent_nothing_is_sent(
    db: Database, andorra: Store, geocoder_server: str
) -> None:
    add_cameras(db, (44.8176, 20.4569))
    run(db, StreetFinder([andorra]), None)
    assert _Nominatim.asked == []


def test_an_unreachable_geocoder_stops_the_online_lookups_and_keeps_the_offline_ones(
    db: Database, andorra: Store, geocoder_server: str
) -> None:
    belgrade, meritxell = add_cameras(db, (44.8176, 20.4569), MERITXELL)
    _Nominatim.status = 503
    online = nominatim(domain=geocoder_server, scheme="http", min_delay_seconds=0)
    with pytest.raises(GeocoderUnavailable, match=geocoder_server):
        run(db, StreetFinder([andorra]), online)
    with db.session() as session:
        rows = {row.id: row for row in camera_rows(session)}
        asked = session.get(CameraStreet, uuid.UUID(belgrade))
    assert rows[meritxell].street is not None
    assert asked is not None and asked.source == "offline"  # not marked as asked online
    _Nominatim.status = 200
    run(db, StreetFinder([andorra]), online)  # asked again once it answers
    with db.session() as session:
        assert camera_rows(session, [belgrade])[0].street == "Knez Mihailova"


def test_with_every_area_removed_no_street_is_kept_or_written(db: Database, andorra: Store) -> None:
    meritxell, _nowhere = add_cameras(db, MERITXELL, (42.45, 1.70))
    run(db, StreetFinder([andorra]))
    assert sorted(run(db, StreetFinder([]))) == sorted([meritxell, _nowhere])
    with db.session() as session:
        assert session.scalars(select(CameraStreet)).all() == []
        assert camera_rows(session, [meritxell])[0].street is None
    assert run(db, StreetFinder([])) == []  # and nothing is written for nothing


class _Proxy(http.server.BaseHTTPRequestHandler):
    """An HTTP proxy that answers for Nominatim itself (the internet is not reachable here)."""

    asked: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        type(self).asked.append(self.path)
        body = json.dumps({
            "lat": "44.8176", "lon": "20.4569", "display_name": "somewhere",
            "address": {"road": "Knez Mihailova"},
        }).encode()  # fmt: skip
        reply(self, body, "application/json")

    def log_message(self, *args: object) -> None:
        pass


def test_online_streets_go_through_the_systems_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A volunteer behind a proxy (http_proxy, as geopy's own adapters read it) asks through
    it: the camera's position never goes to the server directly."""
    _Proxy.asked = []
    with serving(_Proxy) as proxy:
        monkeypatch.setenv("http_proxy", f"127.0.0.1:{proxy.server_address[1]}")
        online = nominatim(domain="nominatim.invalid", scheme="http", min_delay_seconds=0)
        found = online(44.8176, 20.4569)
    assert found == StreetName("Knez Mihailova")
    (asked,) = _Proxy.asked
    assert asked.startswith("http://nominatim.invalid/reverse?") and "lat=44.8176" in asked
