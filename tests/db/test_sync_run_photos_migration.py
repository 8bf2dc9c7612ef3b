"""Runs an older version logged are listed as before once the run log counts the photos
already on the server (migration 0018): the column is empty for them, `sync status` says their
photos as it did, and `--json` gives the new key as null beside the old keys unchanged."""

from __future__ import annotations

import json
from pathlib import Path

from alembic import command
from sqlalchemy import text

from surveyapp.db.engine import sqlite_engine
from surveyapp.db.migrate import alembic_config
from tests.test_cli import surveyapp


def test_runs_an_older_version_logged_are_listed_as_before(tmp_path: Path) -> None:
    path = tmp_path / "survey.sqlite"
    engine = sqlite_engine(path)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0017")  # the schema before the count
        connection.execute(
            text(
                "INSERT INTO sync_run (server_url, started_at, finished_at, pushed, pulled, "
                "received, photos, errors, message) VALUES ('http://team.example:8000', "
                "'2026-12-01 09:30:00', '2026-12-01 09:31:00', 5, 7, 2, 3, 0, 'complete')"
            )
        )
    engine.dispose()

    listed = json.loads(surveyapp("sync", "status", "--json", db=path).stdout)  # migrates
    [old] = listed["runs"]
    assert old["photos_confirmed"] is None
    assert {key: old[key] for key in ("server", "pushed", "pulled", "received", "photos")} == {
        "server": "http://team.example:8000",
        "pushed": 5,
        "pulled": 7,
        "received": 2,
        "photos": 3,
    }
    said = surveyapp("sync", "status", db=path).stdout
    assert "pushed 5, pulled 7, photos 3, errors 0: " in said, said
    assert "already" not in said, said
