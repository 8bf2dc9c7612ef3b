"""FastAPI dependencies: the database, the store, and the user behind the bearer token."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, Request

from surveyapp.server.blobs import BlobStore
from surveyapp.server.database import ServerDatabase
from surveyapp.server.envelope import ApiError
from surveyapp.server.ledger import TokenLedger
from surveyapp.server.users import UserView, authenticate, token_hash

UNAUTHORIZED = {"WWW-Authenticate": "Bearer"}


def get_database(request: Request) -> ServerDatabase:
    """The app's database."""
    database: ServerDatabase = request.app.state.database
    return database


def get_store(request: Request) -> BlobStore:
    """The app's blob store."""
    store: BlobStore = request.app.state.store
    return store


def current_user(
    request: Request,
    database: Annotated[ServerDatabase, Depends(get_database)],
    authorization: Annotated[str | None, Header()] = None,
) -> UserView:
    """The user whose token is in ``Authorization: Bearer ...``; 401 otherwise."""
    if not authorization:
        raise ApiError(
            401, "unauthorized", "no token: send Authorization: Bearer TOKEN", UNAUTHORIZED
        )
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "unauthorized", "expected Authorization: Bearer TOKEN", UNAUTHORIZED)
    token = token.strip()
    with database.sessions() as session:  # one read: no transaction to commit
        user = authenticate(session=session, token=token)
    if user is None:
        raise ApiError(401, "unauthorized", "unknown or revoked token", UNAUTHORIZED)
    ledger: TokenLedger = request.app.state.ledger
    ledger.saw(token_hash(token))
    return user


def reviewer(user: Annotated[UserView, Depends(current_user)]) -> UserView:
    """A reviewer or an admin; 403 for a volunteer."""
    if user.role not in {"reviewer", "admin"}:
        raise ApiError(403, "forbidden", "only reviewers and admins see conflicts")
    return user


Database = Annotated[ServerDatabase, Depends(get_database)]
Store = Annotated[BlobStore, Depends(get_store)]
CurrentUser = Annotated[UserView, Depends(current_user)]
Reviewer = Annotated[UserView, Depends(reviewer)]
