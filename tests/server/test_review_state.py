"""A camera's review state (unverified, verified, disputed, removed): only reviewers and admins
change it, against the live server on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest

from tests.server.conftest import Team, camera


@pytest.mark.parametrize(
    ("role", "fields", "status"),
    [
        ("ana", {"review_state": "unverified"}, "applied"),  # a new camera's first value
        ("ana", {"review_state": None}, "applied"),
        ("ana", {"review_state": "verified"}, "rejected"),
        ("ana", {"review_state": "disputed"}, "rejected"),
        ("coordinator", {"review_state": "verified"}, "applied"),
        ("admin", {"review_state": "removed"}, "applied"),
    ],
)
def test_a_new_camera_carries_a_review_only_a_reviewer_may_give(
    team: Team, api_for: Any, role: str, fields: dict[str, Any], status: str
) -> None:
    api = api_for(team.server, getattr(team, role))
    [result] = api.push([camera({"latitude": 44.8, "longitude": 20.4, **fields})])
    assert result["status"] == status, result
    if status == "rejected":
        assert "only reviewers and admins change review_state" in result["message"]


def test_volunteers_cannot_change_the_review_even_of_their_own_camera(
    team: Team, api_for: Any
) -> None:
    ana = api_for(team.server, team.ana)
    coordinator = api_for(team.server, team.coordinator)
    mine = camera({"latitude": 44.8, "longitude": 20.4, "review_state": "unverified"})
    assert ana.push([mine])[0]["status"] == "applied"
    rid = mine["record_id"]
    forged = camera({"review_state": "verified"}, record_id=rid, base_version=1)
    [refused] = ana.push([forged])
    assert refused["status"] == "rejected" and refused["code"] == "forbidden"
    # The server's record is as it was; the refusal carries it back to the laptop.
    assert refused["records"][0]["fields"]["review_state"] == "unverified"
    # The same value is no change: the volunteer's other edits go through.
    same = camera({"review_state": "unverified", "notes": "two cameras"}, record_id=rid,
                  base_version=1)  # fmt: skip
    assert ana.push([same])[0]["status"] == "applied"
    verify = camera({"review_state": "verified"}, record_id=rid, base_version=2)
    assert coordinator.push([verify])[0]["status"] == "applied"
    # A volunteer can neither undo it nor set it back to the first value.
    undo = camera({"review_state": "unverified"}, record_id=rid, base_version=3)
    assert ana.push([undo])[0]["status"] == "rejected"
    notes = camera({"notes": "still there"}, record_id=rid, base_version=3)
    assert ana.push([notes])[0]["status"] == "applied"
    dispute = camera({"review_state": "disputed"}, record_id=rid, base_version=4)
    assert coordinator.push([dispute])[0]["status"] == "applied"


def test_a_review_state_outside_the_vocabulary_is_rejected(team: Team, api_for: Any) -> None:
    coordinator = api_for(team.server, team.coordinator)
    [result] = coordinator.push([camera({"latitude": 1.0, "longitude": 2.0,
                                         "review_state": "approved"})])  # fmt: skip
    assert result["status"] == "rejected" and "review_state is not one of" in result["message"]
