"""Closing the real app while its sync waits for a server that stopped answering.

The app runs in its own process (tests/app_driver.py); the server is a real one behind a proxy
that goes silent at the first photo upload (the wait that lasted up to a quarter of an hour).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.local_http import connecting_to, dropping_packets
from tests.proxy import breaking_proxy
from tests.reliability.processes import AppProcess, cli, integrity
from tests.reliability.test_app_and_commands import photo_walk

pytestmark = pytest.mark.slow

CLOSED_WITHIN_S = 5.0


def _closed(app: AppProcess) -> tuple[float, dict[str, Any]]:
    """Seconds from the window's close to the end of the app's process, and its "exited"
    event (the events before it, such as a stopped sync's "failed", are passed over)."""
    closed = time.monotonic()
    app.send({"do": "close"})
    event = app.next_event()
    while event["event"] != "exited":
        event = app.next_event()
    return time.monotonic() - closed, event


def test_closing_the_app_while_its_sync_waits_ends_the_process_and_the_next_sync_finishes(
    tmp_path: Path, start_live_server: Callable[..., Any]
) -> None:
    """The window closed mid-sync (records sent, photos waiting for an answer that never
    comes): the process ends within seconds (before, it ran out of sight until the uploads'
    time-outs and retries were over), the survey is whole, and the next sync from the app
    sends what was left and ends complete."""
    survey = tmp_path / "survey"
    db = survey / "S.sqlite"
    assert cli(db, "import", str(photo_walk(survey / "DCIM", 3, seed=1210))).returncode == 0
    server = start_live_server(f"sqlite:///{tmp_path / 'server.sqlite'}")
    token = server.add_user("ana", "volunteer")
    with breaking_proxy(server.port) as proxy:
        proxy.go_silent_at(b"PATCH /api/v1/blobs/")
        app = AppProcess(db, tmp_path / "home")
        try:
            app.send({"do": "sync", "server": proxy.url, "token": token})
            assert proxy.silent.wait(120), f"the sync never reached the photos: {app.stderr()}"
            took, event = _closed(app)
        finally:
            app.kill()
        assert took < CLOSED_WITHIN_S, f"the app ran {took:.1f} s after its window closed"
        assert event["status"] == 0, app.stderr()
        assert "Traceback" not in app.stderr()
        assert integrity(db) == "ok"
        proxy.answer_again()
        again = AppProcess(db, tmp_path / "home")
        try:
            done = again.do({"do": "sync", "server": proxy.url, "token": token})
        finally:
            again.kill()
    assert done["complete"], done
    status = cli(db, "sync", "status", "--json")
    assert status.returncode == 0, status.stderr
    shown = json.loads(status.stdout)
    assert (shown["changes"], shown["photos"]) == (0, 0)
    stopped, finished = shown["runs"][-1], shown["runs"][0]  # newest first
    assert stopped["message"].startswith("stopped") and stopped["finished_at"] is not None
    assert finished["message"] == "complete" and finished["photos"] == 3


def test_closing_the_app_while_it_asks_a_street_name_of_an_address_that_drops_packets(
    tmp_path: Path,
) -> None:
    """Street names allowed online, asked of an address that neither takes the connection
    nor refuses it: the window closed meanwhile ends the process within seconds (before, it
    ran on out of sight for 30 s: geopy's 10 s connect time-out, tried three times), with
    nothing said and the survey whole."""
    survey = tmp_path / "survey"
    db = survey / "S.sqlite"
    assert cli(db, "import", str(photo_walk(survey / "DCIM", 1, seed=1300))).returncode == 0
    home = tmp_path / "home"
    with dropping_packets() as port:
        config = home / ".config" / "SurveyApp" / "SurveyApp.conf"  # the app's QSettings
        config.parent.mkdir(parents=True)
        config.write_text(
            f"[map]\ntile_url=\nonline_streets=true\nnominatim=http://127.0.0.1:{port}\n"
        )
        app = AppProcess(db, home)
        try:
            deadline = time.monotonic() + 120
            while not connecting_to(port):  # the lookup begins once the cameras are listed
                assert time.monotonic() < deadline, f"no lookup began: {app.stderr()}"
                time.sleep(0.05)
            took, event = _closed(app)
        finally:
            app.kill()
    assert took < CLOSED_WITHIN_S, f"the app ran {took:.1f} s after its window closed"
    assert event["status"] == 0, app.stderr()
    assert "Traceback" not in app.stderr()
    assert integrity(db) == "ok"
