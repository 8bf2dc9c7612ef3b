"""Ordinary team work that once made laptops and the server disagree, each end to end against
the real server (SQLite and PostgreSQL): the regressions of the convergence work.

Each test says which failure it guards against; together with the property test
(test_convergence.py) they are the proof that every laptop ends equal to the server.
"""

from __future__ import annotations

import functools
import hashlib
import os
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from surveyapp.cameras import operations
from surveyapp.cameras.permissions import NotAllowedError
from surveyapp.cli.sync import make_shareable
from surveyapp.db.models import Camera, Outbox, Photo, Survey, Thumbnail
from surveyapp.db.outbox import APPLYING_REMOTE, record_fields
from surveyapp.protocol.merge import mean_position
from surveyapp.sync.client import RequestError, RetryPolicy, SyncClient, SyncError
from surveyapp.sync.engine import run_sync, waiting
from surveyapp.sync.push import discard_refused
from surveyapp.sync.status import recent_runs
from tests.factory import PhotoSpec, heic_without_its_image, make_jpeg
from tests.proxy import breaking_proxy
from tests.sync.conftest import FAST_RETRY, Laptop, Team, drain, photo_walk
from tests.sync.test_convergence import laptop_state, server_live, server_state


def edit(machine: Laptop, action: Callable[[Any], Any]) -> Any:
    """One user action in its own transaction."""
    with machine.db.session() as session:
        result = action(session)
        session.commit()
        return result


def camera_of(machine: Laptop, camera_id: uuid.UUID) -> Camera:
    with machine.db.session() as session:
        camera = session.get(Camera, camera_id)
        assert camera is not None
        return camera


def assert_everyone_equals_the_server(team: Team, token: str, *machines: Laptop) -> None:
    """Every laptop holds exactly the server's live cameras (and values) and photos, and every
    live photo is on a live camera (the laptops synced last, so they saw everything)."""
    cameras, photos = server_live(server_state(team.url, token))
    for photo_id, (camera_id, _) in photos.items():
        assert camera_id in cameras, f"photo {photo_id} is on a deleted camera"
    for machine in machines:
        local_cameras, local_photos = laptop_state(machine)
        assert set(local_cameras) == set(cameras)
        for camera_id, fields in local_cameras.items():
            differ = {k: v for k, v in fields.items() if v != cameras[camera_id].get(k)}
            assert differ == {}, camera_id
        assert local_photos == photos


def test_an_edit_that_changes_nothing_never_undoes_someone_elses(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """A reviewer describes a volunteer's camera; the volunteer, not yet pulled, saves an empty
    field that was empty, and splits a photo off a camera she placed by hand. Before, each
    marked the whole camera "pending" and the next sync sent it back at its old values."""
    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(photo_walk(tmp_path / "walk", 2, seed=31))
    first, second = sorted(ana.camera_ids())
    edit(ana, lambda s: operations.move_camera(s, second, 44.9, 20.5))  # placed by hand
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    edit(reviewer, lambda s: operations.set_fields(
        s, first, {"camera:type": "dome", "operator": "Police"}))  # fmt: skip
    edit(reviewer, lambda s: operations.set_fields(s, second, {"camera:mount": "pole"}))
    assert reviewer.sync(team.url, reviewer_token).complete

    queued = len(ana.outbox())
    edit(ana, lambda s: operations.set_fields(s, first, {"operator": ""}))
    assert len(ana.outbox()) == queued  # nothing changed, nothing queued
    with ana.db.session() as session:
        photo = session.scalars(select(Photo).where(Photo.camera_id == second)).one()
    edit(ana, lambda s: operations.split_photos(s, [photo.id]))
    summary = ana.sync(team.url, ana_token)
    assert summary.complete and summary.conflicts == 0
    assert (camera_of(ana, first).camera_type, camera_of(ana, first).operator) == (
        "dome", "Police",
    )  # fmt: skip
    assert camera_of(ana, second).camera_mount == "pole"
    assert camera_of(ana, second).position_source == "manual"
    assert reviewer.sync(team.url, reviewer_token).complete
    assert_everyone_equals_the_server(team, reviewer_token, ana, reviewer)


def test_a_refused_change_is_listed_never_pins_its_fields_and_can_be_discarded(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """A change the server refuses (here written past the laptop's own check, as an older
    SurveyApp did) is listed with its reason, sent no more, lets later pulls through, and
    `discard` takes the server's values back: after that, every sync is complete again."""
    ana_token, bojan_token = team.user(), team.user()
    ana, bojan = laptop("ana"), laptop("bojan")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=32))
    [target] = ana.camera_ids()
    assert ana.sync(team.url, ana_token).complete
    assert bojan.sync(team.url, bojan_token).complete
    with bojan.db.session() as session:  # an edit of Ana's camera, queued as an old app would
        camera = session.get(Camera, target)
        assert camera is not None
        camera.operator, camera.notes = "City", "seen from the bus"
        session.commit()

    refused = bojan.sync(team.url, bojan_token)
    assert not refused.complete and refused.refused == 1
    assert [(e.record_id, "not allowed" in e.message) for e in refused.errors] == [
        (str(target), True)
    ]
    again = bojan.sync(team.url, bojan_token)  # not sent again, not refused again
    assert again.pushed == 0 and again.errors == [] and again.refused == 1

    edit(ana, lambda s: operations.set_fields(s, target, {"operator": "Police"}))
    assert ana.sync(team.url, ana_token).complete
    bojan.sync(team.url, bojan_token)
    assert camera_of(bojan, target).operator == "Police"  # the refused change shields nothing

    with bojan.db.session() as session:
        [dropped] = discard_refused(session, str(target)[:8])
        session.commit()
    assert dropped.record_id == str(target)
    assert camera_of(bojan, target).notes is None  # the server's value, back
    assert bojan.sync(team.url, bojan_token).complete
    assert_everyone_equals_the_server(team, ana_token, ana, bojan)


def test_the_laptop_never_offers_an_operation_the_server_would_refuse(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """A volunteer merging another volunteer's camera: refused on the laptop before anything
    changes (before, the server took half of it and the laptops diverged for good)."""
    ana_token, bojan_token = team.user(), team.user()
    ana, bojan = laptop("ana"), laptop("bojan")
    ana.import_photos(photo_walk(tmp_path / "ana", 1, seed=33))
    bojan.import_photos(photo_walk(tmp_path / "bojan", 1, seed=34))
    [anas], [bojans] = ana.camera_ids(), bojan.camera_ids()
    assert ana.sync(team.url, ana_token).complete
    assert bojan.sync(team.url, bojan_token).complete
    assert ana.sync(team.url, ana_token).complete
    before = laptop_state(bojan), len(bojan.outbox())
    attempts: tuple[Callable[[Session], object], ...] = (
        lambda s: operations.merge_cameras(s, [bojans, anas]),
        lambda s: operations.merge_cameras(s, [anas, bojans]),
        lambda s: operations.delete_camera(s, anas),
        lambda s: operations.move_camera(s, anas, 44.0, 20.0),
    )
    for operation in attempts:
        with bojan.db.session() as session, pytest.raises(NotAllowedError):
            operation(session)
    assert (laptop_state(bojan), len(bojan.outbox())) == before
    assert_everyone_equals_the_server(team, ana_token, ana, bojan)


def test_crossed_merges_end_with_one_camera_holding_every_photo(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Two reviewers merge the same two cameras in opposite order (before, the second merge
    brought the deleted camera back and a photo ended on a deleted camera everywhere)."""
    ana_token = team.user()
    first_token, second_token = team.user("reviewer"), team.user("reviewer")
    ana, one, two = laptop("ana"), laptop("one"), laptop("two")
    ana.import_photos(photo_walk(tmp_path / "walk", 2, seed=35))
    a, b = sorted(ana.camera_ids())
    photos = ana.photo_ids()
    assert ana.sync(team.url, ana_token).complete
    for machine, token in ((one, first_token), (two, second_token)):
        assert machine.sync(team.url, token).complete
    edit(one, lambda s: operations.merge_cameras(s, [a, b]))
    edit(two, lambda s: operations.merge_cameras(s, [b, a]))
    assert one.sync(team.url, first_token).complete
    crossed = two.sync(team.url, second_token)
    assert crossed.complete, crossed
    for machine, token in ((one, first_token), (ana, ana_token), (two, second_token)):
        assert machine.sync(team.url, token).complete
    for machine in (ana, one, two):
        assert machine.camera_ids() & {a, b} == {a}  # the first merge to arrive wins
        assert photos <= machine.photo_ids()
        with machine.db.session() as session:
            assert set(session.scalars(select(Photo.camera_id).where(Photo.id.in_(photos)))) == {a}
    assert_everyone_equals_the_server(team, first_token, ana, one, two)


CROSSINGS = {
    # What Vesna (reviewer) did to Bojan's cameras before his merge of X into T arrived.
    "X went into her camera": lambda x, t, hers: [hers, x],
    "T went into her camera": lambda x, t, hers: [hers, t],
    "her camera went into X": lambda x, t, hers: [x, hers],
}


@pytest.mark.parametrize("crossing", sorted(CROSSINGS))
def test_a_volunteer_s_merge_crossing_a_reviewer_s_merge_is_settled_not_refused(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path, crossing: str
) -> None:
    """Bojan merges his camera X into his camera T without having pulled Vesna's merge, which
    put one of them into her camera or hers into X. His merge would now change records that are
    not his: nothing of hers moves, the conflict goes to the reviewers, and his sync completes
    with his laptop equal to the server (before: a refusal for good, "volunteers edit and delete
    only the records they created", and his laptop kept a merge nobody else had)."""
    bojan_token, vesna_token = team.user(), team.user("reviewer")
    bojan, vesna = laptop("bojan"), laptop("vesna")
    seed = 700 + 10 * sorted(CROSSINGS).index(crossing)
    bojan.import_photos(photo_walk(tmp_path / "bojan", 2, seed=seed))
    x, t = sorted(bojan.camera_ids())
    assert bojan.sync(team.url, bojan_token).complete
    vesna.import_photos(photo_walk(tmp_path / "vesna", 1, seed=seed + 1))
    assert vesna.sync(team.url, vesna_token).complete
    [hers] = vesna.camera_ids() - bojan.camera_ids()
    [her_photo] = {p.id for p in live_photos(vesna) if p.camera_id == hers}
    edit(vesna, lambda s: operations.merge_cameras(s, CROSSINGS[crossing](x, t, hers)))
    assert vesna.sync(team.url, vesna_token).complete
    settled = {p.id: p.camera_id for p in live_photos(vesna)}

    edit(bojan, lambda s: operations.merge_cameras(s, [t, x]))
    summary = bojan.sync(team.url, bojan_token)
    assert summary.complete and not summary.errors and summary.refused == 0, summary
    assert summary.conflicts == 1
    assert vesna.sync(team.url, vesna_token).complete
    assert bojan.sync(team.url, bojan_token).complete
    for machine in (bojan, vesna):
        assert {p.id: p.camera_id for p in live_photos(machine)} == settled
    assert settled[her_photo] in vesna.camera_ids()
    with httpx_client(team, vesna_token) as http:
        listed = {c["record_id"] for c in http.get("/conflicts").json()["data"]}
    assert listed & {str(x), str(t), str(hers)}  # the reviewers see it
    assert_everyone_equals_the_server(team, vesna_token, bojan, vesna)


def describe(session: Session, camera: uuid.UUID, notes: str) -> None:
    operations.set_fields(session, camera, {"notes": notes})


def test_a_merge_set_aside_in_part_gives_its_camera_nothing_of_the_one_kept_apart(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Bojan merges his cameras X and Y into T, not knowing that Vesna (reviewer) had merged X
    into her camera. X stays with her; T takes Y's photo, notes and position only. Before, his
    laptop's merge sent T's new notes, operator and mean position as an edit beside the merge:
    T carried X's notes and operator, and sat between the three cameras, while X was hers."""
    bojan_token, vesna_token = team.user(), team.user("reviewer")
    bojan, vesna = laptop("bojan"), laptop("vesna")
    bojan.import_photos(photo_walk(tmp_path / "bojan", 3, seed=71))
    t, x, y = sorted(bojan.camera_ids(), key=lambda i: camera_of(bojan, i).latitude or 0)
    for camera, text in ((t, "near the bank"), (x, "mast by the bridge"), (y, "on the corner")):
        edit(bojan, functools.partial(describe, camera=camera, notes=text))
    edit(bojan, lambda s: operations.set_fields(s, x, {"operator": "City of Belgrade"}))
    assert bojan.sync(team.url, bojan_token).complete
    vesna.import_photos(photo_walk(tmp_path / "vesna", 1, seed=72))
    assert vesna.sync(team.url, vesna_token).complete
    [hers] = vesna.camera_ids() - bojan.camera_ids()
    edit(vesna, lambda s: operations.merge_cameras(s, [hers, x]))
    assert vesna.sync(team.url, vesna_token).complete
    where = {c: (camera_of(bojan, c).latitude, camera_of(bojan, c).longitude) for c in (t, y)}

    edit(bojan, lambda s: operations.merge_cameras(s, [t, x, y]))
    summary = bojan.sync(team.url, bojan_token)
    assert summary.complete and summary.refused == 0 and summary.conflicts == 1, summary
    assert vesna.sync(team.url, vesna_token).complete
    for machine in (bojan, vesna):
        merged, her_camera = camera_of(machine, t), camera_of(machine, hers)
        assert merged.notes == "near the bank\non the corner"
        assert merged.operator is None
        assert (merged.latitude, merged.longitude) == mean_position(where.values())
        assert her_camera.notes == "mast by the bridge"
        assert her_camera.operator == "City of Belgrade"
    assert_everyone_equals_the_server(team, vesna_token, bojan, vesna)


def test_a_merge_takes_the_values_a_teammate_gave_the_absorbed_camera_meanwhile(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Vesna (reviewer) writes a note on Bojan's camera X; Bojan, not yet pulled, merges X into
    T. T gets her note. Before, his laptop sent T's fields as it had made them, from X without
    the note: the note stayed on X's tombstone, gone from the map. A note that would no longer
    fit once joined is not applied: the reviewers see it as a conflict on T."""
    bojan_token, vesna_token = team.user(), team.user("reviewer")
    bojan, vesna = laptop("bojan"), laptop("vesna")
    bojan.import_photos(photo_walk(tmp_path / "bojan", 4, seed=73))
    t, x, long_t, long_x = sorted(
        bojan.camera_ids(), key=lambda i: camera_of(bojan, i).latitude or 0
    )
    edit(bojan, lambda s: operations.set_fields(s, long_t, {"notes": "t" * 3000}))
    assert bojan.sync(team.url, bojan_token).complete
    assert vesna.sync(team.url, vesna_token).complete
    edit(vesna, lambda s: operations.set_fields(s, x, {"notes": "two cameras on the mast"}))
    edit(vesna, lambda s: operations.set_fields(s, long_x, {"notes": "x" * 2500}))
    assert vesna.sync(team.url, vesna_token).complete

    edit(bojan, lambda s: operations.merge_cameras(s, [t, x]))
    edit(bojan, lambda s: operations.merge_cameras(s, [long_t, long_x]))
    summary = bojan.sync(team.url, bojan_token)
    assert summary.complete and summary.refused == 0 and summary.conflicts == 1, summary
    assert vesna.sync(team.url, vesna_token).complete
    for machine in (bojan, vesna):
        assert camera_of(machine, t).notes == "two cameras on the mast"
        assert camera_of(machine, long_t).notes == "t" * 3000  # 5,501 characters would not fit
    with httpx_client(team, vesna_token) as http:
        conflicts = http.get("/conflicts").json()["data"]
    [told] = [c for c in conflicts if c["record_id"] == str(long_t)]
    assert told["field"] == "notes" and told["applied"] == "t" * 3000  # what T holds
    assert told["previous"] == "t" * 3000 + "\n" + "x" * 2500  # what would not fit
    assert_everyone_equals_the_server(team, vesna_token, bojan, vesna)


def test_a_camera_deleted_while_a_teammate_filled_it_keeps_their_photos(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Bojan deletes his camera, not knowing that Vesna (reviewer) had merged hers into it: his
    photo goes, hers stays, on the camera, everywhere, and the reviewers see the conflict
    (before: the delete was refused for good and his laptop kept a camera deleted that everyone
    else had; from a reviewer's laptop, it took her photo along unseen)."""
    bojan_token, vesna_token = team.user(), team.user("reviewer")
    bojan, vesna = laptop("bojan"), laptop("vesna")
    bojan.import_photos(photo_walk(tmp_path / "bojan", 1, seed=730))
    [his_camera] = bojan.camera_ids()
    [his_photo] = bojan.photo_ids()
    assert bojan.sync(team.url, bojan_token).complete
    vesna.import_photos(photo_walk(tmp_path / "vesna", 1, seed=731))
    assert vesna.sync(team.url, vesna_token).complete
    [hers] = vesna.camera_ids() - bojan.camera_ids()
    [her_photo] = {p.id for p in live_photos(vesna) if p.camera_id == hers}
    edit(vesna, lambda s: operations.merge_cameras(s, [his_camera, hers]))
    assert vesna.sync(team.url, vesna_token).complete

    edit(bojan, lambda s: operations.delete_camera(s, his_camera))
    summary = bojan.sync(team.url, bojan_token)
    assert summary.complete and not summary.errors and summary.refused == 0, summary
    assert summary.conflicts == 1
    assert vesna.sync(team.url, vesna_token).complete
    for machine in (bojan, vesna):
        assert {p.id: p.camera_id for p in live_photos(machine)}.items() >= {
            her_photo: his_camera
        }.items()
        assert his_photo not in machine.photo_ids()
    with httpx_client(team, vesna_token) as http:
        listed = {c["record_id"] for c in http.get("/conflicts").json()["data"]}
    assert str(his_camera) in listed
    assert_everyone_equals_the_server(team, vesna_token, bojan, vesna)


def test_a_camera_deleted_after_its_photo_was_split_off_goes_alone(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ana describes a camera, splits its photo off to a camera of its own, and deletes the
    now empty camera, all before she syncs. The delete goes after the split: the photo lives
    on (before: the delete took the place of her description in the queue, reached the server
    before the split, and took the photo along; the long random run found it)."""
    token = team.user()
    ana, ben = laptop("ana"), laptop("ben")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=740))
    [first] = ana.camera_ids()
    [photo] = ana.photo_ids()
    assert ana.sync(team.url, token).complete
    before = ana.camera_ids()  # hers, and the team's she pulled
    edit(ana, lambda s: operations.set_fields(s, first, {"operator": "City"}))
    edit(ana, lambda s: operations.split_photos(s, [photo]))
    edit(ana, lambda s: operations.delete_camera(s, first))
    [second] = ana.camera_ids() - before
    summary = ana.sync(team.url, token)
    assert summary.complete and not summary.errors and summary.conflicts == 0, summary
    assert ben.sync(team.url, team.user()).complete
    for machine in (ana, ben):
        with machine.db.session() as session:
            held = session.get(Photo, photo)
            assert held is not None and not held.deleted and held.camera_id == second
        assert first not in machine.camera_ids()
    state = server_state(team.url, token)
    assert state[photo].deleted is False and state[first].deleted is True


def test_a_camera_split_off_and_deleted_before_any_sync_takes_its_photo_along(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ana splits a photo off to a new camera and deletes that camera with the photo, before
    she syncs: one sync settles it all, the photo deleted, the first camera kept."""
    token = team.user()
    ana = laptop("ana")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=741))
    [first] = ana.camera_ids()
    [photo] = ana.photo_ids()
    assert ana.sync(team.url, token).complete
    before = ana.camera_ids()
    edit(ana, lambda s: operations.split_photos(s, [photo]))
    [second] = ana.camera_ids() - before
    edit(ana, lambda s: operations.delete_camera(s, second))
    summary = ana.sync(team.url, token)
    assert summary.complete and not summary.errors and not summary.deferred, summary
    state = server_state(team.url, token)
    assert state[photo].deleted is True and state[first].deleted is False
    assert second not in ana.camera_ids() and photo not in ana.photo_ids()
    assert ana.sync(team.url, token).pushed == 0


def test_the_same_picture_on_two_laptops_is_one_photo_everywhere(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """A photo passed on a USB stick and imported on two laptops (before: two server records,
    each laptop skipped the other's, and showed a camera without photos for ever)."""
    ana_token, bojan_token = team.user(), team.user()
    ana, bojan = laptop("ana"), laptop("bojan")
    walk = photo_walk(tmp_path / "walk", 1, seed=36)
    ana.import_photos(walk)
    bojan.import_photos(walk)
    assert ana.sync(team.url, ana_token).complete
    assert bojan.sync(team.url, bojan_token).complete
    assert ana.sync(team.url, ana_token).complete
    [sha] = {p.sha256 for p in live_photos(ana) if p.library_path}
    held = {(p.id, p.camera_id) for machine in (ana, bojan) for p in live_photos(machine)
            if p.sha256 == sha}  # fmt: skip
    assert len(held) == 1  # one record, on one camera, on both laptops
    state = server_state(team.url, ana_token)
    live = [c for c in state.values() if c.record_type == "photo" and not c.deleted]
    assert [c.fields["sha256"] for c in live].count(sha) == 1
    assert_everyone_equals_the_server(team, ana_token, ana, bojan)  # no camera without photo


def test_a_photo_refused_for_good_is_not_counted_as_waiting_for_another_sync(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """The server refuses a volunteer's photo for good. His laptop said "0 changes and 1 photo
    still waiting: sync again" after every run, and the toolbar "1 photo waiting", for a photo
    no sync would send; it is listed among the refused changes instead. (The refusal found
    first, of the second volunteer's file of a picture a teammate shared, is gone: both such
    photos are taken, tests/sync/test_one_picture_two_files.py. Here a hostile teammate took
    the photo's record id for a camera of his, with the HTTP API.)"""
    from tests.sync.test_teammates_records import mutation, push

    team = sqlite_team
    mallory, bojan_token = team.user(), team.user()
    bojan = laptop("bojan")
    folder = tmp_path / "walk"
    folder.mkdir()
    (folder / "IMG_1.jpg").write_bytes(make_jpeg(PhotoSpec(latitude=44.8225), seed=1550))
    bojan.import_photos(folder)
    [photo_id] = bojan.photo_ids()
    survey = mutation("survey", {"name": "Mallory's"})
    taken = mutation(
        "camera", {"survey_id": survey["record_id"], "latitude": 44.81, "longitude": 20.46}
    )
    taken["record_id"] = str(photo_id)
    assert [r["status"] for r in push(team, mallory, [survey, taken])] == ["applied"] * 2
    for _ in range(2):  # the refusal, then a run that has nothing left to send
        summary = bojan.sync(team.url, bojan_token)
        assert summary.refused == 1 and summary.photos_uploaded == 0
        assert (summary.waiting_changes, summary.waiting_photos) == (0, 0)
    with bojan.db.session() as session:
        assert waiting(session) == (0, 0)


def test_an_edit_of_a_camera_deleted_meanwhile_is_said_by_the_volunteers_run(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """A reviewer deletes a camera while its volunteer, offline, notes something on it. The
    volunteer's run said only "1 merged with others' edits" and the camera left the laptop
    with the note; the run now names the camera and says the edit was not applied."""
    team = sqlite_team
    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=1554))
    [camera] = ana.camera_ids()
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    edit(reviewer, lambda s: operations.delete_camera(s, camera))
    assert reviewer.sync(team.url, reviewer_token).complete
    edit(ana, lambda s: operations.set_fields(s, camera, {"notes": "a second one on the corner"}))
    summary = ana.sync(team.url, ana_token)
    assert camera not in ana.camera_ids()
    said = [w for w in summary.warnings if str(camera) in w]
    assert said and "not applied" in said[0] and "deleted meanwhile" in said[0], summary.warnings


@pytest.mark.parametrize("what", ["delete", "merge"])
def test_an_edit_not_applied_is_not_counted_as_merged_with_others_edits(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path, what: str
) -> None:
    """A reviewer deletes one of Ana's cameras (or merges it into her other one) while Ana,
    offline, notes something on it. Her run says the edit was not applied, and its counts no
    longer contradict that (before: "1 change sent (1 merged with others' edits)" under the
    words "your edit was not applied"). A teammate's edit merged field by field still counts."""
    from surveyapp.cli.sync import counts_line

    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(photo_walk(tmp_path / "walk", 2, seed=4526 + (what == "merge")))
    kept, gone = sorted(ana.camera_ids(), key=str)
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    if what == "delete":
        edit(reviewer, lambda s: operations.delete_camera(s, gone))
    else:
        edit(reviewer, lambda s: operations.merge_cameras(s, [kept, gone]))
    assert reviewer.sync(team.url, reviewer_token).complete
    edit(ana, lambda s: operations.set_fields(s, gone, {"notes": "a second one on the corner"}))
    summary = ana.sync(team.url, ana_token)
    said = [w for w in summary.warnings if str(gone) in w]
    assert said and "not applied" in said[0], summary.warnings
    assert summary.pushed == 1 and summary.conflicts == 0
    assert counts_line(summary).startswith("1 change sent (0 merged with others' edits)")

    # An edit merged with the reviewer's, field by field, is still counted so.
    edit(reviewer, lambda s: operations.set_fields(s, kept, {"notes": "the reviewer's"}))
    edit(ana, lambda s: operations.set_fields(s, kept, {"notes": "hers, later"}))
    assert reviewer.sync(team.url, reviewer_token).complete
    summary = ana.sync(team.url, ana_token)
    assert summary.complete and summary.conflicts == 1, summary


def test_an_edit_of_a_camera_a_reviewer_merged_away_says_where_it_went_and_what_was_set(
    own_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """The reviewer merges one of Ana's cameras into her other one, and another into Bojan's;
    Ana, not yet pulled, writes a note on each camera merged away. Her run says each was merged
    into which camera, by whom, and the note she wrote: to make it there if it still holds, or,
    on Bojan's camera, which she may not change, that reviewers can (before: "it had been
    deleted meanwhile", the survivor unnamed, her note nowhere on her laptop). Neither note is
    put on the surviving camera; the reviewers see where each went. The server's answer keeps
    what an older laptop reads (a conflict on ``_deleted``)."""
    team = own_team  # the laptops are compared with the whole server
    ana_token, bojan_token, reviewer_token = team.user(), team.user(), team.user("reviewer")
    ana, bojan, reviewer = laptop("ana"), laptop("bojan"), laptop("reviewer")
    ana.import_photos(photo_walk(tmp_path / "walk", 3, seed=1561))
    kept, merged, given = sorted(ana.camera_ids(), key=str)
    bojan.import_photos(photo_walk(tmp_path / "his", 1, seed=1562))
    [his] = bojan.camera_ids()
    assert ana.sync(team.url, ana_token).complete
    assert bojan.sync(team.url, bojan_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    edit(reviewer, lambda s: operations.merge_cameras(s, [kept, merged]))
    edit(reviewer, lambda s: operations.merge_cameras(s, [his, given]))
    assert reviewer.sync(team.url, reviewer_token).complete
    with httpx_client(team, reviewer_token) as http:
        reviewer_name = http.get("/me").json()["data"]["name"]

    note = "a second one on the corner, " + "pointing at the bakery's door, " * 2 + "at night"
    edit(ana, lambda s: operations.set_fields(s, merged, {"notes": note}))
    edit(ana, lambda s: operations.set_fields(s, given, {"notes": "dome"}))
    summary = ana.sync(team.url, ana_token)
    said = sorted(w for w in summary.warnings if str(merged) in w or str(given) in w)
    expected = [
        f"camera {merged} was merged into camera {kept} by {reviewer_name}: your edit was not "
        f"applied (notes: {note[:60]}…); make it on camera {kept} if it still holds (reviewers "
        "see what you sent)",
        f"camera {given} was merged into camera {his} by {reviewer_name}: your edit was not "
        f"applied (notes: dome); camera {his} is a teammate's: reviewers see what you sent and "
        "can make it there",
    ]
    assert said == sorted(expected), summary.warnings
    assert set(ana.camera_ids()) == {kept, his}
    assert camera_of(ana, kept).notes != note  # not moved onto the survivor behind her back
    assert camera_of(ana, his).notes != "dome"

    with httpx_client(team, reviewer_token) as http:
        listed = {
            c["record_id"]: c
            for c in http.get("/conflicts").json()["data"]
            if c["record_id"] in (str(merged), str(given)) and c["field"] == "_deleted"
        }
    assert listed[str(merged)]["details"] == {"merged_into": str(kept)}
    assert listed[str(merged)]["applied"] == {"notes": note}
    assert listed[str(given)]["details"] == {"merged_into": str(his)}

    # What an older laptop reads of the answer is as it was; the new keys are beside it.
    with httpx_client(team, ana_token) as http:
        answer = http.post(
            "/sync/push",
            json={
                "mutations": [
                    {
                        "mutation_id": str(uuid.uuid4()),
                        "record_type": "camera",
                        "record_id": str(merged),
                        "op": "upsert",
                        "base_version": 1,
                        "fields": {"brand": "Hikvision"},
                    }
                ]
            },
        ).json()["data"]["results"][0]
    assert (answer["status"], answer["conflict_fields"]) == ("conflict", ["_deleted"])
    assert (answer["merged_into"], answer["merged_by"]) == (str(kept), reviewer_name)
    assert ana.sync(team.url, ana_token).complete
    assert bojan.sync(team.url, bojan_token).complete
    assert_everyone_equals_the_server(team, reviewer_token, ana, bojan, reviewer)


def test_an_edit_of_a_camera_merged_away_is_said_in_french_typography() -> None:
    """The note of an edit a merge left unapplied, in French: each field and value, and
    between them, as French writes them ("notes : dôme ; marque : Axis")."""
    from surveyapp import i18n
    from surveyapp.sync.push import edit_of_merged

    i18n.install("fr")
    try:
        said = edit_of_merged(
            "camera", "c1", {"notes": "dôme", "brand": "Axis"}, "c2", "zoe", editable=True
        )
    finally:
        i18n.install()
    assert said == (
        "caméra c1 a été fusionnée dans la caméra c2 par zoe : votre modification n’a pas été "
        "appliquée (notes : dôme ; brand : Axis) ; refaites-la sur la caméra c2 si elle vaut "
        "encore (les relecteurs voient ce que vous avez envoyé)"
    )


def shell_left_behind(
    team: Team, ana: Laptop, ana_token: str, bojan: Laptop, bojan_token: str, tmp_path: Path,
    *, seed: int,
) -> uuid.UUID:  # fmt: skip
    """Ana shares a picture; Bojan imports a copy and syncs, and his sync stops right after his
    push learnt that the picture was Ana's: his import's camera reached the server, and his
    laptop dropped it, the drop not sent yet. The camera's id."""
    shared = photo_walk(tmp_path / "shared", 1, seed=seed)
    ana.import_photos(shared)
    assert ana.sync(team.url, ana_token).complete
    bojan.import_photos(shared)
    [shell] = bojan.camera_ids()
    with SyncClient(team.url, bojan_token, retry=FAST_RETRY) as client:
        steps = run_sync(bojan.db.session_factory, bojan.db.library, client, make_shareable)
        while shell in bojan.camera_ids():
            next(steps)
        steps.close()  # the lid closes before the drop is sent
    return shell


def test_a_camera_a_teammate_filled_is_never_tidied_away_with_their_photos(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Bojan imports a copy of a picture Ana shared: once the server says the picture is Ana's,
    the camera his import made for it is an empty shell, and his laptop drops it. His sync
    stopped before the drop reached the server, and Vesna pulled the shell and merged her camera
    into it. The drop must not take her photo along (before: the server refused Bojan's drop for
    good, his laptop kept the camera deleted that everyone else had, with her photo on it)."""
    ana_token, bojan_token, vesna_token = team.user(), team.user(), team.user("reviewer")
    ana, bojan, vesna = laptop("ana"), laptop("bojan"), laptop("vesna")
    shell = shell_left_behind(team, ana, ana_token, bojan, bojan_token, tmp_path, seed=50)
    assert vesna.sync(team.url, vesna_token).complete
    assert shell in vesna.camera_ids()
    vesna.import_photos(photo_walk(tmp_path / "vesna", 1, seed=51))
    [hers] = vesna.camera_ids() - {shell} - ana.camera_ids()
    [her_photo] = {p.id for p in live_photos(vesna) if p.camera_id == hers}
    edit(vesna, lambda s: operations.merge_cameras(s, [shell, hers]))
    assert vesna.sync(team.url, vesna_token).complete

    result = bojan.sync(team.url, bojan_token)
    assert result.complete and not result.errors, result
    for machine, token in ((ana, ana_token), (vesna, vesna_token)):
        assert machine.sync(team.url, token).complete
    for machine in (ana, bojan, vesna):
        assert shell in machine.camera_ids()
        [photo] = [p for p in live_photos(machine) if p.id == her_photo]
        assert photo.camera_id == shell
    assert_everyone_equals_the_server(team, vesna_token, ana, bojan, vesna)


def test_an_import_s_empty_shell_goes_from_every_laptop(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """The same copy, when nobody touched the shell: it goes everywhere, also from a laptop
    that pulled it before Bojan's drop arrived."""
    ana_token, bojan_token, vesna_token = team.user(), team.user(), team.user("reviewer")
    ana, bojan, vesna = laptop("ana"), laptop("bojan"), laptop("vesna")
    shell = shell_left_behind(team, ana, ana_token, bojan, bojan_token, tmp_path, seed=52)
    assert vesna.sync(team.url, vesna_token).complete
    assert shell in vesna.camera_ids()
    for machine, token in ((bojan, bojan_token), (ana, ana_token), (vesna, vesna_token)):
        assert machine.sync(team.url, token).complete
    for machine in (ana, bojan, vesna):
        assert shell not in machine.camera_ids()
        assert machine.camera_ids() == ana.camera_ids()
    assert_everyone_equals_the_server(team, vesna_token, ana, bojan, vesna)


@pytest.mark.parametrize(
    ("seed", "description"),  # each its own picture: the server is shared
    [
        (800, lambda s, c: operations.set_fields(
            s, c, {"notes": "label says DS-2CD2143", "model": "DS-2CD2143"})),
        (801, lambda s, c: operations.set_fields(s, c, {"camera:mount": "pole"})),
        (802, lambda s, c: operations.move_camera(s, c, 44.9, 20.5)),
        (803, lambda s, c: operations.set_fields(s, c, {"camera:direction": "123"})),
    ],
    ids=["notes and model", "mount", "placed by hand", "direction"],
)  # fmt: skip
def test_a_camera_described_before_its_first_sync_keeps_its_description(
    sqlite_team: Team,
    laptop: Callable[[str], Laptop],
    tmp_path: Path,
    seed: int,
    description: Callable[[Session, uuid.UUID], Any],
) -> None:
    """Bojan imports a copy of a picture Ana shared, and describes the camera before his first
    sync. The picture becomes Ana's record; his camera loses its photo but not what he said of
    it (before: his edits were folded into the camera's creation, the camera looked like an
    untouched shell of the import and was deleted on his laptop and on the server, in silence)."""
    team = sqlite_team
    ana_token, bojan_token = team.user(), team.user()
    ana, bojan = laptop("ana"), laptop("bojan")
    walk = photo_walk(tmp_path / "walk", 1, seed=59)
    ana.import_photos(walk)
    assert ana.sync(team.url, ana_token).complete
    bojan.import_photos(walk)
    [his] = bojan.camera_ids()
    edit(bojan, lambda s: description(s, his))
    with bojan.db.session() as session:
        described = session.get(Camera, his)
        assert described is not None
        said = {name: getattr(described, name) for name in ("notes", "model", "camera_mount",
                "latitude", "longitude", "camera_direction")}  # fmt: skip
    assert bojan.sync(team.url, bojan_token).complete
    assert ana.sync(team.url, ana_token).complete
    for machine in (ana, bojan):
        assert his in machine.camera_ids()
        with machine.db.session() as session:
            kept = session.get(Camera, his)
            assert kept is not None
            assert {name: getattr(kept, name) for name in said} == said
    [picture] = [hashlib.sha256(f.read_bytes()).hexdigest() for f in walk.iterdir()]
    [photo] = [p for p in live_photos(bojan) if p.sha256 == picture]
    assert photo.camera_id != his  # the picture is Ana's, on her camera
    assert_everyone_equals_the_server(team, ana_token, ana, bojan)


def live_photos(machine: Laptop) -> list[Photo]:
    with machine.db.session() as session:
        return list(session.scalars(select(Photo).where(Photo.deleted.is_(False))))


def test_base_versions_stay_what_the_laptop_saw_so_conflicts_reach_reviewers(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ana's second edit was made on the version she had pulled, not on the one her first push
    created: the coordinator's change in between is a conflict reviewers see (before, the base
    was raised after the push and the coordinator's value was overwritten silently)."""
    ana_token, coordinator_token = team.user(), team.user("reviewer")
    ana, coordinator = laptop("ana"), laptop("coordinator")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=37))
    [target] = ana.camera_ids()
    assert ana.sync(team.url, ana_token).complete
    assert coordinator.sync(team.url, coordinator_token).complete
    edit(coordinator, lambda s: operations.set_fields(s, target, {"operator": "City"}))
    assert coordinator.sync(team.url, coordinator_token).complete
    edit(ana, lambda s: operations.set_fields(s, target, {"notes": "first"}))
    with SyncClient(team.url, ana_token, retry=FAST_RETRY) as client:  # push only, no pull
        from surveyapp.sync.engine import SyncSummary, push_outbox

        list(push_outbox(ana.db.session_factory, client, SyncSummary(team.url)))
    edit(ana, lambda s: operations.set_fields(s, target, {"operator": "Police"}))
    summary = ana.sync(team.url, ana_token)
    assert summary.complete and summary.conflicts == 1
    with httpx_client(team, coordinator_token) as http:
        conflicts = [
            c for c in http.get("/conflicts").json()["data"] if c["record_id"] == str(target)
        ]
    assert [(c["field"], c["previous"], c["applied"]) for c in conflicts] == [
        ("operator", "City", "Police")
    ]


def httpx_client(team: Team, token: str) -> Any:
    import httpx

    return httpx.Client(
        base_url=team.server.api(""), headers={"Authorization": f"Bearer {token}"}, timeout=30
    )


def _broken_photo(kind: str, request: pytest.FixtureRequest) -> tuple[str, bytes]:
    if kind == "truncated JPEG":
        whole = make_jpeg(PhotoSpec(latitude=45.0, size=(640, 480)), seed=3)
        return "broken.jpg", whole[: len(whole) // 2]
    return "broken.heic", heic_without_its_image(request.getfixturevalue("corpus_dir"))


@pytest.mark.parametrize("kind", ["truncated JPEG", "HEIC whose image libheif drops"])
def test_a_photo_without_a_shareable_copy_stays_home_and_the_rest_syncs(
    team: Team,
    laptop: Callable[[str], Laptop],
    tmp_path: Path,
    kind: str,
    request: pytest.FixtureRequest,
) -> None:
    """A photo whose pixels cannot be decoded cannot be blurred: it stays on the laptop (its
    record is shared), the summary says so once, and the sync is complete (before: every sync
    failed for ever; for the HEIC, until this change, with "error: invalid image index: 0")."""
    token = team.user()
    machine = laptop("ana")
    # Photos of their own for each case: the server already holds the other case's copies.
    folder = photo_walk(tmp_path / "walk", 2, seed=38 if kind == "truncated JPEG" else 46)
    name, broken = _broken_photo(kind, request)
    (folder / name).write_bytes(broken)
    machine.import_photos(folder)
    summary = machine.sync(team.url, token)
    assert summary.complete, summary
    assert summary.kept_photos == 1 and summary.photos_uploaded == 2
    assert any("1 photo stays on this laptop" in warning for warning in summary.warnings)
    again = machine.sync(team.url, token)
    assert again.complete and again.photos_uploaded == 0
    with machine.db.session() as session:
        query = select(Photo.upload_state).where(Photo.library_path != "")  # ours
        states = sorted(session.scalars(query))
    assert states == ["unshareable", "uploaded", "uploaded"]


def test_photos_whose_file_names_are_no_utf_8_or_hold_controls_sync_to_the_team(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """A file name is the disk's bytes; the server takes only clean text. Each photo's name
    is stored escaped, so both photos reach the server and a teammate sees the same names."""
    token = team.user()
    ana, ben = laptop("ana"), laptop("ben")
    folder = photo_walk(tmp_path / "walk", 1, seed=48)  # photos no other test uploads
    for index, raw in enumerate([b"caf\xe9.jpg", b"back\xe2\x80\xaegpj.jpg"]):
        spec = PhotoSpec(latitude=45.0 + index * 1e-3, size=(320, 240))
        Path(os.fsdecode(bytes(folder) + b"/" + raw)).write_bytes(make_jpeg(spec, seed=41 + index))
    ana.import_photos(folder)
    summary = ana.sync(team.url, token)
    assert summary.complete and not summary.errors, summary
    assert summary.photos_uploaded == 3
    assert ben.sync(team.url, team.user()).complete
    with ben.db.session() as session:
        names = set(session.scalars(select(Photo.file_name)))
    assert {"caf\\xe9.jpg", "back\\u202egpj.jpg"} <= names


def test_records_the_server_would_refuse_are_never_queued(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """The laptop and the server read one registry: what the laptop accepts, the server takes
    (before: an operator of 270 characters was accepted here, refused there, and the camera
    never reached the server while its photos did)."""
    token = team.user()
    machine = laptop("ana")
    machine.import_photos(photo_walk(tmp_path / "walk", 1, seed=39))
    [target] = machine.camera_ids()
    from surveyapp.cameras.fields import FieldError

    with machine.db.session() as session, pytest.raises(FieldError, match="200"):
        operations.set_fields(session, target, {"operator": "x" * 270})
    edit(machine, lambda s: operations.set_fields(
        s, target, {"operator": "y" * 200, "notes": "ok\n" * 1000, "tag:ref": "z" * 255}
    ))  # fmt: skip
    assert machine.sync(team.url, token).complete
    assert_everyone_equals_the_server(team, token, machine)


def test_a_change_the_server_cannot_take_yet_waits_and_goes_again(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """What the server put off (a field it does not know yet: a newer laptop) waits and goes
    again; it is not refused for good."""
    token = team.user()
    machine = laptop("ana")
    machine.import_photos(photo_walk(tmp_path / "walk", 1, seed=40))
    [target] = machine.camera_ids()
    assert machine.sync(team.url, token).complete
    with machine.db.session() as session:  # as a newer SurveyApp would queue a field
        session.info[APPLYING_REMOTE] = True
        session.add(
            Outbox(mutation_id=uuid.uuid4(), record_type="camera", record_id=target,
                   op="upsert", base_version=1, fields={"lens_mm": 2.8}, args={},
                   attempts=0, state="pending")
        )  # fmt: skip
        session.commit()
    summary = machine.sync(team.url, token)
    assert not summary.complete and summary.refused == 0
    assert [("lens_mm" in d.message) for d in summary.deferred] == [True]
    [row] = machine.waiting()
    assert row.state == "pending" and row.attempts == 1
    again = machine.sync(team.url, token)
    assert [d.record_id for d in again.deferred] == [str(target)]  # sent again


def test_a_camera_pushed_without_its_optional_fields_is_the_same_on_every_laptop(
    own_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Another volunteer's script pushed a camera, a photo and a survey with their required
    fields only: a fresh volunteer's first sync takes them with the values the server holds,
    and never sends a change to them."""
    mallory, fresh_token = own_team.user(), own_team.user()
    survey, home, photo = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()

    def mutation(record_type: str, record_id: uuid.UUID, **fields: Any) -> dict[str, Any]:
        return {
            "mutation_id": str(uuid.uuid4()), "record_type": record_type,
            "record_id": str(record_id), "op": "upsert", "base_version": None, "fields": fields,
        }  # fmt: skip

    with SyncClient(own_team.url, mallory, retry=FAST_RETRY) as client:
        results = client.push(
            [
                mutation("survey", survey, name="Mallory's"),
                mutation("camera", home, survey_id=str(survey), latitude=44.81, longitude=20.46),
                mutation("photo", photo, sha256="c" * 64, camera_id=str(home),
                         file_name="x.jpg"),
            ]
        ).results  # fmt: skip
    assert {r.status for r in results} == {"applied"}
    fresh = laptop("fresh")
    fresh.import_photos(photo_walk(tmp_path / "walk", 1, seed=38))
    first = fresh.sync(own_team.url, fresh_token)
    assert first.errors == [] and first.refused == 0 and first.complete
    assert_everyone_equals_the_server(own_team, fresh_token, fresh)
    held = server_state(own_team.url, fresh_token)
    with fresh.db.session() as session:
        for record_id, change in held.items():
            if change.record_type != "camera" and change.record_id in (survey, photo):
                record = session.get(Survey if change.record_type == "survey" else Photo, record_id)
                mine = record_fields(record)
                assert {k: mine[k] for k in change.fields if k in mine} == {
                    k: v for k, v in change.fields.items() if k in mine
                }
    assert not [row for row in fresh.outbox() if row.record_id in (survey, home)]
    assert fresh.sync(own_team.url, fresh_token).pushed == 0


def test_a_merge_moving_more_photos_than_the_server_lists_still_merges(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """The server takes at most 500 listed photos in a merge (a longer list was a way to hold
    everyone's pushes up). A volunteer's merge of two synced cameras of 251 photos each sends
    no list then, and merges all the same on every laptop."""
    team, token = sqlite_team, sqlite_team.user()
    ana, other = laptop("ana"), laptop("other")
    ana.import_photos(photo_walk(tmp_path / "walk", 503, seed=58, size=(16, 12)))
    ids = sorted(ana.camera_ids())
    edit(ana, lambda s: operations.merge_cameras(s, ids[0:251]))
    edit(ana, lambda s: operations.merge_cameras(s, ids[251:502]))
    assert ana.sync(team.url, token).complete
    edit(ana, lambda s: operations.merge_cameras(s, [ids[502], ids[0], ids[251]]))
    [merge] = [row for row in ana.outbox() if row.op == "merge"]
    assert merge.args["photos"] == []  # 502 moved: more than the server takes
    summary = ana.sync(team.url, token)
    assert summary.complete and summary.refused == 0
    assert other.sync(team.url, token).complete
    assert ana.camera_ids() & set(ids) == other.camera_ids() & set(ids) == {ids[502]}
    assert_everyone_equals_the_server(team, token, ana, other)


@pytest.mark.parametrize("crossing", ["split", "merge"])
def test_a_camera_delete_crossing_a_reviewers_split_or_merge_leaves_the_photos_they_moved(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path, crossing: str
) -> None:
    """Ana deletes her camera of two photos without having pulled that the reviewer split one
    of them off onto a camera of its own (or merged her camera into another). The photos the
    reviewer moved stay where the reviewer put them (before: her laptop sent a delete of each
    photo beside the camera's, and the server deleted them from the reviewer's live camera,
    with no conflict listed)."""
    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    seed = 810 + ["split", "merge"].index(crossing)  # pictures of its own on the shared server
    ana.import_photos(photo_walk(tmp_path / "walk", 3, seed=seed))  # pictures of its own
    first, second, third = sorted(ana.camera_ids(), key=str)
    edit(ana, lambda s: operations.merge_cameras(s, [first, second]))
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    [moved, *_] = sorted((p.id for p in live_photos(reviewer) if p.camera_id == first), key=str)
    if crossing == "split":
        edit(reviewer, lambda s: operations.split_photos(s, [moved]))
    else:
        edit(reviewer, lambda s: operations.merge_cameras(s, [third, first]))
    assert reviewer.sync(team.url, reviewer_token).complete
    [where] = {p.camera_id for p in live_photos(reviewer) if p.id == moved}

    edit(ana, lambda s: operations.delete_camera(s, first))
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    for machine in (ana, reviewer):
        assert first not in machine.camera_ids() and where in machine.camera_ids()
        assert {p.id: p.camera_id for p in live_photos(machine) if p.id == moved} == {moved: where}
    assert_everyone_equals_the_server(team, reviewer_token, ana, reviewer)


def test_a_teammates_withdrawn_or_reblurred_picture_leaves_no_copy_here(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """The coordinator fetched two of Ana's pictures. Ana blurs a plate in one (a new shared
    copy) and deletes the other's camera (withdrawn). After the coordinator's next sync his
    laptop holds neither the sharp copy nor the withdrawn picture nor its thumbnail (before:
    both files stayed in his library, and the photo still showed the sharp copy)."""
    from surveyapp.photos.sharing import Box, add_rectangle
    from surveyapp.sync.blobs import fetch_photo

    team = sqlite_team
    ana_token, coordinator_token = team.user(), team.user("reviewer")
    ana, coordinator = laptop("ana"), laptop("coordinator")
    ana.import_photos(photo_walk(tmp_path / "walk", 2, seed=820))
    mine = {p.id: p.camera_id for p in live_photos(ana)}
    assert ana.sync(team.url, ana_token).complete
    assert coordinator.sync(team.url, coordinator_token).complete
    with coordinator.db.session() as session, SyncClient(team.url, coordinator_token) as client:
        fetched = [
            fetch_photo(session, coordinator.db.library, client, photo)
            for photo in session.scalars(select(Photo).where(Photo.id.in_(mine)))
        ]
        session.commit()
    assert all(path.exists() for path in fetched)
    reblurred, withdrawn = sorted(mine, key=str)
    with ana.db.session() as session, session.begin():
        add_rectangle(session, reblurred, Box(0.1, 0.1, 0.3, 0.3))
    withdrawn_camera = mine[withdrawn]
    assert withdrawn_camera is not None
    edit(ana, lambda s: operations.delete_camera(s, withdrawn_camera))
    assert ana.sync(team.url, ana_token).complete
    assert coordinator.sync(team.url, coordinator_token).complete

    assert not any(path.exists() for path in fetched)
    with coordinator.db.session() as session:
        photo = session.get(Photo, reblurred)
        assert photo is not None and photo.library_path == "" and not photo.deleted
        assert session.get(Thumbnail, reblurred) is not None  # the new copy's
        assert session.get(Thumbnail, withdrawn) is None
        with SyncClient(team.url, coordinator_token) as client:
            again = fetch_photo(session, coordinator.db.library, client, photo)
        assert hashlib.sha256(again.read_bytes()).hexdigest() == photo.blob_sha256


@pytest.mark.parametrize("first", ["owner", "reviewer"])
def test_one_photo_split_off_on_two_laptops_at_once_gives_one_camera(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path, first: str
) -> None:
    """Ana and the reviewer both split the same photo off Ana's camera of two before either
    synced; the reviewer also described the camera his split made. After the syncs the photo
    is on one camera of its own, with the reviewer's description, and no camera is left empty
    (before: the later split moved the photo on and left the earlier split's camera empty, on
    every laptop and on the public map's way to review)."""
    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    seed = 860 + ["owner", "reviewer"].index(first)  # pictures of its own on the shared server
    ana.import_photos(photo_walk(tmp_path / "walk", 2, seed=seed))
    one, other = sorted(ana.camera_ids(), key=str)
    edit(ana, lambda s: operations.merge_cameras(s, [one, other]))
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    [split, _] = sorted((p.id for p in live_photos(ana) if p.camera_id == one), key=str)

    hers = edit(ana, lambda s: operations.split_photos(s, [split]).id)
    made = edit(reviewer, lambda s: operations.split_photos(s, [split]).id)
    edit(reviewer, lambda s: operations.set_fields(s, made, {"notes": "dome, two lenses"}))
    order = [(ana, ana_token), (reviewer, reviewer_token)]
    for machine, token in order if first == "owner" else order[::-1]:
        assert machine.sync(team.url, token).complete
    for machine, token in order:
        assert machine.sync(team.url, token).complete

    state = server_state(team.url, reviewer_token)
    live = {rid for rid in (one, hers, made) if not state[rid].deleted}
    held = {
        uuid.UUID(c.fields["camera_id"])
        for c in state.values()
        if c.record_type == "photo" and not c.deleted
    }
    assert live <= held, "a camera without photos was left"
    [apart] = {uuid.UUID(state[split].fields["camera_id"])}
    assert apart != one and state[apart].fields["notes"] == "dome, two lenses"
    assert_everyone_equals_the_server(team, reviewer_token, ana, reviewer)


def test_a_photo_split_off_a_camera_a_reviewer_deleted_meanwhile_leaves_no_empty_camera(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """A reviewer deletes Ana's camera of two photos while Ana, offline, splits one of them off.
    The photos went with the reviewer's delete, and the camera her split made goes too, with
    her run saying so (before: it stayed on every laptop and in every export, a camera with no
    photo at the split photo's place, the reviewer's delete half undone unsaid)."""
    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(photo_walk(tmp_path / "walk", 2, seed=3400))
    one, other = sorted(ana.camera_ids(), key=str)
    edit(ana, lambda s: operations.merge_cameras(s, [one, other]))
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    [split, _] = sorted((p.id for p in live_photos(ana) if p.camera_id == one), key=str)
    edit(reviewer, lambda s: operations.delete_camera(s, one))
    assert reviewer.sync(team.url, reviewer_token).complete

    made = edit(ana, lambda s: operations.split_photos(s, [split]).id)
    summary = ana.sync(team.url, ana_token)
    assert summary.complete and not summary.errors, summary
    assert reviewer.sync(team.url, reviewer_token).complete

    state = server_state(team.url, reviewer_token)
    assert state[made].deleted and state[split].deleted
    for machine in (ana, reviewer):
        assert made not in machine.camera_ids() and split not in machine.photo_ids()
    assert [w for w in summary.warnings if str(made) in w], summary.warnings
    assert_everyone_equals_the_server(team, reviewer_token, ana, reviewer)


def test_a_photo_split_off_that_became_a_teammates_meanwhile_leaves_no_empty_camera_and_says_so(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ana, offline, splits one of the two photos of her camera off; meanwhile a reviewer
    deletes that camera (the photos go with it) and Bojan imports the same picture again and
    syncs first: the server brings the photo's record back as his, on his camera. Ana's split
    cannot take his photo: its new camera goes, and her run says why, as it does when the
    photos were deleted; the photo is Bojan's, on his camera, on her laptop too."""
    ana_token, bojan_token, reviewer_token = team.user(), team.user(), team.user("reviewer")
    ana, bojan, reviewer = laptop("ana"), laptop("bojan"), laptop("reviewer")
    walk = photo_walk(tmp_path / "walk", 2, seed=3600)
    ana.import_photos(walk)
    one, other = sorted(ana.camera_ids(), key=str)
    edit(ana, lambda s: operations.merge_cameras(s, [one, other]))
    everyone = ((ana, ana_token), (bojan, bojan_token), (reviewer, reviewer_token))
    for machine, token in everyone:
        assert machine.sync(team.url, token).complete
    [split, _] = sorted((p.id for p in live_photos(ana) if p.camera_id == one), key=str)
    with ana.db.session() as session:
        split_photo = session.get(Photo, split)
        assert split_photo is not None
        picture = split_photo.file_name
    made = edit(ana, lambda s: operations.split_photos(s, [split]).id)

    edit(reviewer, lambda s: operations.delete_camera(s, one))
    assert reviewer.sync(team.url, reviewer_token).complete
    assert bojan.sync(team.url, bojan_token).complete
    card = tmp_path / "bojans-card"
    card.mkdir()
    card.joinpath(picture).write_bytes(walk.joinpath(picture).read_bytes())
    bojan.import_photos(card)
    assert bojan.sync(team.url, bojan_token).complete
    assert split in bojan.photo_ids()  # the same record, brought back as his
    with bojan.db.session() as session:
        his = session.get(Photo, split)
        assert his is not None
        his_camera = his.camera_id

    summary = ana.sync(team.url, ana_token)
    assert summary.complete and not summary.errors and summary.refused == 0, summary
    state = server_state(team.url, reviewer_token)
    assert state[made].deleted and not state[split].deleted
    assert made not in ana.camera_ids()
    with ana.db.session() as session:
        hers = session.get(Photo, split)
        assert hers is not None and not hers.deleted and hers.camera_id == his_camera
    said = [w for w in summary.warnings if str(made) in w]
    assert said == [
        f"camera {made}: not made: the photos you split off had become a teammate's meanwhile "
        "(reviewers see what you sent)"
    ], summary.warnings
    for machine, token in everyone:
        assert machine.sync(team.url, token).complete
    for machine in (ana, bojan, reviewer):
        assert made not in machine.camera_ids()
    assert_everyone_equals_the_server(team, reviewer_token, ana, bojan, reviewer)


@pytest.mark.parametrize("verdict", ["removed", "disputed"])
def test_a_reviewers_verdict_on_a_camera_merged_away_reaches_the_reviewers(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path, verdict: str
) -> None:
    """The reviewer marks one of Ana's cameras removed (or disputed); Ana, who pulled it, merges
    that camera into her other one. The merged camera is unverified, and the reviewer's verdict
    is listed for the reviewers as a review conflict on it, which they can take (before: the
    verdict went with the merged-away camera, no conflict listed, its photo on her camera)."""
    from surveyapp.cameras.review import decide_conflict, set_review

    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    seed = 3401 + ["removed", "disputed"].index(verdict)
    ana.import_photos(photo_walk(tmp_path / "walk", 2, seed=seed))
    kept, doubted = sorted(ana.camera_ids(), key=str)
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    edit(reviewer, lambda s: set_review(s, [doubted], verdict))
    assert reviewer.sync(team.url, reviewer_token).complete
    assert ana.sync(team.url, ana_token).complete
    assert camera_of(ana, doubted).review_state == verdict

    edit(ana, lambda s: operations.merge_cameras(s, [kept, doubted]))
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    with httpx_client(team, reviewer_token) as http:
        listed = [
            c
            for c in http.get("/conflicts").json()["data"]
            if c["record_id"] == str(kept) and c["field"] == "review_state"
        ]
    assert [(c["previous"], c["applied"]) for c in listed] == [(verdict, "unverified")]

    edit(reviewer, lambda s: decide_conflict(s, kept, "review_state", listed[0]["previous"]))
    assert reviewer.sync(team.url, reviewer_token).complete
    assert ana.sync(team.url, ana_token).complete
    for machine in (ana, reviewer):
        assert camera_of(machine, kept).review_state == verdict
    assert_everyone_equals_the_server(team, reviewer_token, ana, reviewer)


def test_a_teammates_withdrawn_photo_leaves_nothing_personal_here(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ana deletes her camera after the coordinator pulled it. After his next sync his laptop
    keeps only the tombstone the sync needs: no file name, place, direction, time, phone or
    thumbnail of her photo (before: all of it stayed in his survey file, the picture alone
    went)."""
    team = sqlite_team
    ana_token, coordinator_token = team.user(), team.user("reviewer")
    ana, coordinator = laptop("ana"), laptop("coordinator")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=870))  # pictures of its own
    [photo_id] = ana.photo_ids()
    [camera_id] = ana.camera_ids()
    assert ana.sync(team.url, ana_token).complete
    assert coordinator.sync(team.url, coordinator_token).complete
    personal = ("file_name", "altitude", "bearing", "taken_local")
    with coordinator.db.session() as session:
        pulled = session.get(Photo, photo_id)
        assert pulled is not None and all(getattr(pulled, name) for name in personal)
        assert session.get(Thumbnail, photo_id) is not None

    edit(ana, lambda s: operations.delete_camera(s, camera_id))
    assert ana.sync(team.url, ana_token).complete
    assert coordinator.sync(team.url, coordinator_token).complete

    with coordinator.db.session() as session:
        gone = session.get(Photo, photo_id)
        assert gone is not None and gone.deleted
        left = {name: getattr(gone, name) for name in personal if getattr(gone, name)}
        assert left == {}
        assert (gone.latitude, gone.taken_utc, gone.taken_sort) == (None, None, None)
        assert session.get(Thumbnail, photo_id) is None
    with ana.db.session() as session:  # her own record keeps what an undo needs
        hers = session.get(Photo, photo_id)
        assert hers is not None and hers.deleted and hers.file_name and hers.bearing


def test_a_teammates_deleted_camera_leaves_nothing_of_hers_here(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ana describes her camera and deletes it after the coordinator pulled it. After his next
    sync his laptop keeps only the tombstone: not where it stood, her notes, its operator or
    the street looked up for it (before: all of it stayed in his survey file, as her photo's
    details did before they were emptied)."""
    from surveyapp.db.models import CameraStreet

    team = sqlite_team
    ana_token, coordinator_token = team.user(), team.user("reviewer")
    ana, coordinator = laptop("ana"), laptop("coordinator")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=3503))
    [camera_id] = ana.camera_ids()
    notes = {"notes": "from my bedroom window", "operator": "City", "camera:direction": "135"}
    edit(ana, lambda s: operations.move_camera(s, camera_id, 44.8123, 20.4612))
    edit(ana, lambda s: operations.set_fields(s, camera_id, notes))
    assert ana.sync(team.url, ana_token).complete
    assert coordinator.sync(team.url, coordinator_token).complete
    with coordinator.db.session() as session, session.begin():
        pulled = session.get(Camera, camera_id)
        assert pulled is not None and pulled.notes and pulled.latitude is not None
        place = {"latitude": pulled.latitude, "longitude": pulled.longitude}
        session.add(CameraStreet(camera_id=camera_id, street="Ulica 5", source="offline", **place))

    edit(ana, lambda s: operations.delete_camera(s, camera_id))
    assert ana.sync(team.url, ana_token).complete
    assert coordinator.sync(team.url, coordinator_token).complete

    described = ("latitude", "longitude", "notes", "operator", "height", "camera_direction")
    with coordinator.db.session() as session:
        gone = session.get(Camera, camera_id)
        assert gone is not None and gone.deleted
        left = {name: getattr(gone, name) for name in described if getattr(gone, name)}
        assert left == {}
        assert session.get(CameraStreet, camera_id) is None
    with ana.db.session() as session:  # her own camera keeps what an undo needs
        hers = session.get(Camera, camera_id)
        assert hers is not None and hers.deleted and hers.notes and hers.latitude is not None


def test_a_photo_deleted_and_synced_can_be_imported_again(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ana deletes a camera, syncs, then finds she was wrong and imports its photo again from
    her card. It comes back as a camera of its own, reaches the server with its picture, and
    the coordinator sees it and can open it (before: the import said "deleted from the survey",
    and once the delete was synced there was no way back on her laptop)."""
    from surveyapp.sync.blobs import fetch_photo

    team = sqlite_team
    ana_token, coordinator_token = team.user(), team.user("reviewer")
    ana, coordinator = laptop("ana"), laptop("coordinator")
    walk = photo_walk(tmp_path / "walk", 1, seed=880)  # pictures of its own
    [picture] = [hashlib.sha256(path.read_bytes()).hexdigest() for path in walk.iterdir()]

    def live(machine: Laptop) -> list[Photo]:  # the shared server holds other tests' photos
        return [p for p in live_photos(machine) if p.sha256 == picture]

    ana.import_photos(walk)
    [camera_id] = ana.camera_ids()
    assert ana.sync(team.url, ana_token).complete
    assert coordinator.sync(team.url, coordinator_token).complete  # he saw it
    assert len(live(coordinator)) == 1
    edit(ana, lambda s: operations.delete_camera(s, camera_id))
    assert ana.sync(team.url, ana_token).complete
    assert coordinator.sync(team.url, coordinator_token).complete
    assert not live(ana) and not live(coordinator)
    with ana.db.session() as session, SyncClient(team.url, coordinator_token) as client:
        [shared] = session.scalars(select(Photo.blob_sha256).where(Photo.sha256 == picture))
        assert shared is not None
        with pytest.raises(RequestError, match="retracted"):  # withdrawn
            client.blob_get(shared)

    before = ana.camera_ids()
    ana.import_photos(walk)
    assert len(live(ana)) == 1
    [again] = ana.camera_ids() - before
    assert again != camera_id
    summary = ana.sync(team.url, ana_token)
    assert summary.complete and not summary.errors, summary
    assert coordinator.sync(team.url, coordinator_token).complete
    # The server answered with its withdrawn record, brought back: the photo took its id.
    [hers], [his] = live(ana), live(coordinator)
    assert hers.id == his.id and hers.camera_id == his.camera_id == again
    with coordinator.db.session() as session, SyncClient(team.url, coordinator_token) as client:
        photo = session.get(Photo, his.id)
        assert photo is not None
        assert photo.file_name == "IMG_880_0.jpg"  # what the withdrawal emptied came back
        assert session.get(Thumbnail, photo.id) is not None
        fetched = fetch_photo(session, coordinator.db.library, client, photo)
        assert fetched.read_bytes()[:2] == b"\xff\xd8"
    assert_everyone_equals_the_server(team, coordinator_token, ana, coordinator)


def test_a_volunteer_who_began_her_own_survey_keeps_working_in_it_after_the_first_sync(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ben began his survey (he turned blurring off for it) an hour after Ana began hers, and
    both synced. His laptop still shows his survey, and his next photos go into it with his
    setting (before: it showed Ana's survey, older, as his, and put his next photos there,
    blurred by her setting, while his first photos stayed in his)."""
    from surveyapp.photos.sharing import set_survey_blur

    team = sqlite_team
    ana, ben = laptop("ana"), laptop("ben")
    ana.import_photos(photo_walk(tmp_path / "ana", 1, seed=890))  # pictures of its own
    ben.import_photos(photo_walk(tmp_path / "ben", 1, seed=891))
    with ben.db.session() as session, session.begin():
        mine = operations.current_survey(session)
        mine.name = "Ben's streets"
        set_survey_blur(session, mine.id, False)
        mine.created_at += timedelta(hours=1)  # begun after Ana's
        ben_survey = mine.id
    assert ana.sync(team.url, team.user()).complete
    ben_token = team.user()
    assert ben.sync(team.url, ben_token).complete
    with ben.db.session() as session:
        assert len(session.scalars(select(Survey)).all()) >= 2  # hers came with the sync
        current = operations.current_survey(session)
        shown = (current.id, current.name, current.blur_people)
        assert shown == (ben_survey, "Ben's streets", False)

    before = ben.camera_ids()
    ben.import_photos(photo_walk(tmp_path / "ben2", 1, seed=892))
    [new] = ben.camera_ids() - before
    assert camera_of(ben, new).survey_id == ben_survey


def test_received_counts_what_teammates_changed_not_this_laptops_own_changes_sent_back(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """The sync summary's "received" is what came from others. Before, the server's echo of
    every change this laptop had just sent counted too: a volunteer alone on the server read
    "8 changes received" after sending her own 4."""
    team = sqlite_team
    ana_token, ben_token = team.user(), team.user("reviewer")
    ana, ben = laptop("ana"), laptop("ben")
    assert ana.sync(team.url, ana_token).complete  # what the shared server already holds
    before = ana.camera_ids()
    ana.import_photos(photo_walk(tmp_path / "walk", 2, seed=893))
    first, second = sorted(ana.camera_ids() - before)
    sent = ana.sync(team.url, ana_token)
    assert sent.complete and sent.pushed > 0 and sent.pulled > 0  # her changes came back
    assert sent.received == 0
    edit(ana, lambda s: operations.set_fields(s, first, {"camera:type": "dome"}))
    edited = ana.sync(team.url, ana_token)
    assert edited.complete and (edited.pushed, edited.received) == (1, 0)

    assert ben.sync(team.url, ben_token).complete
    edit(ben, lambda s: operations.set_fields(s, second, {"camera:mount": "pole"}))
    assert ben.sync(team.url, ben_token).complete
    from_ben = ana.sync(team.url, ana_token)
    assert from_ben.complete and from_ben.received == 1
    assert camera_of(ana, second).camera_mount == "pole"
    with ana.db.session() as session:  # the app's "recent runs" say the same
        assert [run.received for run in recent_runs(session)][:3] == [1, 0, 0]


def test_a_photo_she_withdrew_that_a_teammate_shares_again_is_his_on_her_laptop(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ana had a copy of Ben's picture on her card, sent its record first (her sync stopped
    before its copy went), then deleted its camera.
    Ben shares his picture: the server brings her withdrawn record back as his. On her laptop
    the photo is now his, with his copy on the server: nothing of hers to upload (before, her
    laptop tried to upload a copy its clean-up had deleted, failed every sync with "the
    shareable copy is missing" and pushed a new copy for his photo, so it never finished)."""
    team = sqlite_team
    ana_token, ben_token = team.user(), team.user()
    ana, ben = laptop("ana"), laptop("ben")
    walk = photo_walk(tmp_path / "walk", 1, seed=905)
    [picture] = [hashlib.sha256(path.read_bytes()).hexdigest() for path in walk.iterdir()]

    def live(machine: Laptop) -> list[Photo]:  # the shared server holds other tests' photos
        return [p for p in live_photos(machine) if p.sha256 == picture]

    ana.import_photos(walk)
    ben.import_photos(walk)
    [camera_id] = ana.camera_ids()
    with SyncClient(team.url, ana_token, retry=FAST_RETRY) as client:
        steps = run_sync(ana.db.session_factory, ana.db.library, client, make_shareable)
        while next(steps).stage != "push":
            pass
        steps.close()  # the lid closes once her photo's record is sent, before its copy
    edit(ana, lambda s: operations.delete_camera(s, camera_id))
    assert ana.sync(team.url, ana_token).complete
    assert ben.sync(team.url, ben_token).complete  # his picture brings the record back
    for _ in range(3):
        summary = ana.sync(team.url, ana_token)
        assert summary.complete and not summary.errors, summary
    [hers], [his] = live(ana), live(ben)
    assert hers.id == his.id and hers.camera_id == his.camera_id
    assert hers.owner is not None and hers.owner == his.owner  # his, on both laptops
    assert ben.sync(team.url, ben_token).complete
    assert_everyone_equals_the_server(team, ana_token, ana, ben)


def test_a_merge_takes_the_vendor_whole_from_one_camera_never_a_mix(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Bojan read the model M2241-10-EI (a Huawei model) on one camera and judged another
    Dahua by its shape; they are one camera, and he merges them. The camera keeps the model he
    read, and no maker nobody said it has; merged the other way, it is Dahua by its shape,
    without the model. Before, the merge filled each field on its own: "Dahua, M2241-10-EI,
    by its shape", on his laptop, the server and every teammate's."""
    bojan_token, vesna_token = team.user(), team.user("reviewer")
    bojan, vesna = laptop("bojan"), laptop("vesna")
    bojan.import_photos(photo_walk(tmp_path / "bojan", 4, seed=903))
    read, judged, read_2, judged_2 = sorted(
        bojan.camera_ids(), key=lambda i: camera_of(bojan, i).latitude or 0
    )
    said = {"model": "M2241-10-EI"}
    by_shape = {"manufacturer": "Dahua", "vendor_confidence": "shape"}
    for camera_id, values in (
        (read, said),
        (read_2, said),
        (judged, by_shape),
        (judged_2, by_shape),
    ):
        edit(bojan, functools.partial(operations.set_fields, camera_id=camera_id, values=values))
    edit(bojan, lambda s: operations.merge_cameras(s, [read, judged]))
    edit(bojan, lambda s: operations.merge_cameras(s, [judged_2, read_2]))
    assert bojan.sync(team.url, bojan_token).complete
    assert vesna.sync(team.url, vesna_token).complete
    for machine in (bojan, vesna):
        kept = camera_of(machine, read)
        assert (kept.manufacturer, kept.model) == (None, "M2241-10-EI")
        assert kept.vendor_confidence in (None, "unknown")
        other = camera_of(machine, judged_2)
        assert (other.manufacturer, other.model, other.vendor_confidence) == (
            "Dahua", None, "shape",
        )  # fmt: skip
    assert_everyone_equals_the_server(team, vesna_token, bojan, vesna)


def test_a_photo_withdrawn_here_that_a_teammate_imported_again_meanwhile_is_no_refusal(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ana withdraws her photo offline (split off, its camera deleted) while a reviewer deletes
    her camera and Bojan imports the same picture again, now his. Ana's next sync finishes: her
    split leaves his photo where it is (a conflict for the reviewers) and every laptop ends
    equal to the server (before: her split was refused for good, "volunteers edit and delete
    only the records they created", and stayed among her refused changes; found by
    tests/sync/test_review_convergence.py)."""
    ana_token, bojan_token, reviewer_token = team.user(), team.user(), team.user("reviewer")
    ana, bojan, reviewer = laptop("ana"), laptop("bojan"), laptop("reviewer")
    walk = photo_walk(tmp_path / "walk", 1, seed=904)
    ana.import_photos(walk)
    [camera], [photo] = ana.camera_ids(), ana.photo_ids()
    everyone = ((ana, ana_token), (bojan, bojan_token), (reviewer, reviewer_token))
    for machine, token in everyone:
        assert machine.sync(team.url, token).complete
    alone = edit(ana, lambda s: operations.split_photos(s, [photo]).id)
    edit(ana, lambda s: operations.delete_camera(s, alone))
    edit(reviewer, lambda s: operations.delete_camera(s, camera))
    assert reviewer.sync(team.url, reviewer_token).complete
    assert bojan.sync(team.url, bojan_token).complete
    again = tmp_path / "stick"
    again.mkdir()
    for picture in walk.iterdir():
        again.joinpath(picture.name).write_bytes(picture.read_bytes())
    bojan.import_photos(again)
    assert bojan.sync(team.url, bojan_token).complete
    assert photo in bojan.photo_ids()  # the same record, brought back as his

    summary = ana.sync(team.url, ana_token)
    assert summary.complete and summary.refused == 0, summary
    for machine, token in everyone:
        assert machine.sync(team.url, token).complete
    assert_everyone_equals_the_server(team, reviewer_token, ana, bojan, reviewer)
    assert photo in ana.photo_ids()  # Bojan's now, on his camera


def test_her_photos_a_reviewer_withdrew_before_their_copies_went_leave_her_sync_complete(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ana's sync stopped once her photos' records were sent, before their copies (the lid
    closed). Meanwhile the reviewer deleted her camera, which withdrew the photos. Her next
    sync: the server takes no copy no live photo of hers names, which is put off (the pull then
    removes the photos), not a refused token (before: every later sync of hers stopped with
    "the server refused the token" before its pull, so she never received anything again).
    Found by the review state machine's long run."""
    ana_token, vesna_token = team.user(), team.user("reviewer")
    ana, vesna = laptop("ana"), laptop("vesna")
    ana.import_photos(photo_walk(tmp_path / "walk", 2, seed=906))
    hers = set(ana.camera_ids())
    pictures = {p.sha256 for p in live_photos(ana)}
    with SyncClient(team.url, ana_token, retry=FAST_RETRY) as client:
        steps = run_sync(ana.db.session_factory, ana.db.library, client, make_shareable)
        while next(steps).stage != "push":
            pass
        steps.close()  # the lid closes once her photos' records are sent, before their copies
    assert vesna.sync(team.url, vesna_token).complete
    with vesna.db.session() as session:
        for camera_id in hers:
            operations.delete_camera(session, camera_id)
        session.commit()
    assert vesna.sync(team.url, vesna_token).complete
    summary = ana.sync(team.url, ana_token)
    assert summary.fatal is None and not summary.errors, summary
    assert summary.complete, summary
    assert not hers & set(ana.camera_ids())
    assert not [p for p in live_photos(ana) if p.sha256 in pictures]
    assert ana.sync(team.url, ana_token).complete
    assert_everyone_equals_the_server(team, vesna_token, ana, vesna)


@pytest.mark.parametrize("what", ["delete", "merge"])
def test_a_split_whose_new_camera_went_before_its_photos_move_arrived_says_where_they_are(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path, what: str
) -> None:
    """Ana splits a photo off her camera of two; her sync is cut after the new camera reached
    the server and before the photo's move did (one change a batch, the lid closed). A reviewer
    sees the empty camera and deletes it (or merges it into another). Her next sync sends the
    move. The photo stays on a live camera (where it was, or where the reviewer merged the new
    camera), and her run says so (before: "1 merged with others' edits" and no word of it, her
    split undone unsaid)."""
    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(photo_walk(tmp_path / "walk", 3, seed=3850 + 10 * (what == "merge")))
    one, other, third = sorted(ana.camera_ids(), key=str)
    edit(ana, lambda s: operations.merge_cameras(s, [one, other]))
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    [split, _] = sorted((p.id for p in live_photos(ana) if p.camera_id == one), key=str)
    made = edit(ana, lambda s: operations.split_photos(s, [split]).id)

    with SyncClient(team.url, ana_token, retry=FAST_RETRY) as client:
        steps = run_sync(ana.db.session_factory, ana.db.library, client, make_shareable, batch=1)
        for progress in steps:
            if progress.stage == "push":  # the first change acknowledged: the lid closes
                steps.close()
                break
    state = server_state(team.url, reviewer_token)
    assert made in state and split in state and state[split].fields["camera_id"] == str(one)

    assert reviewer.sync(team.url, reviewer_token).complete
    if what == "delete":
        edit(reviewer, lambda s: operations.delete_camera(s, made))
    else:
        edit(reviewer, lambda s: operations.merge_cameras(s, [third, made]))
    assert reviewer.sync(team.url, reviewer_token).complete

    summary = ana.sync(team.url, ana_token)
    assert reviewer.sync(team.url, reviewer_token).complete
    state = server_state(team.url, reviewer_token)
    now_on = uuid.UUID(state[split].fields["camera_id"])
    assert now_on == (one if what == "delete" else third) and not state[now_on].deleted
    assert state[made].deleted and made not in ana.camera_ids()
    said = [w for w in summary.warnings if str(made) in w]
    assert said == [
        f"camera {made}: not made: it had been deleted or merged meanwhile; the photos you split "
        f"off are on camera {now_on} (reviewers see what you sent)"
    ], summary.warnings
    assert_everyone_equals_the_server(team, reviewer_token, ana, reviewer)


@pytest.mark.parametrize("role", ["volunteer", "reviewer"])
def test_a_split_after_a_failed_sync_of_a_picture_a_teammate_shared_first_reaches_the_team(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path, role: str
) -> None:
    """Ana's first sync dies at the push (the server silent: her photos' creations were tried,
    none arrived); she splits a photo off; Bojan imports the same picture and shares it first.
    Her next sync learns that her photo is his record: the split's move then names his record,
    never her photo's first id, which the server never had (before: "a photo has not reached
    the server yet", the move waiting for ever, each of her syncs incomplete). A volunteer's
    split cannot take his photo: its camera goes, and her run says why; a reviewer's takes it."""
    ana_token, bojan_token = team.user(role), team.user()
    ana, bojan = laptop("ana"), laptop("bojan")
    walk = photo_walk(tmp_path / "walk", 2, seed=4160)
    ana.import_photos(walk)
    one, other = sorted(ana.camera_ids(), key=str)
    edit(ana, lambda s: operations.merge_cameras(s, [one, other]))
    with breaking_proxy(team.server.port) as proxy:
        proxy.go_silent_at(b"POST /api/v1/sync/push")
        with (
            SyncClient(proxy.url, ana_token, retry=RetryPolicy(attempts=1), timeout=1.0) as client,
            pytest.raises(SyncError),
        ):
            drain(run_sync(ana.db.session_factory, ana.db.library, client, make_shareable))
        assert proxy.silent.is_set()
        proxy.reset()
        assert all(row.attempts == 1 for row in ana.waiting())  # tried, never arrived
        [split, _] = sorted(p.id for p in live_photos(ana))
        with ana.db.session() as session:
            split_photo = session.get(Photo, split)
            assert split_photo is not None
            picture, sha = split_photo.file_name, split_photo.sha256
        made = edit(ana, lambda s: operations.split_photos(s, [split]).id)

        card = tmp_path / "bojans-card"
        card.mkdir()
        card.joinpath(picture).write_bytes(walk.joinpath(picture).read_bytes())
        bojan.import_photos(card)
        assert bojan.sync(team.url, bojan_token).complete
        [his] = [p.id for p in live_photos(bojan) if p.sha256 == sha]
        with bojan.db.session() as session:
            his_photo = session.get(Photo, his)
            assert his_photo is not None
            his_camera = his_photo.camera_id

        summary = ana.sync(proxy.url, ana_token)  # the same address as her first sync's
        assert summary.complete and not summary.errors and summary.refused == 0, summary
        assert ana.waiting() == []
        assert bojan.sync(team.url, bojan_token).complete
        assert ana.sync(proxy.url, ana_token).complete
    state = server_state(team.url, bojan_token)
    live = [c for c in state.values() if c.record_type == "photo" and not c.deleted]
    assert [c.record_id for c in live if c.fields["sha256"] == sha] == [his]
    assert split not in state  # her photo's first id never reached the server
    if role == "volunteer":
        assert state[made].deleted and made not in ana.camera_ids()
        assert state[his].fields["camera_id"] == str(his_camera)
        said = [w for w in summary.warnings if str(made) in w]
        assert said == [
            f"camera {made}: not made: the photos you split off had become a teammate's "
            "meanwhile (reviewers see what you sent)"
        ], summary.warnings
    else:
        assert state[his].fields["camera_id"] == str(made) and not state[made].deleted
    assert_everyone_equals_the_server(team, bojan_token, ana, bojan)
