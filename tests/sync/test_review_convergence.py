"""The proof of sync with the review in it: whatever a team and its reviewer do, every laptop
ends equal to the server, review states included, and no verified camera holds a volunteer's
value the reviewer never saw.

The team of ``test_convergence.py`` (two volunteers and a reviewer, a real server process, each
laptop its own SQLite file) on a world that starts with two cameras every laptop has, so that the
reviewer's laptop (laptop 2) verifies, disputes, merges and splits the volunteers' cameras while
they edit, move, merge, split and delete them (a delete withdraws the photos on it; a photo is
withdrawn alone by splitting it off first), import photos and import the same picture as a
teammate (a restore from a backup is explored in test_convergence.py, not here). After the
final round of syncs, besides everything ``TeamConvergence`` checks (every laptop equals the
server; a sync that ends with a refused change fails, as no ordinary flow should be refused: the
laptops offer only what the server allows):

- every laptop's review states are the server's (part of the camera's fields compared);
- no verified camera on the server has a reviewed value (position, published field) that a
  volunteer set, nor a picture she put on it (a photo, a new shared copy: the ``_pictures``
  stamp), after the reviewer set its state (the server's per-field version stamps).

It runs on SQLite in the default run and on PostgreSQL with fewer examples;
``SURVEYAPP_CONVERGENCE_EXAMPLES=N`` runs N examples of each (the long run). Defects it found,
fixed since: tests/sync/test_team_cases.py::
test_a_photo_withdrawn_here_that_a_teammate_imported_again_meanwhile_is_no_refusal and
test_her_photos_a_reviewer_withdrew_before_their_copies_went_leave_her_sync_complete (a long run).
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from hypothesis import strategies as st
from hypothesis.stateful import initialize, rule
from sqlalchemy import select

from surveyapp.cameras import operations
from surveyapp.cameras.permissions import current_editor
from surveyapp.cameras.review import set_review
from surveyapp.db.models import Camera, Photo
from surveyapp.protocol.roles import EDITORS
from surveyapp.server.database import make_engine
from surveyapp.server.models import Record, User
from surveyapp.server.push import PICTURES, REVIEWED
from tests.sync.test_convergence import EDITS, TeamConvergence, _settings

pytestmark = pytest.mark.slow

REVIEWER = 2


class ReviewedTeam(TeamConvergence):
    """Two cameras on every laptop from the start, a reviewer who reviews them; see the module
    docstring."""

    @initialize()
    def start(self) -> None:
        TeamConvergence.import_photos(self, 0, 2, False)
        for index in range(len(self.laptops)):
            self._sync(index)
        self.review_all(0)
        for index in range(len(self.laptops)):
            self._sync(index)
        self.log.append("start: two verified cameras on every laptop")

    # Not rules here: a restore is explored in test_convergence.py; here the steps go to the
    # review and what volunteers do to reviewed cameras.
    def backup_server(self) -> None:
        raise AssertionError("not a rule of the reviewed team")

    def restore_server(self) -> None:
        raise AssertionError("not a rule of the reviewed team")

    @rule(
        index=st.integers(0, 1),
        pick=st.integers(0, 10_000),
        key=st.sampled_from(sorted(EDITS)),
        choice=st.integers(0, 2),
        step=st.none() | st.integers(1, 50),
    )
    def change_a_verified_camera(
        self, index: int, pick: int, key: str, choice: int, step: int | None
    ) -> None:
        """A volunteer changes one of her cameras that her laptop shows verified: a published
        field (``step`` None) or its position."""
        with self.laptops[index].db.session() as session:
            editor = current_editor(session)
            query = select(Camera).where(
                Camera.deleted.is_(False), Camera.review_state == "verified"
            )
            cameras = sorted((c.id for c in session.scalars(query) if editor.may_edit(c)), key=str)
        if not cameras:
            return
        camera_id = cameras[pick % len(cameras)]
        if step is None:  # the edit rule, with its bookkeeping of acknowledged edits
            self.edit(index, self._live(self.laptops[index], Camera).index(camera_id), key, choice)
            return
        self._edit(
            index,
            f"move verified {str(camera_id)[:8]}",
            lambda s: operations.move_camera(s, camera_id, 44.9 + step * 1e-4, 20.5),
        )

    @rule(index=st.integers(0, 1), pick=st.integers(0, 10_000))
    def withdraw_a_photo(self, index: int, pick: int) -> None:
        """A volunteer withdraws one photo as the app offers it: split it off its camera (a
        verified one often), then delete the camera it is alone on."""
        photos = self._live(self.laptops[index], Photo)
        if not photos:
            return
        photo_id = photos[pick % len(photos)]
        self.split(index, pick)
        with self.laptops[index].db.session() as session:
            photo = session.get(Photo, photo_id)
            camera = None if photo is None or photo.deleted else photo.camera
            if camera is None or len([p for p in camera.photos if not p.deleted]) != 1:
                return  # the split was not offered (a teammate's photo)
            camera_id = camera.id
        self.delete(index, self._live(self.laptops[index], Camera).index(camera_id))

    @rule(pick=st.integers(0, 10_000), state=st.sampled_from(("verified", "verified", "disputed")))
    def review(self, pick: int, state: str) -> None:
        """The reviewer's laptop sets a camera's review state (verified most often)."""
        cameras = self._live(self.laptops[REVIEWER], Camera)
        if not cameras:
            return
        camera_id = cameras[pick % len(cameras)]
        self._edit(
            REVIEWER,
            f"review {str(camera_id)[:8]} {state}",
            lambda s: set_review(s, [camera_id], state),
        )

    @rule(pick=st.integers(0, 10_000))
    def review_all(self, pick: int) -> None:
        """The reviewer syncs, verifies every camera there, and syncs again (the round that
        makes verified cameras common, so volunteers' later changes meet them)."""
        self._sync(REVIEWER)
        cameras = self._live(self.laptops[REVIEWER], Camera)
        self._edit(REVIEWER, "verify every camera", lambda s: set_review(s, cameras, "verified"))
        self._sync(REVIEWER)

    def _final_round(self) -> None:
        super()._final_round()
        history = "\n".join(self.log)
        for camera_id, name, stamp, reviewed in self._unseen_by_the_reviewer():
            raise AssertionError(
                f"verified camera {camera_id} has {name} set by a volunteer ({stamp}) after the "
                f"review ({reviewed})\n{history}"
            )

    def _unseen_by_the_reviewer(self) -> list[tuple[uuid.UUID, str, Any, Any]]:
        engine = make_engine(self.backend.url)
        try:
            with engine.connect() as connection:
                volunteers = set(
                    connection.scalars(select(User.id).where(User.role.not_in(EDITORS)))
                )
                rows = connection.execute(
                    select(Record.record_id, Record.fields, Record.field_versions).where(
                        Record.record_type == "camera", Record.deleted.is_(False)
                    )
                ).all()
        finally:
            engine.dispose()
        found = []
        for record_id, fields, versions in rows:
            if fields.get("review_state") != "verified":
                continue
            reviewed = versions.get("review_state")
            for name in sorted({*REVIEWED, PICTURES}):
                stamp = versions.get(name)
                if stamp and reviewed and stamp[1] in volunteers and stamp[0] > reviewed[0]:
                    found.append((record_id, name, stamp, reviewed))
        return found


ReviewedTeam.TestCase.settings = _settings(8)
test_a_reviewed_team_converges_on_sqlite = ReviewedTeam.TestCase


class ReviewedTeamPostgres(ReviewedTeam):
    backend_kind = "postgresql"


ReviewedTeamPostgres.TestCase.settings = _settings(3)
test_a_reviewed_team_converges_on_postgresql = ReviewedTeamPostgres.TestCase
