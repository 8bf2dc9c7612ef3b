"""The team's review end to end: a reviewer's laptop verifies, disputes and removes a
volunteer's cameras; the states reach the volunteer's laptop, filter its list and its exports
(``--verified-only``), and a volunteer's laptop never offers, nor gets through, a change of
them. Real server processes on SQLite and PostgreSQL, real laptop databases."""

from __future__ import annotations

import csv
import io
import json
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from surveyapp.cameras.listing import CameraFilter, camera_rows
from surveyapp.cameras.permissions import NotAllowedError
from surveyapp.cameras.review import set_review
from surveyapp.db.models import Camera, Photo
from surveyapp.export.formats import FORMATS, write_export
from tests.sync.conftest import Laptop, Team, photo_walk
from tests.sync.test_team_cases import assert_everyone_equals_the_server


def review_states(machine: Laptop) -> dict[uuid.UUID, str]:
    with machine.db.session() as session:
        query = select(Camera.id, Camera.review_state).where(Camera.deleted.is_(False))
        return {camera_id: state for camera_id, state in session.execute(query)}


def exported(machine: Laptop, name: str, verified_only: bool) -> str:
    binary = FORMATS[name].binary
    out: io.BytesIO | io.StringIO = io.BytesIO() if binary else io.StringIO()
    with machine.db.session() as session:
        list(write_export(session, name, out, library=machine.db.library,
                          verified_only=verified_only))  # fmt: skip
    value = out.getvalue()
    return value.decode() if isinstance(value, bytes) else value


def test_review_states_round_trip_and_filter_the_list_and_every_export(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(photo_walk(tmp_path / "walk", 4, seed=361))
    assert set(review_states(ana).values()) == {"unverified"}
    first, second, third, fourth = sorted(ana.camera_ids())
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete

    with reviewer.db.session() as session:
        set_review(session, [first, second], "verified")
        set_review(session, [third], "disputed")
        set_review(session, [str(fourth)[:8]], "removed")  # a unique prefix names it too
        session.commit()
    assert reviewer.sync(team.url, reviewer_token).complete
    assert ana.sync(team.url, ana_token).complete
    expected = {first: "verified", second: "verified", third: "disputed", fourth: "removed"}
    mine = set(expected)

    def own(states: dict[uuid.UUID, str]) -> dict[uuid.UUID, str]:
        return {k: v for k, v in states.items() if k in mine}

    assert own(review_states(ana)) == expected == own(review_states(reviewer))
    assert_everyone_equals_the_server(team, reviewer_token, ana, reviewer)

    with ana.db.session() as session:
        rows = [row for row in camera_rows(session) if row.uuid in mine]
    assert {r.id for r in CameraFilter(review="verified").apply(rows)} == {str(first), str(second)}
    assert [r.id for r in CameraFilter(review="disputed").apply(rows)] == [str(third)]

    # Every export says the review; --verified-only writes the verified cameras alone (the
    # server is shared with other tests: their cameras are counted by their own review).
    features = json.loads(exported(ana, "geojson", False))["features"]
    states = {uuid.UUID(f["id"]): f["properties"]["survey:review"] for f in features}
    assert own(states) == expected
    published = json.loads(exported(ana, "geojson", True))["features"]
    verified = {uuid.UUID(f["id"]) for f in published}
    assert verified & mine == {first, second}
    assert verified == {k for k, v in states.items() if v == "verified"}
    table = list(csv.DictReader(io.StringIO(exported(ana, "csv", True))))
    assert {row["survey:review"] for row in table} == {"verified"}
    assert {uuid.UUID(row["id"]) for row in table} == verified
    for name, item in (("kml", "<Placemark"), ("gpx", "<wpt")):
        text = exported(ana, name, True)
        assert text.count(item) == len(verified) and str(third) not in text, name
        assert str(first) in text and "survey:review" in text, name
        assert str(third) in exported(ana, name, False), name
    osm = exported(ana, "osm", True)
    assert osm.count("<node") == len(verified)
    assert "survey:review" not in osm  # JOSM would upload it with the camera

    # The volunteer's laptop refuses before anything changes ...
    with ana.db.session() as session, pytest.raises(NotAllowedError, match="reviewers"):
        set_review(session, [first], "disputed")
    # ... and a change slipped past it (an old laptop) is refused by the server and undone.
    with ana.db.session() as session:
        camera = session.get(Camera, third)
        assert camera is not None
        camera.review_state = "verified"
        session.commit()
    summary = ana.sync(team.url, ana_token)
    assert summary.refused == 1
    assert review_states(ana)[third] == "verified"  # kept locally until discarded, not lost
    assert review_states(reviewer)[third] == "disputed"


def test_a_pull_sets_the_review_without_queueing_it_back(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """The review a pull brings is the server's: it makes no outbox row on the volunteer's
    laptop (else every later sync would send it back and be refused)."""
    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=362))
    [only] = ana.camera_ids()
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    with reviewer.db.session() as session:
        set_review(session, [only], "verified")
        session.commit()
    assert reviewer.sync(team.url, reviewer_token).complete
    assert ana.sync(team.url, ana_token).complete
    assert review_states(ana)[only] == "verified"
    assert ana.waiting() == []
    assert ana.sync(team.url, ana_token).complete
    assert ana.waiting() == []


def test_a_volunteers_change_of_a_verified_camera_is_unverified_on_every_laptop(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """The server makes a verified camera unverified again when its volunteer moves it, changes
    a published field or merges a camera into it (the public map shows only what a reviewer
    saw); every laptop, hers included, ends with that state, and a change of her own notes
    leaves the review as it was."""
    from surveyapp.cameras.operations import merge_cameras, move_camera, set_fields

    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(photo_walk(tmp_path / "walk", 5, seed=901))
    noted, moved, typed, target, absorbed = sorted(ana.camera_ids())
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    with reviewer.db.session() as session, session.begin():
        set_review(session, [noted, moved, typed, target], "verified")
    assert reviewer.sync(team.url, reviewer_token).complete
    assert ana.sync(team.url, ana_token).complete

    with ana.db.session() as session, session.begin():
        set_fields(session, noted, {"notes": "pole behind the kiosk"})
        move_camera(session, moved, 44.8200, 20.4700)
        set_fields(session, typed, {"operator": "Grad Beograd"})
        merge_cameras(session, [target, absorbed])
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    assert ana.sync(team.url, ana_token).complete
    expected = {noted: "verified", moved: "unverified", typed: "unverified", target: "unverified"}
    for name, machine in (("ana", ana), ("reviewer", reviewer)):
        states = review_states(machine)
        assert {k: states.get(k) for k in expected} == expected, name
    assert_everyone_equals_the_server(team, reviewer_token, ana, reviewer)


def test_a_volunteers_split_joined_to_a_camera_a_reviewer_verified_makes_it_unverified(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """The reviewer splits a photo off Ana's camera of two and verifies the camera his split
    made; Ana, who had not synced, splits the same photo off and describes her new camera. The
    server joins her camera to his (she may not change his): the camera is unverified on every
    laptop, as after a merge into it, until the reviewer looks at what she sent (before: it
    stayed verified on the public map)."""
    from surveyapp.cameras.operations import merge_cameras, set_fields, split_photos

    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(photo_walk(tmp_path / "walk", 2, seed=902))
    one, other = sorted(ana.camera_ids(), key=str)
    with ana.db.session() as session, session.begin():
        merge_cameras(session, [one, other])
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    with ana.db.session() as session:
        photo = sorted(p.id for p in session.get(Camera, one).photos)[0]  # type: ignore[union-attr]

    with reviewer.db.session() as session, session.begin():
        his = split_photos(session, [photo]).id
        set_review(session, [his], "verified")
    assert reviewer.sync(team.url, reviewer_token).complete
    with ana.db.session() as session, session.begin():
        hers = split_photos(session, [photo]).id
        set_fields(session, hers, {"operator": "Grad Beograd"})
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    assert ana.sync(team.url, ana_token).complete

    for name, machine in (("ana", ana), ("reviewer", reviewer)):
        states = review_states(machine)
        assert hers not in states, name  # joined to his
        assert states[his] == "unverified", name
    assert_everyone_equals_the_server(team, reviewer_token, ana, reviewer)


def test_a_verified_camera_changed_and_not_synced_is_left_out_of_verified_only_exports(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ana moves a verified camera, puts a photo of another camera on a second one and adds a
    note to a third, and exports for publication before her sync: the moved camera and the one
    with the new photo are not written as verified (the server makes them unverified when the
    changes arrive; before, the file published her new position and photo as the reviewer's
    word), the noted one is; after the sync, every laptop's export agrees."""
    from surveyapp.cameras.operations import merge_cameras, move_camera, set_fields

    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(photo_walk(tmp_path / "walk", 4, seed=364))
    noted, moved, target, absorbed = sorted(ana.camera_ids())
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    with reviewer.db.session() as session, session.begin():
        set_review(session, [noted, moved, target], "verified")
    assert reviewer.sync(team.url, reviewer_token).complete
    assert ana.sync(team.url, ana_token).complete

    def published(machine: Laptop) -> set[uuid.UUID]:
        features = json.loads(exported(machine, "geojson", True))["features"]
        return {uuid.UUID(f["id"]) for f in features} & {noted, moved, target, absorbed}

    assert published(ana) == {noted, moved, target}
    with ana.db.session() as session, session.begin():
        set_fields(session, noted, {"notes": "pole behind the kiosk"})
        move_camera(session, moved, 44.8200, 20.4700)
        merge_cameras(session, [target, absorbed])
    assert published(ana) == {noted}
    assert review_states(ana)[moved] == "verified"  # the server's word until the sync

    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    assert published(ana) == published(reviewer) == {noted}


def test_a_verification_made_before_a_volunteers_move_arrived_is_set_aside_on_every_laptop(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """The reviewer verifies Ana's camera as his laptop shows it; her move reached the server
    first. His sync ends with the camera unverified on his laptop and hers (before: verified,
    and published at a place no reviewer saw), the verification among the conflicts; his
    verification after the next pull (he sees the camera where it is now) stands."""
    from surveyapp.cameras.operations import move_camera

    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=365))
    [only] = ana.camera_ids()
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    with ana.db.session() as session, session.begin():
        move_camera(session, only, 44.8300, 20.4800)
    assert ana.sync(team.url, ana_token).complete

    with reviewer.db.session() as session, session.begin():
        set_review(session, [only], "verified")
    summary = reviewer.sync(team.url, reviewer_token)
    assert summary.complete and summary.conflicts == 1
    assert ana.sync(team.url, ana_token).complete
    assert review_states(reviewer)[only] == review_states(ana)[only] == "unverified"
    assert_everyone_equals_the_server(team, reviewer_token, ana, reviewer)

    with reviewer.db.session() as session, session.begin():
        set_review(session, [only], "verified")
    assert reviewer.sync(team.url, reviewer_token).complete
    assert ana.sync(team.url, ana_token).complete
    assert review_states(reviewer)[only] == review_states(ana)[only] == "verified"


def public_photos(team: Team, camera_id: uuid.UUID) -> list[str] | None:
    """The shared copies the public map shows on the camera (None: the camera is not on it)."""
    with httpx.Client(base_url=team.url, timeout=30) as visitor:
        features = visitor.get("/public/cameras.geojson").json()["features"]
    for feature in features:
        if feature["id"] == str(camera_id):
            return [url.rsplit("/", 1)[1] for url in feature["properties"].get("photos", [])]
    return None


def publicly_served(team: Team, blob_sha256: str) -> bool:
    with httpx.Client(base_url=team.url, timeout=30) as visitor:
        return visitor.get(f"/public/photos/{blob_sha256}.jpg").status_code == 200


def test_a_more_blurred_copy_on_a_verified_camera_is_public_only_once_a_reviewer_saw_it(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ana blurs more a photo of her verified camera and syncs: the sharper copy is off the
    public map at once, the camera is unverified on every laptop, and the more blurred copy
    is public once the reviewer looked at it and verified the camera again (before: the new
    copy went public on his word for the old one, and any picture could, by a crafted push)."""
    from surveyapp.photos.sharing import Box, add_rectangle

    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=366))
    [only], [photo_id] = ana.camera_ids(), ana.photo_ids()
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    with reviewer.db.session() as session, session.begin():
        set_review(session, [only], "verified")
    assert reviewer.sync(team.url, reviewer_token).complete
    with ana.db.session() as session:
        sharp = session.get_one(Photo, photo_id).blob_sha256
    assert sharp is not None and public_photos(team, only) == [f"{sharp}.jpg"]

    with ana.db.session() as session, session.begin():
        add_rectangle(session, photo_id, Box(0.1, 0.1, 0.3, 0.3))
    assert ana.sync(team.url, ana_token).complete
    with ana.db.session() as session:
        blurred = session.get_one(Photo, photo_id).blob_sha256
    assert blurred is not None and blurred != sharp
    assert public_photos(team, only) is None
    assert not publicly_served(team, sharp) and not publicly_served(team, blurred)
    assert reviewer.sync(team.url, reviewer_token).complete
    assert ana.sync(team.url, ana_token).complete
    assert review_states(reviewer)[only] == review_states(ana)[only] == "unverified"

    with reviewer.db.session() as session, session.begin():
        set_review(session, [only], "verified")
    assert reviewer.sync(team.url, reviewer_token).complete
    assert public_photos(team, only) == [f"{blurred}.jpg"]
    assert not publicly_served(team, sharp)


def test_a_verification_made_before_a_volunteers_new_photo_arrived_is_set_aside(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ana photographs her camera again and syncs; the new photo joins it. The reviewer, whose
    laptop has not pulled it, verifies the camera: his sync ends with it unverified on his
    laptop and hers, the verification among the conflicts, and the new photo not public
    (before: verified, and its copy on the public map, no reviewer having seen it); his
    verification after the next pull stands, with both photos public."""
    from tests.factory import PhotoSpec, make_jpeg

    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=367))
    [only] = ana.camera_ids()
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    with ana.db.session() as session:
        [latitude] = {p.latitude for p in session.get_one(Camera, only).photos}
    again = tmp_path / "again"
    again.mkdir()
    spec = PhotoSpec(latitude=latitude, longitude=20.46, taken=datetime(2026, 5, 4, 10, 3))
    (again / "IMG_again.jpg").write_bytes(make_jpeg(spec, seed=367_001))
    known = ana.photo_ids()
    ana.import_photos(again)
    [new_photo] = ana.photo_ids() - known
    assert ana.sync(team.url, ana_token).complete
    with ana.db.session() as session:
        photo = session.get_one(Photo, new_photo)
        assert photo.camera_id == only  # the new photo joined her camera
        unseen = photo.blob_sha256
    assert unseen is not None

    with reviewer.db.session() as session, session.begin():
        set_review(session, [only], "verified")
    summary = reviewer.sync(team.url, reviewer_token)
    assert summary.complete and summary.conflicts == 1
    assert ana.sync(team.url, ana_token).complete
    assert review_states(reviewer)[only] == review_states(ana)[only] == "unverified"
    assert public_photos(team, only) is None and not publicly_served(team, unseen)
    assert_everyone_equals_the_server(team, reviewer_token, ana, reviewer)

    with reviewer.db.session() as session, session.begin():
        set_review(session, [only], "verified")
    assert reviewer.sync(team.url, reviewer_token).complete
    assert ana.sync(team.url, ana_token).complete
    assert review_states(reviewer)[only] == review_states(ana)[only] == "verified"
    shown = public_photos(team, only)
    assert shown is not None and f"{unseen}.jpg" in shown and len(shown) == 2


def test_a_verified_camera_whose_photo_she_blurred_more_is_left_out_of_verified_only_exports(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ana blurs more a photo of a verified camera and exports for publication before her
    sync: the camera is not written as verified (the server sends it back to review when the
    new copy arrives; before, her file carried it as the reviewer's word); after the syncs,
    every laptop's export agrees."""
    from surveyapp.photos.sharing import Box, add_rectangle

    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(photo_walk(tmp_path / "walk", 2, seed=368))
    blurred, kept = sorted(ana.camera_ids())
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    with reviewer.db.session() as session, session.begin():
        set_review(session, [blurred, kept], "verified")
    assert reviewer.sync(team.url, reviewer_token).complete
    assert ana.sync(team.url, ana_token).complete

    def published(machine: Laptop) -> set[uuid.UUID]:
        features = json.loads(exported(machine, "geojson", True))["features"]
        return {uuid.UUID(f["id"]) for f in features} & {blurred, kept}

    assert published(ana) == {blurred, kept}
    with ana.db.session() as session, session.begin():
        [photo] = [p.id for p in session.get_one(Camera, blurred).photos]
        add_rectangle(session, photo, Box(0.1, 0.1, 0.3, 0.3))
    assert published(ana) == {kept}

    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    assert published(ana) == published(reviewer) == {kept}


def test_a_volunteer_withdraws_her_photo_from_a_camera_a_reviewer_merged_it_into(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Bojan photographed the camera Ana had mapped; the coordinator merged his camera into
    hers and verified it, so his photo is on the public map. Bojan then wants it off (his
    reflection is in the glass). Before: splitting it off was refused on his laptop ("this
    camera was mapped by ana: only they or a reviewer can change it") and he had no way to
    withdraw his own photo. Now he splits it off and deletes it: it leaves the public map and
    the server, Ana's camera keeps her photo and stands where it says (no longer the mean of
    the merged cameras); what the public map showed of it moved, so it waits for a reviewer
    again; everyone equals the server."""
    from surveyapp.cameras import operations
    from tests.sync.test_review_work import walk_at
    from tests.sync.test_team_cases import edit

    ana_token, bojan_token, coordinator_token = team.user(), team.user(), team.user("reviewer")
    ana, bojan, coordinator = laptop("ana"), laptop("bojan"), laptop("coordinator")
    ana.import_photos(walk_at(tmp_path / "ana-walk", [(45.2001, 19.8)], seed=4411))
    bojan.import_photos(walk_at(tmp_path / "bojan-walk", [(45.20012, 19.80005)], seed=4412))
    [hers], [his] = ana.camera_ids(), bojan.camera_ids()
    assert ana.sync(team.url, ana_token).complete
    assert bojan.sync(team.url, bojan_token).complete
    assert coordinator.sync(team.url, coordinator_token).complete
    edit(coordinator, lambda s: operations.merge_cameras(s, [hers, his]))
    with coordinator.db.session() as session, session.begin():
        set_review(session, [hers], "verified")
    assert coordinator.sync(team.url, coordinator_token).complete
    assert bojan.sync(team.url, bojan_token).complete
    with bojan.db.session() as session:
        [(photo, copy)] = session.execute(
            select(Photo.id, Photo.blob_sha256).where(Photo.file_name == "IMG_4412_0.jpg")
        ).all()
        place = session.execute(select(Camera.latitude, Camera.longitude).where(Camera.id == hers))
        [before] = place.all()
    assert copy is not None and f"{copy}.jpg" in (public_photos(team, hers) or [])

    alone = edit(bojan, lambda s: operations.split_photos(s, [photo])).id
    edit(bojan, lambda s: operations.delete_camera(s, alone))
    run = bojan.sync(team.url, bojan_token)
    assert run.complete, run
    assert f"{copy}.jpg" not in (public_photos(team, hers) or [])
    assert not publicly_served(team, copy)
    for machine, token in ((ana, ana_token), (coordinator, coordinator_token)):
        assert machine.sync(team.url, token).complete
    assert bojan.sync(team.url, bojan_token).complete
    assert public_photos(team, hers) is None  # its published place moved: not unreviewed
    with ana.db.session() as session:
        camera = session.get(Camera, hers)
        assert camera is not None and camera.review_state == "unverified"
        assert (camera.latitude, camera.longitude) != tuple(before)
        latitude, longitude = camera.latitude or 0, camera.longitude or 0
        assert (round(latitude, 6), round(longitude, 6)) == (45.2001, 19.8)  # her photo's
        assert camera.position_source == "exif"
    with coordinator.db.session() as session, session.begin():
        set_review(session, [hers], "verified")
    assert coordinator.sync(team.url, coordinator_token).complete
    assert len(public_photos(team, hers) or []) == 1  # hers only, where it says
    for machine, token in ((ana, ana_token), (bojan, bojan_token)):
        assert machine.sync(team.url, token).complete
    assert_everyone_equals_the_server(team, coordinator_token, ana, bojan, coordinator)
