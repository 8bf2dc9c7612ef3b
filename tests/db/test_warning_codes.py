"""A photo's warnings are stored as a message code and parameters, translated when shown.

A survey imported in Serbian shows its warnings in English once the volunteer reads English;
migration 0007 turns the sentences earlier versions stored (in any language) into codes.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from surveyapp.db import notes
from surveyapp.db.database import open_database
from surveyapp.db.migrate import head_revision
from surveyapp.i18n import Translator
from tests.factory import PhotoSpec, make_jpeg

FIXTURES = Path(__file__).parent / "fixtures"

VOID = "GPS fix is void (GPSStatus V); position ignored"
BAD_DATE = "EXIF DateTimeOriginal {value} is not a valid date"


def cli(db: Path, language: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SURVEYAPP_DB"}
    env["SURVEYAPP_LANG"] = language
    command = [sys.executable, "-m", "surveyapp.cli", "--db", str(db), *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


def test_warnings_imported_in_serbian_read_in_english(tmp_path: Path) -> None:
    photo = tmp_path / "void.jpg"
    photo.write_bytes(make_jpeg(PhotoSpec(gps_status="V"), seed=7))
    db = tmp_path / "survey.sqlite"
    assert cli(db, "sr_Cyrl", "import", str(photo)).returncode == 0

    with sqlite3.connect(db) as connection:
        (stored,) = connection.execute("SELECT warnings FROM photo").fetchone()
    connection.close()
    assert {"code": VOID, "context": "metadata"} in json.loads(stored)

    english = json.loads(cli(db, "en", "photos", "--json").stdout)
    assert VOID in english[0]["warnings"]
    serbian = json.loads(cli(db, "sr_Cyrl", "photos", "--json").stdout)
    in_cyrillic = Translator("sr_Cyrl").translate("metadata", VOID)
    assert in_cyrillic != VOID and in_cyrillic in serbian[0]["warnings"]


def test_migration_0007_turns_stored_sentences_into_codes(tmp_path: Path) -> None:
    # A survey of an earlier release, its photos' warnings as those releases stored them:
    # sentences in the language of each import.
    path = tmp_path / "survey.sqlite"
    shutil.copyfile(FIXTURES / "schema-0004.sqlite", path)
    sentences = [
        Translator("sr_Cyrl").translate("metadata", VOID),
        Translator("fr").translate("metadata", BAD_DATE).format(value="'2026:13:45 10:00:00'"),
        "a sentence no message makes",
    ]
    with sqlite3.connect(path) as connection:
        (photo_id,) = connection.execute("SELECT id FROM photo ORDER BY id LIMIT 1").fetchone()
        connection.execute("UPDATE photo SET warnings = '[]'")
        connection.execute(
            "UPDATE photo SET warnings = ? WHERE id = ?", (json.dumps(sentences), photo_id)
        )
    connection.close()

    db = open_database(path)
    assert (db.migration.from_revision, db.migration.to_revision) == ("0004", head_revision())
    db.close()
    with sqlite3.connect(path) as connection:
        (stored,) = connection.execute(
            "SELECT warnings FROM photo WHERE id = ?", (photo_id,)
        ).fetchone()
    connection.close()
    assert json.loads(stored) == [
        {"code": VOID, "context": "metadata"},
        {"code": BAD_DATE, "context": "metadata", "params": {"value": "'2026:13:45 10:00:00'"}},
        {"text": "a sentence no message makes"},
    ]
    english = json.loads(cli(path, "en", "photos", "--json").stdout)
    assert [photo["warnings"] for photo in english if photo["warnings"]] == [
        [
            VOID,
            "EXIF DateTimeOriginal '2026:13:45 10:00:00' is not a valid date",
            "a sentence no message makes",
        ]
    ]


def test_what_matters_to_a_volunteer_is_told_from_the_rest() -> None:
    assert notes.kind({"code": VOID, "context": "metadata"}) == notes.POSITION
    assert notes.kind({"code": BAD_DATE, "context": "metadata"}) == notes.TIME
    trivia = {"code": "EXIF thumbnail is not a JPEG image", "context": "metadata"}
    assert notes.kind(trivia) == notes.DETAIL
    assert notes.kind({"text": "anything"}) == notes.DETAIL
