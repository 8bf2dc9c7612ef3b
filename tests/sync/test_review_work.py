"""A reviewer's work end to end, against the real server (SQLite and PostgreSQL) with a
volunteer's and a reviewer's laptop: a conflict decided in one click reaches everybody and
closes; a camera two volunteers mapped is found and merged (or found distinct, and never listed
again); the team's refused changes are listed for the reviewer."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from surveyapp.cameras import operations
from surveyapp.cameras.history import APP
from surveyapp.cameras.history import mark_distinct as mark_distinct_undoably
from surveyapp.cameras.permissions import current_editor
from surveyapp.cameras.review import (
    changed_since,
    cross_volunteer_duplicates,
    decide_conflict,
    mark_distinct,
)
from surveyapp.cameras.warnings import survey_warnings
from surveyapp.db.models import Camera
from surveyapp.sync.client import SyncClient
from tests.factory import PhotoSpec, make_jpeg
from tests.sync.conftest import FAST_RETRY, Laptop, Team
from tests.sync.test_team_cases import assert_everyone_equals_the_server, camera_of, edit


def walk_at(folder: Path, places: list[tuple[float, float]], seed: int) -> Path:
    """One photo at each place, half an hour apart (one camera each)."""
    folder.mkdir(parents=True)
    for i, (latitude, longitude) in enumerate(places):
        spec = PhotoSpec(latitude=latitude, longitude=longitude,
                         taken=datetime(2026, 5, 4, 10, 0) + timedelta(minutes=30 * i))  # fmt: skip
        (folder / f"IMG_{seed}_{i}.jpg").write_bytes(make_jpeg(spec, seed=seed * 100 + i))
    return folder


def test_a_conflict_decided_in_the_app_reaches_everybody_and_closes(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(walk_at(tmp_path / "walk", [(45.1001, 19.8)], seed=471))
    [mine] = ana.camera_ids()
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    # Both change camera:type before seeing each other's: the reviewer's arrives last and wins.
    edit(ana, lambda s: operations.set_fields(s, mine, {"camera:type": "dome"}))
    edit(reviewer, lambda s: operations.set_fields(s, mine, {"camera:type": "fixed"}))
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    with SyncClient(team.url, reviewer_token, retry=FAST_RETRY) as client:
        [conflict] = [c for c in client.conflicts() if c["record_id"] == str(mine)]
    assert conflict["field"] == "camera_type"
    assert (conflict["previous"], conflict["applied"]) == ("dome", "fixed")
    assert conflict["previous_user"] != conflict["user"]
    assert camera_of(reviewer, mine).camera_type == "fixed"

    # One click: the volunteer's value.
    edit(reviewer, lambda s: decide_conflict(s, mine, conflict["field"], conflict["previous"]))
    assert reviewer.sync(team.url, reviewer_token).complete
    assert ana.sync(team.url, ana_token).complete
    assert camera_of(ana, mine).camera_type == "dome" == camera_of(reviewer, mine).camera_type
    with SyncClient(team.url, reviewer_token, retry=FAST_RETRY) as client:
        assert not [c for c in client.conflicts() if c["record_id"] == str(mine)]
    assert_everyone_equals_the_server(team, reviewer_token, ana, reviewer)


def test_keeping_the_current_value_also_closes_the_conflict(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(walk_at(tmp_path / "walk", [(45.1101, 19.8)], seed=472))
    [mine] = ana.camera_ids()
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    edit(ana, lambda s: operations.set_fields(s, mine, {"height": "4"}))
    edit(reviewer, lambda s: operations.set_fields(s, mine, {"height": "6"}))
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    with SyncClient(team.url, reviewer_token, retry=FAST_RETRY) as client:
        [conflict] = [c for c in client.conflicts() if c["record_id"] == str(mine)]
    # The value the server holds (the later arrival): nothing changes but the conflict closes.
    edit(reviewer, lambda s: decide_conflict(s, mine, "height", conflict["applied"]))
    assert reviewer.sync(team.url, reviewer_token).pushed == 1
    with SyncClient(team.url, reviewer_token, retry=FAST_RETRY) as client:
        assert not [c for c in client.conflicts() if c["record_id"] == str(mine)]
    assert ana.sync(team.url, ana_token).complete
    assert camera_of(ana, mine).height == 6


def test_a_camera_two_volunteers_mapped_is_found_and_merged(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    ana_token, bojan_token, reviewer_token = team.user(), team.user(), team.user("reviewer")
    ana, bojan, reviewer = laptop("ana"), laptop("bojan"), laptop("reviewer")
    # The same two cameras, 3 m apart in each volunteer's photos, and one only Ana saw.
    places = [(45.2, 19.8), (45.201, 19.8), (45.21, 19.8)]
    ana.import_photos(walk_at(tmp_path / "walk-ana", places, 473))
    bojan.import_photos(walk_at(tmp_path / "walk-bojan", [(45.20003, 19.8), (45.20103, 19.8)], 474))
    ana_ids, bojan_ids = ana.camera_ids(), bojan.camera_ids()  # before others' come down
    for machine, token in ((ana, ana_token), (bojan, bojan_token), (reviewer, reviewer_token)):
        assert machine.sync(team.url, token).complete
    assert ana.sync(team.url, ana_token).complete  # sees Bojan's too
    with reviewer.db.session() as session:
        me = current_editor(session).name
        pairs = [p for p in cross_volunteer_duplicates(session, me)
                 if {p.first, p.second} <= ana_ids | bojan_ids]  # fmt: skip
    assert len(pairs) == 2
    for pair in pairs:
        assert 2 < pair.metres < 5 and pair.first_owner != pair.second_owner
    # A volunteer's own laptop lists them too (made here = hers).
    with ana.db.session() as session:
        assert len([p for p in cross_volunteer_duplicates(session, current_editor(session).name)
                    if {p.first, p.second} <= ana_ids | bojan_ids]) == 2  # fmt: skip

    merged, distinct = pairs
    edit(reviewer, lambda s: operations.merge_cameras(s, [merged.first, merged.second]))
    edit(reviewer, lambda s: mark_distinct(s, distinct.first, distinct.second))
    assert reviewer.sync(team.url, reviewer_token).complete
    for machine, token in ((ana, ana_token), (bojan, bojan_token)):
        assert machine.sync(team.url, token).complete
    for machine in (ana, bojan, reviewer):
        assert merged.second not in machine.camera_ids()
        with machine.db.session() as session:
            target = session.get(Camera, merged.first)
            assert target is not None and len([p for p in target.photos if not p.deleted]) == 2
            left = [p for p in cross_volunteer_duplicates(session, current_editor(session).name)
                    if {p.first, p.second} <= ana_ids | bojan_ids]  # fmt: skip
            assert left == []
    assert_everyone_equals_the_server(team, reviewer_token, ana, bojan, reviewer)


def test_new_and_changed_cameras_and_the_teams_refused_changes(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    ana.import_photos(walk_at(tmp_path / "walk", [(45.3, 19.8), (45.31, 19.8)], seed=475))
    first, second = sorted(ana.camera_ids())
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    with reviewer.db.session() as session:
        me = current_editor(session).name
        assert {first, second} <= {c.id for c in changed_since(session, None, me)}
        looked = max(c.updated_at for c in changed_since(session, None, me))
    edit(ana, lambda s: operations.set_fields(s, second, {"operator": "City police"}))
    # An old laptop would send a review change: the server refuses it for good.
    with ana.db.session() as session:
        camera = session.get(Camera, first)
        assert camera is not None
        camera.review_state = "verified"
        session.commit()
    assert ana.sync(team.url, ana_token).refused == 1
    assert reviewer.sync(team.url, reviewer_token).complete
    with reviewer.db.session() as session:
        assert [c.id for c in changed_since(session, looked, me)] == [second]
    with SyncClient(team.url, reviewer_token, retry=FAST_RETRY) as client:
        refused = [r for r in client.refused() if str(first) in r["records"]]
    assert len(refused) == 1 and refused[0]["code"] == "forbidden"
    assert "review_state" in refused[0]["message"]
    with SyncClient(team.url, ana_token, retry=FAST_RETRY) as client:
        assert client.me().role == "volunteer"
        try:
            client.refused()
        except Exception as error:  # a volunteer is refused the list
            assert "reviewers" in str(error)
        else:
            raise AssertionError("a volunteer read the team's refused changes")
    assert isinstance(uuid.UUID(refused[0]["mutation_id"]), uuid.UUID)


def duplicate_pairs(machine: Laptop, ids: set[uuid.UUID]) -> set[frozenset[uuid.UUID]]:
    """The likely duplicates the Warnings tab lists among ``ids``."""
    with machine.db.session() as session:
        return {frozenset(w.camera_ids) for w in survey_warnings(session)
                if w.kind == "duplicate" and set(w.camera_ids) <= ids}  # fmt: skip


def test_a_volunteers_not_the_same_syncs_and_the_warning_stays_away(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    ana_token, bojan_token = team.user(), team.user()
    ana, bojan = laptop("ana"), laptop("bojan")
    # Two of Ana's cameras 6 m apart, and one of hers 3 m from one of Bojan's.
    ana.import_photos(walk_at(tmp_path / "walk-ana",
                              [(45.4, 19.8), (45.40005, 19.8), (45.41003, 19.8)], 476))  # fmt: skip
    bojan.import_photos(walk_at(tmp_path / "walk-bojan", [(45.41, 19.8)], 477))
    [own_a, own_b, near_bojans], [bojans] = (
        sorted(m.camera_ids(), key=lambda i: camera_of(m, i).latitude or 0) for m in (ana, bojan)
    )
    for machine, token in ((ana, ana_token), (bojan, bojan_token), (ana, ana_token)):
        assert machine.sync(team.url, token).complete
    ids = {own_a, own_b, near_bojans, bojans}
    pairs = {frozenset((own_a, own_b)), frozenset((near_bojans, bojans))}
    assert duplicate_pairs(ana, ids) == pairs == duplicate_pairs(bojan, ids)

    # Ana (a volunteer) finds both pairs to be two cameras each: the server takes her word for
    # her own cameras (a reviewers-only field refused it before), never for Bojan's.
    edit(ana, lambda s: mark_distinct_undoably(s, APP, own_a, own_b))
    edit(ana, lambda s: mark_distinct_undoably(s, APP, near_bojans, bojans))
    summary = ana.sync(team.url, ana_token)
    assert summary.complete and summary.refused == 0
    assert bojan.sync(team.url, bojan_token).complete
    assert ana.sync(team.url, ana_token).complete
    for machine in (ana, bojan):
        assert duplicate_pairs(machine, ids) == set()
        assert str(bojans) in (camera_of(machine, near_bojans).distinct_from or "")
        assert camera_of(machine, bojans).distinct_from is None
    assert_everyone_equals_the_server(team, ana_token, ana, bojan)
