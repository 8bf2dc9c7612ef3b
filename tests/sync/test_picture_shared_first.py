"""The same picture imported on two laptops: the second to sync finds it shared first by a
teammate, and his photo becomes her record, on her camera. The camera his import made for it
never vanishes without a word: his run says, once per camera, that it joined hers and why, and
counts them; what he said of a camera stays on it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from surveyapp.cameras import operations
from surveyapp.db.models import Camera
from tests.sync.conftest import Laptop, Team, photo_walk
from tests.sync.test_cli_sync import run
from tests.sync.test_convergence import server_state
from tests.sync.test_team_cases import assert_everyone_equals_the_server, edit, live_photos


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
    assert ana.sync(team.url, ana_token).complete
    bojan.import_photos(walk)
    his = bojan.camera_ids()
    assert len(his) == 3
    noted = sorted(his)[0]

    edit(bojan, lambda s: operations.set_fields(s, noted, {"notes": "pole by the bakery"}))
    summary = bojan.sync(team.url, bojan_token)
    assert summary.complete, summary
    state = server_state(team.url, bojan_token)
    hers = {p.sha256: p.camera_id for p in live_photos(ana)}
    owner = next(c.author for c in state.values() if c.record_type == "photo")
    said = [w for w in summary.warnings if w.startswith("camera ") and "same picture" in w]
    assert len(said) == 3, summary.warnings
    # His photos are hers, on her cameras.
    assert {p.sha256: p.camera_id for p in live_photos(bojan)} == hers
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
