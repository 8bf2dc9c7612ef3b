"""The photo zip names its entries only from valid hashes."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from sqlalchemy import update

from surveyapp.db.models import Photo
from surveyapp.export.formats import ExportError, export_to_file

from .conftest import SampleSurvey


def test_a_photo_whose_sha256_is_a_path_never_names_a_zip_entry(
    survey: SampleSurvey, tmp_path: Path
) -> None:
    library = survey.db.library
    with survey.db.session() as session:
        for photo in session.query(Photo):
            (library / photo.library_path).parent.mkdir(parents=True, exist_ok=True)
            (library / photo.library_path).write_bytes(b"jpeg")
        # As an older version's pull could have stored it.
        first = session.query(Photo).order_by(Photo.sha256).first()
        assert first is not None
        session.execute(update(Photo).where(Photo.id == first.id).values(sha256="../../../x"))
        session.commit()
    out = tmp_path / "for-the-paper.zip"
    with survey.db.session() as session, pytest.raises(ExportError, match="SHA-256"):
        list(
            export_to_file(session, "zip", out, library=library, share_photo=lambda sha, data: data)
        )
    assert not out.exists() or not any(".." in name for name in zipfile.ZipFile(out).namelist())
