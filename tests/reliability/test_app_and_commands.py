"""The desktop app and the command line on one survey at the same time, as real processes.

The app runs in its own process (tests/app_driver.py: the real window, offscreen), the commands
in theirs, on one SQLite file. What is checked is what a volunteer would see: nothing the app
said "Saved" is missing from the file, even after the app is killed; no command fails with
"database is locked"; the app shows what a command changed; SQLite's integrity check passes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.factory import PhotoSpec, make_jpeg
from tests.reliability.processes import (
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
