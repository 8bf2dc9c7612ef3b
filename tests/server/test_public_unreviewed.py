"""What a reviewer verified is what the public map shows: a volunteer's change made after the
review (a new position, a camera merged in with its photos) is not published before a reviewer
looked at it (README: the map never holds an unverified camera; review-and-publication.md: "a
merged camera is looked at again")."""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

import pytest

from tests.server.conftest import Api, Team, camera, photo_naming
from tests.server.test_public import mapped, picture, public, review, upload


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
    [conflict] = [c for c in listed if c["record_id"] == verified]
    assert conflict["field"] == "review_state"
    # The Review tab's two choices: the value her move left ("unverified (ana)"; before,
    # "unverified (coordinator)", a value he never chose), and his set-aside verification.
    assert (conflict["applied"], conflict["user"]) == ("unverified", "ana")
    assert (conflict["previous"], conflict["previous_user"]) == ("verified", "coordinator")

    review(coordinator, verified, "verified", version=2)  # he looked at it as it is now
    now = _feature(team, verified)
    assert now is not None and now["geometry"]["coordinates"] == [19.8, 45.2]


def _photo_of(api: Api, blob: str) -> dict[str, Any]:
    """The photo record naming the shared copy ``blob``, as a pull gives it."""
    [found] = [c for c in api.pull_all() if (c.get("fields") or {}).get("blob_sha256") == blob]
    return found


def _elsewhere(ana: Api) -> tuple[str, str]:
    """Another camera of Ana's with a photo; (camera id, its shared copy's hash)."""
    data = picture()
    home, photo = photo_naming(hashlib.sha256(data).hexdigest(), len(data))
    assert [r["status"] for r in ana.push([home, photo])] == ["applied", "applied"]
    return home["record_id"], upload(ana, data)


def _new_picture(ana: Api, camera_id: str) -> str:
    """A new photo of Ana's on the camera; its shared copy's hash."""
    data = picture()
    digest = hashlib.sha256(data).hexdigest()
    fields = {"sha256": uuid.uuid4().hex * 2, "camera_id": camera_id, "file_name": "IMG_9.jpg",
              "blob_sha256": digest, "blob_size": len(data)}  # fmt: skip
    assert ana.push([camera(fields, record_type="photo")])[0]["status"] == "applied"
    upload(ana, data)
    return digest


def _moved_by_its_edit(ana: Api, camera_id: str) -> str:
    """One of Ana's photos of another camera of hers, moved onto the camera by an edit of its
    camera; its shared copy's hash."""
    _, digest = _elsewhere(ana)
    photo = _photo_of(ana, digest)
    moved = camera({"camera_id": camera_id}, record_type="photo",
                   record_id=photo["record_id"], base_version=photo["version"])  # fmt: skip
    assert ana.push([moved])[0]["status"] == "applied"
    return digest


def _moved_by_a_split(ana: Api, camera_id: str) -> str:
    """One of Ana's photos of another camera of hers, moved onto the camera by a move_photos
    (as her laptop's split sends it); its shared copy's hash."""
    other, digest = _elsewhere(ana)
    photo = _photo_of(ana, digest)
    move = camera({}, record_id=camera_id, op="move_photos", base_version=None,
                  args={"photos": [photo["record_id"]], "from": [other]})  # fmt: skip
    assert ana.push([move])[0]["status"] == "applied"
    return digest


def _new_copy(ana: Api, camera_id: str) -> str:
    """A new shared copy of the camera's photo (Ana blurred more); its hash."""
    [photo] = [
        c
        for c in ana.pull_all()
        if c["record_type"] == "photo" and c["fields"].get("camera_id") == camera_id
    ]
    data = picture()
    digest = hashlib.sha256(data).hexdigest()
    change = camera({"blob_sha256": digest, "blob_size": len(data)}, record_type="photo",
                    record_id=photo["record_id"], base_version=photo["version"])  # fmt: skip
    assert ana.push([change])[0]["status"] == "applied"
    upload(ana, data)
    return digest


@pytest.mark.parametrize(
    "put_on", [_new_picture, _moved_by_its_edit, _moved_by_a_split, _new_copy],
    ids=["new photo", "photo moved by its edit", "photos moved", "new copy"],
)  # fmt: skip
def test_a_verification_from_before_a_volunteers_new_picture_is_set_aside_for_the_reviewer(
    team: Team, api_for: Any, put_on: Any
) -> None:
    """The reviewer verifies Ana's camera as his laptop shows it (version 1) while a picture
    she put on it since (a new photo, one moved there, a new copy of its photo) has reached
    the server: he never saw that picture, so the camera is not published with it (before:
    verified, and the picture's copy public, with no conflict: only a change of the camera's
    own fields made his verification stale), the verification is a conflict for the
    reviewers, and verifying the camera as it is now publishes it."""
    ana, coordinator = api_for(team.server, team.ana), api_for(team.server, team.coordinator)
    home, _ = _elsewhere(ana)
    unseen = put_on(ana, home)

    stale = camera({"review_state": "verified"}, record_id=home, base_version=1)
    [result] = coordinator.push([stale])
    assert result["status"] == "conflict" and result["conflict_fields"] == ["review_state"]
    assert [r["fields"]["review_state"] for r in result["records"]] == ["unverified"]
    assert _feature(team, home) is None
    with public(team) as visitor:
        assert visitor.get(f"/public/photos/{unseen}.jpg").status_code == 404
    listed = coordinator.call("GET", "/conflicts").json()["data"]
    assert [c["field"] for c in listed if c["record_id"] == home] == ["review_state"]

    [now] = [c for c in coordinator.pull_all() if c["record_id"] == home]
    review(coordinator, home, "verified", version=now["version"])  # he looked at it as it is
    published = _feature(team, home)
    assert published is not None
    assert f"/public/photos/{unseen}.jpg" in published["properties"]["photos"]
