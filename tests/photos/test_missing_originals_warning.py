"""The originals missing from the library are listed all at once, by `surveyapp warnings` and
the app's Warnings tab, before the volunteer needs them: real survey files, the real command
line."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from tests.conftest import CORPUS
from tests.photos.test_original_restored import PHOTOS, originals
from tests.test_cli import surveyapp


def test_the_originals_missing_from_the_library_are_listed_by_the_warnings_with_what_to_do(
    tmp_path: Path,
) -> None:
    """Two originals removed from the library: `surveyapp warnings` names both photos and says
    to import their files again (before: "no warnings", each found only when the photo was
    opened, exported or synced); a photo that came from a teammate (no original here by
    design) is not listed; importing the card again leaves no such warning."""
    card = tmp_path / "DCIM"
    card.mkdir()
    for name in PHOTOS:
        shutil.copy(CORPUS / "photos" / name, card / name)
    db = tmp_path / "survey.sqlite"
    surveyapp("import", str(card), db=db)
    assert "missing" not in surveyapp("warnings", db=db).stdout
    library = originals(db)
    library[PHOTOS[0]].unlink()
    library[PHOTOS[1]].unlink()
    with sqlite3.connect(db) as connection:  # as a teammate's pulled photo is: no original
        connection.execute("UPDATE photo SET library_path = '' WHERE file_name = ?", (PHOTOS[2],))

    lines = surveyapp("warnings", db=db).stdout.splitlines()
    missing = [line for line in lines if line.startswith("missing_original")]
    assert len(missing) == 1, lines
    assert (
        f"The originals of 2 photos are missing from the library ({PHOTOS[0]}, {PHOTOS[1]}): "
        "import their files again" in missing[0]
    ), missing
    records = json.loads(surveyapp("warnings", "--json", db=db).stdout)
    (record,) = [r for r in records if r["kind"] == "missing_original"]
    assert len(record["photo_ids"]) == 2 and len(record["camera_ids"]) >= 1, record

    surveyapp("import", str(card), db=db)
    assert "missing" not in surveyapp("warnings", db=db).stdout


def test_a_library_moved_away_is_said_with_where_to_move_it_back(tmp_path: Path) -> None:
    """The whole photo library was moved to another disk: the warning says where to move it
    back, and once SurveyApp is closed nothing is in the way there (before: "import their files
    again", and an empty library folder at its place that `mv` put hers inside)."""
    card = tmp_path / "DCIM"
    card.mkdir()
    for name in PHOTOS:
        shutil.copy(CORPUS / "photos" / name, card / name)
    db = tmp_path / "survey.sqlite"
    surveyapp("import", str(card), db=db)
    library = db.parent / f"{db.stem}-library"
    moved = library.rename(tmp_path / "usb-disk")

    lines = surveyapp("warnings", db=db).stdout.splitlines()

    missing = [line for line in lines if line.startswith("missing_original")]
    assert len(missing) == 1, lines
    assert (
        "it holds none of them. If you moved the photo library, close SurveyApp and move it "
        f"back to {library}; else import their files again" in missing[0]
    ), missing
    assert not library.exists()
    shutil.move(moved, library)  # as `mv`: into the folder if one is there
    assert "missing" not in surveyapp("warnings", db=db).stdout
