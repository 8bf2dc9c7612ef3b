"""A volunteer takes her own photo off a teammate's camera a reviewer merged it into (a split
the server allows her), then undoes that split. Once the split is on the server, the undo
would put her photo back on the teammate's camera, which the server refuses her: the laptop
says so before anything is queued, with what she can do instead, and every sync ends complete.
Before the split is synced, the undo and the redo just work. Real server processes on SQLite
and PostgreSQL, real laptop databases; the command line as separate processes."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from surveyapp.cameras import history, operations
from surveyapp.cameras.history import APP, UndoError
from surveyapp.db.models import Photo
from tests.sync.conftest import Laptop, Team
from tests.sync.test_cli_sync import run
from tests.sync.test_review_work import walk_at
from tests.sync.test_team_cases import assert_everyone_equals_the_server, edit, httpx_client
from tests.sync.test_undo import outbox_rows


def merged_into_anas_camera(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path, seed: int
) -> tuple[Laptop, str, Laptop, str, uuid.UUID, uuid.UUID, str]:
    """Ana and Bojan mapped one camera each, a reviewer merged Bojan's into Ana's: Bojan's
    laptop has his photo on her camera. Returns ana, her token, bojan, his token, her camera,
    his photo, and Ana's name on the team."""
    ana_token, bojan_token, reviewer_token = team.user(), team.user(), team.user("reviewer")
    ana, bojan, reviewer = laptop("ana"), laptop("bojan"), laptop("reviewer")
    ana.import_photos(walk_at(tmp_path / "ana-walk", [(45.2001, 19.8)], seed=seed))
    bojan.import_photos(walk_at(tmp_path / "bojan-walk", [(45.20012, 19.80005)], seed=seed + 1))
    [hers], [his] = ana.camera_ids(), bojan.camera_ids()
    [photo] = bojan.photo_ids()
    assert ana.sync(team.url, ana_token).complete
    assert bojan.sync(team.url, bojan_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    edit(reviewer, lambda s: operations.merge_cameras(s, [hers, his]))
    assert reviewer.sync(team.url, reviewer_token).complete
    assert bojan.sync(team.url, bojan_token).complete
    assert camera_of(bojan, photo) == hers
    with httpx_client(team, ana_token) as http:
        name = http.get("/me").json()["data"]["name"]
    return ana, ana_token, bojan, bojan_token, hers, photo, name


def camera_of(machine: Laptop, photo: uuid.UUID) -> uuid.UUID | None:
    with machine.db.session() as session:
        return session.scalars(select(Photo.camera_id).where(Photo.id == photo)).one()


def test_the_command_line_says_why_the_synced_split_off_a_teammates_camera_stays(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """`surveyapp camera split`, `sync`, `undo`, `redo`, `sync`, each a process of its own:
    the undo is refused with the reason and what she can do (exit 2, as for any refused
    undo), nothing is queued, her photo stays on its camera, the next sync is complete and
    nothing is listed refused."""
    ana, ana_token, bojan, bojan_token, hers, photo, name = merged_into_anas_camera(
        team, laptop, tmp_path, 4441
    )
    bojan.db.close()  # the command line opens the survey itself
    path, env = bojan.db.path, {"SURVEYAPP_TOKEN": bojan_token}
    split = run(path, "camera", "split", str(photo))
    assert split.returncode == 0, split.stderr
    assert run(path, "sync", "--server", team.url, env=env).returncode == 0
    alone = camera_of(bojan, photo)
    assert alone not in (None, hers)
    rows = outbox_rows(bojan)

    undone = run(path, "undo")
    assert undone.returncode == 2, (undone.stdout, undone.stderr)
    assert "the split was already sent to the server" in undone.stderr
    assert (
        f"undone here; nothing is lost: 1 photo of yours stays on a camera of its own, and only "
        f"{name} or a reviewer can merge it back into their camera" in undone.stderr
    )
    assert outbox_rows(bojan) == rows and camera_of(bojan, photo) == alone
    redone = run(path, "redo")
    assert redone.returncode == 2 and "there is nothing to redo" in redone.stderr

    synced = run(path, "sync", "--server", team.url, env=env)
    assert synced.returncode == 0, synced.stderr
    assert "refused" not in synced.stderr + synced.stdout
    status = run(path, "sync", "status")
    assert status.returncode == 0 and "refused" not in status.stdout, status.stdout
    assert ana.sync(team.url, ana_token).complete
    assert camera_of(ana, photo) == alone
    assert_everyone_equals_the_server(team, bojan_token, ana, bojan)


def test_the_undo_of_the_synced_split_off_a_teammates_camera_queues_nothing(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """The app's own undo history (Edit → Undo calls it): refused with the same sentence,
    nothing changed or queued; her next sync sends nothing and is complete."""
    ana, ana_token, bojan, bojan_token, hers, photo, name = merged_into_anas_camera(
        team, laptop, tmp_path, 4443
    )
    alone = edit(bojan, lambda s: history.split_photos(s, APP, [photo])).id
    assert bojan.sync(team.url, bojan_token).complete
    rows = outbox_rows(bojan)
    with pytest.raises(UndoError, match=f"only {name} or a reviewer can merge it back"):
        edit(bojan, lambda s: history.undo(s, APP))
    assert outbox_rows(bojan) == rows and camera_of(bojan, photo) == alone
    summary = bojan.sync(team.url, bojan_token)
    assert summary.complete and summary.pushed == 0, summary
    assert ana.sync(team.url, ana_token).complete
    assert_everyone_equals_the_server(team, bojan_token, ana, bojan)


def test_before_a_sync_the_split_off_a_teammates_camera_is_undone_and_redone(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Never synced, the split is not on the server: the undo puts her photo back on Ana's
    camera with nothing to send, the redo takes it off again, a second undo puts it back, and
    each sync is complete with everyone equal to the server."""
    ana, ana_token, bojan, bojan_token, hers, photo, name = merged_into_anas_camera(
        team, laptop, tmp_path, 4445
    )
    rows = outbox_rows(bojan)
    alone = edit(bojan, lambda s: history.split_photos(s, APP, [photo])).id
    assert edit(bojan, lambda s: history.undo(s, APP)).exact
    assert camera_of(bojan, photo) == hers and outbox_rows(bojan) == rows
    assert edit(bojan, lambda s: history.redo(s, APP)).exact
    assert camera_of(bojan, photo) == alone
    assert edit(bojan, lambda s: history.undo(s, APP)).exact
    summary = bojan.sync(team.url, bojan_token)
    assert summary.complete and summary.pushed == 0, summary
    assert camera_of(bojan, photo) == hers
    # Redone after that sync: the split goes to the server, which takes it.
    assert edit(bojan, lambda s: history.redo(s, APP)).exact
    assert bojan.sync(team.url, bojan_token).complete
    assert ana.sync(team.url, ana_token).complete
    assert camera_of(ana, photo) == alone
    assert_everyone_equals_the_server(team, bojan_token, ana, bojan)
