"""What a reviewer verified is what the public map shows: a volunteer's change made after the
review (a new position, a camera merged in with its photos) is not published before a reviewer
looked at it (README: the map never holds an unverified camera; review-and-publication.md: "a
merged camera is looked at again")."""

from __future__ import annotations

from typing import Any

from tests.server.conftest import Team, camera
from tests.server.test_public import mapped, public, review


def _feature(team: Team, camera_id: str) -> dict[str, Any] | None:
    with public(team) as visitor:
        features = visitor.get("/public/cameras.geojson").json()["features"]
    found = [f for f in features if f["id"] == camera_id]
    return found[0] if found else None


def test_a_volunteers_move_after_the_review_is_not_published_unreviewed(
    team: Team, api_for: Any
) -> None:
    ana, coordinator = api_for(team.server, team.ana), api_for(team.server, team.coordinator)
    verified, _ = mapped(ana, "verified", 41)
    review(coordinator, verified, "verified")
    reviewed = _feature(team, verified)
    assert reviewed is not None
    where = reviewed["geometry"]["coordinates"]

    # Ana moves her verified camera 40 km away; no reviewer has seen it since.
    moved = camera({"latitude": 45.2, "longitude": 19.8}, record_id=verified, base_version=2)
    assert ana.push([moved])[0]["status"] == "applied"
    now = _feature(team, verified)
    assert now is None or now["geometry"]["coordinates"] == where, now


def test_a_camera_merged_into_a_verified_one_is_not_published_unreviewed(
    team: Team, api_for: Any
) -> None:
    ana, coordinator = api_for(team.server, team.ana), api_for(team.server, team.coordinator)
    verified, reviewed_photo = mapped(ana, "verified", 42)
    review(coordinator, verified, "verified")
    other, unreviewed_photo = mapped(ana, "unverified", 43)  # never looked at by a reviewer

    merge = camera({}, record_id=verified, op="merge", base_version=None,
                   args={"absorbed": [other]})  # fmt: skip
    assert ana.push([merge])[0]["status"] == "applied"
    now = _feature(team, verified)
    shown = now["properties"].get("photos", []) if now is not None else []
    assert f"/public/photos/{unreviewed_photo}.jpg" not in shown, shown
    with public(team) as visitor:
        assert visitor.get(f"/public/photos/{unreviewed_photo}.jpg").status_code == 404


def test_a_volunteers_vendor_after_the_review_is_not_published_unreviewed(
    team: Team, api_for: Any
) -> None:
    """The vendor the map shows (and whether it is on the Covered List) comes from the camera's
    catalogue entry too: a volunteer's new entry alone is a change of what the map shows."""
    ana, coordinator = api_for(team.server, team.ana), api_for(team.server, team.coordinator)
    verified, _ = mapped(ana, "verified", 48, manufacturer=None, brand=None)
    review(coordinator, verified, "verified")
    reviewed = _feature(team, verified)
    assert reviewed is not None and reviewed["properties"]["vendor_slug"] == "hikvision"

    changed = camera({"vendor_slug": "axis"}, record_id=verified, base_version=2)
    assert ana.push([changed])[0]["status"] == "applied"
    now = _feature(team, verified)
    assert now is None or now["properties"] == reviewed["properties"], now


def test_a_verification_from_before_a_volunteers_move_is_set_aside_for_the_reviewer(
    team: Team, api_for: Any
) -> None:
    """The reviewer verifies the camera as his laptop shows it (version 1) while Ana's move
    has reached the server (version 2): the camera is not published where no reviewer saw it
    (before: verified and on the map at her new place, with no conflict), the verification is
    listed as a conflict for the reviewers, and verifying it once they looked publishes it."""
    ana, coordinator = api_for(team.server, team.ana), api_for(team.server, team.coordinator)
    verified, _ = mapped(ana, "unverified", 49)
    moved = camera({"latitude": 45.2, "longitude": 19.8}, record_id=verified, base_version=1)
    assert ana.push([moved])[0]["status"] == "applied"

    stale = camera({"review_state": "verified"}, record_id=verified, base_version=1)
    [result] = coordinator.push([stale])
    assert result["status"] == "conflict" and result["conflict_fields"] == ["review_state"]
    assert [r["fields"]["review_state"] for r in result["records"]] == ["unverified"]
    assert _feature(team, verified) is None
    listed = coordinator.call("GET", "/conflicts").json()["data"]
    assert [c["field"] for c in listed if c["record_id"] == verified] == ["review_state"]

    review(coordinator, verified, "verified", version=2)  # he looked at it as it is now
    now = _feature(team, verified)
    assert now is not None and now["geometry"]["coordinates"] == [19.8, 45.2]
