"""The sync client killed mid-pull, and a pull onto a full disk: the next sync ends with exactly
the server's records on the laptop, nothing twice, nothing lost, the database intact.

(kill -9 mid-push: tests/sync/test_faults.py.)
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from surveyapp.db.database import open_database
from surveyapp.db.models import Camera, Survey
from surveyapp.db.outbox import is_waiting
from tests.reliability.conftest import mount_tmpfs
from tests.sync.conftest import Laptop, Team
from tests.sync.conftest import laptop as laptop  # noqa: PLC0414 - the fixture, re-exported
from tests.sync.conftest import sqlite_team as sqlite_team  # noqa: PLC0414

CLI = [sys.executable, "-m", "surveyapp.cli"]
CAMERAS = 2400  # five pull pages of 500


def _publish(machine: Laptop, team: Team, token: str, notes: str = "") -> set[uuid.UUID]:
    """CAMERAS cameras made on ``machine`` and pushed to the server."""
    with machine.db.session() as session:
        survey = Survey(id=uuid.uuid4(), name="Walk")
        cameras = [
            Camera(id=uuid.uuid4(), survey=survey, latitude=44.8 + i * 1e-5, longitude=20.46,
                   camera_type="dome", notes=notes or None, extra_tags={})
            for i in range(CAMERAS)
        ]  # fmt: skip
        session.add_all([survey, *cameras])
        session.commit()
        ids = {camera.id for camera in cameras}
    assert machine.sync(team.url, token).complete
    return ids


def _cameras(path: Path) -> tuple[int, int]:
    """(camera rows, distinct ids) of a laptop database, after SQLite's integrity check."""
    with sqlite3.connect(path, timeout=10) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
        if "camera" not in tables:
            return 0, 0
        rows, distinct = connection.execute(
            "SELECT count(*), count(DISTINCT id) FROM camera"
        ).fetchone()
    connection.close()
    return rows, distinct


def _sync(path: Path, team: Team, token: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, "--db", str(path), "sync", "--server", team.url, "--token", token],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def _expect_exactly(path: Path, ids: set[uuid.UUID]) -> None:
    db = open_database(path)
    try:
        with db.session() as session:
            mine = {c.id for c in session.query(Camera).filter(Camera.id.in_(ids))}
            assert mine == ids
            pending = session.query(Camera).filter(is_waiting(Camera)).count()
            assert pending == 0  # what came from the server is not sent back
    finally:
        db.close()
    rows, distinct = _cameras(path)
    assert rows == distinct


@pytest.mark.slow
def test_a_client_killed_mid_pull_ends_with_exactly_the_servers_records(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    token = sqlite_team.user()
    ids = _publish(laptop("a"), sqlite_team, token)
    path = tmp_path / "b" / "survey.sqlite"
    path.parent.mkdir()
    reader = sqlite_team.user()

    process = subprocess.Popen(
        [*CLI, "--db", str(path), "sync", "--server", sqlite_team.url, "--token", reader],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if path.exists() and _cameras(path)[0] > 0:  # a page is in: the pull is under way
            break
        time.sleep(0.01)
    assert process.poll() is None, "the sync ended before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    rows, distinct = _cameras(path)
    assert rows == distinct and 0 < rows < CAMERAS + 1

    again = _sync(path, sqlite_team, reader)
    assert again.returncode == 0, again.stderr
    _expect_exactly(path, ids)


@pytest.mark.slow
def test_a_pull_onto_a_full_disk_stops_clearly_and_the_next_sync_completes(
    sqlite_team: Team, laptop: Callable[[str], Laptop], small_disk: Callable[[str], Path]
) -> None:
    token = sqlite_team.user()
    # ~2,400 cameras with a page of notes each: several MB, more than the 2 MB disk holds
    ids = _publish(laptop("a"), sqlite_team, token, notes="Seen from the tram stop. " * 60)
    disk = small_disk("2m")
    path = disk / "survey.sqlite"
    reader = sqlite_team.user()

    first = _sync(path, sqlite_team, reader)

    assert first.returncode != 0
    assert "disk is full" in first.stderr, first.stderr
    assert "Traceback" not in first.stderr
    rows, distinct = _cameras(path)
    assert rows == distinct  # the pages that fitted, each whole

    grown = mount_tmpfs(disk, "64m", "remount")
    assert grown.returncode == 0, grown.stderr
    second = _sync(path, sqlite_team, reader)
    assert second.returncode == 0, second.stderr
    _expect_exactly(path, ids)
