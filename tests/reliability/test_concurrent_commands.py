"""Several commands on one survey at the same time, as real processes.

Two imports of overlapping folders at once: every photo printed "imported" is in the survey
(once), the library holds exactly one file per photo row, nothing failed with "database is
locked". Edits, a known-camera import and an import at once: every command waits its turn and
every edit is in the file.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.factory import PhotoSpec, make_jpeg
from tests.reliability.processes import CLI, REPO, camera_values, cli, integrity, no_traceback

pytestmark = pytest.mark.slow


def photos(folder: Path, seeds: range) -> Path:
    folder.mkdir(parents=True)
    for seed in seeds:
        spec = PhotoSpec(latitude=44.80 + seed * 1e-3, longitude=20.46)
        (folder / f"IMG_{seed:04}.jpg").write_bytes(make_jpeg(spec, seed=seed))
    return folder


@dataclass
class Running:
    """A command started in the background; its stdout lines with the time each arrived."""

    process: subprocess.Popen[str]
    lines: list[tuple[float, str]] = field(default_factory=list)
    first_line: threading.Event = field(default_factory=threading.Event)
    stderr: str = ""
    reader: threading.Thread | None = None

    def finish(self, timeout: float = 600) -> int:
        assert self.process.stderr is not None  # stdout is the reader thread's
        self.stderr = self.process.stderr.read()
        status = self.process.wait(timeout=timeout)
        if self.reader is not None:
            self.reader.join(timeout)  # every line it printed is in ``lines``
        return status

    def completed(self) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(
            self.process.args, self.process.returncode, "", self.stderr
        )

    def records(self) -> list[dict[str, str]]:
        return [json.loads(line) for _, line in self.lines]


def start(db: Path, *args: str) -> Running:
    process = subprocess.Popen(
        [*CLI, "--db", str(db), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    running = Running(process)

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            running.lines.append((time.monotonic(), line))
            running.first_line.set()
        running.first_line.set()

    running.reader = threading.Thread(target=read, daemon=True)
    running.reader.start()
    return running


def library_state(db: Path) -> tuple[set[str], set[str]]:
    """(hashes of the photo rows, hashes of the library's originals); fails on a row whose file
    is missing or holds other bytes."""
    library = db.with_name(f"{db.stem}-library")
    listed = json.loads(cli(db, "photos", "--json").stdout)
    rows = {p["sha256"] for p in listed}
    files = {}
    for path in library.glob("??/*"):
        files[path.name.split(".", 1)[0]] = hashlib.sha256(path.read_bytes()).hexdigest()
    for sha256 in rows:
        assert files.get(sha256) == sha256, f"photo {sha256[:12]}: its library file is missing"
    return rows, set(files)


def open_pipe_for_writing(pipe: Path, timeout: float = 300) -> int:
    """The pipe opened for writing once a reader holds it open: without blocking, so that an
    import that never reads it fails the test instead of hanging it."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
        except OSError as error:  # ENXIO: nobody reads it (yet)
            if error.errno != errno.ENXIO or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def test_two_imports_at_once_keep_every_photo_they_print_as_imported(tmp_path: Path) -> None:
    db = tmp_path / "C.sqlite"
    cli(db, "cameras")  # the survey exists before the race starts
    first = photos(tmp_path / "card-a", range(0, 80))
    rest = photos(tmp_path / "card-a-rest", range(80, 160))
    second = photos(tmp_path / "card-b", range(80, 240))  # half of them on both cards
    # A photo still arriving through a pipe named between the first card's two folders (as
    # `<(…)` names one; a pipe found in a folder is passed over): the first import waits there,
    # in the middle of a batch, its copies of the photos before it written and their rows not
    # committed, the photos after it still to come.
    slow = tmp_path / "arriving" / "IMG_0079z.jpg"
    slow.parent.mkdir()
    os.mkfifo(slow)

    a = start(db, "import", "--json", str(first), str(slow), str(rest))
    while len(a.lines) < 50:  # its first batches are committed: it is waiting at the pipe
        assert a.first_line.wait(300) and a.process.poll() is None, a.process.stderr
        a.first_line.clear()
    b = start(db, "import", "--json", str(second))  # the whole second import runs meanwhile
    status_b = b.finish()
    pipe = open_pipe_for_writing(slow)
    try:
        os.write(pipe, make_jpeg(PhotoSpec(latitude=45.5, longitude=20.46), seed=999))
    finally:
        os.close(pipe)
    status = (a.finish(), status_b)

    no_traceback([a.completed(), b.completed()])
    assert status == (0, 0), (a.stderr, b.stderr)
    rows, files = library_state(db)
    assert len(rows) == 241 and files == rows  # one row and one file per photo, no orphan
    reported = [r for run in (a, b) for r in run.records() if r["status"] == "imported"]
    hashes = [r["sha256"] for r in reported]
    assert len(hashes) == len(set(hashes)) == 241  # each photo "imported" once, by one of them
    assert set(hashes) == rows
    duplicates = [r for run in (a, b) for r in run.records() if r["status"] == "duplicate"]
    assert len(duplicates) == 80
    incoming = db.with_name("C-library") / ".incoming"
    assert not incoming.exists() or not any(incoming.iterdir())
    assert integrity(db) == "ok"


def test_writers_wait_for_each_other_instead_of_failing(tmp_path: Path) -> None:
    db = tmp_path / "W.sqlite"
    done = cli(db, "import", str(photos(tmp_path / "day1", range(0, 24))))
    assert done.returncode == 0, done.stderr
    ids = sorted(camera_values(db, "id"))
    assert len(ids) == 24
    known = tmp_path / "known.geojson"
    known.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"man_made": "surveillance"},
                        "geometry": {"type": "Point", "coordinates": [20.5 + i * 1e-4, 44.9]},
                    }
                    for i in range(5000)
                ],
            }
        )
    )

    runs = [start(db, "import", str(photos(tmp_path / "day2", range(100, 220))))]
    runs.append(start(db, "known", "import", str(known)))
    runs += [start(db, "camera", "set", camera, f"model=W{i}") for i, camera in enumerate(ids)]
    runs += [start(db, "camera", "move", camera, "45.1", f"{20 + i / 100}") for i, camera in
             enumerate(ids[:6])]  # fmt: skip
    status = [run.finish() for run in runs]

    no_traceback([run.completed() for run in runs])
    assert status == [0] * len(runs), [r.stderr for r in runs if r.process.returncode]
    models = camera_values(db, "model")
    assert [models[camera] for camera in ids] == [f"W{i}" for i in range(len(ids))]
    listed = json.loads(cli(db, "cameras", "--json").stdout)
    moved = {c["id"]: (c["latitude"], c["longitude"]) for c in listed}
    assert [moved[camera] for camera in ids[:6]] == [(45.1, 20 + i / 100) for i in range(6)]
    assert len(json.loads(cli(db, "photos", "--json").stdout)) == 24 + 120
    assert len(json.loads(cli(db, "known", "--json").stdout)) == 5000
    assert integrity(db) == "ok"
