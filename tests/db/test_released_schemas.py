"""Every released schema upgrades to the current one with the volunteer's data intact."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from surveyapp.db.database import open_database
from surveyapp.db.migrate import head_revision

FIXTURES = Path(__file__).parent / "fixtures"
RELEASED = sorted(path.stem.removeprefix("schema-") for path in FIXTURES.glob("schema-*.sqlite"))


def test_every_migration_but_the_newest_has_a_released_database() -> None:
    from alembic.script import ScriptDirectory

    from surveyapp.db.migrate import alembic_config

    revisions = {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    assert {"0001", "0002"} <= set(RELEASED) <= revisions


@pytest.mark.parametrize("revision", RELEASED)
def test_a_released_database_upgrades_with_its_data(revision: str, tmp_path: Path) -> None:
    path = tmp_path / "survey.sqlite"
    shutil.copyfile(FIXTURES / f"schema-{revision}.sqlite", path)
    before = json.loads((FIXTURES / f"schema-{revision}.cameras.json").read_text())

    db = open_database(path)
    report = db.migration
    db.close()

    if revision != head_revision():
        assert (report.from_revision, report.to_revision) == (revision, head_revision())
        assert report.backup is not None
        with sqlite3.connect(report.backup) as backup:  # the backup is the untouched release
            version = backup.execute("SELECT version_num FROM alembic_version").fetchone()
        backup.close()
        assert version == (revision,)
    listed = subprocess.run(
        [sys.executable, "-m", "surveyapp.cli", "--db", str(path), "cameras", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    after = {camera["id"]: camera for camera in json.loads(listed.stdout)}
    assert len(after) == len(before) == 4
    for old in before:
        new = after[old["id"]]
        for key, value in old.items():  # a newer release may add keys, never change old ones
            assert new.get(key) == value, (old["id"], key)
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        counts = connection.execute(
            "SELECT (SELECT count(*) FROM photo), (SELECT count(*) FROM thumbnail)"
        ).fetchone()
    connection.close()
    assert counts == (5, 5)
