"""XML exports hold only what XML 1.0 allows, whatever a pulled record holds."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from sqlalchemy import update

from surveyapp.db.models import Camera
from surveyapp.export.formats import FORMATS, export_to_file

from .conftest import SampleSurvey

# As an older or hostile server's pull could leave them (the server refuses them now).
CONTROLS = "a\x01b\x08c\x0bd\x0ce\x1ff\ufffeg"


@pytest.mark.parametrize("name", ["kml", "osm", "gpx"])
def test_control_characters_never_reach_an_xml_export(
    survey: SampleSurvey, tmp_path: Path, name: str
) -> None:
    with survey.db.session() as session:
        session.execute(
            update(Camera)
            .where(Camera.id == survey.belgrade.id)
            .values(operator=CONTROLS, model=CONTROLS, extra_tags={"note": CONTROLS})
        )
        session.commit()
    out = tmp_path / f"cameras{FORMATS[name].suffix}"
    with survey.db.session() as session:
        list(export_to_file(session, name, out, library=survey.db.library))
    text = out.read_text(encoding="utf-8")
    ET.fromstring(text.encode())  # well-formed XML 1.0
    assert "a\ufffdb\ufffdc" in text
