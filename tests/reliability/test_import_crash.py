"""kill -9 during an import, at random points: nothing half-written survives, nothing is lost.

After each kill the database passes SQLite's integrity check, every photo row has its library
file with the right bytes, and the next import removes any file whose row never committed and
ends with every photo exactly once.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
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


@pytest.mark.slow
def test_kill_9_at_random_points_never_leaves_a_half_import(walk: Path, tmp_path: Path) -> None:
    started = time.perf_counter()
    probe = run_import(tmp_path / "probe.sqlite", walk)
    assert probe.wait(timeout=300) == 0
    full = time.perf_counter() - started
    rng = random.Random(20261122)
    killed_with_rows = 0
    for trial in range(TRIALS):
        database = tmp_path / f"trial{trial}.sqlite"
        process = run_import(database, walk)
        time.sleep(rng.uniform(0.05, full))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        if database.exists():
            rows, _files = check_consistent(database)
            killed_with_rows += 0 < rows < PHOTOS
        again = run_import(database, walk)
        assert again.wait(timeout=300) == 0, f"trial {trial}: the re-import failed"
        rows, files = check_consistent(database)
        assert (rows, files) == (PHOTOS, PHOTOS), f"trial {trial}: {rows} rows, {files} files"
    assert killed_with_rows >= TRIALS // 4  # the kills did land mid-import
