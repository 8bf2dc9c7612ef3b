"""/health (no token) and /me."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.responses import Response

from surveyapp.protocol.wire import API_VERSION, MIN_CLIENT_API, Health, UserInfo
from surveyapp.server.deps import CurrentUser, Database
from surveyapp.server.envelope import envelope

router = APIRouter(tags=["meta"])


@router.get("/health")
def health(database: Database) -> Response:
    """Whether this is a SurveyApp server, which API it speaks, the oldest laptop it serves."""
    return envelope(
        Health(
            name="surveyapp",
            api=API_VERSION,
            min_client_api=MIN_CLIENT_API,
            server_id=database.server_id,
        )
    )


@router.get("/me")
def me(user: CurrentUser, database: Database) -> Response:
    """The pseudonym and role the token belongs to, and the server's identity."""
    return envelope(
        UserInfo(name=user.name, role=user.role, server_id=database.server_id)  # type: ignore[arg-type]
    )
