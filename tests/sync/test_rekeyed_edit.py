"""A volunteer's edit of her photo, made after a sync that failed part-way, survives the photo
becoming a teammate's record (the same picture, shared first from his laptop): it is sent as an
edit of his record, which the server applies for a reviewer and refuses in words for a
volunteer (she may not change a teammate's photo), never dropped without a word."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from surveyapp.cameras.operations import current_survey
from surveyapp.cli.sync import make_shareable
from surveyapp.db.models import Photo
from surveyapp.photos.geotag import apply_plan, plan_from_track
from surveyapp.photos.gpstrack import parse_gpx
from surveyapp.sync.apply import apply_changes
from surveyapp.sync.client import RetryPolicy, SyncClient, SyncError
from surveyapp.sync.engine import run_sync
from tests.factory import PhotoSpec, make_jpeg
from tests.photos.gpx_files import gpx_text, walk
from tests.proxy import breaking_proxy
from tests.sync.conftest import Laptop, Team, drain
from tests.sync.test_cli_sync import run
from tests.sync.test_convergence import server_state
from tests.sync.test_team_cases import assert_everyone_equals_the_server


@pytest.fixture
def team(own_team: Team) -> Team:
    """A server of this test's own: the laptops are compared with the whole server."""
    return own_team


BELGRADE = (44.8125, 20.4612)
BEGIN = datetime(2026, 5, 4, 8, 0, 0, tzinfo=UTC)


def _picture(folder: Path) -> Path:
    """One picture without a position, taken during the walk (a picture of this test's own)."""
    folder.mkdir()
    wall = (BEGIN + timedelta(seconds=100, hours=2)).replace(tzinfo=None)
    spec = PhotoSpec(latitude=None, longitude=None, taken=wall, offset=None,
                     make="Canon", model="Canon EOS 40D")  # fmt: skip
    picture = folder / "DSC_0.JPG"
    picture.write_bytes(make_jpeg(spec, seed=4320 + uuid.uuid4().int % 1_000_000))
    return picture


def _geotag(machine: Laptop) -> tuple[float, float]:
    """Place the laptop's photos along a GPX track; the photo's placed position."""
    with machine.db.session() as session:
        current_survey(session).time_zone = "Europe/Belgrade"
        plan = plan_from_track(session, parse_gpx(gpx_text([walk(BELGRADE, BEGIN, 600)])))
        result = apply_plan(session, plan)
        session.commit()
    assert result.photos == 1
    with machine.db.read_session() as session:
        [photo] = session.query(Photo).all()
        assert photo.position_source == "gpx"
        assert photo.latitude is not None and photo.longitude is not None
        return photo.latitude, photo.longitude


def _position(machine: Laptop) -> tuple[float | None, float | None, str | None]:
    with machine.db.read_session() as session:
        [photo] = session.query(Photo).filter(Photo.deleted.is_(False)).all()
        return photo.latitude, photo.longitude, photo.position_source


@pytest.mark.parametrize("role", ["volunteer", "reviewer"])
@pytest.mark.parametrize("first_sync", ["failed", "none"])
def test_a_position_placed_after_a_failed_sync_survives_a_teammate_sharing_the_picture_first(
    team: Team,
    laptop: Callable[[str], Laptop],
    tmp_path: Path,
    role: str,
    first_sync: str,
) -> None:
    """Ana imports a picture; her first sync dies at the push (``failed``: the creation was
    tried, her geotag is a later row) or she has not synced yet (``none``: the geotag joins the
    waiting creation); she places it along her GPX track; Bojan imports the same picture and
    shares it first; Ana syncs. Her photo becomes his record, and her placed position is an
    edit of it: a reviewer's reaches the server and the team, a volunteer's is refused in
    words (his photo), listed with what she sent until she discards it. Before, the
    position was dropped from her outbox, then overwritten by his record: gone, nobody told."""
    ana_token, bojan_token = team.user(role), team.user()
    ana, bojan = laptop("ana"), laptop("bojan")
    picture = _picture(tmp_path / "walk")
    ana.import_photos(picture.parent)
    with breaking_proxy(team.server.port) as proxy:
        if first_sync == "failed":
            proxy.go_silent_at(b"POST /api/v1/sync/push")
            with (
                SyncClient(
                    proxy.url, ana_token, retry=RetryPolicy(attempts=1), timeout=1.0
                ) as client,
                pytest.raises(SyncError),
            ):
                drain(run_sync(ana.db.session_factory, ana.db.library, client, make_shareable))
            assert proxy.silent.is_set()
            proxy.reset()
            assert all(row.attempts == 1 for row in ana.waiting())  # tried, never arrived
        placed = _geotag(ana)

        card = tmp_path / "bojans-card"
        card.mkdir()
        card.joinpath(picture.name).write_bytes(picture.read_bytes())
        bojan.import_photos(card)
        assert bojan.sync(team.url, bojan_token).complete
        [his] = bojan.photo_ids()

        summary = ana.sync(proxy.url, ana_token)
    assert ana.photo_ids() == {his}
    state = server_state(team.url, bojan_token)
    if role == "reviewer":
        assert summary.complete and not summary.errors and summary.refused == 0, summary
        assert ana.waiting() == []
        assert (state[his].fields["latitude"], state[his].fields["longitude"]) == placed
        assert state[his].fields["position_source"] == "gpx"
        assert bojan.sync(team.url, bojan_token).complete
        assert _position(bojan) == (*placed, "gpx")
        assert _position(ana) == (*placed, "gpx")
        assert_everyone_equals_the_server(team, bojan_token, ana, bojan)
    else:
        # Refused in words (his photo), listed until she discards it: her placed position is
        # in the refused change, as she sent it; the server keeps his values.
        assert summary.refused == 1 and not summary.complete, summary
        assert [(e.record_id, e.message) for e in summary.errors] == [
            (str(his), "not allowed: volunteers edit and delete only the records they created")
        ]
        [refused] = [row for row in ana.outbox() if row.state == "failed"]
        assert refused.record_id == his
        assert (refused.fields["latitude"], refused.fields["longitude"]) == placed
        assert refused.fields["position_source"] == "gpx"
        assert state[his].fields["latitude"] is None
        again = ana.sync(team.url, ana_token)  # not sent again, not refused again
        assert again.pushed == 0 and again.errors == [] and again.refused == 1


def test_a_pull_that_takes_the_teammates_record_keeps_the_position_placed_before(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """The same, when a pull is the first to bring his record (her creation not pushed yet):
    her photo becomes his record keeping her placed position, which waits as an edit of it
    (based on the version pulled, as an edit of a pulled record) and reaches the server at her
    next sync. Before, the pull dropped her creation with the position in it and wrote his
    values over hers."""
    ana_token, bojan_token = team.user("reviewer"), team.user()
    ana, bojan = laptop("ana"), laptop("bojan")
    picture = _picture(tmp_path / "walk")
    ana.import_photos(picture.parent)
    placed = _geotag(ana)
    card = tmp_path / "bojans-card"
    card.mkdir()
    card.joinpath(picture.name).write_bytes(picture.read_bytes())
    bojan.import_photos(card)
    assert bojan.sync(team.url, bojan_token).complete
    [his] = bojan.photo_ids()
    record = server_state(team.url, bojan_token)[his]

    with ana.db.session() as session:  # the pull's page holding his record
        applied = apply_changes(session, [record])
        session.commit()
    assert applied.skipped == 0, applied.notes
    assert ana.photo_ids() == {his}
    assert _position(ana) == (*placed, "gpx")  # hers, not his (none)
    [edit] = [row for row in ana.waiting() if row.record_id == his]
    assert (edit.op, edit.base_version) == ("upsert", record.version)
    assert set(edit.fields) == {
        "latitude", "longitude", "altitude", "position_source", "position_accuracy"
    }  # fmt: skip

    assert ana.sync(team.url, ana_token).complete
    assert ana.waiting() == []
    state = server_state(team.url, bojan_token)
    assert (state[his].fields["latitude"], state[his].fields["longitude"]) == placed
    assert bojan.sync(team.url, bojan_token).complete
    assert _position(bojan) == (*placed, "gpx")
    assert_everyone_equals_the_server(team, bojan_token, ana, bojan)


def test_the_command_line_says_a_volunteers_refused_position_on_the_teammates_photo(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """The same through the commands a volunteer runs: after her first sync died at the push,
    `surveyapp geotag --gpx` places her photo, Bojan shares the picture first; her next
    `surveyapp sync` names his photo and why her change was refused, and `sync status` lists it
    (before: the sync was complete, her position gone without a word)."""
    ana_token, bojan_token = team.user(), team.user()
    ana, bojan = laptop("ana"), laptop("bojan")
    picture = _picture(tmp_path / "walk")
    ana.import_photos(picture.parent)
    with breaking_proxy(team.server.port) as proxy:
        proxy.go_silent_at(b"POST /api/v1/sync/push")
        with (
            SyncClient(proxy.url, ana_token, retry=RetryPolicy(attempts=1), timeout=1.0) as client,
            pytest.raises(SyncError),
        ):
            drain(run_sync(ana.db.session_factory, ana.db.library, client, make_shareable))
        assert proxy.silent.is_set()
        proxy.reset()
        ana.db.close()
        track = tmp_path / "track.gpx"
        track.write_text(gpx_text([walk(BELGRADE, BEGIN, 600)]))
        env = {"SURVEYAPP_TOKEN": ana_token}
        placed = run(ana.db.path, "geotag", "--gpx", str(track), "--time-zone", "Europe/Belgrade")
        assert placed.returncode == 0, placed.stderr
        card = tmp_path / "bojans-card"
        card.mkdir()
        card.joinpath(picture.name).write_bytes(picture.read_bytes())
        bojan.import_photos(card)
        assert bojan.sync(team.url, bojan_token).complete
        [his] = bojan.photo_ids()
        refused = run(ana.db.path, "sync", "--server", proxy.url, env=env)
    assert refused.returncode == 1, refused.stderr
    assert f"photo {his}" in refused.stderr and "not allowed" in refused.stderr
    status = run(ana.db.path, "sync", "status")
    assert status.returncode == 0 and f"refused: photo {his}" in status.stdout
