"""/health and /ready (no token), /me."""

from __future__ import annotations

import os

from fastapi import APIRouter
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from starlette.responses import Response

from surveyapp.protocol.wire import API_VERSION, MIN_CLIENT_API, Health, UserInfo
from surveyapp.server.deps import CurrentUser, Database, Store
from surveyapp.server.envelope import envelope, error_response
from surveyapp.server.retract import COPY_RULE

router = APIRouter(tags=["meta"])


# HEAD as GET (no body), as the public page: `curl -I`, uptime monitors and load balancers
# ask /health and /ready with HEAD, and got 405 as if the server were down. A route each, so
# that each has its own operation in the OpenAPI schema.
@router.get("/health")
@router.head("/health")
def health(database: Database) -> Response:
    """Whether this is a SurveyApp server, which API it speaks, the oldest laptop it serves,
    and the version of its rule for which photos keep a shared copy served."""
    return envelope(
        Health(
            name="surveyapp",
            api=API_VERSION,
            min_client_api=MIN_CLIENT_API,
            server_id=database.server_id,
            copy_rule=COPY_RULE,
        )
    )


@router.get("/ready")
@router.head("/ready")
def ready(database: Database, store: Store) -> Response:
    """For a load balancer: 200 while this process can serve (its database answers, its
    storage folder takes files), 503 otherwise, so that traffic goes to the others."""
    try:
        with database.reader() as session:
            session.execute(text("SELECT count(*) FROM server_meta"))
    except SQLAlchemyError:
        return error_response(503, "not_ready", "the database does not answer")
    if not os.access(store.partial, os.W_OK):
        return error_response(503, "not_ready", "the storage folder cannot be written")
    return envelope({"ready": True, "server_id": database.server_id})


@router.get("/me")
def me(user: CurrentUser, database: Database) -> Response:
    """The pseudonym and role the token belongs to, and the server's identity."""
    return envelope(
        UserInfo(name=user.name, role=user.role, server_id=database.server_id)  # type: ignore[arg-type]
    )
