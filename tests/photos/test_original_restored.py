"""A photo whose original left the library (the folder lost or moved, a file damaged) gets it
back when its file is imported again: real survey files, the real command line."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

from tests.conftest import CORPUS
from tests.test_cli import surveyapp

PHOTOS = ("ianare__DSCN0010.jpg", "rwcarlsen-goexif__sample1.jpg", "mdx__Nexus_4.jpg")


def originals(db: Path) -> dict[str, Path]:
    """Each live photo's library file, by its file name."""
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT file_name, library_path FROM photo WHERE deleted = 0")
        return {name: db.parent / f"{db.stem}-library" / path for name, path in rows}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_original_missing_or_damaged_in_the_library_is_restored_by_importing_it_again(
    tmp_path: Path,
) -> None:
    """Two originals lost from the library (one removed, one cut short): exporting the
    photo zip fails on the first. Importing the card again puts both back, each said "original
    restored" (before: "duplicate", nothing put back, and the zip went on failing); the zip is
    then made, and a third import says "duplicate"."""
    card = tmp_path / "DCIM"
    card.mkdir()
    for name in PHOTOS:
        shutil.copy(CORPUS / "photos" / name, card / name)
    db = tmp_path / "survey.sqlite"
    surveyapp("import", str(card), db=db)
    library = originals(db)
    lost, damaged, kept = (library[name] for name in PHOTOS)
    lost.unlink()
    with damaged.open("r+b") as file:  # a copy cut short (a card pulled out, a full disk)
        file.truncate(2000)
    failed = surveyapp("export", "zip", str(tmp_path / "photos.zip"), db=db, check=False)
    assert failed.returncode != 0 and "17307b1207eb (ianare__DSCN0010.jpg)" in failed.stderr, (
        failed.stderr
    )

    again = surveyapp("import", "--json", str(card), db=db)
    statuses = {
        Path(line["path"]).name: line for line in map(json.loads, again.stdout.splitlines())
    }
    assert {name: line["status"] for name, line in statuses.items()} == {
        PHOTOS[0]: "restored",
        PHOTOS[1]: "restored",
        PHOTOS[2]: "duplicate",
    }, again.stdout
    assert statuses[PHOTOS[0]]["message"] == "original restored in the library"
    assert digest(lost) == digest(card / PHOTOS[0]) and digest(damaged) == digest(card / PHOTOS[1])
    assert digest(kept) == digest(card / PHOTOS[2])
    surveyapp("export", "zip", str(tmp_path / "photos.zip"), db=db)

    kept.unlink()
    lines = surveyapp("import", str(card), db=db)
    assert f"original restored  {card / PHOTOS[2]}" in lines.stdout.splitlines(), lines.stdout
    assert f"duplicate  {card / PHOTOS[0]}" in lines.stdout.splitlines(), lines.stdout
    assert "0 imported, 1 original restored, 2 duplicates" in lines.stderr + lines.stdout
    assert digest(kept) == digest(card / PHOTOS[2])
