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


def _survey_of_three(disk: Path, tmp_path: Path, seed: int) -> Path:
    """A survey on ``disk`` of three photos imported by the command line."""
    database = disk / "survey.sqlite"
    folder = tmp_path / f"walk{seed}"
    folder.mkdir()
    for i in range(3):
        spec = PhotoSpec(latitude=44.8 + i * 1e-3, longitude=20.46)
        (folder / f"IMG_{i:03}.jpg").write_bytes(make_jpeg(spec, seed=seed + i))
    assert _import(database, folder, reserve_mb=1).returncode == 0
    return database


def test_a_backup_onto_a_full_disk_says_so_and_leaves_no_half_written_file(
    small_disk: Callable[[str], Path], tmp_path: Path
) -> None:
    """Before: `backup` on a disk with too little room for the copy said the disk was full but
    left a hidden, half-written `.partial` file beside the survey, taking the room a later
    backup or import needs, and never removed."""
    database = _survey_of_three(small_disk("8m"), tmp_path, seed=5380)
    disk = database.parent
    before = sorted(p.name for p in disk.iterdir())
    filler = disk / "filler"
    room = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    with filler.open("wb") as out:  # leave less room than the survey takes
        out.write(b"\0" * (room - database.stat().st_size // 2))

    backup = subprocess.run(
        [sys.executable, "-m", "surveyapp.cli", "--db", str(database), "backup"],
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert backup.returncode == 1 and "Traceback" not in backup.stderr, backup.stderr
    assert "disk is full" in backup.stderr, backup.stderr
    assert sorted(p.name for p in disk.iterdir() if p != filler) == before, "a file was left"
    filler.unlink()
    assert _consistent_rows(database) == 3


def test_a_restore_onto_a_full_disk_leaves_the_survey_where_it_was(
    small_disk: Callable[[str], Path], tmp_path: Path
) -> None:
    """Before: `restore-backup` with too little room for the backup's copy first renamed the
    survey to `.damaged-<time>`, then failed to copy: no survey was left at its name, and
    the next command made a new, empty one there once space was freed."""
    database = _survey_of_three(small_disk("8m"), tmp_path, seed=5383)
    disk = database.parent
    surveyapp = [sys.executable, "-m", "surveyapp.cli", "--db", str(database)]
    assert subprocess.run([*surveyapp, "backup"], capture_output=True).returncode == 0
    before = sorted(p.name for p in disk.iterdir())
    survey_bytes = database.read_bytes()
    filler = disk / "filler"
    room = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    with filler.open("wb") as out:
        out.write(b"\0" * (room - database.stat().st_size // 2))

    restore = subprocess.run(
        [*surveyapp, "restore-backup"], capture_output=True, text=True, timeout=120
    )

    assert restore.returncode == 1 and "Traceback" not in restore.stderr, restore.stderr
    assert "disk is full" in restore.stderr, restore.stderr
    assert sorted(p.name for p in disk.iterdir() if p != filler) == before, "files moved or left"
    assert database.read_bytes() == survey_bytes
    filler.unlink()
    assert _consistent_rows(database) == 3


def test_a_backup_or_restore_on_a_read_only_disk_says_so_in_her_words(
    small_disk: Callable[[str], Path], tmp_path: Path
) -> None:
    """A survey on a write-protected card: `backup` and `restore-backup` say that the folder is
    read-only and that the survey is as it was (before: "the disk is read-only:
    /media/card/..survey.sqlite.restoring-1b2c3d4e.4242-5f6a7b8c.partial", a hidden file
    she never made and cannot find)."""
    disk = small_disk("8m")
    database = disk / "survey.sqlite"
    folder = tmp_path / "walk"
    folder.mkdir()
    spec = PhotoSpec(latitude=44.8, longitude=20.46)
    (folder / "IMG_000.jpg").write_bytes(make_jpeg(spec, seed=5386))
    assert _import(database, folder, reserve_mb=1).returncode == 0
    surveyapp = [sys.executable, "-m", "surveyapp.cli", "--db", str(database)]
    assert subprocess.run([*surveyapp, "backup"], capture_output=True).returncode == 0
    before = sorted(p.name for p in disk.iterdir())
    assert mount_tmpfs(disk, "8m", "remount", "ro").returncode == 0

    for command in ("backup", "restore-backup"):
        done = subprocess.run([*surveyapp, command], capture_output=True, text=True, timeout=120)
        assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
        assert "read-only" in done.stderr and str(disk) in done.stderr, done.stderr
        assert ".partial" not in done.stderr and ".unchecked" not in done.stderr, done.stderr
        assert "the survey is as it was" in done.stderr, done.stderr
    assert sorted(p.name for p in disk.iterdir()) == before
    assert mount_tmpfs(disk, "8m", "remount", "rw").returncode == 0
    assert _consistent_rows(database) == 1


def test_a_survey_that_cannot_be_made_on_a_full_disk_leaves_no_hidden_file(
    small_disk: Callable[[str], Path],
) -> None:
    """Before: a command given a new survey on a full disk said so, but left the hidden
    `.<survey>.creating-…` file it was building, taking room, until the next creation there
    removed it."""
    disk = small_disk("8m")
    filler = disk / "filler"
    room = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    with filler.open("wb") as out:  # no room left for a new survey's pages
        out.write(b"\0" * room)
    database = disk / "new.sqlite"

    made = subprocess.run(
        [sys.executable, "-m", "surveyapp.cli", "--db", str(database), "cameras"],
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert made.returncode != 0 and "Traceback" not in made.stderr, made.stderr
    assert "disk is full" in made.stderr, made.stderr
    assert sorted(p.name for p in disk.iterdir()) == ["filler"], "a file was left"
