"""An import into a nearly full disk stops with a clear error and damages nothing.

The database and its library live on a small tmpfs (a real filesystem that really fills up);
the test needs root to mount it and skips otherwise.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from surveyapp.photos.importer import DISK_RESERVE
from tests.factory import PhotoSpec, make_jpeg
from tests.reliability.conftest import mount_tmpfs

PHOTOS = 24


def _photos(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for i in range(PHOTOS):
        # ~1 MB each of incompressible pixels: 24 of them cannot fit beside the reserve
        spec = PhotoSpec(latitude=44.8 + i * 1e-3, longitude=20.46, size=(1000, 800))
        path = folder / f"IMG_{i:03}.jpg"
        path.write_bytes(make_jpeg(spec, seed=i, quality=90, noise=True))
        paths.append(path)
    return paths


def _import(
    database: Path, folder: Path, reserve_mb: int | None = None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if reserve_mb is not None:
        env["SURVEYAPP_DISK_RESERVE_MB"] = str(reserve_mb)
    return subprocess.run(
        [sys.executable, "-m", "surveyapp.cli", "--db", str(database), "import", str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def _consistent_rows(database: Path) -> int:
    library = database.with_name(f"{database.stem}-library")
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = connection.execute("SELECT sha256, library_path FROM photo").fetchall()
    connection.close()
    for sha256, relative in rows:
        assert hashlib.sha256((library / relative).read_bytes()).hexdigest() == sha256
    return len(rows)


def test_import_onto_a_full_disk_stops_clearly_and_keeps_what_fit(
    small_disk: Callable[[str], Path], tmp_path: Path
) -> None:
    disk = small_disk(f"{(DISK_RESERVE >> 20) + 8}m")
    folder = tmp_path / "walk"
    sizes = sum(p.stat().st_size for p in _photos(folder))
    assert sizes > 16 * 2**20
    database = disk / "survey.sqlite"

    first = _import(database, folder)

    assert first.returncode == 1, first.stderr
    assert "disk is full" in first.stderr
    assert "photos are in the survey" in first.stderr
    assert "Traceback" not in first.stderr
    kept = _consistent_rows(database)
    assert 0 < kept < PHOTOS

    # Space freed (the tmpfs grows): the same import finishes the job, nothing twice.
    remounted = mount_tmpfs(disk, "64m", "remount")
    assert remounted.returncode == 0, remounted.stderr
    second = _import(database, folder)
    assert second.returncode == 0, second.stderr
    assert f"{PHOTOS - kept} imported, {kept} duplicates" in second.stderr
    assert _consistent_rows(database) == PHOTOS


def test_a_disk_that_fills_up_under_the_import_loses_nothing_stored(
    small_disk: Callable[[str], Path], tmp_path: Path
) -> None:
    """No reserve: the copy itself hits ENOSPC, and the database may not be able to commit."""
    folder = tmp_path / "walk"
    _photos(folder)
    disk = small_disk(f"{(DISK_RESERVE >> 20) + 8}m")
    database = disk / "survey.sqlite"
    filler = disk / "filler"
    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    filler.write_bytes(b"\0" * (free - 5 * 2**20))  # 5 MB left: a few photos fit, not all

    first = _import(database, folder, reserve_mb=0)

    assert first.returncode == 1, first.stderr
    assert "disk is full" in first.stderr
    assert "Traceback" not in first.stderr
    kept = _consistent_rows(database)
    assert kept < PHOTOS

    filler.unlink()
    remounted = mount_tmpfs(disk, "64m", "remount")
    assert remounted.returncode == 0, remounted.stderr
    second = _import(database, folder, reserve_mb=0)
    assert second.returncode == 0, second.stderr
    assert _consistent_rows(database) == PHOTOS
    library = database.with_name(f"{database.stem}-library")
    assert sum(1 for p in library.glob("*/*") if p.is_file()) == PHOTOS
