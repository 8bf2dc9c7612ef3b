"""Undo against the real server process: an undone edit the server never saw sends nothing; one
it saw is undone by sending the old values (a sync between the edit and its undo), and a merge,
split or deletion it applied is refused with the reason, changing nothing. Every laptop ends
equal to the server."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from surveyapp.cameras import history, operations
from surveyapp.cameras.history import APP, UndoError
from surveyapp.cli.sync import make_shareable
from surveyapp.db.models import Outbox, Photo
from surveyapp.photos.sharing import Box, add_rectangle
from surveyapp.sync.client import RetryPolicy, SyncClient, SyncError
from surveyapp.sync.engine import run_sync
from tests.proxy import breaking_proxy
from tests.sync.conftest import Laptop, Team, drain, photo_walk
from tests.sync.test_convergence import server_state
from tests.sync.test_team_cases import assert_everyone_equals_the_server, camera_of, edit


@pytest.fixture
def team(own_team: Team) -> Team:
    """A server of this test's own (the tests compare every laptop with the whole server)."""
    return own_team


def outbox_rows(machine: Laptop) -> list[tuple[Any, ...]]:
    return [(row.id, row.mutation_id, row.state, row.fields) for row in machine.outbox()]


def server_camera(team: Team, token: str, camera_id: uuid.UUID) -> dict[str, Any]:
    change = server_state(team.url, token)[camera_id]
    return {**change.fields, "deleted": change.deleted}


EDITS: dict[str, Callable[[Any, list[uuid.UUID]], Any]] = {
    "fields": lambda s, ids: history.set_fields(s, APP, ids[0], {"camera:type": "dome"}),
    "move": lambda s, ids: history.move_camera(s, APP, ids[0], 44.9, 20.5),
    "merge": lambda s, ids: history.merge_cameras(s, APP, ids[:2]),
    "split": lambda s, ids: history.split_photos(
        s, APP, [s.scalars(select(Photo.id).where(Photo.camera_id == ids[0])).first()]
    ),
    "delete": lambda s, ids: history.delete_cameras(s, APP, [ids[1]]),
}


@pytest.mark.parametrize("name", sorted(EDITS))
def test_an_undone_edit_the_server_never_saw_sends_nothing(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path, name: str
) -> None:
    token = team.user()
    ana = laptop("ana")
    ana.import_photos(photo_walk(tmp_path / "walk", 3, seed=610 + sorted(EDITS).index(name)))
    ids = sorted(ana.camera_ids())  # hers (a sync brings the team's too)
    assert ana.sync(team.url, token).complete
    if name == "split":  # a camera of two photos to split
        edit(ana, lambda s: history.merge_cameras(s, APP, ids[:2]))
        assert ana.sync(team.url, token).complete
    journal = outbox_rows(ana)
    server_before = server_state(team.url, token)

    edit(ana, lambda s: EDITS[name](s, ids))
    assert outbox_rows(ana) != journal
    done = edit(ana, lambda s: history.undo(s, APP))
    assert done.exact
    assert outbox_rows(ana) == journal

    summary = ana.sync(team.url, token)
    assert summary.complete and summary.pushed == 0
    assert outbox_rows(ana) == journal  # nothing was queued, nothing sent
    after = server_state(team.url, token)
    assert {k: (v.version, v.deleted) for k, v in after.items() if k in server_before} == {
        k: (v.version, v.deleted) for k, v in server_before.items()
    }
    assert_everyone_equals_the_server(team, token, ana)


def test_an_undone_edit_of_a_camera_never_synced_sends_only_its_creation(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    token = team.user()
    ana = laptop("ana")
    ana.import_photos(photo_walk(tmp_path / "walk", 2, seed=62))
    first = sorted(ana.camera_ids())[0]
    original = camera_of(ana, first)
    edit(ana, lambda s: history.set_fields(s, APP, first, {"operator": "City", "height": "5"}))
    edit(ana, lambda s: history.undo(s, APP))
    assert ana.sync(team.url, token).complete
    on_server = server_camera(team, token, first)
    assert (on_server["operator"], on_server["height"]) == (None, None)
    assert on_server["latitude"] == original.latitude
    assert_everyone_equals_the_server(team, token, ana)


def test_a_sync_between_the_edit_and_its_undo_sends_the_old_values(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """The move and the fields reach the server, a second laptop sees them; the undo goes
    out as a change of its own and the second laptop sees the old values again."""
    token, other_token = team.user(), team.user("reviewer")
    ana, boris = laptop("ana"), laptop("boris")
    ana.import_photos(
        photo_walk(tmp_path / "walk", 2, seed=63 + ("postgresql" in request.node.name))
    )
    first = sorted(ana.camera_ids())[0]
    assert ana.sync(team.url, token).complete
    original = camera_of(ana, first)
    edit(ana, lambda s: history.set_fields(s, APP, first, {"camera:type": "dome"}))
    edit(ana, lambda s: history.move_camera(s, APP, first, 44.9, 20.5))
    assert ana.sync(team.url, token).complete
    assert boris.sync(team.url, other_token).complete
    assert (camera_of(boris, first).latitude, camera_of(boris, first).camera_type) == (
        44.9,
        "dome",
    )

    moved_back = edit(ana, lambda s: history.undo(s, APP))
    typed_back = edit(ana, lambda s: history.undo(s, APP))
    assert not moved_back.exact and not typed_back.exact  # the server had them: old values go
    summary = ana.sync(team.url, token)
    assert summary.complete and summary.pushed == 1  # one change carries both undos
    assert boris.sync(team.url, other_token).complete
    seen = camera_of(boris, first)
    assert (seen.latitude, seen.longitude) == (original.latitude, original.longitude)
    assert (seen.camera_type, seen.position_source) == (None, original.position_source)

    edit(ana, lambda s: history.redo(s, APP))  # redo after a sync: the values go again
    assert ana.sync(team.url, token).complete
    assert boris.sync(team.url, other_token).complete
    assert camera_of(boris, first).camera_type == "dome"
    assert_everyone_equals_the_server(team, token, ana, boris)


@pytest.mark.parametrize("name", ["merge", "split", "delete"])
def test_undo_of_a_structural_change_the_server_applied_is_refused(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path, name: str
) -> None:
    """The server never brings back a record it merged away or deleted: the laptop says so
    and changes nothing, and stays equal to the server."""
    token = team.user()
    ana = laptop("ana")
    ana.import_photos(
        photo_walk(tmp_path / "walk", 3, seed=640 + ["merge", "split", "delete"].index(name))
    )
    ids = sorted(ana.camera_ids())
    assert ana.sync(team.url, token).complete
    if name == "split":
        edit(ana, lambda s: history.merge_cameras(s, "setup", ids[:2]))
    edit(ana, lambda s: EDITS[name](s, ids))
    assert ana.sync(team.url, token).complete
    cameras, rows = ana.camera_ids(), outbox_rows(ana)
    with pytest.raises(UndoError, match="already sent to the server"):
        edit(ana, lambda s: history.undo(s, APP))
    assert (ana.camera_ids(), outbox_rows(ana)) == (cameras, rows)
    summary = ana.sync(team.url, token)
    assert summary.complete and summary.pushed == 0
    assert_everyone_equals_the_server(team, token, ana)


def test_an_undone_blur_rectangle_shares_the_first_copy_again(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    token = team.user()
    ana = laptop("ana")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=65))
    photo_id = next(iter(ana.photo_ids()))
    assert ana.sync(team.url, token).complete

    def shared() -> str | None:
        change = server_state(team.url, token)[photo_id]
        value = change.fields.get("blob_sha256")
        return None if value is None else str(value)

    first_copy = shared()
    assert first_copy is not None
    box = Box(0.2, 0.2, 0.3, 0.3)
    edit(ana, lambda s: history.change_blur(s, APP, photo_id,
                                            lambda: add_rectangle(s, photo_id, box)))  # fmt: skip
    assert ana.sync(team.url, token).complete
    blurred_copy = shared()
    assert blurred_copy not in (None, first_copy)

    assert not edit(ana, lambda s: history.undo(s, APP)).exact
    summary = ana.sync(team.url, token)
    assert summary.complete and summary.photos_uploaded <= 1
    assert shared() == first_copy  # the same choices make the same copy
    with ana.db.session() as session:
        photo = session.get_one(Photo, photo_id)
        assert photo.privacy_regions is None  # no choice made, as before
        assert photo.blob_sha256 == first_copy
        waiting = session.scalars(select(Outbox).where(Outbox.state != "sent")).all()
        assert waiting == []
    assert_everyone_equals_the_server(team, token, ana)


def test_the_command_line_undoes_its_synced_edit_and_the_server_gets_the_old_value(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """`surveyapp camera set`, `sync`, `undo`, `sync`, each a process of its own."""
    from tests.sync.test_cli_sync import run

    env = {"SURVEYAPP_TOKEN": team.user()}
    ana = laptop("ana")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=66))
    first = sorted(ana.camera_ids())[0]
    path = ana.db.path
    assert run(path, "camera", "set", str(first), "operator=City").returncode == 0
    assert run(path, "sync", "--server", team.url, env=env).returncode == 0
    undone = run(path, "undo")
    assert undone.returncode == 0, undone.stderr
    assert undone.stdout.strip() == "undone: field edit"
    assert "the server gets the change at the next sync" in undone.stderr
    assert run(path, "sync", "--server", team.url, env=env).returncode == 0
    assert server_camera(team, env["SURVEYAPP_TOKEN"], first)["operator"] is None


def test_undo_of_an_edit_on_a_camera_a_reviewer_deleted_since_says_so(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ana's synced edit, then a reviewer's delete of that camera, pulled: her undo said
    "undone" and sent nothing; it now says the camera changed since, and changes nothing."""
    team = sqlite_team
    token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=850))
    [camera] = ana.camera_ids()
    edit(ana, lambda s: history.set_fields(s, APP, camera, {"camera:type": "dome"}))
    assert ana.sync(team.url, token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    edit(reviewer, lambda s: operations.delete_camera(s, camera))
    assert reviewer.sync(team.url, reviewer_token).complete
    assert ana.sync(team.url, token).complete
    assert camera not in ana.camera_ids()
    rows = outbox_rows(ana)
    with pytest.raises(UndoError, match="changed again since"):
        edit(ana, lambda s: history.undo(s, APP))
    assert outbox_rows(ana) == rows


def _while_her_sync_uploads(
    ana: Laptop, url: str, token: str, action: Callable[[Any], Any]
) -> None:
    """Her `surveyapp sync` pushes, and while it uploads a photo she acts in the app; its pull
    then brings what teammates did."""
    done: list[bool] = []

    def in_the_app(progress: Any) -> None:
        if progress.stage == "photos" and not done:
            edit(ana, action)
            done.append(True)

    ana.sync(url, token, each=in_the_app)
    assert done


@pytest.mark.parametrize("step", ["fields", "delete"])
def test_undo_of_a_step_a_pulled_change_crossed_is_refused_and_everyone_ends_equal(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path, step: str
) -> None:
    """A reviewer set a camera's operator (or deleted it); Ana, while her sync uploaded a
    photo, set the operator (or deleted the camera) in the app; the sync's pull kept her
    waiting change and brought the reviewer's version. Her undo put back her old value (or the
    camera) and dropped her change: the laptop never took the reviewer's value (or kept a
    camera the server had deleted), for good. It now says the camera changed since."""
    team = sqlite_team
    token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=894 if step == "fields" else 895))
    [camera] = ana.camera_ids()
    assert ana.sync(team.url, token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    if step == "fields":
        edit(reviewer, lambda s: operations.set_fields(s, camera, {"operator": "City"}))
    else:
        edit(reviewer, lambda s: operations.delete_camera(s, camera))
    assert reviewer.sync(team.url, reviewer_token).complete
    ana.import_photos(photo_walk(tmp_path / "more", 1, seed=896 if step == "fields" else 897))
    if step == "fields":
        action: Callable[[Any], Any] = lambda s: history.set_fields(  # noqa: E731
            s, APP, camera, {"operator": "Police"}
        )
    else:
        action = lambda s: history.delete_cameras(s, APP, [camera])  # noqa: E731
    _while_her_sync_uploads(ana, team.url, token, action)
    rows = outbox_rows(ana)
    with pytest.raises(UndoError, match="changed again since"):
        edit(ana, lambda s: history.undo(s, APP))
    assert outbox_rows(ana) == rows  # nothing changed
    assert ana.sync(team.url, token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    assert ana.sync(team.url, token).complete
    assert_everyone_equals_the_server(team, reviewer_token, ana, reviewer)


@pytest.mark.parametrize("fault", ["answer lost", "server silent"])
def test_undo_of_a_merge_pushed_without_an_answer_never_says_the_server_keeps_it(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path, fault: str
) -> None:
    """Her sync is cut after the merge left: the server applied it and its answer was lost, or
    the push never reached a server gone silent. The laptop cannot tell which: the refusal says
    the server may have it and the next sync sends it again, never that the server keeps it;
    once a sync brought the answer, it says the server keeps it."""
    token = team.user()
    ana = laptop("ana")
    ana.import_photos(photo_walk(tmp_path / "walk", 3, seed=680 + (fault == "server silent")))
    ids = sorted(ana.camera_ids())
    assert ana.sync(team.url, token).complete
    edit(ana, lambda s: history.merge_cameras(s, APP, ids[:2]))
    with breaking_proxy(team.server.port) as proxy:
        if fault == "answer lost":
            proxy.drop_answer_to(b"POST /api/v1/sync/push")
        else:
            proxy.go_silent_at(b"POST /api/v1/sync/push")
        client = SyncClient(proxy.url, token, retry=RetryPolicy(attempts=1), timeout=1.0)
        with client, pytest.raises(SyncError):
            drain(run_sync(ana.db.session_factory, ana.db.library, client, make_shareable))
    merged_on_server = server_camera(team, token, ids[1])["deleted"]
    assert merged_on_server is (fault == "answer lost")
    cameras, rows = ana.camera_ids(), outbox_rows(ana)

    with pytest.raises(UndoError) as refused:
        edit(ana, lambda s: history.undo(s, APP))
    said = str(refused.value)
    assert "keeps it" not in said
    assert said == (
        "the merge was sent to the server, but no answer came back: the server may have it, "
        "and the next sync sends it again; it can no longer be undone here; it is taken off "
        "the list of edits to undo"
    )
    assert (ana.camera_ids(), outbox_rows(ana)) == (cameras, rows)

    assert ana.sync(team.url, token).complete
    assert server_camera(team, token, ids[1])["deleted"]
    assert_everyone_equals_the_server(team, token, ana)


def test_the_command_line_takes_a_refused_undo_off_its_list_and_undoes_the_edit_before(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """`camera set`, `camera merge`, `sync`, `undo`, `undo`, each a process of its own: the
    first undo is refused (exit 2) and says the merge leaves the list, changing nothing; the
    second takes the field edit back instead of repeating the refusal, as Edit → Undo does."""
    from tests.sync.test_cli_sync import run

    env = {"SURVEYAPP_TOKEN": team.user()}
    ana = laptop("ana")
    ana.import_photos(photo_walk(tmp_path / "walk", 3, seed=4494))
    first, second, third = sorted(ana.camera_ids(), key=str)
    ana.db.close()  # the command line opens the survey itself
    path = ana.db.path
    assert run(path, "sync", "--server", team.url, env=env).returncode == 0
    assert run(path, "camera", "set", str(first), "operator=City").returncode == 0
    assert run(path, "camera", "merge", str(second), str(third)).returncode == 0
    assert run(path, "sync", "--server", team.url, env=env).returncode == 0
    cameras, rows = ana.camera_ids(), outbox_rows(ana)

    refused = run(path, "undo")
    assert refused.returncode == 2, (refused.stdout, refused.stderr)
    assert (
        "the merge was already sent to the server, which keeps it: it can no longer be undone "
        "here; it is taken off the list of edits to undo" in refused.stderr
    )
    assert (ana.camera_ids(), outbox_rows(ana)) == (cameras, rows)
    undone = run(path, "undo")
    assert undone.returncode == 0, undone.stderr
    assert undone.stdout.strip() == "undone: field edit"
    assert run(path, "undo").returncode == 2  # nothing more to undo
    assert ana.camera_ids() == cameras
    assert run(path, "sync", "--server", team.url, env=env).returncode == 0
    assert server_camera(team, env["SURVEYAPP_TOKEN"], first)["operator"] is None
    assert server_camera(team, env["SURVEYAPP_TOKEN"], third)["deleted"]
