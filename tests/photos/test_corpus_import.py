"""The whole shared corpus through `surveyapp import`: every file imported, every value agreeing
with ExifTool (as read_metadata's corpus test defines it), every photo with a thumbnail."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from surveyapp.cli import main
from tests.photos.test_metadata_corpus import close, expected_values, reference


def test_the_whole_corpus_imports_and_agrees_with_exiftool(
    corpus_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "corpus.sqlite"
    status = main(["--db", str(db), "import", "--json", str(corpus_dir / "photos")])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert status == 0
    assert {Path(line["path"]).name for line in lines} == set(reference())
    assert {line["status"] for line in lines} == {"imported"}

    assert main(["--db", str(db), "photos", "--json"]) == 0
    photos = {p["file_name"]: p for p in json.loads(capsys.readouterr().out)}
    problems = []
    for name in sorted(reference()):
        photo, want = photos[name], expected_values(name)
        for key, tolerance in (("latitude", 1e-6), ("longitude", 1e-6), ("altitude", 0.01),
                               ("bearing", 0.001)):  # fmt: skip
            if not close(photo[key], want[key], tolerance):
                problems.append(f"{name} {key}: {photo[key]!r} != {want[key]!r}")
        taken = photo["taken_at"]
        if want["taken_local"] is not None:
            got = datetime.fromisoformat(taken).replace(tzinfo=None, microsecond=0)
            if got != want["taken_local"]:
                problems.append(f"{name} taken_at: {taken} != {want['taken_local']}")
            offset = want["utc_offset_minutes"]
            has_offset = datetime.fromisoformat(taken).tzinfo is not None
            if has_offset != (offset is not None):
                problems.append(f"{name} taken_at offset: {taken}, expected {offset}")
        elif want["gps_time"] is not None:  # only the GPS clock: a UTC time
            if datetime.fromisoformat(taken) != want["gps_time"]:
                problems.append(f"{name} taken_at: {taken} != GPS {want['gps_time']}")
        elif taken is not None:
            problems.append(f"{name} taken_at: {taken}, but the file has no time")
    assert not problems, "\n".join(problems)

    with sqlite3.connect(db) as connection:
        without = connection.execute(
            "SELECT count(*) FROM photo LEFT JOIN thumbnail ON photo.id = thumbnail.photo_id"
            " WHERE thumbnail.jpeg IS NULL"
        ).fetchone()
        cameras = connection.execute("SELECT count(*) FROM camera").fetchone()
    connection.close()
    assert without == (0,)
    assert cameras[0] > 0
