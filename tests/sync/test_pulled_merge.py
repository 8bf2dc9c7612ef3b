"""A reviewer's merge reaches teammates' laptops saying where the camera went, and who merged
it to those who may edit the camera (as an edit's answer says it to them): against a real
server process, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from surveyapp.cameras import operations
from surveyapp.cameras.details import MergedAway, merged_away
from surveyapp.protocol.wire import Change
from tests.sync.conftest import Laptop, Team
from tests.sync.test_apply import NOW, pull
from tests.sync.test_review_work import walk_at
from tests.sync.test_team_cases import camera_of, edit, httpx_client


def went(machine: Laptop, camera: uuid.UUID) -> MergedAway | None:
    with machine.db.session() as session:
        return merged_away(session, camera)


def pulled(team: Team, token: str, camera: uuid.UUID) -> dict[str, Any]:
    """The camera's change as the server's pull gives it to the token's user, page after page
    (the team's server holds the other tests' records too: many pages of them)."""
    found: dict[str, Any] | None = None
    since = 0
    with httpx_client(team, token) as http:
        while True:
            page = http.get("/sync/pull", params={"since": since, "limit": 1000}).json()["data"]
            found = next((c for c in page["changes"] if c["record_id"] == str(camera)), found)
            if not page["more"]:
                break
            since = page["next"]
    assert found is not None, f"camera {camera} is not in the pull"
    return found


def test_a_pulled_merge_says_where_the_camera_went_and_who_merged_it_to_whom_may_edit_it(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Before, every laptop pulled a bare tombstone: the camera was "deleted", nobody could say
    where it went, and Ana's run said nothing of her camera. Bojan, who may not edit Ana's
    camera, learns where it went but not who merged it (an edit's answer would not have told
    him either)."""
    ana_token, bojan_token, reviewer_token = team.user(), team.user(), team.user("reviewer")
    ana, bojan, reviewer = laptop("ana"), laptop("bojan"), laptop("reviewer")
    places = [(45.2, 19.8), (45.21, 19.8), (45.22, 19.8)]
    ana.import_photos(walk_at(tmp_path / "walk", places, 4342))
    gone, kept, deleted = sorted(ana.camera_ids(), key=str)
    for machine, token in ((ana, ana_token), (bojan, bojan_token), (reviewer, reviewer_token)):
        assert machine.sync(team.url, token).complete
    with httpx_client(team, reviewer_token) as http:
        who = http.get("/me").json()["data"]["name"]
    edit(reviewer, lambda s: operations.merge_cameras(s, [kept, gone]))
    edit(reviewer, lambda s: operations.delete_camera(s, deleted))
    assert reviewer.sync(team.url, reviewer_token).complete

    hers, his = ana.sync(team.url, ana_token), bojan.sync(team.url, bojan_token)
    assert hers.complete and his.complete
    # Her run says it of her camera (before: nothing; "3 changes pulled"); his, of a camera
    # that is not his, nothing.
    assert [w for w in hers.warnings if str(gone) in w] == [
        f"camera {gone} was merged into camera {kept} by {who}"
    ]
    assert not [w for w in his.warnings if str(gone) in w]
    assert went(ana, gone) == MergedAway(kept, who)
    assert went(bojan, gone) == MergedAway(kept, None)
    assert went(ana, deleted) is None and went(bojan, deleted) is None  # deleted, not merged
    assert went(ana, kept) is None  # live

    # On the wire: the new keys beside what an older laptop reads, and nothing more.
    told = pulled(team, ana_token, gone)
    assert (told["deleted"], told["fields"]) == (True, {})
    assert (told["merged_into"], told["merged_by"]) == (str(kept), who)
    assert pulled(team, reviewer_token, gone)["merged_by"] == who
    assert pulled(team, bojan_token, gone)["merged_by"] is None
    assert pulled(team, bojan_token, gone)["merged_into"] == str(kept)
    assert pulled(team, ana_token, deleted)["merged_into"] is None
    assert pulled(team, ana_token, kept)["merged_into"] is None


def test_a_later_tombstone_without_a_merge_says_deleted_again(
    laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """An older server (or a later plain deletion) sends a camera's tombstone without where it
    went: the laptop no longer says it was merged anywhere (the old wording: deleted)."""
    machine = laptop("a")
    machine.import_photos(walk_at(tmp_path / "walk", [(45.2, 19.8), (45.21, 19.8)], 4343))
    gone, kept = sorted(machine.camera_ids(), key=str)

    def tombstone(seq: int, version: int, **merge: Any) -> Change:
        return Change(
            seq=seq, record_type="camera", record_id=gone, version=version, deleted=True,
            author="ana", updated_at=NOW, fields={}, **merge,
        )  # fmt: skip

    pull(machine, [tombstone(1, 2, merged_into=kept, merged_by="zoe")], 1)
    assert went(machine, gone) == MergedAway(kept, "zoe")
    pull(machine, [tombstone(2, 3)], 2)
    assert went(machine, gone) is None

    # Back again (a merge undone), then merged once more and brought back: nothing stale.
    pull(machine, [tombstone(3, 4, merged_into=kept, merged_by="zoe")], 3)
    back = Change(
        seq=4, record_type="camera", record_id=gone, version=5, deleted=False, author="ana",
        updated_at=NOW, fields={"survey_id": str(camera_of(machine, kept).survey_id)},
    )  # fmt: skip
    pull(machine, [back], 4)
    camera = camera_of(machine, gone)
    assert not camera.deleted and (camera.merged_into, camera.merged_by) == (None, None)
