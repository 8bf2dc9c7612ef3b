"""A reviewer's Warnings tab lists a teammate's photo whose two clocks disagree, as the
volunteer's own tab does: the warning is worked out again from what the photo's record carries
(its wall clock, and its GPS clock as its UTC time when it says no offset), never sent. Before,
a photo pulled by sync carried none of its import's warnings, so the reviewer's tab did not
list it. A photo withdrawn takes its warning away."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from surveyapp.cameras import operations
from surveyapp.cameras.warnings import SurveyWarning, survey_warnings
from surveyapp.db.models import Photo
from tests.sync.conftest import Laptop, Team

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "photos"
PNG = "exifr__png_with_exif_and_gps.png"  # clock 2003-12-14 12:01, GPS 2018-07-25 14:34 UTC


def clocks(machine: Laptop, photo_id: object = None) -> list[SurveyWarning]:
    """The clocks warnings on this laptop, or of one photo (the team's server holds other
    tests' photos too, and a reviewer pulls them all)."""
    with machine.db.session() as session:
        return [
            w
            for w in survey_warnings(session)
            if w.kind == "clocks" and (photo_id is None or photo_id in w.photo_ids)
        ]


def test_a_teammates_photo_whose_clocks_disagree_is_in_the_reviewers_warnings(
    team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    ana_token, reviewer_token = team.user(), team.user("reviewer")
    ana, reviewer = laptop("ana"), laptop("reviewer")
    (tmp_path / "walk").mkdir()
    shutil.copy(CORPUS / PNG, tmp_path / "walk" / PNG)
    ana.import_photos(tmp_path / "walk")
    [hers] = clocks(ana)
    assert "2003-12-14 12:01" in hers.message and "2018-07-25 14:34" in hers.message
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete

    [photo_id] = hers.photo_ids
    with reviewer.db.session() as session:
        owner = session.scalars(select(Photo.owner).where(Photo.id == photo_id)).one()
    assert owner and owner.startswith("volunteer-")
    [seen] = clocks(reviewer, photo_id)
    assert seen.photo_ids == (photo_id,) == hers.photo_ids
    assert seen.camera_ids == hers.camera_ids
    assert PNG in seen.message and owner in seen.message, seen.message
    assert "2003-12-14 12:01" in seen.message and "2018-07-25 14:34" in seen.message
    # Ana's own tab names no owner: the photo is hers.
    assert owner not in clocks(ana, photo_id)[0].message

    with ana.db.session() as session, session.begin():
        operations.delete_camera(session, hers.camera_ids[0])
    assert ana.sync(team.url, ana_token).complete
    assert reviewer.sync(team.url, reviewer_token).complete
    assert clocks(ana) == [] and clocks(reviewer, photo_id) == []
