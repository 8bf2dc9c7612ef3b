"""Her photos came back from the team's server without their originals (the library lost, the
survey restored or a new laptop): importing her card again puts the originals back, and the
sync goes on confirming the copies the server holds. A teammate importing the same picture
keeps the teammate's photo as it is. Real command line, real server."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from tests.sync.conftest import Team, photo_walk
from tests.sync.test_cli_sync import run


def sync(db: Path, team: Team, token: str) -> dict[str, Any]:
    result = run(db, "sync", "--server", team.url, "--json", env={"SURVEYAPP_TOKEN": token})
    assert result.returncode == 0, result.stdout + result.stderr
    summary: dict[str, Any] = json.loads(result.stdout)
    return summary


def imported(db: Path, folder: Path) -> dict[str, str]:
    """Each file's status, by its name."""
    result = run(db, "import", "--json", str(folder))
    assert result.returncode == 0, result.stderr
    return {
        Path(line["path"]).name: line["status"]
        for line in map(json.loads, result.stdout.splitlines())
    }


def photos(db: Path, pictures: set[str]) -> dict[str, tuple[str, str, str | None]]:
    """(library path, upload state, owner) of the live photos of these pictures."""
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT sha256, library_path, upload_state, owner FROM photo WHERE deleted = 0"
        )
        return {sha: (path, state, owner) for sha, path, state, owner in rows if sha in pictures}


def test_her_photos_back_from_the_server_get_their_originals_from_her_card(
    own_team: Team, tmp_path: Path
) -> None:
    """Ana shares two photos, then her library is gone: her new survey's sync brings them back
    from the server as previews only, and the photo zip cannot hold them. Importing her card
    again says "restored" for each and puts the originals in her library (before: "duplicate",
    nothing put back); her next sync is complete with no byte sent (the server holds their
    copies), and the zip holds the originals. Bojan, who has the same card, keeps them as hers."""
    team = own_team
    ana_token, bojan_token = team.user(), team.user()
    card = photo_walk(tmp_path / "card", 2, seed=3930)
    pictures = {hashlib.sha256(p.read_bytes()).hexdigest() for p in card.iterdir()}
    first = tmp_path / "ana" / "survey.sqlite"
    first.parent.mkdir()
    assert set(imported(first, card).values()) == {"imported"}
    shared = sync(first, team, ana_token)
    assert shared["complete"] and shared["photos_uploaded"] == 2, shared

    again = tmp_path / "ana-again" / "survey.sqlite"  # her library lost: a survey anew
    again.parent.mkdir()
    assert sync(again, team, ana_token)["complete"]
    back = photos(again, pictures)
    assert {path for path, _, _ in back.values()} == {""}, back  # previews only

    assert imported(again, card) == {name.name: "restored" for name in card.iterdir()}
    library = again.parent / "survey-library"
    now = photos(again, pictures)
    for sha256, (path, _, _) in now.items():
        assert path and hashlib.sha256((library / path).read_bytes()).hexdigest() == sha256
    after = sync(again, team, ana_token)
    assert after["complete"] and after["photos_uploaded"] == 0, after
    assert after["photos_confirmed"] == 2, after
    assert {state for _, state, _ in photos(again, pictures).values()} == {"uploaded"}
    zipped = run(again, "export", "zip", str(tmp_path / "photos.zip"))
    assert zipped.returncode == 0, zipped.stderr
    assert imported(again, card) == {name.name: "duplicate" for name in card.iterdir()}

    bojan = tmp_path / "bojan" / "survey.sqlite"
    bojan.parent.mkdir()
    assert sync(bojan, team, bojan_token)["complete"]
    his_card = tmp_path / "bojans-card"
    shutil.copytree(card, his_card)
    assert imported(bojan, his_card) == {name.name: "duplicate" for name in card.iterdir()}
    assert {(path, state) for path, state, _ in photos(bojan, pictures).values()} == {
        ("", "remote")
    }
    assert sync(bojan, team, bojan_token)["complete"]
