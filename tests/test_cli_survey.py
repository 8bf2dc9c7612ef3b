"""`surveyapp survey`: the survey's name and its blur setting, as a volunteer changes them."""

from __future__ import annotations

from pathlib import Path

from tests.test_cli import as_json, surveyapp


def test_the_survey_shows_and_changes_its_name_and_blur_setting(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    shown = surveyapp("survey", db=db)
    assert "blur faces and licence plates in shared photos: on" in shown.stdout
    surveyapp("survey", "set", "name=Beograd 2026", "blur=off", db=db)
    assert as_json(surveyapp("survey", "--json", db=db)) == {
        "name": "Beograd 2026",
        "blur_people": False,
        "time_zone": None,
    }
    surveyapp("survey", "set", "blur=on", db=db)
    assert as_json(surveyapp("survey", "--json", db=db))["blur_people"] is True


def test_bad_settings_are_refused_and_change_nothing(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    surveyapp("survey", "set", "name=Novi Sad", db=db)
    # With a good setting beside the bad one: nothing at all is changed.
    for bad in (["blur=maybe", "name=Other"], ["colour=red", "name=Other"], ["blur=off", "name="],
                ["blur=off", "name=" + "x" * 201],
                ["time_zone=Mars/Olympus", "name=Other"]):  # fmt: skip
        result = surveyapp("survey", "set", *bad, db=db, check=False)
        assert result.returncode == 2 and result.stderr.startswith("error: "), bad
    assert as_json(surveyapp("survey", "--json", db=db)) == {
        "name": "Novi Sad",
        "blur_people": True,
        "time_zone": None,
    }


def test_the_survey_time_zone_is_set_shown_and_cleared(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    shown = surveyapp("survey", "set", "time_zone=Europe/Belgrade", db=db)
    assert "time zone of photos without one: Europe/Belgrade" in shown.stdout
    assert as_json(surveyapp("survey", "--json", db=db))["time_zone"] == "Europe/Belgrade"
    surveyapp("survey", "set", "time_zone=", db=db)
    assert as_json(surveyapp("survey", "--json", db=db))["time_zone"] is None
