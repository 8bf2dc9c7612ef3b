"""A volunteer's edit that changes nothing the public map shows leaves a verified camera
verified (the laptop sends a field set back to its value beside the change it made)."""

from __future__ import annotations

from typing import Any

from tests.server.conftest import Team, camera
from tests.server.test_public import mapped, review


def _camera_now(api: Any, camera_id: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [c for c in api.pull_all() if c["record_id"] == camera_id]
    return found[-1]


def test_an_unchanged_published_value_sent_beside_a_notes_edit_leaves_the_review(
    team: Team, api_for: Any
) -> None:
    # The laptop coalesces "camera_type bullet, then back to dome" and a notes edit into one
    # row {camera_type: dome, notes: ...}: nothing published changed.
    ana, coordinator = api_for(team.server, team.ana), api_for(team.server, team.coordinator)
    verified, _ = mapped(ana, "verified", 61)
    review(coordinator, verified, "verified")
    edit = camera({"camera_type": "dome", "notes": "the shop owner says it records"},
                  record_id=verified, base_version=2)  # fmt: skip
    assert ana.push([edit])[0]["status"] == "applied"
    assert _camera_now(ana, verified)["fields"]["review_state"] == "verified"
    # Nor does a new check_date: the volunteer saw the camera again.
    seen = camera({"check_date": "2026-06-01"}, record_id=verified, base_version=3)
    assert ana.push([seen])[0]["status"] == "applied"
    assert _camera_now(ana, verified)["fields"]["review_state"] == "verified"
