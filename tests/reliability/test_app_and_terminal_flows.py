"""The desktop app and the command line's other flows on one survey, as real processes:
`undo`/`redo`, `camera split`/`merge`, `geotag` and its `--undo`, `known import` twice at once,
`backup` and `restore-backup`, and `sync` while the app edits and syncs.

What is checked is what a volunteer would see: an edit the app said "Saved" is in the file
(after SIGKILL too) and is never taken back by a command; a command that cannot do its work
without doing so refuses in one sentence; no traceback; SQLite's integrity check passes.
"""

from __future__ import annotations

import json
import os
import subprocess
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.factory import PhotoSpec, make_jpeg
from tests.reliability.processes import (
    AppProcess,
    camera_values,
    cli,
    integrity,
    no_traceback,
)
from tests.reliability.test_app_and_commands import camera_ids, known_cameras, photo_walk

pytestmark = pytest.mark.slow

CHANGED_SINCE = "cannot be {what}: what it changed was changed again since (by a sync or another"


def refused(result: subprocess.CompletedProcess[str], edit: str, what: str) -> None:
    """The command refused, naming the edit and why in one line, then how to set it aside and
    go on (`undo --skip`, `redo --skip`: the refusal may stop being true)."""
    no_traceback([result])
    assert result.returncode == 2, result.stderr
    said = f"error: the {edit} " + CHANGED_SINCE.format(what=what)
    why, offer = result.stderr.splitlines()
    assert why.startswith(said), result.stderr
    command = "undo" if what == "undone" else "redo"
    assert offer.startswith(f"`surveyapp {command} --skip` sets the {edit} aside"), offer


def test_undo_and_redo_in_a_terminal_never_take_back_what_the_app_saved(tmp_path: Path) -> None:
    """The command line keeps its own steps; an app edit saved over one of them (the same
    field, or the camera a deletion's undo brought back) makes `undo`/`redo` refuse."""
    db = tmp_path / "S.sqlite"
    assert cli(db, "import", str(photo_walk(tmp_path / "DCIM", 3))).returncode == 0
    first, second, third = camera_ids(db)
    app = AppProcess(db, tmp_path / "home")
    try:
        # undo: the terminal's operator, then the app's over it.
        assert cli(db, "camera", "set", first, "operator=terminal").returncode == 0
        app.do({"do": "edit", "camera": first, "fields": {"operator": "app"}})
        refused(cli(db, "undo"), "field edit", "undone")
        # redo: the terminal's edit undone, then the app's on the same field.
        assert cli(db, "camera", "set", second, "operator=terminal").returncode == 0
        assert cli(db, "undo").returncode == 0
        app.do({"do": "edit", "camera": second, "fields": {"operator": "app"}})
        refused(cli(db, "redo"), "field edit", "redone")
        # A deletion undone in the terminal, the camera edited in the app, the deletion redone.
        assert cli(db, "camera", "delete", third).returncode == 0
        assert cli(db, "undo").returncode == 0
        app.do({"do": "edit", "camera": third, "fields": {"operator": "app"}})
        refused(cli(db, "redo"), "deletion", "redone")
        # The terminal's own edit of another field is undone alone, the app's stays.
        assert cli(db, "camera", "set", first, "model=terminal").returncode == 0
        assert cli(db, "undo").returncode == 0
    finally:
        app.kill()
    assert integrity(db) == "ok"
    assert camera_values(db, "operator") == {first: "app", second: "app", third: "app"}
    assert camera_values(db, "model") == {first: None, second: None, third: None}


def test_a_split_or_merge_in_a_terminal_is_not_undone_over_the_apps_edits(tmp_path: Path) -> None:
    """The cameras a split made or a merge kept, edited in the app since: the terminal's
    `undo` refuses and both cameras keep what the app saved."""
    folder = tmp_path / "DCIM"
    folder.mkdir()
    for i in range(2):  # one place, two photos: one camera
        spec = PhotoSpec(latitude=44.81, longitude=20.46 + i * 1e-5, taken=datetime(2026, 5, 4))
        (folder / f"IMG_{i}.jpg").write_bytes(make_jpeg(spec, seed=i))
    db = tmp_path / "S.sqlite"
    assert cli(db, "import", str(folder)).returncode == 0
    [kept] = camera_ids(db)
    photo = json.loads(cli(db, "photos", "--json").stdout)[1]["sha256"]
    app = AppProcess(db, tmp_path / "home")
    try:
        split = cli(db, "camera", "split", photo)
        assert split.returncode == 0, split.stderr
        new = split.stdout.strip()
        app.do({"do": "edit", "camera": new, "fields": {"operator": "app on the new one"}})
        app.do({"do": "edit", "camera": kept, "fields": {"operator": "app on the old one"}})
        refused(cli(db, "undo"), "split", "undone")
        assert camera_values(db, "operator") == {
            kept: "app on the old one",
            new: "app on the new one",
        }
        assert cli(db, "camera", "merge", kept, new).returncode == 0
        app.do({"do": "edit", "camera": kept, "fields": {"model": "app after the merge"}})
        refused(cli(db, "undo"), "merge", "undone")
        # The app's edit of the camera merged away is refused, never saved somewhere unseen.
        app.send({"do": "edit", "camera": new, "fields": {"model": "too late"}})
        assert app.next_event() == {"event": "failed", "do": "edit", "error": f"no camera '{new}'"}
    finally:
        app.kill()
    assert integrity(db) == "ok"
    assert camera_values(db, "operator") == {kept: "app on the old one"}
    assert camera_values(db, "model") == {kept: "app after the merge"}


def test_geotag_undone_in_a_terminal_leaves_the_camera_the_app_placed_by_hand(
    tmp_path: Path,
) -> None:
    """A photo without GPS placed by `geotag --from-neighbours`, its camera then moved and
    edited in the app: `geotag --undo` puts the photo back and leaves the app's camera be."""
    folder = tmp_path / "DCIM"
    folder.mkdir()
    day = [(44.81, 0), (None, 30), (44.82, 60)]  # the middle one has no GPS
    for i, (latitude, second) in enumerate(day):
        spec = PhotoSpec(
            latitude=latitude,
            longitude=None if latitude is None else 20.46,
            taken=datetime(2026, 5, 4, 10, second // 60, second % 60),
        )
        (folder / f"IMG_{i}.jpg").write_bytes(make_jpeg(spec, seed=i))
    db = tmp_path / "S.sqlite"
    assert cli(db, "import", str(folder)).returncode == 0
    photos = {p["file_name"]: p for p in json.loads(cli(db, "photos", "--json").stdout)}
    camera = photos["IMG_1.jpg"]["camera_id"]
    app = AppProcess(db, tmp_path / "home")
    try:
        placed = cli(db, "geotag", "--from-neighbours")
        assert placed.returncode == 0 and "1 photo geotagged" in placed.stdout, placed.stderr
        app.do({"do": "edit", "camera": camera, "fields": {"operator": "app"}})
        app.do({"do": "move", "camera": camera, "latitude": 44.9, "longitude": 20.5})
        undone = cli(db, "geotag", "--undo")
        no_traceback([undone])
        assert undone.returncode == 0, undone.stderr
    finally:
        app.kill()
    assert integrity(db) == "ok"
    cameras = {c["id"]: c for c in json.loads(cli(db, "cameras", "--json").stdout)}
    moved = cameras[camera]
    assert (moved["latitude"], moved["longitude"], moved["operator"]) == (44.9, 20.5, "app")
    assert moved["position_source"] == "manual"
    photo = next(
        p for p in json.loads(cli(db, "photos", "--json").stdout) if p["file_name"] == "IMG_1.jpg"
    )
    assert photo["latitude"] is None  # the geotagging itself is undone


def test_known_cameras_imported_twice_at_once_beside_the_app_are_each_kept_once(
    tmp_path: Path,
) -> None:
    """The app and two terminals import the same file of already-mapped cameras at once."""
    db = tmp_path / "S.sqlite"
    assert cli(db, "import", str(photo_walk(tmp_path / "DCIM", 2))).returncode == 0
    first, _ = camera_ids(db)
    geojson = known_cameras(tmp_path / "city.geojson", count=200)
    app = AppProcess(db, tmp_path / "home")
    results: list[subprocess.CompletedProcess[str]] = []
    terminals = [
        threading.Thread(target=lambda: results.append(cli(db, "known", "import", str(geojson))))
        for _ in range(2)
    ]
    try:
        app.send({"do": "known", "path": str(geojson)})
        for terminal in terminals:
            terminal.start()
        for terminal in terminals:
            terminal.join()
        # The app's writes are one after another: this edit is saved after its import.
        app.do({"do": "edit", "camera": first, "fields": {"operator": "after the import"}})
    finally:
        app.kill()
    no_traceback(results)
    assert [r.returncode for r in results] == [0, 0], [r.stderr for r in results]
    assert integrity(db) == "ok"
    known = json.loads(cli(db, "known", "--json").stdout)
    assert len(known) == 200
    assert camera_values(db, "operator")[first] == "after the import"


def test_a_backup_in_a_terminal_holds_what_the_app_saved_and_a_restore_is_refused(
    tmp_path: Path,
) -> None:
    db = tmp_path / "S.sqlite"
    assert cli(db, "import", str(photo_walk(tmp_path / "DCIM", 2))).returncode == 0
    first, second = camera_ids(db)
    app = AppProcess(db, tmp_path / "home")
    try:
        app.do({"do": "edit", "camera": first, "fields": {"operator": "before the backup"}})
        backup = cli(db, "backup")
        assert backup.returncode == 0, backup.stderr
        app.do({"do": "edit", "camera": second, "fields": {"operator": "after the backup"}})
        restore = cli(db, "restore-backup")
    finally:
        app.kill()
    no_traceback([backup, restore])
    assert restore.returncode == 1
    assert restore.stderr == (
        f"error: {db} is open in SurveyApp (the app or a command): close it, then restore the "
        "backup\n"
    )
    assert integrity(db) == "ok"
    made = Path(backup.stdout.strip())
    assert integrity(made) == "ok"
    assert camera_values(made, "operator") == {first: "before the backup", second: None}
    assert camera_values(db, "operator") == {first: "before the backup", second: "after the backup"}


def test_syncs_in_a_terminal_while_the_app_edits_and_syncs_lose_no_edit(
    tmp_path: Path, start_live_server: Callable[..., Any]
) -> None:
    """Every edit the app saved reaches the team, whichever sync took it."""
    db = tmp_path / "S.sqlite"
    assert cli(db, "import", str(photo_walk(tmp_path / "DCIM", 6))).returncode == 0
    ids = camera_ids(db)  # captured before any sync: the team's other records are not ours
    server = start_live_server(f"sqlite:///{tmp_path / 'server.sqlite'}")
    token = server.add_user("ana", "volunteer")
    env = {**os.environ, "SURVEYAPP_TOKEN": token}
    app = AppProcess(db, tmp_path / "home")
    results: list[subprocess.CompletedProcess[str]] = []

    def syncs() -> None:
        for _ in range(4):
            results.append(cli(db, "sync", "--server", server.url, env=env))

    terminal = threading.Thread(target=syncs)
    try:
        app.do({"do": "sync", "server": server.url, "token": token})
        terminal.start()
        edits = 0  # edited while the terminal's syncs run, and one app sync among them
        while edits < 12 or terminal.is_alive():
            camera = ids[edits % 6]
            app.do({"do": "edit", "camera": camera, "fields": {"operator": f"app-{edits}"}})
            edits += 1
            if edits == 6:
                app.do({"do": "sync", "server": server.url, "token": token})
        terminal.join()
        app.do({"do": "edit", "camera": ids[0], "fields": {"model": "the last one"}})
        results.append(cli(db, "sync", "--server", server.url, env=env))
    finally:
        app.kill()
    no_traceback(results)
    for result in results[:-1]:  # an edit saved during a run is said to be waiting, not lost
        assert result.returncode == 0 or (
            result.returncode == 1 and "still waiting: sync again" in result.stdout
        ), (result.returncode, result.stdout, result.stderr)
    last = results[-1]
    assert last.returncode == 0 and "everything is in sync" in last.stdout, last.stdout
    assert integrity(db) == "ok"
    teammate = tmp_path / "Teammate.sqlite"
    assert cli(teammate, "sync", "--server", server.url, env=env).returncode == 0
    pulled = camera_values(teammate, "operator")
    saved = {e["camera"]: e["fields"]["operator"] for e in app.saved if "operator" in e["fields"]}
    assert {camera: pulled[camera] for camera in ids} == saved  # each camera's last edit
    assert camera_values(teammate, "model")[ids[0]] == "the last one"
