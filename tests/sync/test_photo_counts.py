"""What a sync's counts say of each photo waiting to go: uploaded, or already on the server.

A volunteer's second file of a picture she shared (the same pixels, another file: one turned
by another tool) makes the same shareable copy, which the server already holds: the run sent
no byte for it, and said only "0 photos uploaded" ("0 photo téléversée"), so she could believe
her photo never reached the team. The run now says it is already on the server, in `sync`,
`sync --json` and the Sync dialog, in the volunteer's language. Real command line, real server
on SQLite and PostgreSQL.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from surveyapp.db.models import Survey
from tests.factory import PhotoSpec, make_jpeg
from tests.sync.conftest import Laptop, Team, photo_walk
from tests.sync.test_cli_sync import run
from tests.sync.test_one_picture_two_files import PHOTOS

# One picture under several orientation tags: the same pixels, another file each.
FILES = [PHOTOS / f"exifr__f{n}t.jpg" for n in (2, 3, 4, 5, 7)]


def imported(db: Path, source: Path, folder: Path) -> str:
    """Import one file from its own card; the SHA-256 of the file."""
    folder.mkdir()
    shutil.copy(source, folder / source.name)
    result = run(db, "import", str(folder))
    assert result.returncode == 0, result.stderr
    return hashlib.sha256(source.read_bytes()).hexdigest()


def upload_state(db: Path, sha256: str) -> str:
    with sqlite3.connect(db) as connection:
        [(state,)] = connection.execute(
            "SELECT upload_state FROM photo WHERE sha256 = ? AND deleted = 0", (sha256,)
        ).fetchall()
    return str(state)


class Volunteer:
    """A volunteer of the team: the server's address and her token."""

    def __init__(self, team: Team) -> None:
        self.url, self.token = team.url, team.user()


def sync(db: Path, volunteer: Volunteer, *args: str, language: str = "en") -> str:
    """`surveyapp sync` run by this volunteer on this laptop, in her language; what it printed."""
    result = run(
        db,
        "sync",
        "--server",
        volunteer.url,
        *args,
        env={"SURVEYAPP_TOKEN": volunteer.token, "SURVEYAPP_LANG": language},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_a_photo_whose_copy_the_server_holds_is_said_already_on_the_server(
    own_team: Team, tmp_path: Path
) -> None:
    """Ana shares a photo, then imports other files of the same picture one by one: each run
    sends no byte, and says "1 photo already on the server" beside "0 photos uploaded", in
    English, French and Serbian, and `--json` counts it apart (``photos_confirmed``). (A
    server of the test's own: the session's may hold these corpus pictures, shared first by
    the Sync dialog's test.)"""
    if not all(path.exists() for path in FILES):
        pytest.skip("the corpus's orientation samples are not here")
    ana = Volunteer(own_team)
    db = tmp_path / "ana" / "survey.sqlite"
    db.parent.mkdir()
    first = imported(db, FILES[0], tmp_path / "card-0")
    shared: dict[str, Any] = json.loads(sync(db, ana, "--json"))
    assert shared["complete"] and shared["photos_uploaded"] == 1, shared
    assert shared["photos_confirmed"] == 0, shared
    assert upload_state(db, first) == "uploaded"

    said = {
        "en": "0 photos uploaded, 1 photo already on the server",
        "fr": "0 photo téléversée, 1 photo déjà sur le serveur",
        "sr_Latn": "0 fotografija otpremljeno, 1 fotografija već na serveru",
    }
    for number, (language, words) in enumerate(said.items(), start=1):
        again = imported(db, FILES[number], tmp_path / f"card-{number}")
        out = sync(db, ana, language=language)
        assert words in out, out
        assert upload_state(db, again) == "uploaded"

    last = imported(db, FILES[4], tmp_path / "card-4")
    counted: dict[str, Any] = json.loads(sync(db, ana, "--json"))
    assert counted["complete"], counted
    assert (counted["photos_uploaded"], counted["photos_confirmed"]) == (0, 1), counted
    assert upload_state(db, last) == "uploaded"


def test_a_picture_a_teammate_shared_first_is_said_already_on_the_server(
    team: Team, tmp_path: Path
) -> None:
    """Bojan imports the picture Ana already shared: his photo becomes hers, whose copy the
    server holds; his run says so ("1 photo déjà sur le serveur"), not "0 photo téléversée"
    alone, and `--json` counts it apart."""
    ana, bojan = Volunteer(team), Volunteer(team)
    hers, his = tmp_path / "ana" / "survey.sqlite", tmp_path / "bojan" / "survey.sqlite"
    hers.parent.mkdir()
    his.parent.mkdir()
    [source] = photo_walk(tmp_path / "walk", 1, seed=6801).iterdir()  # a picture of this test
    picture = imported(hers, source, tmp_path / "her-card")
    assert json.loads(sync(hers, ana, "--json"))["photos_uploaded"] == 1
    assert imported(his, source, tmp_path / "his-card") == picture
    out = sync(his, bojan, language="fr")
    assert "0 photo téléversée, 1 photo déjà sur le serveur" in out, out
    assert upload_state(his, picture) == "uploaded"
    # The run log keeps it too: `sync status` lists his run with its photo already there.
    [latest, *_] = json.loads(run(his, "sync", "status", "--json").stdout)["runs"]
    assert (latest["photos"], latest["photos_confirmed"]) == (0, 1), latest
    said = {
        "en": "photos 0 (+1 already on the server), errors 0",
        "fr": "photos 0 (+1 déjà sur le serveur), erreurs 0",
        "sr_Latn": "fotografija 0 (+1 već na serveru), grešaka 0",
    }
    for language, words in said.items():
        status = run(his, "sync", "status", env={"SURVEYAPP_LANG": language})
        assert status.returncode == 0, status.stderr
        [line, *_] = [line for line in status.stdout.splitlines() if bojan.url in line]
        assert words in line, status.stdout


def test_a_photo_the_server_refuses_is_said_once_and_never_counted_as_sent(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """A photo over the server's size limit beside one it takes: the run counts one photo
    uploaded and none already on the server, says the refused one once by its own line and
    once among what still waits."""
    machine = laptop("ana")
    folder = tmp_path / "walk"
    folder.mkdir()
    big = PhotoSpec(latitude=44.81, size=(1400, 1050))  # its copy is over MAX_BLOB_MB
    (folder / "big.jpg").write_bytes(make_jpeg(big, seed=6802, noise=True))
    (folder / "small.jpg").write_bytes(make_jpeg(PhotoSpec(latitude=44.82), seed=6803))
    machine.import_photos(folder)
    with machine.db.session() as session:
        session.scalars(select(Survey)).one().blur_people = False
        session.commit()
    machine.db.close()  # the command line opens the file itself
    ana = Volunteer(sqlite_team)
    result = run(
        machine.db.path,
        "sync",
        "--server",
        ana.url,
        env={"SURVEYAPP_TOKEN": ana.token, "SURVEYAPP_LANG": "en"},
    )
    assert result.returncode != 0, result.stdout + result.stderr
    assert ", 1 photo uploaded, " in result.stdout, result.stdout
    assert "already on the server" not in result.stdout, result.stdout
    assert "0 changes and 1 photo still waiting: sync again" in result.stdout, result.stdout
    refused = [line for line in result.stderr.splitlines() if "413" in line]
    assert len(refused) == 1, result.stderr
