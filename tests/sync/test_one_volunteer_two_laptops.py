"""One volunteer syncing from two laptops with the same token (a desktop at home and a laptop
in the field), against the real server (SQLite and PostgreSQL): whatever each laptop does, both
end equal to the server, no picture is held twice and nothing waits.

The convergence machines (test_convergence.py) give each laptop a user of its own; here the
server cannot tell the two laptops apart by their user, and each laptop takes the other's
records as its own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from surveyapp.cameras import operations
from surveyapp.db.models import Photo
from surveyapp.sync.engine import waiting
from tests.sync.conftest import Laptop, Team, photo_walk
from tests.sync.test_team_cases import assert_everyone_equals_the_server, edit, live_photos


def synced(machine: Laptop, team: Team, token: str) -> None:
    """One sync that ends complete, refuses nothing and leaves nothing waiting."""
    summary = machine.sync(team.url, token)
    assert summary.complete and summary.refused == 0, summary
    with machine.db.session() as session:
        assert waiting(session) == (0, 0), summary


def test_the_same_folder_imported_on_both_laptops_is_one_photo_each(
    own_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Her card imported at home and in the field, before either synced, and after one had."""
    token = own_team.user()
    home, field = laptop("home"), laptop("field")
    walk = photo_walk(tmp_path / "walk", 2, seed=4101)
    home.import_photos(walk)
    field.import_photos(walk)
    later = photo_walk(tmp_path / "later", 2, seed=4102)
    home.import_photos(later)
    for machine in (home, field, home):
        synced(machine, own_team, token)
    field.import_photos(later)  # after it pulled her records of them
    for machine in (field, home, field):
        synced(machine, own_team, token)
    assert_everyone_equals_the_server(own_team, token, home, field)
    for machine in (home, field):
        assert len({photo.sha256 for photo in live_photos(machine)}) == len(live_photos(machine))
        assert len(live_photos(machine)) == 4


@pytest.mark.parametrize("home_first", [True, False])
@pytest.mark.parametrize(
    "crossing",
    ["delete-edit", "delete-split", "merge-merge", "split-delete", "split-split", "merge-delete"],
)
def test_crossed_edits_from_her_two_laptops_converge(
    own_team: Team,
    laptop: Callable[[str], Laptop],
    tmp_path: Path,
    crossing: str,
    home_first: bool,
) -> None:
    """Each laptop changes the same camera of two photos before either syncs, in either order
    of their syncs: both end as the server, nothing refused or waiting."""
    token = own_team.user()
    home, field = laptop("home"), laptop("field")
    home.import_photos(photo_walk(tmp_path / "walk", 3, seed=4103))
    first, second, other = sorted(home.camera_ids())
    camera = edit(home, lambda s: operations.merge_cameras(s, [first, second])).id
    synced(home, own_team, token)
    synced(field, own_team, token)
    with home.db.session() as session:
        photos = sorted(session.scalars(select(Photo.id).where(Photo.camera_id == camera)))

    def act(machine: Laptop, kind: str, flip: bool) -> None:
        if kind == "delete":
            edit(machine, lambda s: operations.delete_camera(s, camera))
        elif kind == "edit":
            edit(machine, lambda s: operations.set_fields(s, camera, {"operator": "City"}))
        elif kind == "split":
            edit(machine, lambda s: operations.split_photos(s, [photos[flip]]))
        else:
            cameras = [other, camera] if flip else [camera, other]
            edit(machine, lambda s: operations.merge_cameras(s, cameras))

    mine, hers = crossing.split("-")
    act(home, mine, False)
    act(field, hers, True)
    machines = [home, field] if home_first else [field, home]
    for machine in [*machines, *machines]:
        synced(machine, own_team, token)
    assert_everyone_equals_the_server(own_team, token, home, field)
