"""A volunteer's edit of her photo, made after a sync that failed part-way, survives the photo
becoming a teammate's record (the same picture, shared first from his laptop): a reviewer's is
sent as an edit of his record; a volunteer, who may not change a teammate's photo, is told what
she had set and who can set it, and her laptop takes his record as the server holds it. Never
dropped without a word, never left waiting refused on her laptop only."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from surveyapp.cameras.operations import current_survey
from surveyapp.cli.sync import make_shareable
from surveyapp.db.models import Camera, Photo
from surveyapp.photos.geotag import apply_plan, plan_from_track
from surveyapp.photos.gpstrack import parse_gpx
from surveyapp.photos.sharing import SharingError, add_rectangle, set_survey_blur
from surveyapp.sync.apply import apply_changes
from surveyapp.sync.client import RetryPolicy, SyncClient, SyncError
from surveyapp.sync.engine import run_sync
from tests.factory import PhotoSpec, make_jpeg
from tests.photos.gpx_files import gpx_text, walk
from tests.photos.test_sharing import NO_FACE, astronaut_jpeg, box_of
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


def beyond_joined(warnings: list[str]) -> list[str]:
    """A run's warnings but those saying her cameras joined a teammate's (the same picture,
    shared first by him: ``test_picture_shared_first.py``)."""
    joined = ("shared the same picture first", "joined a teammate's")
    return [w for w in warnings if not any(words in w for words in joined)]


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
    edit of it: a reviewer's reaches the server and the team; a volunteer's is said, with its
    values and who can set it, and her laptop equals the server (his photo is his to change).
    Before, the position was dropped from her outbox, then overwritten by his record: gone,
    nobody told; and then a volunteer's waited refused on her laptop only, every later sync
    incomplete until she discarded it (the geotag machine, seed 4368)."""
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
        # Said, with what she had set and who can set it; nothing waits, nothing refused: her
        # laptop holds his photo as the server does.
        assert summary.complete and not summary.errors and summary.refused == 0, summary
        [said] = [w for w in summary.warnings if f"photo {his}" in w]
        assert said.startswith(
            f"photo {his}: {state[his].author} shared this picture first and it is their photo "
            "now: what you had set of yours was not kept (latitude: "
        ), said
        assert f"latitude: {placed[0]}; longitude: {placed[1]}" in said, said
        assert said.endswith("only they or a reviewer can set it on theirs"), said
        assert ana.waiting() == [] and state[his].fields["latitude"] is None
        assert _position(ana)[:2] == (None, None)
        assert bojan.sync(team.url, bojan_token).complete
        assert_everyone_equals_the_server(team, bojan_token, ana, bojan)
        again = ana.sync(team.url, ana_token)
        assert again.complete and again.pushed == 0 and not again.warnings, again


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


def test_the_command_line_says_a_volunteers_position_not_kept_on_the_teammates_photo(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """The same through the commands a volunteer runs: after her first sync died at the push,
    `surveyapp geotag --gpx` places her photo, Bojan shares the picture first; her next
    `surveyapp sync` names his photo, what she had set and who can set it, and ends complete
    with nothing waiting (first: the sync was complete, her position gone without a word;
    then: refused, exit 1, listed by `sync status` until she discarded it)."""
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
        synced = run(ana.db.path, "sync", "--server", proxy.url, env=env)
    assert synced.returncode == 0, synced.stderr
    assert f"photo {his}: " in synced.stderr and "was not kept (latitude: " in synced.stderr
    assert "only they or a reviewer can set it on theirs" in synced.stderr
    status = run(ana.db.path, "sync", "status")
    assert status.returncode == 0 and "refused" not in status.stdout, status.stdout


@pytest.mark.parametrize("role", ["volunteer", "reviewer"])
def test_a_blur_chosen_before_the_first_sync_of_a_picture_a_teammate_shared_first_is_said(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path, role: str
) -> None:
    """Ana imports a picture and blurs a rectangle of it before her first sync; Bojan imports
    the same picture, blurs nothing, and shares it first; Ana syncs. Her photo becomes his
    record, whose copy is the one he sent: the team sees the picture without her rectangle
    (a copy is its uploader's to send, a reviewer's laptop sends none of a teammate's photo).
    The run says it, naming his photo and who can blur it, once. Before, nothing was said:
    her blur editor still showed her rectangle, the sync was complete, and the team's copy
    had it sharp. A photo made the same on both laptops (no choice of hers) says nothing."""
    ana_token, bojan_token = team.user(role), team.user()
    ana, bojan = laptop("ana"), laptop("bojan")
    variant = uuid.uuid4().int % 10_000
    original = astronaut_jpeg(variant)
    for name in ("walk", "bojans-card"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "astronaut.jpg").write_bytes(original)
    ana.import_photos(tmp_path / "walk")
    with ana.db.session() as session, session.begin():
        photo_id: uuid.UUID = session.scalars(select(Photo.id)).one()
        add_rectangle(session, photo_id, box_of(NO_FACE))
    bojan.import_photos(tmp_path / "bojans-card")
    assert bojan.sync(team.url, bojan_token).complete
    [his] = bojan.photo_ids()

    summary = ana.sync(team.url, ana_token)
    assert summary.complete and not summary.errors and summary.refused == 0, summary
    assert ana.photo_ids() == {his}
    state = server_state(team.url, bojan_token)
    [said] = [w for w in summary.warnings if f"photo {his}" in w]
    assert said == (
        f"photo {his}: {state[his].author} shared this picture first and it is their photo "
        "now: the team sees their copy, without the blur you chose on yours; only they can "
        "change the blur of theirs"
    ), said
    with bojan.db.read_session() as session:
        [blob] = session.scalars(select(Photo.blob_sha256)).all()
    assert state[his].fields["blob_sha256"] == blob  # his copy, as said
    again = ana.sync(team.url, ana_token)
    assert again.complete and again.pushed == 0 and not again.warnings, again

    # Both laptops' imports of one picture, no blur chosen on either: nothing to say of the
    # photo; her camera that held it joined his, said as such.
    for name in ("walk-2", "bojans-card-2"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "astronaut.jpg").write_bytes(astronaut_jpeg((variant + 1) % 10_000))
    ana.import_photos(tmp_path / "walk-2")
    bojan.import_photos(tmp_path / "bojans-card-2")
    assert bojan.sync(team.url, bojan_token).complete
    plain = ana.sync(team.url, ana_token)
    assert plain.complete and not beyond_joined(plain.warnings), plain
    assert plain.cameras_joined == 1, plain
    assert ana.photo_ids() == bojan.photo_ids()


def her_picture_his_record(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path, role: str = "volunteer"
) -> tuple[Laptop, str, Laptop, str, uuid.UUID, str | None]:
    """Ana (``role``) and Bojan import one picture; he shares it first, and her sync makes
    her photo his record, her original still in her library: her laptop and token, his, the
    photo's id and the name the server gives its author."""
    ana_token, bojan_token = team.user(role), team.user()
    ana, bojan = laptop("ana"), laptop("bojan")
    original = astronaut_jpeg(uuid.uuid4().int % 10_000)
    for name in ("walk", "bojans-card"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "astronaut.jpg").write_bytes(original)
    ana.import_photos(tmp_path / "walk")
    bojan.import_photos(tmp_path / "bojans-card")
    assert bojan.sync(team.url, bojan_token).complete
    [his] = bojan.photo_ids()
    first = ana.sync(team.url, ana_token)
    assert first.complete and not beyond_joined(first.warnings), first
    assert first.cameras_joined == 1, first
    assert ana.photo_ids() == {his}
    owner = server_state(team.url, bojan_token)[his].author
    return ana, ana_token, bojan, bojan_token, his, owner


@pytest.mark.parametrize("role", ["volunteer", "reviewer"])
def test_a_teammates_record_of_her_picture_takes_no_blur_of_hers(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path, role: str
) -> None:
    """Bojan shared the picture first; Ana's import of it became his record at her sync (her
    original still in her library). Her blur editor refuses a rectangle on it, saying whose
    photo it is and who can change its blur, and turning the survey's blurring off and on
    makes no new copy of it: her next syncs are complete, nothing refused or waiting. Before,
    the laptop made a new copy of his photo: a volunteer's sync was refused for ever ("not
    allowed: volunteers edit and delete only the records they created"); a reviewer's sent
    the new copy's name to his record, whose copy nobody may send ("its copy was not sent",
    every run)."""
    ana, ana_token, bojan, bojan_token, his, owner = her_picture_his_record(
        team, laptop, tmp_path, role
    )

    with ana.db.session() as session, session.begin():
        with pytest.raises(SharingError) as refused:
            add_rectangle(session, his, box_of(NO_FACE))
        for blur in (False, True):
            set_survey_blur(session, current_survey(session).id, blur)
    assert str(refused.value) == (
        f"this is {owner}'s photo: the team sees the copy they shared, and only they can "
        "change its blur"
    )
    for _ in range(2):
        again = ana.sync(team.url, ana_token)
        assert again.complete and not again.errors and not again.deferred, again
        assert again.refused == 0 and not again.warnings and ana.waiting() == [], again
    assert bojan.sync(team.url, bojan_token).complete
    assert_everyone_equals_the_server(team, bojan_token, ana, bojan)


def test_turning_blurring_off_counts_only_her_photos_to_share_again(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """A reviewer merged Bojan's camera into Ana's, and her laptop fetched his picture: her
    survey then holds his photo too. Turning her survey's blurring off says how many photos
    will be shared again: hers, not his, which is his to share (before: "2 photos will be
    shared again", and her syncs then shared one)."""
    from surveyapp.sync.blobs import fetch_photo
    from tests.sync.test_undo_teammates_camera import merged_into_anas_camera

    ana, ana_token, _, _, hers, his, _ = merged_into_anas_camera(team, laptop, tmp_path, 4461)
    assert ana.sync(team.url, ana_token).complete
    with ana.db.session() as session, SyncClient(team.url, ana_token) as client:
        photo = session.get(Photo, his)
        assert photo is not None and photo.camera_id == hers
        fetch_photo(session, ana.db.library, client, photo)
        session.commit()
    with ana.db.session() as session, session.begin():
        survey = session.get(Camera, hers)
        assert survey is not None
        assert set_survey_blur(session, survey.survey_id, False) == 1
    summary = ana.sync(team.url, ana_token)
    shared = summary.photos_uploaded + summary.photos_confirmed  # her copy made again
    assert summary.complete and shared == 1 and summary.refused == 0, summary
