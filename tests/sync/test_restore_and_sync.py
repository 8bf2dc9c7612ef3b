"""A volunteer who restores a backup and syncs again, through the real command line and a real
server: nothing she withdrew after the backup comes back, on her laptop or the server."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.factory import PhotoSpec, make_jpeg
from tests.sync.conftest import Team
from tests.sync.test_convergence import server_state

CLI = [sys.executable, "-m", "surveyapp.cli"]


def surveyapp(db: Path, *args: str, token: str | None = None) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("SURVEYAPP_DB", "SURVEYAPP_TOKEN")}
    if token is not None:
        env["SURVEYAPP_TOKEN"] = token
    result = subprocess.run(
        [*CLI, "--db", str(db), *args], capture_output=True, text=True, timeout=300, env=env
    )
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    return result.stdout


def walk(folder: Path, seed: int) -> Path:
    folder.mkdir(parents=True)
    spec = PhotoSpec(latitude=44.80 + (seed - 3500) * 1e-2, longitude=20.46)
    (folder / f"IMG_{seed}.jpg").write_bytes(make_jpeg(spec, seed=seed))
    return folder


def listed(db: Path, what: str) -> list[dict[str, Any]]:
    return list(json.loads(surveyapp(db, what, "--json")))


def test_a_photo_withdrawn_after_the_backup_stays_withdrawn_after_a_restore_and_a_sync(
    sqlite_team: Team, tmp_path: Path
) -> None:
    """Ana backs up, imports a photo, shares it, deletes its camera and syncs the withdrawal.
    She then restores the backup and syncs. Before: the restore added the withdrawn photo
    back from her library as a new camera, and her sync brought it back on the server (its
    shared copy served again) and on every teammate's laptop."""
    team = sqlite_team
    ana_token, bojan_token = team.user(), team.user()
    ana, bojan = tmp_path / "ana" / "survey.sqlite", tmp_path / "bojan" / "survey.sqlite"
    surveyapp(ana, "import", str(walk(tmp_path / "monday", 3520)))
    sync = ("sync", "--server", team.url)
    surveyapp(ana, *sync, token=ana_token)
    backup = surveyapp(ana, "backup").strip()

    surveyapp(ana, "import", str(walk(tmp_path / "tuesday", 3521)))
    surveyapp(ana, *sync, token=ana_token)
    [withdrawn] = [p for p in listed(ana, "photos") if p["file_name"] == "IMG_3521.jpg"]
    surveyapp(ana, "camera", "delete", withdrawn["camera_id"])
    surveyapp(ana, *sync, token=ana_token)
    kept = {c["id"] for c in listed(ana, "cameras")}

    surveyapp(ana, "restore-backup", backup)
    surveyapp(ana, *sync, token=ana_token)
    surveyapp(bojan, *sync, token=bojan_token)

    live = [
        r.fields["sha256"]
        for r in server_state(team.url, ana_token).values()
        if r.record_type == "photo" and not r.deleted
    ]
    assert withdrawn["sha256"] not in live, "the withdrawn photo is back on the server"
    for laptop in (ana, bojan):
        assert withdrawn["sha256"] not in {p["sha256"] for p in listed(laptop, "photos")}
        assert {c["id"] for c in listed(laptop, "cameras")} == kept


@dataclass
class _Week:
    ana: Path
    token: str
    backup: str
    photos: list[dict[str, Any]]  # as listed before the withdrawal
    withdrawn: dict[str, Any]
    never_shared: Path


def _a_week_then_a_damaged_survey(team: Team, tmp_path: Path, seed: int) -> _Week:
    """Ana imports a walk (photo ``seed``) and shares it, backs up, imports two more
    (``seed + 1``, ``seed + 2``) and shares them, deletes the last one's camera and syncs the
    withdrawal, imports a fourth she never shares (``seed + 3``); then her survey is damaged
    beyond reading (its header and schema)."""
    token = team.user()
    ana = tmp_path / "ana" / "survey.sqlite"
    sync = ("sync", "--server", team.url)
    surveyapp(ana, "import", str(walk(tmp_path / "monday", seed)))
    surveyapp(ana, *sync, token=token)
    backup = surveyapp(ana, "backup").strip()
    tuesday = tmp_path / "tuesday"
    walk(tuesday, seed + 1)
    walk(tuesday / "more", seed + 2)
    surveyapp(ana, "import", str(tuesday))
    surveyapp(ana, *sync, token=token)
    photos = listed(ana, "photos")
    withdrawn = next(p for p in photos if p["file_name"] == f"IMG_{seed + 2}.jpg")
    surveyapp(ana, "camera", "delete", withdrawn["camera_id"])
    surveyapp(ana, *sync, token=token)
    never_shared = walk(tmp_path / "wednesday", seed + 3) / f"IMG_{seed + 3}.jpg"
    surveyapp(ana, "import", str(never_shared))
    with ana.open("r+b") as survey:  # the header and the schema: nothing can be read
        survey.write(os.urandom(4096))
    return _Week(ana, token, backup, photos, withdrawn, never_shared)


def _cli_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("SURVEYAPP_DB", "SURVEYAPP_TOKEN")}


def _restore(ana: Path, backup: str) -> subprocess.CompletedProcess[str]:
    restore = subprocess.run(
        [*CLI, "--db", str(ana), "restore-backup", backup],
        capture_output=True, text=True, timeout=300, env=_cli_env(),
    )  # fmt: skip
    assert restore.returncode == 0 and "Traceback" not in restore.stderr, restore.stderr
    return restore


def test_a_restore_that_cannot_read_the_survey_set_aside_holds_back_what_it_cannot_prove_kept(
    sqlite_team: Team, tmp_path: Path
) -> None:
    """Ana backs up, imports three photos, shares two, deletes one of those and syncs the
    withdrawal, imports a fourth; then her survey is damaged beyond reading (its header) and
    she restores the backup and syncs. Before: the restore could not read which photos she had
    deleted and added every original back, and her sync shared the withdrawn one again. Now
    the originals it cannot prove kept are held back in a folder it names; the shared photo she
    kept comes back from the server; the one never shared is in that folder, to import again."""
    team = sqlite_team
    week = _a_week_then_a_damaged_survey(team, tmp_path, 3890)
    ana, ana_token, withdrawn = week.ana, week.token, week.withdrawn
    unshared_file = week.never_shared
    restore = _restore(ana, week.backup)
    surveyapp(ana, "sync", "--server", team.url, token=ana_token)
    shared = next(p for p in week.photos if p["file_name"] == "IMG_3891.jpg")

    live = [
        r.fields["sha256"]
        for r in server_state(team.url, ana_token).values()
        if r.record_type == "photo" and not r.deleted
    ]
    assert withdrawn["sha256"] not in live, "the withdrawn photo is back on the server"
    here = {p["sha256"] for p in listed(ana, "photos")}
    assert withdrawn["sha256"] not in here
    assert shared["sha256"] in here, "the photo she shared and kept did not come back"
    [held] = [p for p in ana.parent.iterdir() if ".held-back-" in p.name]
    assert str(held) in restore.stderr, restore.stderr
    held_bytes = {f.read_bytes() for f in held.rglob("*") if f.is_file()}
    assert unshared_file.read_bytes() in held_bytes, "a photo she kept is lost"


def test_importing_the_held_back_folder_does_not_share_again_a_photo_she_withdrew(
    sqlite_team: Team, tmp_path: Path
) -> None:
    """After a restore that held back the originals it could not prove kept (the survey set
    aside unreadable), Ana imports that whole folder, as the restore told her to import the
    photos she never shared. Before: the photo she had shared and withdrawn was imported again
    and her next sync shared it again (the server brought its record back, with its copy).
    Now the folder waits for a sync (which says what she withdrew); then its withdrawn photo is
    not imported, said with the day she withdrew it; the one she never shared is imported."""
    team = sqlite_team
    week = _a_week_then_a_damaged_survey(team, tmp_path, 3894)
    ana, ana_token, withdrawn = week.ana, week.token, week.withdrawn
    never_shared = week.never_shared
    sync = ("sync", "--server", team.url)
    env = _cli_env()
    _restore(ana, week.backup)
    [held] = [p for p in ana.parent.iterdir() if ".held-back-" in p.name]

    def import_held() -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [*CLI, "--db", str(ana), "import", str(held)],
            capture_output=True, text=True, timeout=300, env=env,
        )  # fmt: skip
        assert "Traceback" not in done.stderr, done.stderr
        return done

    before = listed(ana, "photos")
    early = import_held()  # before any sync: nothing says yet which of them she withdrew
    assert early.returncode == 1, early.stderr
    assert "held back by a restore: sync first" in early.stderr, early.stderr
    assert listed(ana, "photos") == before  # nothing imported
    surveyapp(ana, *sync, token=ana_token)
    imported = import_held()
    surveyapp(ana, *sync, token=ana_token)

    assert imported.returncode == 0, imported.stderr
    withdrawn_file = held / f"{withdrawn['sha256']}.jpg"
    assert withdrawn_file.is_file()  # her original stays where it is
    assert f"{withdrawn_file}: you withdrew this photo from the team's server on " in (
        imported.stdout
    ), imported.stdout
    live = [
        r.fields["sha256"]
        for r in server_state(team.url, ana_token).values()
        if r.record_type == "photo" and not r.deleted
    ]
    assert withdrawn["sha256"] not in live, "the withdrawn photo is back on the server"
    here = {p["sha256"] for p in listed(ana, "photos")}
    assert withdrawn["sha256"] not in here
    unshared = hashlib.sha256(never_shared.read_bytes()).hexdigest()
    assert unshared in here and unshared in live, "the photo she never shared is not back"
    library = ana.parent / "photos"
    assert not list(library.rglob(f"{withdrawn['sha256']}*")), "a copy nothing names is left"
