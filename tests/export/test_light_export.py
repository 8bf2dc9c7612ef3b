"""The command line's export reads with SQL written from the field registry on the survey's
plain sqlite3 connection: it loads neither SQLAlchemy nor the models (a third of its time went
to loading them), and that SQL names the columns the models declare."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from surveyapp.db.models import Camera
from surveyapp.protocol.fields import OSM_FIELDS

from .conftest import SampleSurvey

LOADED = (
    "import sys; from surveyapp.app import main; code = main(sys.argv[1:]); "
    "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic') "
    "or m in ('surveyapp.db.models', 'surveyapp.db.outbox')))"
)


@pytest.mark.parametrize("format_name", ["geojson", "csv", "kml", "osm", "gpx"])
def test_an_export_loads_neither_sqlalchemy_nor_the_models(
    survey: SampleSurvey, tmp_path: Path, format_name: str
) -> None:
    out = tmp_path / f"cameras.{format_name}"
    env = {k: v for k, v in os.environ.items() if k != "SURVEYAPP_DB"}
    command = ["--db", str(survey.db.path), "export", format_name, str(out)]
    done = subprocess.run(
        [sys.executable, "-c", LOADED, *command],
        capture_output=True, text=True, timeout=120, env=env, check=True,
    )  # fmt: skip
    assert done.stdout.strip() == "[]", done.stdout
    assert "cameras written to" in done.stderr
    if format_name == "geojson":
        features = json.loads(out.read_bytes())["features"]
        assert sorted(f["id"] for f in features) == sorted(str(c.id) for c in survey.exported)


def test_the_export_sql_names_the_models_columns() -> None:
    """Each OSM field's name is its camera column, and the numbers are the numeric columns (the
    export writes those as ``%g``)."""
    columns = Camera.__table__.columns
    for field in OSM_FIELDS.values():
        assert field.name in columns, field.name
        numeric = columns[field.name].type.python_type in (int, float)
        assert numeric == (field.kind in ("number", "integer")), field.name
