"""A reviewer merged two cameras far apart into a teammate's camera (it stands at their mean,
"merged"); a volunteer takes her photo off it again. The camera left behind stands where the
photos it still holds say, on the server and on every laptop, though she may not edit it: the
server recomputes a derived position when photos leave a camera. A position placed by hand
stays. Real server processes on SQLite and PostgreSQL, real laptop databases."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from surveyapp.cameras import operations
from surveyapp.db.models import Camera
from tests.sync.conftest import Laptop, Team
from tests.sync.test_review_work import walk_at
from tests.sync.test_team_cases import assert_everyone_equals_the_server, edit
from tests.sync.test_undo_teammates_camera import camera_of

BOJAN_AT, ANA_AT = (45.2001, 19.8), (45.2101, 19.8102)  # about 1.4 km apart


def merged_far_apart(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path, seed: int
) -> tuple[dict[str, tuple[Laptop, str]], uuid.UUID, uuid.UUID]:
    """Bojan and Ana mapped one camera each, far apart; a reviewer merged Ana's into Bojan's
    and everyone synced. Returns the laptops with their tokens, Bojan's camera, Ana's photo."""
    tokens = {"bojan": team.user(), "ana": team.user(), "reviewer": team.user("reviewer")}
    machines = {name: (laptop(name), token) for name, token in tokens.items()}
    bojan, ana, reviewer = (machines[n][0] for n in ("bojan", "ana", "reviewer"))
    bojan.import_photos(walk_at(tmp_path / "bojan-walk", [BOJAN_AT], seed=seed))
    ana.import_photos(walk_at(tmp_path / "ana-walk", [ANA_AT], seed=seed + 1))
    [his], [hers] = bojan.camera_ids(), ana.camera_ids()
    [photo] = ana.photo_ids()
    for machine, token in machines.values():
        assert machine.sync(team.url, token).complete
    spread = edit(reviewer, lambda s: operations.merge_spread_m(s, [his, hers]))
    assert spread is not None and spread > operations.FAR_APART_M
    edit(reviewer, lambda s: operations.merge_cameras(s, [his, hers]))
    for machine, token in [machines["reviewer"], machines["ana"], machines["bojan"]]:
        assert machine.sync(team.url, token).complete
    merged = position(bojan, his)
    assert merged[2] == "merged" and merged[:2] != BOJAN_AT
    assert camera_of(ana, photo) == his
    return machines, his, photo


def position(
    machine: Laptop, camera_id: uuid.UUID
) -> tuple[float | None, float | None, str | None]:
    with machine.db.session() as session:
        camera = session.get(Camera, camera_id)
        assert camera is not None
        return camera.latitude, camera.longitude, camera.position_source


def test_the_camera_left_behind_stands_where_its_photos_say(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ana splits her photo off Bojan's camera and syncs: Bojan's camera stands at his photo's
    place with its source (no longer the mean of the merged cameras) on the server, on her
    laptop right after her sync, and on Bojan's and the reviewer's after theirs."""
    machines, his, photo = merged_far_apart(team, laptop, tmp_path, 5101)
    ana, ana_token = machines["ana"]
    edit(ana, lambda s: operations.split_photos(s, [photo]))
    assert ana.sync(team.url, ana_token).complete
    assert camera_of(ana, photo) != his
    latitude, longitude, source = position(ana, his)
    assert source == "exif"
    assert (round(latitude or 0, 6), round(longitude or 0, 6)) == BOJAN_AT
    for name in ("bojan", "reviewer", "ana"):
        machine, token = machines[name]
        assert machine.sync(team.url, token).complete
        assert position(machine, his) == (latitude, longitude, source), name
    everyone = [machine for machine, _ in machines.values()]
    assert_everyone_equals_the_server(team, ana_token, *everyone)


def test_a_position_placed_by_hand_stays_when_photos_leave(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Bojan placed his merged camera by hand before Ana splits her photo off: it stays there,
    "manual", everywhere."""
    machines, his, photo = merged_far_apart(team, laptop, tmp_path, 5111)
    bojan, bojan_token = machines["bojan"]
    ana, ana_token = machines["ana"]
    edit(bojan, lambda s: operations.move_camera(s, his, 45.3, 19.9))
    assert bojan.sync(team.url, bojan_token).complete
    assert ana.sync(team.url, ana_token).complete
    edit(ana, lambda s: operations.split_photos(s, [photo]))
    assert ana.sync(team.url, ana_token).complete
    for name in ("bojan", "reviewer", "ana"):
        machine, token = machines[name]
        assert machine.sync(team.url, token).complete
        assert position(machine, his) == (45.3, 19.9, "manual"), name
    everyone = [machine for machine, _ in machines.values()]
    assert_everyone_equals_the_server(team, ana_token, *everyone)
