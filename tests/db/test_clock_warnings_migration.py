"""A survey whose photos an older version imported says which photos' two clocks disagree.

`fixtures/clocks-0015.sqlite` was written by the version just before the import warned of a
photo whose device clock and GPS clock disagree (commit dc40efb^, schema 0015), by its own code:
`surveyapp import` of the corpus's three photos known to disagree and the PNG's twin, whose
clocks agree. Before migration 0016, opening it with this version said nothing of the three:
`warnings` said "no warnings" and `photos --json` carried no clock warning.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine

from surveyapp.db.database import library_dir_for
from surveyapp.db.migrate import alembic_config, head_revision
from tests.factory import PhotoSpec, make_jpeg
from tests.test_cli import surveyapp

FIXTURE = Path(__file__).parent / "fixtures" / "clocks-0015.sqlite"
CORPUS = Path(__file__).parents[2] / ".." / "shared" / "corpus" / "photos"
DISAGREE = {
    "exifr__png_with_exif_and_gps.png": ("2003-12-14 12:01", "2018-07-25 14:34"),
    "mdx__Nexus_4.jpg": ("2013-01-20 18:54", "2013-01-19 15:50"),
    "ianare__DSCN0010.jpg": ("2008-10-22 16:28", "2008-10-23 14:27"),
}
AGREES = "exifr__IMG_20180725_163423-tiny.jpg"


def _sentence(clock: str, gps: str) -> str:
    return f"the device's clock says {clock}, its GPS {gps} UTC: check which is right"


@pytest.fixture
def old_survey(tmp_path: Path) -> Path:
    """The older version's survey with its library (the originals put back from the corpus)."""
    db = tmp_path / "survey.sqlite"
    shutil.copyfile(FIXTURE, db)
    with sqlite3.connect(db) as connection:
        stored = connection.execute("SELECT file_name, library_path FROM photo").fetchall()
    connection.close()
    library = library_dir_for(db)
    for file_name, library_path in stored:
        (library / library_path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(CORPUS / file_name, library / library_path)
    return db


def test_photos_an_older_version_imported_say_their_clocks_disagree(old_survey: Path) -> None:
    listed = surveyapp("warnings", "--json", db=old_survey).stdout
    clocks = [w for w in json.loads(listed) if w["kind"] == "clocks"]
    assert [w["message"] for w in clocks] == [
        f"Photo {name}: {_sentence(*DISAGREE[name])}" for name in sorted(DISAGREE)
    ]
    assert all(len(w["photo_ids"]) == 1 and len(w["camera_ids"]) == 1 for w in clocks)
    said = surveyapp("warnings", db=old_survey).stdout
    assert "3 clocks" in said.splitlines()[-1], said
    photos = {
        p["file_name"]: p for p in json.loads(surveyapp("photos", "--json", db=old_survey).stdout)
    }
    for name, (clock, gps) in DISAGREE.items():
        assert _sentence(clock, gps) in photos[name]["warnings"], photos[name]
    assert photos[AGREES]["warnings"] == []
    # The DSCN's own warning is kept, before the new one.
    assert photos["ianare__DSCN0010.jpg"]["warnings"][0] == (
        "GPS ImgDirectionRef '' is neither T nor M (ignored)"
    )
    # The survey as the older version left it is kept beside it, untouched.
    [backup] = old_survey.parent.glob("survey.sqlite.0015.*.backup")
    with sqlite3.connect(backup) as connection:
        kept = connection.execute("SELECT warnings FROM photo ORDER BY file_name").fetchall()
    connection.close()
    assert not any("clock says" in text for (text,) in kept)


def test_the_warning_is_said_in_the_volunteers_language(
    old_survey: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SURVEYAPP_LANG", "fr")
    said = surveyapp("warnings", db=old_survey).stdout
    assert (
        "Photo exifr__png_with_exif_and_gps.png : l’horloge de l’appareil indique 2003-12-14"
        " 12:01, son GPS 2018-07-25 14:34 UTC : vérifiez laquelle est juste"
    ) in said, said


def test_a_photo_already_warned_is_not_warned_twice(old_survey: Path) -> None:
    """A photo that carries the warning (a teammate's laptop that ran the newer import on a
    copy) keeps one."""
    code = {
        "code": "the device's clock says {clock}, its GPS {gps} UTC: check which is right",
        "context": "import",
        "params": {"clock": "2013-01-20 18:54", "gps": "2013-01-19 15:50"},
    }
    with sqlite3.connect(old_survey) as connection:
        connection.execute(
            "UPDATE photo SET warnings = ? WHERE file_name = 'mdx__Nexus_4.jpg'",
            (json.dumps([code]),),
        )
    connection.close()
    photos = {
        p["file_name"]: p for p in json.loads(surveyapp("photos", "--json", db=old_survey).stdout)
    }
    assert photos["mdx__Nexus_4.jpg"]["warnings"] == [_sentence(*DISAGREE["mdx__Nexus_4.jpg"])]
    clocks = [w for w in json.loads(surveyapp("warnings", "--json", db=old_survey).stdout)
              if w["kind"] == "clocks"]  # fmt: skip
    assert len(clocks) == 3


_gap = st.one_of(
    st.integers(-20, 20).map(lambda minutes: timedelta(minutes=minutes)),
    st.integers(-30, 30).map(lambda hours: timedelta(hours=hours, minutes=7)),
    st.integers(-900, 900).map(lambda days: timedelta(days=days)),
    st.sampled_from([timedelta(hours=14, minutes=14), timedelta(hours=-12, minutes=-14),
                     timedelta(hours=14, minutes=16), timedelta(hours=-12, minutes=-16)]),
)  # fmt: skip


@seed(4280)
@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(gaps=st.lists(_gap, min_size=1, max_size=4))
def test_the_migration_warns_exactly_the_photos_the_import_warns(
    tmp_path_factory: pytest.TempPathFactory, gaps: list[timedelta]
) -> None:
    """Photos without an offset tag whose wall clock is any distance from their GPS clock: the
    warnings the migration works out from what is stored are those the import writes, on both
    sides of every time zone's edge. (The survey is made by this version, then made as the
    version before left it: its clock warnings taken out, its schema downgraded to 0015.)"""
    tmp = tmp_path_factory.mktemp("migrated")
    folder = tmp / "DCIM"
    folder.mkdir()
    base = datetime(2024, 3, 9, 11, 20)
    for i, gap in enumerate(gaps):
        spec = PhotoSpec(taken=base, offset=None, gps_time=base - gap)
        (folder / f"IMG_{i}.jpg").write_bytes(make_jpeg(spec, seed=4281 + i, quality=30))
    db = tmp / "survey.sqlite"
    surveyapp("import", str(folder), db=db)
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as schema:  # the later migrations' columns go (0016 changed none)
        command.downgrade(alembic_config(schema), "0015")
    engine.dispose()
    with sqlite3.connect(db) as connection:
        imported = dict(connection.execute("SELECT file_name, warnings FROM photo").fetchall())
        for name, stored in imported.items():
            older = [w for w in json.loads(stored) if "clock says" not in w.get("code", "")]
            connection.execute(
                "UPDATE photo SET warnings = ? WHERE file_name = ?", (json.dumps(older), name)
            )
    connection.close()
    migrated = {
        p["file_name"]: p["warnings"]
        for p in json.loads(surveyapp("photos", "--json", db=db).stdout)
    }
    with sqlite3.connect(db) as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        assert revision == (head_revision(),)
    connection.close()
    for name, stored in imported.items():
        wanted = [w for w in json.loads(stored) if "clock says" in w.get("code", "")]
        said = [w for w in migrated[name] if "clock says" in w]
        assert len(said) == len(wanted) <= 1, (name, gaps, said, wanted)
        if wanted:
            clock, gps = wanted[0]["params"]["clock"], wanted[0]["params"]["gps"]
            assert said == [_sentence(clock, gps)], (name, gaps)
