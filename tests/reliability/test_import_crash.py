"""kill -9 during an import, at random points: nothing half-written survives, nothing is lost.

After each kill the database passes SQLite's integrity check, every photo row has its library
file with the right bytes, and the next import removes any file whose row never committed and
ends with every photo exactly once.
"""

from __future__ import annotations

import functools
import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.factory import PhotoSpec, make_jpeg

PHOTOS = 300
TRIALS = int(os.environ.get("SURVEYAPP_CRASH_TRIALS", "20"))


@pytest.fixture(scope="module")
def walk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("walk")
    for i in range(PHOTOS):
        spec = PhotoSpec(latitude=44.8 + (i // 3) * 1e-3, longitude=20.46)
        (folder / f"IMG_{i:04}.jpg").write_bytes(make_jpeg(spec, seed=i))
    return folder


def run_import(database: Path, walk: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "surveyapp.cli", "--db", str(database), "import", str(walk)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def check_consistent(database: Path) -> tuple[int, int]:
    """(photo rows, library files); fails on a row without its file or with the wrong bytes."""
    library = database.with_name(f"{database.stem}-library")
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
        if "photo" not in tables:  # killed before the first migration committed: still empty
            rows, thumbs = [], 0
        else:
            rows = connection.execute("SELECT sha256, library_path FROM photo").fetchall()
            thumbs = connection.execute("SELECT count(*) FROM thumbnail").fetchone()[0]
    connection.close()
    for sha256, relative in rows:
        copy = library / relative
        assert copy.is_file(), f"row without its file: {relative}"
        assert hashlib.sha256(copy.read_bytes()).hexdigest() == sha256
    assert thumbs == len(rows)
    files = [p for p in library.glob("??/*") if p.is_file()] if library.is_dir() else []
    return len(rows), len(files)


def library_files(database: Path) -> int:
    library = database.with_name(f"{database.stem}-library")
    return sum(1 for p in library.glob("??/*") if p.is_file()) if library.is_dir() else 0


def committed_rows(database: Path) -> int:
    """Photo rows the import has committed, read by another process (as a second app would)."""
    if not database.exists():  # a new survey is put in place once it is migrated
        return 0
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5)
    try:
        return int(connection.execute("SELECT count(*) FROM photo").fetchone()[0])
    except sqlite3.Error:
        return 0
    finally:
        connection.close()


def reached(point: str, database: Path, copies: int, start_up: float) -> bool:
    """Whether the import has come to the trial's kill point."""
    if point == "start-up":
        return time.monotonic() >= start_up
    if point == "created":
        return database.exists()
    if point == "copies":
        return library_files(database) >= copies
    return committed_rows(database) > 0 and library_files(database) >= copies


def kill_at(process: subprocess.Popen[bytes], point: Callable[[], bool]) -> None:
    """kill -9 the import as soon as it reaches ``point`` (or once it has ended by itself)."""
    deadline = time.monotonic() + 300
    while process.poll() is None and not point() and time.monotonic() < deadline:
        time.sleep(0.002)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)


@pytest.mark.slow
def test_kill_9_at_random_points_never_leaves_a_half_import(walk: Path, tmp_path: Path) -> None:
    # The kills land at points of the import, not at times, so that a busy machine (a slower
    # import) moves none of them (before, a sleep drawn up to one import's time missed the
    # import's middle under load). In turn: early in the start-up, once the new survey is in
    # place, once k copies are in the library (copies without their rows), and twice once a
    # checkpoint has committed rows and k copies are in the library.
    rng = random.Random(20261122)
    killed_with_rows = 0
    for trial in range(TRIALS):
        database = tmp_path / f"trial{trial}.sqlite"
        copies = rng.randrange(1, PHOTOS)
        start_up = time.monotonic() + rng.uniform(0.0, 0.5)
        point = ("start-up", "created", "copies", "rows", "rows")[trial % 5]
        process = run_import(database, walk)
        kill_at(process, functools.partial(reached, point, database, copies, start_up))
        if database.exists():
            rows, _files = check_consistent(database)
            killed_with_rows += 0 < rows < PHOTOS
        again = run_import(database, walk)
        assert again.wait(timeout=300) == 0, f"trial {trial}: the re-import failed"
        rows, files = check_consistent(database)
        assert (rows, files) == (PHOTOS, PHOTOS), f"trial {trial}: {rows} rows, {files} files"
    assert killed_with_rows >= TRIALS // 4  # the kills did land mid-import
