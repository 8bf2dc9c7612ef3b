"""`surveyapp undo` / `surveyapp redo`: the command line takes back its own last camera edit,
run as a user runs it (separate processes on one survey file)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from surveyapp.cameras import history, operations
from surveyapp.cameras.history import APP
from surveyapp.db.database import open_database
from tests.test_cli import as_json, surveyapp, walk  # noqa: F401 (the walk fixture)


def cameras_by_id(db: Path) -> dict[str, dict[str, object]]:
    return {c["id"]: c for c in as_json(surveyapp("cameras", "--json", db=db))}


def located_survey(tmp_path: Path, photos: Path) -> tuple[Path, str, str]:
    """The walk's photos imported into a new survey, and its first two cameras with a
    position."""
    db = tmp_path / "s.sqlite"
    (photos / "notes.txt").unlink()
    surveyapp("import", str(photos), db=db)
    located = sorted(i for i, c in cameras_by_id(db).items() if c["latitude"] is not None)
    return db, located[0], located[1]


def set_height_then_move(db: Path, first: str, second: str) -> None:
    """Two edits from the command line: the first camera's height, then the second moved."""
    surveyapp("camera", "set", first, "height=4", db=db)
    surveyapp("camera", "move", second, "44.9", "20.5", db=db)


def by_another_program(db: Path, change: Callable[[Session], object]) -> None:
    """``change`` made and committed in the survey by another program than the command."""
    survey = open_database(db)
    with survey.session() as session:
        change(session)
        session.commit()
    survey.close()


def test_undo_and_redo_the_command_lines_own_edits(tmp_path: Path, walk: Path) -> None:  # noqa: F811
    db = tmp_path / "s.sqlite"
    (walk / "notes.txt").unlink()
    surveyapp("import", str(walk), db=db)
    start = cameras_by_id(db)
    located = sorted(i for i, c in start.items() if c["latitude"] is not None)
    first, second = located[0], located[1]
    unplaced = next(i for i, c in start.items() if c["latitude"] is None)
    surveyapp("camera", "set", first, "camera:type=dome", "height=4", db=db)
    surveyapp("camera", "move", first, "44.9", "20.5", db=db)
    surveyapp("camera", "merge", first, second, db=db)
    # The app's edit on this survey is the app's to undo, not the command line's.
    survey = open_database(db)
    with survey.session() as session:
        history.set_fields(session, APP, unplaced, {"operator": "City"})
        session.commit()
    survey.close()

    assert surveyapp("undo", db=db).stdout.strip() == "undone: merge"
    assert set(cameras_by_id(db)) == set(start)
    assert surveyapp("undo", db=db).stdout.strip() == "undone: move"
    camera = cameras_by_id(db)[first]
    assert (camera["latitude"], camera["longitude"]) == (
        start[first]["latitude"],
        start[first]["longitude"],
    )
    assert camera["camera:type"] == "dome"
    assert surveyapp("undo", db=db).stdout.strip() == "undone: field edit"
    camera = cameras_by_id(db)[first]
    assert (camera["camera:type"], camera["height"]) == (None, None)
    assert cameras_by_id(db)[unplaced]["operator"] == "City"
    nothing = surveyapp("undo", db=db, check=False)
    assert nothing.returncode == 2
    assert nothing.stderr.strip() == "error: there is nothing to undo"

    assert surveyapp("redo", db=db).stdout.strip() == "redone: field edit"
    assert cameras_by_id(db)[first]["camera:type"] == "dome"
    surveyapp("camera", "set", first, "height=6", db=db)  # a new edit: nothing left to redo
    again = surveyapp("redo", db=db, check=False)
    assert again.returncode == 2 and "nothing to redo" in again.stderr


def test_an_undo_refused_as_changed_since_can_be_set_aside_to_reach_the_edit_before_it(
    tmp_path: Path,
    walk: Path,  # noqa: F811
) -> None:
    db, first, second = located_survey(tmp_path, walk)
    set_height_then_move(db, first, second)
    # Another program moves the camera again: the move's undo would overwrite that.
    by_another_program(db, lambda s: operations.move_camera(s, uuid.UUID(second), 44.8, 20.4))
    assert "--skip" in surveyapp("undo", "--help").stdout

    for _ in range(2):  # refused, and refused again: the step stays until she sets it aside
        refused = surveyapp("undo", db=db, check=False)
        assert refused.returncode == 2
        assert refused.stderr.splitlines() == [
            "error: the move cannot be undone: what it changed was changed again since (by a "
            "sync or another program)",
            "`surveyapp undo --skip` sets the move aside (it stays as it is) and undoes the "
            "field edit before it",
        ]
    assert cameras_by_id(db)[first]["height"] == 4.0

    skipped = surveyapp("undo", "--skip", db=db)
    assert skipped.stdout.splitlines() == [
        "set aside, not undone: move (it stays as it is)",
        "undone: field edit",
    ]
    cameras = cameras_by_id(db)
    assert cameras[first]["height"] is None
    assert (cameras[second]["latitude"], cameras[second]["longitude"]) == (44.8, 20.4)
    nothing = surveyapp("undo", db=db, check=False)
    assert nothing.stderr.strip() == "error: there is nothing to undo"
    # The move set aside is never made or taken back later: redo makes the field edit only.
    assert surveyapp("redo", db=db).stdout.strip() == "redone: field edit"
    again = surveyapp("redo", db=db, check=False)
    assert again.returncode == 2 and "nothing to redo" in again.stderr
    cameras = cameras_by_id(db)
    assert cameras[first]["height"] == 4.0
    assert (cameras[second]["latitude"], cameras[second]["longitude"]) == (44.8, 20.4)


def test_undo_skip_never_sets_aside_an_edit_that_can_be_undone(tmp_path: Path, walk: Path) -> None:  # noqa: F811
    db, first, _ = located_survey(tmp_path, walk)
    surveyapp("camera", "set", first, "height=4", db=db)
    surveyapp("camera", "set", first, "operator=City", db=db)

    refused = surveyapp("undo", "--skip", db=db, check=False)
    assert refused.returncode == 2
    assert refused.stderr.strip() == (
        "error: the field edit can be undone now, so it was not set aside: undo takes it back"
    )
    assert (cameras_by_id(db)[first]["operator"], cameras_by_id(db)[first]["height"]) == (
        "City",
        4.0,
    )
    assert surveyapp("undo", db=db).stdout.strip() == "undone: field edit"
    assert cameras_by_id(db)[first]["operator"] is None


def test_a_redo_refused_as_changed_since_can_be_set_aside_to_reach_the_edit_after_it(
    tmp_path: Path,
    walk: Path,  # noqa: F811
) -> None:
    db, first, second = located_survey(tmp_path, walk)
    start = cameras_by_id(db)[second]
    set_height_then_move(db, first, second)
    surveyapp("undo", db=db)
    surveyapp("undo", db=db)
    # Another program sets the height again: the field edit's redo would overwrite that.
    by_another_program(db, lambda s: operations.set_fields(s, uuid.UUID(first), {"height": "7"}))
    assert "--skip" in surveyapp("redo", "--help").stdout

    for _ in range(2):  # refused, and refused again: the step stays until she sets it aside
        refused = surveyapp("redo", db=db, check=False)
        assert refused.returncode == 2
        assert refused.stderr.splitlines() == [
            "error: the field edit cannot be redone: what it changed was changed again since "
            "(by a sync or another program)",
            "`surveyapp redo --skip` sets the field edit aside (it stays undone) and redoes "
            "the move after it",
        ]
    assert cameras_by_id(db)[second]["latitude"] == start["latitude"]

    skipped = surveyapp("redo", "--skip", db=db)
    assert skipped.stdout.splitlines() == [
        "set aside, not redone: field edit (it stays undone)",
        "redone: move",
    ]
    cameras = cameras_by_id(db)
    assert cameras[first]["height"] == 7.0
    assert (cameras[second]["latitude"], cameras[second]["longitude"]) == (44.9, 20.5)
    nothing = surveyapp("redo", db=db, check=False)
    assert nothing.stderr.strip() == "error: there is nothing to redo"
    # The field edit set aside is never made or taken back later: undo takes back the move only.
    assert surveyapp("undo", db=db).stdout.strip() == "undone: move"
    again = surveyapp("undo", db=db, check=False)
    assert again.returncode == 2 and "nothing to undo" in again.stderr
    assert cameras_by_id(db)[first]["height"] == 7.0


def test_redo_skip_never_sets_aside_an_edit_that_can_be_redone(tmp_path: Path, walk: Path) -> None:  # noqa: F811
    db, first, _ = located_survey(tmp_path, walk)
    surveyapp("camera", "set", first, "height=4", db=db)
    surveyapp("undo", db=db)

    refused = surveyapp("redo", "--skip", db=db, check=False)
    assert refused.returncode == 2
    assert refused.stderr.strip() == (
        "error: the field edit can be redone now, so it was not set aside: redo makes it again"
    )
    assert cameras_by_id(db)[first]["height"] is None
    assert surveyapp("redo", db=db).stdout.strip() == "redone: field edit"
    assert cameras_by_id(db)[first]["height"] == 4.0
