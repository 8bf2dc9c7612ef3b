"""Text that reads otherwise than it says never gets into a camera (nor, so, into an export)."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy.orm import Session

from surveyapp.cameras import operations
from surveyapp.cameras.operations import current_survey
from surveyapp.db.models import Camera
from surveyapp.protocol.fields import FieldError

INVISIBLE = ["\u202e", "\u2066", "\ufeff", "\u2028", "\u2029", "\x7f", "\x85", "\x01"]


@pytest.mark.parametrize("character", INVISIBLE, ids=[f"U+{ord(c):04X}" for c in INVISIBLE])
@pytest.mark.parametrize("key", ["operator", "notes", "model", "tag:note", "name"])
def test_camera_set_refuses_bidi_overrides_bom_separators_and_controls(
    session: Session, key: str, character: str
) -> None:
    camera = Camera(id=uuid.uuid4(), survey=current_survey(session), extra_tags={})
    session.add(camera)
    session.flush()
    with pytest.raises(FieldError):
        operations.set_fields(session, camera.id, {key: f"Grad{character}Beograd"})
