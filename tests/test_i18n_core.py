"""The core's messages (import reasons, survey warnings, metadata warnings, field errors) follow
the volunteer's language on the command line, and stay English by default."""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from surveyapp import i18n
from surveyapp.cameras.fields import FieldError, apply_field
from surveyapp.cameras.operations import current_survey
from surveyapp.db.database import open_database
from surveyapp.db.models import Camera
from surveyapp.photos.metadata import read_metadata_bytes
from tests.factory import PhotoSpec, make_jpeg

BELGRADE = (44.8125, 20.4612)


def surveyapp(*args: str, db: Path, language: str | None) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != "SURVEYAPP_LANG"}
    if language is not None:
        env["SURVEYAPP_LANG"] = language
    return subprocess.run(
        [sys.executable, "-m", "surveyapp.cli", "--db", str(db), *args],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip


@pytest.fixture
def language() -> Iterator[None]:
    """Lets a test switch this process's language; the default (the test locale) comes back."""
    yield
    i18n.install()


def test_import_in_serbian_cyrillic_says_why_a_file_is_not_a_photo(tmp_path: Path) -> None:
    folder = tmp_path / "walk"
    folder.mkdir()
    (folder / "a.jpg").write_bytes(make_jpeg(PhotoSpec(), seed=1))
    (folder / "notes.jpg").write_text("camera at the corner, dome, Hikvision\n")
    done = surveyapp("import", str(folder), db=tmp_path / "s.sqlite", language="sr_Cyrl")
    line = next(line for line in done.stderr.splitlines() if "notes.jpg" in line)
    assert "није фотографија: текст, није слика" in line
    assert "not a photo" not in done.stderr
    english = surveyapp("import", str(folder), db=tmp_path / "e.sqlite", language=None)
    assert "not a photo: text, not an image" in english.stderr


def test_the_duplicate_warning_speaks_french(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    db = open_database(path)
    with db.session() as session:
        survey = current_survey(session)
        ids = []
        for metres_north in (0, 8):
            camera = Camera(
                id=uuid.uuid4(),
                survey=survey,
                latitude=BELGRADE[0] + metres_north / 111_195,
                longitude=BELGRADE[1],
                vendor_slug="hikvision",
                camera_type="dome",
            )
            session.add(camera)
            session.flush()
            ids.append(str(camera.id)[:8])
        session.commit()
    db.close()
    french = surveyapp("warnings", db=path, language="fr").stdout
    # Named by vendor and type (in the volunteer's words), the ids after the sentence.
    assert (
        f"Hikvision dôme ({ids[0]}) et Hikvision dôme ({ids[1]}) sont sans doute une seule caméra"
        f" (à 8 m)  [{ids[0]} {ids[1]}]" in french
    ), french
    english = surveyapp("warnings", db=path, language=None).stdout
    assert (
        f"Hikvision dome ({ids[0]}) and Hikvision dome ({ids[1]}) are probably one camera"
        f" (8 m apart)  [{ids[0]} {ids[1]}]" in english
    ), english


def test_metadata_warnings_and_field_errors_follow_the_language(language: None) -> None:
    null_island = make_jpeg(PhotoSpec(latitude=0.0, longitude=0.0), seed=3)
    assert any(
        "is exactly 0,0 (no fix); position ignored" in w
        for w in read_metadata_bytes(null_island).warnings
    )
    i18n.install("sr_Latn")
    meta = read_metadata_bytes(null_island)
    assert meta.latitude is None
    assert "EXIF GPS položaj 0.000000, 0.000000 je tačno 0,0 (nema fiksa); položaj zanemaren" in (
        meta.warnings
    )
    i18n.install("fr")
    camera = Camera(id=uuid.uuid4())
    with pytest.raises(FieldError) as error:
        apply_field(camera, "camera:type", "round")
    assert str(error.value).startswith(
        "camera:type\u00a0: « round » n’est pas l’une de ces valeurs"
    )
    assert camera.camera_type is None  # the refused value was not stored


def test_why_a_photo_has_no_shareable_copy_follows_the_language(
    language: None, tmp_path: Path
) -> None:
    """The system's reason a photo's file cannot be read (gone, disk full...) is said in the
    volunteer's language, with the file's path when the system named it (before, in its
    English: "[Errno 2] No such file or directory: '…'"); a reason not in the table, as the image
    reader's, keeps its own words."""
    from PIL import Image

    from surveyapp.sync.blobs import no_copy_text

    gone = tmp_path / "IMG_0001.jpg"
    reads: list[Callable[[], object]] = [
        gone.read_bytes,
        (tmp_path / ("x" * 300)).read_bytes,  # ENAMETOOLONG
        lambda: Image.open(io.BytesIO(b"no picture here")),
    ]
    errors: list[OSError] = []
    for read in reads:
        with pytest.raises(OSError) as raised:
            read()
        errors.append(raised.value)
    missing, too_long, unreadable = errors
    full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))  # as a full disk raises it
    i18n.install("fr")
    assert no_copy_text(missing) == f"pas de copie partageable : fichier introuvable : '{gone}'"
    assert no_copy_text(full) == "pas de copie partageable : le disque est plein"
    long_name = too_long.filename
    said = f"pas de copie partageable : le nom est trop long : '{long_name}'"
    assert no_copy_text(too_long) == said
    assert no_copy_text(unreadable) == f"pas de copie partageable : {unreadable}"
    i18n.install("sr_Latn")
    assert no_copy_text(missing) == f"nema kopije za deljenje: datoteka ne postoji: '{gone}'"


def test_the_syncs_line_for_a_missing_original_says_to_import_it_again(
    language: None, tmp_path: Path
) -> None:
    """A photo whose original the library lost: the sync's line names its file and says to
    import it again, in French and Serbian (before: "fichier introuvable : '…'", nothing about
    bringing it back)."""
    from surveyapp.sync.blobs import missing_original_text

    gone = tmp_path / "ab" / "ab12.jpg"
    i18n.install("fr")
    assert missing_original_text("IMG_1222.jpg", gone) == (
        f"pas de copie partageable : l’original de IMG_1222.jpg manque dans la bibliothèque "
        f"({gone}) : importez de nouveau son fichier pour le remettre en place"
    )
    i18n.install("sr_Latn")
    assert missing_original_text("IMG_1222.jpg", gone) == (
        f"nema kopije za deljenje: original fotografije IMG_1222.jpg nedostaje u biblioteci "
        f"({gone}): ponovo uvezite njenu datoteku da biste ga vratili"
    )
