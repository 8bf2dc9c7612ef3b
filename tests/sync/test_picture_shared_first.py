"""The same picture imported on two laptops: the second to sync finds it shared first by a
teammate, and his photo becomes her record, on her camera. The camera his import made for it
never vanishes without a word: his run says, once per camera, that it joined hers and why, and
counts them; what he said of a camera stays on it."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from surveyapp.cameras import operations, review
from surveyapp.cameras.warnings import survey_warnings
from surveyapp.db.models import Camera
from tests.factory import PhotoSpec, make_jpeg
from tests.sync.conftest import Laptop, Team, photo_walk
from tests.sync.test_cli_sync import run
from tests.sync.test_convergence import server_state
from tests.sync.test_team_cases import (
    assert_everyone_equals_the_server,
    camera_of,
    edit,
    live_photos,
)


def test_his_cameras_that_joined_a_teammates_are_each_said_and_counted(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ana shares three pictures from a shared phone folder; Bojan imports the same three,
    writes a note on one camera, and syncs. His three photos are Ana's records on her cameras:
    his run names each of his cameras, whose camera holds its picture now, and counts them; the
    camera he described stays with his note. Before, two of his cameras went in silence and the
    third was left without photos, his run saying nothing of any of them."""
    ana_token, bojan_token = team.user(), team.user()
    ana, bojan = laptop("ana"), laptop("bojan")
    walk = photo_walk(tmp_path / "shared-folder", 3, seed=5530)
    ana.import_photos(walk)
    # The walk's pictures (the team's server holds other tests' photos too, pulled by both).
    pictures = {p.sha256 for p in live_photos(ana)}
    assert ana.sync(team.url, ana_token).complete
    bojan.import_photos(walk)
    his = bojan.camera_ids()
    assert len(his) == 3
    noted = sorted(his)[0]

    edit(bojan, lambda s: operations.set_fields(s, noted, {"notes": "pole by the bakery"}))
    summary = bojan.sync(team.url, bojan_token)
    assert summary.complete, summary
    state = server_state(team.url, bojan_token)
    hers = {p.sha256: p.camera_id for p in live_photos(ana) if p.sha256 in pictures}
    owner = next(  # Ana as the team sees her
        c.author
        for c in state.values()
        if c.record_type == "photo" and c.fields.get("sha256") in pictures
    )
    said = [w for w in summary.warnings if w.startswith("camera ") and "same picture" in w]
    assert len(said) == 3, summary.warnings
    # His photos are hers, on her cameras.
    assert {p.sha256: p.camera_id for p in live_photos(bojan) if p.sha256 in pictures} == hers
    assert len(hers) == 3
    for camera_id in his:
        [line] = [w for w in said if w.startswith(f"camera {camera_id}: ")]
        assert f"{owner} shared the same picture first" in line, line
        assert any(f"their camera {c}" in line for c in hers.values()), line
    [kept] = [w for w in said if w.startswith(f"camera {noted}: ")]
    assert "yours stays, with what you said of it" in kept, kept
    with bojan.db.session() as session:
        camera = session.get(Camera, noted)
        assert camera is not None and not camera.deleted and camera.notes == "pole by the bakery"
    assert summary.cameras_joined == 3
    assert "3 of your cameras joined a teammate's camera" in " ".join(summary.warnings)
    assert ana.sync(team.url, ana_token).complete
    again = bojan.sync(team.url, bojan_token)
    assert again.complete and not [w for w in again.warnings if "same picture" in w], again
    assert_everyone_equals_the_server(team, bojan_token, ana, bojan)


def test_the_command_line_says_each_joined_camera_once_in_the_volunteers_language(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """`surveyapp sync` prints each sentence once (as the run finds it, not again at the end)
    and the count, in Serbian Latin here."""
    team = sqlite_team
    ana_token, bojan_token = team.user(), team.user()
    ana, bojan = laptop("ana"), laptop("bojan")
    walk = photo_walk(tmp_path / "shared-folder", 2, seed=5540)
    ana.import_photos(walk)
    assert ana.sync(team.url, ana_token).complete
    bojan.import_photos(walk)
    his = bojan.camera_ids()
    bojan.db.close()  # the command line opens the file itself
    env = {"SURVEYAPP_TOKEN": bojan_token, "SURVEYAPP_LANG": "sr_Latn"}
    synced = run(bojan.db.path, "sync", "--server", team.url, env=env)
    assert synced.returncode == 0, synced.stderr
    for camera_id in his:
        said = [line for line in synced.stderr.splitlines() if f"kamera {camera_id}:" in line]
        assert len(said) == 1, synced.stderr
        assert "je prvi/a podelio/la istu sliku; sada je na njegovoj/njenoj kameri" in said[0]
    assert "2 vaše kamere su se pridružile kamerama članova tima" in synced.stderr
    assert synced.stderr.count("pridružile") == 1, synced.stderr


@pytest.mark.parametrize("by_hand", [False, True], ids=["from-photos", "by-hand"])
def test_a_photo_that_left_his_camera_for_hers_is_said_and_his_camera_placed_by_the_rest(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path, by_hand: bool
) -> None:
    """Bojan's camera holds two photos from his walk past one pole; Ana had shared the first
    picture already (a shared phone folder). After his sync that photo is her record on her
    camera: his run says so once, by its file name, and his camera keeps the other photo,
    placed where that photo says (its position came from both photos before, a mean that
    still counted the photo that left). The new position reaches the server and Ana like any
    of his edits; a camera he placed by hand stays where he put it. Before, the photo left
    his camera in silence and his camera stayed at the mean of both."""
    ana_token, bojan_token = team.user(), team.user()
    ana, bojan = laptop("ana"), laptop("bojan")
    start = datetime(2026, 5, 4, 10, 0, 0)
    spots = [(44.8100, 20.4600), (44.81006, 20.46005)]  # 9 m and a minute apart: one camera
    walk, shared = tmp_path / "bojans-walk", tmp_path / "shared-folder"
    walk.mkdir()
    shared.mkdir()
    # A name and a picture of each case's own: the team's server is shared with other tests.
    first, second = (f"IMG_{5550 + 10 * by_hand + i}.jpg" for i in range(2))
    for i, (latitude, longitude) in enumerate(spots):
        spec = PhotoSpec(latitude=latitude, longitude=longitude, taken=start + timedelta(minutes=i))
        (walk / (first, second)[i]).write_bytes(make_jpeg(spec, seed=5550 + 10 * by_hand + i))
    (shared / first).write_bytes((walk / first).read_bytes())
    ana.import_photos(shared)
    assert ana.sync(team.url, ana_token).complete
    [hers] = [p for p in live_photos(ana) if p.file_name == first]
    her_camera, her_photo = hers.camera_id, hers.id
    bojan.import_photos(walk)
    [his] = bojan.camera_ids()
    before = camera_of(bojan, his)
    assert before.position_source == "exif" and before.latitude != spots[1][0], before
    placed = (44.8102, 20.4603)
    if by_hand:
        edit(bojan, lambda s: operations.move_camera(s, his, *placed))

    summary = bojan.sync(team.url, bojan_token)
    assert summary.complete, summary
    owner = server_state(team.url, ana_token)[her_photo].author
    said = [w for w in summary.warnings if first in w]
    sentence = (
        f"camera {his}: {owner} shared the same picture first; photo {first} is on their "
        f"camera {her_camera} now"
    )
    if not by_hand:
        sentence += "; yours is placed again by the photos it keeps"
    assert said == [sentence], summary.warnings
    assert summary.cameras_joined == 0, summary  # his camera stays his, with its other photo
    by_camera = {
        p.file_name: p.camera_id for p in live_photos(bojan) if p.file_name in (first, second)
    }
    assert by_camera == {first: her_camera, second: his}
    where = placed if by_hand else spots[1]
    after = camera_of(bojan, his)
    assert (after.latitude, after.longitude) == pytest.approx(where, abs=1e-6), after
    assert after.position_source == ("manual" if by_hand else "exif"), after

    assert ana.sync(team.url, ana_token).complete
    again = bojan.sync(team.url, bojan_token)
    assert again.complete and not [w for w in again.warnings if "same picture" in w], again
    assert (camera_of(ana, his).latitude, camera_of(ana, his).longitude) == pytest.approx(
        where, abs=1e-6
    )
    assert_everyone_equals_the_server(team, bojan_token, ana, bojan)


@dataclass
class HerPictureOfHisPole:
    """The reviewer's photo of Bojan's pole, on his camera by her merge; Ana shared the same
    picture first."""

    ana: Laptop
    bojan: Laptop
    reviewer: Laptop
    tokens: dict[str, str]
    his_camera: uuid.UUID
    anas_camera: uuid.UUID | None
    anas_photo: uuid.UUID
    his_file: str
    her_file: str
    his_spot: tuple[float, float]


def her_picture_of_his_pole(
    team: Team, laptop: Callable[[str], Laptop], folder: Path, seed: int
) -> HerPictureOfHisPole:
    tokens = {"ana": team.user(), "bojan": team.user(), "reviewer": team.user("reviewer")}
    ana, bojan, reviewer = laptop("ana"), laptop("bojan"), laptop("reviewer")
    start = datetime(2026, 5, 4, 10, 0, 0)
    # 9 m and a minute apart: one pole; a place and pictures of each test's own.
    spots = [(44.8200 + seed * 1e-4, 20.4700), (44.82006 + seed * 1e-4, 20.47005)]
    walk, mine, shared = folder / "bojans-walk", folder / "her-walk", folder / "shared"
    for each in (walk, mine, shared):
        each.mkdir()
    his_file, her_file = f"IMG_{seed}.jpg", f"IMG_{seed + 1}.jpg"
    for i, (latitude, longitude) in enumerate(spots):
        spec = PhotoSpec(latitude=latitude, longitude=longitude, taken=start + timedelta(minutes=i))
        target = (walk / his_file) if i == 0 else (mine / her_file)
        target.write_bytes(make_jpeg(spec, seed=seed + i))
    (shared / her_file).write_bytes((mine / her_file).read_bytes())
    bojan.import_photos(walk)
    [his_camera] = bojan.camera_ids()
    assert bojan.sync(team.url, tokens["bojan"]).complete
    assert reviewer.sync(team.url, tokens["reviewer"]).complete
    reviewer.import_photos(mine)
    [her_camera] = reviewer.camera_ids() - bojan.camera_ids()
    edit(reviewer, lambda s: operations.merge_cameras(s, [his_camera, her_camera]))
    merged = camera_of(reviewer, his_camera)
    assert merged.latitude != pytest.approx(spots[0][0], abs=1e-7), merged  # at the mean
    ana.import_photos(shared)
    assert ana.sync(team.url, tokens["ana"]).complete
    [hers] = [p for p in live_photos(ana) if p.file_name == her_file]
    return HerPictureOfHisPole(
        ana, bojan, reviewer, tokens, his_camera, hers.camera_id, hers.id, his_file, her_file,
        spots[0],
    )  # fmt: skip


def test_her_photo_that_left_a_teammates_camera_is_said_on_her_laptop(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """A coordinator's walk: the reviewer imports her picture of Bojan's pole and merges her
    camera into his (one camera); Ana, who took the same picture from a shared phone folder,
    shares it first. After the reviewer's sync her photo is Ana's record on Ana's camera: it
    left Bojan's camera on the reviewer's laptop (his laptop never held it there), and her run
    says so once, by its file name, naming whose camera it left; Bojan's camera, which her
    merge had placed at the mean of both photos, is placed again by the photo it keeps. Before,
    the photo left his camera in silence and his camera stayed at the mean."""
    case = her_picture_of_his_pole(team, laptop, tmp_path, seed=5570)
    reviewer, tokens = case.reviewer, case.tokens

    summary = reviewer.sync(team.url, tokens["reviewer"])
    assert summary.complete, summary
    state = server_state(team.url, tokens["reviewer"])
    owner, holder = state[case.anas_photo].author, state[case.his_camera].author
    by_camera = {
        p.file_name: p.camera_id
        for p in live_photos(reviewer)
        if p.file_name in (case.his_file, case.her_file)
    }
    assert by_camera == {case.his_file: case.his_camera, case.her_file: case.anas_camera}
    said = [w for w in summary.warnings if case.her_file in w]
    assert said == [
        f"camera {case.his_camera} ({holder}'s): {owner} shared the same picture first; your "
        f"photo {case.her_file} is on their camera {case.anas_camera} now; the camera is "
        "placed again by the photos it keeps"
    ], summary.warnings
    assert summary.cameras_joined == 0, summary  # his camera is his, with his photo
    after = camera_of(reviewer, case.his_camera)
    assert (after.latitude, after.longitude) == pytest.approx(case.his_spot, abs=1e-6), after

    assert case.bojan.sync(team.url, tokens["bojan"]).complete
    assert case.ana.sync(team.url, tokens["ana"]).complete
    again = reviewer.sync(team.url, tokens["reviewer"])
    assert again.complete and not [w for w in again.warnings if "same picture" in w], again
    mover = camera_of(case.bojan, case.his_camera)
    assert (mover.latitude, mover.longitude) == pytest.approx(case.his_spot, abs=1e-6), mover
    assert_everyone_equals_the_server(team, tokens["reviewer"], case.ana, case.bojan, case.reviewer)


def test_the_command_line_says_the_photo_that_left_a_teammates_camera_in_french(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """`surveyapp sync` on the reviewer's laptop says it once, in French here."""
    case = her_picture_of_his_pole(sqlite_team, laptop, tmp_path, seed=5580)
    case.reviewer.db.close()  # the command line opens the file itself
    env = {"SURVEYAPP_TOKEN": case.tokens["reviewer"], "SURVEYAPP_LANG": "fr"}
    synced = run(case.reviewer.db.path, "sync", "--server", sqlite_team.url, env=env)
    assert synced.returncode == 0, synced.stderr
    said = [line for line in synced.stderr.splitlines() if case.her_file in line]
    assert len(said) == 1, synced.stderr
    assert f"caméra {case.his_camera} (de " in said[0], said
    assert f"votre photo {case.her_file} est désormais sur sa caméra {case.anas_camera}" in said[0]
    assert "la caméra est placée de nouveau d’après les photos qu’elle garde" in said[0], said


def test_his_described_camera_left_empty_is_paired_with_hers_as_a_likely_duplicate(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Bojan described the camera his import made for a picture Ana had shared first: his
    camera stays, without photos (by design: his description is not lost), where the picture
    was taken. The reviewer's Review tab lists it with Ana's among the likely duplicates of two
    volunteers, and Bojan's Warnings tab lists the pair too, 0 m apart: someone merges them.
    (A picture without a position leaves both cameras without one, and no pair is listed:
    docs/reliability.md, Open.)"""
    ana_token, bojan_token = team.user(), team.user()
    reviewer_token = team.user("reviewer")
    ana, bojan, reviewer = laptop("ana"), laptop("bojan"), laptop("reviewer")
    shared = tmp_path / "shared-folder"
    shared.mkdir()
    spec = PhotoSpec(latitude=44.8300, longitude=20.4800, taken=datetime(2026, 5, 4, 10, 0, 0))
    (shared / "IMG_5591.jpg").write_bytes(make_jpeg(spec, seed=5591))
    ana.import_photos(shared)
    [hers] = ana.camera_ids()
    assert ana.sync(team.url, ana_token).complete
    bojan.import_photos(shared)
    [his] = bojan.camera_ids()
    edit(bojan, lambda s: operations.set_fields(s, his, {"notes": "pole by the bakery"}))
    summary = bojan.sync(team.url, bojan_token)
    assert summary.complete and summary.cameras_joined == 1, summary
    kept = camera_of(bojan, his)
    assert (kept.latitude, kept.longitude) == pytest.approx((44.83, 20.48), abs=1e-6), kept
    assert reviewer.sync(team.url, reviewer_token).complete
    with reviewer.db.session() as session:
        pairs = review.cross_volunteer_duplicates(session, None)
    assert [(p.first, p.second) for p in pairs if his in (p.first, p.second)] == [(hers, his)]
    with bojan.db.session() as session:
        listed = [set(w.camera_ids) for w in survey_warnings(session) if w.kind == "duplicate"]
    assert {hers, his} in listed, listed
