"""Text a photo's metadata carries (its maker and model) never reaches the terminal as
control characters: a card's file can set them to anything."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from tests.factory import PhotoSpec, make_jpeg
from tests.photos.gpx_files import walk, write_gpx
from tests.test_cli import surveyapp

BEGIN = datetime(2026, 5, 4, 8, 0, 0, tzinfo=UTC)
CONTROLS = ("\x1b", "\x07", "\x9b", "\u202e")


def test_a_makers_escapes_never_reach_the_terminal(tmp_path: Path) -> None:
    """`geotag` printed the device (maker and model) as the photo said it: an EXIF Make of
    "Make ESC ]0;pwned BEL" retitled the window, a Model with ESC [2J cleared the screen."""
    db, folder = tmp_path / "s.sqlite", tmp_path / "DCIM"
    folder.mkdir()
    spec = PhotoSpec(latitude=None, longitude=None, offset=None, taken=datetime(2026, 5, 4, 8, 1),
                     make="Make\x1b]0;pwned\x07", model="Model\x1b[2J\u202e")  # fmt: skip
    (folder / "IMG_1.jpg").write_bytes(make_jpeg(spec))
    track = write_gpx(tmp_path / "walk.gpx", [walk((44.8125, 20.4612), BEGIN, 600)])
    shown = [
        surveyapp("import", str(folder), db=db),
        surveyapp("geotag", "--dry-run", "--offset", "+00:00", "--gpx", str(track), db=db),
        surveyapp("geotag", "--dry-run", "--from-neighbours", db=db),
        surveyapp("photos", db=db),
    ]
    printed = "".join(result.stdout + result.stderr for result in shown)
    stored = json.dumps(json.loads(surveyapp("photos", "--json", db=db).stdout), ensure_ascii=False)
    for character in CONTROLS:
        assert character not in printed and character not in stored
    assert "Make\\x1b]0;pwned\\x07 Model\\x1b[2J\\u202e" in printed
