"""Street names asked online when the app closes or the lookups are cancelled mid-request.

The stand-in for Nominatim runs on 127.0.0.1 (the internet is not reachable here): a server
whose queue of connections is full (the laptop's connection is neither taken nor refused, as
with an address that drops packets), or one that took the request and went silent.
"""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
from pytestqt.qtbot import QtBot

from surveyapp.cameras.listing import camera_rows
from surveyapp.db.database import Database
from surveyapp.ui.main_window import MainWindow
from surveyapp.ui.settings import Settings
from surveyapp.ui.tasks import Task
from tests.basemap.test_streets import add_cameras
from tests.local_http import connecting_to, dropping_packets, reply, serving

ENDED_WITHIN_S = 1.0  # before: 30 s (10 s time-outs, to connect or to read, tried three times)
BELGRADE = ((44.8176, 20.4569), (44.8180, 20.4575))


def _look_up(qtbot: QtBot, window: MainWindow) -> Task:
    """Start the street lookups (once the window's first, offline one has ended)."""
    qtbot.waitUntil(lambda: window.streets.task is None or not window.streets.task.running)
    task = window.streets.refresh()
    assert task is not None
    return task


def test_closing_the_app_ends_a_street_lookup_still_connecting_to_an_address_that_drops_packets(
    qtbot: QtBot, window: MainWindow, db: Database, settings: Settings
) -> None:
    """Closing the window while the street names are asked of an address that neither takes
    the connection nor refuses it ends the lookup at once, without an error shown; the
    camera stays unnamed, to be asked again."""
    (camera,) = add_cameras(db, BELGRADE[0])
    with dropping_packets() as port:
        settings.online_streets, settings.nominatim = True, f"http://127.0.0.1:{port}"
        task = _look_up(qtbot, window)
        try:
            qtbot.waitUntil(lambda: connecting_to(port), timeout=10000)
            with qtbot.waitSignal(task.done, timeout=40000):
                closed = time.monotonic()
                window.close()
            took = time.monotonic() - closed
            assert took < ENDED_WITHIN_S, f"the lookup ran {took:.1f} s after the window closed"
        finally:
            window.tasks.wait()
    with db.session() as session:
        assert camera_rows(session, [camera])[0].street is None


class _SilentAfterOne(http.server.BaseHTTPRequestHandler):
    """Answers a street for the first camera asked, then takes requests and says nothing
    until ``answering`` is set (each request is recorded in ``asked``)."""

    asked: list[str] = []
    reached_silence = threading.Event()
    answering = threading.Event()

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        cls = type(self)
        cls.asked.append(self.path)
        if len(cls.asked) > 1 and not cls.answering.is_set():
            cls.reached_silence.set()
            cls.answering.wait(60)
            return  # the laptop gave up on this one long ago
        query = parse_qs(urlsplit(self.path).query)
        body = json.dumps({
            "lat": query["lat"][0], "lon": query["lon"][0], "display_name": "somewhere",
            "address": {"road": f"Ulica {query['lat'][0]}"},
        }).encode()  # fmt: skip
        reply(self, body, "application/json")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def silent_geocoder() -> Iterator[str]:
    cls = _SilentAfterOne
    cls.asked, cls.reached_silence, cls.answering = [], threading.Event(), threading.Event()
    with serving(cls) as server:
        yield f"http://127.0.0.1:{server.server_address[1]}"
        cls.answering.set()


def test_cancelled_street_lookups_waiting_for_a_silent_server_end_at_once_and_keep_what_they_found(
    qtbot: QtBot, window: MainWindow, db: Database, settings: Settings, silent_geocoder: str
) -> None:
    """The lookups cancelled while the server holds a request without answering end at once,
    without an error shown; the street already found stays, and the next lookup asks only
    for the camera left and names it."""
    cameras = add_cameras(db, *BELGRADE)
    settings.online_streets, settings.nominatim = True, silent_geocoder
    task = _look_up(qtbot, window)
    assert _SilentAfterOne.reached_silence.wait(20)
    with qtbot.waitSignal(task.done, timeout=20000):
        cancelled = time.monotonic()
        task.cancel()
    took = time.monotonic() - cancelled
    assert took < ENDED_WITHIN_S, f"the lookup ran {took:.1f} s after Cancel"
    expected = {camera: f"Ulica {lat}" for camera, (lat, _) in zip(cameras, BELGRADE, strict=True)}
    with db.session() as session:
        named = {row.id: row.street for row in camera_rows(session, cameras)}
    kept = {camera: street for camera, street in named.items() if street is not None}
    assert len(kept) == 1 and kept.items() <= expected.items(), named
    _SilentAfterOne.answering.set()
    again = _look_up(qtbot, window)
    with qtbot.waitSignal(again.done, timeout=20000):
        pass
    with db.session() as session:
        assert {row.id: row.street for row in camera_rows(session, cameras)} == expected
    assert len(_SilentAfterOne.asked) == 3  # the first camera was not asked again
