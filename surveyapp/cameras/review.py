"""The team's review of cameras: verified, disputed, removed, or not yet looked at.

A reviewer's decision is an edit like any other: it changes the camera's ``review_state`` in the
caller's transaction and the outbox sends it; the server accepts it only from reviewers and
admins, and the laptop checks the same before it changes anything.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy.orm import Session

from surveyapp.cameras.operations import find_camera
from surveyapp.cameras.permissions import require_reviewer
from surveyapp.db.models import Camera
from surveyapp.i18n import translate
from surveyapp.protocol.fields import REVIEW_STATES

__all__ = ["REVIEW_STATES", "set_review"]


def set_review(session: Session, camera_ids: Iterable[str | uuid.UUID], state: str) -> list[Camera]:
    """Set the review state of cameras (by id or unique prefix); flushes, never commits."""
    if state not in REVIEW_STATES:
        raise ValueError(
            translate("fields", "'{text}' is not one of: {values}").format(
                text=state, values=", ".join(REVIEW_STATES)
            )
        )
    require_reviewer(session)
    cameras = [find_camera(session, ref) for ref in camera_ids]
    for camera in cameras:
        camera.review_state = state
    session.flush()
    return cameras
