"""A photo a volunteer adds to her verified camera after the review (a new photo on it, or
photos moved onto it from another camera) is not published before a reviewer looked at it:
its blurred copy could show what no reviewer saw (review-and-publication.md: a change of what a
reviewer verified makes the camera unverified again, off the public map)."""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

from tests.server.conftest import Team, camera, photo_naming
from tests.server.test_public import jpeg, mapped, picture, public, review, upload


def _shown(team: Team) -> list[str]:
    """Every photo URL the public map shows."""
    with public(team) as visitor:
        features = visitor.get("/public/cameras.geojson").json()["features"]
    return [url for f in features for url in f["properties"].get("photos", [])]


def test_a_photo_added_to_a_verified_camera_is_not_published_unreviewed(
    team: Team, api_for: Any
) -> None:
    ana, coordinator = api_for(team.server, team.ana), api_for(team.server, team.coordinator)
    verified, reviewed_photo = mapped(ana, "verified", 44)
    review(coordinator, verified, "verified")
    assert f"/public/photos/{reviewed_photo}.jpg" in _shown(team)

    # Ana puts a new photo on her verified camera; no reviewer has seen it.
    data = jpeg(45)
    digest = hashlib.sha256(data).hexdigest()
    fields = {"sha256": uuid.uuid4().hex * 2, "camera_id": verified, "file_name": "IMG_2.jpg",
              "blob_sha256": digest, "blob_size": len(data)}  # fmt: skip
    assert ana.push([camera(fields, record_type="photo")])[0]["status"] == "applied"
    upload(ana, data)
    assert f"/public/photos/{digest}.jpg" not in _shown(team)
    with public(team) as visitor:
        assert visitor.get(f"/public/photos/{digest}.jpg").status_code == 404


def test_photos_moved_onto_a_verified_camera_are_not_published_unreviewed(
    team: Team, api_for: Any
) -> None:
    ana, coordinator = api_for(team.server, team.ana), api_for(team.server, team.coordinator)
    verified, _ = mapped(ana, "verified", 46)
    review(coordinator, verified, "verified")
    other, unreviewed = mapped(ana, "unverified", 47)
    photos = [c["record_id"] for c in ana.pull_all()
              if (c.get("fields") or {}).get("blob_sha256") == unreviewed]  # fmt: skip
    move = camera({}, record_id=verified, op="move_photos", base_version=None,
                  args={"photos": photos, "from": [other]})  # fmt: skip
    assert ana.push([move])[0]["status"] == "applied"
    assert f"/public/photos/{unreviewed}.jpg" not in _shown(team)


def test_what_a_volunteer_sends_back_to_review_is_what_the_public_map_shows() -> None:
    """The laptop's --verified-only export and the server share the list of fields whose change
    makes a verified camera unverified again: its position, its catalogue vendor (the map's
    vendor and Covered List flag) and every field the map shows but check_date."""
    from surveyapp.protocol.fields import REVIEWED_CAMERA_FIELDS
    from surveyapp.server.public import PUBLIC_FIELDS

    shown = {"latitude", "longitude", "vendor_slug", *PUBLIC_FIELDS.values()} - {"check_date"}
    assert shown == REVIEWED_CAMERA_FIELDS


def test_a_more_blurred_copy_leaves_the_sharper_one_off_the_map_and_waits_for_a_review(
    team: Team, api_for: Any
) -> None:
    """Ana blurs more a photo of her verified camera (the sharper copy showed a face): the
    sharper copy is off the map as soon as her photo names the new one, and the new copy is
    not public before a reviewer looked at it. A copy is only a hash in a push: naming one is
    putting any picture on the camera (before: the new copy was published on the reviewer's
    word for the old one)."""
    ana, coordinator = api_for(team.server, team.ana), api_for(team.server, team.coordinator)
    sharp_data = picture()
    home, photo = photo_naming(hashlib.sha256(sharp_data).hexdigest(), len(sharp_data))
    assert [r["status"] for r in ana.push([home, photo])] == ["applied", "applied"]
    sharp = upload(ana, sharp_data)
    review(coordinator, home["record_id"], "verified")
    assert f"/public/photos/{sharp}.jpg" in _shown(team)

    data = picture()
    blurred = hashlib.sha256(data).hexdigest()
    change = camera({"blob_sha256": blurred, "blob_size": len(data)}, record_type="photo",
                    record_id=photo["record_id"], base_version=1)  # fmt: skip
    assert ana.push([change])[0]["status"] == "applied"
    with public(team) as visitor:
        assert visitor.get(f"/public/photos/{sharp}.jpg").status_code == 404
    assert f"/public/photos/{sharp}.jpg" not in _shown(team)
    upload(ana, data)
    assert f"/public/photos/{blurred}.jpg" not in _shown(team)
    with public(team) as visitor:
        assert visitor.get(f"/public/photos/{blurred}.jpg").status_code == 404

    # The reviewer looks at the camera as it is now and verifies it: the new copy is public.
    [now] = [c for c in coordinator.pull_all() if c["record_id"] == home["record_id"]]
    assert now["fields"]["review_state"] == "unverified"
    review(coordinator, home["record_id"], "verified", version=now["version"])
    assert f"/public/photos/{blurred}.jpg" in _shown(team)
    assert f"/public/photos/{sharp}.jpg" not in _shown(team)
