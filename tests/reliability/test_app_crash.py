"""The desktop app's actions against a kill, a full disk and a power cut, at any point.

Kill: the real app (tests/app_driver.py) runs imports, a known-camera import, an export, blur
and field edits, a move and an undo, queued one after another; it is killed with SIGKILL after a
random number of its answers. The survey must pass SQLite's integrity check, hold every edit the
app said was saved (and not one it said was undone), have the library file of every photo row,
and a later import of the same card must end with every photo exactly once.

Full disk: the app imports onto a small real file system that fills up; it says so, keeps the
photos that fit, and imports the rest once there is room.

Power cut: what survives one is what was flushed to the disk before it. The system calls of the
app's import and export (strace) must show every photo copy and its folder flushed before the
first write of the database's journal that names it, and an export flushed before it is renamed
into place; SQLite itself, in WAL mode, loses at most the last transactions on a power cut,
never the file.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.factory import PhotoSpec, make_jpeg
from tests.reliability.conftest import mount_tmpfs
from tests.reliability.processes import AppProcess, camera_values, cli, integrity

pytestmark = pytest.mark.slow
TRIALS = int(os.environ.get("SURVEYAPP_APP_CRASH_TRIALS", "6"))


def card(folder: Path, count: int, *, seed: int = 0, size: tuple[int, int] | None = None) -> Path:
    folder.mkdir(parents=True)
    for i in range(count):
        spec = PhotoSpec(latitude=44.8 + (seed + i) * 1e-3, longitude=20.46)
        if size is not None:
            spec = PhotoSpec(latitude=spec.latitude, longitude=20.46, size=size)
        data = make_jpeg(spec, seed=seed + i, quality=90, noise=size is not None)
        (folder / f"IMG_{seed + i:04}.jpg").write_bytes(data)
    return folder


def known_file(path: Path, count: int) -> Path:
    features = [
        {
            "type": "Feature",
            "properties": {"man_made": "surveillance"},
            "geometry": {"type": "Point", "coordinates": [20.5 + i * 1e-5, 44.9]},
        }
        for i in range(count)
    ]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return path


def library_consistent(db: Path) -> tuple[int, int]:
    """(photo rows, library originals); fails on a row without its file or with other bytes."""
    library = db.with_name(f"{db.stem}-library")
    photos = json.loads(cli(db, "photos", "--json").stdout)
    for photo in photos:
        copies = list(library.glob(f"{photo['sha256'][:2]}/{photo['sha256']}.*"))
        assert copies, f"photo {photo['sha256'][:12]} has no library file"
        assert hashlib.sha256(copies[0].read_bytes()).hexdigest() == photo["sha256"]
    return len(photos), sum(1 for p in library.glob("??/*") if p.is_file())


def test_the_app_killed_at_random_points_of_its_actions_loses_nothing_it_saved(
    tmp_path: Path,
) -> None:
    base = tmp_path / "base" / "S.sqlite"
    assert cli(base, "import", str(card(tmp_path / "first", 8))).returncode == 0
    ids = sorted(camera_values(base, "id"))
    walk = card(tmp_path / "walk", 120, seed=100)
    known = known_file(tmp_path / "others.geojson", 20000)
    commands: list[dict[str, Any]] = [
        {"do": "edit", "camera": ids[0], "fields": {"model": "m0"}},
        {"do": "edit", "camera": ids[5], "fields": {"model": "m5"}},
        {"do": "undo"},  # takes back "m5"
        {"do": "import", "path": str(walk)},
        {"do": "edit", "camera": ids[1], "fields": {"model": "m1"}},
        {"do": "known", "path": str(known)},
        {"do": "blur", "camera": ids[2], "box": [0.2, 0.2, 0.3, 0.3]},
        {"do": "export", "format": "geojson", "path": str(tmp_path / "export.geojson")},
        {"do": "move", "camera": ids[3], "latitude": 44.7, "longitude": 20.3},
        {"do": "edit", "camera": ids[4], "fields": {"model": "m4"}},
    ]
    # a "done" for each, and a "saved" before it for the edits, the move, the blur and the undo
    answers = sum(2 if c["do"] in ("edit", "move", "blur", "undo") else 1 for c in commands)
    rng = random.Random(20261202)
    killed_midway = undone_trials = 0
    for trial in range(TRIALS):
        folder = tmp_path / f"trial{trial}"
        shutil.copytree(base.parent, folder)
        db = folder / "S.sqlite"
        app = AppProcess(db, tmp_path / f"home{trial}")
        for command in commands:
            app.send(command)
        stop_after = rng.randrange(1, answers)
        heard = 0
        try:
            while heard < stop_after:
                event = app.next_event()
                assert event["event"] not in ("failed", "exited"), (event, app.stderr())
                heard += 1
        finally:
            app.kill()
        killed_midway += heard < answers

        assert integrity(db) == "ok", f"trial {trial}"
        rows, _files = library_consistent(db)
        listed = {c["id"]: c for c in json.loads(cli(db, "cameras", "--json").stdout)}
        undone = any(saved.get("undone") for saved in app.saved)
        if undone:  # the undo is one transaction: the edit it took back is gone whole
            assert listed[ids[5]]["model"] is None, trial
            undone_trials += 1
        for saved in app.saved:
            if undone and saved.get("camera") == ids[5]:
                continue
            for key, value in (saved.get("fields") or {}).items():
                assert listed[saved["camera"]][key] == value, (trial, saved)
            if "latitude" in saved:
                camera = listed[saved["camera"]]
                assert (camera["latitude"], camera["longitude"]) == (44.7, 20.3)
        again = cli(db, "import", str(walk))  # the volunteer imports the card again
        assert again.returncode == 0, again.stderr
        assert library_consistent(db) == (8 + 120, 8 + 120), f"trial {trial}"
    assert killed_midway >= TRIALS // 2
    assert undone_trials >= 1


def test_the_app_import_onto_a_full_disk_keeps_what_fit_and_finishes_later(
    small_disk: Callable[[str], Path], tmp_path: Path
) -> None:
    from surveyapp.photos.importer import DISK_RESERVE

    disk = small_disk(f"{(DISK_RESERVE >> 20) + 8}m")
    db = disk / "S.sqlite"
    assert cli(db, "import", str(card(tmp_path / "first", 2))).returncode == 0
    camera = sorted(camera_values(db, "id"))[0]
    big = card(tmp_path / "big", 24, seed=50, size=(1000, 800))  # ~1 MB each: not all fit
    app = AppProcess(db, tmp_path / "home")
    try:
        app.send({"do": "import", "path": str(big)})
        event = app.next_event()
        while event["event"] not in ("failed", "done"):
            event = app.next_event()
        assert event["event"] == "failed" and "disk is full" in event["error"], event
        kept, _ = library_consistent(db)
        assert 2 < kept < 26
        assert integrity(db) == "ok"

        remounted = mount_tmpfs(disk, "64m", "remount")
        assert remounted.returncode == 0, remounted.stderr
        app.do({"do": "edit", "camera": camera, "fields": {"model": "after the full disk"}})
        done = app.do({"do": "import", "path": str(big)})
        assert done["imported"] == 26 - kept and done["duplicates"] == kept - 2
    finally:
        app.kill()
    assert library_consistent(db) == (26, 26)
    assert camera_values(db, "model")[camera] == "after the full disk"
    assert integrity(db) == "ok"


_CALL = re.compile(r"^(\d+)\s+(\d+\.\d+) (\w+)\((.*)\)\s+= (-?\d+)[^<]*<(\d+\.\d+)>$")


def _calls(trace: Path) -> list[tuple[float, str, str]]:
    """(end time, system call, its arguments) of every finished call in an strace -f -ttt -T -y
    log ("unfinished"/"resumed" halves put back together)."""
    pending: dict[str, tuple[str, str, str]] = {}
    calls = []
    for line in trace.read_text(errors="replace").splitlines():
        pid, _, rest = line.partition(" ")
        rest = rest.strip()
        if rest.endswith("<unfinished ...>"):
            start, _, call = rest.partition(" ")
            name, _, args = call.partition("(")
            pending[pid] = (start, name, args.removesuffix(" <unfinished ...>"))
            continue
        resumed = re.match(r"(\d+\.\d+) <\.\.\. (\w+) resumed>(.*)", rest)
        if resumed and pid in pending:
            start, name, args = pending.pop(pid)
            line = f"{pid} {start} {name}({args}{resumed.group(3)}"
        found = _CALL.match(line)
        if found and not found.group(5).startswith("-"):
            end = float(found.group(2)) + float(found.group(6))
            calls.append((end, found.group(3), found.group(4)))
    return sorted(calls)


def test_a_power_cut_finds_every_photo_a_committed_row_names_and_whole_exports(
    tmp_path: Path,
) -> None:
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed")
    db = tmp_path / "survey" / "S.sqlite"
    assert cli(db, "import", str(card(tmp_path / "first", 2))).returncode == 0
    before = {p["sha256"] for p in json.loads(cli(db, "photos", "--json").stdout)}
    walk = card(tmp_path / "walk", 60, seed=300)
    app = AppProcess(db, tmp_path / "home")
    trace = tmp_path / "strace.txt"
    tracer = subprocess.Popen(
        [
            "strace",
            "-f",
            "-ttt",
            "-T",
            "-y",
            "-s",
            "70000",
            "-o",
            str(trace),
            "-p",
            str(app.pid),
            "-e",
            "trace=pwrite64,fsync,fdatasync,rename,renameat,renameat2",
        ],  # fmt: skip
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert tracer.stderr is not None
        tracer.stderr.readline()  # "strace: Process N attached": tracing from here on
        app.do({"do": "import", "path": str(walk)})
        export = tmp_path / "survey" / "cameras.geojson"
        app.do({"do": "export", "format": "geojson", "path": str(export)})
    finally:
        tracer.terminate()
        tracer.wait(timeout=60)
        app.kill()

    calls = _calls(trace)
    library = db.with_name("S-library")
    wal = f"<{db}-wal>"
    synced: dict[str, float] = {}
    for end, name, args in calls:
        if name in ("fsync", "fdatasync"):
            target = re.search(r"<([^>]+)>", args)
            if target:
                synced.setdefault(target.group(1), end)
    photos = json.loads(cli(db, "photos", "--json").stdout)
    assert len(photos) == 62
    checked = 0
    for photo in (p for p in photos if p["sha256"] not in before):
        copy = next(library.glob(f"{photo['sha256'][:2]}/{photo['sha256']}.*"))
        first_named = next(
            (end for end, name, args in calls
             if name == "pwrite64" and wal in args and photo["sha256"] in args),
            None,
        )  # fmt: skip
        assert first_named is not None, f"{copy.name}: its row was never written"
        checked += 1
        assert synced.get(str(copy), float("inf")) < first_named, f"{copy.name} not flushed first"
        assert synced.get(str(copy.parent), float("inf")) < first_named, "its folder entry"
    assert checked == 60
    renamed = [
        (end, args)
        for end, name, args in calls
        if name.startswith("rename") and "cameras.geojson" in args
    ]
    assert len(renamed) == 1
    partial = re.search(r'"([^"]*\.partial)"', renamed[0][1])
    assert partial is not None
    assert min(end for path, end in synced.items() if path.endswith(".partial")) < renamed[0][0]
