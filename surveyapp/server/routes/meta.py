"""/health (no token) and /me."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.responses import Response

from surveyapp.server.deps import CurrentUser
from surveyapp.server.envelope import envelope
from surveyapp.sync.protocol import API_VERSION, UserInfo

router = APIRouter(tags=["meta"])


@router.get("/health")
def health() -> Response:
    """Whether this is a SurveyApp server, and which API it speaks."""
    return envelope({"name": "surveyapp", "api": API_VERSION})


@router.get("/me")
def me(user: CurrentUser) -> Response:
    """The pseudonym and role the token belongs to."""
    return envelope(UserInfo(name=user.name, role=user.role))  # type: ignore[arg-type]
