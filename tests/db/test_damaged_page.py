"""A survey with one page of random bytes in its middle (not its header), through the real
command line: every command that meets the damage says so in one line naming the latest good
backup, and no backup of the damaged file ever takes a good backup's place.

The survey is a real file migrated by Alembic, holding 3,000 cameras; the damage is aimed with
SQLite's dbstat at a page in the middle of a table's or an index's b-tree.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from benchmarks.bench_export import fill_database
from surveyapp.db.backups import copy_database, make_daily_backup
from surveyapp.db.failures import DatabaseDamagedError

CLI = [sys.executable, "-m", "surveyapp.cli"]
CAMERAS = 3000


def surveyapp(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "SURVEYAPP_TOKEN": "surveyapp_not-a-token"}
    result = subprocess.run(
        [*CLI, "--db", str(db), *args], capture_output=True, text=True, timeout=300,
        env=environment,
    )  # fmt: skip
    assert "Traceback" not in result.stderr, result.stderr
    return result


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A survey of 3,000 cameras, made once for the module (each test copies it)."""
    db = tmp_path_factory.mktemp("pristine") / "S.sqlite"
    fill_database(db, CAMERAS, CAMERAS)
    return db


@pytest.fixture
def survey(pristine: Path, tmp_path: Path) -> Path:
    db = tmp_path / "survey" / "S.sqlite"
    db.parent.mkdir()
    shutil.copy(pristine, db)
    return db


def damage_page(db: Path, table: str, seed: int = 3100) -> int:
    """Overwrite a page in the middle of ``table``'s b-tree (a leaf) with random bytes; its
    number. Nothing of SurveyApp's has the file open."""
    with sqlite3.connect(db) as connection:
        size = connection.execute("PRAGMA page_size").fetchone()[0]
        pages = [
            number
            for (number,) in connection.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
                (table,),
            )
        ]
    connection.close()
    assert len(pages) > 4, pages
    page: int = pages[len(pages) // 2]
    with open(db, "r+b") as file:
        file.seek((page - 1) * size)
        file.write(random.Random(seed).randbytes(size))
    return page


def good_backup(db: Path, days_ago: int) -> Path:
    """A backup of the healthy survey as the daily backup names it, made ``days_ago``."""
    made = datetime.now(UTC) - timedelta(days=days_ago)
    backup = db.with_name(f"{db.name}.{made:%Y%m%dT%H%M%SZ}.backup")
    copy_database(db, backup)
    os.utime(backup, (made.timestamp(), made.timestamp()))
    return backup


def test_a_backup_of_a_survey_with_a_damaged_page_is_refused_and_the_good_one_stays(
    survey: Path,
) -> None:
    """Before, `surveyapp backup` copied the damaged page into a new backup (exit 0), and every
    message after named that copy as "the latest backup"."""
    good = good_backup(survey, days_ago=1)
    damage_page(survey, "camera")

    made = surveyapp(survey, "backup")
    assert made.returncode == 1
    line = one_line(made)
    assert line.startswith("error: the survey database is damaged"), line
    assert good.name in line and "restore-backup" in line
    assert sorted(p.name for p in survey.parent.glob("*.backup")) == [good.name]
    assert not list(survey.parent.glob(".*partial"))

    listed = surveyapp(survey, "cameras")
    assert listed.returncode == 1 and good.name in one_line(listed)


def test_a_damaged_backup_is_never_named_as_the_one_to_go_back_to(survey: Path) -> None:
    """A damaged backup newer than the good one (made by an older SurveyApp, or damaged on
    disk) was named in every "damaged" line, though restore-backup would skip it."""
    good = good_backup(survey, days_ago=2)
    damage_page(survey, "camera")
    newer = survey.with_name(f"{survey.name}.20990101T000000Z.backup")
    shutil.copy(survey, newer)  # the damage copied, as `backup` did before

    listed = surveyapp(survey, "cameras")
    assert listed.returncode == 1
    line = one_line(listed)
    assert good.name in line and newer.name not in line, line


def test_the_daily_backup_of_a_damaged_survey_rotates_no_good_backup_out(survey: Path) -> None:
    """Before, three days of opening a survey with a damaged page left three damaged daily
    backups: each day's copy of the damage made the oldest good backup go."""
    kept = [good_backup(survey, days_ago=days) for days in (3, 2, 1)]
    damage_page(survey, "photo")

    with pytest.raises(DatabaseDamagedError) as raised:
        make_daily_backup(survey)
    assert raised.value.backup == kept[-1]
    assert sorted(survey.parent.glob("*.backup")) == sorted(kept)


@pytest.mark.parametrize("table", ["ix_photo_taken_sort", "ix_camera_review_state"])
def test_sync_checks_the_whole_survey_first_and_an_export_is_whole(
    survey: Path, tmp_path: Path, table: str
) -> None:
    """Damage in a page neither the export nor the first steps of a sync read. Before, a sync
    went on as if the file were whole (exit 0), and would have written what it pulled into the
    damaged file; it now stops in one line naming the good backup before any connection. An
    export, which reads every page it publishes (a damaged one stops it), is the same as the
    good survey's (checking the whole file first would cost a third of its time)."""
    good = good_backup(survey, days_ago=1)
    expected = surveyapp(good, "export", "geojson", "-")
    assert expected.returncode == 0, expected.stderr
    damage_page(survey, table)
    result = surveyapp(survey, "sync", "--server", "http://127.0.0.1:9")
    assert result.returncode == 1, result.stderr
    line = one_line(result)
    assert line.startswith("error: the survey database is damaged"), line
    assert good.name in line
    assert result.stdout == ""
    exported = surveyapp(survey, "export", "geojson", "-")
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout == expected.stdout


def test_a_survey_named_by_a_pipe_is_said_to_be_no_file_at_once(tmp_path: Path) -> None:
    """Before: "the survey database ... is empty (0 bytes)", as if a survey had been lost."""
    pipe = tmp_path / "S.sqlite"
    os.mkfifo(pipe)
    started = time.monotonic()
    result = surveyapp(pipe, "cameras")
    assert time.monotonic() - started < 60
    assert result.returncode == 1
    line = one_line(result)
    assert line == f"error: {pipe} is not a file (a named pipe or a device), not a survey database"
    assert "empty" not in line
