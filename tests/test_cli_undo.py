"""`surveyapp undo` / `surveyapp redo`: the command line takes back its own last camera edit,
run as a user runs it (separate processes on one survey file)."""

from __future__ import annotations

from pathlib import Path

from surveyapp.cameras import history
from surveyapp.cameras.history import APP
from surveyapp.db.database import open_database
from tests.test_cli import as_json, surveyapp, walk  # noqa: F401 (the walk fixture)


def cameras_by_id(db: Path) -> dict[str, dict[str, object]]:
    return {c["id"]: c for c in as_json(surveyapp("cameras", "--json", db=db))}


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
