"""The desktop app and the command line on one survey at the same time, as real processes.

The app runs in its own process (tests/app_driver.py: the real window, offscreen), the commands
in theirs, on one SQLite file. What is checked is what a volunteer would see: nothing the app
said "Saved" is missing from the file, even after the app is killed; no command fails with
"database is locked"; the app shows what a command changed; SQLite's integrity check passes.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.factory import PhotoSpec, make_jpeg
from tests.reliability.processes import (
    PATIENCE_S,
    AppProcess,
    camera_values,
    cli,
    deleted_files,
    integrity,
    no_traceback,
    sqlite_locks,
)

pytestmark = pytest.mark.slow


def photo_walk(folder: Path, count: int, *, seed: int = 0, north: float = 44.80) -> Path:
    """``count`` phone photos far enough apart to become ``count`` cameras."""
    folder.mkdir(parents=True)
    for i in range(count):
        spec = PhotoSpec(latitude=north + i * 2e-3, longitude=20.46)
        (folder / f"IMG_{seed + i:04}.jpg").write_bytes(make_jpeg(spec, seed=seed + i))
    return folder


def known_cameras(path: Path, count: int = 3) -> Path:
    features = [
        {
            "type": "Feature",
            "properties": {"man_made": "surveillance", "operator": f"city {i}"},
            "geometry": {"type": "Point", "coordinates": [20.47 + i * 1e-3, 44.81]},
        }
        for i in range(count)
    ]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return path


def camera_ids(db: Path) -> list[str]:
    return sorted(camera_values(db, "id"))


def test_commands_beside_the_app_never_delete_its_wal_after_a_known_camera_import(
    tmp_path: Path,
) -> None:
    """The proven failure: after Survey → Import already-mapped cameras… (a file dialog on the
    survey's own folder), any command on the same survey deleted the -wal and -shm the app was
    writing to, and the app's next "Saved" edits were lost."""
    survey = tmp_path / "walk-day"  # the survey and the day's files in one folder
    db = survey / "S.sqlite"
    imported = cli(db, "import", str(photo_walk(survey / "DCIM", 3)))
    assert imported.returncode == 0, imported.stderr
    geojson = known_cameras(survey / "city-cameras.geojson")
    first, second, _ = camera_ids(db)
    app = AppProcess(db, tmp_path / "home")
    try:
        app.do({"do": "edit", "camera": first, "fields": {"model": "before"}})
        assert sqlite_locks(app.pid, db) == {"db", "shm"}  # SQLite's: "this file is in use"

        app.do({"do": "known", "path": str(geojson)})

        # The dialog listed the survey's folder: SQLite's locks must have survived it.
        assert sqlite_locks(app.pid, db) == {"db", "shm"}
        commands = [cli(db, "known"), cli(db, "cameras", "--json"), cli(db, "photos")]
        no_traceback(commands)
        assert all(c.returncode == 0 for c in commands)
        assert deleted_files(app.pid, db) == []
        assert Path(f"{db}-wal").exists() and Path(f"{db}-shm").exists()

        app.do({"do": "edit", "camera": second, "fields": {"model": "after"}})
        seen = camera_values(db, "model")  # another process reads the app's edit at once
        assert (seen[first], seen[second]) == ("before", "after")
        app.do({"do": "move", "camera": first, "latitude": 44.9, "longitude": 20.5})
    finally:
        app.kill()

    assert integrity(db) == "ok"
    seen = camera_values(db, "model")
    assert (seen[first], seen[second]) == ("before", "after")
    moved = json.loads(cli(db, "cameras", "--json").stdout)
    assert [(c["latitude"], c["longitude"]) for c in moved if c["id"] == first] == [(44.9, 20.5)]
    assert len(json.loads(cli(db, "known", "--json").stdout)) == 3


class CommandsBeside:
    """Commands run one after another on a thread, beside the app, until stopped: edits of
    their own cameras, listings, a known-camera import, an import, exports."""

    def __init__(self, db: Path, cameras: list[str], walk: Path, known: Path) -> None:
        self.db, self.cameras, self.walk, self.known = db, cameras, walk, known
        self.models: dict[str, str] = {}  # what the commands set last, camera by camera
        self.results: list[subprocess.CompletedProcess[str]] = []
        self.stop_when_done = threading.Event()
        self.enough_rounds = 0
        self.rounds = 0
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        once = [["import", str(self.walk)], ["known", "import", str(self.known)]]
        while not (self.stop_when_done.is_set() and self.rounds >= self.enough_rounds):
            camera = self.cameras[self.rounds % len(self.cameras)]
            model = f"cli-{self.rounds}"
            steps = [["camera", "set", camera, f"model={model}"], ["cameras", "--json"]]
            steps += [once.pop(0)] if once else [["photos", "--json"], ["export", "csv", "-"]]
            for step in steps:
                result = cli(self.db, *step)
                self.results.append(result)
                if result.returncode == 0 and step[0] == "camera":
                    self.models[camera] = model
            self.rounds += 1

    def finish(self, rounds: int = 0) -> None:
        """Stop after at least ``rounds`` rounds (each command has run by the third)."""
        self.enough_rounds = rounds
        self.stop_when_done.set()
        self.thread.join(PATIENCE_S * 3)


def test_the_app_and_commands_on_one_survey_lose_nothing_the_app_saved(
    tmp_path: Path, start_live_server: Callable[..., Any]
) -> None:
    """Every app action that touches files, with commands running beside it; then SIGKILL."""
    survey = tmp_path / "survey"
    db = survey / "S.sqlite"
    assert cli(db, "import", str(photo_walk(survey / "DCIM", 12))).returncode == 0
    ids = camera_ids(db)
    mine, theirs = ids[:6], ids[6:]  # the app edits six cameras, the commands the other six
    server = start_live_server(f"sqlite:///{tmp_path / 'server.sqlite'}")
    token = server.add_user("ana", "volunteer")
    beside_walk = photo_walk(tmp_path / "card-2", 8, seed=100, north=44.9)
    app_walk = photo_walk(tmp_path / "card-3", 6, seed=200, north=45.0)
    app = AppProcess(db, tmp_path / "home")
    commands = CommandsBeside(
        db, theirs, beside_walk, known_cameras(tmp_path / "others.geojson", count=40)
    )
    steps: list[dict[str, Any]] = [
        {"do": "edit", "camera": mine[0], "fields": {"model": "app-0"}},
        {"do": "known", "path": str(known_cameras(survey / "city.geojson"))},
        {"do": "edit", "camera": mine[1], "fields": {"model": "app-1", "operator": "City"}},
        {"do": "import", "path": str(app_walk)},
        {"do": "edit", "camera": mine[2], "fields": {"model": "app-2"}},
        {"do": "export", "format": "geojson", "path": str(survey / "cameras.geojson")},
        {"do": "sync", "server": server.url, "token": token},
        {"do": "edit", "camera": mine[3], "fields": {"model": "app-3"}},
        {"do": "blur", "camera": mine[4], "box": [0.1, 0.1, 0.2, 0.2]},
        {"do": "settings", "volunteer": "Ana"},
        {"do": "move", "camera": mine[5], "latitude": 44.95, "longitude": 20.55},
        {"do": "edit", "camera": mine[4], "fields": {"model": "app-4"}},
    ]
    results = {}
    try:
        for step in steps:
            results[step["do"]] = app.do(step)
            # After every action: SQLite's locks held, nothing of the database deleted under it.
            assert sqlite_locks(app.pid, db) == {"db", "shm"}, step
            assert deleted_files(app.pid, db) == [], step
        assert results["sync"]["pushed"] > 0 and results["import"]["imported"] == 6
        exported = json.loads((survey / "cameras.geojson").read_text())
        assert len(exported["features"]) >= 12

        # What a command changes shows in the app's list by itself (no reload asked for).
        commands.finish(rounds=3)
        assert cli(db, "camera", "set", theirs[0], "model=from-a-terminal").returncode == 0
        deadline = time.monotonic() + PATIENCE_S
        while app.cameras().get(theirs[0]) != "from-a-terminal":
            assert time.monotonic() < deadline, "the app never showed the command's change"
            app.next_event_or_none(1.0)  # the app looks once a second

        app.send({"do": "edit", "camera": mine[0], "fields": {"model": "the-last-one"}})
        while not any(e.get("fields") == {"model": "the-last-one"} for e in app.saved):
            app.next_event()
    finally:
        commands.finish()
        app.kill()  # right after its last "Saved": nothing in the app gets to tidy up

    no_traceback(commands.results)
    assert all(r.returncode == 0 for r in commands.results), [
        r.stderr for r in commands.results if r.returncode
    ]
    assert commands.rounds >= 3
    assert integrity(db) == "ok"
    listed = {c["id"]: c for c in json.loads(cli(db, "cameras", "--json").stdout)}
    expected: dict[tuple[str, str], str] = {}
    for event in app.saved:  # later saves of the same field win
        for key, value in (event.get("fields") or {}).items():
            expected[(event["camera"], key)] = value
    for (camera, key), value in expected.items():
        assert listed[camera][key] == value, (camera, key)
    assert (listed[mine[5]]["latitude"], listed[mine[5]]["longitude"]) == (44.95, 20.55)
    for camera, model in commands.models.items():
        if camera != theirs[0]:
            assert listed[camera]["model"] == model
    assert listed[theirs[0]]["model"] == "from-a-terminal"
    blurred = [e for e in app.saved if "box" in e]
    assert len(blurred) == 1
    connection = sqlite3.connect(db)
    regions = connection.execute(
        "SELECT privacy_regions FROM photo WHERE privacy_regions IS NOT NULL"
    ).fetchall()
    connection.close()
    assert len(regions) == 1 and "0.1" in regions[0][0]
    photos = json.loads(cli(db, "photos", "--json").stdout)
    assert len(photos) == 12 + 8 + 6
    library = db.with_name("S-library")
    for photo in photos:
        copy = next(library.glob(f"{photo['sha256'][:2]}/{photo['sha256']}.*"))
        assert hashlib.sha256(copy.read_bytes()).hexdigest() == photo["sha256"]


def test_a_survey_moved_or_deleted_while_the_app_has_it_open_takes_no_edit_it_would_lose(
    tmp_path: Path,
) -> None:
    """Before, the app went on saying "Saved": into a deleted file, gone when it closed, or
    into a moved one whose edits stayed in the ``-wal`` left at the old name, gone with the
    next crash. SQLite itself notices a moved file only outside WAL mode."""
    db = tmp_path / "S.sqlite"
    assert cli(db, "import", str(photo_walk(tmp_path / "DCIM", 2))).returncode == 0
    first, second = camera_ids(db)
    app = AppProcess(db, tmp_path / "home")
    refusals = []
    try:
        app.do({"do": "edit", "camera": first, "fields": {"operator": "before"}})
        for away in ("moved", "deleted"):
            if away == "moved":
                db.rename(tmp_path / "Moved.sqlite")  # a file manager moves the survey alone
            else:
                (tmp_path / "Moved.sqlite").rename(db)  # back where the app opened it
                app.do({"do": "edit", "camera": first, "fields": {"operator": "back"}})
                db.unlink()
            app.send({"do": "edit", "camera": second, "fields": {"operator": away}})
            refusals.append(app.next_event())
    finally:
        app.kill()
    said = (
        f"the survey database was moved or deleted while SurveyApp had it open; nothing was "
        f"changed: open it again where it is now ({db})"
    )
    assert refusals == [{"event": "failed", "do": "edit", "error": said}] * 2
    assert [e["fields"] for e in app.saved] == [{"operator": "before"}, {"operator": "back"}]


def test_a_survey_moved_while_the_app_has_it_open_keeps_its_edits_though_the_app_is_killed(
    tmp_path: Path,
) -> None:
    """A file manager moves the survey alone while the app has it open. Before, its last
    edits stayed in the ``-wal`` beside the old name, and the app said nothing until the next
    edit: killed meanwhile (a crash, a power cut), the moved survey had lost them. The app now
    notices at once, writes them into the moved file and says where it is."""
    db = tmp_path / "S.sqlite"
    assert cli(db, "import", str(photo_walk(tmp_path / "DCIM", 2))).returncode == 0
    first, second = camera_ids(db)
    app = AppProcess(db, tmp_path / "home")
    moved = tmp_path / "elsewhere" / "Moved.sqlite"
    moved.parent.mkdir()
    try:
        app.do({"do": "edit", "camera": first, "fields": {"operator": "before the move"}})
        db.rename(moved)
        said = app.do({"do": "activate"})["message"]
    finally:
        app.kill()
    assert integrity(moved) == "ok"
    assert camera_values(moved, "operator") == {first: "before the move", second: None}
    assert said is not None and f"It is now at {moved}, with every change saved so far" in said


def test_a_survey_moved_just_before_the_app_closes_keeps_its_edits(tmp_path: Path) -> None:
    """Before, even a normal close lost the edits made before the move: SQLite writes the
    ``-wal`` into the file on close only for a file still at the name it opened."""
    db = tmp_path / "S.sqlite"
    assert cli(db, "import", str(photo_walk(tmp_path / "DCIM", 2))).returncode == 0
    first, second = camera_ids(db)
    app = AppProcess(db, tmp_path / "home")
    moved = tmp_path / "Moved.sqlite"
    try:
        app.do({"do": "edit", "camera": first, "fields": {"operator": "before the move"}})
        db.rename(moved)
        app.send({"do": "close"})
        while (event := app.next_event())["event"] != "exited":
            pass
    finally:
        app.kill()
    assert event["status"] == 0, app.stderr()
    assert integrity(moved) == "ok"
    assert camera_values(moved, "operator") == {first: "before the move", second: None}


def test_a_survey_deleted_while_the_app_has_it_open_can_be_saved_from_the_app(
    tmp_path: Path,
) -> None:
    """Before, the app said nothing about a deleted survey until the next edit, and then only
    that it was refused: what it still held was gone when it closed."""
    db = tmp_path / "S.sqlite"
    assert cli(db, "import", str(photo_walk(tmp_path / "DCIM", 2))).returncode == 0
    first, second = camera_ids(db)
    app = AppProcess(db, tmp_path / "home")
    copy = tmp_path / "Rescued.sqlite"
    try:
        app.do({"do": "edit", "camera": first, "fields": {"operator": "before it went"}})
        db.unlink()
        said = app.do({"do": "activate"})["message"]
        assert said is not None and f"The survey file {db} was deleted" in said
        saved = app.do({"do": "save_copy", "path": str(copy)})["message"]
    finally:
        app.kill()
    assert saved.startswith(f"Saved: {copy}.")
    assert integrity(copy) == "ok"
    assert camera_values(copy, "operator") == {first: "before it went", second: None}


def test_two_app_windows_on_one_survey_each_undo_their_own_edits(tmp_path: Path) -> None:
    """Before, Ctrl+Z in one window took back the edit the other had saved last, which its
    volunteer had seen "Saved" there."""
    db = tmp_path / "S.sqlite"
    assert cli(db, "import", str(photo_walk(tmp_path / "DCIM", 2))).returncode == 0
    first, second = camera_ids(db)
    one, two = AppProcess(db, tmp_path / "home-1"), AppProcess(db, tmp_path / "home-2")
    try:
        one.do({"do": "edit", "camera": first, "fields": {"operator": "window one"}})
        two.do({"do": "edit", "camera": second, "fields": {"operator": "window two"}})
        one.do({"do": "undo"})
        assert camera_values(db, "operator") == {first: None, second: "window two"}
        two.kill()  # that window is gone: the steps it left are taken up, as after a restart
        one.do({"do": "undo"})
        assert camera_values(db, "operator") == {first: None, second: None}
    finally:
        one.kill()
        two.kill()


def test_an_edit_on_a_full_disk_says_so_in_words_and_the_next_one_after_freeing_space_saves(
    small_disk: Callable[[str], Path], tmp_path: Path
) -> None:
    """Before, the status bar said "The edit was not saved: (sqlite3.OperationalError)
    database or disk is full (Background on this error at: https://sqlalche.me/e/…)"."""
    disk = small_disk("24m")
    db = disk / "S.sqlite"
    assert cli(db, "import", str(photo_walk(disk / "DCIM", 2))).returncode == 0
    first, second = camera_ids(db)
    app = AppProcess(db, tmp_path / "home")
    try:
        app.do({"do": "edit", "camera": first, "fields": {"operator": "before"}})
        filler = disk / "filler"
        with filler.open("wb") as fill, pytest.raises(OSError, match="No space left"):
            while True:
                fill.write(bytes(1 << 16))
        app.send({"do": "edit", "camera": second, "fields": {"notes": "n" * 3000}})
        refused = app.next_event()
        filler.unlink()
        app.do({"do": "edit", "camera": second, "fields": {"operator": "after"}})
    finally:
        app.kill()
    assert refused == {
        "event": "failed",
        "do": "edit",
        "error": "the disk is full: this change was not saved, everything saved before it is "
        f"intact; free some space, then try again ({db})",
    }
    assert integrity(db) == "ok"
    assert camera_values(db, "operator") == {first: "before", second: "after"}
    assert camera_values(db, "notes") == {first: None, second: None}
